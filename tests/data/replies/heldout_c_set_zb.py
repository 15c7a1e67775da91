"""Held-out set ZB: Simplified Chinese replies of mainland clients, written blind to the rules.

Seven firms of trades no earlier set used, several people each (boss, accountant, cashier,
engineer, clerk), each answering its own reminder (heldout_c_threads_zb.py): a Liuzhou
river-snail noodle factory, a Zigong lantern maker, a Zhenjiang vinegar brewery, a Jiangxi
expressway operator (SOE), a Taiyuan public middle school (treasury payments), a Jingxian
Xuan-paper mill and a Xuchang wig exporter. Traditional and English replies and machine mail
are in heldout_c_set_zb_intl.py; ``ZB_SET`` is all of them.
"""

from __future__ import annotations

from datetime import date

import heldout_c_threads_zb  # noqa: F401  (registers the set's reminders)
from heldout_c_set_zb_intl import INTL

D = date


def firm(thread: str, people: dict[str, tuple[str, str]]):
    """An entry maker for one firm: ``(style, kind, due, body, opts)`` threaded to its reminder."""

    def entry(style: str, who: str, kind: str, due: date | None, body: str, **opts) -> tuple:
        opts.setdefault("thread", thread)
        opts.setdefault("sender", people[who])
        return (style, kind, due, body, opts)

    return entry


# 广西桂味螺蛳粉食品有限公司 (Liuzhou): production traceability, 上线款 ￥86,400
LZ = firm("zb_luosi", {
    "qin": ("覃海涛", "qinhaitao@gwlsf.com"), "wei": ("韦丽娟", "weilijuan_gw@163.com"),
    "lan": ("蓝月", "2817730456@qq.com"), "mo": ("莫志坚", "mozj@gwlsf.com"),
    "huang": ("", "caigou@gwlsf.com"), "long": ("龙师傅", "longbz@gwlsf.com"),
    "yan": ("莫小燕", "1523390817@qq.com"),
})  # fmt: skip
LUOSI = [
    LZ("n163", "wei", "promise", D(2026, 12, 4), "王经理：\n您好！上线款86,400元的付款申请已经提交，覃总昨天签了字，财务这边排在本周五之前付出，付好后把回单发您。\n\n韦丽娟\n广西桂味螺蛳粉食品有限公司 财务部\n0772-3126658"),
    LZ("ioszh", "qin", "dispute", None, "王经理，酸笋发酵间那几个温湿度探头从上周开始就时有时无，系统里断了三天的数据，市监局来抽查追溯记录我们拿不出来。这个搞不好之前上线款我这边不批。你们派个人过来看看。", day=D(2026, 12, 3), danger=True),
    LZ("exmail", "mo", "other", None, "王经理：\n覃总讲的探头问题我补充一下：发酵间湿度太大，探头外壳进水，三台都是这样，应该是安装位置的问题。追溯报表里11月24日到26日的温湿度全是空的。麻烦让你们实施的小吴联系我，138 7723 4410。\n付款的事我不管，是财务那边。\n\n莫志坚 品控部", day=D(2026, 12, 3), danger=True, note="a fault report with no word of the payment: other by labels.yaml's convention (a support request, held for the PM; hs120, hw034, hx044, hx079); its blind writer said dispute (lead, session 14)"),
    LZ("foxmail", "huang", "dispute", None, "王经理您好：\n贵司开来的发票是6%的信息技术服务费普票，我们合同是软硬件一体的，硬件部分应开13%的增值税专用发票，财务这边入不了账。麻烦作废重开，开好后我们再走付款。\n\n黄晓梅\n采购部", danger=True),
    LZ("huawei", "long", "other", None, "王经理你好我是包装车间老龙那个追溯码打印出来一半扫不出来你们软件生成的码是不是太密了啊昨天一千多包都要返工贴码你们赶紧派人来看一下不然明天发货就麻烦了", day=D(2026, 12, 4), note="a fault report with no word of the payment: other by labels.yaml's convention (a support request, held for the PM; hs120, hw034, hx044, hx079); its blind writer said dispute (lead, session 14)"),
    LZ("qqapp", "lan", "partial_payment", None, "王经理 上线款今天先转了一半 43200 剩下的老板说等探头换好了再付 回单发你了哈", day=D(2026, 12, 8), atts=["网银回单20261208.jpg"], danger=True),
    LZ("n163", "wei", "dispute", None, "王经理：\n不好意思，之前讲本周五付，覃总看到车间的问题后让先压一压，等你们把探头的问题处理完再说。今天付不了了。\n\n韦丽娟", day=D(2026, 12, 4), earlier="王经理：\n您好！上线款86,400元的付款申请已经提交，财务这边排在本周五之前付出。\n\n韦丽娟", danger=True, note="her own promise quoted and withdrawn: held until the fix"),
    LZ("exmail", "mo", "acceptance", None, "王经理：\n探头移到新位置以后，连续五天数据都正常，市监局要的追溯报表也能导出来了。验收单我签了，扫描件附上，原件寄给小吴。\n\n莫志坚", day=D(2026, 12, 10), atts=["验收单-追溯系统.pdf"]),
    LZ("ioszh", "qin", "promise", D(2026, 12, 14), "收到，问题解决了就好。剩下那一半我让财务下礼拜一付。", day=D(2026, 12, 10)),
    LZ("qqapp", "lan", "paid", None, "王经理 剩下的43200今天付了 回单见附件", day=D(2026, 12, 14), atts=["回单.jpg"]),
    LZ("qqweb", "yan", "bank_question", None, "您好，请问你们示例银行杭州分行具体是哪个支行？我们网银对公转账要选到支行，还要填联行号，麻烦发一下。谢谢！\n\n莫小燕（财务部）", day=D(2026, 12, 3)),
    LZ("n163", "wei", "other", None, "王经理：\n重开的13%专票已经收到了，谢谢！另外年底我们要对账，能不能发一份今年的对账单过来，盖好章的。\n\n韦丽娟", day=D(2026, 12, 15), note="thanks and a statement request; nothing owed on this milestone any more"),
    LZ("foxmail", "huang", "other", None, "王经理，重开的专票收到了，没问题。付款的事财务在安排，具体哪天我不清楚。\n黄晓梅", day=D(2026, 12, 7), note="a hedge with no day"),
    LZ("n163", "wei", "promise", D(2026, 12, 31), "王经理，见下方红字回复。\n\n韦丽娟", inline=("如已付款", "【韦丽娟】还没付，覃总说月底前付。"), note="an answer inline under our own line"),
    LZ("qqweb", "yan", "paid", None, "王经理：\n余款43,200.00元已于今天上午通过工行网银支付成功，请查收。\n\n莫小燕", day=D(2026, 12, 14)),
    LZ("n163en", "wei", "dispute", None, "Hi 王经理，我是外贸部的小雨，覃总让我转告：发票抬头要开“广西桂味螺蛳粉食品有限公司”，你们上次开成了“柳州桂味食品厂”，财务退回来了，麻烦重开。\n\n覃小雨 Export Dept.", sender=("Xiaoyu Qin", "qin_xiaoyu@163.com"), tz="Asia/Shanghai", day=D(2026, 12, 9), danger=True, note="163's English UI, Chinese body; invoice title wrong"),
]  # fmt: skip

# 自贡市龙腾灯会文化有限公司 (Zigong): lantern-group control system, 二期款 ￥124,000
ZG = firm("zb_lantern", {
    "luo": ("罗建平", "luojp@zglongteng.com"), "li": ("李秀英", "lixy_lt@126.com"),
    "zhong": ("钟国华", "zhonggh@zglongteng.com"), "liu": ("刘师傅", "2467781930@qq.com"),
    "yang": ("杨敏", "1093387621@qq.com"),
})  # fmt: skip
LANTERN = [
    ZG("n126", "li", "promise", D(2026, 12, 9), "王经理好：\n二期款124,000元我们下个礼拜三付，现在账上的钱要先付灯会场地的押金，请理解。\n\n李秀英\n财务"),
    ZG("huawei", "zhong", "more_time", None, "王经理你好我是钟国华二期款的事我晓得了我们这边灯会马上要开始布展了钱紧得很能不能等元旦过后再付你看要得不"),
    ZG("qqapp", "liu", "dispute", None, "王经理 控制器在现场一淋雨就掉线 三十几组灯同步不起来 龙那组动画一跑就卡 这个不搞好灯会开不了 我跟钟总讲了 款子先莫付", day=D(2026, 12, 3), danger=True),
    ZG("ioszh", "luo", "promise", D(2026, 12, 4), "王经理，刘师傅说的掉线是防水盒没打胶，我们自己人装的，不怪你们。同步卡顿你们远程看了说是交换机的问题，我们换了就好了。款子的事我跟钟总说过了，这周五之前付。", day=D(2026, 12, 3), note="the electrician's objection withdrawn by the project head"),
    ZG("qqweb", "yang", "paid", None, "王经理：\n您好！今天已付二期款124,000.00元，请查收，付款回单见附件。\n\n出纳 杨敏", day=D(2026, 12, 4), atts=["二期款付款回单.pdf"]),
    ZG("n126", "li", "promise", D(2026, 12, 8), "王经理：\n不好意思，上周五付的那笔十二万四被银行退回来了，说户名不对，我们出纳把“示例科技有限公司”打成了“示例科技股份有限公司”。明天上午重新付。\n\n李秀英", day=D(2026, 12, 7), danger=True, note="a payment returned by the bank: not paid; re-paid tomorrow"),
    ZG("qqweb", "yang", "paid", None, "王经理：已重新付款，户名改过来了，回单见附件。", day=D(2026, 12, 8), atts=["重新付款回单.pdf"]),
    ZG("huawei", "zhong", "other", None, "王经理钱收到了吧这次灯会你们那个系统表现还可以明年海外那几场还找你们到时候再谈", day=D(2026, 12, 9)),
    ZG("ioszh", "luo", "resend_request", None, "王经理，二期款的发票我们财务说纸质的没收到，麻烦再寄一份，或者先发个电子版过来。"),
    ZG("n126", "li", "bank_question", None, "王经理：\n你们提醒邮件里的账号和合同上的不一样，合同上写的是6222 0000 1234 5679，最后一位是9，邮件里是8，到底以哪个为准？我们不敢乱付。\n\n李秀英", danger=True),
    ZG("qqapp", "liu", "acceptance", None, "验收那天我在现场 六十四组灯全部联动正常 龙灯动画也不卡了 验收单我签了字的", day=D(2026, 12, 10)),
    ZG("huawei", "zhong", "promise", D(2026, 12, 9), "王经理二期款我已经跟财务说了下周三富给你们放心", day=D(2026, 12, 3), note="voice input: 富 for 付"),
    ZG("n126", "li", "promise", D(2026, 12, 17), "王经理：\n上礼拜一付出去的那笔是灯会场地的押金，不是你们的。你们的二期款还没有付，这周四之前付，不好意思拖了这么久。\n\n李秀英", day=D(2026, 12, 14), danger=True, note="a past payment to someone else beside a promise"),
    ZG("huawei", "zhong", "promise", D(2026, 12, 20), "王经理二期款我们十二月二十号以前一定付清灯会开幕以后门票收入就回来了你放心", day=D(2026, 12, 15)),
    ZG("n126", "li", "more_time", None, "王经理：\n灯会门票收入要到春节以后才回笼，剩下的款能否春节后再付？实在抱歉。\n\n李秀英", day=D(2026, 12, 21)),
    ZG("exmailen", "luo", "dispute", None, "Hi Wang,\n\nThis is Tony from the overseas projects team. The controllers for the Lyon lantern festival arrived but 4 of the 20 are dead on arrival. Please replace them before 15 Dec, the show opens on the 18th. Finance will hold the second payment until the replacements arrive.\n\nTony Zhong\nOverseas Projects", sender=("Tony Zhong", "tony.zhong@zglongteng.com"), tz="Asia/Shanghai", day=D(2026, 12, 7), danger=True, note="a Zigong colleague writing English to the Chinese reminder"),
]  # fmt: skip

# 江苏金山香醋酿造有限公司 (Zhenjiang): fermentation temperature monitoring, 尾款 ￥57,600
ZJ = firm("zb_vinegar", {
    "yin": ("殷建华", "yinjh@163.com"), "sun": ("孙雅琴", "sunyq@jsxiangcu.com"),
    "ding": ("丁卫东", "dingwd@jsxiangcu.com.cn"), "lv": ("吕敏", "lvmin@jsxiangcu.com"),
    "cn": ("出纳", "chuna@jsxiangcu.com"), "hao": ("殷浩", "yinhao1995@126.com"),
})  # fmt: skip
V1 = "王经理：\n您好！尾款57,600元已于11月30日（本周一）通过工商银行支付，请核对。附件为电子回单。\n\n孙雅琴\n财务部\n江苏金山香醋酿造有限公司\n2026年12月2日"
VINEGAR = [
    ZJ("olzhcn", "sun", "paid", None, V1, atts=["工商银行电子回单.pdf"]),
    ZJ("coremail", "ding", "dispute", None, "王经理：\n发酵池温度探头有6个读数偏高2~3℃，和我们人工插的温度计对不上。翻醅时间是按系统温度定的，偏高会导致提前翻醅，这个月已经影响了两池醋醅。合同技术协议约定测温误差±0.5℃，现在达不到。请尽快派人校准，校准合格前尾款暂不支付。\n\n丁卫东\n设备科", danger=True),
    ZJ("mailmaster", "yin", "other", None, "王经理，尾款的事我问了一下财务，她们说好像上个月底就付了，你们查一下到账没有，没到的话再跟我说。", day=D(2026, 12, 3), danger=True, note="unsure hearsay (好像): the PM checks the bank; not paid"),
    ZJ("tbzh", "lv", "dispute", None, "王经理：\n温控数据导出的报表里没有批次号这一列。我们食品安全体系审核要求每个批次对应一条温度曲线，这个功能合同附件二里写了的，现在没有做。请补上，补好之前质量部不会在验收单上签字。\n\n吕敏 质量部", day=D(2026, 12, 4), below=True, danger=True),
    ZJ("olzhcn", "sun", "dispute", None, "王经理：\n抱歉，上周回复说尾款已付，是我看错了，11月30日付的是另一家供应商的设备款。贵司尾款目前还没有付。丁工那边说探头校准还没做完，等校准合格了我们再安排。\n\n孙雅琴", day=D(2026, 12, 8), earlier=V1, danger=True, note="her own 'paid' quoted and corrected: not paid, held until calibration"),
    ZJ("coremail", "ding", "acceptance", None, "王经理：\n探头已经全部重新校准，48小时比对误差都在0.3℃以内，符合技术协议，设备科这边验收通过。\n\n丁卫东", day=D(2026, 12, 11)),
    ZJ("alimail", "cn", "paid", None, "您好，贵司尾款57,600.00元今日已通过农业银行转账，请查收。\n\n财务部 出纳", day=D(2026, 12, 14)),
    ZJ("mmios", "hao", "promise", D(2026, 12, 14), "王经理你好，我是殷浩，殷总的儿子，现在厂里的信息化我在管。尾款的事：校准结果我们认可，下周一付。另外明年想给灌装线也加一套数采，方便的话报个价。", day=D(2026, 12, 9)),
    ZJ("mailmaster", "yin", "more_time", D(2027, 1, 15), "王经理，年底了厂里要结糯米和麸皮的粮食款，尾款能不能宽限到一月中旬？我们是老客户了，不会少你的。", day=D(2026, 12, 10)),
    ZJ("olzhcn", "sun", "resend_request", None, "王经理：\n我司从本月起统一使用数电票，贵司开的是纸质专票，麻烦重新开一张数电专票发到 caiwu@jsxiangcu.com，谢谢。\n\n孙雅琴", day=D(2026, 12, 3)),
    ZJ("tbzh", "lv", "other", None, "批次号那一列已经加上了，导出的报表审核老师认可了。谢谢你们加班！\n\n吕敏", day=D(2026, 12, 15), below=True, note="a fix confirmed with thanks; no acceptance document"),
    ZJ("olzhcn", "sun", "dispute", None, "王经理：\n转发殷总的意见，供参考：\n\n-----邮件原件-----\n发件人: 殷建华\n发送时间: 2026年12月7日 8:12\n收件人: 孙雅琴\n主题: 香醋温控尾款\n\n丁工那边探头没校准好之前，示例科技的尾款先不要付。\n\n孙雅琴", day=D(2026, 12, 7), danger=True, note="the boss's order forwarded by finance"),
    ZJ("mailmaster", "yin", "promise", D(2026, 12, 31), "王经理，尾款元旦前付给你，放心。", day=D(2026, 12, 12)),
    ZJ("applezh", "hao", "paid", None, "王经理：\n尾款已经付了，是上周一（12月14日）财务付的。发票我们也收到了。灌装线的报价收到了，我们内部再讨论一下。\n\n殷浩\n2026年12月16日", day=D(2026, 12, 16), note="past tense; a dated signature"),
    ZJ("alimail", "cn", "partial_payment", None, "您好，今日先支付尾款的一半28,800.00元，另一半待质量部在验收单上签字后支付。\n\n财务部 出纳", day=D(2026, 12, 10), danger=True),
    ZJ("mmen", "hao", "paid", None, "王经理 尾款12月14日已经付了 请确认一下收到没有 谢谢", tz="Asia/Shanghai", day=D(2026, 12, 18), note="Mail Master's English UI, Chinese body"),
]  # fmt: skip

# 江西昌吉高速公路运营管理有限公司 (SOE): toll audit data platform, 验收款 ￥318,000
JX = firm("zb_toll", {
    "xiao": ("肖卫国", "xiaowg@jxcjgs.com.cn"), "xiong": ("熊丽萍", "xionglp@jxcjgs.com.cn"),
    "zou": ("邹明", "zouming@jxcjgs.com.cn"), "hu": ("胡松", "husong@jxcjgs.com.cn"),
    "wan": ("万建", "wanjian@jxcjgs.com.cn"), "fa": ("合同管理部", "htgl@jxcjgs.com.cn"),
})  # fmt: skip
TOLL = [
    JX("olzhcn", "xiao", "promise", D(2026, 12, 25), "王经理：\n验收款的付款流程：信息中心已于11月27日提交付款申请，目前在分管领导审批，之后还要过财务部和集团资金结算中心。集团每月25日统一对外付款，这笔应该能赶上12月25日这一批。\n\n肖卫国\n信息中心"),
    JX("owazh", "xiong", "dispute", None, "王经理您好：\n贵司开具的发票购买方名称为“江西昌吉高速公路有限公司”，我司全称为“江西昌吉高速公路运营管理有限公司”，名称不符无法入账，请作废后重开。重开的发票到后按流程付款。\n\n熊丽萍\n财务部", day=D(2026, 12, 3), danger=True),
    JX("olzhcnplain", "hu", "dispute", None, "王经理：\n根据集团要求，信息化项目结算须经审计部审核。经审核，贵司结算书中“门架数据接口开发”一项工作量与实际不符，拟核减12人天，金额28,800元，核减后验收款为289,200元。如有异议，请于5个工作日内书面反馈。\n\n审计部 胡松", day=D(2026, 12, 7), danger=True),
    JX("olmobzh", "wan", "acceptance", None, "逃费稽核模型上线这两个月追缴了不少，效果不错。验收报告收费管理部已经会签了。", day=D(2026, 12, 4)),
    JX("coremail", "zou", "promise", D(2026, 12, 31), "王经理：\n公司本年度资金计划已经报送集团，你们这笔款已列入12月份资金计划，请耐心等待。\n\n综合部 邹明", day=D(2026, 12, 8), note="in December's funding plan: within this month"),
    JX("owazh", "xiong", "promise", D(2026, 12, 25), "王经理：\n重开的发票已收到。验收款按审计核减后的金额289,200元付，已列入12月25日的付款批次。\n\n熊丽萍", day=D(2026, 12, 21)),
    JX("olzhcn", "xiao", "partial_payment", None, "王经理：\n财务说今天这一批已经付出去了，289,200元，回单要过两天才能拿到。审计核减的28,800元你们如果不认可，请走书面申诉。\n\n肖卫国", day=D(2026, 12, 25), danger=True, note="paid after an audit cut: 289,200 of 318,000"),
    JX("olzhcnplain", "fa", "dispute", None, "示例科技有限公司：\n贵司12月8日《催款函》收悉。经核查，根据合同第7.3条，验收款应在验收合格且审计结算完成后30日内支付。目前审计结算尚未完成，付款条件尚未成就，不存在逾期情形。\n特此函复。\n\n江西昌吉高速公路运营管理有限公司\n合同管理部\n二〇二六年十二月十日", day=D(2026, 12, 10), stage="demand", danger=True),
    JX("owazh", "xiong", "bank_question", None, "王经理：\n我司付款系统要求填写收款行的12位联行号，贵司邮件里没有，请提供，谢谢。\n\n熊丽萍", day=D(2026, 12, 3)),
    JX("olzhcn", "xiao", "more_time", D(2027, 1, 25), "王经理：\n审计那边还在核，12月份集团的付款批次可能赶不上了，能否延到1月25日那一批？给你们添麻烦了。\n\n肖卫国", day=D(2026, 12, 15)),
    JX("owazh", "xiong", "other", None, "王经理：\n集团资金结算中心通知，本月25日这一批部分采用银行承兑汇票支付，期限6个月。请问贵司能否接受承兑汇票？如不接受，需要顺延到下个月的现汇批次。\n\n熊丽萍", day=D(2026, 12, 22), note="asks whether a bank acceptance bill is acceptable: the PM answers"),
]  # fmt: skip

# 太原市晋阳中学 (public school; 国库集中支付): course-selection system, 中期款 ￥48,500
TY = firm("zb_school", {
    "hao": ("郝建军", "haojianjun_jy@126.com"), "ji": ("冀老师", "jilaoshi_jy@sina.com"),
    "xue": ("薛校长", "xuezhang@tyjyzx.cn"), "yan": ("阎老师", "3016622871@qq.com"),
    "liang": ("梁会计", "caiwu@tyjyzx.cn"), "jia": ("贾丽", "2290451178@qq.com"),
})  # fmt: skip
SCHOOL = [
    TY("n126", "hao", "other", None, "王经理：\n中期款的事我已经把资料交到总务处了。我们是财政国库集中支付，学校自己没有付款的权限，要教育局审核后报财政，具体甚时候到账我也说不准。我们尽量催。\n\n郝建军\n教务处", note="a hedge with no day"),
    TY("sina", "ji", "promise", D(2026, 12, 9), "王经理您好，支付申请已经在财政一体化系统里提交了，现在状态是“待国库支付”，一般3个工作日内到账。\n冀老师（总务处）", day=D(2026, 12, 4)),
    TY("ioszh", "xue", "dispute", None, "王经理，选课系统这学期选课当天崩了两次，家长投诉到教育局，我们被通报了。你们先把问题说清楚，付款的事放一放。", day=D(2026, 12, 3), danger=True),
    TY("qqapp", "yan", "other", None, "王经理你好我是信息中心小阎那个选课崩的问题其实是学校机房出口带宽不够当天三千多个学生同时登录我们已经扩容了跟你们系统关系不大我跟校长汇报过了", day=D(2026, 12, 3), note="the school's IT clears the supplier; no word on payment"),
    TY("coremail", "liang", "paid", None, "王经理：\n贵司中期款48,500元已于12月9日由国库直接支付，付款人显示为“太原市财政局国库支付中心”，请注意核对。\n\n梁会计\n财务室", day=D(2026, 12, 10)),
    TY("sina", "ji", "dispute", None, "王经理：\n财政要求发票备注栏写上合同编号和项目名称，你们开的发票没有备注，被国库退回来了。麻烦重开一张，备注写：TY-2026-019 智慧校园选课排课系统。\n冀老师", danger=True, note="invoice rejected by the treasury as issued"),
    TY("n126", "hao", "promise", D(2026, 12, 31), "王经理：教育局那边审核过了，财政说这个月底之前付。\n郝建军", day=D(2026, 12, 14)),
    TY("qqhtml", "jia", "other", None, "王经理您好，我是教务处小贾，郝主任让我问一下，排课模块里走班教室能不能加一个容量提醒？付款的事他说他在跟。", note="a feature question"),
    TY("ioszh", "xue", "paid", None, "王经理，财务说款前天已经付了，你们看下收到没有。", day=D(2026, 12, 11)),
    TY("sina", "ji", "resend_request", None, "王经理：\n报账需要贵司的中标通知书复印件和验收报告，还有发票，麻烦发一份电子版到这个邮箱。\n冀老师", day=D(2026, 12, 2), note="documents and the invoice again, no fault said"),
    TY("n126", "hao", "other", None, "王经理：见下面。\n郝建军", day=D(2026, 12, 7), inline=("如尚未安排", "——已经在推了，教育局那边说下礼拜能批，批下来财政再走三个工作日。甚时候到账还得看财政。"), note="a chain of approvals answered inline; no day"),
    TY("coremail", "liang", "other", None, "王经理：\n我校使用零余额账户，由财政国库直接支付，到账时付款人名称会显示财政局，而不是我校名称，请知悉。\n\n梁会计\n财务室", day=D(2026, 12, 3), note="information about the payer's name"),
    TY("sina", "ji", "paid", None, "王经理：国库支付系统今天显示“已支付”，支付凭证截图附上，您查收一下。\n冀老师", day=D(2026, 12, 10), atts=["国库支付凭证截图.png"]),
    TY("n126", "hao", "more_time", None, "王经理：\n财政年底关账，学校今年的支付额度已经用完了，这笔款只能等明年一月份额度下达后再付，请谅解。\n\n郝建军", day=D(2026, 12, 21), note="payment made to wait for next year's public funds (额度/预算下达后): more_time, as hj026, hj054, hj022, hs009, hp061; relabelled promise -> more_time (lead, session 14)"),
]  # fmt: skip

# 泾县古檀宣纸有限公司 (Anhui): raw-material and paper stock system, 尾款 ￥39,800
XZ = firm("zb_xuan", {
    "wang": ("汪德明", "wangdm@gutanxuan.com"), "cao": ("曹红", "caohong_xz@163.com"),
    "hu": ("胡晓", "1348865202@qq.com"), "yue": ("Yue Wang", "wangyue.gt@gmail.com"),
    "ck": ("", "cangku@gutanxuan.com"),
})  # fmt: skip
XUAN = [
    XZ("huawei", "wang", "promise", D(2026, 12, 11), "王经理你好我是汪德明尾款那个三万九千八我们这个礼拜资金周转不过来檀皮收购刚付了一大笔下礼拜五以前肯定给你打过去", day=D(2026, 12, 3)),
    XZ("n163", "cao", "partial_payment", None, "王经理：\n您好！尾款39,800元，今天先付了20,000元，余款19,800元月底前付清。回单附件。\n\n曹红\n财务", day=D(2026, 12, 7), atts=["转账凭证.jpg"], danger=True, note="20,000 of 39,800; the rest by the month's end"),
    XZ("qqweb", "hu", "dispute", None, "王经理：\n仓储系统里成纸的规格只能选四尺、六尺，我们还有八尺、丈二、丈六的，入库只能先记成“其他”，盘点根本对不上。合同里写了支持全部规格的。这个改好之前，汪厂长讲尾款不付。\n\n胡晓 销售内勤", day=D(2026, 12, 2), danger=True),
    XZ("gmailzh", "yue", "other", None, "王经理您好，我是汪厂长的女儿汪悦。我爸不太会用邮箱，以后付款和发票的事可以直接联系我或者曹会计。我的电话 139 5663 0218。", day=D(2026, 12, 3), note="a hand-off"),
    XZ("foxmail", "ck", "other", None, "王经理：八尺、丈二、丈六的规格都能选了，这两天入库盘点都对得上。仓库这边没问题了。", day=D(2026, 12, 9), note="the warehouse's verdict on our fix, no acceptance said; relabelled acceptance -> other by the convention 'An objection dropped or our fix found working, with no acceptance said … is other' (session 17)"),
    XZ("n163", "cao", "paid", None, "王经理：余款19,800元已付清，请查收。\n\n曹红", day=D(2026, 12, 28), atts=["转账凭证2.jpg"]),
    XZ("gmailzh", "yue", "more_time", None, "王经理：\n今年宣纸行情不好，外贸订单少了三成，厂里现金比较紧。尾款能不能分两次付，这个月一半，明年一月再付另一半？我们不是不付，希望理解。\n\n汪悦", day=D(2026, 12, 4), note="instalments asked"),
    XZ("huawei", "wang", "paid", None, "王经理钱我上个礼拜五就叫曹会计打了你那边看一下", day=D(2026, 12, 29), note="last Friday = Dec 25"),
    XZ("n163", "cao", "promise", None, "王经理：\n尾款还没有付，汪厂长出差了，要等他回来签字，大概下周吧。\n\n曹红", day=D(2026, 12, 2), note="下周 with no day"),
    XZ("n163", "cao", "promise", D(2026, 12, 10), "王经理：\n发票已收到，我们5个工作日内付款。\n\n曹红", day=D(2026, 12, 3)),
    XZ("huawei", "wang", "partial_payment", None, "王经理余款的事我问了曹红她说上个礼拜已经打过去一半了剩下的年底以前打", day=D(2026, 12, 14), danger=True, note="half paid (hearsay), the rest by year end"),
    XZ("n163", "cao", "more_time", D(2026, 12, 29), "王经理：\n年底要发工人工资和付檀皮款，余款能否再宽限两周？谢谢理解。\n\n曹红", day=D(2026, 12, 15)),
]  # fmt: skip

# 许昌瑞发发制品有限公司 (Henan): cross-border wig orders and work orders, 上线款 ￥72,000
XC = firm("zb_wig", {
    "liu": ("刘振东", "liuzd@ruifahair.com"), "zhang": ("张会计", "zhang.kj@ruifahair.com"),
    "amy": ("Amy李", "amy.li@163.com"), "cn": ("出纳小任", "3387102654@qq.com"),
    "lbn": ("老板娘", "sunli@ruifahair.com"), "qa": ("质检赵", "zhaoqc@ruifahair.com"),
})  # fmt: skip
WIG = [
    XC("ioszh", "liu", "promise", D(2026, 12, 4), "中，知道了。明儿不中，后儿给你们付。", day=D(2026, 12, 2), note="后儿 = the day after tomorrow (Henan)"),
    XC("alimail", "zhang", "paid", None, "王经理您好：\n上线款72,000元已于12月1日通过中国银行支付，回单附后。\n\n张会计\n许昌瑞发发制品有限公司 财务部", day=D(2026, 12, 3), atts=["中国银行回单.pdf"]),
    XC("mailmaster", "amy", "dispute", None, "王经理，系统同步速卖通和亚马逊的订单，黑五那几天漏了两百多单，工单没生成，车间没排产，客户投诉发货慢，差评好几个。这个损失咋算？问题没说清楚之前上线款先别催了。\n\nAmy 跨境运营部", day=D(2026, 12, 2), danger=True),
    XC("qqapp", "cn", "other", None, "王经理 上线款付没付我这查不到 张会计这两天请假了 等她回来我问问她", day=D(2026, 12, 2), note="the cashier cannot tell; no day"),
    XC("huawei", "lbn", "promise", D(2026, 12, 31), "王经理恁好上线款这个月底之前付清恁放心俺们不会拖恁的钱", day=D(2026, 12, 7)),
    XC("ioszh", "liu", "paid", None, "钱不是上礼拜就付过了？你们再查查。", day=D(2026, 12, 7), note="the boss believes it paid (a rhetorical question); wrongly, as finance says next day"),
    XC("alimail", "zhang", "promise", D(2026, 12, 10), "王经理：\n不好意思，我刚休假回来，查了一下，12月1日付的那笔是另一个合同（二期ERP）的款，这次的上线款还没付。我这就走申请，这周四之前给您付。\n\n张会计", day=D(2026, 12, 8), danger=True, note="a 'paid' (the boss's) corrected: another contract; Thursday"),
    XC("mailmaster", "amy", "acceptance", None, "王经理：\n你们修了同步以后，这一周订单零漏单，工单也都按时生成了。运营这边验收通过，之前的事不追究了。", day=D(2026, 12, 11)),
    XC("qqweb", "cn", "paid", None, "见附件", day=D(2026, 12, 10), atts=["上线款电子回单.pdf"], note="attachment only"),
    XC("alimail", "zhang", "bank_question", None, "王经理：\n我们这次想用美元从香港公司付，请问贵司有没有美元账户？SWIFT代码是多少？\n\n张会计", day=D(2026, 12, 9)),
    XC("huawei", "lbn", "other", None, "王经理俺们财务这两天不在等她回来叫她给恁回电话", day=D(2026, 12, 2)),
    XC("alimail", "zhang", "bank_question", None, "王经理：\n今天收到一封署名贵司财务部的邮件，说收款账户改成了农业银行的新账户，让我们以后付到新账户。这和你们提醒里写的不一样，请问是真的吗？我们先不付，等您确认。\n\n张会计", day=D(2026, 12, 15), danger=True, note="a look-alike account change: fraud risk"),
    XC("mailmaster", "amy", "promise", D(2026, 12, 18), "王经理，财务那边说12.18号付，到时候我提醒她。\n\nAmy", day=D(2026, 12, 9)),
    XC("qqapp", "liu", "other", None, "收到回单了吧 年后新系统还找你们", day=D(2026, 12, 14), sender=("刘振东", "1192837465@qq.com")),
    XC("qqapp", "cn", "paid", None, "王经理 昨天付的那笔到了没 我这边网银显示已经扣款了", day=D(2026, 12, 11)),
    XC("ioszh", "liu", "more_time", D(2026, 12, 30), "王经理，最近美国那边回款慢，能不能再给俺们半个月？", day=D(2026, 12, 15), note="half a month = 15 days"),
    XC("qqappen", "liu", "promise", D(2026, 12, 18), "Hello Mr Wang, I am Grace from the export team (Africa market). Mr Liu asked me to tell you that the payment will be made this Friday. Thank you for your patience.", sender=("Grace Okafor", "2756610093@qq.com"), tz="Asia/Shanghai", day=D(2026, 12, 16), note="this Friday on a Wednesday"),
]  # fmt: skip

ZH = LUOSI + LANTERN + VINEGAR + TOLL + SCHOOL + XUAN + WIG
ZB_SET = ZH + INTL

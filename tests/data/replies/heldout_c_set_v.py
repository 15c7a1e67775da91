"""Held-out set V: written blind to the rules (helper blindv), measured once by the lead.

Eleven mainland firms answer their own reminders (``heldout_c_threads_v.py``) in
Simplified Chinese, several people per firm, some twice; ``heldout_c_set_v_intl.py`` adds
Traditional Chinese and English senders and ``heldout_c_machine_v.py`` the machine mail.
Labels follow labels.yaml's conventions, dates counted from the reply's day in its zone.
"""

from __future__ import annotations

from datetime import date

import heldout_c_threads_v  # noqa: F401  (registers the threads)
from heldout_c_machine_v import MACHINE_V
from heldout_c_set_v_intl import INTL_V


def D(m: int, d: int, y: int = 2026) -> date:
    return date(y, m, d)


DEC2 = D(12, 2)


def v(style: str, kind: str, due: date | None, body: str, thread: str, who: tuple[str, str],
      day: date = DEC2, **opts: object) -> tuple:  # fmt: skip
    """One entry: the generator's tuple with thread, sender and day in ``opts``."""
    return (style, kind, due, body, {"thread": thread, "sender": who, "day": day, **opts})


# 寿光绿禾种苗 — greenhouse monitoring, 验收款 (Shandong)
SUN = ("孙丽娟", "sunlj_lh@163.com")
WANG = ("王福田", "wangft@lvhe-zm.com")
LIU = ("刘晓东", "2837461920@qq.com")
ZHAO = ("赵萍", "1572094836@qq.com")
# 许昌瑞发制品 — wig exporter, ERP 尾款 (Henan)
LIX = ("李秀芝", "lixiuzhi@ruifa-hair.com")
ZHANG = ("", "zhangjg@ruifa-hair.com")
CINDY = ("王欣 Cindy", "cindy.wang@ruifa-hair.com")
# 潜江楚味水产 — crayfish processor, 中期款 (Hubei)
DENG = ("邓会计", "dengkj@chuwei-food.com")
LIUZ = ("刘建军", "liujianjun@chuwei-food.com")
HU = ("胡志强", "huzq@chuwei-food.cn")
CHEN = ("陈出纳", "chuwei_cn@126.com")
# 信丰果香脐橙合作社 — navel-orange co-op, mini-program 尾款 (Jiangxi)
ZHONG = ("钟国富", "3310867524@qq.com")
ZENG = ("曾秋莲", "zengql_gx@126.com")
XIE = ("小谢", "xieyun_gx@163.com")
# 浏阳金焰花炮 — fireworks maker, warehouse safety platform 进度款 (Hunan)
PENG = ("彭丽华", "penglh@jinyan-fw.com")
LI = ("黎建国", "lijg@jinyan-fw.com")
TANG = ("汤董", "tang@jinyan-fw.com")
YI = ("小易", "2458813097@qq.com")
# 镇江金山香醋 — vinegar brewery (group), MES 验收款 (Jiangsu)
WU = ("", "wuhm@jszxcy.com.cn")
DING = ("丁伟", "dingw@jszxcy.com.cn")
TAO = ("陶海燕", "taohy@jszxcy.com.cn")
SINA_ZJ = ("总经办", "jszxcy_zjb@sina.com")
# 长春宏程汽车座椅 — seat-parts supplier, portal 二期进度款 (Jilin)
YU = ("于长海", "yuch@hongcheng-auto.com")
BAI = ("白雪", "baixue_hc@163.com")
GAO = ("Gao Feng", "gaofeng.hc@gmail.com")
SONG = ("宋总", "songzong@hongcheng-auto.com")
# 北京康颐养老 — elderly-care chain, 年度服务费
HAN = ("韩院长", "2095573318@qq.com")
LV = ("吕会计", "lvkj_kangyi@sina.com")
FENG = ("冯晓萌", "fengxm@kangyi-yl.onmicrosoft.com")
# 上海汇展国际会展 — exhibition organiser, ticketing 尾款
JIANG = ("蒋红梅", "jianghm@huizhan-expo.com")
LU = ("陆凯文", "kevin.lu@icloud.com")
GU = ("顾小姐", "1846650271@qq.com")
# 定西陇原薯业淀粉 — potato-starch plant, SCADA 验收款 (Gansu)
MA = ("马厂长", "mazhanggui@longyuan-sy.com")
FENGK = ("冯会计", "longyuan_cw@126.com")
SU = ("苏文斌", "suwb@longyuan-sy.com")
# 顺德美朗电器 — small-appliance OEM, WMS 中期款 (Cantonese in Simplified)
LIANG = ("梁生", "2873301946@qq.com")
HE = ("何嘉欣", "hejx@meilang-ea.com")
JIE = ("阿杰", "jie.cg@meilang-ea.com")
HUANG = ("黄仓管", "huangcg_ml@126.com")

# 眉山东坡泡菜 — pickle factory, order system 尾款 (Sichuan)
YANG = ("杨会计", "1734462058@qq.com")
LUO = ("罗老板", "2651098734@qq.com")
CN_MS = ("出纳小何", "dongpo_cn@126.com")
# 永康恒锐杯业 — vacuum-flask maker, quotation system 进度款 (Zhejiang)
YING = ("", "caiwu@hengrui-cup.com")
HUZ = ("胡总", "huzong@hengrui-cup.com")
WENYUAN = ("应晓燕", "yingxy@hengrui-cup.com")

# 连云港海之味紫菜 — seaweed processor, traceability 尾款 (Jiangsu)
ZHU = ("朱红霞", "zhuhx@haizhiwei-food.com")
XU = ("徐老板", "2219845301@qq.com")
QIAN = ("钱会计", "hzw_qian@163.com")
SALES = ("孙立", "sunli_hzw@163.com")

FWD_YK = """周经理，钱付了，银行的通知转给你看下。

---------- 转发邮件 ----------
发件人：中国工商银行 <webmaster@icbc.com.cn>
日期：2026年12月30日 14:23
主题：【工商银行】转账汇款交易成功通知

尊敬的客户：您尾号3321的账户于12月30日14:22向示例科技有限公司转账人民币76,000.00元，交易成功。"""

FWD_FS = """周经理，转发我哋老细嘅意见俾你：

---------- 转发的邮件 ----------
发件人：梁国华 <liang@meilang-ea.com>
日期：2026年12月2日 21:14
收件人：阿杰 <jie.cg@meilang-ea.com>
主题：示例科技中期款

阿杰，同示例讲，仓库扫码枪嘅问题搞掂先，中期款唔好俾住。搞掂咗我自己同佢哋老板倾。"""

ZH_V = [
    # --- 寿光绿禾种苗
    v("huawei", "dispute", None,
      "周经理 你们的人走了以后 大棚夜里温度报警老是误报 工人半夜起来好几回 棚里啥事没有 这个验收款俺先不付 "
      "啥时候这个弄好了 啥时候再说验收的事\n\n王福田",
      "v_sg", WANG, danger=True, note="voice input; refusal until the false alarms are fixed"),
    v("n163", "promise", D(12, 9),
      "周经理您好：\n\n之前说已经付了，不好意思是我看错了，那笔是另一个合同（土壤墒情）的。这个验收款还没有付，"
      "付款申请已经提交了，王总这几天在潍坊开会，回来签了字就付，下周三之前能付出去。\n\n孙丽娟\n寿光绿禾种苗有限公司 财务部\n0536-5276618",
      "v_sg", SUN, note="a paid claim corrected in the same mail"),
    v("qqapp", "other", None,
      "周工，付款的事我不管哈，已经转给我们孙会计了，她电话13905364471。\n另外3号棚的二氧化碳传感器昨天又掉线了，麻烦远程看下。",
      "v_sg", LIU, day=D(12, 3)),
    v("n163", "bank_question", None,
      "周经理：我们用的是寿光农商银行，跨行转到你们示例银行杭州分行，网银要填12位大额行号，麻烦发一下。"
      "另外开户行是杭州分行营业部还是哪个支行？\n\n孙丽娟",
      "v_sg", SUN, day=D(12, 4)),
    v("huawei", "promise", D(12, 11),
      "周经理你好 俺这两天在外边 刚看见邮件 误报的事小刘说你们弄好了 钱俺回去就签字 礼拜五以前肯定给你打过去",
      "v_sg2", WANG, day=D(12, 8), stage="second", seq=2, note="voice input; 礼拜五 from Tuesday Dec 8"),
    v("n163", "resend_request", None,
      "周经理您好，我们走账要增值税专用发票，之前寄过来的那张验收款的专票找不到了，麻烦重新发一份电子版（或者数电票）到这个邮箱，谢谢。",
      "v_sg2", SUN, day=D(12, 9), stage="second", seq=2),
    v("qqapp", "acceptance", None,
      "周工，温度误报的问题处理好了，这一周观察下来一次没误报。我们这边验收没问题了，验收单王总签好了，拍照发你。",
      "v_sg2", LIU, day=D(12, 9), stage="second", seq=2, atts=["验收单_绿禾种苗.jpg"]),
    v("qqweb", "paid", None,
      "周经理：今天上午已经付了126000，农商行转的，回单截图在附件，请查收。",
      "v_sg2", ZHAO, day=D(12, 10), stage="second", seq=2, atts=["微信图片_20261210101532.jpg"]),
    # --- 许昌瑞发制品
    v("ioszh", "promise", None,
      "周经理，恁说哩事俺知道了。这俩月美金回款慢，尼日利亚那边客户还没打过来，等月底结了汇就给恁付，中不中？",
      "v_xc", LIX, note="Henan speech; 月底 is when the client's own export money is converted, the payment waits for it: no day (labels.yaml, as 等年底货款收回来就付); relabelled 2026-12-31 -> null (conv, session 13)"),
    v("foxmail", "promise", None,
      "周经理：\n\n邮件收悉。尾款已列入我司本月资金计划，具体付款日待领导审批后另行告知。\n\n张建国\n许昌瑞发制品有限公司 财务部",
      "v_xc", ZHANG, note="scheduled, no day named"),
    v("exmail", "other", None,
      "周经理好，我是跟单王欣。付款这块是我们财务张主管负责（zhangjg@ruifa-hair.com），邮件我已经转给他了。\n"
      "另外我们下个月想加一个报关单自动生成的功能，能不能先报个价？",
      "v_xc", CINDY, day=D(12, 3)),
    v("foxmail", "dispute", None,
      "周经理：\n\n贵司开具的尾款发票抬头写的是“许昌瑞发发制品有限公司”，多了一个“发”字，税号也少了一位。这张票我们没法入账，"
      "请作废后重新开具，收到正确发票后我们再安排付款。\n\n张建国",
      "v_xc", ZHANG, day=D(12, 3), danger=True, note="invoice title and tax number wrong"),
    v("ioszh", "dispute", None,
      "发票那事老张跟恁说了吧，重新开过来俺这边就付，钱不是问题，票不对俺没法弄。",
      "v_xc", LIX, day=D(12, 4), danger=True, note="pays only after the wrong invoice is reissued"),
    v("foxmail", "partial_payment", None,
      "周经理：\n\n贵司催款函收悉。我司并无拖欠之意：重新开具的发票已于12月7日收到，我司已于12月8日支付尾款中的50,000.00元（回单附后），"
      "余款43,600.00元待美元结汇后于本月25日前付清。\n\n特此回复。\n\n许昌瑞发制品有限公司 财务部\n张建国\n2026年12月9日",
      "v_xc2", ZHANG, day=D(12, 9), stage="demand", atts=["回单_20261208.pdf"], danger=True,
      note="demand answered: 50,000 of 93,600 paid, rest by the 25th"),
    v("exmail", "bank_question", None,
      "周经理，我们财务让我问一下，余款想从我们香港公司用美金付，你们有没有美元账户？SWIFT code是多少？",
      "v_xc2", CINDY, day=D(12, 10), stage="demand"),
    v("ioszh", "paid", None,
      "剩下那四万三千六俺今儿个让老张打过去了，恁查查到了木有。",
      "v_xc2", LIX, day=D(12, 22), stage="demand", note="Henan speech: 今儿个 打过去了 = paid today"),
    # --- 潜江楚味水产
    v("owazh", "more_time", D(3, 31, 2027),
      "周经理：\n\n现在是小龙虾淡季，厂里基本停产了，账上现金蛮紧张。中期款能不能宽限到明年3月底开季以后？我们不会赖账的，请理解。\n\n刘建军",
      "v_qj", LIUZ),
    v("coremail", "dispute", None,
      "周工：\n\n溯源码扫出来的批次信息跟实际生产日期对不上，上周出口新加坡的一批货被客户退回来一个柜，说标签日期跟码里的不一致。"
      "这个问题不解决，中期节点我们没法确认，款也付不了。\n\n品控部 胡志强",
      "v_qj", HU, danger=True),
    v("alimail", "more_time", None,
      "周经理您好，刘总的意思是中期款分三次付：12月底前付5万，1月底前付5万，剩下5万8在3月底前付清。您看可以吗？\n\n邓会计",
      "v_qj", DENG, day=D(12, 3), note="a plan of instalments names no single day"),
    v("alimail", "dispute", None,
      "周经理，发票上开的金额是158,000，但合同约定中期款要扣掉预付款，应该是148,000，多开了一万。麻烦核对一下重开，"
      "这张我们先退回。\n\n邓会计",
      "v_qj", DENG, day=D(12, 4), danger=True, note="invoice amount wrong"),
    v("owazh", "promise", D(12, 15),
      "周经理，胡经理说的码的问题你们工程师昨天来搞好了，蛮快的。钱的事我跟邓会计讲了，这个月冇得问题，15号之前先付一部分。",
      "v_qj", LIUZ, day=D(12, 7), note="a part promised by the 15th"),
    v("coremail", "acceptance", None,
      "周工：\n\n溯源系统整改后复测通过，批次码与生产日期一致，品控部确认验收合格。验收报告已盖章，扫描件附后。\n\n胡志强",
      "v_qj", HU, day=D(12, 8), atts=["验收报告（盖章）.pdf"]),
    v("n126", "bank_question", None,
      "你好，请问你们收款账户是基本户吗？我们付款系统里存的户名是“示例科技有限公司杭州分公司”，跟邮件里的不一样，是不是换了账户？",
      "v_qj", CHEN, day=D(12, 9), note="doubt about the payee name"),
    v("n126", "partial_payment", None,
      "周经理，今天先付了5万，网银回单在附件，剩下的按邓会计说的分期付。",
      "v_qj", CHEN, day=D(12, 11), atts=["网银回单20261211.pdf"]),
    # --- 信丰果香脐橙合作社
    v("qqapp", "more_time", None,
      "周总你好 现在正是摘果子的时候 果子还没卖出去 钱一时拿不出来 能不能等过了元旦 果子款回来了就给你们结清 你放心",
      "v_gz", ZHONG, note="voice input; after New Year, no day"),
    v("n126", "promise", D(12, 10),
      "周经理，回复在下面。", "v_gz", ZENG, day=D(12, 3),
      inline=("如款项已经支付", "—— 还没有付，社长在果园收果子，12月10号以前付。"),
      note="answer inline under the quoted 如款项已经支付"),
    v("n126", "partial_payment", None,
      "周经理您好！社长说先付一半，今天已转出24000元，余款24000元等脐橙款回笼后再付。",
      "v_gz", ZENG, day=D(12, 4)),
    v("mailmaster", "dispute", None,
      "周工，小程序的活动页面昨晚直播的时候卡死了，下单页面一直转圈，丢了好多单。社长说剩下的钱先不付，等问题解决了再说。",
      "v_gz", XIE, day=D(12, 14), danger=True),
    v("qqapp", "promise", D(12, 17),
      "你们技术说已经弄好了 小谢也试过没问题 剩下的钱我这个礼拜四下午去银行打给你",
      "v_gz", ZHONG, day=D(12, 15), note="voice input; 这个礼拜四 from Tuesday Dec 15"),
    v("n126", "resend_request", None,
      "周经理，农商行付款要纸质发票做附件，麻烦把尾款发票寄一份纸质的过来。\n地址：江西省赣州市信丰县嘉定镇果业大道18号 曾秋莲 收 13979712546",
      "v_gz", ZENG, day=D(12, 7)),
    v("mailmaster", "other", None, "收到，已转给社长和曾会计。", "v_gz", XIE, day=D(12, 2)),
    v("n126", "paid", None,
      "周经理，余款24000元已于12月17日转出，尾款48000元已全部付清，回单附后，请查收。",
      "v_gz", ZENG, day=D(12, 18), atts=["信丰农商银行回单.pdf"]),
    v("qqapp", "other", None,
      "周总 给你们公司寄了两箱脐橙 顺丰 这两天应该到 尝尝我们信丰的果子 系统用得蛮好 明年还找你们做",
      "v_gz", ZHONG, day=D(12, 21)),
    # --- 浏阳金焰花炮
    v("olzhcn", "promise", D(12, 8),
      "周经理：\n\n您好！进度款210,000元已走完审批流程，计划下周二（12月8日）随公司统一付款批次支付，如有变化再告知。\n\n彭丽华\n财务部",
      "v_ly", PENG),
    v("ioszh", "more_time", None,
      "周总，春节前是我们出货最忙的时候，钱都压在经销商那里，年前付不了，正月十五以后一次性付清。",
      "v_ly", TANG, day=D(12, 3), note="正月十五以后 = after, no day"),
    v("olzhcn", "more_time", None,
      "周经理：\n\n抱歉，之前说的12月8日付款取消了，董事长要求进度款推到年后统一安排，具体时间我再跟您确认。\n\n彭丽华",
      "v_ly", PENG, day=D(12, 4), note="the 8th given up, no new day"),
    v("owazh", "dispute", None,
      "周工：\n\n3号成品库的烟感联动上周测试时没有触发喷淋，应急管理局下周要来检查，系统这个状态我们验收不了，进度款的事先放一放，请尽快派人过来。\n\n安全科 黎建国",
      "v_ly", LI, day=D(12, 3), danger=True),
    v("qqweb", "bank_question", None,
      "周经理你好，我是金焰的出纳小易，想核对一下贵司账号：我们系统里存的是6222 0000 1234 5687，邮件里是5678，哪个是对的？",
      "v_ly2", YI, day=D(12, 9), stage="second", seq=2),
    v("ioszh", "promise", None,
      "周总，电话里说的我同意了：这周五先付十万，剩下的十一万腊月二十之前付。",
      "v_ly2", TANG, day=D(12, 10), stage="second", seq=2, note="a plan of two instalments"),
    v("qqweb", "partial_payment", None,
      "周经理，今天付了十万，回单在附件，请查收。剩余11万按汤董说的年前付。",
      "v_ly2", YI, day=D(12, 11), stage="second", seq=2, atts=["建行网银回单.pdf"]),
    v("owazh", "acceptance", None,
      "周工：喷淋联动复测正常，应急局的检查也过了，安全科这边验收签字了。辛苦！",
      "v_ly2", LI, day=D(12, 14), stage="second", seq=2),
    # --- 镇江金山香醋
    v("foxmail", "other", None,
      "周经理：\n\n付款事宜请直接联系我司财务部陶会计（taohy@jszxcy.com.cn，0511-85521376），我部门已将验收资料移交财务。\n\n采购部",
      "v_zj", WU),
    v("coremail", "dispute", None,
      "周工：\n\nMES在二车间还有两个问题没关：\n1. 批次投料记录导出Excel乱码；\n2. 温控数据每天凌晨丢失一段。\n"
      "验收报告上我们写的是“遗留问题整改后复验”，复验没做之前财务那边是付不了的，请安排。\n\n信息部 丁伟",
      "v_zj", DING, danger=True, note="acceptance conditional on a re-test"),
    v("sina", "other", None,
      "您好，邮件已收到，已转呈总经理审阅，待领导批示后由财务部回复。\n\n镇江金山香醋酿造有限公司 总经理办公室",
      "v_zj", SINA_ZJ, day=D(12, 3)),
    v("olzhcnplain", "bank_question", None,
      "周经理：\n\n请提供贵司开户行的全称（需到支行）及联行号，我司网银跨行付款必须填写。\n\n陶海燕",
      "v_zj", TAO, day=D(12, 3)),
    v("foxmail", "resend_request", None,
      "周经理：\n\n请将验收款对应的增值税专用发票（数电票）发送至我司财务邮箱 fp@jszxcy.com.cn，之前发到我个人邮箱的那张财务说没收到。\n\n吴海鸣",
      "v_zj", WU, day=D(12, 4)),
    v("coremail", "acceptance", None,
      "周工：两个遗留问题已整改完成，今天上午复验通过，复验记录附后，已提交财务。",
      "v_zj", DING, day=D(12, 8), atts=["MES复验记录.pdf"]),
    v("olzhcnplain", "acceptance", D(12, 18),
      "周经理：\n\n复验已通过。验收款已纳入集团12月资金计划，集团资金中心每月18日统一对外付款，本笔预计2026年12月18日（周五）支付。\n\n"
      "陶海燕\n镇江金山香醋酿造有限公司 财务部\n2026年12月9日",
      "v_zj", TAO, day=D(12, 9), note="a date in the signature; acceptance with a day promised beside it: acceptance of that day (labels.yaml convention, session 12; its blind writer said promise)"),
    v("olzhcnplain", "paid", None,
      "周经理：\n\n验收款172,500.00元已于今日由集团资金中心支付，请注意查收。\n\n陶海燕",
      "v_zj", TAO, day=D(12, 18)),
    # --- 长春宏程汽车座椅
    v("olzhcn", "promise", D(1, 15, 2027),
      "周经理：\n\n今年主机厂回款普遍延后，一汽那边的货款要到1月中旬才能下来。我们的进度款只能等主机厂回款后再付，预计1月中旬。\n\n于长海\n财务部",
      "v_cc", YU, note="pay-when-paid; 1月中旬 = the 15th"),
    v("gmailzh", "dispute", None,
      "周工，二期的供应商门户跟我们SAP的接口到现在还没调通，ASN数据每天得人工导。这个状态说二期节点完成了，我们不认可。"
      "合同附件二写得很清楚：接口联调完成才算二期节点。\n\n高峰 IT部",
      "v_cc", GAO, danger=True, note="contract says otherwise"),
    v("huawei", "dispute", None,
      "周经理 你们那个接口的事儿高峰跟我唠了 你们先整明白了 钱不是事儿 整好了我立马让老于给你打钱",
      "v_cc", SONG, day=D(12, 3), danger=True, note="Northeastern speech; pays only once fixed"),
    v("n163", "dispute", None,
      "周经理，于部长让先付十万，今天上午付了，回单我发附件了昂。剩下的十四万五等接口弄好了再说。",
      "v_cc", BAI, day=D(12, 4), atts=["付款回单.pdf"], danger=True,
      note="10万 of 24.5万; rest held until our fix: dispute (labels.yaml convention, session 12; its blind writer said partial_payment)"),
    v("gmailzh", "acceptance", None,
      "接口昨天联调通过了，ASN能自动同步了，二期节点我们确认完成，确认单签好了在附件里。",
      "v_cc", GAO, day=D(12, 9), atts=["二期节点确认单.pdf"]),
    v("olzhcn", "other", None,
      "周经理：\n\n二期剩余进度款我司可以用银行承兑汇票支付吗？6个月期的，工行承兑。如可以请回复，我们收到回复就能背书给贵司。\n\n于长海",
      "v_cc", YU, day=D(12, 10), note="asks to pay by an acceptance bill; nothing committed"),
    v("n163", "promise", D(12, 15),
      "周经理，承兑的事于部长说算了，还是走网银。剩下的十四万五3个工作日内付，你们注意查收。",
      "v_cc", BAI, day=D(12, 10), note="3 working days from Thursday Dec 10"),
    v("huawei", "other", None,
      "老周 三期的事儿过完年咱们再唠 到时候你来长春 请你吃杀猪菜",
      "v_cc", SONG, day=D(12, 16)),
    # --- 北京康颐养老
    v("qqapp", "promise", None,
      "周经理好，年度服务费我们等民政局的运营补贴下来再付，往年都是12月下旬到账，到了马上付。",
      "v_bj", HAN, note="pays when the subsidy arrives; 下旬 is the subsidy's, not a payment day"),
    v("qqapp", "dispute", None,
      "还有个事：合同上写的系统每年升级一次，今年的升级到现在都没做，护理记录APP还是老版本，家属投诉好几次了。"
      "升级没做完之前服务费我们暂缓支付。",
      "v_bj", HAN, day=D(12, 3), danger=True),
    v("owazh", "resend_request", None,
      "周经理您好，财务说从今年起我们只收数电票，麻烦把年度服务费的发票按数电票重新开一下，抬头和税号不变，发到 caiwu@kangyi-yl.com 。\n\n行政部 冯晓萌",
      "v_bj", FENG, day=D(12, 4)),
    v("sina", "bank_question", None,
      "周经理：我们是民办非企业单位，付款走对公。请问贵司收款账户开户行的行号是多少？付款用途写“技术服务费”可以吗？\n\n吕会计",
      "v_bj", LV, day=D(12, 7)),
    v("owazh", "other", None,
      "周经理，韩院长下周去外地考察，付款相关的事请直接联系吕会计（010-67483392）。",
      "v_bj", FENG, day=D(12, 10)),
    v("qqapp", "promise", D(12, 24),
      "升级今天装上了，家属那边反映挺好。补贴估计下周能到，到了就付，最晚圣诞节前。",
      "v_bj", HAN, day=D(12, 16)),
    v("sina", "paid", None,
      "周经理您好，补贴到了，年度服务费88,000元已于今天上午通过北京银行支付，附件是回单，请查收。",
      "v_bj", LV, day=D(12, 21), atts=["北京银行电子回单.pdf"]),
    # --- 上海汇展国际会展
    v("olzhcn", "dispute", None,
      "周经理：\n\n尾款135,000元中，展会期间闸机核销系统宕机约40分钟（11月12日上午），现场排长队，主办方因此对我司扣款。"
      "按合同第8.3条SLA约定，我司扣除10%即13,500元，其余121,500元已于今日支付。\n\n蒋红梅\n财务总监",
      "v_sh", JIANG, danger=True, note="121,500 paid, 13,500 withheld under the SLA"),
    v("applezh", "other", None,
      "周经理，我在成都布展，这两天信号不好。尾款的事我让财务蒋总直接回复你。\n\n陆凯文",
      "v_sh", LU),
    v("qqhtml", "other", None, "收到，已转蒋总。", "v_sh", GU, day=D(12, 2)),
    v("applezh", "promise", D(12, 11),
      "不好意思，上次说下周一付，财务说要等蒋总出差回来签字，改到12月11日。",
      "v_sh", LU, day=D(12, 7), earlier="周经理，扣款的事我们再沟通，差额下周一付。",
      note="its own earlier 下周一 quoted and given up"),
    v("olzhcn", "promise", D(12, 18),
      "周经理：\n\n经与贵司王总沟通，双方同意按5%扣减，即6,750元。差额6,750元我司将于下周五（12月18日）前补付。\n\n蒋红梅",
      "v_sh", JIANG, day=D(12, 9)),
    v("applezh", "resend_request", None,
      "周经理，蒋总让我问下，能不能按扣减后的金额重新开一张尾款发票？原来那张13.5万的我们寄回给你们。",
      "v_sh", LU, day=D(12, 10), note="reissue at the agreed amount, no fault claimed"),
    v("qqhtml", "paid", None,
      "周经理您好，补付的6750元今天已经转了，回单见附件～",
      "v_sh", GU, day=D(12, 18), atts=["付款回单.png"]),
    # --- 定西陇原薯业淀粉
    v("huawei", "dispute", None,
      "周经理你好 你们的人走了以后三号线的浓度计又不准了 淀粉含水高了两个点 客户退了一车货 这个事情不解决验收款嫑想了",
      "v_dx", MA, danger=True, note="voice input; Gansu 嫑"),
    v("tbzh", "dispute", None,
      "浓度计的问题你们远程看了，说是传感器进了淀粉浆，明天派人来换。换好以后我们再验，验收之前不付款。\n\n苏文斌 设备科",
      "v_dx", SU, day=D(12, 3), below=True, danger=True, note="below the quote; acceptance pending"),
    v("n126", "more_time", D(1, 31, 2027),
      "周经理：\n\n我厂是县属国有企业，付款需经县国资委审批，年底资金紧张，验收款能否延期到明年一月底？\n\n冯会计",
      "v_dx", FENGK, day=D(12, 4)),
    v("n126", "resend_request", None,
      "周经理：国资委审批要原件，请把验收款发票和验收单原件一起寄过来。地址：甘肃省定西市安定区工业园区陇原路6号 财务科 冯会计收。",
      "v_dx", FENGK, day=D(12, 7)),
    v("tbzh", "acceptance", None,
      "传感器换了，连续跑了五天，浓度计和化验室数据对得上，设备科验收通过。\n\n苏文斌",
      "v_dx", SU, day=D(12, 10), below=True),
    v("huawei", "promise", D(12, 16),
      "苏工说验收过了 钱的事我跟会计说了 十二月十六号以前给你打过去 国资委那边我去说",
      "v_dx", MA, day=D(12, 11), note="voice input; Chinese numerals"),
    v("n126", "paid", None, "周经理，验收款97000元今日已支付，请查收。", "v_dx", FENGK, day=D(12, 16)),
    # --- 顺德美朗电器
    v("alimail", "dispute", None,
      "周经理，仓储系统上线之后，扫码枪成日断线，上个礼拜盘点对唔上数，差咗三百几箱。呢个问题唔解决，中期款我哋唔会俾住，"
      "麻烦你哋派人嚟睇下。\n\n采购部 阿杰",
      "v_fs", JIE, danger=True, note="Cantonese in Simplified"),
    v("alimail", "dispute", None, FWD_FS, "v_fs", JIE, day=D(12, 3), danger=True,
      note="the boss's forwarded order to hold"),
    v("mmios", "other", None,
      "扫码枪换咗新驱动之后冇再断线，今日盘点数对返，多谢你哋工程师。",
      "v_fs", HUANG, day=D(12, 8)),
    v("qqapp", "promise", D(12, 10),
      "周生，问题搞掂咗，中期款听日安排。今日U盾喺财务度，佢请咗假。",
      "v_fs", LIANG, day=D(12, 9), note="听日 from Dec 9"),
    v("exmail", "paid", None,
      "周经理你好，中期款118000已于今日付出，回单在附件，唔该查收。\n\n何嘉欣 财务部",
      "v_fs", HE, day=D(12, 10), atts=["回单_美朗电器_20261210.pdf"]),
    v("exmail", "bank_question", None,
      "周经理，我哋下期款想用香港公司嘅港币账户付，你哋有冇港币收款账户？定系要换人民币先？",
      "v_fs", HE, day=D(12, 14)),
    # --- 眉山东坡泡菜
    v("qqweb", "paid", None, "见附件", "v_ms", YANG, atts=["转账凭证_东坡泡菜.pdf"], note="only 见附件 and a 转账凭证"),
    v("qqapp", "paid", None, "晓得了 钱上个礼拜五就付了嘛 你们查一哈", "v_ms", LUO, day=D(12, 3),
      note="voice input, Sichuan; past: last Friday (the cashier corrects it next)"),
    v("mmios", "promise", D(12, 4),
      "周经理，不好意思，老板记错了：上周五付的是泡菜坛子厂的货款，你们的尾款还没付。这周五之前付。",
      "v_ms", CN_MS, day=D(12, 3), danger=True, note="the boss's paid claim corrected: not paid"),
    v("qqweb", "paid", None, "周经理：尾款56000元今天已付，回单见附件。", "v_ms", YANG, day=D(12, 4),
      atts=["回单20261204.jpg"]),
    # --- 永康恒锐杯业
    v("foxmail", "promise", D(12, 10), "周经理：\n\n进度款76,000元我司定于本月10日支付。\n\n恒锐杯业 财务部",
      "v_yk", YING),
    v("ioszh", "more_time", D(1, 5, 2027), "这个月出口订单多，资金周转有点紧，进度款下个月初付可以吗？",
      "v_yk", HUZ, day=D(12, 3), note="下个月初 = the 5th"),
    v("foxmail", "promise", D(12, 31),
      "周经理：\n\n按胡总意见，原定12月10日的付款顺延，改为元旦前支付，请谅解。\n\n恒锐杯业 财务部",
      "v_yk", YING, day=D(12, 4), note="the 10th given up for 元旦前"),
    v("huawei", "bank_question", None,
      "周经理你好 我们财务说发票上的开户行写的是工商银行 跟合同上的示例银行不一样 付款要按哪个 你们确认一下",
      "v_yk", WENYUAN, day=D(12, 7), note="voice input; bank on the invoice differs"),
    v("foxmail", "promise", None,
      "周经理：\n\n付款申请已在网银提交，等胡总U盾复核，复核后即可到账。\n\n恒锐杯业 财务部",
      "v_yk", YING, day=D(12, 29), danger=True, note="submitted for approval, not paid"),
    v("foxmail", "paid", None, "周经理：\n\n进度款76,000.00元已于今日支付，附回单。\n\n恒锐杯业 财务部",
      "v_yk", YING, day=D(12, 30), atts=["工行电子回单.pdf"]),
    v("ioszh", "paid", None, FWD_YK, "v_yk", HUZ, day=D(12, 30), note="a forwarded bank notice"),
    # --- 连云港海之味紫菜
    v("olzhcn", "paid", None,
      "周经理：\n\n经核实，该笔尾款我司已于2026年11月27日支付（电子回单号 3207 1127 0088 5521），请贵司核对到账情况，如未到账请告知。\n\n"
      "朱红霞\n财务部",
      "v_lyg", ZHU, note="paid before the reminder"),
    v("qqapp", "paid", None, "付过了呀 上个礼拜就付了 你们财务查查", "v_lyg", XU, note="voice input; past"),
    v("qqapp", "other", None, "", "v_lyg", XU, day=D(12, 3), atts=["IMG_20261203_093112.jpg"],
      note="no words, only a phone photo after 付过了: other (labels.yaml convention, session 12; its blind writer said paid)"),
    v("n163", "paid", None, "周经理，回单补发给您，请查收。", "v_lyg", QIAN, day=D(12, 4), atts=["尾款回单_海之味.pdf"]),
    v("mailmaster", "other", None,
      "周经理，付款的事财务那边已经回复您了吧？另外明年的紫菜溯源标签想加英文和韩文，能做吗？出口韩国要用。",
      "v_lyg", SALES, day=D(12, 7)),
]  # fmt: skip

V_SET = ZH_V + INTL_V + MACHINE_V

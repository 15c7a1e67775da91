"""Held-out set Q: mainland replies (Simplified), written blind to the classifier.

Eight mainland clients, each answering its own reminder (``heldout_c_threads_q.py``): a
Zibo kiln-equipment maker, a Lanzhou beef-noodle chain's headquarters, a Xiamen yacht
builder, a Sanya mango exporter, a Taiyuan coal-mine safety-systems buyer (answering a
催款函), a Yiwu Christmas-ornament wholesaler, a Shaoxing 黄酒 brewery (a due-day notice)
and a Nanchang LED-screen installer. ``Q_SET`` adds the Traditional, Cantonese, English and
machine entries of ``heldout_c_set_q_intl.py``. Labels follow labels.yaml's conventions.
"""

from __future__ import annotations

from datetime import date

import heldout_c_set_q_intl
from heldout_c_threads_q import o


def d(m: int, day: int, y: int = 2026) -> date:
    return date(y, m, day)


ZB_SUN = ("孙立强", "sunliqiang@zbyaolu.com")
ZB_CW = ("淄博鲁中窑炉财务", "caiwu@zbyaolu.com")
ZB_QQ = ("小郭", "3327150864@qq.com")
LZ_MA = ("马占海", "mazhanhai@lzniurou.cn")
LZ_CW = ("沈会计", "shen_kj@163.com")
XM_LIN = ("林海", "linhai@xmhaiyue-yacht.com")
XM_CW = ("陈小姐", "chenxj@xmhaiyue-yacht.com")
SY_LI = ("黎春燕", "lichunyan@126.com")
SY_QQ = ("阿燕", "1572290483@qq.com")
TY_CW = ("太原晋安矿业财务部", "cwb@jinanmining.com.cn")
TY_HAO = ("郝建军", "haojj@jinanmining.com.cn")
YW_LOU = ("楼国庆", "louguoqing@ywxmas.com")
YW_QQ = ("楼老板", "909127733@qq.com")
YW_KJ = ("会计小吴", "ywxmas_wu@163.com")
SX_ZH = ("章伟", "zhangwei@sxhuangjiu.com")
SX_QIAN = ("钱会计", "qianlh@sxhuangjiu.com")
NC_XIONG = ("熊经理", "xiongbin@ncled.cn")
NC_CW = ("南昌光谷显示财务", "cw@ncled.cn")

SIG_ZB = "\n\n孙立强\n淄博鲁中窑炉设备有限公司　设备部\n电话：0533-6281207　手机：138 0533 1217\n2026年度山东省专精特新企业"
SIG_TY = "\n\n太原晋安矿业有限公司　财务部\n地址：太原市小店区长治路 227 号　邮编 030006\n电话：0351-7021115（工作时间 8:30-17:30）"

ZH: list[tuple] = [
    # --- Zibo kiln-equipment maker: 孙经理 (equipment dept.), finance, a clerk on QQ
    ("qqweb", "paid", None, "您好，孙经理让我回复：验收款126000元已于11月30日付出，回单见附件，请查收。\n\n财务部 郭", o("q_zibo", 2, ZB_QQ, atts=["回单.pdf"])),
    ("n163", "promise", d(12, 9), "王经理你好，\n验收单我们这边上周五才盖完章，已经交到财务了，财务说下周三走款。"+SIG_ZB, o("q_zibo", 2, ("孙立强", "sunlq0533@163.com"))),
    ("foxmail", "dispute", None, "王经理：\n3号窑的温控曲线还是跳，热电偶数据隔一会儿就断，你们的人来看了两次都没弄好。这个问题解决之前，验收款我们是不会付的。"+SIG_ZB, o("q_zibo", 3, ZB_SUN, note="the quote's 验收 and 付款 around a plain refusal")),
    ("huawei", "promise", d(12, 10), "孙经理出差了在外地 他说等他回来签字 应该是十号左右吧 你们别着急 肯定付", o("q_zibo", 2, ZB_SUN, note="voice input, hedged 十号左右")),
    ("exmail", "partial_payment", None, "王经理好，本周先付了6万，剩下的66000元等年底资金回笼再付，请知悉。", o("q_zibo", 4, ZB_CW, danger=True)),
    ("qqapp", "paid", None, "已付", o("q_zibo", 1, ZB_QQ, atts=["IMG_20261201_101533.jpg"])),
    ("olzhcn", "bank_question", None, "王经理，您好！\n我们这边是跨行大额支付，系统要求填写收款行的联行号（12位），邮件里只有开户行名称，麻烦提供一下，谢谢。\n\n淄博鲁中窑炉设备有限公司 财务部\n0533-6281209", o("q_zibo", 2, ZB_CW)),
    ("mailmaster", "resend_request", None, "你好，验收款的发票我们一直没收到，是不是寄丢了？麻烦重新开一张电子发票发到这个邮箱，抬头：淄博鲁中窑炉设备有限公司，税号 91370303MA3C5K2X7Q。", o("q_zibo", 7, ("郭晓丽", "guoxl_zb@163.com"))),
    # --- Lanzhou beef-noodle chain HQ: 马总, 沈会计 (second reminder)
    ("mailmaster", "promise", d(12, 4), "王经理：马总已经同意了，财务本周五付。", o("q_lanzhou", 2, LZ_CW)),
    ("alimail", "more_time", date(2027, 1, 2), "王经理您好，\n今年下半年门店扩张得快，资金比较紧张，二期款能不能宽限一个月？款我们一定付，不会赖账的。\n\n马占海", o("q_lanzhou", 2, LZ_MA)),
    ("ioszh", "other", None, "收到 我问下财务", o("q_lanzhou", 2, LZ_MA, note="hand-off, no commitment")),
    ("coremail", "paid", None, "王经理：\n二期款88,400.00元已于2026年12月1日通过工商银行对公转账付出，附言合同号LZ-2026-008，请查收。\n\n兰州马家大碗牛肉面餐饮管理有限公司 财务部 沈丽\n0931-8827415", o("q_lanzhou", 2, ("沈丽", "shenli@lzniurou.cn"))),
    ("sina", "dispute", None, "你好，中央厨房那边的出品单打印问题还没处理，门店这两周经常丢单，光上周就有三十多单没出，等你们工程师处理完了再谈二期款。", o("q_lanzhou", 3, ("周会计", "lzniurou_zhou@sina.com"))),
    ("qqhtml", "partial_payment", d(12, 7), "你好，我们这次是分批付的，今天先付了四万，剩下的48400元下周一付。", o("q_lanzhou", 2, ("马家大碗-出纳", "2841736650@qq.com"), danger=True)),
    ("n163", "paid", None, "款付了，您查一下。上次说12月10号以前付，我们提前了。", o("q_lanzhou", 3, LZ_CW, note="an earlier date named only as the one beaten")),
    # --- Xiamen yacht builder: 林总, 财务陈小姐
    ("olzhcn", "dispute", None, "王经理，您好！\n根据合同第六条，交付款应在交船验收后30日内支付。目前首艘船尚未交付船东，验收也没有做，这笔款还没到付款期，请贵司核实。\n\n陈雅婷\n厦门海跃游艇制造有限公司 财务部\n电话：0592-6053318", o("q_xiamen", 2, XM_CW, danger=True, note="not due yet under the contract")),
    ("gmailzh", "promise", None, "您好，交付款已经提交付款申请，目前在总经理审批这一步，预计下周内可以付出。", o("q_xiamen", 2, ("Yating Chen", "chenyating.xm@gmail.com"), danger=True, note="申请提交 is not paid; 下周 without a day")),
    ("owazh", "acceptance", None, "王经理：\n工时管理平台的交付验收单已签字盖章，扫描件附后，原件今天顺丰寄出。\n\n陈雅婷", o("q_xiamen", 3, ("陈雅婷", "yating.chen@xmhaiyue-yacht.com"), atts=["交付验收单-盖章.pdf"])),
    ("tbzh", "other", None, "收到。林总出海试航去了，下周回来再说。", o("q_xiamen", 2, XM_CW, below=True)),
    ("qqweb", "paid", None, "王经理，林总交代的交付款152000元今天上午已经付了，麻烦查一下。", o("q_xiamen", 4, ("海跃游艇-陈", "2217394860@qq.com"))),
    ("owazh", "dispute", None, "王经理，林总的意思见下，请知悉。\n\n---------- 转发的邮件 ----------\n发件人: 林海 <linhai@xmhaiyue-yacht.com>\n日期: 2026年12月1日 21:47\n收件人: 陈雅婷 <yating.chen@xmhaiyue-yacht.com>\n主题: 回复：交付款\n\n雅婷：工时平台统计的加班工时还是不对，这个月工人工资都按它算错了，问题不解决交付款先不要付。", o("q_xiamen", 2, ("陈雅婷", "yating.chen@xmhaiyue-yacht.com"), danger=True, note="forwarded boss's order not to pay")),
    # --- Sanya mango exporter: 黎会计 and a clerk on the QQ app
    ("n126", "more_time", None, "王经理您好：\n今年的芒果季还没开始，我们要等明年二月出口回款才有钱，中期款能不能等春节后再付？实在不好意思。\n\n黎春燕\n三亚鹿城果业进出口有限公司", o("q_sanya", 2, SY_LI)),
    ("qqapp", "paid", None, "黎会计说钱以经打过去了 昨天下午打的 你查查", o("q_sanya", 2, SY_QQ, note="voice typing 以经")),
    # relabelled promise -> more_time (pzh): the corpus labels the same plan (hi101 "我们分两次付：
    # 12月15日付一半，1月15日付一半。") more_time; one convention for both
    ("mmios", "more_time", None, "中期款46500元，我们分两次付：12月10日付一半，12月25日付清。", o("q_sanya", 2, SY_LI, note="an instalment plan names no single day")),
    ("applezh", "dispute", None, "王经理，发票上的金额开错了，合同是46500，发票开成了45600，请作废重开以后我们再付。", o("q_sanya", 3, ("黎春燕", "lichunyan@icloud.com"))),
    ("exmail", "paid", None, "已付，见回单", o("q_sanya", 7, ("黎春燕", "licy@sylcgy.com"), atts=["回单.pdf"])),
    ("qqapp", "bank_question", None, "王经理 我们这边是用海南农信付的 网银里要选收款行 示例银行杭州分行下面有好几个支行 选哪一个", o("q_sanya", 2, SY_QQ)),
    # --- Taiyuan coal-mine safety-systems buyer: answers to a 催款函
    ("olzhcnplain", "promise", d(12, 20), "示例科技有限公司：\n\n贵司催款函收悉。我司对该笔尾款并无异议。因集团资金计划调整，该笔尾款已列入12月份资金计划，预计于12月20日前支付，请贵司知悉。\n\n特此函复。"+SIG_TY+"\n2026年12月2日", o("q_taiyuan", 2, TY_CW, note="并无异议 is no dispute; letter date in the signature")),
    ("coremail", "dispute", None, "王经理：\n贵司监测平台自10月起多次出现瓦斯传感器数据延迟，造成我矿两次停产检查。根据合同第九条，我方将扣除违约金21000元，尾款按189000元支付，请贵司确认。\n\n郝建军\n太原晋安矿业有限公司 安全监察部", o("q_taiyuan", 3, TY_HAO, danger=True, note="penalty deducted: amount disputed")),
    ("owazh", "bank_question", None, "王经理：\n我司资金系统付款时要求填写收款方开户支行全称，催款函上只写了“示例银行杭州分行”，请告知具体是哪个支行。\n\n财务部 李娟", o("q_taiyuan", 2, ("李娟", "lijuan@jinanmining.onmicrosoft.com"))),
    ("foxmail", "paid", None, "尾款不是没付，我们10月28日就付了，请你们自己查一下账。附件是网银截图。\n\n财务部", o("q_taiyuan", 2, TY_CW, atts=["网银截图.png"], danger=True, note="不是没付 = paid")),
    ("gmailzh", "other", None, "此函已转我司财务部处理。", o("q_taiyuan", 2, ("郝建军", "haojianjun1975@gmail.com"))),
    ("olzhcn", "promise", d(12, 31), "王经理，\n集团的付款审批已经过了总会计师这个节点，还差董事长签字，年底前一定能付出去。\n\n李娟", o("q_taiyuan", 8, ("李娟", "lijuan@jinanmining.com.cn"))),
    # --- Yiwu Christmas-ornament wholesaler: 楼老板 on his phone, 会计小吴
    ("qqapp", "more_time", None, "这两天忙发货 圣诞货柜要赶船 过了15号再说", o("q_yiwu", 2, YW_QQ)),
    ("qqapp", "partial_payment", None, "楼老板让我先付一半 19400已经转了 另外一半等国外客户回款", o("q_yiwu", 3, ("小吴", "2706613391@qq.com"), danger=True)),
    ("n163", "bank_question", None, "你好，请问你们收款账户是哪个支行的？我们网银里要选开户网点，只写杭州分行选不了。\n\n吴会计", o("q_yiwu", 2, YW_KJ)),
    ("qqweb", "promise", d(12, 7), "钱付了没有？我问了一下会计，会计说还没付，下礼拜一付。", o("q_yiwu", 2, YW_QQ, danger=True, note="付了 inside a question; 还没付")),
    ("huawei", "promise", d(12, 4), "对不起 最近太忙了 忘记了 明天就付", o("q_yiwu", 3, YW_LOU)),
    ("mailmaster", "resend_request", None, "你好，我们没有收到过第二期的发票啊，你们开了吗？请把发票发过来，我们好走账。", o("q_yiwu", 2, YW_KJ)),
    ("qqapp", "paid", None, "付好了 你看下", o("q_yiwu", 8, YW_QQ, noquote=True)),
    # --- Shaoxing 黄酒 brewery: 章科长 (IT), 钱会计 (a due-day notice)
    ("olzhcn", "promise", d(12, 25), "王经理：\n章科长已经把付款申请提交财务了，我们厂每月25号统一付款，本月25号可以付。\n\n钱丽华\n绍兴鉴湖黄酒股份有限公司 财务科\n电话 0575-8512 0633", o("q_shaoxing", 1, SX_QIAN)),
    ("alimail", "dispute", None, "王经理：\n批次追溯模块到现在还没上线，验收报告也没签。合同写的中期款是验收后付，现在不符合付款条件。\n\n章伟 信息科", o("q_shaoxing", 1, SX_ZH, danger=True)),
    ("qqweb", "paid", None, "王经理好，今天已付款97600元，请查收。附：电子回单", o("q_shaoxing", 1, ("鉴湖黄酒出纳", "1390582217@qq.com"), atts=["电子回单.pdf"])),
    ("tbzh", "promise", d(12, 10), "收到。冬酿期间厂里比较忙，付款可能会晚几天，12月10日之前肯定付掉。\n\n章伟", o("q_shaoxing", 2, SX_ZH, below=True)),
    ("gmailzh", "promise", d(12, 31), "王经理，之前说的12月10号付不了了，老板说年底资金要先保原料款，中期款要等到元旦前才能付，抱歉。", o("q_shaoxing", 9, ("Wei Zhang", "zhangwei.sx@gmail.com"), note="a day given up for a later one")),
    ("coremail", "other", None, "王经理，这个邮件我转给钱会计了，付款的事以后直接联系她：qianlh@sxhuangjiu.com，电话 0575-85120633。", o("q_shaoxing", 1, ("章伟", "zhangwei@sxhuangjiu.com.cn"))),
    # --- Nanchang LED-screen installer: 熊经理 (second reminder)
    ("huawei", "paid", None, "熊经理 在工地上 他说 安装调试款 上个星期 五 已经 付了 你们 再查查", o("q_nanchang", 2, NC_XIONG, note="voice input with spaces")),
    ("qqapp", "partial_payment", None, "已经先付了3万 剩下34000等最后一块屏调好了再付", o("q_nanchang", 2, ("熊斌", "1064473829@qq.com"), danger=True)),
    ("n163", "dispute", None, "王经理：远程运维平台登录不上已经一个礼拜了，八一广场那块屏坏了都不知道，你们先把问题解决了再说付款的事。", o("q_nanchang", 3, ("熊斌", "xiongbin_nc@163.com"))),
    ("mmios", "promise", d(12, 11), "不好意思，上次付的是另一个合同的款，这个合同的安装调试款还没付，下周五付。", o("q_nanchang", 3, ("熊斌", "xiongbin@ncled.cn"), danger=True, note="付的是另一个合同 = not this one")),
    ("olzhcn", "resend_request", None, "王经理您好，请发一份今年的对账单给我们，我们核对一下总共还欠多少。\n\n南昌光谷显示 财务部 万敏\nTel: 0791-8865 3302", o("q_nanchang", 2, NC_CW)),
    ("olmobzh", "paid", None, "熊经理刚确认了，64000已经转过去了，回单稍后补发。", o("q_nanchang", 7, ("万敏", "wanmin@ncled.cn"))),
    ("n163", "promise", d(12, 9), "王经理，不好意思，上次说的本周五付不了了，财务把验收单退回来要补盖公章，改到12月9号付。"+SIG_ZB, o("q_zibo", 7, ("孙立强", "sunlq0533@163.com"), earlier="王经理：\n验收款本周五付。\n\n孙立强", note="its own earlier 本周五 quoted and given up")),
    ("foxmail", "paid", None, "已付，请查收。", o("q_lanzhou", 7, ("", "caiwu@lzniurou.cn"), atts=["回单.pdf"])),
    ("sina", "other", None, "收到，谢谢提醒。", o("q_sanya", 3, ("黎春燕", "lichunyan_sy@sina.com"))),
    ("n163", "paid", None, "见下方", o("q_shaoxing", 2, ("钱丽华", "qianlh_sx@163.com"), inline=("如已付款", "——已于12月1日付款，回单在附件。"), atts=["回单.pdf"], note="answer inline under the quoted line")),
    ("n126", "more_time", d(1, 20, 2027), "王经理：年底了工程款都还没收回来，安装调试款能不能宽限到明年1月20号？到时候一次付清。\n\n熊斌\n南昌光谷显示工程有限公司 18970123456", o("q_nanchang", 8, ("熊斌", "xiongbin_nc@126.com"))),
    ("exmail", "other", None, "", o("q_nanchang", 2, ("万敏", "wanmin@ncled.cn"), inline=("如已付款", "【万敏】：付款审批流程还在走，具体日期我确认后回复您。"), note="inline answer: no date yet")),
]  # fmt: skip

Q_SET: list[tuple] = ZH + heldout_c_set_q_intl.INTL

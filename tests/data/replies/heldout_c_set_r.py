"""Held-out set R: replies written blind to the classifier, measured once before any fix.

Written by a helper that never opened ``daemon/inbox/``, the corpus bodies, the reply
tests or any earlier set's bodies, threads or machine mail; only the shared machinery
(``heldout_c_mime/quote/styles.py``, the generator) and labels.yaml's conventions. Each reply
answers its own reminder (``heldout_c_threads_r.py``). This module holds the mainland
Chinese replies (Dalian seafood, Kunming coffee, Changsha machinery dealer, Zhuhai cruise
terminal, Tianjin bonded warehouse, Xi'an materials lab, Wenzhou eyeglasses, Shantou toys in
Teochew speech, a Penang test house writing Chinese) and ``R_SET``, the whole set: these,
the Traditional/Cantonese ones, the English ones (``heldout_c_set_r_intl.py``) and the
machine mail (``heldout_c_machine_r.py``). Generate: ``heldout_c_generate.py OUT r``.
"""

from __future__ import annotations

from datetime import date

from heldout_c_machine_r import MACHINE
from heldout_c_set_r_intl import HANT, INTL
from heldout_c_threads_r import o


def D(day: int, month: int = 12, year: int = 2026) -> date:
    return date(year, month, day)


# people (display name, address)
SUN = ("孙丽娜", "sunlina_jst@163.com")
YU = ("于海波", "yu.haibo@jstseafood.com.cn")
TAN = ("小谭", "2738810452@qq.com")
JIANG = ("姜波", "jiangbo@jstseafood.com.cn")
YANG = ("杨晓雯", "yangxw@yunfeiroast.cn")
LIJ = ("李娟", "lijuan_yf@163.com")
STORE = ("云啡烘焙翠湖店", "3310087264@qq.com")
LIUJH = ("刘建华", "liujh@xianggong-jx.com")
LONG = ("龙总", "long.z@xianggong-jx.com")
PENG = ("彭出纳", "1507746320@qq.com")
LIANG = ("梁嘉欣", "liangjx@jzcruiseport.com")
WUQ = ("吴倩", "finance@jzcruiseport.com")
FSSC = ("", "fssc@dj-bonded.com")
ZHOU = ("周伟", "zhouwei@dj-bonded.com")
MAJ = ("马骏", "treasury@dj-bonded.com")
QIAN = ("钱永亮", "qianyl@xahcl.com.cn")
REN = ("任会计", "cwc@xahcl.com.cn")
PAN = ("潘总", "1093348811@qq.com")
ZHENG = ("郑会计", "zhengkj_ms@sina.com")
PANW = ("潘太", "panwife@icloud.com")
LIN = ("林老板", "8815502316@qq.com")
AJIE = ("阿杰", "ajie@hongxingtoys.com")
CHENSZ = ("陈淑贞", "hongxing.acct@gmail.com")
WONG = ("黄伟强", "wk.wong.pg@gmail.com")

SIG_SUN = (
    "\n\n孙丽娜\n大连金石滩水产食品有限公司　财务部\n电话：0411-8765 2301　手机：139 4112 0815"
)
SIG_LIU = "\n\n刘建华\n长沙湘工机械设备销售有限公司　财务部\n0731-8456 7721"

# fmt: off
ZH: list[tuple] = [
    # Dalian seafood processor (交付款 ￥126,000, first reminder)
    ("n163", "paid", None, "王经理您好：\n\n交付款126000元已于11月27日通过工行对公账户转出，回单见附件，请查收核对。" + SIG_SUN,
     o("r_dalian", SUN, atts=["回单.pdf"])),
    ("ioszh", "promise", D(8), "这两天船期太紧，钱压在韩国客户那边。跟财务说了，下周二之前一定打过去。",
     o("r_dalian", YU, danger=True, note="下周二之前 = Tue of next week")),
    ("qqapp", "partial_payment", None, "王经理，今天先付了6万，剩下的66000等月底韩国那边回款了再付哈",
     o("r_dalian", TAN, 3, danger=True)),
    ("olzhcn", "other", None, "王经理好，\n\n付款不归我们外贸部管，我已经把邮件转给财务孙丽娜了，她会跟您联系。\n\n姜波\n外贸部\n+86 411 8765 2355",
     o("r_dalian", JIANG, danger=True, note="转给 is not 转账")),
    ("n163", "dispute", None, "王经理：\n\n系统上线后冷库温度报表一直对不上，每天凌晨2点到4点的数据是空的，出口检验检疫那边不认这份报表。这个问题没解决之前交付款我们先不付，请尽快安排技术人员过来处理。" + SIG_SUN,
     o("r_dalian", SUN, 9)),
    ("qqapp", "bank_question", None, "请问贵司账户的开户行联行号是多少？我们网银付款要填12位行号，填不了付不出去",
     o("r_dalian", TAN, 4)),
    ("n163", "paid", None, "王经理：剩余的66000元今天上午已付清，至此交付款126000元全部付完。回单见附件。" + SIG_SUN,
     o("r_dalian", SUN, 30, atts=["回单2.pdf"], note="the rest of a partial payment")),

    # Kunming coffee roaster (尾款 ￥38,500, second reminder)
    ("huawei", "more_time", D(16), "王经理你好 最近咖啡生豆进口的货款压得太多了 尾款能不能再宽限两个礼拜 元旦促销一过钱就回来了 不好意思啊",
     o("r_kunming", YANG, note="宽限两个礼拜 = day + 14; voice typing, no punctuation")),
    ("mailmaster", "paid", None, "王经理好，尾款38500元昨天下午已经转了，走的建行对公，附件是电子回单。",
     o("r_kunming", LIJ, atts=["电子回单.pdf"])),
    ("qqweb", "other", None, "您好，我是翠湖店店长，这个邮箱是门店订货用的，付款的事我不清楚，麻烦您直接联系我们杨总，电话138 8700 4512。",
     o("r_kunming", STORE)),
    ("huawei", "promise", D(11), "王经理 尾款我跟会计说好了这个星期五以前付 上次说的小程序优惠卷那个问题已经好了 谢谢",
     o("r_kunming", YANG, 7, note="这个星期五以前 said on Monday 7th")),
    ("mailmaster", "promise", D(17), "王经理，不好意思，上周说的付款还没付出去，杨总出差了还没签字，等她周四回来签完字当天就付。",
     o("r_kunming", LIJ, 14, danger=True, note="negation: not paid; 周四 = Dec 17")),

    # Changsha construction-machinery dealer (二期款 ￥215,000)
    ("coremail", "promise", D(15), "王经理：\n\n您好！二期款已提交OA付款审批（流程号FK-20261128-0193），目前在总经理节点，预计本月15日前可以支付。如有变化再告知。" + SIG_LIU,
     o("r_changsha", LIUJH)),
    ("ioszh", "dispute", None, "二期的维保模块到现在还没交付，挖机定位一半不准，客户天天投诉我们。二期款等你们把东西做完了再说。",
     o("r_changsha", LONG)),
    ("qqweb", "paid", None, "已付", o("r_changsha", PENG, 3, atts=["回单.jpg"], note="one word and a receipt")),
    ("coremail", "partial_payment", None, "王经理：\n\n二期款本次先支付15万元（已于今日上午通过招行付出），余款6.5万元待维保模块验收后支付。回单附后。" + SIG_LIU,
     o("r_changsha", LIUJH, 9, atts=["招行回单.pdf"])),
    ("mmios", "acceptance", None, "王经理，设备租赁平台二期昨天内部验收通过了，验收单我让小刘盖章后快递给你们。",
     o("r_changsha", LONG, 16)),
    ("qqweb", "resend_request", None, "王经理，财务这边没有收到二期款的发票，麻烦重新开一张发一下电子版。\n发票抬头：长沙湘工机械设备销售有限公司\n税号：91430100MA4L2X5K7P\n收到发票后我们才能走付款流程。",
     o("r_changsha", PENG, 4, note="not paid because no invoice")),
    ("mmios", "promise", D(4), "@刘建华 二期款这周五前安排掉。\n王经理，已经交代财务了。",
     o("r_changsha", LONG, 2, note="the boss instructs finance")),

    # Zhuhai cruise-terminal operator (上线款 ￥340,000, due today)
    ("owazh", "promise", D(9), "王经理好，\n\n上线款已在走流程，财务说下周三统一付款，到时把回单发给您。\n\n梁嘉欣\n九洲邮轮码头运营有限公司　信息部\n0756-333 8821",
     o("r_zhuhai", LIANG)),
    ("alimail", "bank_question", None, "您好，\n\n我司付款系统里登记的贵司收款行是“示例银行杭州分行营业部”，与邮件里写的“杭州分行”不一致，请确认具体是哪个网点？确认后我们再付，以免退票。\n\n吴倩\n财务部",
     o("r_zhuhai", WUQ, 3)),
    ("owazh", "dispute", None, "王经理，\n\n系统上线后，旅客通关高峰时段叫号屏卡顿的问题还在，口岸那边也提了意见。按合同第6.2条，上线款以系统稳定运行30天为前提，目前还不满足，所以暂缓支付，还请理解。\n\n梁嘉欣",
     o("r_zhuhai", LIANG, 9, note="polite dispute under a contract clause")),
    ("alimail", "other", None, "收到，已转交领导审批。", o("r_zhuhai", WUQ, 3, danger=True, note="转交 is not 转账")),
    ("owazh", "paid", None, "王经理，上线款340,000元今天已经付出，回单附后，请查收。邮轮季开始后太忙，回复晚了抱歉。\n\n梁嘉欣",
     o("r_zhuhai", LIANG, 16, atts=["付款回单.pdf"])),

    # Tianjin bonded-warehouse logistics (中期款 second reminder; 预付款 demand)
    ("foxmail", "paid", None, "王经理：\n\n贵司中期款¥188,000.00已于2026年11月30日支付，交易流水号：3100 2026 1130 0087 5521，请核对。\n\n天津东疆保税仓储物流有限公司\n财务共享中心　付款组",
     o("r_tianjin", FSSC)),
    ("exmail", "promise", D(20), "王经理，中期款卡在集团资金计划里，12月的计划已经报上去了，批下来的话20号能付。",
     o("r_tianjin", ZHOU, note="a day on a condition (the plan approved)")),
    ("olzhcnplain", "paid", None, "王经理：\n\n贵司催款函收悉。经核查，预付款94,000元我司已于2026年10月12日支付，贵司可能未核对到。附银行回单扫描件，请贵司财务核实后撤回催款函。\n\n马骏\n资金管理部\n022-2560 7788",
     o("r_tianjin_d", MAJ, 3, atts=["银行回单.pdf"])),
    ("exmail", "dispute", None, "王经理，预付款在补充协议里已经取消了，改成验收后一次付清，你们系统里可能还是老合同。这份催款函我们不认，请核对一下补充协议（2026年8月签的）。",
     o("r_tianjin_d", ZHOU, 3)),
    ("foxmail", "more_time", None, "王经理：\n\n中期款因集团年底资金紧张，申请延期一个月支付，望谅解。\n\n财务共享中心",
     o("r_tianjin", FSSC, 10, note="延期一个月 counts from the due day: null")),

    # Xi'an aerospace-materials lab (验收款 ￥96,000)
    ("tbzh", "resend_request", None, "王经理：\n\n验收款的事我去财务处问了，他们说要补一份验收报告原件（所长签字、盖公章），纸质寄到实验室才能报账。\n地址：西安市雁塔区科技二路 材料实验室 钱永亮 收\n电话：029-8833 6120\n\n钱永亮",
     o("r_xian", QIAN, below=True, note="a document asked for; answered below the quote")),
    ("coremail", "promise", D(9), "王明您好：\n\n验收款96000元已报账，目前在财务处排队支付，一般5个工作日内到账。\n\n任会计\n财务处",
     o("r_xian", REN, note="5个工作日内 from Wed 2nd")),
    ("tbzh", "paid", None, "王经理：\n\n财务处说验收款上周五已经付了，你们查一下。\n\n钱永亮",
     o("r_xian", QIAN, 14, below=True)),
    ("coremail", "other", None, "您好，\n\n本单位实行国库集中支付，款项由零余额账户直接支付，具体时间以财政审核为准，我们无法给出确切日期。\n\n财务处",
     o("r_xian", REN, 3, note="no commitment to a day")),

    # Wenzhou eyeglasses factory (尾款 ￥52,800)
    ("qqapp", "promise", D(4), "知道了 这周五付", o("r_wenzhou", PAN)),
    ("sina", "paid", None, "王经理：尾款52800元已于12月1日付出，见附件回单。\n\n郑会计\n瓯海明视眼镜有限公司\n0577-8652 1120",
     o("r_wenzhou", ZHENG, atts=["回单.jpg"])),
    ("applezh", "more_time", None, "王经理，今年镜架出口不好做，欧洲订单砍了一半。尾款能不能分两次，这个月先付一半，剩下的明年一月底前付清？\n\n潘太",
     o("r_wenzhou", PANW, 3, note="a plan of instalments names no single day")),
    ("qqapp", "dispute", None, "排程系统老是把急单排到后面 车间天天骂娘 你们先派人来厂里看 弄好了尾款马上付",
     o("r_wenzhou", PAN, 9)),
    ("sina", "partial_payment", None, "王经理：今天先付了26400元（尾款的一半），回单附后。其余部分老板说1月份再付。\n\n郑会计",
     o("r_wenzhou", ZHENG, 10, atts=["回单.jpg"])),

    # Shantou toy maker (中期款 ￥73,000, second reminder; Teochew speech)
    ("qqweb", "promise", D(11), "王经理，阮这边拢在赶圣诞的货，无闲顾这个。中期款阮会付，恁免惊，下礼拜五以前过数给恁。",
     o("r_shantou", LIN, note="Teochew: 阮=we 恁=you 拢=all 过数=transfer")),
    ("huawei", "paid", None, "王经理你好我是林老板的外甥阿杰 阿舅讲中期款上礼拜四就已经过数了 叫你们查一下帐 水单我等一下发过去",
     o("r_shantou", AJIE, 3, note="voice typing; 上礼拜四 = Nov 26")),
    ("gmailzh", "resend_request", None, "王经理您好，\n\n麻烦把中期款的对账单和发票再发一份给我，原来那封邮件找不到了。谢谢！\n\n陈淑贞\n宏兴玩具 财务\nTel: 0754-8571 2290",
     o("r_shantou", CHENSZ, 3)),
    ("qqweb", "other", None, "钱还未过，恁莫急，阮会计今日请假。", o("r_shantou", LIN, 9, danger=True, note="negation: not yet transferred, no day")),
    ("qqweb", "more_time", D(23), "王经理，厂里出货款还未收回来，中期款恁宽限阮两个礼拜，好无？",
     o("r_shantou", LIN, 9, note="宽限两个礼拜 = day + 14")),

    # Penang test house, finance manager writing Chinese (第二阶段款 USD 46,500)
    ("gmailzh", "promise", D(15), "王经理，不好意思迟了回复。\n\n第二阶段款我们的payment run是每个月15号和30号，这笔已经排在12月15号那一批，到时会TT过去，银行charges我们这边出。\n\n黄伟强\nFinance Manager",
     o("r_penang_zh", WONG)),
    ("gmailzh", "paid", None, "王经理，TT已经在15号出了，MT103附上，请check一下。应该两三天内会到。",
     o("r_penang_zh", WONG, 16, atts=["MT103.pdf"], note="mixed zh/en; 两三天内会到 is arrival, not a promise")),
    # more: HTML only, a forwarded order, an inline answer, tense, signatures with dates
    ("qqhtml", "paid", None, "钱昨天让会计打了，你们查下，没到再跟我说", o("r_wenzhou", PAN, 3, note="QQ HTML only")),
    ("olzhcn", "promise", D(7), "王经理好，\n\n于总的意见见下面，供参考。\n\n姜波\n\n-----转发的邮件-----\n发件人: 于海波\n发送时间: 2026年12月2日 8:12\n收件人: 孙丽娜; 姜波\n主题: 交付款\n\n丽娜：示例科技的交付款下周一付掉，别再拖了。于",
     o("r_dalian", JIANG, 2, note="a forwarded order of the boss: 下周一 = Dec 7")),
    ("coremail", "partial_payment", None, "王经理：见下方回复。" + SIG_LIU,
     o("r_changsha", LIUJH, 2, inline=("如已付款", "【刘建华】11月30日已付10万，其余11.5万下周安排。"), danger=True, note="answer inline inside the quote")),
    ("exmail", "more_time", None, "王经理，上周我们本来准备付了，结果集团把12月资金计划砍了，这个月付不了了，最快也得1月上旬。",
     o("r_tianjin", ZHOU, 7, danger=True, note="准备付了 is not paid; 最快 is no promised day")),
    ("n163", "promise", D(11), "王经理：\n\n交付款定在本周五付款，付完发回单给您。\n\n孙丽娜\n大连金石滩水产食品有限公司　财务部\n冷库年度检修：2026年12月20日—12月27日（期间不发货）\n电话：0411-8765 2301",
     o("r_dalian", SUN, 7, note="dates in the signature")),
    # relabelled resend_request -> dispute (helper fixzh, lead's decision): an invoice issued
    # with a wrong tax rate is a dispute by labels.yaml's invoice convention.
    ("sina", "dispute", None, "王经理：不是不付，是发票税率开错了，合同约定13%，你们开成了6%。请作废重开一张，收到后马上付。\n\n郑会计",
     o("r_wenzhou", ZHENG, 4, note="double negation; not paid because the invoice is wrong")),
    ("qqweb", "paid", None, "过数了，水单在附件。", o("r_shantou", LIN, 10, atts=["水单.jpg"])),
    ("alimail", "other", None, "您好，请问上线款可以用银行承兑汇票支付吗？六个月期的。如果可以我们这周就能开出来。\n\n吴倩\n财务部",
     o("r_zhuhai", WUQ, 4, note="asks about paying by acceptance bill: the PM answers")),
    ("ioszh", "other", None, "在走流程", o("r_changsha", LONG, 7, note="no commitment to a day")),
    # later days: dates in other forms, the rest paid, ...
    ("coremail", "promise", D(18), "王经理：\n\n余款11.5万元计划于2026/12/18付款。" + SIG_LIU, o("r_changsha", LIUJH, 10, note="2026/12/18")),
    ("coremail", "paid", None, "您好：\n\n验收款已于2026-12-15通过国库集中支付系统支付，请注意查收。\n\n财务处", o("r_xian", REN, 16)),
    ("owazh", "promise", D(18), "王经理，上线款预计十二月十八日（周五）支付。\n\n梁嘉欣", o("r_zhuhai", LIANG, 10, note="十二月十八日 in characters")),
    ("qqapp", "paid", None, "前两天已经付掉了 你们没收到？", o("r_wenzhou", PAN, 14)),
    ("mailmaster", "paid", None, "王经理，尾款已于12月18日付清，附件是回单，之前拖了这么久不好意思。", o("r_kunming", LIJ, 21, atts=["回单.pdf"])),
    ("huawei", "promise", D(21), "王经理我阿舅讲下礼拜一一定会过数 叫你们别再催了", o("r_shantou", AJIE, 16, note="下礼拜一 said on Wed 16th; 别再催 is no dispute")),
]
# fmt: on

R_SET: list[tuple] = ZH + HANT + INTL + MACHINE

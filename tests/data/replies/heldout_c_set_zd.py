"""Held-out set ZD: replies written blind to the rules (helper blindzd, session 13).

Six mainland firms (Simplified Chinese) here, Traditional-Chinese and English clients in
heldout_c_set_zd_intl.py, machine mail in heldout_c_machine_zd.py; the reminders they answer
are in heldout_c_threads_zd.py. Each firm's people write over several days of one story, each
on their own mail client. Entries are ``(style, kind, due, body, opts)`` as
heldout_c_generate.write() reads them.
"""

from __future__ import annotations

from heldout_c_machine_zd import ZD_MACHINE
from heldout_c_set_zd_intl import ZD_INTL
from heldout_c_threads_zd import d, z

# 贵州仁怀 酱香白酒厂（窖池环境监测与勾调批次追溯，二期款 ￥136,000）
TIAN = ("田晓梅", "tianxm_rh@163.com")  # accountant, 163 (GBK)
LUO = ("罗国富", "luoguofu@mxgujiao.com")  # the boss, Huawei voice input
YANG = ("杨丹", "2783316450@qq.com")  # cashier, QQ app
CHEN = ("陈永刚", "chenyg@mxgujiao.com")  # blending-workshop head, corporate Coremail
CAIGOU = ("", "caigou@mxgujiao.com")  # purchasing box, Foxmail
LUOHAO = ("罗浩", "luohao.gz@gmail.com")  # the boss's son, Gmail zh

JX = [
    z(
        "n163",
        "promise",
        d(9),
        "王经理您好：\n\n二期款的付款申请已经提交了，现在在罗总那里等签字，预计下周三（12月9日）可以付出。"
        "付了以后我把回单发给您。\n\n田晓梅\n贵州仁怀茅乡古窖酒业有限公司 财务部\n电话：0851-2251 6608",
        "jx1",
        TIAN,
        2,
    ),
    z(
        "huawei",
        "promise",
        None,
        "王经理你好 钱的事情我晓得了 这两天在下沙烤酒忙得很 下个礼拜叫田会计给你们打过去 莫急嘛",
        "jx1",
        LUO,
        2,
        note="下个礼拜 with no day: a promise without a date",
    ),
    z(
        "qqapp",
        "other",
        None,
        "王经理，这个款我们财务还在走流程，具体哪天付我问一下田会计再回你哈",
        "jx1",
        YANG,
        3,
    ),
    z(
        "coremail",
        "dispute",
        None,
        "王经理：\n\n二期款的事我要先说一下。三号、七号车间窖池的温湿度传感器，"
        "上周有三个晚上数据是断的，早上补传上来的全是同一个数，明显不对。另外勾调批次追溯现在还挂不上基酒批号，"
        "成品酒查不到是哪几口窖的基酒，这个是二期合同里写明要实现的。\n\n"
        "这两个问题不解决，二期确认单我这边不签，财务那边我也打过招呼了，先不付。\n\n陈永刚\n勾调车间",
        "jx1",
        CHEN,
        3,
        danger=True,
    ),
    z(
        "n163",
        "dispute",
        None,
        "王经理：\n\n转一下罗总的意思，您看下。\n\n田晓梅\n\n"
        '---------- 转发的邮件 ----------\n发件人："罗国富" <luoguofu@mxgujiao.com>\n日期：2026年12月4日 08:12\n'
        '收件人："田晓梅" <tianxm_rh@163.com>\n主题：二期款\n\n'
        "小田：示例科技的二期款先不要付，等陈工那边确认传感器和批次的问题弄好了再说。\n\n罗国富\n发自我的华为手机",
        "jx1",
        TIAN,
        4,
        danger=True,
        note="a forwarded internal order to hold the payment until our fix",
    ),
    z(
        "gmailzh",
        "bank_question",
        None,
        "王经理好，我是罗总的儿子罗浩，帮家里看一下邮件。\n\n"
        "你们的收款账户开在示例银行杭州分行，我们这边是贵州农信，跨行转账网银要选到具体支行，"
        "麻烦告诉一下开户支行的全称和12位联行号，谢谢。",
        "jx1",
        LUOHAO,
        4,
    ),
    z(
        "n163",
        "promise",
        d(14),
        "王经理：\n\n不好意思，之前说的下周三付不了了，罗总去成都糖酒会了签不了字，"
        "改到下周一（12月14日）付。\n\n田晓梅",
        "jx1",
        TIAN,
        7,
        earlier="王经理您好：\n\n二期款的付款申请已经提交了，现在在罗总那里等签字，预计下周三（12月9日）可以付出。",
        note="her own earlier 12月9日 quoted and given up for 12月14日",
    ),
    z(
        "coremail",
        "acceptance",
        None,
        "王经理：\n\n你们工程师周一来把传感器的网关换了，这几天夜里数据都正常；"
        "批次追溯也能挂到基酒批号了，我抽查了五个批次都对得上。二期确认单我已经签字盖章，扫描件见附件。\n\n陈永刚",
        "jx2",
        CHEN,
        9,
        atts=["二期确认单-已签.pdf"],
    ),
    z(
        "foxmail",
        "dispute",
        None,
        "王经理：\n\n第二次提醒里附的那张发票，购方税号错了一位：我司税号是"
        "91520382MA6HXK5520，发票上打成了91520382MA6HXK5502，最后两位颠倒了。财务入不了账，"
        "麻烦作废重开一张，开好发我们邮箱即可。\n\n采购部 石娟",
        "jx2",
        CAIGOU,
        9,
        danger=True,
    ),
    z(
        "n163",
        "promise",
        d(14),
        "王经理：\n\n重开的发票收到了，谢谢。付款还是按之前说的，下周一付。\n\n田晓梅",
        "jx2",
        TIAN,
        10,
    ),
    z(
        "qqapp",
        "partial_payment",
        None,
        "王经理，罗总让今天先付10万，已经转了，回单在附件。剩下36000等下周资金到了再付。",
        "jx2",
        YANG,
        14,
        atts=["回单.jpg"],
    ),
    z(
        "huawei",
        "promise",
        d(17),
        "王经理 剩下那三万六 这个礼拜四之前给你们打过去 要得 上个月酒款回来慢了点 莫见怪",
        "jx2",
        LUO,
        15,
    ),
    z(
        "qqapp",
        "paid",
        None,
        "王经理，二期款余款36000元今天上午已经付了，回单见附件，麻烦查收一下",
        "jx2",
        YANG,
        17,
        atts=["余款回单.jpg"],
    ),
]

# 新疆昌吉 轧花厂（籽棉收购称重与皮棉公检，尾款 ￥88,000）
MA = ("马永祥", "1520839746@qq.com")  # manager, QQ app / QQ web, northwest speech
GULI = ("古丽娜尔", "gulnar_cw@126.com")  # accountant, 126
RENA = ("出纳-热娜", "txmian_cn@sina.com")  # cashier, Sina (GBK)
LIJUN = ("李军", "lijun@txmian.com")  # weighing / 公检 engineer, Exmail
ZHAOJX = ("赵建新", "zhaojx@txmian.com")  # the mill's director, iPhone

MH = [
    z(
        "qqapp",
        "more_time",
        d(31, 1, 2027),
        "王经理 收购季刚完 钱全压在籽棉上了 农发行的收购贷款还没还完 "
        "尾款能不能宽限到明年一月底 实在不好意思",
        "mh1",
        MA,
        2,
    ),
    z(
        "n126",
        "promise",
        d(31),
        "王经理您好：\n\n我们尾款要等皮棉销售回款，预计12月下旬能付。\n\n古丽娜尔\n"
        "昌吉市天山雪棉轧花有限公司 财务部",
        "mh1",
        GULI,
        3,
    ),
    z(
        "exmail",
        "dispute",
        None,
        "王工：\n\n上个月地磅数据有两次没传到公检系统，结果两车籽棉重复计重了，"
        "一车12.6吨，一车13.1吨，我们多付了棉农钱。这个你们查了没有？这个事情没说清楚，尾款我这边不签字。\n\n"
        "李军 质检科",
        "mh1",
        LIJUN,
        3,
        danger=True,
    ),
    z(
        "qqweb",
        "other",
        None,
        "王经理，李军说的那个重复计重的事，你们技术来看了，说是我们磅房那边网断了，"
        "断网时候司机又刷了一次卡。那个不算你们的问题，算了。\n\n钱的事我跟古丽说了，她会跟你联系。",
        "mh1",
        MA,
        4,
        note="withdraws the colleague's objection; no payment said",
    ),
    z(
        "n126",
        "resend_request",
        None,
        "王经理：\n\n尾款的发票我们一直没有收到纸质版，是不是寄丢了？"
        "能不能先发个电子版过来，我们先入账。\n\n古丽娜尔",
        "mh1",
        GULI,
        4,
    ),
    z(
        "qqapp",
        "bank_question",
        None,
        "王经理 钱嘛肯定给 就是你们邮件里那个账号咋跟合同上的不一样 "
        "合同上尾号是5687 邮件里是5678 到底哪个对 别打错了",
        "mh1",
        MA,
        7,
        danger=True,
    ),
    z(
        "n126",
        "more_time",
        None,
        "王经理您好：\n\n尾款能不能分两次付？12月底先付4万，剩下4.8万明年1月20号前付清。"
        "今年棉价低，厂里资金确实紧张，请您帮忙跟公司说一下。\n\n古丽娜尔",
        "mh2",
        GULI,
        9,
        note="an instalment plan asked for: more_time without a single day",
    ),
    z(
        "sina",
        "bank_question",
        None,
        "王经理：\n\n请问贵司开户行是示例银行杭州分行下面的哪个支行？"
        "我们这边网银跨行付款要选到支行才能提交。\n\n热娜 出纳",
        "mh2",
        RENA,
        9,
    ),
    z(
        "exmail",
        "acceptance",
        None,
        "王工：\n\n公检数据接口这两周都正常，磅房那边也加了断网提醒。"
        "系统验收单我签了，尾款我这边没意见。\n\n李军",
        "mh2",
        LIJUN,
        9,
    ),
    z(
        "ioszh",
        "promise",
        None,
        "王经理：分两次的事我同意了，这个月底先付4万，剩下的一月二十号前付完，"
        "我已经让古丽按这个安排。",
        "mh2",
        ZHAOJX,
        10,
        note="a two-instalment plan stated: no single day",
    ),
    z(
        "sina",
        "partial_payment",
        d(20, 1, 2027),
        "王经理：\n\n尾款第一笔40000元今天已付，回单见附件，请查收。"
        "剩余48000元按厂长说的明年1月20日前付。\n\n热娜",
        "mh2",
        RENA,
        14,
        atts=["农商行回单.pdf"],
        note="the first instalment paid; the rest by Jan 20 (the rest's day)",
    ),
    z(
        "qqapp",
        "partial_payment",
        d(20, 1, 2027),
        "王经理你好钱我们打了四万了剩下的明年一月二十号之前肯定给你们打过去放心吧",
        "mh2",
        MA,
        16,
        note="voice input, no punctuation: 40,000 paid, the rest by Jan 20",
    ),
    z(
        "n126",
        "promise",
        d(24),
        "王经理：\n\n跟您说个好消息，农发行贷款展期批下来了，剩下的4.8万不用等到明年了，"
        "提前到本周四付。\n\n古丽娜尔",
        "mh2",
        GULI,
        21,
    ),
    z(
        "sina",
        "paid",
        None,
        "王经理：\n\n尾款剩余48000元已于今日支付，至此尾款88000元已全部付清，请查收。\n\n热娜",
        "mh2",
        RENA,
        24,
    ),
]

# 东莞长安 精密模具厂（模具全生命周期MES，验收款 ￥215,000；催款函）
DENG = ("邓志强", "dengzq@dgjingrui.com")  # the boss, iPhone / Outlook iOS, Cantonese
HUANG = ("黄丽华", "huanglh@dgjingrui.com")  # finance, Outlook zh-CN (gb2312)
ZHOU = ("周伟", "zhouwei@dgjingrui.com")  # MES project lead, OWA
HEMIN = ("采购部-何敏", "purchase@dgjingrui.com")  # purchasing, Alimail
XIAOMEI = ("小美", "3102647718@qq.com")  # the boss's clerk, QQ (HTML only)

MJ = [
    z(
        "olzhcn",
        "resend_request",
        None,
        "王经理：\n\n您好。验收款付款需要以双方签字的终验报告作为付款附件，"
        "目前我们财务没有收到终验报告，请先补齐，收到后再走付款流程。\n\n黄丽华\n财务部",
        "mj1",
        HUANG,
        2,
        note="a document the payment file needs: resend_request",
    ),
    z(
        "owazh",
        "dispute",
        None,
        "王经理：\n\n终验还没做完。MES里的模次计数和压铸机PLC的计数对不上，"
        "差了3%左右，模具寿命预警就全不准了。这个问题没解决，终验报告我们不会签。\n\n周伟\nMES项目组",
        "mj1",
        ZHOU,
        2,
        danger=True,
    ),
    z(
        "ioszh",
        "dispute",
        None,
        "王生，周工话个数对唔上，搞掂先再讲。钱唔会少你嘅。",
        "mj1",
        DENG,
        3,
        danger=True,
        note="Cantonese in Simplified: pay after the fix",
    ),
    z(
        "olzhcnplain",
        "other",
        None,
        "王经理：\n\n更正一下：上一封邮件说的12月1日已付款，是另一个合同"
        "（DG-2026-041 刀具管理）的款，本合同的验收款还没有付，抱歉。\n\n黄丽华",
        "mj1",
        HUANG,
        3,
        earlier="王经理：\n\n该款项我司已于12月1日支付，请查收。\n\n黄丽华",
        danger=True,
        note="her own quoted paid claim corrected: not paid, no day",
    ),
    z(
        "qqhtml",
        "other",
        None,
        "王经理您好，邓总让我问下你们的工程师下周几时过来？要提前跟车间排一下停机时间。",
        "mj1",
        XIAOMEI,
        4,
    ),
    z(
        "alimail",
        "resend_request",
        None,
        "王经理：\n\n验收款的发票原件请寄到：东莞市长安镇乌沙社区振安中路"
        "精锐模具 财务部 黄丽华收，电话0769-8531 2276。之前寄到工厂门卫的那份找不到了。\n\n采购部 何敏",
        "mj2",
        HEMIN,
        9,
    ),
    z(
        "owazh",
        "acceptance",
        None,
        "王经理：\n\n昨天贵司工程师来调过了，模次计数和PLC对比误差降到0.2%以内，"
        "满足合同要求。终验报告我已签字，扫描件见附件。\n\n周伟",
        "mj2",
        ZHOU,
        9,
        atts=["终验报告-签字版.pdf"],
    ),
    z(
        "olzhcn",
        "promise",
        d(15),
        "王经理：\n\n终验报告收到了。付款申请已经提交，按我司付款周期，"
        "每月15号和30号统一付款，本笔排在12月15号。\n\n黄丽华",
        "mj2",
        HUANG,
        9,
    ),
    z(
        "alimail",
        "dispute",
        None,
        "王经理：\n\n贵司开来的验收款发票是6%的增值税普通发票，合同第七条约定的是"
        "13%增值税专用发票，我司无法抵扣，财务退回了。请按合同重开专票。\n\n采购部 何敏",
        "mj2",
        HEMIN,
        10,
        danger=True,
    ),
    z(
        "olzhcnplain",
        "promise",
        d(30),
        "王经理：\n\n专票重开需要时间，12月15号这一批赶不上了，"
        "只能排到12月30号那一批付款。\n\n黄丽华\n财务部",
        "mj2",
        HUANG,
        11,
    ),
    z(
        "olmobzh",
        "promise",
        d(30),
        "王生：收到你哋嘅催款函，有啲意外。我哋冇话唔俾钱，财务已经排咗12月30号付款，"
        "专票嘅事系你哋开错咗先拖咗。唔好再发律师函啦。",
        "mj3",
        DENG,
        16,
    ),
    z(
        "olzhcn",
        "dispute",
        None,
        "示例科技有限公司：\n\n关于贵司2026年12月14日催款函，回复如下：\n\n"
        "一、终验报告于2026年12月9日方签署，依据合同第5.2条，验收款应于终验合格后30日内支付，"
        "即2027年1月8日前，目前并未逾期；\n二、贵司开具的发票不符合合同约定，已于12月10日退回；\n"
        "三、在收到合规专票的前提下，我司已安排于2026年12月30日支付验收款215,000.00元。\n\n"
        "东莞市长安精锐模具有限公司 财务部\n2026年12月16日",
        "mj3",
        HUANG,
        16,
        note="contests 'overdue'; the day only once a compliant 专票 comes; relabelled promise 12-30 -> dispute by the convention 'Our invoice: one the client says was issued wrong or will not be accepted as issued … is dispute' (session 17)",
    ),
    z(
        "ioszh",
        "other",
        None,
        "王生，多谢你哋工程师，周工话而家好用咗。新年快乐！",
        "mj3",
        DENG,
        17,
    ),
    z(
        "olzhcn",
        "paid",
        None,
        "王经理：\n\n验收款215,000.00元已于今日支付，电子回单见附件，请查收。\n\n黄丽华",
        "mj3",
        HUANG,
        30,
        atts=["电子回单.pdf"],
    ),
]

# 哈尔滨 红肠食品厂（熏烤车间温控与批次追溯，上线款 ￥76,000）
YU = ("于长海", "yuch@ldwhongchang.com")  # the factory head, Huawei voice / iPhone, northeastern
SUN = ("孙桂芝", "sunguizhi_hc@126.com")  # accountant, 126
XIAOLIU = ("刘晶", "984120335@qq.com")  # cashier, QQ web (GB18030)
XU = ("徐振国", "xu_cj@163.com")  # smokehouse workshop head, Mail Master
WANGXQ = ("王秀琴", "wangxq1972@126.com")  # the owner's wife, Mail Master iOS (HTML only)
JTCW = ("集团财务部", "caiwu@ldwhongchang.com")  # group finance, Alimail

HC = [
    z(
        "huawei",
        "promise",
        None,
        "收到收到 这礼拜整 你放心吧",
        "hc1",
        YU,
        2,
        note="这礼拜 (this week) names no day",
    ),
    z(
        "n126",
        "promise",
        d(4),
        "王经理：\n\n上线款我们这周五付。\n\n孙桂芝\n哈尔滨老道外红肠食品有限公司 财务\n"
        "电话：0451-8462 7719　手机：139 0451 2270\n（12月24日至1月3日休假）",
        "hc1",
        SUN,
        2,
        note="signature holds a leave window and phone numbers",
    ),
    z(
        "alimail",
        "bank_question",
        None,
        "王经理您好：\n\n我司付款只走对公账户，且收款户名须与合同乙方名称一致。"
        "合同首页乙方写的是“示例科技有限公司杭州分公司”，邮件里的户名是“示例科技有限公司”，"
        "请确认以哪个为准，并提供开户许可证复印件。\n\n集团财务部",
        "hc1",
        JTCW,
        3,
        danger=True,
    ),
    z(
        "mmios",
        "more_time",
        None,
        "王经理好，年底超市回款太慢了，能不能过了元旦再付？厂里这阵子光收肉就压了好多钱。",
        "hc1",
        WANGXQ,
        3,
    ),
    z(
        "qqweb",
        "promise",
        None,
        "王经理，上线款今天网银已经提交了，等于厂长U盾复核，复核完就出去了。",
        "hc1",
        XIAOLIU,
        4,
        danger=True,
        note="submitted online, goes out once the boss reviews it with his U-key: a promise without a day, not paid",
    ),
    z(
        "ioszh",
        "promise",
        d(9),
        "王经理，U盾在我这儿，我这几天在绥化跑年货市场，礼拜三回哈尔滨就复核，钱当天就出去。",
        "hc1",
        YU,
        7,
    ),
    z(
        "mailmaster",
        "dispute",
        None,
        "王经理：\n\n二号熏炉的温度探头这礼拜又掉线两回，一掉线整炉红肠的批次记录就是空的，"
        "市场监管来查我们咋追溯？问题解决之前上线款我建议厂里先别付，我已经跟于厂长说了。\n\n徐振国 熏烤车间",
        "hc2",
        XU,
        9,
        danger=True,
    ),
    z(
        "huawei",
        "dispute",
        None,
        "王经理啊徐主任说那个探头又掉线了这事儿你们得整明白了 钱不是不给 整好了立马给 "
        "礼拜三那个复核我先不点了",
        "hc2",
        YU,
        9,
        danger=True,
        note="voice input: pay after the fix",
    ),
    z(
        "mailmaster",
        "acceptance",
        None,
        "王经理：\n\n你们换的新探头这三天一次没掉线，批次记录也全了。"
        "我这边确认没问题，已经在上线确认单上签字了，跟厂长也说了。\n\n徐振国",
        "hc2",
        XU,
        11,
    ),
    z("ioszh", "paid", None, "王经理，今天早上复核了，钱出去了，你们查一下。", "hc2", YU, 14),
    z(
        "qqweb",
        "paid",
        None,
        "",
        "hc2",
        XIAOLIU,
        14,
        atts=["上线款网银回单.png"],
        note="empty body, only a slip named as one",
    ),
    z(
        "n126",
        "other",
        None,
        "王经理：\n\n钱的事办完了。给你们寄了两箱红肠，年底了，谢谢你们这半年的支持，"
        "明年还有分厂的项目再找你们。\n\n孙桂芝",
        "hc2",
        SUN,
        15,
    ),
]

# 衡水 区疾控中心（疫苗冷链温度监测平台，中期款 ￥64,000；国库集中支付；催款函）
ZHANGGD = ("张国栋", "zhanggd@tcqcdc.cn")  # office director, corporate Coremail
LIUSM = ("刘淑敏", "tcqcdc_cw@sina.com")  # accountant, Sina (GBK)
MENG = ("孟凡", "1194730582@qq.com")  # information section, QQ app
LIKZ = ("李红梅", "mianyi@tcqcdc.cn")  # immunisation section head, Outlook zh-CN
CDCFIN = ("", "caiwu@tcqcdc.cn")  # finance box, Foxmail
GAO = ("高振华", "gaozh@tcqcdc.cn")  # the centre's director, iPhone

JK = [
    z(
        "sina",
        "promise",
        d(16),
        "王经理您好：\n\n我们是财政国库集中支付，中期款需要区财政局审核后由国库支付中心直接支付，"
        "一般要十个工作日左右，请耐心等待。\n\n刘淑敏\n桃城区疾控中心 财务室",
        "jk1",
        LIUSM,
        2,
        note="十个工作日左右 from Wed Dec 2 = Dec 16",
    ),
    z("qqapp", "other", None, "这事我管不了，我是信息科的，已经转给财务刘会计了", "jk1", MENG, 2),
    z(
        "olzhcn",
        "other",
        None,
        "王经理：\n\n平台的温度报警短信经常延迟半小时以上。上周三南郊乡接种点冰箱超温，"
        "报警短信四十分钟后才到，冰箱里一批流感疫苗按规定报废了，损失两万多。这个问题必须给我们一个说法。"
        "\n\n李红梅\n免疫规划科",
        "jk1",
        LIKZ,
        3,
        danger=True,
        note="a fault report with no word of the payment; relabelled dispute -> other by the convention 'A defect reported with a plea to fix and no word of the payment or refusal … is other: a support request, held for the PM' (session 17)",
    ),
    z(
        "coremail",
        "dispute",
        None,
        "示例科技有限公司：\n\n鉴于冷链监测平台报警延迟问题造成疫苗报废，"
        "中期款暂缓支付，待贵司对报警延迟问题作出书面说明并完成整改后再议。\n\n"
        "衡水市桃城区疾病预防控制中心 办公室\n张国栋",
        "jk1",
        ZHANGGD,
        4,
        danger=True,
    ),
    z(
        "sina",
        "bank_question",
        None,
        "王经理：\n\n财政系统录入收款人信息需要贵司开户行的12位行号，"
        "请提供一下，没有行号支付中心不给录。\n\n刘淑敏",
        "jk1",
        LIUSM,
        4,
    ),
    z(
        "coremail",
        "promise",
        None,
        "王经理：\n\n贵司的整改报告收到，经免疫规划科确认，报警延迟问题已解决。"
        "中心同意支付中期款，已转财务按程序办理。\n\n张国栋",
        "jk2",
        ZHANGGD,
        9,
        note="the fix accepted, payment approved and passed to finance, no day: a promise without a day (arguably acceptance)",
    ),
    z(
        "sina",
        "dispute",
        None,
        "王经理：\n\n发票抬头应为全称“衡水市桃城区疾病预防控制中心”，你们开成了简称"
        "“桃城区疾控中心”，财政支付中心不收，请作废重开。\n\n刘淑敏",
        "jk2",
        LIUSM,
        10,
        danger=True,
    ),
    z(
        "foxmail",
        "resend_request",
        None,
        "王经理：\n\n重开的发票已收到。另外财政支付中心要求报账附件："
        "合同复印件加盖公章、验收单、发票原件，请邮寄纸质件到中心财务室。\n\n财务室",
        "jk2",
        CDCFIN,
        11,
    ),
    z(
        "ioszh",
        "promise",
        d(31),
        "催款函收到了。我们是事业单位，付款走财政，不是我们想拖，"
        "前面是你们系统出问题耽误的。已经报上去了，年底前肯定支付。",
        "jk3",
        GAO,
        16,
    ),
    z(
        "coremail",
        "dispute",
        None,
        "示例科技有限公司：\n\n关于贵司催款函的复函\n\n"
        "一、我中心中期款支付申请已于2026年12月14日报送区财政局国库支付中心；\n"
        "二、预计于2026年12月25日前完成支付；\n"
        "三、逾期原因系贵司系统报警延迟问题整改所致，不属于我中心违约，请贵司撤回催款函中关于违约责任的表述。\n\n"
        "衡水市桃城区疾病预防控制中心\n二〇二六年十二月十六日",
        "jk3",
        ZHANGGD,
        16,
        note="a formal answer to the demand: a day, and the liability contested; relabelled promise 12-25 -> dispute by the convention 'A charge of ours contested (… the liability for the delay …) is dispute, even beside a payment or a day promised' (session 17)",
    ),
    z(
        "sina",
        "partial_payment",
        None,
        "王经理：\n\n中期款已由国库集中支付60800元，按合同第九条扣留5%质保金3200元，质保期满后另行支付。"
        "付款人是“衡水市桃城区财政局国库支付中心”，不是我们中心的名字，请注意查收核对。\n\n刘淑敏",
        "jk3",
        LIUSM,
        23,
        note="a retention withheld beside the payment: partial_payment",
    ),
]

# 浙江安吉 竹地板出口厂（外贸订单与生产排程ERP，尾款 ￥52,000；催款函）
PAN = ("潘建国", "panjg@ajzhuyun.com")  # the boss, Mail Master
PANQQ = ("潘建国", "2056671893@qq.com")  # the boss by voice on the QQ app
WUYAN = ("钱红英", "wuyan@ajzhuyun.com")  # accountant, Exmail
LINDA = ("Linda Lin", "linda.lin.aj@gmail.com")  # export sales, Gmail zh
AJCN = ("出纳", "3344102758@qq.com")  # cashier, QQ web
SHEN = ("沈建华", "shenjh@ajzhuyun.com")  # production planning, Thunderbird (below the quote)
PANTING = ("潘婷", "panting_aj@icloud.com")  # the boss's daughter, Apple Mail

AJ = [
    z("exmail", "promise", d(4), "王经理：潘总批了，这周五之前付。\n\n钱红英", "aj1", WUYAN, 2),
    z(
        "gmailzh",
        "promise",
        d(4),
        "见下文。",
        "aj1",
        LINDA,
        2,
        inline=("如已付款", "【Linda：还没付，财务说本周五前付】"),
        danger=True,
        note="the answer (not paid, a day) written inside the quoted reminder",
    ),
    z(
        "applezh",
        "resend_request",
        None,
        "王经理您好，我是潘婷。请问上次的纸质发票是不是寄到递铺老厂了？"
        "我们十月份搬到天子湖新厂了，老厂没人收。麻烦重新寄一份到新地址：安吉县天子湖镇工业园竹韵路8号。",
        "aj1",
        PANTING,
        3,
    ),
    z("qqweb", "promise", d(8), "王经理，今天付不了了，美金还没结汇，下周二付。", "aj1", AJCN, 4),
    z(
        "qqapp",
        "more_time",
        d(9, 1, 2027),
        "王总不好意思啊美国那边一个柜子退单了货款没回来这个尾款能不能缓一个月",
        "aj2",
        PANQQ,
        9,
        note="缓一个月 asked on Dec 9 = Jan 9 (grace from the reply day)",
    ),
    z(
        "gmailzh",
        "other",
        None,
        "王经理，美国客户那个柜子已经改港转去温哥华了，加拿大客户接了，"
        "货款月中应该能回来。我跟潘总也说了。",
        "aj2",
        LINDA,
        9,
    ),
    z(
        "tbzh",
        "dispute",
        None,
        "王工：\n\n排程模块排出来的计划还是不考虑碳化炉的产能，每天都要手动改三四个小时。"
        "合同附件二写明排程要按瓶颈工序排，这个是尾款的前提，排程能用之前我不认可验收。\n\n沈建华 生产计划",
        "aj2",
        SHEN,
        10,
        below=True,
        danger=True,
    ),
    z(
        "mailmaster",
        "dispute",
        None,
        "王经理：\n\n生产部说的碳化炉产能的问题，是合同附件里写了的，你们看一下。"
        "解决了再说尾款的事。\n\n潘建国",
        "aj2",
        PAN,
        11,
        danger=True,
    ),
    z(
        "applezh",
        "dispute",
        None,
        "王经理您好，催款函收到了。我们不是赖账，碳化炉那个问题你们工程师昨天说周四前改好，"
        "改好了我们验收完就付。发律师函的话就没必要了吧。\n\n潘婷",
        "aj3",
        PANTING,
        16,
        danger=True,
        note="payment conditional on our fix: dispute",
    ),
    z(
        "tbzh",
        "acceptance",
        None,
        "碳化炉产能约束加上了，这两天排出来的计划基本不用改。验收单我已经签了。\n\n沈建华",
        "aj3",
        SHEN,
        18,
        below=True,
    ),
    z(
        "exmail",
        "acceptance",
        d(23),
        "王经理：验收单签了，尾款下周三付。\n\n钱红英",
        "aj3",
        WUYAN,
        18,
        note="relabelled promise -> acceptance by the convention 'Acceptance with a payment day promised beside it … is acceptance, dated that day' (session 17)",
    ),
    z(
        "exmail",
        "bank_question",
        None,
        "王经理：\n\n请问你们有没有美元账户？这笔我们想直接用美金付，"
        "客户回的是美金，结汇再付要多等几天。如果有的话麻烦给一下SWIFT代码。\n\n钱红英",
        "aj3",
        WUYAN,
        21,
    ),
    z(
        "qqweb",
        "paid",
        None,
        "王经理，尾款52000元已付，回单见附件。",
        "aj3",
        AJCN,
        23,
        atts=["尾款回单.pdf"],
    ),
]

# 山东曹县 汉服电商（直播订单与排产系统，尾款 ￥38,000）
ZHAOLEI = ("赵磊", "1376620984@qq.com")  # the boss, QQ app by voice, Heze speech
KJ = ("曹县锦绣汉服-会计", "jinxiu_kj@163.com")  # accountant, 163
KEFU = ("客服主管 孔雪", "kongxue@jinxiuhanfu.cn")  # customer-service head, Mail Master
CHUNA = ("出纳", "chuna@jinxiuhanfu.cn")  # cashier, Huawei voice input

CX = [
    z(
        "qqapp",
        "promise",
        d(18),
        "王经理 双十二直播忙完了 十二月十八号以前给恁结了 中不中",
        "cx1",
        ZHAOLEI,
        2,
        note="voice input, a date in Chinese numerals",
    ),
    z(
        "mailmaster",
        "dispute",
        None,
        "王经理：\n\n双十二当晚直播间的订单同步到排产系统丢了两百多单，"
        "第二天顾客找上门才发现，退款加赔偿损失一万多。这个问题得给个说法。\n\n孔雪 客服部",
        "cx2",
        KEFU,
        14,
        danger=True,
    ),
    z(
        "qqapp",
        "dispute",
        None,
        "王经理 客服那边说丢单了 那尾款先压一压 恁那边弄好了再说 俺也不是不给",
        "cx2",
        ZHAOLEI,
        15,
        danger=True,
        note="voice input: pay after the fix",
    ),
    z(
        "n163",
        "more_time",
        d(5, 2, 2027),
        "王经理您好：\n\n尾款能不能春节前付清？双十二备货压了不少钱，"
        "年货节还要再备一批，这阵子资金实在转不开。\n\n会计 李娜",
        "cx2",
        KJ,
        16,
        note="春节前 = 除夕 2027-02-05",
    ),
    z(
        "mailmaster",
        "other",
        None,
        "王经理：\n\n你们补丁打上以后这五天没再丢单，先这样用着。\n\n孔雪",
        "cx2",
        KEFU,
        21,
        note="the fault seems fixed; no sign-off and no payment said",
    ),
    z(
        "huawei",
        "paid",
        None,
        "王经理 尾款已经富过去了 三万八 你查一下",
        "cx2",
        CHUNA,
        22,
        danger=True,
        note="voice typo 富 for 付",
    ),
]

# More of the same stories
MORE = [
    z(
        "huawei",
        "promise",
        d(14),
        "王经理 钱以经安排了 下礼拜一富 田会计会跟你说",
        "jx1",
        LUO,
        7,
        danger=True,
        note="voice typos 以经/富: arranged, paid next Monday, not paid",
    ),
    z(
        "exmail",
        "dispute",
        None,
        "王经理：\n\n尾款金额是不是不对？合同总价24万，尾款20%应该是4.8万，"
        "你们催的是5.2万，差的4000是怎么回事？\n\n钱红英",
        "aj1",
        WUYAN,
        3,
        danger=True,
    ),
    z(
        "exmail",
        "promise",
        d(4),
        "王经理：\n\n不好意思，昨天我看的是补充协议之前的版本，加了两个模块以后总价是26万，"
        "5.2万没错。付款还是按之前说的本周五，就是今天。\n\n钱红英",
        "aj1",
        WUYAN,
        4,
        note="her amount objection withdrawn; today's payment stated",
    ),
    z(
        "n126",
        "resend_request",
        None,
        "王经理：\n\n新来的出纳要在网银里建收款人，你们的开户行、户名、账号"
        "麻烦单独发我一下，邮件里那段复制出来格式全乱了。\n\n孙桂芝",
        "hc2",
        SUN,
        9,
    ),
]

# Chinese firms' staff writing English (English mail-client UIs)
KEVIN = ("Kevin Pan", "kevin@ajzhuyun.com")  # bamboo exporter's sales, Mail Master English UI
LILY = ("Lily", "2291058473@qq.com")  # hanfu shop's overseas store, QQ app English UI
AIDANA = ("Aidana", "aidana@txmian.com")  # cotton mill's Kazakh liaison, Exmail English UI
TONY = ("Tony Luo", "tony_luo_rh@163.com")  # distillery's export liaison, 163 English UI

SH = "Asia/Shanghai"  # their zone, whatever their mail client's language

EN_STAFF = [
    z(
        "mmen",
        "acceptance",
        d(24),
        "Dear Mr. Wang,\n\nSorry for late reply. ERP acceptance is signed, finance will pay "
        "your final payment before Christmas I think.\n\nBest regards\nKevin Pan\nExport Dept.",
        "aj3",
        KEVIN,
        18,
        tz=SH,
        note="a hedged day is still the day: before Christmas = Dec 24; relabelled promise -> acceptance by the convention 'Acceptance with a payment day promised beside it … is acceptance, dated that day' (session 17)",
    ),
    z(
        "qqappen",
        "dispute",
        None,
        "Hi Mr Wang, our Shopify store orders also not sync to the system since 12.12, "
        "about 40 orders missing. Boss said wait until this fixed.",
        "cx2",
        LILY,
        15,
        tz=SH,
        note="Chinese staff's English: a second channel losing orders, payment held",
    ),
    z(
        "exmailen",
        "other",
        None,
        "Hello Mr Wang,\n\nAccountant Gulnar is on sick leave till 14 December. I will "
        "tell her about your letter when she is back.\n\nAidana\nSales (Kazakhstan)",
        "mh2",
        AIDANA,
        10,
        tz=SH,
        note="an absence with its end; the accountant answers later",
    ),
    z(
        "n163en",
        "resend_request",
        None,
        "Dear Mr Wang,\n\nCould you please send the invoice also in English? Our "
        "Hong Kong parent company's auditor needs English version for the payment file.\n\nThanks\nTony Luo",
        "jx2",
        TONY,
        10,
        tz=SH,
    ),
]

# 青海西宁 牦牛肉干厂（冷库温控与电商发货管理系统，中期款 ￥42,000）
HAN = ("韩振山", "hanzs@kunlunyak.com")  # general manager, Huawei voice / QQ app
HANQQ = ("韩振山", "1739025516@qq.com")
YE = ("冶秀兰", "yexiulan_kl@163.com")  # accountant, 163
KUGUAN = ("库管 小马", "2460318875@qq.com")  # cold-store keeper, QQ web

XN = [
    z(
        "huawei",
        "more_time",
        d(16),
        "王经理 肉干款还没回来 电商那边年货节的钱要月中才结 再宽限两周行不行 尕事情 不会少你们的",
        "xn1",
        HAN,
        2,
        note="再宽限两周 asked on Dec 2 = Dec 16; Qinghai 尕",
    ),
    z(
        "qqweb",
        "other",
        None,
        "王工，冷库2号的温度一直显示零下40度，实际温度计是零下18，是不是探头坏了？麻烦远程看一下。",
        "xn1",
        KUGUAN,
        3,
        note="a support question, not tied to the payment",
    ),
    z(
        "n163",
        "partial_payment",
        d(15, 1, 2027),
        "王经理：\n\n今天先付了21000元，回单见附件。剩下的21000元等电商平台年货节回款，"
        "预计一月中旬付。\n\n冶秀兰\n青海昆仑牦牛食品有限公司 财务部",
        "xn1",
        YE,
        4,
        atts=["回单20261204.pdf"],
        note="half paid, the rest 一月中旬 = Jan 15",
    ),
    z(
        "qqapp",
        "promise",
        d(15),
        "王经理 年货节预售款下来了 剩下两万一 下礼拜二之前打给你",
        "xn2",
        HANQQ,
        10,
    ),
    z(
        "n163",
        "paid",
        None,
        "王经理：\n\n余款21000元今日已转账，请查收。至此中期款已全部付清。\n\n冶秀兰",
        "xn2",
        YE,
        15,
    ),
]

# Paid and asked-for-time, said once more by others in the same firms
LATE = [
    z(
        "ioszh",
        "paid",
        None,
        "王生，钱今日过咗，你查下。",
        "mj3",
        DENG,
        30,
        note="Cantonese 过咗 = went out",
    ),
    z(
        "qqapp",
        "paid",
        None,
        "钱给恁打过去了 查查 年后还有个小程序的活儿 再找恁",
        "cx2",
        ZHAOLEI,
        22,
        note="voice input: paid, and new work mentioned",
    ),
    z(
        "mailmaster",
        "paid",
        None,
        "王经理：\n\n尾款今天付了，谢谢你们这几个月的辛苦。碳化炉那个改得不错。\n\n潘建国",
        "aj3",
        PAN,
        23,
    ),
]

ZD_SET = JX + MH + MJ + HC + JK + AJ + CX + XN + MORE + LATE + EN_STAFF + ZD_INTL + ZD_MACHINE

"""Held-out set Y (written blind by helper blindy, session 11): mainland replies in Simplified.

Eight firms of trades not used before, several people each, answering the reminders of
heldout_c_threads_y.py: a Yixing zisha-teapot studio (certificates and traceability), a
Dong'e donkey-hide-gelatin maker under GMP (MES batch records), a Hulunbuir winter-tourism
operator (booking channels), a Bacheng hairy-crab farm (gift-card redemption and cold-chain
delivery), a Nankang custom-furniture factory (panel cutting lists), a Pingyao inn group
(PMS and OTA links), a Dunhuang study-tour camp (school enrolment and refunds) and a
Dezhou braised-chicken maker with two reminders open (store ordering mini-program).
Traditional and English replies are in heldout_c_set_y_intl.py, machine mail in
heldout_c_machine_y.py; ``Y_SET`` is all of them.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import heldout_c_threads_y  # noqa: F401  (registers the threads)
from heldout_c_machine_y import MACHINE
from heldout_c_set_y_intl import INTL


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


def e(
    style: str, kind: str, due: date | None, body: str, who: tuple, day: date, thread: str, **kw
) -> tuple:
    """One reply: ``who`` writes ``body`` with ``style``'s client on ``day`` (Shanghai time)."""
    return (
        style,
        kind,
        due,
        body,
        {"sender": who, "day": day, "thread": thread, "tz": "Asia/Shanghai", **kw},
    )


# 宜兴 陶然紫砂 (zisha teapots; 尾款 ￥58,000)
ZS = partial(e, thread="y_zisha")
WUYAN = ("吴燕", "wuyan_taoran@163.com")
JIANG = ("蒋建华", "jiangjh1962@163.com")
XIAOQI = ("小琪", "2987716504@qq.com")
YIFAN = ("蒋一帆", "jiangyifan@taoranzisha.cn")
WUYAN_SIG = "\n\n吴燕\n宜兴市陶然紫砂工艺品有限公司 财务\n电话：0510-8712 6635"
WUYAN_FIRST = (
    "王经理您好，尾款五万八我们这边已经走流程了，蒋老师签过字了，这周五之前付给你们。付好了把回单发你。"
    + WUYAN_SIG
)

ZISHA = [
    ZS("n163", "promise", d(12, 4), WUYAN_FIRST, WUYAN, d(12, 2)),
    ZS(
        "ioszh",
        "dispute",
        None,
        "王经理你好 证书打印出来二维码扫不出来 好几把壶的证书扫出来是别人的壶 名字都不对 客人拿着壶找到店里来了 这个事情不解决尾宽不能付 你们派人过来看看",
        JIANG,
        d(12, 3),
        danger=True,
        note="voice input; 尾宽 for 尾款",
    ),
    ZS(
        "n163",
        "dispute",
        None,
        "王经理：\n不好意思，蒋老师刚交代尾款先不付了，证书扫码串号的问题你们解决了再说，所以这周五付不了了。具体问题蒋一帆会跟你们对接。"
        + WUYAN_SIG,
        WUYAN,
        d(12, 4),
        earlier=WUYAN_FIRST,
        danger=True,
        note="her own earlier promise for Friday is quoted and withdrawn",
    ),
    ZS(
        "qqapp",
        "other",
        None,
        "王哥 想问下证书模板能不能加一个作者印章的图片 新品下周要上 谢谢啦",
        XIAOQI,
        d(12, 3),
    ),
    ZS(
        "qqapp",
        "resend_request",
        None,
        "王哥，财务吴姐说你们那张发票找不到了，麻烦再发一份电子版到这个邮箱，谢谢！",
        XIAOQI,
        d(12, 7),
    ),
    ZS(
        "mmios",
        "bank_question",
        None,
        "王经理：\n合同上写的收款账户是示例银行杭州分行，但是你们发票备注栏里印的是示例银行宜兴支行，账号也不一样。我们付款前要确认一下以哪个为准？",
        YIFAN,
        d(12, 8),
    ),
    ZS(
        "exmailen",
        "acceptance",
        None,
        "王经理：\n贵司技术昨天来处理了，二维码串号是批次号重复导致的，已经修复。我们抽查了30把壶的证书，扫出来全部正确，验收没有问题了。尾款我跟吴会计说一下。\n\n蒋一帆",
        YIFAN,
        d(12, 9),
    ),
    ZS(
        "n163",
        "promise",
        d(12, 15),
        "王经理：\n尾款计划下周二付，蒋老师这几天在北京参加茶博会，回来签字。" + WUYAN_SIG,
        WUYAN,
        d(12, 10),
    ),
    ZS(
        "n163",
        "paid",
        None,
        "王经理，尾款58,000元今天上午已经通过工行付出，电子回单见附件，请查收。" + WUYAN_SIG,
        WUYAN,
        d(12, 15),
        atts=["工行电子回单20261215.pdf"],
    ),
    ZS(
        "ioszh",
        "other",
        None,
        "小王 证书现在扫出来都对了 谢谢你们小伙子跑了两趟 辛苦了 明年开春新品上来还要找你们做一批证书模板",
        JIANG,
        d(12, 16),
    ),
]

# 东阿 福胶堂阿胶 (MES under GMP; 验收款 ￥236,000)
EJ = partial(e, thread="y_ejiao")
LIU = ("刘红梅", "liuhm@fujiaotang.com")
MAJ = ("马静", "majing@fujiaotang.com")
KONG = ("孔祥斌", "kongxb@fujiaotang.com")
CAIGOU = ("", "caigou@fujiaotang.com")
JIESUAN = ("资金结算中心", "jiesuan@fujiaotang-group.com")
YU = ("于振东", "yuzd@fujiaotang.com")
LIU_SIG = "\n\n刘红梅\n东阿福胶堂阿胶有限公司 财务部\n电话：0635-3286 105  传真：0635-3286 106\n{}"
LIU_FIRST = (
    "王经理：\n您好！验收款需走集团OA付款审批，目前已到资金结算中心，按集团规定每月20日统一付款，本月20日是周日，顺延到21日（周一）支付。"
    + LIU_SIG.format("2026年12月2日")
)

EJIAO = [
    EJ(
        "olzhcn",
        "promise",
        d(12, 21),
        LIU_FIRST,
        LIU,
        d(12, 2),
        note="集团每月20日付款; the 20th is a Sunday, the letter names the 21st",
    ),
    EJ(
        "olzhcnplain",
        "dispute",
        None,
        "王经理：\n经我部审核，贵司MES系统的电子批记录不满足GMP附录《计算机化系统》的要求：\n1. 审计追踪中修改记录没有“修改原因”字段；\n2. 电子签名未进行二次身份确认；\n3. 熬胶工序的温度曲线无法导出原始数据。\n质量部意见：该系统暂不能通过验收，请贵司整改后重新提交验证文件（IQ/OQ/PQ）。质量部未签字前，验收款不具备支付条件。\n\n马静\n质量部",
        MAJ,
        d(12, 3),
        danger=True,
    ),
    EJ(
        "owazh",
        "other",
        None,
        "王经理，质量部的意见我看到了，周五下午我们开个会把审计追踪的几条过一下，你们实施的同事也来一下。付款的事情不归我们信息部管，请跟财务刘经理联系。\n\n孔祥斌\n信息部",
        KONG,
        d(12, 3),
        note="hand-off; the objection itself is QA's (another reply)",
    ),
    EJ(
        "olzhcn",
        "dispute",
        None,
        "王经理：\n更正一下：收到质量部通知，验收款已从本月付款计划中撤回，待质量部在验收报告上签字后再重新提交OA。之前说的21号付款取消。"
        + LIU_SIG.format("2026年12月4日"),
        LIU,
        d(12, 4),
        earlier=LIU_FIRST,
        danger=True,
        note="withdraws the quoted promise for the 21st: acceptance failed",
    ),
    EJ(
        "owazh",
        "acceptance",
        None,
        "王经理：\nPQ验证上周五完成，质量部马主任今天已在验收报告上签字，扫描件见附件，系统正式通过验收。原件已交顺丰寄出。\n\n孔祥斌",
        KONG,
        d(12, 14),
        atts=["MES系统验收报告（签字版）.pdf"],
    ),
    EJ(
        "olzhcn",
        "promise",
        d(12, 22),
        "王经理：\n验收报告收到了。付款申请今天已重新提交，资金结算中心答复5个工作日内付出。"
        + LIU_SIG.format("2026年12月15日"),
        LIU,
        d(12, 15),
    ),
    EJ(
        "foxmail",
        "dispute",
        None,
        "王经理：\n贵司开具的发票为增值税普通发票，我司为一般纳税人，需要13%的增值税专用发票，普票无法入账，请作废后重新开具。\n发票抬头：东阿福胶堂阿胶有限公司\n税号：91371524MA3C8KQ27X\n\n采购部 孙",
        CAIGOU,
        d(12, 16),
        danger=True,
    ),
    EJ(
        "alimail",
        "partial_payment",
        None,
        "示例科技有限公司：\n贵司验收款236,000.00元，按集团资金管理规定先支付50%，即118,000.00元，已于今日通过招商银行聊城分行付出；其余118,000.00元待收到贵司重开的增值税专用发票后支付。\n\n福胶堂集团 资金结算中心",
        JIESUAN,
        d(12, 22),
        danger=True,
        note="half paid, the rest held for the reissued 专票",
    ),
    EJ(
        "ioszh",
        "promise",
        d(12, 23),
        "王经理，催款函收到了。验收12月14号才通过，你们发函说我们逾期，这个说法我不太认可。钱我已经让财务在走了，下周三之前付。",
        YU,
        d(12, 16),
        thread="y_ejiao_demand",
        stage="demand",
        note="contests the word 逾期 in the demand but names a day; 下周三 = Dec 23",
    ),
    EJ(
        "olzhcn",
        "paid",
        None,
        "王经理：\n收到专票后，剩余118,000元已于今日付出，至此验收款236,000元全部结清。回单附后，请查收。"
        + LIU_SIG.format("2026年12月28日"),
        LIU,
        d(12, 28),
        atts=["招行回单-示例科技-118000.pdf"],
    ),
    EJ(
        "olzhcn",
        "bank_question",
        None,
        "王经理：\n集团新上的资金系统付款时必须填写收款行的12位联行号，发票上只有“示例银行杭州分行”，请提供联行号。"
        + LIU_SIG.format("2026年12月21日"),
        LIU,
        d(12, 21),
    ),
]

# 呼伦贝尔 草原牧人旅游 (winter tours; 二期款 ￥74,500)
MR = partial(e, thread="y_muren")
QQG = ("其其格", "1290338871@qq.com")
BATEER = ("巴特尔", "bateer@caoyuanmuren.com")
WXD = ("王晓东", "wangxd@caoyuanmuren.com")
MENGHE = ("孟和", "menghe1975@126.com")
CHUNA = ("出纳小赵", "caoyuan_cn@sina.com")

MUREN = [
    MR(
        "qqweb",
        "more_time",
        None,
        "王经理你好：\n今年夏季旺季过后资金比较紧，冬季冰雪季刚开始，游客的钱还没回笼。二期款能不能宽限一段时间，元旦以后再付？\n\n其其格\n呼伦贝尔草原牧人旅游有限公司",
        QQG,
        d(12, 2),
    ),
    MR(
        "huawei",
        "dispute",
        None,
        "王经理 你们那个平台分销商那边下单以后库存不扣 上个礼拜六超卖了二十多个雪地摩托的名额 游客到了没法安排 又是退钱又是赔礼 损失不小 这个事你们得给个说法 二期款先放一放",
        BATEER,
        d(12, 3),
        danger=True,
    ),
    MR(
        "exmail",
        "other",
        None,
        "王工：\n超卖的问题我查了，是携程渠道库存同步延迟了十几分钟。附件是周六下午的同步日志，麻烦你们技术看一下。\n\n王晓东\n运营部",
        WXD,
        d(12, 4),
        atts=["库存同步日志1128.xlsx"],
    ),
    MR(
        "mmios",
        "dispute",
        None,
        "王经理：\n超卖的事你们要是这周能修好，冰雪节开幕之前系统稳定，我们就按合同付。修不好的话，赔给游客的钱我们要从二期款里扣。\n\n孟和",
        MENGHE,
        d(12, 8),
        danger=True,
    ),
    MR(
        "exmail",
        "acceptance",
        None,
        "王工：\n库存同步问题修复以后测试了三天，美团、携程、抖音三个渠道都没有再出现超卖，我这边确认没问题了，可以验收。\n\n王晓东",
        WXD,
        d(12, 11),
    ),
    MR(
        "qqweb",
        "promise",
        d(12, 17),
        "王经理：\n孟总同意先付二期款了，扣款的事不提了。这周四之前转给你们。\n\n其其格",
        QQG,
        d(12, 14),
    ),
    MR(
        "sina",
        "paid",
        None,
        "王经理您好，二期款74,500元已通过农业银行海拉尔分行转账，请查收，附件为转账凭证。",
        CHUNA,
        d(12, 17),
        atts=["转账凭证.jpg"],
    ),
    MR(
        "huawei",
        "other",
        None,
        "收到 谢谢王经理 冰雪节开幕那天欢迎过来 请你们吃手把肉",
        BATEER,
        d(12, 18),
    ),
    MR(
        "mmios",
        "other",
        None,
        "王经理：\n明年夏天那达慕期间我们想加一个骑马体验的预约模块，能带押金的那种，你们报个价吧。\n\n孟和",
        MENGHE,
        d(12, 21),
    ),
]

# 昆山巴城 金湖蟹业合作社 (crab gift cards and cold-chain delivery; 中期款 ￥128,000)
CR = partial(e, thread="y_crab")
SHEN = ("沈丽萍", "shenlp_bc@126.com")
GU = ("顾建国", "gujianguo@bcjinhu.com")
ZHOU = ("周国平", "zhougp@bcjinhu.com")
TT = ("Tingting Gu", "tingtinggu.ks@gmail.com")
LU = ("陆", "3011825607@qq.com")

CRAB = [
    CR(
        "n126",
        "partial_payment",
        None,
        "王经理：\n中期款128,000元，我们今天先付了60,000元，回单在附件里。剩下的68,000元要等年底企业客户的蟹卡款收回来再付。\n\n沈丽萍\n昆山市巴城镇金湖蟹业专业合作社",
        SHEN,
        d(12, 2),
        atts=["网银回单60000.pdf"],
        danger=True,
    ),
    CR("ioszh", "other", None, "收到 我让沈会计处理", GU, d(12, 3)),
    CR(
        "huawei",
        "dispute",
        None,
        "王经理 冷链配送那块 顺丰那边导进去面单地址是乱码 上个礼拜三十几单蟹子没送到 死了 客户投诉到我们这里 你们系统导出来的格式有问题 这个损失谁来承担要讲清楚",
        ZHOU,
        d(12, 4),
        danger=True,
    ),
    CR(
        "gmailzh",
        "dispute",
        None,
        "王经理好，\n\n关于地址乱码：我们查过了，是系统导出CSV用的UTF-8无BOM，顺丰的批量导入工具按GBK读。合同附件二写明系统需“兼容主流快递公司面单接口”，所以这属于交付范围内的问题。\n\n在修复并且处理好上周32单的损失（约9,600元）之前，剩下的68,000元我们暂缓支付。\n\nTingting\n顾婷婷 | 金湖蟹业",
        TT,
        d(12, 7),
        danger=True,
    ),
    CR(
        "qqapp",
        "other",
        None,
        "王哥 蟹卡后台导出的核销报表能不能加一列提货门店 老板要看每个门店提了多少",
        LU,
        d(12, 8),
    ),
    CR(
        "n126",
        "resend_request",
        None,
        "王经理：\n上次开的发票是128,000元一张，现在分两次付款，麻烦作废后重开两张：一张60,000元，一张68,000元，抬头税号不变。谢谢！\n\n沈丽萍",
        SHEN,
        d(12, 9),
    ),
    CR("ioszh", "promise", None, "钱下礼拜付 婷婷在弄", GU, d(12, 10), note="下礼拜 without a day"),
    CR(
        "gmailzh",
        "promise",
        d(12, 18),
        "王经理，\n\n地址问题已经修好了，谢谢。损失的事我们跟你们李总电话里谈好了，各承担一半，所以余款扣掉4,800后是63,200元，我们下周五之前付。\n\nTingting",
        TT,
        d(12, 11),
        note="a deduction agreed with our side by phone; the day is Friday of next week",
    ),
    CR(
        "gmailen",
        "bank_question",
        None,
        "Hi Wang,\n\nQuick one - could we pay the remainder in USD from our Hong Kong company's account instead? If that works, please send me the SWIFT code and the USD account, since the reminder only has the RMB one.\n\nThanks,\nTingting",
        TT,
        d(12, 14),
        tz="Asia/Shanghai",
    ),
    CR(
        "n126",
        "paid",
        None,
        "王经理：\n余款63,200元今天已经付了，至此中期款结清（60,000＋63,200＋双方约定扣款4,800）。回单见附件。\n\n沈丽萍",
        SHEN,
        d(12, 18),
        atts=["网银回单63200.pdf"],
    ),
]

# 赣州南康 木森家具 (panel cutting lists and scheduling; 上线款 ￥96,800)
NK = partial(e, thread="y_nankang")
ZHONG = ("", "caiwu@nkmusen.com")
XIE = ("谢志强", "xiezq@nkmusen.com")
ZENG = ("曾宪荣", "zengxr@nkmusen.com")
LIUBIN = ("刘斌", "liubin@nkmusen.com")
HUANG = ("老板娘-黄", "1526689017@qq.com")
ZHONG_SIG = "\n\n钟美兰\n赣州市南康区木森家具有限公司 财务部"

NANKANG = [
    NK(
        "foxmail",
        "promise",
        d(12, 7),
        "王经理：\n上线款曾厂长已经批了，3个工作日内付款。" + ZHONG_SIG,
        ZHONG,
        d(12, 2),
    ),
    NK(
        "tbzh",
        "dispute",
        None,
        "钟会计：\n拆单软件对异形柜（转角柜、斜边柜）的板件尺寸算错了，上周开料错了一批，浪费了40多张颗粒板。上线验收单我没签。系统没稳定之前，上线款不要付。\n\n——这是我给钟会计的意见，抄送王经理一份。\n\n谢志强\n生产计划部",
        XIE,
        d(12, 3),
        below=True,
        danger=True,
    ),
    NK(
        "foxmail",
        "dispute",
        None,
        "王经理：\n生产部谢工反映系统开料有问题，曾厂长交代上线款暂缓，之前说的下周一付不了了，等问题处理好再说。"
        + ZHONG_SIG,
        ZHONG,
        d(12, 4),
        danger=True,
    ),
    NK(
        "huawei",
        "dispute",
        None,
        "小王啊 你们那个软件开料算错了 板子浪费了几十张冇人管 我晓得你们要钱 但是事情要先搞好 搞好了钱一分不少你们的 搞不好莫来找我要钱",
        ZENG,
        d(12, 7),
        danger=True,
        note="Gannan speech 冇/晓得/莫; voice input",
    ),
    NK(
        "alimail",
        "other",
        None,
        "王工：\n转角柜的补丁装好了，今天试开了两单，尺寸对了。还要再观察一个礼拜，看斜边柜有没有问题。\n\n刘斌 信息部",
        LIUBIN,
        d(12, 10),
        note="a fix under observation, not yet accepted",
    ),
    NK(
        "tbzh",
        "acceptance",
        None,
        "王经理：\n观察了一周，异形柜开料都没问题了，上线验收单我今天签了，扫描件附上。\n\n谢志强",
        XIE,
        d(12, 17),
        below=True,
        atts=["上线验收单.pdf"],
    ),
    NK(
        "qqapp",
        "promise",
        d(12, 31),
        "王经理你好 厂长说这个月底之前把钱给你们 年底工人工资也要发 实在是紧张 你们理解一下",
        HUANG,
        d(12, 17),
    ),
    NK(
        "foxmail",
        "partial_payment",
        None,
        "王经理：\n上线款先付了50,000元，剩余46,800元过了元旦再付。回单附后。" + ZHONG_SIG,
        ZHONG,
        d(12, 18),
        atts=["农商行回单.pdf"],
        danger=True,
    ),
    NK(
        "foxmail",
        "bank_question",
        None,
        "王经理：\n我们网银付款的时候提示“户名与账号不符”，请确认一下户名是“示例科技有限公司”还是“示例科技（杭州）有限公司”？确认后我们再付。"
        + ZHONG_SIG,
        ZHONG,
        d(12, 21),
    ),
]

# 平遥 日升隆客栈集团 (PMS and OTA links; 尾款 ￥42,300)
PY = partial(e, thread="y_pingyao")
WEN = ("日升隆财务", "rslkz_cw@sina.com")
LEI = ("雷振华", "leizh@rishenglong.cn")
JIA = ("前台-小贾", "1473620958@qq.com")
HOU = ("侯经理", "houjl@rishenglong.cn")
LP = ("Lei Peng", "leipeng.py@gmail.com")

PINGYAO = [
    PY(
        "sina",
        "paid",
        None,
        "王经理：\n尾款42,300元我们上周五（11月27日）已经付了，从晋商银行转的，回单附上，请再查一下。\n\n温会计",
        WEN,
        d(12, 2),
        atts=["晋商银行回单.pdf"],
    ),
    PY(
        "applezh",
        "more_time",
        None,
        "王经理：\n抱歉，上周五付的那笔是给布草洗涤公司的，温会计搞混了，你们的尾款还没付。古城现在是淡季，客房入住率不到两成，尾款能不能等春节以后？\n\n雷振华",
        LEI,
        d(12, 3),
        danger=True,
        note="corrects the accountant's paid claim of the day before",
    ),
    PY(
        "sina",
        "more_time",
        None,
        "王经理：\n雷总说尾款分两次付，这个月付一半，春节后付一半，你看行不行。\n\n温会计",
        WEN,
        d(12, 4),
        note="an instalment plan, no single day",
    ),
    PY(
        "qqhtml",
        "dispute",
        None,
        "王经理，美团的订单同步到PMS里房型对不上，上周末有两间房重复卖了，客人闹到派出所去了。雷总说这个问题没解决之前尾款不付。",
        JIA,
        d(12, 7),
        danger=True,
    ),
    PY(
        "olmobzh",
        "other",
        None,
        "王经理您好，我是东大街店的侯经理。付款的事情请联系雷总或者温会计，我这边只管门店运营。房型映射的问题麻烦尽快派人来一趟，有甚问题打我电话 139 3541 7720。",
        HOU,
        d(12, 8),
        note="a hand-off; Shanxi 甚",
    ),
    PY(
        "mmen",
        "acceptance",
        None,
        "王工，\n\n房型映射改完了，美团、携程、飞猪三个渠道我逐个核对过，这个周末没有再出现重复订单。我们这边验收通过。\n\n雷鹏",
        LP,
        d(12, 11),
    ),
    PY(
        "applezh",
        "promise",
        d(12, 25),
        "王经理：\n系统的问题解决了，谢谢。尾款就不分两次了，十二月二十五号之前一次付清。\n\n雷振华",
        LEI,
        d(12, 14),
    ),
    PY(
        "applezh",
        "dispute",
        None,
        "王经理：\n还有一个事：发票抬头写的是“平遥日升隆客栈”，我们公司全称是“平遥县日升隆客栈管理有限公司”，税号也少了一位，这张票我们入不了账，麻烦重开。\n\n雷振华",
        LEI,
        d(12, 15),
        danger=True,
    ),
    PY(
        "sina",
        "paid",
        None,
        "见附件",
        WEN,
        d(12, 24),
        atts=["转账回单.jpg"],
        note="attachment-only: a transfer slip",
    ),
]

# 敦煌 大漠研学营地 (school study tours: enrolment and refunds; 中期款 ￥63,000)
DH = partial(e, thread="y_dunhuang")
MA = ("马文清", "mawq@dhdmyx.com")
LIKJ = ("大漠研学-财务", "dhdm_cw@163.com")
YANG = ("营地老杨", "yangcamp@dhdmyx.com")
ZHANG = ("张总", "zhangzong_dh@126.com")
HE = ("小何", "2418830527@qq.com")

DUNHUANG = [
    DH(
        "coremail",
        "promise",
        d(12, 10),
        "王经理您好：\n学校的研学款还没结过来。我们跟学校结算是活动结束后30天，最早一批学校的款大概12月10号左右到，到了就付你们。\n\n马文清\n敦煌大漠研学营地管理有限公司",
        MA,
        d(12, 2),
        note="pays when the schools pay; an approximate day for their money, not ours. Relabelled"
        " more_time null -> promise 12-10 (conv, session 13): paid from the client's own incoming"
        " money, no time asked (hf038), on the day that money is said to arrive, 到了就付 (hk044"
        " 亚马逊回款周四到，到了就付年费 = that Thursday; 大概…左右 is a hedge on the day)",
    ),
    DH(
        "n163",
        "resend_request",
        None,
        "王经理您好，发票原件我们一直没有收到，麻烦开成数电票发到这个邮箱，谢谢。\n\n李会计",
        LIKJ,
        d(12, 3),
    ),
    DH(
        "huawei",
        "dispute",
        None,
        "王经理 你们的报名系统 学生家长交了钱 系统里显示没交 有六个学校的名单对不上 我这边天天被家长打电话 退款也退不出去 这个事情不弄好钱不好付的",
        YANG,
        d(12, 4),
        danger=True,
    ),
    DH(
        "mailmaster",
        "dispute",
        None,
        "王经理：\n研学报名对账的问题老杨已经反映了。我的意见是：先派工程师把对账和退款功能修好，修好了中期款我们一次付清，不会拖你们。\n\n张总",
        ZHANG,
        d(12, 7),
        danger=True,
    ),
    DH(
        "n163",
        "other",
        None,
        "王经理：\n我们12月1号付的那一笔是去年的运维服务费，不是这次的中期款，别搞混了，中期款还没付。\n\n李会计",
        LIKJ,
        d(12, 9),
        danger=True,
        note="a payment named to say it is not this one; nothing paid, no day",
    ),
    DH(
        "qqapp",
        "bank_question",
        None,
        "你好 我们财务系统要填收款方开户行行号 麻烦发一下 谢谢",
        HE,
        d(12, 10),
    ),
    DH(
        "coremail",
        "acceptance",
        None,
        "王经理：\n对账、退款两个功能经过本周测试已经正常，六所学校的名单也重新核对无误，我们确认验收。\n\n马文清",
        MA,
        d(12, 11),
    ),
    DH(
        "mailmaster",
        "promise",
        d(12, 18),
        "王经理：\n中期款陆万叁仟元整（￥63,000.00）定于十二月十八日前支付。\n\n张总",
        ZHANG,
        d(12, 14),
    ),
    DH(
        "huawei",
        "other",
        None,
        "王经理 寒假冬令营的报名页面能不能加个保险选项 家长都在问 急用",
        YANG,
        d(12, 16),
    ),
    DH(
        "n163",
        "paid",
        None,
        "王经理：\n中期款63,000元已于今日支付，银行回单附后，请查收。\n\n李会计",
        LIKJ,
        d(12, 18),
        atts=["甘肃银行回单.pdf"],
    ),
]

# 德州 田记扒鸡 (braised-chicken maker: store ordering mini-program; 二期款 ￥39,800 and 尾款
# ￥19,900, two reminders; Shandong speech 俺/恁)
PJ = partial(e, thread="y_paji")
PJF = partial(e, thread="y_paji_final")
CUI = ("崔秀芝", "cuixz_tianji@163.com")
TIAN = ("田广军", "1030628841@qq.com")
SUN = ("小孙", "2764119380@qq.com")
HAO = ("郝经理", "haojl@dztianji.com")

# fmt: off
PAJI = [
    PJ("n163", "paid", None, "王经理：\n二期款39,800元上周四（11月26日）就付了，建设银行转的，回单发你，麻烦再核对一下。\n\n崔秀芝\n德州田记扒鸡食品有限公司 财务", CUI, d(12, 2), atts=["建行回单1126.pdf"]),
    PJF("qqweb", "promise", d(12, 31), "王经理 尾款俺知道了 月底前给恁付了 这几天忙着发年货", TIAN, d(12, 2), note="Shandong 俺/恁; 月底 = Dec 31"),
    PJ("qqapp", "paid", None, "王经理 回单上附言写的是货款 其实就是你们的二期款 别弄混了", SUN, d(12, 3), note="explains the memo on the slip of the payment already made"),
    PJF("exmail", "other", None, "王经理：\n小程序门店订货能不能改到晚上十点截单？现在八点截单，门店反映来不及。\n\n郝经理 门店运营部", HAO, d(12, 8)),
    PJF("qqapp", "resend_request", None, "王经理 尾款的发票开了没 开了发我一下 财务要见票付款", SUN, d(12, 21)),
    PJF("n163", "promise", d(12, 24), "王经理：\n发票收到了，尾款这周四付，年底账要清。\n\n崔秀芝", CUI, d(12, 22)),
    PJF("n163", "paid", None, "王经理：\n尾款19,900元今天已付，回单见附件。二期款和尾款都结清了。\n\n崔秀芝", CUI, d(12, 24), atts=["建行回单1224.pdf"]),
    PJF("qqapp", "promise", d(12, 24), "王经理 尾款已经付了…不对 我看错了 昨天付的是包装厂的 你们的尾款明天崔姐付", SUN, d(12, 23), danger=True, note="a paid claim corrected in the same message"),
    PJF("qqapp", "paid", None, "", SUN, d(12, 24), atts=["尾款回单.jpg"], note="empty body, the bank slip attached"),
    PJF("qqweb", "other", None, "王经理 明年开春俺们想上个会员积分系统 门店和网店通用的 先给报个价", TIAN, d(12, 28)),
]
# fmt: on

# Later answers of the same people (a day named for tomorrow, an answer inside the quote,
# a forwarded order, a question whether it was paid).
# fmt: off
ZISHA.append(ZS("mmios", "promise", d(12, 15), "王经理，尾款明天付，吴会计说的，蒋老师今天晚上回来签字。\n\n蒋一帆", YIFAN, d(12, 14)))
MUREN.append(MR("sina", "promise", d(12, 17), "王经理您好，二期款明天上午转，转完把凭证发给您。", CHUNA, d(12, 16)))
CRAB.append(CR("qqappen", "other", None, "王哥 顾总问余款是不是已经付过了？我这边后台查不到 你们收到了吗", LU, d(12, 16), danger=True, note="asks whether it was paid; nothing is said to be paid"))
NANKANG.append(NK("huawei", "promise", d(12, 31), "小王 你看下面 元旦前付\n\n---------- 转发的邮件 ----------\n发件人：曾宪荣 <zengxr@nkmusen.com>\n日期：2026年12月21日 下午3:40\n收件人：caiwu@nkmusen.com\n主题：回复：剩余上线款\n\n可以 元旦前付掉 别拖到明年\n\n> 曾厂长：示例科技剩余上线款46,800元，之前说过了元旦再付，现在资金够了，元旦前能不能付？——钟美兰", ZENG, d(12, 21), note="forwards his own order to the accountant; 元旦前 = Dec 31"))
PINGYAO.append(PY("sina", "promise", d(12, 24), "王经理：答复在下面。\n\n温会计", WEN, d(12, 16), inline=("如已付款", "【温会计】还没付。雷总已经签字了，12月24日付。"), note="the answer is written inside the quoted reminder"))
MUREN.append(MR("n163en", "other", None, "Dear Mr Wang,\n\nI am Olga from our Manzhouli office. Mr Menghe asked me to check one thing: can the second payment come from the account of our Manzhouli branch? The payer name will be different from the contract.\n\nBest regards,\nOlga Li\nManzhouli office, Caoyuan Muren Travel", ("Olga Li", "olga_mzl@163.com"), d(12, 10), note="asks whether another payer is fine; nothing paid or promised"))
DUNHUANG.append(DH("n163", "promise", d(12, 18), "王经理：\n网银U盾在张总那里，他今天在兰州开会，明天回来就付。\n\n李会计", LIKJ, d(12, 17)))
# fmt: on

ZH = ZISHA + EJIAO + MUREN + CRAB + NANKANG + PINGYAO + DUNHUANG + PAJI
Y_SET = ZH + INTL + MACHINE

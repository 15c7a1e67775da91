"""Held-out set X: written blind to the rules (helper blindx, session 11).

Each client answers its own contract's reminder (heldout_c_threads_x.py). This module holds
the Simplified-Chinese clients; heldout_c_set_x_intl.py the Traditional-Chinese and English
ones; heldout_c_machine_x.py the machine mail. Dates are December 2026 in the sender's zone
(Dec 2 is a Wednesday). Labels follow labels.yaml's conventions.

Trades (none in trades_used.txt): a Yinchuan goji processor (drying-line monitoring), a
Zhongshan Guzhen lighting maker (dealer ordering platform, Cantonese in Simplified), a Zhili
children's-wear brand (ERP/WMS, 双十一 payouts), a Tangshan steel works (stockyard system,
SOE finance shared-services, 承兑), a Huangshan scenic-area company (timed ticketing), a Yanji
kimchi maker (Korean-Chinese staff, traceability), a Xiangtan betel-nut brand (Hunan speech),
a Jiujiang funeral-services centre (treasury payments), a Xining Tibetan-carpet maker, a
Yangjiang knife exporter (Cantonese) and a Mianyang driving school.
"""

from __future__ import annotations

from datetime import date

import heldout_c_threads_x  # noqa: F401  (registers the threads)
from heldout_c_machine_x import MACHINE_X
from heldout_c_set_x_intl import INTL_X


def d(day: int, month: int = 12, year: int = 2026) -> date:
    return date(year, month, day)


def X(style: str, kind: str, due: date | None, body: str, thread: str, who: tuple, day: int | date = 2, **kw) -> tuple:  # fmt: skip
    """One reply: ``day`` is the December day it was written in the sender's zone."""
    opts = {"thread": thread, "sender": who, "day": d(day) if isinstance(day, int) else day}
    opts.update(kw)
    return (style, kind, due, body, opts)


# 银川 · 宁夏杞乡红枸杞制品有限公司
MA = ("马建军", "boss.ma@nxqxhong.com")
YANG = ("杨丽", "yangli_cw@163.com")
HAI = ("海军", "2467715903@qq.com")
SU = ("", "caiwu@nxqxhong.com")
SUN = ("孙浩", "sunhao@nxqxhong.com")
GOJI = [
    X(
        "n163",
        "promise",
        None,
        """王经理您好：

这笔到货款的付款申请上周五就提交了，现在卡在马总那里还没批，我再催一下，批了马上付。

杨丽
宁夏杞乡红枸杞制品有限公司 财务部""",
        "x_goji",
        YANG,
        2,
        note="will pay once the boss approves; no day",
    ),
    X(
        "ioszh",
        "dispute",
        None,
        """王经理，烘干房3号线的温湿度探头到现在还是掉线，一天掉好几回，夜里掉线了没报警，上周差点烘焦一批头茬果。你们的工程师来了两趟都没弄好。

这个问题不解决，到货款先不付。

马建军""",
        "x_goji",
        MA,
        2,
        danger=True,
    ),
    X(
        "exmail",
        "dispute",
        None,
        """王经理：

发票我们收到了，但是开票内容写的是"软件服务费"，税率6%，我们这个合同是按设备采购立项的，需要开"物联网监控设备"，13%的专票，不然财务入不了固定资产。麻烦作废重开一张。

孙浩 采购部
0951-6028173""",
        "x_goji",
        SUN,
        2,
        danger=True,
    ),
    X(
        "qqapp",
        "other",
        None,
        "王工 三号线探头昨天下午换了新的 到现在没掉线 再观察两天 没问题的话我跟马总说",
        "x_goji",
        HAI,
        3,
        note="the fix is being watched; nothing on payment",
    ),
    X(
        "ioszh",
        "promise",
        None,
        "王经理你好我是老马昨天跟你们小李通了电话探头的事说好了下礼拜一之前全部换完换完了我让会计把钱打过去",
        "x_goji",
        MA,
        4,
        note="voice input; pays after the probes are replaced; 下礼拜一 is the repair's deadline, no payment day",
    ),
    X(
        "n163",
        "promise",
        d(10),
        """王经理：

马总已经同意付款了，我这边今天走报销流程，本周四之前能付出去。新发票也收到了，谢谢。

杨丽""",
        "x_goji",
        YANG,
        7,
    ),
    X(
        "foxmail",
        "paid",
        None,
        """王经理您好！

到货款126,000.00元今天上午已经付了，附件是工行的电子回单，请查收。

苏婷
出纳""",
        "x_goji",
        SU,
        10,
        atts=["工行电子回单20261210.pdf"],
    ),
]

# 中山古镇 · 明亮灯饰
HE = ("何丽华", "1398021754@qq.com")
LIANG = ("Liang Jiahao", "liangjh.guzhen@gmail.com")
AMIN = ("阿敏", "3125564098@qq.com")
TAN = ("谭美玲", "tanml@zsmingliang.com")
LAMP = [
    X(
        "qqhtml",
        "resend_request",
        None,
        "王生你好，二期款嘅发票我哋未收到，麻烦再发一次电子版畀我，要专票，唔该。\n\n何丽华 明亮灯饰财务",
        "x_lamp",
        HE,
        1,
    ),
    X(
        "qqweb",
        "dispute",
        None,
        """王生：

二期款68500，今日先转咗30000过去，走嘅系农商行跨行，可能听日先到账。剩下38500梁生讲要等订货页面卡顿嘅问题解决咗先再付。

回单稍后截图发你。

何丽华""",
        "x_lamp",
        HE,
        2,
        danger=True,
        note="30,000 of 68,500 paid, the rest held for a defect: dispute by the generate.py convention (as hg009, hv053); the blind writer said partial_payment",
    ),
    X(
        "gmailzh",
        "dispute",
        None,
        """王生，

经销商嗰边反映落单页面成日卡住，尤其是夜晚九点之后，好多单落唔到，上个礼拜六一晚就漏咗几十单。呢个问题你哋要尽快搞掂，搞掂之前剩低嗰部分我哋暂时唔会俾。

Liang""",
        "x_lamp",
        LIANG,
        3,
        danger=True,
    ),
    X(
        "qqapp",
        "bank_question",
        None,
        "王工，梁生叫我问下，你哋公司对公账户系咪换咗？我哋系统入面存嘅系建行，邮件写嘅系示例银行，麻烦确认下先，我哋唔敢乱转。",
        "x_lamp",
        AMIN,
        3,
        danger=True,
    ),
    X(
        "huawei",
        "promise",
        d(11),
        "王经理，卡顿嘅问题呢几日冇再出现，梁生讲可以付尾数了，我礼拜五之前转剩下嘅38500畀你哋。",
        "x_lamp",
        TAN,
        9,
    ),
    X(
        "qqweb",
        "paid",
        None,
        "王生，剩余38,500已付，请查收。附件系网银回单。",
        "x_lamp",
        HE,
        11,
        atts=["网银回单.png"],
    ),
    X(
        "qqapp",
        "other",
        None,
        "王工，梁生话多谢你哋技术部嘅支持，年尾请你哋食饭😄",
        "x_lamp",
        AMIN,
        14,
    ),
]

# 湖州织里 · 沈记服饰
NIU = ("钮晓燕", "niuxy@hzshenji.com")
FEI = ("费红", "894420316@qq.com")
CHENG = ("程勇", "chengyong@hzshenji.com")
SHEN = ("沈国平", "shenguoping@126.com")
KIDS = [
    X(
        "coremail",
        "promise",
        d(18),
        """王经理：

您好！上线款93,000元，因双十一平台回款要到12月中旬才到账，我们计划12月18日支付，请谅解。

钮晓燕
湖州沈记服饰有限公司 财务""",
        "x_kids",
        NIU,
        2,
    ),
    X(
        "qqapp",
        "more_time",
        None,
        "王经理啊我们双十一忙昏头了钱的事情你等一等好伐平台的钱还没回来呢回来了马上给你打过去",
        "x_kids",
        FEI,
        2,
        note="voice input; waits for the platform payout, no day",
    ),
    X(
        "huawei",
        "dispute",
        None,
        """王工，双十一期间WMS拣货单打印出来的库位跟实际对不上，错发了两百多单，退货运费和赔给买家的钱都是我们自己出的，这个损失你们要给个说法。

仓库 程勇""",
        "x_kids",
        CHENG,
        3,
        danger=True,
    ),
    X(
        "mmios",
        "dispute",
        None,
        """王经理：

错发的事情我跟你们李总电话里谈过了，损失双方各担一半，我们在上线款里扣12000，剩下81000还是按原来讲的18号付。

沈国平""",
        "x_kids",
        SHEN,
        4,
        danger=True,
        note="a deduction the client says was agreed by phone; the PM must confirm",
    ),
    X(
        "n126",
        "dispute",
        None,
        """王经理，发票抬头开的是"湖州织里镇沈记童装厂"，我们营业执照上是"湖州沈记服饰有限公司"，税号也不对，财务说这张票入不了账，麻烦作废重开。

沈国平""",
        "x_kids",
        SHEN,
        8,
        danger=True,
    ),
    X(
        "coremail",
        "partial_payment",
        None,
        """王经理：

今天已付81,000元（上线款93,000元扣除双方约定的12,000元），回单见附件。

钮晓燕""",
        "x_kids",
        NIU,
        18,
        danger=True,
        atts=["付款回单-湖州沈记.pdf"],
        earlier="王经理：\n\n您好！上线款93,000元，因双十一平台回款要到12月中旬才到账，我们计划12月18日支付，请谅解。",
        note="12,000 deducted; the PM has to confirm the deal",
    ),
]

# 唐山 · 冀东钢铁
GAO = ("高建国", "gaojg@jdsteel.com.cn")
LIU = ("刘涛", "liutao@jdsteel.com.cn")
ZHAO = ("赵雪", "zhaoxue@jdsteel.com.cn")
ZHANG = ("张立新", "zhanglx@jdsteel.com.cn")
LINA = ("李娜", "lina_fw@jdsteel.com.cn")
STEEL = [
    X(
        "olzhcn",
        "dispute",
        None,
        """王经理：

料场系统的堆取料机自动盘库还是有偏差，11月份月末盘点误差3.2%，技术协议要求不超过1%，最终验收我们还没有签字。验收款按合同约定是终验合格后支付，目前不具备付款条件。

请贵司尽快安排人员到现场整改。

高建国
设备能源部""",
        "x_steel",
        GAO,
        2,
        danger=True,
    ),
    X(
        "olzhcn",
        "dispute",
        None,
        """王明经理：

关于贵司《催款函》，我司回复如下：

根据合同第7.2条，验收款在终验合格并收到合规发票后30日内支付。截至目前，终验尚未完成，付款条件尚未成就，不存在逾期，亦不应计算违约金。请贵司尽快完成整改。

冀东钢铁有限公司 法务部
李娜
二〇二六年十二月三日""",
        "x_steel_d",
        LINA,
        3,
        stage="demand",
        danger=True,
    ),
    X(
        "coremail",
        "acceptance",
        None,
        """王工：

激光扫描仪重新标定以后，这几天盘库误差在0.6%左右，我们内部复测通过了。验收报告已经报高部长签字，签完扫描件发你。

刘涛 信息中心""",
        "x_steel",
        LIU,
        4,
        note="re-test passed; signature pending",
    ),
    X(
        "olzhcn",
        "acceptance",
        None,
        """王经理：

终验报告已签字盖章，扫描件见附件。验收款请贵司按13%开具发票后走我们的付款流程。

高建国""",
        "x_steel",
        GAO,
        8,
        atts=["智能料场终验报告.pdf"],
    ),
    X(
        "olzhcnplain",
        "dispute",
        None,
        """王经理：

贵司开来的验收款发票税率是6%，合同约定是13%（系统含硬件），财务共享中心已退票，请按13%重开后寄来。

张立新 采购部""",
        "x_steel",
        ZHANG,
        9,
        danger=True,
    ),
    X(
        "owazh",
        "promise",
        d(25),
        """王经理：

贵司验收款发票已收到，已进入集团12月资金计划。按公司规定每月25日统一支付，本笔预计于2026年12月25日以银行承兑汇票方式支付。

财务共享中心 赵雪""",
        "x_steel",
        ZHAO,
        14,
        note="paid by a bank acceptance bill",
    ),
    X(
        "owazh",
        "paid",
        None,
        """王经理：

验收款412,000元已于12月25日以电子银行承兑汇票支付，请在网银中签收，票据信息见附件。

赵雪""",
        "x_steel",
        ZHAO,
        28,
        atts=["电子承兑汇票信息.png"],
        note="paid by a bank acceptance bill to be signed for",
    ),
]

# 黄山 · 旅游集团
CXF = ("程晓峰", "chengxf@hstourism.cn")
WANG = ("汪静", "wangjing@hstourism.cn")
FANG = ("方正", "fangzheng@hstourism.cn")
TICKET = ("南大门票务", "2850017761@qq.com")
HS = [
    X(
        "exmail",
        "promise",
        d(4),
        "王经理，进度款我这边已经提交付款申请了，财务说这周五统一付款，到时候会付。",
        "x_hs",
        CXF,
        2,
    ),
    X("ioszh", "other", None, "收到 我让财务查一下", "x_hs", FANG, 2),
    X(
        "qqweb",
        "dispute",
        None,
        """王工：

昨天下午两点到四点分时预约页面又出现了超卖，南大门多放进来三百多人，索道排队两个多小时，景区被游客投诉到12345了。这个问题不彻底解决，后面的款我们要跟领导汇报以后再说。

南大门票务中心""",
        "x_hs",
        TICKET,
        3,
        danger=True,
    ),
    X(
        "alimail",
        "partial_payment",
        None,
        """王经理您好：

今天付款批次里只付了100,000元，剩余56,000元要等明年一季度预算下达后再付。

汪静 财务部""",
        "x_hs",
        WANG,
        4,
        danger=True,
    ),
    X(
        "ioszh",
        "promise",
        d(31),
        "小王，剩下的五万六不是说好年内付清吗？我问了财务，元旦前应该能付。",
        "x_hs",
        FANG,
        5,
        note="hedged (应该); 元旦前 = Dec 31",
    ),
    X(
        "alimail",
        "paid",
        None,
        "王经理，剩余款项56,000元今天已经付了，附件为回单，请查收，年底对账以此为准。",
        "x_hs",
        WANG,
        30,
        atts=["回单0056000.pdf"],
    ),
]

# 延吉 · 长白泡菜
JIN = ("金英爱", "jinyingai@163.com")
PIAO = ("朴成哲", "piao.chengzhe@gmail.com")
CUI = ("崔明浩", "1097732560@qq.com")
KIMCHI = [
    X(
        "n163",
        "promise",
        None,
        """王经理您好：

尾款47800元还没有付。我们社长去韩国出差了，下周回来签字后付款。

金英爱""",
        "x_kimchi",
        JIN,
        2,
        note="下周 without a day",
    ),
    X("gmailzh", "other", None, "谢谢提醒，我已经转告金会计了。\n\n朴成哲", "x_kimchi", PIAO, 2),
    X(
        "n163",
        "bank_question",
        None,
        "王经理，请问贵司的开户行是示例银行杭州分行下面哪个支行？我们网银跨行转账需要填支行名称，还有联行号。",
        "x_kimchi",
        JIN,
        3,
    ),
    X(
        "gmailzh",
        "dispute",
        None,
        """王经理：

我回来了。追溯系统的扫码打印机上个月坏了一台，你们说寄新机器，到现在还没到，车间现在手写批号。尾款等打印机到了以后一起付。

朴成哲 社长""",
        "x_kimchi",
        PIAO,
        8,
        danger=True,
    ),
    X("qqapp", "other", None, "打印机今天收到了 装上了 打码正常", "x_kimchi", CUI, 10),
    X(
        "n163",
        "paid",
        None,
        """王经理：

尾款47,800元今天已付，附件是回单。另外发票请寄到延吉市的地址，收件人写我。

金英爱""",
        "x_kimchi",
        JIN,
        11,
        atts=["回单.jpg"],
    ),
    X(
        "sina",
        "dispute",
        None,
        """王经理：

尾款的发票我们收到了，开的是增值税普通发票，合同写的是专票，普票我们不能抵扣，请作废重开一张增值税专用发票。

财务 姜春花""",
        "x_kimchi",
        ("姜春花", "jiangch_yj@sina.com"),
        3,
        danger=True,
    ),
]

# 湘潭 · 湘味槟榔
PENG = ("彭立军", "penglj@xtbinglang.com")
TANJ = ("谭桂英", "2045587219@qq.com")
YI = ("易帆", "yifan_xt@163.com")
LUO = ("罗小龙", "luoxl@xtbinglang.com")
BETEL = [
    X(
        "huawei",
        "promise",
        d(31),
        "王经理你好咯中期款的事我晓得哒这个月底之前肯定给你搞定莫急",
        "x_betel",
        PENG,
        2,
        note="voice input, Hunan speech",
    ),
    X(
        "qqweb",
        "promise",
        d(4),
        "王经理，中期款88000我们这边审批走完了，明天上午付，付完发回单给你。",
        "x_betel",
        TANJ,
        3,
    ),
    X(
        "qqweb",
        "dispute",
        None,
        """王经理：

不好意思，今天付款的时候发现你们发票上的金额是98,000，合同中期款是88,000，多开了一万，财务这边付不了。请重新开一张88,000的发票，收到后我们马上付。

谭桂英""",
        "x_betel",
        TANJ,
        4,
        danger=True,
    ),
    X(
        "mailmaster",
        "other",
        None,
        "王经理，动销系统里门店扫码的数据这几天都冇同步到后台，业务员的门店奖励算不出来，下面闹得厉害，麻烦安排技术看看。",
        "x_betel",
        YI,
        7,
        note="a defect raised in answer to the reminder; no refusal said. Relabelled dispute -> other"
        " (conv, session 13): a defect with a plea to fix and nothing of the payment is a support"
        " request, held for the PM (labels.yaml, as hs120, hw034)",
    ),
    X(
        "tbzh",
        "other",
        None,
        "数据同步是我们这边门店网络的问题，不关你们的事，已经好了。付款的事我不管，要找谭姐。\n\n罗小龙",
        "x_betel",
        LUO,
        8,
        below=True,
    ),
    X(
        "qqweb",
        "promise",
        d(14),
        "王经理，新发票今天收到了，谢谢。按我们公司规定收票后3个工作日内付款。\n\n谭桂英",
        "x_betel",
        TANJ,
        9,
        note="3 working days from Wednesday 9th",
    ),
    X(
        "qqweb",
        "paid",
        None,
        "王经理，新发票收到了，中期款88,000元今天已付，回单见附件。",
        "x_betel",
        TANJ,
        11,
        atts=["电子回单.pdf"],
    ),
]

# 九江 · 殡葬服务中心
HU = ("胡建华", "hujh@jjbz.org.cn")
OY = ("欧阳红", "ouyanghong_jj@126.com")
ZOU = ("邹磊", "1566203948@qq.com")
FUNERAL = [
    X(
        "olzhcn",
        "promise",
        d(31),
        """王经理：

第二期合同款的支付申请已报市民政局，需经财政审核后由国库集中支付，具体时间以财政拨付为准，一般在12月下旬。请耐心等待。

胡建华
九江市殡葬服务中心 办公室""",
        "x_funeral",
        HU,
        2,
        note="下旬 = its last day; hedged",
    ),
    X(
        "n126",
        "dispute",
        None,
        """王经理：

您好！你们的发票开给了"九江市殡仪馆"，我们单位全称是"九江市殡葬服务中心"（殡仪馆是俗称），统一社会信用代码也要改成我们的，请作废重开，不然财政不给支付。

欧阳红""",
        "x_funeral",
        OY,
        2,
        danger=True,
    ),
    X(
        "n126",
        "resend_request",
        None,
        """王经理：

新发票收到了。财政支付需要附纸质发票原件和验收单原件，麻烦寄过来，电子版不行。邮寄地址：九江市濂溪区十里大道 九江市殡葬服务中心财务室 欧阳红 收。""",
        "x_funeral",
        OY,
        3,
    ),
    X(
        "qqapp",
        "other",
        None,
        "王工 火化预约那个模块今天早上打不开 家属在窗口等着 能不能远程看一下 急",
        "x_funeral",
        ZOU,
        4,
    ),
    X(
        "n126",
        "promise",
        None,
        "王经理，回复在原文里。",
        "x_funeral",
        OY,
        9,
        inline=("如已付款", "【欧阳：未付。财政资金还没有下达，下达后第一时间支付。】"),
        danger=True,
        note="answered inline under the quoted 如已付款: not paid",
    ),
    X(
        "n126",
        "promise",
        d(22),
        """王经理：

财政资金今天已经下达，第二期款预计十二月二十二日前支付，届时以国库支付凭证为准。

欧阳红
九江市殡葬服务中心财务室
2026年12月17日""",
        "x_funeral",
        OY,
        17,
    ),
]

# 西宁 · 青藏高原藏毯
MXL = ("马秀兰", "1727703391@qq.com")
ZM = ("卓玛", "zhuoma@xnzangtan.com")
QI = ("祁永福", "qiyongfu@163.com")
HAN = ("韩斌", "hanbin@xnzangtan.com")
CARPET = [
    X(
        "qqweb",
        "paid",
        None,
        "王经理，中期款59000元我们上个月28号就付了，你们再查查，是不是户名写错了被退回来了？",
        "x_carpet",
        MXL,
        2,
    ),
    X(
        "olmobzh",
        "other",
        None,
        "王经理：中期款的事我已经转给财务了，付没付我不清楚，你直接问马会计吧。",
        "x_carpet",
        HAN,
        2,
        danger=True,
        note="forwarded to finance, not a payment",
    ),
    X(
        "qqweb",
        "promise",
        d(4),
        """王经理不好意思，昨天说错了，28号付的是另外一家软件公司的款，你们的中期款还没有付，我这周五之前付掉。

马秀兰""",
        "x_carpet",
        MXL,
        3,
        danger=True,
        note="yesterday's paid claim corrected",
    ),
    X(
        "applezh",
        "other",
        None,
        """王老师：

花型库导出的图案颜色和实物差别有点大，红色偏橙，迪拜客户退了两张样稿。能不能帮我们调一下色彩配置文件？

卓玛 设计部""",
        "x_carpet",
        ZM,
        4,
        note="a support question",
    ),
    X(
        "qqweb",
        "paid",
        None,
        "王经理，中期款59,000.00元今天已支付，见附件回单。",
        "x_carpet",
        MXL,
        4,
        atts=["青海银行回单.jpg"],
    ),
    X(
        "n163",
        "other",
        None,
        "王经理，付款的事情我交代给马会计了，以后这方面直接联系她，电话0971-8236150。\n\n祁永福",
        "x_carpet",
        QI,
        7,
    ),
]

# 阳江 · 锋利刀剪
VICKY = ("Vicky冯", "2976650014@qq.com")
FENG = ("冯志强", "fengzq.yj@gmail.com")
FIN = ("", "finance@yjkeenblade.com")
KNIFE = [
    X(
        "qqweb",
        "promise",
        d(15, 1, 2027),
        "王生：尾款我哋老板话要等美国客户嘅货款收到先付，大概下个月中。\n\nVicky",
        "x_knife",
        VICKY,
        2,
        note="下个月中 = the 15th",
    ),
    X(
        "foxmail",
        "bank_question",
        None,
        """您好！

请问贵司可以收美元吗？我们用美元账户付款方便些，如果可以请提供贵司的美元账户和SWIFT代码。

财务部""",
        "x_knife",
        FIN,
        2,
    ),
    X(
        "gmailzh",
        "dispute",
        None,
        """王生：

独立站嘅购物车喺黑五期间冇办法用PayPal付款，我哋损失咗好多单，呢笔数我哋要谂下点计。尾款暂时唔付住。

冯志强""",
        "x_knife",
        FENG,
        3,
        danger=True,
    ),
    X(
        "qqweb",
        "promise",
        d(11),
        """王生，老板同意付尾款了，见下面老板嘅邮件。财务会喺礼拜五前安排。

---------- 转发的邮件 ----------
发件人：冯志强 <fengzq.yj@gmail.com>
日期：2026年12月8日 22:14
主题：回复：尾款
收件人：Vicky冯 <2976650014@qq.com>

Vicky，PayPal嗰个问题已经解决咗，叫财务付咗佢。""",
        "x_knife",
        VICKY,
        9,
    ),
    X(
        "foxmail",
        "paid",
        None,
        "",
        "x_knife",
        FIN,
        11,
        atts=["电汇凭证.pdf"],
        note="attachment only",
    ),
]

# 绵阳 · 顺达驾校
PU = ("蒲建", "pujian@myjiapei.com")
HEJ = ("何静", "hejing_my@126.com")
COACH = ("赵教练", "2134401987@qq.com")
DRIVE = [
    X(
        "huawei",
        "promise",
        None,
        "王经理你好我是蒲校长第二期款的事我们财务请假了下礼拜回来就给你们付你看行不行",
        "x_drive",
        PU,
        2,
        note="voice input; 下礼拜 without a day",
    ),
    X(
        "qqapp",
        "other",
        None,
        "王工 约车小程序今天早上学员都登不进去 说是验证码收不到 麻烦看一下",
        "x_drive",
        COACH,
        3,
    ),
    X(
        "n126",
        "more_time",
        d(17),
        "王经理：冬季是驾校的招生淡季，学校现金流比较紧张，第二期款能不能宽限两周？谢谢理解。\n\n何静",
        "x_drive",
        HEJ,
        3,
        note="宽限两周 = day + 14",
    ),
    X(
        "n126",
        "partial_payment",
        None,
        """王经理：

第二期款今天先付20000元，剩下18000元月底前付清。

何静
顺达驾校 财务""",
        "x_drive",
        HEJ,
        8,
        danger=True,
        note="the rest promised 月底前 (Dec 31)",
    ),
    X(
        "huawei",
        "promise",
        d(31),
        "王经理啊剩下那一万八这个月底肯定给你付了放心",
        "x_drive",
        PU,
        15,
    ),
    X(
        "n126",
        "paid",
        None,
        "王经理：剩余18,000元已付，至此第二期款已全部付清。\n\n何静",
        "x_drive",
        HEJ,
        31,
    ),
]

ZH_X = GOJI + LAMP + KIDS + STEEL + HS + KIMCHI + BETEL + FUNERAL + CARPET + KNIFE + DRIVE
X_SET = ZH_X + INTL_X + MACHINE_X

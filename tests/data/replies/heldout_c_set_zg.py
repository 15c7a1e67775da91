"""Held-out set ZG: Simplified-Chinese replies (session 13, written blind to the rules).

Eight clients of trades not used before (a Jingdezhen porcelain kiln, a Chenghai toy
exporter, a Haimen home-textile e-shop, a Dalian sea-cucumber farm, a Putian shoe maker, a
Zhengzhou kindergarten group, a Malaysian bird's-nest processor and a Singapore bridal
studio), several people each, over several days of one story. The Traditional-Chinese and
English replies are in heldout_c_set_zg_intl.py, the machine mail in heldout_c_machine_zg.py.
"""

from __future__ import annotations

from datetime import date

from heldout_c_machine_zg import ZG_MACHINE
from heldout_c_set_zg_intl import ZG_INTL
from heldout_c_threads_zg import dec, entry

# 景德镇 窑火陶瓷 (porcelain kiln: firing-curve monitoring and orders; 尾款 ￥96,000)
CHENG = ("程建华", "chengjh@yaohuo-ceramics.com")
YU = ("余芳", "yufang_jdz@163.com")
ZHOU = ("老周", "zhouguoqing1968@qq.com")
WANG_XY = ("汪小雨", "1273390456@qq.com")
CHENG_LIN = ("Lin Cheng", "chenglin.jdz@gmail.com")
# 汕头澄海 乐童玩具 (toy exporter: export orders and inspection; 验收款 ￥128,000)
CHEN_ZK = ("陈泽楷", "2850163377@qq.com")
LIN_XC = ("林晓纯", "linxc@letongtoys.com")
XU_PL = ("许佩玲", "xupl@letongtoys.com")
HUANG_WP = ("黄伟鹏", "huangwp@letongtoys.com")
CAI = ("蔡泽鑫", "caizx@letongtoys.com.cn")
# 南通海门 锦程家纺 (home textiles sold online: WMS phase 2; 二期款 ￥74,000)
SHI = ("施建平", "shijp@jinchenghome.com")
GU = ("顾红梅", "guhm@jinchenghome.com")
NI = ("倪美娟", "nimeijuan@163.com")
JI = ("季卫东", "jiweidong@126.com")
LU = ("陆佳", "lujia_ht@sina.com")
# 大连 獐子湾海参 (sea-cucumber farm: water-quality probes; 中期款 ￥58,000)
YU_HB = ("于洪波", "yuhb@zhangziwan-haishen.com")
SONG = ("宋丽", "songli_dl@163.com")
YU_DH = ("于德海", "yudehai@zhangziwan-haishen.com")
SUN = ("孙鹏", "1392207785@qq.com")
# 莆田 鸿步鞋业 (shoe maker: production scheduling MES; 上线款 ￥142,000)
LIN_ZY = ("林志勇", "linzy@hongbu-shoes.com.cn")
ZHENG = ("郑秀英", "zhengxy@hongbu-shoes.com")
HUANG_WH = ("黄文辉", "huangwh@icloud.com")
WU_J = ("吴俊", "wujun@hongbu-shoes.com")
FANG = ("出纳-小方", "3051822946@qq.com")
# 郑州 小橡树幼教集团 (kindergarten group: parents' mini-program; 尾款 ￥36,000)
LI_HX = ("李红霞", "lihongxia_zz@126.com")
WANG_LJ = ("王丽娟", "wanglj@xiaoxiangshu-edu.com")
ZHANG = ("张主任", "2718830041@qq.com")
# 马来西亚 实兆远 金燕燕窝 (bird's-nest processor, Sitiawan: traceability; 尾款 US$14,500)
WONG = ("Wong Kam Wah 黄锦华", "kwwong.sitiawan@gmail.com")
LEE = ("Lee Hui Min", "huimin.lee@goldenswift.com.my")
TAN = ("Tan Mei Ling", "meiling.tan@goldenswift.com.my")
KL = {"tz": "Asia/Kuala_Lumpur"}
# 新加坡 爱语婚纱摄影 (bridal studio: booking calendar; 二期款 US$9,800)
CHEN_PQ = ("陈佩琪", "peiqi@lovestory-bridal.sg")
JASMINE = ("Jasmine Lim", "jasmine.lim.lsb@gmail.com")
SG = {"tz": "Asia/Singapore"}

JDZ = [
    entry(
        "n163",
        "other",
        None,
        "王经理：\n\n您好！程总出差去佛山看展了，付款单要他签字，他下周回来。我这边先登记，等他回来第一时间给他签。\n\n余芳\n景德镇窑火陶瓷有限公司 财务部\n电话：0798-8561203",
        "zg_jdz",
        2,
        YU,
        note="a hand-off: the signer's return names no payment day",
    ),
    entry("ioszh", "other", None, "收到，我问一下财务", "zg_jdz", 2, CHENG),
    entry(
        "qqapp",
        "dispute",
        None,
        "王经理你好我是窑上的老周 你们那个烧成曲线的系统三号窑温度一直跳 跳到一千三百多度又掉回来 实际窑里没有那么高 "
        "我们按你们的曲线调了火 烧坏了一窑青花 四十多件 这个问题不解决我跟程总说了尾款先不要给",
        "zg_jdz",
        2,
        ZHOU,
        danger=True,
        note="voice input, no punctuation",
    ),
    entry(
        "qqweb",
        "bank_question",
        None,
        "王经理您好，我是出纳小汪。请问你们的开户行是示例银行杭州分行下面哪个支行？我们网银付款要选到支行，选不到转不出去。麻烦告知一下，谢谢！",
        "zg_jdz",
        3,
        WANG_XY,
    ),
    entry(
        "ioszh",
        "dispute",
        None,
        "王经理，三号窑的事老周跟我说了，一窑青花全废了，光料钱就好几万。你们派个人过来看看，是不是你们装的热电偶有问题。钱的事等问题搞清楚了再说。",
        "zg_jdz",
        3,
        CHENG,
        danger=True,
    ),
    entry(
        "gmailzh",
        "other",
        None,
        "王经理您好，我是程琳，负责设计和网店这块。订单管理里面想问一下，能不能把釉色编号一起导出到Excel？现在每次都要手工对，挺麻烦的。谢谢！\n\n程琳\n窑火陶瓷 设计部",
        "zg_jdz",
        7,
        CHENG_LIN,
        note="a feature question, nothing about the payment",
    ),
    entry(
        "qqapp",
        "other",
        None,
        "王经理 你们小刘昨天来过了 热电偶换了个位置 三号窑这两天烧得好好的 曲线跟实际对得上了 我这边没问题了 已经跟程总说了",
        "zg_jdz",
        9,
        ZHOU,
        note="the fault is reported fixed by a user; no sign-off, no payment word",
    ),
    entry(
        "n163",
        "promise",
        dec(15),
        "王经理：\n\n您好！程总已经签字了，尾款96,000元排在12月15号付款，到时候把回单发给您。\n\n余芳",
        "zg_jdz2",
        10,
        YU,
    ),
    entry(
        "qqweb",
        "paid",
        None,
        "王经理您好，尾款已于今天上午通过工商银行转出，金额96,000.00元，回单见附件，请查收。\n\n汪小雨",
        "zg_jdz2",
        15,
        WANG_XY,
        atts=["工商银行电子回单.pdf"],
    ),
    entry(
        "n163",
        "promise",
        dec(16),
        "王经理：\n\n不好意思，刚才核对了一下，小汪昨天转的那笔是另一家供应商（景德镇瓷泥厂）的款，两张付款单弄混了。您这笔今天下午重新走，下班前能出。\n\n余芳",
        "zg_jdz2",
        16,
        YU,
        danger=True,
        earlier="王经理您好，尾款已于今天上午通过工商银行转出，金额96,000.00元，回单见附件，请查收。",
        note="the slip sent the day before was another supplier's: paid is withdrawn, today is promised",
    ),
    entry(
        "ioszh",
        "paid",
        None,
        "收到你的电话了，钱昨天下午已经打过去了，你们查一下。明年四号窑也要上，过完年再聊。",
        "zg_jdz2",
        17,
        CHENG,
    ),
]

ST = [
    entry(
        "foxmail",
        "dispute",
        None,
        "王经理：\n\n    你好！验收款要凭系统验收单付款，验收单我们这边还没签，黄主管说验货模块还有几个问题没改好，等他确认了我才能走付款流程。\n\n林晓纯\n财务部",
        "zg_st",
        2,
        LIN_XC,
        note="the payment waits on QA's open faults in our system",
    ),
    entry(
        "exmail",
        "resend_request",
        None,
        "王经理好，请问你们可以开数电票直接发到这个邮箱吗？纸质的寄过来我们这边经常找不到。之前那张验收款的发票麻烦也按电子的再发一份，谢谢！\n\n许佩玲 跟单部",
        "zg_st",
        3,
        XU_PL,
    ),
    entry(
        "alimail",
        "dispute",
        None,
        "王经理：\n\n验货模块有两个问题：\n1. AQL抽样数量算错了。2500件的批次，按一般检验水平II应该抽125件，系统给的是80件，我们按系统抽的给客户验，被德国客户的第三方查出来了。\n"
        "2. EN71检测报告上传以后打不开，欧洲客户每单都要附。\n\n这两个问题不改好，验收单我没办法签。\n\n黄伟鹏\n品质部",
        "zg_st",
        3,
        HUANG_WP,
        danger=True,
    ),
    entry(
        "coremail",
        "other",
        None,
        "王经理，你们的工程师远程改了抽样表，我测了几个批次，数量对了。PDF打不开的问题还在，估计是文件名带中文，我先让品质部改成英文名试试。\n\n蔡泽鑫 信息部",
        "zg_st",
        4,
        CAI,
    ),
    entry(
        "alimail",
        "acceptance",
        None,
        "王经理：\n\n两个问题都已解决，验收单已签字盖章，扫描件见附件，原件随后快递。\n\n黄伟鹏",
        "zg_st",
        8,
        HUANG_WP,
        atts=["验收单_乐童玩具_扫描件.pdf"],
    ),
    entry(
        "qqapp",
        "acceptance",
        dec(11),
        "王生你好 验收单签好了 钱我叫阿纯这个礼拜五之前给你们过去 有无问题你再打我电话",
        "zg_st",
        8,
        CHEN_ZK,
        note="voice input; Chaoshan 有无; relabelled promise -> acceptance by the convention 'Acceptance with a payment day promised beside it … is acceptance, dated that day' (session 17)",
    ),
    entry(
        "foxmail",
        "dispute",
        None,
        "王经理：\n\n    你好！付款需要贵司开增值税专用发票，之前收到的那张是普通发票，我们没办法抵扣进项，麻烦作废重开一张专票。开票信息：\n"
        "名称：汕头市澄海区乐童玩具有限公司\n税号：91440515MA4X7K2B3Q\n地址电话：汕头市澄海区莲下镇工业区 0754-85712266\n开户行及账号：中国银行澄海支行 6813 5720 1149\n\n林晓纯",
        "zg_st",
        9,
        LIN_XC,
        note="普票 where a 专票 is due: the invoice is refused",
    ),
    entry(
        "exmail",
        "dispute",
        None,
        "王经理好，阿纯让我跟您说一下，专票收到了，款这两天会走。不过我们老板说之前上线拖了两个礼拜，出货的损失要扣一点，具体扣多少他会打电话跟您说。\n\n许佩玲",
        "zg_st",
        11,
        XU_PL,
        danger=True,
        note="a cut of the amount is announced and not agreed: held for the PM",
    ),
    entry(
        "foxmail",
        "partial_payment",
        None,
        "王经理：\n\n    你好！验收款已于12月11日支付，实付人民币121,600.00元，已按合同第八条扣除延期交付违约金6,400.00元（128,000×5%）。银行回单附后，请查收。\n\n林晓纯",
        "zg_st",
        14,
        LIN_XC,
        atts=["中国银行电子回单20261211.pdf"],
    ),
    entry(
        "qqapp",
        "partial_payment",
        None,
        "王生 钱阿纯礼拜五已经过去了 按合同扣了那个违约金 你跟阿纯对一下数 没问题的话明年的订单系统还找你们",
        "zg_st",
        15,
        CHEN_ZK,
    ),
]

NT = [
    entry(
        "olzhcnplain",
        "promise",
        dec(31),
        "王经理：\n\n你好。二期款我们这边流程在走，双十二大促结束以后统一安排供应商付款，预计12月下旬。\n\n顾红梅\n南通海门锦程家纺有限公司 财务部\n2026年12月2日",
        "zg_nt",
        2,
        GU,
    ),
    entry(
        "mailmaster",
        "other",
        None,
        "王经理 施经理这几天出差 二期款的事等他回来看一下再说 你们别着急",
        "zg_nt",
        2,
        NI,
        note="voice input; a hand-off with no day",
    ),
    entry(
        "sina",
        "resend_request",
        None,
        "王经理您好，我是出纳小陆。麻烦把贵司的开户许可证（或者基本存款账户信息表）发一份扫描件给我，我们新供应商第一次付款要存档。谢谢！",
        "zg_nt",
        3,
        LU,
    ),
    entry(
        "n126",
        "dispute",
        None,
        "王经理，双十一那几天你们系统的拣货单打印卡死了两次，每次半个多小时，发货超时被平台罚了款，罚单我们还在整理。这个事情不说清楚，二期款我建议财务先不要付。\n\n季卫东 仓储部",
        "zg_nt",
        3,
        JI,
        danger=True,
    ),
    entry(
        "olzhcn",
        "dispute",
        None,
        "王经理：\n\n季主管说的情况属实。拼多多和抖店两边的超时发货罚款一共是11,860元，截图附上。我们的意见是这部分从二期款里扣掉，剩下的正常付。您看怎么处理。\n\n施建平",
        "zg_nt",
        4,
        SHI,
        atts=["平台罚款截图.png"],
    ),
    entry(
        "mailmaster",
        "dispute",
        None,
        "王经理 你们这个催款函发过来我们老板很不高兴 我们又不是不给钱 是你们系统出的问题 罚款的事情你们一直没有回复 你们先把这个事情给个说法 钱我们肯定给",
        "zg_ntd",
        9,
        NI,
        danger=True,
        note="voice input answering the 催款函",
    ),
    entry(
        "olzhcn",
        "dispute",
        None,
        "王经理：\n\n电话里谈的方案我们同意：罚款双方各承担一半，贵司从二期款中减免5,930元。请贵司按68,070元重新开具发票，收到发票后一周内付款。\n\n施建平\n运营总监",
        "zg_ntd",
        10,
        SHI,
        note="an agreed reduction and an invoice for a new amount: the PM acts; a resend would send the old invoice",
    ),
    entry(
        "n126",
        "other",
        None,
        "王经理，今天早上系统又卡了一次，10分钟左右，麻烦让技术看一下日志。",
        "zg_nt",
        11,
        JI,
    ),
    entry(
        "olzhcnplain",
        "promise",
        dec(17),
        "王经理：\n\n新发票已收到，已提交付款申请，本周四（12月17日）付款。\n\n顾红梅",
        "zg_ntd",
        14,
        GU,
    ),
    entry(
        "sina",
        "paid",
        None,
        "王经理您好，二期款68,070元今天已经付了，回单在附件里，请查收。",
        "zg_ntd",
        17,
        LU,
        atts=["回单.pdf"],
        note="the amount agreed on Dec 10 after the reduction: paid in full",
    ),
]

DL = [
    entry("owazh", "other", None, "王经理，收到。已转财务宋丽处理。\n\n于洪波", "zg_dl", 2, YU_HB),
    entry(
        "n163",
        "promise",
        dec(4),
        "王经理您好，中期款于总已经批了，这周五出款。\n\n宋丽",
        "zg_dl",
        2,
        SONG,
    ),
    entry(
        "qqapp",
        "other",
        None,
        "王工 二号圈的溶解氧探头读数一直是零 昨天后半夜报警也没响 幸亏我们人去看了一眼 不然这一圈参全得闷死 你们赶紧派人来看看",
        "zg_dl",
        3,
        SUN,
        note="a defect and a plea; no payment word",
    ),
    entry(
        "huawei",
        "dispute",
        None,
        "小王啊我跟你说 你们那个探头不好使 二号圈差点出大事 这钱啊我看先别着急要 等探头整明白了再说 听着没",
        "zg_dl",
        3,
        YU_DH,
        danger=True,
        note="voice input; Dalian speech",
    ),
    entry(
        "n163",
        "dispute",
        None,
        "王经理：\n\n董事长交代，探头的问题解决之前中期款先不付，原定这周五的付款暂停了，等通知。\n\n宋丽",
        "zg_dl",
        4,
        SONG,
        danger=True,
        note="the Friday promise is withdrawn because of the fault",
    ),
    entry(
        "qqapp", "other", None, "王工 探头换完了 这两天数据正常 报警也试了 好使", "zg_dl", 8, SUN
    ),
    entry(
        "owazh",
        "promise",
        dec(9),
        "王经理，探头问题已经解决，董事长同意付款，宋丽今天安排。\n\n于洪波\n大连獐子湾海参养殖有限公司 总经理",
        "zg_dl",
        9,
        YU_HB,
    ),
    entry(
        "n163",
        "paid",
        None,
        "",
        "zg_dl",
        10,
        SONG,
        atts=["中期款网银回单.pdf"],
        note="an empty body with the bank slip",
    ),
]

PT = [
    entry(
        "alimail",
        "dispute",
        None,
        "王经理您好！\n\n上线款的发票抬头开成了“莆田市鸿步鞋业有限责任公司”，我们公司全称是“莆田市鸿步鞋业有限公司”，没有“责任”两个字，税号也少了一位。这张发票我们入不了账，麻烦作废重开。\n\n郑秀英\n财务部",
        "zg_pt",
        2,
        ZHENG,
    ),
    entry(
        "coremail",
        "acceptance",
        None,
        "王经理，发票的问题财务会单独跟您说。上线确认报告我们已经盖章了，明天顺丰寄出。\n\n林志勇\n采购部",
        "zg_pt",
        2,
        LIN_ZY,
    ),
    entry(
        "tbzh",
        "other",
        None,
        "系统上线三周，排产基本稳定。有个小问题：鞋码拆分时36.5码会被四舍五入成37码，已经提了工单。不影响付款流程。\n\n吴俊",
        "zg_pt",
        3,
        WU_J,
        below=True,
    ),
    entry(
        "alimail",
        "promise",
        dec(10),
        "王经理：\n\n重开的发票收到了，信息无误。我们每月10号、25号统一付款，这笔排在10号。\n\n郑秀英",
        "zg_pt",
        4,
        ZHENG,
    ),
    entry(
        "applezh",
        "promise",
        dec(10),
        "王总，上线款我问了财务，10号走。另外明年三厂也要上系统，找个时间来莆田喝茶聊聊。\n\n黄文辉",
        "zg_pt",
        7,
        HUANG_WH,
    ),
    entry(
        "alimail",
        "bank_question",
        None,
        "王经理：\n\n明天是10号付款日，跟您确认一下：贵司收款账户有没有变化？合同上的账号和这次催款邮件里的一致吗？没有变化我们就按合同上的付。\n\n郑秀英",
        "zg_pt",
        9,
        ZHENG,
    ),
    entry(
        "qqhtml",
        "paid",
        None,
        "王经理：上线款142000元已于今日付出，请注意查收。",
        "zg_pt",
        10,
        FANG,
    ),
    entry(
        "coremail",
        "paid",
        None,
        "王经理，财务说昨天已经付了，您那边收到没有？没收到跟我说，我让他们查。\n\n林志勇",
        "zg_pt",
        11,
        LIN_ZY,
        note="relayed from finance without doubt",
    ),
]

ZZ = [
    entry(
        "mmios",
        "more_time",
        date(2027, 1, 15),
        "王经理你好，尾款的事我记着呢。集团这个月现金比较紧，下学期的学费要到一月初才开始收，能不能宽限到1月15号？",
        "zg_zz",
        2,
        LI_HX,
    ),
    entry(
        "qqapp",
        "promise",
        None,
        "王经理 俺是后勤老张 园长说了尾款年后给 这个事恁放心 中不中 钱不会少恁的",
        "zg_zz",
        3,
        ZHANG,
        note="voice input, Henan speech; 年后 names no day",
    ),
    entry(
        "mmios",
        "resend_request",
        None,
        "王经理，还有个事：发票能不能开成“信息技术服务费”？教育局检查的时候“软件开发费”不好解释。麻烦重新开一张，谢谢！",
        "zg_zz",
        4,
        LI_HX,
        note="another wording chosen by the client, no fault said",
    ),
    entry(
        "olzhcn",
        "more_time",
        None,
        "王经理：\n\n您好！园长同意分两次付：12月25日前先付18,000元，剩下18,000元1月20日前付清。请您确认是否可以。\n\n王丽娟\n财务部",
        "zg_zz",
        9,
        WANG_LJ,
        note="an instalment plan asked for: no single day",
    ),
    entry(
        "olzhcn",
        "partial_payment",
        date(2027, 1, 20),
        "王经理：\n\n第一笔18,000元今天已付，回单附后。第二笔18,000元按约定1月20日前付清。\n\n王丽娟",
        "zg_zz",
        24,
        WANG_LJ,
        atts=["付款回单.pdf"],
        note="the rest promised for Jan 20",
    ),
]

MY = [
    entry(
        "owazh",
        "dispute",
        None,
        "王经理你好，\n\n尾款我们这边已经准备好了，不过你们系统生成的溯源码格式跟中国海关的要求不一样，备案被退回了两次，我们的货现在进不了。老板说这个弄好了才付尾款，麻烦你们尽快跟进。\n\nLee Hui Min\nAccounts, Golden Swift Bird's Nest Sdn Bhd",
        "zg_my",
        2,
        LEE,
        danger=True,
        **KL,
    ),
    entry(
        "gmailzh",
        "promise",
        dec(9),
        "王总，\n\n码的格式你们的工程师昨晚改好了，今天重新提交备案。尾款我叫Hui Min下个礼拜三bank in给你们，ok？\n\nWong",
        "zg_my",
        4,
        WONG,
        **KL,
    ),
    entry(
        "olmobzh",
        "bank_question",
        None,
        "王经理，想确认一下，TT汇款的话中间行是哪一家？我们Maybank说要填中间行的SWIFT，不然钱可能会被退回来。谢谢！",
        "zg_my",
        7,
        TAN,
        **KL,
    ),
    entry(
        "owazh",
        "partial_payment",
        None,
        "王经理，\n\n尾款USD14,500今天已经TT了，银行收了USD25的手续费，所以你们收到会少一点。汇款单附上。\n\nHui Min",
        "zg_my",
        9,
        LEE,
        atts=["TT_Maybank_20261209.pdf"],
        note="a bank charge stated: partial",
        **KL,
    ),
]

SG_ = [
    entry(
        "applezh",
        "promise",
        dec(31),
        "王先生，不好意思，这个月婚宴旺季，我们的账比较乱。二期款我会叫Jasmine月底前处理好。\n\nPeiqi",
        "zg_sg",
        2,
        CHEN_PQ,
        **SG,
    ),
    entry(
        "gmailzh",
        "bank_question",
        None,
        "Hi 王先生，我是Jasmine，负责账目。想请问二期款可以用新币转账吗？如果只能美金TT，请告诉我你们银行的SWIFT code和银行地址，我们这边的银行要填。谢谢！\n\nJasmine",
        "zg_sg",
        3,
        JASMINE,
        **SG,
    ),
    entry(
        "applezh",
        "other",
        None,
        "王先生，系统的档期冲突提醒还是不准，上个周末有两对新人同一个时段订了同一个化妆师，差点出事。这个要尽快修，不然我们不敢再用了。",
        "zg_sg",
        10,
        CHEN_PQ,
        **SG,
    ),
    entry(
        "gmailzh",
        "paid",
        None,
        "王先生，二期款USD 9,800已经在今天汇出，附件是银行的confirmation，请查收。\n\nJasmine",
        "zg_sg",
        18,
        JASMINE,
        atts=["OCBC_TT_confirmation.pdf"],
        **SG,
    ),
]

ZZ.append(
    entry(
        "qqapp",
        "more_time",
        date(2027, 2, 5),
        "王经理 园长让俺问问 一月二十号那一笔能不能再往后推推 推到春节前 中不中 年底家长退费的多 账上实在紧",
        "zg_zz",
        28,
        ZHANG,
        note="voice input; 春节前 = 除夕 (Feb 5, 2027)",
    )
)
NT.append(
    entry(
        "olzhcnplain",
        "dispute",
        None,
        "王经理：\n\n转发施总的意见，供参考。\n\n顾红梅\n\n-----邮件原件-----\n发件人: 施建平 [mailto:shijp@jinchenghome.com]\n"
        "发送时间: 2026年12月7日 18:12\n收件人: 顾红梅\n主题: 答复: 示例科技二期款\n\n红梅：\n\n罚款的事没谈妥之前，示例科技的二期款先别付，他们催款函来了也一样。\n\n施建平",
        "zg_nt",
        8,
        GU,
        danger=True,
        note="the refusal is in a forwarded colleague's note below her one line",
    )
)
DL.append(
    entry(
        "huawei",
        "paid",
        None,
        "小王 钱昨天宋丽已经给你打过去了 你查查 以后有啥事直接给我打电话 别老发邮件 我看不过来",
        "zg_dl",
        11,
        YU_DH,
        note="voice input; relays the payment of Dec 10",
    )
)

ZG_SET = JDZ + ST + NT + DL + PT + ZZ + MY + SG_ + ZG_INTL + ZG_MACHINE

"""Held-out set ZS: Simplified-Chinese replies (session 17, written blind to the rules).

Set ZS is international-heavy. Its Simplified part: a Tongxiang knitwear exporter (European
buyers, a second reminder), a Keqiao fabric trader (Dubai buyer's dollars stuck at an
intermediary bank; its Hong Kong company pays, in Traditional), a Wenzhou valve maker (CE
numbers on its inspection reports, a 催款函) and the Phnom Penh luggage factory of a Ningbo group
(the head office pays for it). The Traditional-Chinese and English replies are in
heldout_c_set_zs_intl.py, the machine mail in heldout_c_machine_zs.py.
"""

from __future__ import annotations

from heldout_c_machine_zs import ZS_MACHINE
from heldout_c_set_zs_intl import ZS_INTL
from heldout_c_threads_zs import dec, entry

e = entry
KH = {"tz": "Asia/Phnom_Penh"}

# 桐乡 恒毛针织制衣 (knitwear exporter: knitting schedules and export orders; 二期款 ￥92,000)
SHEN_GQ = ("沈国强", "shengq@hengmao-knit.com")
YAO_KJ = ("姚会计", "yaoyl_hm@163.com")
ZHU_CN = ("朱小芸", "2418830671@qq.com")
QIAN_GD = ("钱跟单", "qianhy@hengmao-knit.com")
LEO = ("Leo Shen", "leo.shen.milano@gmail.com")
# 柯桥 锦程纺织 (fabric trader: warehouse and export order follow-up; 尾款 ￥78,000)
JIN_JM = ("金建明", "jinjm@jincheng-textile.com")
SUN_LP = ("孙丽萍", "sunlp@jincheng-textile.com")
WEI_GD = ("魏婷", "1730566249@qq.com")
CAI_KJ = ("蔡会计", "caikj_kq@sina.com")
# 温州 瓯江阀门制造 (valve maker: export orders and inspection traceability; 验收款 ￥110,000; a 催款函)
PAN_JH = ("潘建华", "panjh@oujiang-valve.com")
LIN_CG = ("林采购", "linxm@oujiang-valve.com")
ZHOU_CW = ("周晓燕", "caiwu@oujiang-valve.com")
CHEN_IT = ("陈伟", "chenwei@oujiang-valve.com")
# 金边 宁波远航箱包 柬埔寨工厂 (luggage factory: production scheduling and shipments; 上线款 ￥64,000)
YE_JG = ("叶建国", "ye.jianguo.kh@gmail.com")
MAO_CW = ("毛丽君", "maolj@yuanhang-bags.com")
LV_IT = ("吕小东", "lvxd2019@126.com")

# 北宁 东莞华灿灯饰 越南工厂 (lighting plant in Bac Ninh: shop-floor reporting, Vietnamese boards; 中期款 ￥58,000)
LE_CW = ("黎秋香", "2875510634@qq.com")
LUO_CZ = ("罗志勇", "luozy@huacan-lighting.com")
VN = {"tz": "Asia/Ho_Chi_Minh"}

# fmt: off
TX = [
    e("foxmail", "promise", dec(10),
      "王经理：\n\n您好！沈总已经批了，二期款排在12月10日那一批对外付款里。\n\n姚会计\n桐乡市恒毛针织制衣有限公司 财务部",
      "zs_tx", 2, YAO_KJ),
    e("huawei", "more_time", None,
      "王经理 欧洲那几个客户圣诞前都不回款 我们压力也大 二期款能不能等元旦以后再付 你跟你们老板说说",
      "zs_tx", 3, SHEN_GQ, note="voice; asks to wait until after New Year, no day"),
    e("exmail", "other", None,
      "王经理：\n\n排产系统里英国客户那几张订单的尺码表导出来是乱码，UK尺码和欧码对不上，业务员现在只能手抄。麻烦尽快安排人看一下。\n\n钱海燕\n跟单部",
      "zs_tx", 3, QIAN_GD, note="a fault report, no payment word"),
    e("n163", "dispute", None,
      "王经理：\n\n贵司开来的二期款发票抬头是“桐乡恒毛针织有限公司”，我司全称是“桐乡市恒毛针织制衣有限公司”，少了“市”和“制衣”，税号倒是对的，但这张我们入不了账，麻烦作废后重开一张。\n\n姚会计",
      "zs_tx", 4, YAO_KJ, danger=True, note="the invoice's title wrong"),
    e("qqapp", "dispute", None, "王经理 沈总说先转五万 下午转了 剩下的四万二等新发票到了再付",
      "zs_tx", 7, ZHU_CN, danger=True,
      note="50,000 of 92,000 paid; the rest held until our wrong invoice is reissued (a part paid, the rest on our fix)"),
    e("olmobzh", "other", None, "收到，我让财务查一下。", "zs_tx2", 8, SHEN_GQ, note="no payment word, no day"),
    e("foxmail", "promise", dec(18),
      "王经理：\n\n新发票已收到，谢谢。剩余42,000元我们本月18日付清。\n\n姚会计",
      "zs_tx2", 9, YAO_KJ),
    e("gmailzh", "other", None,
      "王经理你好，我是沈国强的儿子，在米兰负责欧洲门店。我爸说你们的订单系统可以开放接口，我们米兰和巴黎两家店的POS能不能接进来？大概需要多少费用？\n\nLeo",
      "zs_tx2", 10, LEO, tz="Europe/Rome", note="a new request from the son in Milan"),
    e("qqapp", "paid", None, "王经理 剩下的四万二今天转过去了 回单发你了", "zs_tx2", 18, ZHU_CN,
      atts=["工行电子回单20261218.pdf"]),
    e("huawei", "other", None, "王经理 钱都付清了吧 明年春节前还想上个仓库模块 过完年再找你们谈", "zs_tx2", 21, SHEN_GQ),
]

KQ = [
    e("alimail", "promise", None,
      "王经理：\n\n尾款的事我知道。我们迪拜那个客户的货款现在卡在中转行，美元一直没到，这边资金也紧张，等这笔货款到了马上就付你们。\n\n金建明",
      "zs_kq", 2, JIN_JM, note="hung on the client's own incoming money, no time asked, no day"),
    e("qqweb", "other", None,
      "王经理，跟单系统的色卡号能不能再加一列潘通色号？中东客户下单老问潘通号，我们每次都要去翻本子。",
      "zs_kq", 3, WEI_GD),
    e("alimail", "bank_question", None,
      "王经理您好：\n\n我们网银跨行大额转账要填收款行的联行号，提醒邮件里没有，麻烦告知一下贵司开户行的12位联行号。\n\n孙丽萍\n财务部",
      "zs_kq", 4, SUN_LP, danger=True),
    e("sina", "dispute", None,
      "王经理：\n\n我是锦程纺织的代账会计。贵司开的尾款发票是增值税普通发票，锦程是一般纳税人，要抵扣进项，这张普票我们用不了，请开增值税专用发票。\n\n蔡会计",
      "zs_kq", 4, CAI_KJ, danger=True, note="普票 where a 专票 is due"),
    e("mailmaster", "promise", dec(8),
      "王经理，迪拜的钱周五到账了，尾款明天安排香港公司付给你们。",
      "zs_kq", 7, JIN_JM, note="明天 from Mon 7th; the money's arrival day is not the payment's"),
    e("n163", "other", None, "王经理：\n\n专票收到了，谢谢。\n\n蔡会计", "zs_kq", 21, CAI_KJ),
    e("qqhtml", "paid", None, "王经理，香港公司重新汇的款到了没有？银行说那边已经解付了。", "zs_kq", 14, JIN_JM,
      note="HTML only; the money re-sent, asks whether it arrived"),
]

WZ = [
    e("olzhcn", "dispute", None,
      "王经理：\n\n验收报告我们还没签。质检追溯模块打出来的出厂检验报告上没有CE证书编号，欧洲客户不认这个报告，货都压在码头。这个问题不改好，验收没法签，验收款也就谈不上。\n\n潘建华\n温州瓯江阀门制造有限公司",
      "zs_wz", 2, PAN_JH, danger=True),
    e("olzhcn", "resend_request", None,
      "王经理：\n\n验收款的发票我这边找不到了，上次那封邮件可能被系统当垃圾邮件删了，麻烦再发一份PDF给我，我们走内部流程要用。\n\n林晓敏\n采购部",
      "zs_wz", 3, LIN_CG),
    e("olzhcnplain", "other", None,
      "王经理：\n\n打印检验报告的时候服务器报错，错误截图在附件里，麻烦技术看一下是不是模板的问题。\n\n陈伟\n信息部",
      "zs_wz", 4, CHEN_IT, atts=["报错截图.png"]),
    e("applezh", "other", None, "我这个月在德国汉诺威参展，回来再说。", "zs_wz", 5, PAN_JH,
      tz="Europe/Berlin", note="a put-off with no day and no ask; the PM asks"),
    e("olzhcn", "acceptance", None,
      "王经理：\n\n催款函收到。CE编号的问题你们上周五已经改好了，我们这两天打了三十几份报告都正常，验收单今天签了，扫描件附后。验收款按合同约定验收合格后15个工作日内支付。\n\n潘建华",
      "zs_wzd", 9, PAN_JH, atts=["验收单-瓯江阀门.pdf"], note="acceptance; the term restated names no day"),
    e("foxmail", "dispute", None,
      "王经理：\n\n合同约定验收款在验收合格后支付，目前验收单还没签，按合同还没到付款时间，请知悉。\n\n周晓燕\n财务部",
      "zs_wz", 3, ZHOU_CW, danger=True, note="not yet due under the contract: an objection, no promise"),
    e("foxmail", "promise", dec(17),
      "王经理：\n\n您好！验收款110,000元我们安排在12月17日支付，请知悉。\n\n周晓燕\n财务部",
      "zs_wzd", 10, ZHOU_CW),
    e("foxmail", "paid", None,
      "王经理：\n\n验收款110,000元今日已通过农业银行汇出，请查收。\n\n周晓燕",
      "zs_wzd", 17, ZHOU_CW),
    e("tbzh", "resend_request", None,
      "王经理：\n\n年底我们要和供应商对账，请把今年贵司开给我们的全部发票清单和电子版再发一份过来。\n\n周晓燕",
      "zs_wzd", 12, ZHOU_CW),
    e("olzhcn", "dispute", None,
      "王经理：\n\n休斯顿公司那笔中期款我还没批。合同里说好的经销商保修理赔流程到现在还没上线，美国那边经销商还在用Excel报理赔。这个上线了我再批。\n\n潘建华",
      "zs_us", 4, PAN_JH, danger=True, note="the parent's chairman holds the subsidiary's payment for a missing deliverable"),
    e("gmailzh", "paid", None,
      "王经理您好，我是休斯顿公司的财务潘丽。款昨天又重新汇了一次，这次应该没问题了，中间行可能会扣二三十美元手续费，到账后麻烦确认一下。\n\n潘丽",
      "zs_us", 16, ("潘丽", "lily.pan.hou@gmail.com"), tz="America/Chicago", note="a cut only guessed at: paid"),
]

KHF = [
    e("gmailzh", "promise", None,
      "王经理：\n\n柬埔寨这边付人民币不方便，上线款要从宁波总部走，我已经让总部财务安排了，下周付。\n\n叶建国\n远航箱包（柬埔寨）有限公司",
      "zs_kh", 2, YE_JG, **KH, note="下周 with no day"),
    e("coremail", "dispute", None,
      "王经理您好：\n\n柬埔寨工厂的上线款由宁波总部代付。贵司的发票开给了远航箱包（柬埔寨）有限公司，总部付款需要发票抬头是宁波远航箱包有限公司，原来那张我们这边财务和审计都不认，麻烦按总部的抬头重开。\n\n毛丽君\n宁波远航箱包有限公司 财务中心",
      "zs_kh", 3, MAO_CW, danger=True, note="the invoice addressed to the subsidiary, not the payer: will not be accepted"),
    e("mmios", "other", None,
      "王经理，上线以后扫码枪在高棉语系统的电脑上读不出条码，中文系统的电脑就可以，麻烦远程看看。",
      "zs_kh", 4, LV_IT, **KH),
    e("coremail", "promise", dec(15),
      "王经理：\n\n新发票已收到。上线款下周二付。\n\n毛丽君",
      "zs_kh", 9, MAO_CW, note="下周二 from Wed 9th"),
    e("coremail", "paid", None,
      "王经理：\n\n上线款64,000元今天已付，电子回单见附件。\n\n毛丽君",
      "zs_kh", 15, MAO_CW, atts=["宁波银行回单.pdf"]),
    e("huawei", "dispute", None, "王经理 发票的事毛会计跟你们说了吧 改好了尽快付 不会拖你们的", "zs_kh", 5, YE_JG, **KH, danger=True,
      note="voice; the payment waits on our reissued invoice (the head office's objection of the 3rd)"),
    e("gmailzh", "other", None,
      "王经理：\n\n明年二期的事等春节后再说吧，工厂春节放假是2月1号到2月20号，工人都回国。\n\n叶建国",
      "zs_kh", 22, YE_JG, **KH, note="the next phase; the holidays name no payment"),
]

VNF = [
    e("qqweb", "more_time", dec(20),
      "王经理您好：\n\n越南这边付人民币要银行按合同审批，审批大概要两个星期，中期款能否宽限到12月20日？\n\n黎秋香\n华灿灯饰（越南）有限公司 财务",
      "zs_vn", 2, LE_CW, **VN),
    e("olzhcnplain", "dispute", None,
      "王经理：\n\n系统的越南语界面现在还有一半是中文，车间工人看不懂，报工都要组长代报。合同里中期款的里程碑写的是“中越双语看板上线”，这个没完成，中期款现在付不了。\n\n罗志勇\n厂长",
      "zs_vn", 3, LUO_CZ, danger=True, **VN),
    e("qqweb", "resend_request", None,
      "王经理：\n\n银行审批要贵司提供英文版的发票，麻烦按原来的内容开一份英文的发过来。\n\n黎秋香",
      "zs_vn", 11, LE_CW, **VN),
    e("qqapp", "paid", None, "王经理 越南这边银行批下来了 今天汇出58000元 中间行手续费我们这边承担了",
      "zs_vn", 17, LE_CW, **VN),
    e("alimail", "acceptance", None,
      "王经理：\n\n越南语界面改好了，中越双语看板今天在车间正式用起来了，中期款的里程碑我们确认完成，已经通知财务。\n\n罗志勇",
      "zs_vn", 9, LUO_CZ, **VN, note="the milestone's deliverable confirmed done; no day"),
    e("qqappen", "promise", dec(17),
      "Dear Mr Wang, the bank approved our payment today, we will transfer on 17 Dec. Thank you for waiting.\n\nThu Huong",
      "zs_vn", 14, ("Nguyen Thu Huong", "3051826647@qq.com"), **VN, note="a Vietnamese clerk answers the Chinese reminder in English"),
]
# fmt: on

ZS_SET = TX + KQ + WZ + KHF + VNF + ZS_INTL + ZS_MACHINE

"""Held-out set U: mainland clients' replies, written blind (the rest in the _u_* modules).

Written by a helper that never opened daemon/inbox/, the corpus bodies, the reply tests or
any earlier set's bodies; only the machinery (heldout_c_mime/quote/styles.py, the generator)
and labels.yaml's conventions. Seven mainland trades here: a Ningde battery-pack assembler,
a Zibo ceramic-membrane maker, a Sanya dive resort, a Baoding luggage maker, a Wuhu robot-arm
integrator, a Zigong lantern-festival maker (Sichuan speech) and a Jiaxing 粽子 brand; each
answers its own reminder (heldout_c_threads_u.py). Dates are the reply's day in Shanghai.
"""

from __future__ import annotations

from datetime import date

from heldout_c_machine_u import U_BOUNCES
from heldout_c_machine_u_auto import U_AUTO
from heldout_c_set_u_hant import U_HANT
from heldout_c_set_u_intl import U_INTL
from heldout_c_threads_u import o

D = date
# Ningde battery-pack assembler (Fujian): finance, procurement, the boss, the cashier.
ND_LIN = ("林秀英", "linxy@ldpack-nd.com")
ND_ZHENG = ("郑伟", "zheng.wei@ldpack-nd.com")
ND_HUANG = ("黄总", "huang.jm@ldpack-nd.com")
ND_CHEN = ("小陈", "2873301946@qq.com")
# Zibo ceramic-membrane maker: the accountant on 163, equipment on Coremail, the boss, buyer.
ZB_SUN = ("孙丽", "sunli_zbmy@163.com")
ZB_WANG = ("王建国", "wangjg@zbmoyuan.com.cn")
ZB_YU = ("于总", "yu.ht@zbmoyuan.com.cn")
ZB_BUY = ("淄博膜源 采购部", "caigou@zbmoyuan.com.cn")
# Sanya dive resort: finance on Exmail, the GM on the QQ app, operations on Mail Master iOS.
SY_FU = ("符小梅", "fu.xm@sanyabluebay.com")
SY_LI = ("黎海", "1563620987@qq.com")
SY_WU = ("吴晓东", "ops_lbw@126.com")
# Baoding (Baigou) luggage maker: accountant on QQ, the boss's wife by voice, e-commerce, cashier.
BD_LIU = ("刘会计", "1372209845@qq.com")
BD_WANG = ("王姐", "wangjie@hengdabags.com")
BD_DS = ("恒达箱包电商部", "ds@hengdabags.com")
BD_CN = ("恒达出纳", "hdxb_cn@sina.com")
# Wuhu robot-arm integrator: PM on OWA, shared services (plain Outlook), purchasing on Thunderbird.
WH_MA = ("马骏", "ma.jun@zhibi-auto.onmicrosoft.com")
WH_MA_M = ("马骏", "ma.jun@zhibi-auto.com")
WH_FS = ("智臂自动化财务共享中心", "fssc@zhibi-auto.com")
WH_PUR = ("采购部 周敏", "purchase@zhibi-auto.com")
# Zigong lantern maker (Sichuan speech): the boss on the QQ app, the accountant on 126, a designer.
ZG_ZENG = ("曾老板", "1049935521@qq.com")
ZG_KJ = ("彩灯公司会计", "zgcd_kj@126.com")
ZG_LUO = ("Luo Yu", "luoyu.lantern@gmail.com")
# Jiaxing 粽子 brand: finance on Mail Master, the e-commerce head on Gmail, admin on Sina.
JX_SHEN = ("沈晓燕", "shenxy@zongxiangzhai.com")
JX_WANG = ("王浩", "wanghao.zxz@gmail.com")
JX_XZ = ("行政部", "zxz_xz@sina.com")
JX_SHEN_QQ = ("沈晓燕", "578812043@qq.com")

# fmt: off
ZH: list[tuple] = [
    # --- Ningde ---
    ("foxmail", "paid", None, "王经理您好，\n\n验收款余款136,000元已于12月10日通过兴业银行宁德分行转出，连同12月3日的100,000元已全部付清，电子回单见附件，请查收核对。\n\n林秀英\n宁德锂动能源科技有限公司  财务部\n电话：0593-2870516  手机：138 5933 0215", o("nd2", ND_LIN, 11, atts=["回单.pdf"])),
    ("olzhcn", "dispute", None, "王经理：\n\n验收报告上还有两项没有关闭：电芯温度点位漏采（3号线少了12个点），还有模组条码偶尔重复。我们质量部没有签字，所以验收款现在不具备付款条件。\n\n请先安排工程师过来处理，处理完了质量部签字，财务自然会走流程。\n\n郑伟\n采购部\n宁德锂动能源科技有限公司", o("nd", ND_ZHENG, 2)),
    ("ioszh", "promise", D(2026, 12, 4), "财务那边我交代过了，这周五之前付掉", o("nd", ND_HUANG, 2)),
    ("qqweb", "partial_payment", None, "王经理：\n今天先付了10万，剩下的136,000等集团资金下拨了再付，具体时间我再通知您。\n\n出纳 陈", o("nd", ND_CHEN, 3)),
    ("foxmail", "bank_question", None, "王经理：\n\n我们付款系统里收款行必须选到支行一级，示例银行杭州分行下面具体是哪个支行（网点）？麻烦把12位联行号也发一下，不然网银提交不了。\n\n谢谢！\n林秀英", o("nd2", ND_LIN, 9)),
    ("olzhcn", "acceptance", None, "王经理，\n\n上周你们工程师来把两个问题都处理了，我们跑了三天没有再出现。质量部今天已经在验收单上签字，扫描件附上，我已经转给财务。\n\n郑伟", o("nd2", ND_ZHENG, 10, atts=["验收单-签字版.pdf"])),
    ("ioszh", "paid", None, "余款今天上午已经付了 你们查一下", o("nd2", ND_HUANG, 10)),
    ("qqweb", "promise", D(2026, 12, 10), "王经理您好：\n\n黄总已经批了，我明天上午走网银把剩下的136,000付掉，付完把回单发您。\n\n---- 转发的邮件 ----\n发件人：黄总\n收件人：小陈\n主题：转发：验收款逾期提醒（第二次）\n\n小陈，这个明天安排付掉，别再拖了。", o("nd2", ND_CHEN, 9)),
    ("olzhcn", "other", None, "王经理，付款申请已经在OA里提交了，流程号FK-20261202-0173，目前在财务总监节点，审批完了财务会安排，有进展我告诉您。\n\n郑伟", o("nd", ND_ZHENG, 3, danger=True, note="submitted for approval, not paid")),
    ("foxmail", "other", None, "王经理：\n\n想问一下贵司能不能接受银行承兑汇票？我们年底现金比较紧，可以开6个月的银承，金额正好236,000。如果可以的话请告诉我们贵司的开票信息。\n\n林秀英", o("nd", ND_LIN, 4, note="asks to pay by acceptance bill")),
    ("ioszh", "other", None, "收到", o("nd", ND_HUANG, 4)),
    # --- Zibo ---
    ("n163", "promise", D(2026, 12, 9), "王经理您好，\n\n中期款我们正在走审批，预计下周三能付出去，付完给您发回单。\n\n孙丽\n淄博膜源陶瓷科技有限公司 财务部\n0533-3581207", o("zb", ZB_SUN, 2)),
    ("coremail", "dispute", None, "王工你好：\n\n能耗平台到现在二号窑炉的电表数据还是断断续续的，一天掉线好几次，月底能耗报表根本对不上。这个问题不解决，中期款我们设备部不会在付款单上签字。\n\n王建国\n设备部\n淄博膜源陶瓷科技有限公司", o("zb", ZB_WANG, 2)),
    ("huawei", "more_time", D(2027, 1, 15), "小王啊，今年陶瓷膜行情不好，下游回款太慢了。中期款能不能宽限到明年1月中旬，我们肯定不会赖账的，你跟你们领导说说", o("zb", ZB_YU, 3)),
    ("n163", "paid", None, "王经理：\n\n中期款158,400元今天上午已经付了，附件是电子回单，请查收。\n\n孙丽", o("zb2", ZB_SUN, 11, atts=["电子回单.pdf"])),
    ("tbzh", "resend_request", None, "王经理，\n\n财务说一直没收到中期款的发票，能否把电子发票重新发一份到 caigou@zbmoyuan.com.cn？收到后我们就走付款。\n\n采购部 刘", o("zb", ZB_BUY, 2)),
    ("coremail", "other", None, "我这两天在淄博高新区出差，不在厂里。付款的事请直接联系财务孙丽，电话0533-3581207。\n\n王建国", o("zb2", ZB_WANG, 10)),
    ("coremail", "dispute", None, "见下文。", o("zb", ZB_WANG, 4, inline=("如已付款", "【王建国】未付。二号窑电表掉线问题没解决之前不付。"), danger=True, note="answer inline under 如已付款: 未付")),
    ("n163", "promise", D(2026, 12, 11), "王经理，不好意思，上周说的周三没付成，于总出差了没签字。他明天回来，这周五一定付。\n\n孙丽", o("zb2", ZB_SUN, 8, earlier="王经理您好，\n\n中期款我们正在走审批，预计下周三能付出去，付完给您发回单。\n\n孙丽")),
    ("huawei", "other", None, "小王，钱的事你别找我了，直接找孙丽", o("zb2", ZB_YU, 8)),
    # --- Sanya ---
    ("exmail", "promise", D(2026, 12, 10), "王先生您好：\n\n上线款已经提交黎总审批了，审完我们一般两三个工作日就能付出，最晚12月10号前。\n\n符小梅\n三亚蓝湾潜水度假村  财务部\n0898-8821 6630", o("sy", SY_FU, 2)),
    ("qqapp", "dispute", None, "系统上线以后预约页面老是卡，潮汐时间表也不准，上周有两拨客人按你们的时间来了，结果浪太大下不了水，投诉到携程了。这个钱先别催，问题解决了再说", o("sy", SY_LI, 2)),
    ("mmios", "other", None, "王经理您好，我是运营部吴晓东，付款不归我管，邮件我已经转给财务符小梅了。\n另外想问一下，装备租赁模块能不能加一个押金原路退回的功能？现在都是前台手工退，很麻烦。", o("sy", SY_WU, 3)),
    ("exmail", "paid", None, "款已付，见回单。", o("sy2", SY_FU, 9, atts=["回单.jpg"])),
    ("qqapp", "promise", D(2026, 12, 10), "周末技术员又测了一遍，卡顿好了，潮汐也对上了。钱我让财务周四之前安排", o("sy2", SY_LI, 8)),
    ("qqapp", "paid", None, "收到你们的催款函，有点不理解，我们前天不是已经付了吗？符小梅给你们发过回单的，你们财务自己查一下", o("sydemand", SY_LI, 11)),
    ("exmail", "bank_question", None, "王先生，请问贵司有没有美元账户？我们度假村一部分收入是外币，想直接用美元付这笔上线款，可以的话请提供美元账户的开户行、账号和SWIFT代码。", o("sy", SY_FU, 4)),
    # --- Baoding ---
    ("qqweb", "paid", None, "您好，\n尾款剩下的42,500元今天已经付清了，付款户名是保定白沟新城恒达箱包制造有限公司，用的农行，麻烦核对一下。\n\n刘会计  13903127745", o("bd2", BD_LIU, 11)),
    ("huawei", "promise", D(2026, 12, 7), "王经理你好我是恒达箱包的王姐那个尾宽的事我知道了这两天仓库在盘点等盘完了下礼拜一给你打过去你放心", o("bd", BD_WANG, 3, note="voice input: 尾宽 = 尾款")),
    ("alimail", "dispute", None, "王经理您好：\n\n发票抬头开成了“保定白沟箱包厂”，我们公司全称是“保定白沟新城恒达箱包制造有限公司”，税号也少了一位，财务说这张票入不了账，麻烦作废重开一张，重开之前尾款没法付。\n\n恒达箱包 电商部 赵倩", o("bd", BD_DS, 2)),
    ("sina", "partial_payment", D(2026, 12, 31), "王经理：\n\n今天先转了5万，剩下的42,500元元旦前付清。\n\n恒达箱包 出纳", o("bd2", BD_CN, 9)),
    ("qqweb", "bank_question", None, "王经理，你们的账号6222 0000 1234 5678我们网银提示“户名与账号不符”，是不是户名后面要加“杭州分公司”？麻烦确认一下正确的户名。", o("bd2", BD_LIU, 10)),
    ("huawei", "promise", D(2026, 12, 11), "王经理上礼拜说的礼拜一打款没打成老板去广州看展会了要等他回来签字估计这个礼拜五能打", o("bd2", BD_WANG, 8)),
    ("alimail", "other", None, "重开的发票收到了，信息没问题，已经转给财务了。\n\n赵倩", o("bd2", BD_DS, 9)),
    # --- Wuhu ---
    ("owazh", "acceptance", None, "王经理：\n\n标定软件终验今天下午通过了，验收单我签完字盖章以后扫描件明天发您，原件快递。付款按合同是验收后30天内。\n\n马骏\n项目经理 | 芜湖智臂自动化有限公司\n手机 139 5531 0628", o("wh", WH_MA, 2)),
    ("olzhcnplain", "promise", D(2026, 12, 25), "您好：\n\n贵司验收款已纳入我司12月资金计划。我司统一付款日为每月25日，本笔款项将于2026年12月25日支付（遇节假日顺延）。\n\n芜湖智臂自动化有限公司\n财务共享服务中心", o("wh", WH_FS, 3)),
    ("tbzh", "resend_request", None, "王经理：\n\n请补寄一份纸质增值税专用发票到我司采购部，地址：芜湖市鸠江区电子产业园E座3楼，周敏收，电话0553-5961208。纸质票收到才能挂账。\n\n周敏", o("wh", WH_PUR, 2)),
    ("olmobzh", "dispute", None, "王经理，发票金额31万，但合同第6条约定验收款是合同额的30%，合同额98万，应该是29.4万，差了1.6万。请核实后重开发票。", o("wh2", WH_MA_M, 9)),
    ("olzhcnplain", "other", None, "您好，已收到您的邮件，此事已转采购部马骏跟进。\n\n财务共享服务中心", o("wh2", WH_FS, 10)),
    ("owazh", "dispute", None, "王经理：\n\n收到贵司催款函，需要说明一下：标定软件11月28日才通过终验，按合同第6.2条验收款应在验收后30日内支付，也就是12月28日前，目前并不存在逾期，请贵司更正催款函的内容。\n\n马骏", o("whdemand", WH_MA, 9)),
    ("tbzh", "promise", D(2026, 12, 15), "已安排，12月15日付款。\n\n周敏", o("wh2", WH_PUR, 10, below=True)),
    ("olmobzh", "more_time", None, "王经理，集团年底资金紧张，验收款能不能分两次：12月先付一半，剩下的明年3月底前付清？您看行的话我走个补充协议。", o("wh2", WH_MA_M, 11)),
    # --- Zigong (Sichuan speech) ---
    ("qqapp", "promise", D(2026, 12, 9), "晓得了晓得了，这两天灯会在布展，忙得脚不沾地。下个礼拜三给你打过来，要得不？", o("zg", ZG_ZENG, 2)),
    ("n126", "dispute", None, "王经理：\n\n合同上写的是灯会开幕以后付进度款，开幕是12月20号，现在还莫得到付款时间噻，你们是不是搞错了？\n\n自贡彩灯公司 会计 曾敏", o("zg", ZG_KJ, 3)),
    ("gmailzh", "other", None, "王工，小程序上的灯组分区能不能再加个“恐龙区”？我们今年新做了一组恐龙灯，40多个灯组要单独控制。费用的事你跟曾老板说哈。\n\n罗宇（设计部）", o("zg", ZG_LUO, 3)),
    ("qqapp", "more_time", D(2027, 2, 5), "兄弟，实在不好意思，灯会门票钱要开幕以后才回得来，进度款缓一哈，春节前肯定给你结清，莫得问题", o("zg2", ZG_ZENG, 8)),
    ("n126", "partial_payment", None, "王经理：\n\n曾老板喊先转6万，今天上午已经转了，剩下的等开幕以后再说。回单发给你看一哈。\n\n会计 曾敏", o("zg2", ZG_KJ, 11, atts=["转账回单.png"])),
    ("qqapp", "other", None, "要得", o("zg2", ZG_ZENG, 11, note="要得 = OK: no date, no payment")),
    # --- Jiaxing ---
    ("gmailzh", "dispute", None, "王经理：\n\n会员积分同步天猫的功能到现在还没上线，双十一期间我们门店积分全是手工补的。合同写的是“会员模块上线”后付中期款，上线都没完成怎么付？\n\n王浩\n粽香斋 电商中心", o("jx", JX_WANG, 1)),
    ("mailmaster", "dispute", None, "王经理您好！\n\n中期款的审批已经走完了，本来这周五就付，但是电商中心王总说积分同步的问题还没解决，让先压一压，等他确认了再付。\n\n沈晓燕\n嘉兴粽香斋食品有限公司 财务部", o("jx", JX_SHEN, 2, note="approved, held back by the e-commerce head")),
    ("sina", "resend_request", None, "您好，我司开票信息有变更（注册地址和开户行），新的开票信息见附件。中期款的发票麻烦按新信息开具数电票，发到本邮箱即可。\n\n嘉兴粽香斋 行政部", o("jx", JX_XZ, 3, atts=["开票信息-2026.xlsx"])),
    ("qqhtml", "paid", None, "王经理，积分同步王总确认已经好了，中期款今天已付，回单稍后补发给您。", o("jx2", JX_SHEN_QQ, 9)),
    ("mailmaster", "paid", None, "回单见附件", o("jx2", JX_SHEN, 10, atts=["付款回单.pdf"])),
    ("gmailzh", "acceptance", None, "积分同步今天测试通过了，天猫和门店两边数据对上了，辛苦你们加班。", o("jx2", JX_WANG, 8)),
    # --- more: negations, hedges, dates in other forms, ordinary replies ---
    ("n163", "promise", D(2026, 12, 8), "还没付，这周在走流程，估计下周一二吧。", o("zb", ZB_SUN, 1, note="a choice of days: the later")),
    ("qqweb", "promise", None, "王经理，不好意思，我以为上个月已经付了，刚才查了一下网银，那笔是付给另一家供应商的，你们的还没付。我跟林姐说一下尽快安排。\n\n小陈", o("nd", ND_CHEN, 2, danger=True, note="已经付了 withdrawn: not paid")),
    ("huawei", "paid", None, "王经理那个钱昨天已经叫会计打了你们查查看收到没有有问题再打我电话一三九零三一二七七四五", o("bd2", BD_WANG, 10)),
    ("mailmaster", "promise", D(2026, 12, 18), "王经理您好！\n\n中期款计划本月18号支付。\n\n沈晓燕\n2026年12月3日\n电话 0573-8236 1215", o("jx", JX_SHEN, 3, note="the signature's date is no promise")),
    ("qqapp", "partial_payment", None, "付了一半，还有一半等你们把潮汐的问题改完", o("sy", SY_LI, 4)),
    ("olzhcn", "resend_request", None, "王经理：\n\n验收款付款需要贵司提供以下资料：\n1. 盖章的验收报告原件\n2. 增值税专用发票\n3. 软件著作权登记证书复印件\n资料齐了我们才能提交付款申请。\n\n智臂自动化 财务 钱芳", o("wh", ("钱芳", "qianfang@zhibi-auto.com"), 4)),
    ("alimail", "promise", D(2026, 12, 21), "王经理，老板说年底资金紧，剩下的42,500下下周一付。\n\n赵倩", o("bd2", BD_DS, 10)),
    ("qqhtml", "bank_question", None, "王经理，请问中期款是付到合同上的那个账户吗？我们系统里存的是你们以前的工行账户，尾号3321，是不是换了？换账户的话需要你们盖章的说明函。", o("jx", JX_SHEN_QQ, 4)),
    ("n126", "promise", D(2026, 12, 23), "王经理：\n\n和曾老板商量过了，进度款在十二月二十日灯会开幕后三个工作日内支付。\n\n会计 曾敏", o("zg", ZG_KJ, 4)),
    ("tbzh", "promise", D(2026, 12, 31), "发票已收到，已提交财务，按流程月底前付款。\n\n采购部 刘", o("zb2", ZB_BUY, 9, below=True)),
    ("qqapp", "more_time", None, "最近手头紧得很，莫得钱，等灯会开了再说嘛", o("zg", ZG_ZENG, 4)),
]
# fmt: on

U_SET: list[tuple] = ZH + U_HANT + U_INTL + U_BOUNCES + U_AUTO

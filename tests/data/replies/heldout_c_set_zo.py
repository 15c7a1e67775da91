"""Held-out set ZO: Simplified-Chinese replies (session 17, written blind to the rules).

Six mainland clients of trades not used before: a Xuzhou elderly-care home (a clerk forwards
the chase to the director, who answers to all), a Luoyang construction-machinery rental firm
(a reconciliation dispute, then a 催款函), a Yibin district health bureau (public money:
领导还没批, 预算冻结, 国库集中支付), an Anshan hot-spring hotel (a "has your account changed?"
letter), a Shenzhen battery-swap start-up (English-speaking staff answering the Chinese
reminder, legal disclaimers, a funding round) and a Longyao noodle mill (Hebei speech, a
frozen account, a 催款函). Set ZO is about threads: many answer the second reminder or the
demand with their own earlier answer quoted below, or leave an internal aside in. The
Traditional-Chinese and English replies are in heldout_c_set_zo_intl.py, the machine mail in
heldout_c_machine_zo.py.
"""

from __future__ import annotations

from datetime import date

from heldout_c_machine_zo import ZO_MACHINE
from heldout_c_set_zo_intl import ZO_INTL
from heldout_c_threads_zo import dec, entry, jan

e = entry
SH = {"tz": "Asia/Shanghai"}

# 徐州 颐康养老服务中心 (elderly-care home: bed bookings, care logs, family app; 二期款 ￥86,000)
MENG = ("孟庆华", "mengqh@yikang-yanglao.com")
GU_XW = ("顾晓雯", "guxiaowen@yikang-yanglao.com")
ZHAO_L = ("赵琳", "1375520964@qq.com")
FENG_JG = ("冯建国", "fengjg_xz@163.com")
SUN_YY = ("孙莹莹", "sunyy@yikang-yanglao.com")
MENG_JIA = ("孟佳", "mengjia.xz@gmail.com")
# 洛阳 豫工机械租赁 (construction-machinery rental: billing and GPS dispatch; 尾款 ￥134,000; a 催款函)
CHANG_WD = ("常卫东", "changwd@yugong-zulin.com")
LI_CW = ("李彩文", "licaiwen@yugong-zulin.com")
WANG_P = ("王鹏", "2876603419@qq.com")
ZHANG_FY = ("张芳媛", "zhangfy_ly@126.com")
DU_XM = ("杜晓明", "duxiaoming@yugong-zulin.com")
# 宜宾 叙州区卫生健康局 (district health bureau: vaccination bookings and cold chain; 验收款 ￥210,000)
RAN_ML = ("冉茂林", "ranml@xzqwjj.gov.cn")
YUAN_XQ = ("袁小琴", "yuanxq_wjj@163.com")
TIAN_Y = ("田勇", "tianyong@xzqwjj.gov.cn")
HU_DF = ("胡东方", "hudf@xzqcdc.cn")
LUO_J = ("罗娟", "2213587690@qq.com")
# 鞍山 千山温泉酒店 (hot-spring hotel: rooms and bath bookings; 上线款 ￥72,000)
YU_HT = ("于海涛", "yuht@qianshan-spring.com")
QU_L = ("曲丽", "quli@qianshan-spring.com")
MA_XD = ("马晓东", "1522038716@qq.com")
BAI_X = ("白雪", "baixue_as@sina.com")
QS_CW = ("", "caiwu@qianshan-spring.com")
# 深圳 极速换电科技 (e-bike battery-swap start-up: cabinet IoT and rider billing; 中期款 ￥160,000)
JASON = ("Jason Liang", "jason@jisuhuandian.com")
AMY = ("Amy Xu", "amy.xu@jisuhuandian.com")
CHEN_H = ("陈浩", "chenhao@jisuhuandian.com")
LIU_Q = ("刘倩", "liuqian@jisuhuandian.com")
# 隆尧 金穗面业 (noodle mill: production scheduling and dealer orders; 尾款 ￥58,000; a 催款函)
GU_ZJ = ("谷振江", "1023876645@qq.com")
GU_XL = ("谷晓蕾", "guxiaolei_ly@163.com")
HAO_KJ = ("郝秀芬", "haoxf_jinsui@126.com")
JS_OFFICE = ("金穗面业", "jinsuimianye@sina.com")
# 威海 鸿钓渔具 (fishing-rod maker: carbon-cloth cutting schedules and export orders; 尾款 ￥96,000)
CONG_PJ = ("丛培军", "congpj@hongdiao-tackle.com")
LIN_XZ = ("林秀珍", "linxz@hongdiao-tackle.com")
LILY = ("Lily Cong", "lily@hongdiao-tackle.com")
YU_G = ("于刚", "2601938475@qq.com")
# 南宁 邕城智慧停车 (a city-investment company's parking operator: gates and monthly passes; 二期款 ￥118,000)
WEI_ZQ = ("韦志强", "weizq@yongcheng-parking.com")
QIN_LP = ("覃丽萍", "qinlp@yongcheng-parking.com")
HUANG_H = ("黄海", "huanghai@yongcheng-parking.com")
MENG_XY = ("蒙晓燕", "1938475620@qq.com")

DISCLAIMER = (
    "\n\n--\n本邮件及其附件含有深圳极速换电科技有限公司的保密信息，仅限于发送给上面地址中列出的个人或群组。"
    "禁止任何其他人以任何形式使用本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件！\n"
    "This e-mail and its attachments contain confidential information from Shenzhen Jisu Huandian Technology Co., Ltd., "
    "which is intended only for the person or entity whose address is listed above. Any use of the information "
    "contained herein in any way is prohibited. If you receive this e-mail in error, please notify the sender by "
    "phone or email immediately and delete it!"
)

# fmt: off
XZ = [
    e("foxmail", "promise", dec(25),
      "王经理：\n\n您好！孟院长这周在南京开会，二期款的付款单等他回来签字。我们中心每月25号统一对外付款，这笔排在本月25号。\n\n顾晓雯\n徐州市颐康养老服务中心 财务室\n0516-83726105",
      "zo_xz", 2, GU_XW),
    e("qqapp", "other", None,
      "王经理 家属端APP看不到护理记录里的照片了 只显示一个灰框 今天上午好几个老人家属打电话来问 麻烦看看",
      "zo_xz", 2, ZHAO_L, atts=["微信截图_20261202101533.png"], note="a fault report with no word of the payment"),
    e("ioszh", "dispute", None,
      "王经理，家属看不到照片这个事影响很大，家属是我们的客户。这个问题不解决，二期款先放一放。",
      "zo_xz", 3, MENG, danger=True, note="the payment held for a fault"),
    e("n163", "other", None, "收到", "zo_xz", 3, FENG_JG, note="a bare acknowledgment from the facilities man"),
    e("exmail", "resend_request", None,
      "王经理您好：\n\n二期款的发票我们这边没找到，可能是发到顾会计以前的邮箱了。麻烦把电子发票再发一份到 caiwu@yikang-yanglao.com，谢谢。\n\n孙莹莹\n行政办公室",
      "zo_xz", 4, SUN_YY),
    e("ioszh", "promise", dec(11),
      "小顾：照片的事他们上周五已经修好了，我让护理部看过，没问题。二期款这周五付掉。\n王经理：按上面说的办。",
      "zo_xz2", 9, MENG,
      earlier=("发件人: 顾晓雯 <guxiaowen@yikang-yanglao.com>\n发送时间: 2026年12月9日 8:47\n收件人: 孟庆华\n"
               "抄送: 示例科技 应收账款\n主题: 回复：二期款逾期提醒（第二次）\n\n@孟院长 示例科技第二次催二期款了，这个怎么回？"
               "您上周说照片问题解决之前先不付。\n\n顾晓雯"),
      note="the director answers to all under his clerk's aside; 这周五 from Wed 9th"),
    e("foxmail", "partial_payment", dec(14),
      "王经理：\n\n您好！院里账上资金不够，二期款今天先付了50,000元，剩余36,000元下周一老人月费收齐后付。回单附后，请查收。\n\n顾晓雯",
      "zo_xz2", 10, GU_XW, atts=["建行电子回单20261210.pdf"], danger=True, note="the rest's day: 下周一 from Thu 10th"),
    e("qqapp", "other", None, "王经理 照片都能看到了 家属那边也没再打电话 谢谢你们小刘", "zo_xz2", 10, ZHAO_L),
    e("foxmail", "paid", None,
      "王经理：\n\n二期款剩余的36,000元今天上午已转出，两笔合计86,000元，回单见附件。麻烦核对后回个信。\n\n顾晓雯",
      "zo_xz2", 14, GU_XW, atts=["建行电子回单20261214.pdf"]),
    e("gmailzh", "other", None,
      "王经理您好，我是孟院长的女儿孟佳。我爸让我问一下，明年我们在铜山新开一个院区，床位系统能不能直接加一个院区，大概要多少钱？",
      "zo_xz2", 16, MENG_JIA, note="a new order asked for; no payment word"),
    e("exmail", "other", None,
      "王经理：\n\n年底民政局要来检查，麻烦贵司出一份系统的等级保护测评说明，盖章扫描件即可。\n\n孙莹莹",
      "zo_xz2", 17, SUN_YY, note="a paper for an inspection, not a payment matter"),
    e("foxmail", "promise", None,
      "王经理：\n\n您好！年底民政的运营补贴还没拨下来，院里统一规定12月20日以后不再对外付款，二期款只能元旦后付了，请谅解。\n\n顾晓雯",
      "zo_xz", 7, GU_XW, note="元旦后 names no day; stated, not asked"),
]

LY = [
    e("coremail", "dispute", None,
      "王经理：\n\n您好！尾款对账有差异：合同约定GPS终端按实际安装台数结算，我们实际装了62台，贵司按70台算的，差8台×1,200元＝9,600元。"
      "请按实际台数重新出对账单和发票，差额确认以后我们再付尾款。\n\n李彩文\n洛阳豫工机械租赁有限公司 财务部",
      "zo_ly", 2, LI_CW, atts=["GPS终端台数核对表.xlsx"], danger=True, note="an amount disputed; the payment waits on our corrected statement"),
    e("qqapp", "other", None,
      "王经理 那几台塔吊的定位又漂了 人在伊川工地 系统上显示跑到郑州去了 客户还以为我们把车开走了",
      "zo_ly", 3, WANG_P, note="a fault report, no payment word"),
    e("huawei", "dispute", None,
      "王经理 钱的事我跟彩文说了 你们先把台数对清楚 对清楚了就给你们结 咱们合作好几年了不差这点钱",
      "zo_ly", 3, CHANG_WD, danger=True, note="voice; the payment waits on our reconciliation"),
    e("n126", "other", None,
      "王经理您好，请问贵司的对账单是按自然月还是按合同期算的？我们这边在做年底的往来对账。\n\n张芳媛",
      "zo_ly", 4, ZHANG_FY, note="a question about the statement for the PM"),
    e("coremail", "dispute", None,
      "王经理：\n\n贵司催款函收到。关于GPS终端台数的差额9,600元，我司已于12月2日书面提出异议（见下方邮件），至今未收到贵司更正后的对账单。"
      "请贵司先处理异议，我司并无拖欠之意。\n\n李彩文\n财务部",
      "zo_lyd", 9, LI_CW, danger=True,
      earlier=("王经理：\n\n您好！尾款对账有差异：合同约定GPS终端按实际安装台数结算，我们实际装了62台，贵司按70台算的，"
               "差8台×1,200元＝9,600元。请按实际台数重新出对账单和发票，差额确认以后我们再付尾款。\n\n李彩文"),
      note="the demand answered with her own objection quoted below"),
    e("qqapp", "other", None, "王经理 催款函我转给常总了 他在新安的工地上 晚上回你", "zo_lyd", 9, WANG_P,
      danger=True, note="转给 = passed on, not a transfer of money"),
    e("huawei", "dispute", None,
      "王经理 催款函我看了 合作这么多年了 发这个啥意思 台数的事你们到底对了没有 对完了再说",
      "zo_lyd", 10, CHANG_WD, danger=True, note="voice; angry at the demand, the count objection restated"),
    e("olzhcn", "other", None,
      "王经理：\n\n我是豫工的设备主管。62台这个数是对的，另外8台是去年报废的旧车，终端拆下来还在我们仓库，你们要的话可以来拉。\n\n杜晓明",
      "zo_lyd", 10, DU_XM, note="a fact for the reconciliation; no payment word"),
    e("coremail", "promise", dec(17),
      "王经理：\n\n更正后的对账单和124,400元的发票都已收到，核对无误。尾款已提交付款申请，本周四付款。\n\n李彩文",
      "zo_lyd", 14, LI_CW, note="本周四 from Mon 14th; the corrected amount"),
    e("n126", "paid", None,
      "王经理您好：\n\n尾款124,400.00元已于今日通过工商银行转出，电子回单附后，请查收。\n\n张芳媛\n出纳",
      "zo_lyd", 17, ZHANG_FY, atts=["工商银行电子回单_124400.pdf"]),
    e("huawei", "paid", None, "王经理 钱打过去了 明年还有个搅拌车的项目 回头找你喝酒细聊", "zo_lyd", 18, CHANG_WD,
      note="voice; paid said again beside small talk and a new project"),
    e("huawei", "promise", dec(17), "王经理 彩文跟我说了 十二月十七号给你们打过去 放心", "zo_lyd", 15, CHANG_WD,
      note="voice; Chinese numerals"),
]

YB = [
    e("n163", "other", None,
      "王经理您好：\n\n验收款的事我们已经报上去了，领导还没批，目前在走流程，有进展我第一时间告诉您。\n\n袁小琴\n叙州区卫生健康局规划财务科",
      "zo_yb", 2, YUAN_XQ, note="a polite hedge with no day: the PM asks"),
    e("olzhcn", "more_time", None,
      "王经理：\n\n您好！今年区财政国库集中支付额度已经用完，年底预算冻结，这笔验收款需要等明年一季度指标下达后才能支付，请贵司理解。\n\n冉茂林\n规划财务科",
      "zo_yb", 3, RAN_ML, note="public money waits on next year's quota"),
    e("coremail", "acceptance", None,
      "王经理：\n\n冷链监测部分的验收报告我们中心已签字盖章，今天已寄区卫健局规划财务科。\n\n胡东方\n叙州区疾病预防控制中心 信息科",
      "zo_yb", 3, HU_DF),
    e("olzhcn", "dispute", None,
      "冉科长：这家公司又来催了，要不要回？我看合同写的是“验收合格后30个工作日内付款”，验收单11月27号才签，是不是还没到付款期？\n\n田勇",
      "zo_yb", 4, TIAN_Y, danger=True,
      note="an internal aside sent to us by reply-all; questions whether the payment is due under the contract"),
    e("qqapp", "other", None, "王经理 冉科长这几天在市里开会 回来我提醒他", "zo_yb", 4, LUO_J),
    e("olzhcn", "more_time", None,
      "王经理：\n\n情况已在下方邮件中说明。另经与区财政沟通，如12月20日前能追加额度，我们争取年内支付，但不能保证，还请贵司再耐心等一等。\n\n冉茂林",
      "zo_yb2", 9, RAN_ML,
      earlier=("王经理：\n\n您好！今年区财政国库集中支付额度已经用完，年底预算冻结，这笔验收款需要等明年一季度指标下达后才能支付，请贵司理解。\n\n冉茂林"),
      note="the quota wait restated; 20日 is the quota's day, 年内 a hope"),
    e("n163", "resend_request", None,
      "王经理您好：\n\n国库集中支付需要贵司提供以下材料：1. 发票原件；2. 加盖公章的银行开户证明（基本存款账户信息表）复印件。请寄至宜宾市叙州区南岸东区卫生健康局规划财务科 袁小琴收，电话0831-8227316。\n\n袁小琴",
      "zo_yb2", 10, YUAN_XQ, note="papers for the treasury's payment: our invoice and a bank certificate"),
    e("coremail", "other", None,
      "王经理：\n\n柏溪接种门诊有3台冰箱的温度探头从昨晚11点起离线，冷链数据断了一夜，疫苗还在里面放着，麻烦马上安排远程排查。\n\n胡东方",
      "zo_yb2", 11, HU_DF, note="an urgent fault, no payment word"),
    e("olzhcn", "promise", dec(31),
      "王经理：\n\n好消息，区财政追加的额度批下来了，验收款预计本月下旬支付，材料我们都收到了。\n\n冉茂林",
      "zo_yb2", 16, RAN_ML, note="下旬 = its last day"),
    e("qqapp", "other", None, "好的", "zo_yb2", 16, LUO_J, note="a bare acknowledgment"),
    e("n163", "paid", None,
      "王经理您好：\n\n贵司验收款210,000.00元已于今日由区国库集中支付中心支付，请注意查收。\n\n袁小琴",
      "zo_yb2", 23, YUAN_XQ),
    e("qqapp", "other", None, "王经理 冉科长说领导那边还在走流程 让您别着急 有消息马上通知", "zo_yb2", 9, LUO_J,
      note="a polite hedge, no day"),
]

AS = [
    e("alimail", "promise", dec(31),
      "王经理：\n\n您好！上线款我们已列入年底付款计划，元旦前付清。\n\n曲丽\n鞍山千山温泉酒店 财务部",
      "zo_as", 2, QU_L),
    e("qqweb", "other", None,
      "王经理，汤池预约那个页面，客人选了时段付完钱，后台订单里没有显示，前台今天对账对不上，差了六单。",
      "zo_as", 2, MA_XD, atts=["汤池订单对账截图.png"], note="a fault report, no payment word"),
    e("olmobzh", "promise", dec(31),
      "上线款没问题，月底前付。但是汤池后台对不上账的事，请你们务必这周派人来一趟，周末客人多，前台顶不住。\n\n于海涛",
      "zo_as", 3, YU_HT, note="a promise with a complaint that does not bear on the payment"),
    e("sina", "bank_question", None,
      "王经理您好：\n\n我们前天收到一封以贵司名义发来的邮件，说贵司收款账户变更为另一家银行的账户，让我们以后打到新账户。"
      "请问贵司账户是否真有变更？上线款应该打到哪个账户？请您电话确认一下。\n\n白雪\n千山温泉酒店 代账会计",
      "zo_as", 4, BAI_X, danger=True, note="'has your account changed?': a fraud pattern"),
    e("qqhtml", "other", None,
      "王经理，你们的技术今天下午到了，对账问题找到了，是支付回调没写进去，已经改好了，谢谢。",
      "zo_as", 7, MA_XD),
    e("alimail", "more_time", jan(15),
      "王经理：\n\n不好意思，年底是我们淡季，冬季员工奖金也要发，现金比较紧。于总让我跟您商量一下，上线款能否宽限到明年1月15日？\n\n曲丽",
      "zo_as", 10, QU_L, earlier="王经理：\n\n您好！上线款我们已列入年底付款计划，元旦前付清。\n\n曲丽",
      note="her own earlier promise quoted below; 宽限到X = X"),
    e("olmobzh", "other", None, "好的，知道了", "zo_as", 10, YU_HT, note="a bare acknowledgment"),
    e("foxmail", "resend_request", None,
      "王经理：\n\n我们换了财务系统，以后发票请开数电票，直接发到 caiwu@qianshan-spring.com 这个邮箱，谢谢。\n\n千山温泉酒店财务部",
      "zo_as", 11, QS_CW),
    e("alimail", "partial_payment", jan(15),
      "王经理：\n\n上线款今天先付了40,000元，回单附后；余款32,000元按之前商量的，明年1月15日付。\n\n曲丽",
      "zo_as", 21, QU_L, atts=["转账回单.pdf"], danger=True, note="the rest's day"),
    e("olmobzh", "dispute", None,
      "王经理：\n\n首付款我们10月份就付清了，你们财务可以查一下。这次的上线款我有意见：订房模块到现在还没切换，前台还在用老系统，这怎么能算上线？切换完了再谈上线款。\n\n于海涛",
      "zo_as", 8, YU_HT, danger=True, note="another milestone said paid; the chased one disputed"),
]

SZ = [
    e("owaen", "promise", dec(15),
      "Hi Wang,\n\nNoted with thanks. The mid-term payment is included in our December payment run, which goes out on 15/12.\n\nBest,\nAmy Xu\nFinance Manager" + DISCLAIMER,
      "zo_sz", 2, AMY, **SH, note="English to the Chinese reminder; a bilingual disclaimer"),
    e("tbzh", "other", None,
      "说一下昨晚的情况：换电柜心跳包在弱网下会重连风暴，宝安那边30多个柜子掉线两个小时，骑手换不了电。麻烦你们后端看一下日志。\n\n陈浩\nCTO",
      "zo_sz", 3, CHEN_H, below=True, atts=["cabinet_heartbeat_1202.xlsx"], note="bottom-posted fault report, no payment word"),
    e("gmailen", "dispute", None,
      "Hi Wang,\n\nBefore we pay the mid-term we need the offline mode shipped. It is part of milestone 2 per SOW section 4.2 and last night showed why.\n\nHappy to get on a call.\n\nJason",
      "zo_sz", 3, JASON, **SH, danger=True, note="the payment held for an undelivered item"),
    e("iosen", "other", None, "Amy - did we pay this already? I thought we did last week.\n\nJ", "zo_sz", 4, JASON,
      **SH, danger=True, note="an internal question sent to all: unsure whether paid"),
    e("owaen", "dispute", None,
      "Hi Wang,\n\nSorry for the confusion. Per Jason's email, the mid-term payment is on hold until the offline mode is delivered, so it has been taken out of the 15/12 run.\n\nBest,\nAmy" + DISCLAIMER,
      "zo_sz2", 9, AMY, **SH, danger=True,
      earlier="Hi Wang,\n\nNoted with thanks. The mid-term payment is included in our December payment run, which goes out on 15/12.\n\nBest,\nAmy",
      note="her own promise quoted below and withdrawn"),
    e("exmail", "resend_request", None,
      "王经理您好：\n\n我是财务部刘倩。我司上个月起认定为一般纳税人了，麻烦贵司把中期款的发票换开成6%的增值税专用发票，之前那张普票我们寄回给您。\n\n刘倩",
      "zo_sz2", 10, LIU_Q, note="a 专票 now wanted because the client's status changed; no fault of ours said"),
    e("tbzh", "other", None,
      "离线模式在测试环境跑了两天，断网30分钟后恢复，换电记录都补传上来了，我这边没问题了。\n\n陈浩",
      "zo_sz2", 14, CHEN_H, below=True, note="the objection met; no payment word"),
    e("gmailen", "promise", dec(18),
      "Wang - offline mode looks good, thanks to your team.\nAmy, please release the mid-term this week.\nWang, you should have it by Friday.\n\nJason",
      "zo_sz2", 15, JASON, **SH, note="Friday from Tue 15th"),
    e("exmail", "partial_payment", dec(31),
      "王经理您好：\n\n我们B轮的资金还没有全部到位，中期款今天先付了80,000元，回单见附件。剩下的80,000元月底前付清。\n\n刘倩\n财务部" + DISCLAIMER,
      "zo_sz2", 18, LIU_Q, atts=["招商银行回单_80000.pdf"], danger=True, note="the rest's day: 月底"),
    e("owaen", "paid", None,
      "Hi Wang,\n\nThe balance of RMB 80,000 went out today, remittance attached. That completes the mid-term payment.\n\nHappy new year!\nAmy" + DISCLAIMER,
      "zo_sz2", 30, AMY, **SH, atts=["CMB_remittance_20261230.pdf"]),
    e("exmail", "bank_question", None,
      "王经理您好：\n\n请问贵司这个收款账户是基本户还是一般户？我们公司规定单笔10万以上只能付到对方的基本存款账户。\n\n刘倩\n财务部" + DISCLAIMER,
      "zo_sz2", 11, LIU_Q, danger=True),
]

ML = [
    e("qqapp", "more_time", None,
      "王经理 面粉一直涨 厂里这阵子周转不开 尾款能不能等过了腊八再给你们", "zo_ml", 2, GU_ZJ,
      note="voice; asks for time, 腊八 named only as a season"),
    e("mailmaster", "promise", dec(31),
      "王经理您好，我是谷厂长的闺女，厂里的账现在我在管。经销商订货那个小程序，过年前订单会很多，能不能先帮我们扩个容？尾款的事我劝劝我爸，这个月底前应该能付。\n\n谷晓蕾",
      "zo_ml", 3, GU_XL, note="a day under a hedge (应该能) is still a promise"),
    e("qqapp", "other", None, "收到", "zo_ml", 4, GU_ZJ, note="a bare acknowledgment"),
    e("n126", "promise", None,
      "王经理：\n\n催款函收到。我厂基本户因为和一家粮商的纠纷被法院冻结了，目前对外付不了款，解冻后马上支付贵司尾款，不是我们有意拖欠。\n\n郝秀芬\n隆尧县金穗面业有限公司 会计",
      "zo_mld", 9, HAO_KJ, danger=True, note="the payment hung on the account's release, no day"),
    e("mmios", "promise", jan(31),
      "王经理：催款函的事我爸挺生气的，他说扩容你们一直拖着没弄。钱我们认，账户解冻了一定付，最晚也就明年1月底。\n\n谷晓蕾",
      "zo_mld", 10, GU_XL, note="a complaint beside the promise; 最晚 the day said as the last one"),
    e("sina", "resend_request", None,
      "王经理：\n\n法院那边要我们提供和贵司的合同及往来对账单，麻烦把对账单盖章扫描件发到这个邮箱。\n\n金穗面业办公室",
      "zo_mld", 11, JS_OFFICE, note="asks our statement of account"),
    e("n126", "partial_payment", None,
      "王经理：\n\n账户昨天解冻了，今天先付了30,000元，回单附后。余款28,000元元旦后付。\n\n郝秀芬",
      "zo_mld", 16, HAO_KJ, atts=["农信社回单.jpg"], danger=True, note="元旦后 names no day"),
    e("mmios", "other", None, "王经理，扩容好了，今天订单三百多单一点没卡，谢谢！", "zo_mld", 22, GU_XL),
    e("qqapp", "paid", None, "王经理 剩下那两万八今天打了 闺女说回单发你邮箱了", "zo_mld", 22, GU_ZJ,
      note="voice; the amount in words"),
    e("qqapp", "promise", date(2027, 2, 5), "王经理 尾款春节前肯定给你结了 放心吧", "zo_ml", 5, GU_ZJ,
      note="voice; 春节前 = 除夕"),
]

WH = [
    e("olzhcnplain", "promise", None,
      "王经理：\n\n您好！尾款需要丛总签字，丛总在德国科隆参加渔具展，下周回来，回来后3个工作日内安排付款。\n\n林秀珍\n威海鸿钓渔具有限公司 财务部",
      "zo_wh", 2, LIN_XZ, note="the days count from a return on no named day"),
    e("qqapp", "other", None,
      "王经理 碳布裁切的排产单打出来字都叠一块了 车间看不清 今天裁错了两卷", "zo_wh", 3, YU_G,
      note="a fault report, no payment word"),
    e("gmailen", "bank_question", None,
      "Hi Mr Wang,\n\nMy father would like to pay the final payment from our USD account, since we have USD from exports. Do you have a USD account, or is it the same account number as in your email?\n\nLily Cong\nExport Dept.",
      "zo_wh", 4, LILY, **SH, danger=True, note="English to the Chinese reminder; which account takes USD"),
    e("huawei", "dispute", None,
      "王经理 我回来了 这两天看了看 钱没问题 就是你们那个排产单打印的毛病还没弄好 弄好了我就签字",
      "zo_wh2", 9, CONG_PJ, danger=True,
      earlier="王经理：\n\n您好！尾款需要丛总签字，丛总在德国科隆参加渔具展，下周回来，回来后3个工作日内安排付款。\n\n林秀珍",
      note="voice; his signature waits on our fix; his clerk's answer quoted below"),
    e("qqapp", "other", None, "王经理 打印好了 字不叠了 谢谢", "zo_wh2", 10, YU_G),
    e("olzhcnplain", "promise", dec(15),
      "王经理：\n\n丛总今天已签字，尾款三个工作日内付。\n\n林秀珍",
      "zo_wh2", 10, LIN_XZ, note="3 working days from Thu 10th"),
    e("olzhcnplain", "paid", None,
      "王经理：\n\n尾款96,000元今天已经从网银付了，网银上显示“处理中”，明天应该能到，先跟您说一声。\n\n林秀珍",
      "zo_wh2", 15, LIN_XZ, note="paid, the bank still processing"),
    e("gmailen", "paid", None,
      "Hi Mr Wang,\n\nLin says the bank shows the transfer completed now. Could your finance please confirm receipt? Also, can you quote us for connecting the order system to our Amazon store?\n\nLily",
      "zo_wh2", 16, LILY, **SH, note="the transfer said completed; our receipt and a quote asked"),
    e("ioszh", "other", None, "王经理 明年展会前 系统要加德语和西班牙语 找时间聊聊", "zo_wh2", 21, CONG_PJ),
    e("huawei", "promise", dec(18), "王经理 签完了 下周五之前钱肯定到 你放心", "zo_wh2", 11, CONG_PJ,
      note="voice; 下周五 from Fri 11th"),
]

NN = [
    e("olzhcn", "other", None,
      "王经理：\n\n您好！我司付款需走OA审批，该笔二期款的流程目前在总经理处，审批完成后会安排支付。\n\n覃丽萍\n南宁邕城智慧停车运营有限公司 财务部",
      "zo_nn", 2, QIN_LP, note="in approval, no day: the PM asks"),
    e("tbzh", "other", None,
      "补充一个问题：下雨天道闸的车牌识别率掉到八成左右，晚高峰排队，请安排算法那边看看。\n\n黄海\n信息部",
      "zo_nn", 3, HUANG_H, below=True, note="bottom-posted fault report"),
    e("owazh", "dispute", None,
      "王经理：\n\n按合同第五条，二期款的付款条件是“全部28个停车场上线并稳定运行满30天”。目前琅东、凤岭、五象3个场还没上线，付款条件尚未成就，请贵司核实。\n\n韦志强",
      "zo_nn", 4, WEI_ZQ, atts=["合同第五条付款条件.png"], danger=True, note="the contract's condition not met"),
    e("owazh", "dispute", None,
      "王经理：\n\n关于二期款，请见下方韦总的邮件：付款条件尚未满足，待剩余3个停车场上线满30天后，我司再启动付款流程。\n\n覃丽萍",
      "zo_nn2", 9, QIN_LP, danger=True,
      earlier=("王经理：\n\n按合同第五条，二期款的付款条件是“全部28个停车场上线并稳定运行满30天”。目前琅东、凤岭、五象3个场还没上线，"
               "付款条件尚未成就，请贵司核实。\n\n韦志强"),
      note="the boss's objection quoted below"),
    e("qqweb", "other", None, "收到，已转给覃经理。", "zo_nn2", 9, MENG_XY, danger=True,
      note="转给 = passed on, not a transfer of money"),
    e("tbzh", "other", None,
      "琅东、凤岭、五象三个场今天全部上线了，道闸和月卡都正常，雨天识别也改善了。\n\n黄海",
      "zo_nn2", 11, HUANG_H, below=True, note="the go-live done; no payment word"),
    e("owazh", "more_time", None,
      "王经理：\n\n剩下3个场11日才上线，按合同要运行满30天，也就是明年1月10日以后才到付款条件。考虑到贵司年底回款的压力，"
      "我们可以先付一半，剩下一半等满30天后再付，请贵司先开具59,000元的发票。\n\n韦志强",
      "zo_nn2", 14, WEI_ZQ, note="half now and half later, offered: a plan, no single day"),
    e("olzhcn", "promise", dec(22),
      "王经理：\n\n59,000元的发票已收到，OA已经走完，预计12月22日前支付。\n\n覃丽萍",
      "zo_nn2", 16, QIN_LP),
    e("qqweb", "partial_payment", None,
      "王经理，今天付了59,000元，回单在附件，请查收。", "zo_nn2", 22, MENG_XY, atts=["北部湾银行回单.pdf"],
      danger=True, note="half paid, the rest on no day named here"),
    e("qqweb", "bank_question", None,
      "王经理您好，请问贵司开户行的联行号是多少？我们网银付款需要填，谢谢。", "zo_nn2", 17, MENG_XY, danger=True),
    e("owazh", "promise", jan(31),
      "王经理：\n\n剩余的59,000元按合同在1月10日运行满30天后支付，预计明年1月下旬。\n\n覃丽萍",
      "zo_nn2", 23, QIN_LP, note="下旬 = its last day"),
]
# fmt: on

ZO_SET = XZ + LY + YB + AS + SZ + ML + WH + NN + ZO_INTL + ZO_MACHINE

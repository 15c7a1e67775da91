"""Held-out set ZR: Simplified-Chinese replies (session 17, written blind to the rules).

Small and mid-size mainland clients a PM in Hangzhou or Chengdu deals with, of trades not used
before: a Chun'an township government (垃圾分类积分, 财政集中支付), a Pujiang county TCM hospital
(a 催款函 too), a Pidu school district (Sichuan speech, 经费 from the district bureau), a Yiwu family
sock factory, a Chengdu 冒菜 restaurant chain, a Jiaxing logistics yard (a 催款函 too), a Danling
ugly-orange co-operative (Sichuan speech), a Linping live-stream clothing shop and a Jiande
township water-supply station. People write on phones: voice input with no punctuation, 俺/咱,
[微笑] and unicode emoji, bureaucratic forms (走流程, 盖章, 报账, 等拨款) and indirect refusals
(领导说再看看, 这个钱我们得商量一下). Traditional-Chinese and English replies are in
heldout_c_set_zr_intl.py, machine mail in heldout_c_machine_zr.py.
"""

from __future__ import annotations

from heldout_c_machine_zr import ZR_MACHINE
from heldout_c_set_zr_intl import ZR_INTL
from heldout_c_threads_zr import dec, entry

e = entry

# 淳安 汾口镇人民政府 (township: waste-sorting points and village affairs; 二期款 ￥86,000)
FANG_JG = ("方建国", "fangjianguo@fenkou.gov.cn")
XU_LP = ("徐丽萍", "1730284416@qq.com")
YU_WH = ("余卫红", "fkczs_yu@163.com")
ZHANG_SF = ("章师傅", "zhanghuanwei@fenkou.gov.cn")
# 蒲江县中医医院 (county TCM hospital: decoction and delivery; 验收款 ￥132,000; a 催款函)
YANG_ZM = ("杨志明", "yangzm@pjzyy.cn")
QIU_HM = ("邱红梅", "caiwuke@pjzyy.cn")
PENG_D = ("彭丹", "pengdan_pj@126.com")
GONG_XL = ("龚晓兰", "gongxl@pjzyy.cn")
LUO_H = ("罗浩", "luohao@pjzyy.cn")
# 成都市郫都区第二学区管理中心 (school district: after-school sign-up and fees; 中期款 ￥74,000)
HE_DY = ("何德勇", "hedeyong_pd@163.com")
JIANG_YM = ("蒋玉梅", "2185530974@qq.com")
TANG_LS = ("唐老师", "tangxf@pdxq2.edu.cn")
LIU_Y = ("刘洋", "liuyang.pdxq@gmail.com")
# 义乌 楼家袜业 (family sock factory: knitting machines and outworkers; 尾款 ￥46,000)
LOU_GH = ("楼国华", "louguohua@loujia-socks.com")
CHEN_XY = ("陈秀英", "1063357729@qq.com")
JIN_LJ = ("金丽娟", "jinlijuan_dz@126.com")
LOU_JJ = ("楼俊杰", "junjie.lou.yw@gmail.com")
# 成都 冒冒香冒菜 (restaurant chain: QR ordering and central kitchen; 上线款 ￥58,000)
LIAO_J = ("廖军", "liaojun@maomaoxiang.cn")
XIE_T = ("谢婷", "2673309185@qq.com")
A_LONG = ("阿龙", "alonglong@maomaoxiang.cn")
ZENG_SF = ("曾师傅", "zengsf@maomaoxiang.cn")
ZOU_CN = ("邹出纳", "zou_cn@163.com")
# 嘉兴 顺达物流园 (logistics yard: truck bookings and yard; 二期款 ￥99,000; a 催款函)
SHEN_JM = ("沈建明", "shenjm@sdwly.com")
ZHU_W = ("朱雯", "zhuwen@sdwly.com")
QIAN_X = ("小钱", "3098815527@qq.com")
XZ_BU = ("", "xingzheng@sdwly.com")
SHEN_AUDIT = ("集团审计部", "audit@sdkg-group.com")
# 丹棱 橘香丑柑专业合作社 (co-op: picking, grading, members' settlement; 尾款 ￥52,000; Sichuan speech)
WANG_DF = ("王德福", "wangdefu_dl@qq.com")
YANG_CM = ("杨春梅", "yangchunmei_jx@126.com")
WANG_XY = ("王小雨", "wangxiaoyu.dl@gmail.com")
# 杭州临平 衣朵朵服饰 (live-stream clothing shop: orders and warehouse; 上线款 ￥64,000)
ZHONG_M = ("钟敏", "zhongmin@yiduoduo.shop")
A_MEI = ("阿梅", "1524496618@qq.com")
LAO_FANG = ("老方", "2847710359@qq.com")
XIAO_QI = ("小七", "xiaoqi.yiduoduo@gmail.com")
# 建德 乾潭镇供水站 (water station: smart meters and billing; 尾款 ￥78,000)
SHAO_ZP = ("邵志平", "shaozhiping@qtgs.cn")
YE_XZ = ("叶秀珍", "qtgs_ye@163.com")
LAO_ZHONG = ("老钟", "zhongcb@qtgs.cn")

# 成都 金牛区 营门口街道社区卫生服务中心 (community clinic: family-doctor contracts; 尾款 ￥48,000)
CAI_WJ = ("蔡文静", "caiwenjing@ymkwsfw.cn")
HUANG_L = ("黄丽", "huangli@ymkwsfw.cn")
# 德清 沈阿根家庭农场 (Hu-sheep family farm: ear tags and slaughter orders; 验收款 ￥36,000)
SHEN_AG = ("沈阿根", "shenagen_dq@163.com")
QIAN_MJ = ("钱美娟", "1395528706@qq.com")
SHEN_J = ("沈佳", "shenjia.dq@gmail.com")
DAIZHANG = ("德清代账-小吴", "dqdaizhang_wu@126.com")

# fmt: off
CA = [
    e("huawei", "other", None,
      "王经理 钱的事你放心 镇里都是走流程的 财政那边审批下来就给你们拨 具体哪天我也说不准",
      "zr_ca", 2, FANG_JG, note="voice; 批下来就拨 with no day: a hedge (header: other)"),
    e("qqapp", "other", None, "王经理 付款申请单填好了 等镇长签字盖章 签完送财政所", "zr_ca", 2, XU_LP,
      note="a step of the process, no payment day"),
    e("n163", "dispute", None,
      "王经理：\n\n你好。你们的发票抬头开的是“汾口镇政府”，我们报账要写全称“淳安县汾口镇人民政府”，统一社会信用代码也没填，财政所给退回来了，麻烦重开一张。\n\n余卫红\n汾口镇财政所",
      "zr_ca", 3, YU_WH, danger=True, note="invoice title wrong"),
    e("huawei", "other", None,
      "王经理 咱们下姜村那个积分兑换机又死机了 老人家拿着卡刷不出来 麻烦派个人来看下",
      "zr_ca", 4, ZHANG_SF, note="voice; a fault report, no payment word"),
    e("n163", "acceptance", None,
      "王经理：\n\n二期的验收意见镇里已经签了，盖好章的验收报告拍照发你，原件回头寄。\n\n余卫红",
      "zr_ca", 4, YU_WH, atts=["二期验收报告（盖章）.jpg"]),
    e("n163", "more_time", None,
      "王经理：\n\n重开的发票收到了。二期款走乡镇财政集中支付，要等县财政局额度下达才能付，这个时间不是我们能定的，请再等等。\n\n余卫红",
      "zr_ca", 7, YU_WH, note="public funds: a treasury quota awaited"),
    e("qqapp", "dispute", None,
      "王经理 镇长说再看看 有几个村的积分数据跟台账还没对上 对上了再说[微笑]",
      "zr_ca2", 8, XU_LP, danger=True, note="indirect: 领导说再看看, the payment held for a data mismatch"),
    e("qqapp", "other", None,
      "王经理 报账还要你们公司营业执照复印件盖公章 再加一份合同扫描件 发我邮箱就行",
      "zr_ca2", 9, XU_LP, note="company papers for the file, neither invoice nor account: the PM sends them"),
    e("n163", "promise", dec(15),
      "王经理：\n\n额度下来了，已经提交国库集中支付，一般3个工作日到账。\n\n余卫红",
      "zr_ca2", 10, YU_WH, danger=True, note="submitted, not paid: 3个工作日 from Thu 10th = Tue 15th"),
    e("qqapp", "paid", None, "王经理 钱到了没 财政所说前天就拨出去了", "zr_ca2", 16, XU_LP,
      note="asks whether the money arrived: payment implied"),
    e("mmios", "other", None,
      "王经理，明年想把积分系统推到另外三个村，回头你来镇里一趟，咱当面聊。",
      "zr_ca2", 18, FANG_JG, note="HTML only; new business"),
]

PJ = [
    e("olzhcn", "promise", None,
      "王经理：\n\n您好！验收款的付款审批单已经送到院长那里了，院长去省里开会，回来签完字就付。\n\n邱红梅\n财务科",
      "zr_pj", 2, QIU_HM, note="stated; the boss's return names no day"),
    e("n126", "bank_question", None,
      "王经理你好，我们医院基本户在蒲江农商银行，你们提醒里写的收款行是示例银行杭州分行，跨行支付要填12位联行号，麻烦告诉一下行号是多少。\n\n彭丹",
      "zr_pj", 2, PENG_D, danger=True),
    e("huawei", "dispute", None,
      "王经理 代煎中心那台扫码枪扫处方老是串号 昨天两个病人的药差点发错 这个不解决我们科室不签验收 验收款的事先放放",
      "zr_pj", 3, GONG_XL, danger=True, note="voice; acceptance refused and the payment put off for a fault"),
    e("tbzh", "other", None,
      "串号的问题查了，是扫码枪被设成了连续扫描模式，改回单次扫描以后测了200张处方，没再出现。\n\n罗浩\n信息科",
      "zr_pj", 4, LUO_H, below=True, note="bottom-posted; the fault's cause found, no payment word"),
    e("olzhcn", "promise", dec(24),
      "王经理：\n\n催款函收到。我们不是不付，医院付款要上院务会，这个月的院务会定在12月17号，会后5个工作日内付款。\n\n邱红梅",
      "zr_pjd", 9, QIU_HM, danger=True,
      note="negation; 5 working days counted from the meeting day named (Thu 17th) = Thu 24th"),
    e("ioszh", "acceptance", None, "小王 验收单我签了 财务走流程 回头让邱科长跟你对接", "zr_pjd", 10, YANG_ZM),
    e("n126", "resend_request", None,
      "王经理：\n\n医院建供应商档案要贵公司的开户许可证（或基本存款账户信息表）复印件加盖公章，麻烦扫描发一份。\n\n彭丹",
      "zr_pjd", 11, PENG_D, note="a paper of our account for their file"),
    e("olzhcn", "paid", None,
      "王经理：\n\n验收款132,000元今天上午已通过国库集中支付系统支付，支付凭证见附件。\n\n邱红梅",
      "zr_pjd", 18, QIU_HM, atts=["国库集中支付凭证_20261218.pdf"]),
    e("n126", "promise", dec(24),
      "王经理，18号那笔钱被银行退回来了，说户名对不上，我们核一下账户信息，3个工作日内重新付。\n\n彭丹",
      "zr_pjd", 21, PENG_D, danger=True, note="returned: not paid; 3 working days from Mon 21st"),
    e("n126", "paid", None, "王经理：\n\n重新付了，这次户名核对过了，132,000元，回单见附件。\n\n彭丹", "zr_pjd", 24, PENG_D,
      atts=["网银回单_20261224.pdf"]),
]

PD = [
    e("qqapp", "more_time", None,
      "王经理 中期款要等区教育局的经费拨下来 课后服务费还在财政专户上头 啥时候拨下来我也不晓得 你们莫急嘛",
      "zr_pd", 2, JIANG_YM, note="public funds awaited, with a plea"),
    e("mailmaster", "dispute", None,
      "王经理：\n\n上周家长缴费的时候，有四十几个娃儿重复扣了两次钱，家长都打电话到学校来骂，退款到现在还没弄完。这个事情不处理好，中期款我们不好跟局里报。\n\n何德勇",
      "zr_pd", 3, HE_DY, danger=True, note="indirect: the payment held for a double-charge fault"),
    e("qqapp", "dispute", None,
      "王经理 发票收到了 但是抬头开成郫都区教育局了 我们学区是单独的账户 抬头要写成都市郫都区第二学区管理中心 麻烦重开哈",
      "zr_pd", 7, JIANG_YM, danger=True, note="invoice title wrong"),
    e("huawei", "other", None,
      "王经理 今天下午又有家长说缴费成功了后台显示未缴 截图发你了 帮忙看下",
      "zr_pd", 8, TANG_LS, atts=["Screenshot_20261208_153012.jpg"], note="a fault report with a screenshot"),
    e("mailmaster", "other", None,
      "王经理：\n\n重复扣款的都退完了，家长那边也平息了。中期款的事我已经报局里了，下礼拜应该能批，批下来就付。\n\n何德勇",
      "zr_pd", 11, HE_DY, note="a hedge: approval expected, payment on approval, no day"),
    e("qqapp", "promise", dec(17), "王经理 局里批了 这周四之前转给你们", "zr_pd", 14, JIANG_YM,
      note="这周四 from Mon 14th"),
    e("qqapp", "paid", None, "王经理 中期款今天转了74000 你查收哈[微笑]", "zr_pd", 17, JIANG_YM),
    e("gmailzh", "other", None,
      "王经理好，寒假想把托管班的报名也加进系统，方便的话报个价。\n\n刘洋",
      "zr_pd", 21, LIU_Y),
    e("qqapp", "resend_request", None,
      "王经理 昨天转的钱被银行退回来了 说收款账号有一位不对 你把账号再发我一下 我重新转",
      "zr_pd", 18, JIANG_YM, danger=True, note="the transfer came back: not paid; the account asked for"),
    e("qqapp", "paid", None, "王经理 按你发的账号重新转了 这回应该没问题了", "zr_pd", 21, JIANG_YM),
]

YW = [
    e("huawei", "promise", None,
      "小王啊 最近外贸单子款还没回来 尾款过两天给你搞定 放心",
      "zr_yw", 2, LOU_GH, note="voice; 过两天 = some days, no day"),
    e("qqapp", "promise", None,
      "王经理 尾款我们商量了一下 先付两万 剩下的年前给你 账上有点紧",
      "zr_yw", 4, CHEN_XY, note="a plan: part now, the rest 年前 (null)"),
    e("qqapp", "partial_payment", None,
      "王经理 两万块今天转了 你看下到了没有 剩下两万六年前给你",
      "zr_yw", 7, CHEN_XY, danger=True),
    e("n126", "resend_request", None,
      "王经理您好，我是楼家袜业的代账会计，贵司尾款的发票我们这边没收到，麻烦发一份电子版到这个邮箱，谢谢。\n\n金丽娟",
      "zr_yw2", 8, JIN_LJ),
    e("huawei", "dispute", None,
      "外发加工那块对账老是对不上 加工户说我少算他钱 我一查是系统把次品也算进去了 你们这个得改 剩下的钱改好了再说",
      "zr_yw2", 9, LOU_GH, danger=True, note="voice; the rest held for our fix"),
    e("gmailzh", "promise", dec(11),
      "王经理您好，我是楼国华的儿子，家里的账现在我在管。对账的问题我看了，其实是工人录次品的时候选错了类型，不是系统的问题，我爸搞错了，不好意思。剩下的26000这周五之前转给你们。\n\n楼俊杰",
      "zr_yw2", 10, LOU_JJ, danger=True, note="the father's objection withdrawn; 这周五 from Thu 10th"),
    e("qqapp", "paid", None, "钱打了 26000 回单截图发你了", "zr_yw2", 14, CHEN_XY,
      atts=["微信图片_20261214101522.jpg"], note="words say paid beside the picture"),
]

MC = [
    e("qqapp", "promise", dec(31), "王经理 上线款月底前给你们结 这个月几个门店装修钱都压着的", "zr_mc", 2, XIE_T),
    e("ioszh", "dispute", None,
      "王哥 点单小程序周末高峰卡得不行 排队的客人都走了 上线款等你们把这个整好了再说嘛",
      "zr_mc", 3, LIAO_J, danger=True),
    e("huawei", "other", None, "王经理 春熙路店打印机不出单 厨房看不到单子 急急急", "zr_mc", 4, A_LONG),
    e("qqapp", "partial_payment", None,
      "王经理 廖总说卡顿好多了 上线款今天先转了一半二万九 剩下一半等月底对完账一起付",
      "zr_mc", 9, XIE_T, danger=True, note="the rest waits for an ordinary step"),
    e("mailmaster", "resend_request", None,
      "王经理：\n\n你们开的发票是58,000一张，我们分两次付，麻烦拆成两张开，各29,000，方便分月报账。\n\n邹出纳",
      "zr_mc", 10, ZOU_CN, note="split in two, no fault said"),
    e("huawei", "other", None,
      "王经理 中央厨房今天打出来的配送单数量跟门店报的不一样 明天早上要配货 今晚能不能有人看下",
      "zr_mc", 16, ZENG_SF),
    e("ioszh", "more_time", None, "王哥 年底几个店都要发年终奖 剩下那点钱能不能等过了元旦嘛", "zr_mc", 21, LIAO_J,
      note="asked; 过了元旦 names no day"),
    e("qqapp", "promise", dec(30), "王经理 剩下的二万九 月底之前肯定给你们 最晚30号", "zr_mc", 23, XIE_T,
      note="最晚30号 beats 月底"),
    e("mailmaster", "bank_question", None,
      "王经理：\n\n剩下的款准备付了。网银里收款行要选网点，是示例银行杭州分行营业部，还是下面哪个支行？\n\n邹出纳",
      "zr_mc", 29, ZOU_CN, danger=True),
    e("qqapp", "paid", None, "王经理 剩下二万九转过去了 年底对账麻烦出个对账单盖个章发我", "zr_mc", 30, XIE_T),
]

JX = [
    e("alimail", "promise", dec(10),
      "王经理：\n\n您好，二期款已走OA审批，目前在总经理处。我司每月10号、25号统一付款，审批通过后预计本月10号付。\n\n朱雯\n财务部",
      "zr_jx", 2, ZHU_W, note="paydays listed; the reply puts this one on the 10th"),
    e("qqapp", "other", None,
      "王经理 早上6点到8点车最多的时候预约码老是扫不出来 门卫只能手抄车牌 这个能不能先搞一下",
      "zr_jx", 3, QIAN_X),
    e("foxmail", "other", None, "王经理：\n\n催款函已收悉，已转财务部处理。\n\n行政部", "zr_jxd", 9, XZ_BU,
      note="forwarded to finance, no word of when"),
    e("alimail", "dispute", None,
      "王经理：\n\n不好意思，10号的付款批次没赶上。沈总说扫码的问题还没彻底解决，二期款这个钱我们得商量一下。\n\n朱雯",
      "zr_jxd", 10, ZHU_W, danger=True, note="indirect objection; the 10th given up"),
    e("ioszh", "promise", dec(14),
      "王总，扫码的事我昨天亲自在门岗看了两个钟头，确实好了。钱的事我已经交代下去了，下礼拜一付。",
      "zr_jxd", 11, SHEN_JM, note="下礼拜一 from Fri 11th"),
    e("alimail", "paid", None,
      "王经理：\n\n二期款99,000元已于今日支付，请查收。年底资金集团统一调度，付款方会显示“嘉兴顺达控股集团财务有限公司”，请知悉。\n\n朱雯",
      "zr_jxd", 14, ZHU_W, note="paid by the group's finance company"),
    e("olzhcn", "other", None,
      "王经理：\n\n集团审计部年底对供应商做往来函证，询证函已寄出，收到后请核对金额、盖章寄回。\n\n集团审计部",
      "zr_jx", 22, SHEN_AUDIT, note="an auditor's confirmation: the PM answers"),
]

CG = [
    e("huawei", "promise", None,
      "王经理 今年果子还没下树 社里莫得钱 等月底开园卖了果子就给你们 要得不",
      "zr_cg", 2, WANG_DF, note="voice; hung on the co-op's own sales, a period: no day; 要得不 a tag, no plea"),
    e("n126", "other", None,
      "王经理：\n\n社员结算单上的重量保留两位小数，四舍五入以后跟过磅单差几毛钱，社员有意见，麻烦看看能不能改成跟过磅单一致。\n\n杨春梅",
      "zr_cg", 3, YANG_CM),
    e("n126", "acceptance", None,
      "王经理：\n\n改完以后结算单跟过磅单对上了。理事会同意验收，验收单理事长签了字，尾款等开园卖了果子再付。\n\n杨春梅",
      "zr_cg", 5, YANG_CM, note="acceptance; the payment on no day"),
    e("n126", "dispute", None,
      "王经理：\n\n尾款发票收到了，但是上面我们合作社的纳税人识别号少了一位，税务那边校验不过，麻烦作废重开。\n\n杨春梅",
      "zr_cg", 8, YANG_CM, danger=True, note="tax number wrong"),
    e("n126", "more_time", dec(25),
      "王经理：\n\n理事会研究了一下，这两周社员的采摘工钱要先发，尾款能不能宽限到12月25号？\n\n杨春梅",
      "zr_cg", 9, YANG_CM, note="宽限到X = X"),
    e("gmailzh", "promise", dec(18),
      "王经理您好，我爸说开园了，这周果子卖得还可以，尾款他说下周五前一定付，让我跟您说一声。\n\n王小雨",
      "zr_cg", 12, WANG_XY, note="下周五 from Sat 12th"),
    e("huawei", "paid", None, "王经理 钱转了 五万二 你们收到了说一声哈", "zr_cg", 18, WANG_DF),
    e("n126", "other", None,
      "王经理：\n\n理事长18号转的52,000是从他个人卡上转的，合作社入账需要贵司出个收款确认，麻烦盖章发一份。\n\n杨春梅",
      "zr_cg", 21, YANG_CM, note="a receipt confirmation asked after payment"),
]

LP = [
    e("qqapp", "more_time", None,
      "王经理 双十二忙完再说哈 现在直播天天到半夜 账都没空对[捂脸]",
      "zr_lp", 2, A_MEI, note="a put-off with no commitment: a stretch needed"),
    e("mmios", "promise", dec(8), "王经理 上线款我让财务下礼拜二付哦 这周现金流都压在备货上了🙏", "zr_lp", 3, ZHONG_M,
      note="HTML only; 下礼拜二 from Thu 3rd"),
    e("qqapp", "other", None,
      "王经理 打单机今天打出来的快递面单地址串了 有十几单发错了 客户在投诉 这个谁负责",
      "zr_lp", 4, LAO_FANG, note="a fault and a question of blame, no payment word"),
    e("qqapp", "dispute", None,
      "王经理 钟总说发错那十几单的运费跟赔给客户的钱要从上线款里扣 大概一千二 你们看下 剩下的下礼拜付",
      "zr_lp", 8, A_MEI, danger=True, note="a deduction claimed for a fault"),
    e("mmios", "promise", dec(11),
      "王经理 昨天阿梅说的扣款你们别理哈 我跟你们老板通过电话了 上线款64000周五前全款打给你们",
      "zr_lp", 9, ZHONG_M, danger=True, note="HTML only; the deduction withdrawn; 周五 from Wed 9th"),
    e("qqapp", "paid", None, "王经理 64000已付 支付宝企业转账的 到账可能慢一点", "zr_lp", 11, A_MEI),
    e("qqapp", "promise", dec(15), "王经理 支付宝那笔钱退回来了 说对公户名不一致 明天用银行重新转", "zr_lp", 14, A_MEI,
      danger=True, note="returned: not paid; 明天 from Mon 14th"),
    e("qqapp", "paid", None, "王经理 今天银行转了64000 回单发你了", "zr_lp", 15, A_MEI, atts=["电子回单.pdf"]),
    e("gmailzh", "other", None, "王经理，我们新开了个抖音小店，想问下系统能不能把抖店订单也接进来？\n\n小七",
      "zr_lp", 21, XIAO_QI),
]

WS = [
    e("n163", "more_time", None,
      "王经理：\n\n你好，尾款我们财务上要等镇里的补助资金拨下来，过了元旦才能付，请理解。\n\n叶秀珍",
      "zr_ws", 2, YE_XZ, note="public funds awaited (header: more_time); 过了元旦 names no day"),
    e("huawei", "other", None,
      "王经理 新装的水表有七八户读数不上传 俺跑了三趟了 户主问水费咋还是估的",
      "zr_ws", 3, LAO_ZHONG),
    e("olzhcnplain", "dispute", None,
      "王经理：\n\n水表不上传的问题你们得派人来现场看看，这个问题不解决，尾款我们不好付，镇里领导也问过好几次了。\n\n邵志平",
      "zr_ws", 4, SHAO_ZP, danger=True),
    e("n163", "bank_question", None,
      "王经理：\n\n请问贵司开户行是示例银行杭州分行的哪个网点？镇财政所的支付系统里要选到具体网点才能提交。\n\n叶秀珍",
      "zr_ws", 10, YE_XZ, danger=True),
    e("olzhcnplain", "acceptance", None,
      "王经理：\n\n上传的问题解决了，这两天数据都正常。验收意见我签了，尾款等补助资金到了就付。\n\n邵志平",
      "zr_ws", 11, SHAO_ZP),
    e("n163", "promise", dec(30),
      "王经理：\n\n补助资金提前到了，尾款已经提交镇财政所，一周内付到你们账上。\n\n叶秀珍",
      "zr_ws", 23, YE_XZ, note="一周内 from Wed 23rd"),
    e("n163", "partial_payment", None,
      "王经理：\n\n尾款今天由镇财政所付出，按合同扣了5%质保金3,900元，实付74,100元，质保金一年后付。\n\n叶秀珍",
      "zr_ws", 30, YE_XZ, danger=True, note="retention withheld beside the payment"),
    e("huawei", "other", None, "王经理 听说钱付了 回头俺请你们吃饭", "zr_ws", 28, LAO_ZHONG, danger=True,
      note="hearsay that it was paid: not a paid claim"),
]
SQ = [
    e("coremail", "promise", dec(20),
      "王经理：\n\n尾款已列入我中心12月份用款计划，街道财政审核后支付，预计20号左右。\n\n黄丽\n财务室",
      "zr_sq", 2, HUANG_L, note="左右 a hedge on the day"),
    e("ioszh", "other", None,
      "小王 随访提醒短信这两天发重了 有老人家一天收到四条 打电话来问是不是诈骗 赶紧看看",
      "zr_sq", 3, CAI_WJ),
    e("coremail", "dispute", None,
      "王经理：\n\n发票收到了，项目名称开的是“软件开发”，我们用款计划里批的是“信息化运维服务”，名称对不上街道财政不给过，麻烦按合同名称重开。\n\n黄丽",
      "zr_sq", 8, HUANG_L, danger=True, note="invoice item name wrong"),
    e("coremail", "promise", dec(28),
      "王经理：\n\n重开的发票收到了。20号那批来不及了，街道财政这个月最后一批是28号，尾款放在28号那批付。\n\n黄丽",
      "zr_sq", 14, HUANG_L, danger=True, note="the 20th given up, the 28th named"),
    e("ioszh", "acceptance", None,
      "小王 系统验收街道那边来人看过了 没问题 验收报告盖好章了 黄丽那边按流程付",
      "zr_sq", 15, CAI_WJ),
    e("coremail", "paid", None,
      "王经理：\n\n尾款48,000元今日已由街道财政支付，支付凭证附后，请查收。\n\n黄丽",
      "zr_sq", 28, HUANG_L, atts=["财政直接支付凭证.pdf"]),
]

DQ = [
    e("huawei", "promise", None, "王经理 验收款俺们下礼拜就给 这礼拜羊刚出栏 钱还没收回来", "zr_dq", 2, SHEN_AG,
      note="voice; 下礼拜 names no day"),
    e("qqapp", "partial_payment", None,
      "王经理 验收款今天先转一万五 剩下两万一等屠宰场结了钱再给",
      "zr_dq", 7, QIAN_MJ, danger=True),
    e("gmailzh", "dispute", None,
      "王经理您好，我爸说验收单先不签，系统里扫出来的耳标号有一部分跟羊对不上，剩下的钱也等对清楚了再说。\n\n沈佳",
      "zr_dq", 8, SHEN_J, danger=True, note="acceptance and the rest held for a suspected fault"),
    e("n126", "resend_request", None,
      "王经理你好，我是沈家农场的代账会计。验收款的发票请开给“德清县沈阿根家庭农场”，税号92330521MA2H8K7L3Q，开好发电子版给我，谢谢。",
      "zr_dq", 10, DAIZHANG, note="the invoice wanted with their details, no fault said"),
    e("huawei", "acceptance", dec(20),
      "王经理 耳标的事搞清楚了 是咱自己贴错了 验收单签了 剩下的钱20号前打过去",
      "zr_dq", 14, SHEN_AG, note="voice; acceptance with a day promised beside it"),
    e("qqapp", "paid", None, "王经理 剩下两万一打了 你查查", "zr_dq", 18, QIAN_MJ),
]
# fmt: on

ZR_SET = CA + PJ + PD + YW + MC + JX + CG + LP + WS + SQ + DQ + ZR_INTL + ZR_MACHINE

"""Held-out set ZQ: Simplified-Chinese replies (session 17, written blind to the rules).

Ten mainland clients of trades not used before: a Chongli ski resort (rental and coach
scheduling; a group's finance), a Quanzhou tea-packaging printer (an instalment), a
Shangri-La matsutake co-operative (county funds, a 催款函), a Pingyao vinegar works and a
Zunyi chili-sauce maker (acceptance milestones; Shanxi and Guizhou speech), a Yangzhou
lacquerware workshop (piece rates; a second reminder), a Shanghai theatre company (a 催款函
answered with a variation not approved), a Wuyuan county museum (treasury payment), and two
small plain ones (a Lanzhou beef-noodle chain, a Kunming cut-flower auction). Several people
each, over a month of one story. The Traditional-Chinese and English replies are in
heldout_c_set_zq_intl.py, the machine mail in heldout_c_machine_zq.py.
"""

from __future__ import annotations

from heldout_c_machine_zq import ZQ_MACHINE
from heldout_c_set_zq_intl import ZQ_INTL
from heldout_c_threads_zq import dec, entry, jan

e = entry

# 崇礼 雪驰滑雪度假区 (ski resort: rental hall and ski-school scheduling; 上线款 ￥168,000; group finance)
DONG = ("董立新", "donglixin@xuechi-ski.com")
FU_XW = ("付晓雯", "fuxiaowen@xuechi-ski.com")
MA_C = ("马超", "2718830465@qq.com")
SU_C = ("苏畅", "suchang.ski@gmail.com")
TIAN_Y = ("田野", "tianye@xuechi-ski.com")
ZHAO_J = ("赵静", "1390276514@qq.com")
# 泉州 闽韵茶叶包装印刷 (tea packaging printer: press scheduling and orders; 中期款 ￥72,000)
HUANG_ZH = ("黄志鸿", "huangzh@minyun-pack.com")
LIN_XQ = ("", "caiwu@minyun-pack.com")
CAI_LH = ("蔡丽华", "2851067739@qq.com")
CHEN_WB = ("陈文斌", "chenwb@minyun-pack.com")
AMY = ("Amy Zhuang", "amy.zhuang.qz@gmail.com")
# 香格里拉 吉祥松茸专业合作社 (matsutake co-op: buying, grading and cold chain; 尾款 ￥64,000; 催款函)
HE_JG = ("和建国", "hejianguo_xgll@163.com")
LI_CM = ("李春梅", "lichunmei_jx@163.com")
ZHAXI = ("扎西", "3046617725@qq.com")
YANG_L = ("杨丽", "yangli_jxsr@126.com")
HE_XY = ("和晓燕", "hexiaoyan.export@gmail.com")
# 平遥 古陶老醋坊 (vinegar works: vat fermentation monitoring and dealer orders; 验收款 ￥92,000)
LEI_ZS = ("雷振山", "1052287734@qq.com")
HAN_JJ = ("韩建军", "hanjj@gutao-vinegar.com.cn")
WU_LP = ("武丽萍", "wuliping_gt@126.com")
HOU_XL = ("侯小龙", "houxl@gutao-vinegar.com.cn")
LEI_T = ("雷婷", "leiting.py@gmail.com")
# 扬州 广陵漆器厂 (lacquerware workshop: piece-rate steps and orders; 二期款 ￥54,000; second reminder)
YIN_GH = ("殷国华", "yinguohua@icloud.com")
ZHOU_YL = ("周玉兰", "zhouyl@glqiqi.com")
ZHU_J = ("朱建", "2267190348@qq.com")
WU_T = ("吴婷", "1733520986@qq.com")
LILY = ("陆丽", "luli@glqiqi.com")
# 上海 云间剧院管理 (theatre company: ticket distribution and show schedule; 尾款 ￥136,000; 催款函)
SHAO = ("邵明辉", "shaominghui@yunjian-theatre.com")
QIAN_Y = ("钱颖", "qianying@yunjian-theatre.com")
LU_J = ("陆佳", "3390781254@qq.com")
SHEN_L = ("沈磊", "shenlei@yunjian-theatre.com")
FAWU = ("法务部", "legal@yunjian-theatre.com")

# 遵义 黔辣坊食品 (chili-sauce maker: chili buying and fermentation-tank monitoring; 验收款 ￥88,000; Guizhou speech)
LUO_YG = ("罗永贵", "luoyonggui@qianlafang.com")
CHEN_Y = ("陈燕", "chenyan_qlf@163.com")
YANG_B = ("杨波", "2093371856@qq.com")
LONG_M = ("龙梅", "1487326690@qq.com")
WU_H = ("吴昊", "wuhao@qianlafang.com")
# 婺源县博物馆 (county museum: relic digitisation and guided-tour booking; 验收款 ￥126,000; treasury payment)
JIANG_T = ("江涛", "jiangtao_wybwg@icloud.com")
WANG_L = ("汪丽", "wangli@wybwg.org.cn")
ZHAN_XF = ("詹晓芳", "zhanxf_wybwg@126.com")
YU_B = ("俞斌", "yubin@wybwg.org.cn")

# 兰州 马家牛肉面连锁 (beef-noodle chain: till and central-kitchen delivery; 二期款 ￥46,000)
MA_LZ = ("马晓军", "2376014458@qq.com")
# 昆明 斗南 彩云花卉拍卖 (cut-flower auction: auction clock and cold-chain delivery; 尾款 ￥78,000)
PU_KM = ("普丽", "puli_caiyun@163.com")
# fmt: off
CL = [
    e("olzhcn", "promise", dec(9),
      "王经理：\n\n您好！上线款已提交集团资金审批，预计下周三前付款，付款后发回单给您。\n\n付晓雯\n张家口雪驰滑雪度假区有限公司 财务部",
      "zq_cl", 2, FU_XW, note="下周三 from Wed 2nd"),
    e("qqapp", "other", None,
      "王经理 周末开板 租赁大厅扫码枪读不出新到那批雪板的芯片 排队排到门口了 你们赶紧看看",
      "zq_cl", 2, MA_C, note="voice; a fault report with no word of the payment"),
    e("ioszh", "dispute", None,
      "王经理，开板第一个周末租赁大厅排长队，游客在点评上骂了好几条。上线款先放一放，等你们把这个问题彻底解决了再说。",
      "zq_cl", 3, DONG, danger=True),
    e("olzhcn", "resend_request", None,
      "王经理：\n\n集团审批需要附发票，上线款的发票我这边没收到，麻烦先发个电子版过来。\n\n付晓雯",
      "zq_cl", 3, FU_XW),
    e("gmailzh", "other", None,
      "王经理您好，教练排课现在只能按整天排，能不能支持按上午、下午半天拆开？周末私教课很多是半天的。\n\n苏畅\n雪驰滑雪学校",
      "zq_cl", 4, SU_C),
    e("tbzh", "other", None,
      "查清楚了，新到那批雪板芯片是另一家厂的，编码规则多了两位前缀。你们周六晚上更新之后，周日一天没再出现读不出的情况。\n\n田野 信息部",
      "zq_cl", 7, TIAN_Y, below=True, note="bottom-posted; the fault fixed, no payment word"),
    e("huawei", "promise", dec(11),
      "王经理 这个周末扛住了 一万多人次没出岔子 之前那事就算翻篇了 钱我让小付周五前打过去",
      "zq_cl2", 8, DONG, note="voice; 周五前 from Tue 8th; the objection withdrawn"),
    e("olzhcn", "dispute", None,
      "王经理：\n\n上线款的发票开的是增值税普通发票，我们集团要求技术服务类必须开专票，普票财务共享中心不收，麻烦作废后重新开一张专票。\n\n付晓雯",
      "zq_cl2", 9, FU_XW, danger=True, note="普票 where a 专票 is due"),
    e("olzhcn", "promise", dec(11),
      "王经理：\n\n重开的专票收到，已经勾选认证了。上线款明天付。\n\n付晓雯",
      "zq_cl2", 10, FU_XW, note="明天 from Thu 10th"),
    e("qqhtml", "promise", dec(11),
      "王经理，付姐说上线款明天上午付，付了我把回单发给您。\n\n赵静",
      "zq_cl2", 10, ZHAO_J, note="HTML only; 明天 from Thu 10th, relayed by the cashier"),
    e("qqweb", "paid", None,
      "王经理您好，上线款168,000.00元今天已经付了，回单见附件，请查收。\n\n赵静 出纳",
      "zq_cl2", 11, ZHAO_J, atts=["上线款回单_20261211.pdf"]),
    e("qqapp", "other", None,
      "王经理 元旦三天是雪季最高峰 能不能派个技术过来驻场 出了问题当场就能弄",
      "zq_cl2", 14, MA_C),
    e("gmailzh", "other", None,
      "半天排课用了一周了，教练们反馈挺好的，谢谢！另外元旦假期想给私教课单独设个价格，系统能做吗？\n\n苏畅",
      "zq_cl2", 21, SU_C),
    e("qqapp", "other", None, "收到 我转给付姐了", "zq_cl", 1, ZHAO_J, note="a hand-off, no payment word"),
]

QZ = [
    e("foxmail", "promise", dec(10),
      "王经理：\n\n您好！我司每月10日、25日两批付款，贵司中期款已排在12月10日这一批。\n\n林秀琴\n泉州闽韵茶叶包装印刷有限公司 财务部\n0595-22786513",
      "zq_qz", 2, LIN_XQ, note="paydays listed; the reply puts this payment on the 10th"),
    e("qqweb", "bank_question", None,
      "王经理你好，我们网银转账提示“户名与账号不符”，想确认一下贵司账户的户名是不是就是“示例科技有限公司”，前面有没有“杭州”两个字？\n\n蔡丽华",
      "zq_qz", 2, CAI_LH, danger=True, note="a doubt about our account's name"),
    e("foxmail", "resend_request", None,
      "王经理：\n\n我们今年上了数电票的入账系统，需要发票的XML文件，贵司只发了PDF，麻烦把XML也发一下。\n\n林秀琴",
      "zq_qz", 3, LIN_XQ, note="the invoice in a form the client now chooses"),
    e("exmail", "other", None,
      "王经理：\n\n排产单导出PDF的时候，专色的潘通编号显示成一串问号，印刷师傅看不懂，麻烦尽快处理一下。\n\n陈文斌\n生产部",
      "zq_qz", 3, CHEN_WB, note="a fault report with no word of the payment"),
    e("applezh", "more_time", None,
      "王经理：\n\n你好。今年秋茶行情不好，茶厂的包装款回得很慢，我们资金有点紧。中期款能不能分两次，12月10号先付一半，剩下的元月底再付？麻烦你跟公司商量一下啦。\n\n黄志鸿",
      "zq_qz", 4, HUANG_ZH, note="an instalment plan asked for: no single day"),
    e("gmailzh", "other", None,
      "王经理，外贸的订单能不能在系统里直接出英文装箱单？日本和马来西亚的客户都要。\n\nAmy",
      "zq_qz", 8, AMY),
    e("qqweb", "partial_payment", jan(31),
      "王经理您好，中期款今天先付36,000元，回单见附件。剩余36,000元按黄总跟您商量的，元月底付清。\n\n蔡丽华",
      "zq_qz", 10, CAI_LH, danger=True, atts=["中期款首笔回单.pdf"], note="half paid; 元月底 = Jan 31 (the rest's day)"),
    e("exmail", "other", None,
      "王经理：\n\n潘通编号的问题已经好了，谢谢技术同事。\n\n陈文斌",
      "zq_qz", 14, CHEN_WB),
    e("qqweb", "promise", jan(15),
      "王经理你好，剩下那36,000元黄总本来想元旦前付掉，财务说年底资金排不开，可能要到1月中旬，先跟你说一声。\n\n蔡丽华",
      "zq_qz", 28, CAI_LH, note="1月中旬 = the 15th under 可能; the rest's new day"),
    e("qqweb", "paid", None,
      "王经理你好，中期款剩下的36,000元今天已经付清了，回单见附件，请查收。\n\n蔡丽华",
      "zq_qz", jan(15), CAI_LH, atts=["中期款尾笔回单.pdf"]),
]

SG = [
    e("n163", "more_time", None,
      "王经理：\n\n您好！尾款要等县里的乡村振兴衔接资金拨下来才能付，今年资金估计12月下旬才到，能否宽限到元旦以后？\n\n李春梅\n香格里拉市吉祥松茸专业合作社 会计",
      "zq_sg", 2, LI_CM, note="public funds awaited, time asked: 元旦以后 names no day"),
    e("qqapp", "other", None,
      "王经理 小中甸收购点的冷库温度曲线又断了 停电那几个钟头一点数据都没有 麻烦看一下",
      "zq_sg", 2, ZHAXI, note="voice; a fault report with no word of the payment"),
    e("huawei", "dispute", None,
      "王经理你好 溯源码贴上去以后 日本客户那边扫出来全是中文 他们看不懂 合同里说好的日文页面呢 尾款等日文版出来再付",
      "zq_sg", 4, HE_JG, danger=True, note="voice; work incomplete, the payment held"),
    e("n163", "dispute", None,
      "王经理：\n\n贵司催款函已收到。合同第六条约定“尾款在乙方完成日文溯源页面并经甲方确认后支付”，日文页面至今未交付，付款条件尚未满足，请贵司先完成交付。\n\n李春梅",
      "zq_sgd", 9, LI_CM, danger=True, note="the demand answered: a condition of the contract not met"),
    e("huawei", "dispute", None,
      "王经理 催款函看到了 我们又不是赖账 日文版弄好了 县里钱一到就给你们",
      "zq_sgd", 9, HE_JG, danger=True, note="voice; payment conditional on our delivery (and the county's funds)"),
    e("gmailzh", "other", None,
      "王经理您好，日文页面的测试版我看了，等级那一栏“特级”翻成了“特別”，应该是“特選”，其他的都可以。\n\n和晓燕",
      "zq_sgd", 11, HE_XY, note="a review of our work, no payment word"),
    e("huawei", "more_time", None,
      "王经理 日本客户说日文版可以了 谢谢你们 钱的事县里资金还没到 再等等 一到我就让杨丽转",
      "zq_sgd", 16, HE_JG, note="voice; objection withdrawn; public funds awaited with 再等等"),
    e("n126", "promise", dec(23),
      "王经理：\n\n县里的资金今天到账了，尾款明天给贵司转过去。\n\n杨丽",
      "zq_sgd", 22, YANG_L, note="明天 from Tue 22nd"),
    e("n126", "paid", None,
      "王经理：\n\n县里的资金昨天到账了，尾款64,000元今天已经转给贵司，回单在附件里。\n\n杨丽 出纳",
      "zq_sgd", 23, YANG_L, atts=["农商银行转账回单.jpg"]),
    e("n163", "resend_request", None,
      "王经理：\n\n项目资金报账要附贵司的发票，电子发票请再发一份PDF到这个邮箱，县财政要打印存档。\n\n李春梅",
      "zq_sgd", 24, LI_CM),
    e("qqapp", "other", None, "王经理 明年松茸季之前要把收购点加到六个 到时候找你们", "zq_sgd", 28, ZHAXI),
]

PY = [
    e("n126", "dispute", None,
      "王经理：\n\n验收款要等验收单签了才能付，现在醋缸温度监测的30天验收期还没走完，不是我们不付，是还没到付款的时候。\n\n武丽萍\n平遥古陶老醋坊有限公司 财务",
      "zq_py", 2, WU_LP, danger=True, note="not due: the acceptance period still running"),
    e("coremail", "dispute", None,
      "王经理：\n\n三号车间有三个醋缸的温度数据一直比手持测温仪高两度左右，按验收标准误差不能超过0.5度，这一项验收不能通过。请贵司安排重新标定。\n\n韩建军\n质量部",
      "zq_py", 3, HAN_JJ, danger=True, note="acceptance failed on one criterion"),
    e("qqapp", "other", None,
      "王经理 验收的事你跟老韩对接 我不懂技术 他说行就行",
      "zq_py", 4, LEI_ZS, note="voice; a hand-off, no payment word"),
    e("n126", "bank_question", None,
      "王经理：\n\n我们在晋商银行，大额转账要走人行的二代支付系统，需要填贵司开户行的行号，提醒邮件里没有，麻烦提供一下。\n\n武丽萍",
      "zq_py", 4, WU_LP, danger=True),
    e("gmailzh", "other", None,
      "王经理您好，经销商下单的小程序能不能加个满减活动？年货节快到了。\n\n雷婷",
      "zq_py", 7, LEI_T),
    e("tbzh", "other", None,
      "三个探头重新标定了，这三天和手持测温仪对比，误差都在0.3度以内。\n\n侯小龙",
      "zq_py", 8, HOU_XL, below=True, note="bottom-posted; a fix confirmed, no payment word"),
    e("coremail", "acceptance", None,
      "王经理：\n\n复测通过，醋缸温度监测系统验收合格，验收单已签字盖章，扫描件见附件。\n\n韩建军",
      "zq_py", 10, HAN_JJ, atts=["验收单_盖章.pdf"]),
    e("n126", "promise", dec(18),
      "王经理：\n\n验收款我们排在12月18日付，到时候把回单发给您。\n\n武丽萍",
      "zq_py", 11, WU_LP),
    e("qqapp", "other", None,
      "王经理 过年给你们寄两箱老陈醋 把收货地址发我一下",
      "zq_py", 14, LEI_ZS, note="voice"),
    e("n126", "paid", None, "王经理：\n\n验收款92,000元已付，请查收。\n\n武丽萍", "zq_py", 18, WU_LP),
]

YZ = [
    e("alimail", "more_time", dec(16),
      "王经理：\n\n您好！二期款我们这边资金周转有点紧，能否再给我们两周时间？\n\n周玉兰\n扬州广陵漆器厂 财务",
      "zq_yz", 2, ZHOU_YL, note="再给两周 = day + 14"),
    e("qqapp", "other", None,
      "王经理 计件工资导出来 擦漆那道工序单价全是零 月底要发工资了 麻烦快点弄一下",
      "zq_yz", 3, ZHU_J, note="voice; a fault report with no word of the payment"),
    e("applezh", "dispute", None,
      "王经理：\n\n二期合同里写的“手机扫码报工”到现在还没给我们装，工人还是在纸上记工序。二期款要等这个交付了再付。\n\n殷国华",
      "zq_yz", 7, YIN_GH, danger=True, note="work incomplete, the payment held"),
    e("alimail", "promise", dec(14),
      "王经理：\n\n第二次提醒收到。扫码报工昨天已经装好，厂长说可以付了，二期款3个工作日内付。\n\n周玉兰",
      "zq_yz2", 9, ZHOU_YL, note="3个工作日 from Wed 9th = Mon 14th"),
    e("qqapp", "other", None,
      "王经理 扫码报工工人都会用了 就是雕漆车间信号不好 有时候扫不上",
      "zq_yz2", 10, ZHU_J, note="voice"),
    e("qqhtml", "paid", None,
      "王经理您好，二期款54000元已经转过去了，网银截图见附件。\n\n吴婷",
      "zq_yz2", 14, WU_T, atts=["网银转账截图.png"], note="HTML only"),
    e("mmios", "other", None,
      "王经理，外贸订单的漆盒尺寸能不能同时显示英寸？美国客户老是问。\n\n陆丽",
      "zq_yz2", 15, LILY, note="HTML only"),
    e("alimail", "resend_request", None,
      "王经理：\n\n年底做账，二期款那张发票我们这边找不到了，麻烦再发一份PDF。\n\n周玉兰",
      "zq_yz2", 21, ZHOU_YL),
    e("applezh", "other", None,
      "王经理：\n\n今年合作得不错。明年春天想把外协的几家作坊也接进系统，节后约个时间来厂里看看。\n\n殷国华",
      "zq_yz2", 28, YIN_GH),
]

SH = [
    e("owazh", "promise", dec(28),
      "王经理：\n\n您好。尾款已经走完OA，集团月底统一付款，预计12月28日左右付出。\n\n钱颖\n上海云间剧院管理有限公司 财务部",
      "zq_sh", 2, QIAN_Y, note="左右 a hedge on the day"),
    e("qqweb", "other", None,
      "王经理：\n\n跨年演出的票在大麦那边的库存和我们系统对不上，差了四十多张，麻烦技术尽快查一下。\n\n陆佳 票务部",
      "zq_sh", 3, LU_J, note="a fault report with no word of the payment"),
    e("ioszh", "dispute", None,
      "王经理，跨年演出是我们全年最重要的一场，库存对不上是要出大事的。尾款等跨年演出平稳结束了再说。",
      "zq_sh", 4, SHAO, danger=True, note="payment held on a fault until after the show"),
    e("olmobzh", "other", None,
      "王经理：\n\n大麦库存差异的原因找到了，是退票回流没有同步。昨晚更新后已核对一致。\n\n沈磊 信息中心",
      "zq_sh", 8, SHEN_L),
    e("olzhcnplain", "dispute", None,
      "王经理：\n\n贵司12月8日的催款函收悉。经核对，贵司催收金额136,000元中包含“会员积分模块”18,000元，该模块系贵司单方面增加，我司从未签署变更单。无争议部分为118,000元，请贵司更正。\n\n上海云间剧院管理有限公司 法务部",
      "zq_shd", 9, FAWU, danger=True, note="the demand answered: the amount disputed"),
    e("owazh", "dispute", None,
      "王经理：\n\n无争议部分118,000元今天已经付了，回单见附件。会员积分模块的18,000元等变更单双方确认以后再付。\n\n钱颖",
      "zq_shd", 11, QIAN_Y, danger=True, atts=["招商银行电子回单.pdf"],
      note="a part paid and the rest held for a variation not approved (an objection holds the milestone)"),
    e("qqhtml", "other", None,
      "王经理：\n\n跨年演出两场都顺利结束了，系统全程没问题，谢谢你们的驻场同事！\n\n陆佳",
      "zq_shd", dec(31), LU_J, note="HTML only; praise, no payment word"),
    e("owazh", "resend_request", None,
      "王经理：\n\n积分模块的变更单我们已经盖章，扫描件附后。请把尾款的发票按已付的118,000元和积分模块的18,000元拆成两张重新发给我。\n\n钱颖",
      "zq_shd", 21, QIAN_Y, atts=["变更单_积分模块_盖章.pdf"], note="the invoice split in two as the client now wants"),
    e("owazh", "paid", None,
      "王经理：\n\n积分模块18,000元今天已付，至此尾款136,000元全部付清，谢谢。\n\n钱颖",
      "zq_shd", 29, QIAN_Y),
    e("ioszh", "other", None,
      "王经理，新年好。明年想在票务系统里加一个沉浸式剧场的场次预约，节后约个时间聊聊。",
      "zq_shd", jan(4), SHAO),
]
ZY = [
    e("huawei", "acceptance", None,
      "王经理 系统我们用了一个月了 莫得啥子问题 验收单我今天签了 让陈燕给你们走付款",
      "zq_zy", 2, LUO_YG, note="voice, Guizhou speech; acceptance, no day"),
    e("n163", "acceptance", None,
      "王经理：\n\n您好！验收单罗总已经签字，扫描件见附件。按合同约定，验收款在验收后15个工作日内支付。\n\n陈燕\n遵义黔辣坊食品有限公司 财务部",
      "zq_zy", 3, CHEN_Y, atts=["验收单_罗总签字.pdf"], note="the term restated dates nothing"),
    e("qqweb", "other", None,
      "王经理，3号发酵罐的pH曲线今天下午断了两个多小时，麻烦查一下是不是网关的问题。\n\n杨波 质检",
      "zq_zy", 4, YANG_B, note="a fault report with no word of the payment"),
    e("n163", "promise", dec(18),
      "王经理：\n\n验收款已经报上去了，计划12月18号付。\n\n陈燕",
      "zq_zy", 9, CHEN_Y),
    e("exmail", "other", None,
      "王经理：\n\n断线的原因找到了，是车间网关半夜自动重启以后没重连，你们改了重连机制，这几天都正常。\n\n吴昊",
      "zq_zy", 10, WU_H),
    e("n163", "more_time", dec(25),
      "王经理：\n\n不好意思，月中有一大笔辣椒收购款要结给农户，验收款能不能推到12月25号再付？\n\n陈燕",
      "zq_zy", 16, CHEN_Y, note="the 18th given up; asking for the 25th"),
    e("n163", "promise", dec(25),
      "王经理：\n\n验收款明天付，龙梅转账。\n\n陈燕",
      "zq_zy", 24, CHEN_Y, note="明天 from Thu 24th"),
    e("qqapp", "partial_payment", dec(28),
      "王经理 验收款今天先转了60000 剩下28000下周一转 回单发你了",
      "zq_zy", 25, LONG_M, danger=True, atts=["转账回单.jpg"], note="voice; 下周一 from Fri 25th: the rest's day"),
    e("qqapp", "paid", None, "王经理 剩下的28000也转过去了 你查一下", "zq_zy", 28, LONG_M, note="voice; the rest paid"),
    e("huawei", "other", None,
      "王经理 明年想把网店的订单也接到系统里头 过了年我们细谈 要得不",
      "zq_zy", 30, LUO_YG, note="voice"),
]

BW = [
    e("olzhcnplain", "more_time", None,
      "王经理：\n\n您好！我馆为财政全额拨款单位，验收款需通过国库集中支付。本年度该项目的用款额度已经用完，需等2027年预算下达后才能支付，请贵司理解。\n\n汪丽\n婺源县博物馆 财务室",
      "zq_bw", 2, WANG_L, note="public funds: next year's budget awaited"),
    e("applezh", "other", None,
      "王经理：\n\n专家验收会定在12月10日上午召开，请贵司派项目负责人参加，现场演示预约导览和文物三维展示。\n\n江涛",
      "zq_bw", 3, JIANG_T, note="the acceptance meeting's day is no payment day; nothing accepted yet"),
    e("tbzh", "other", None,
      "预约小程序在部分安卓手机的微信里打开是白屏，周末来馆的游客反映了好几次。\n\n俞斌 信息室",
      "zq_bw", 7, YU_B, below=True, note="bottom-posted; a fault report with no word of the payment"),
    e("applezh", "acceptance", None,
      "王经理：\n\n今天上午的专家验收会顺利通过，专家组意见是同意验收。验收意见书盖章后发给您。辛苦了！\n\n江涛",
      "zq_bw", 10, JIANG_T),
    e("n126", "acceptance", None,
      "王经理：\n\n验收意见书已经盖章，扫描件见附件，原件随后寄出。\n\n詹晓芳\n婺源县博物馆 办公室",
      "zq_bw", 11, ZHAN_XF, atts=["验收意见书_盖章.pdf"]),
    e("olzhcnplain", "promise", dec(25),
      "王经理：\n\n好消息，县财政年底有一批追加额度，我们已经申请了，验收款争取在12月25日前通过国库支付出去，不过还要看财政局审批进度。\n\n汪丽",
      "zq_bw", 14, WANG_L, note="a day under a hedge (争取…还要看审批): still a promise of that day"),
    e("n126", "resend_request", None,
      "王经理：\n\n国库支付要附发票，验收款的发票我们一直没收到，麻烦开好后把电子发票发到这个邮箱。\n\n詹晓芳",
      "zq_bw", 15, ZHAN_XF),
    e("n126", "promise", dec(24),
      "王经理：\n\n财政局的追加额度批下来了，验收款定在12月24日通过国库支付。\n\n詹晓芳",
      "zq_bw", 22, ZHAN_XF),
    e("olzhcnplain", "paid", None,
      "王经理：\n\n验收款126,000元已于今日通过国库集中支付系统支付，请注意查收。\n\n汪丽",
      "zq_bw", 24, WANG_L),
]

LZ = [
    e("qqweb", "promise", dec(8),
      "王经理你好，二期款我们下周二付。\n\n马晓军\n兰州马家牛肉面餐饮管理有限公司 财务",
      "zq_lz", 2, MA_LZ, note="下周二 from Wed 2nd"),
    e("qqweb", "partial_payment", dec(31),
      "王经理，二期款今天先付了30,000元，回单见附件，剩下的16,000元月底前付清。\n\n马晓军",
      "zq_lz", 8, MA_LZ, danger=True, atts=["二期款付款回单.pdf"], note="a part paid; 月底前 = Dec 31, the rest's day"),
    e("qqweb", "paid", None,
      "王经理，二期款剩余的16,000元今天付了，至此二期款46,000元已全部付清。\n\n马晓军",
      "zq_lz", 30, MA_LZ),
]

KM = [
    e("n163", "more_time", jan(10),
      "王经理：\n\n您好！元旦、春节是花市最旺的时候，这段时间收花要垫很多钱，尾款能否延到1月10日支付？\n\n普丽\n昆明彩云花卉拍卖有限公司 财务",
      "zq_km", 2, PU_KM),
    e("n163", "paid", None,
      "王经理：\n\n尾款78,000元今天已经付了，比说好的提前了两天，请查收。\n\n普丽",
      "zq_km", jan(8), PU_KM),
]

# fmt: on

ZQ_SET = CL + QZ + SG + PY + YZ + SH + ZY + BW + LZ + KM + ZQ_INTL + ZQ_MACHINE

"""Held-out set K, Simplified Chinese: six trades no earlier set used, blind to the classifier.

Written by a blind helper that never opened daemon/inbox/, the corpus bodies, the reply tests
or the earlier sets' bodies; only the shared machinery (heldout_c_mime/quote/styles.py) and
labels.yaml's conventions. Each reply answers its own thread (heldout_c_threads_k.py): a
Xinjiang cotton ginnery, a Qingdao shipyard's outfitting department, a Guizhou big-data park
operator (a state-owned platform company), a Shenzhen cross-border e-commerce seller using our
ERP as SaaS, a Harbin ice-festival organiser and a Jinjiang shoe OEM. ``K_SET`` (the whole
set, with the Traditional/English replies and the machine mail) is assembled at the bottom.
"""

from __future__ import annotations

from heldout_c_machine_k import (
    coremail_bounce,
    exchange_ndr_zh,
    gmail_bounce,
    postfix_delay,
    postfix_dsn,
    qq_bounce_no_dsn,
)
from heldout_c_machine_k_auto import (
    alimail_autoreply,
    exmail_autoreply,
    icloud_vacation,
    mdn_outlook_zh,
    mdn_thunderbird,
    n163_autoreply,
    newsletter,
    oof_en,
    oof_tw,
    oof_zh,
    qq_vacation,
    ticket_ack,
)
from heldout_c_set_k_intl import K_INTL
from heldout_c_threads_k import d, k

# Xinjiang: a cotton ginnery in Aksu (the factory head, an Uyghur accountant, a clerk, the IT man)
MA = ("马建军", "majianjun@fyminye.com")
AYI = ("阿依古丽", "ayiguli_cw@163.com")
TU = ("吐尔逊江", "1367722081@qq.com")
WANG_IT = ("王强", "wangqiang@fyminye.com")
# fmt: off
COTTON = [
    k("n163", "paid", None, "王经理您好：\n\n验收款126000元已于昨天下午通过农商行对公账户转出，回单见附件，请查收核对。\n\n阿依古丽\n阿克苏丰源棉业 财务部\n0997-2135 806", "kcot", AYI, atts=["回单.pdf"]),
    k("n163", "more_time", None, "王经理，跟您说个实际情况：现在正是收购季，厂里的钱全压在籽棉上了，银行贷款也还没批下来，实在周转不开。验收款能不能宽限一段时间，等皮棉交储回款以后我们第一个安排你们的。\n\n阿依古丽", "kcot", AYI, day=3),
    k("exmail", "promise", d(10), "王经理：\n款子我已经签字了，财务说排在十二月十号那一批付，到时候让她给你发回单。\n\n马建军", "kcot", MA, day=3),
    k("tbzh", "dispute", None, "王经理，验收款的事我得说一下。称重系统跟地磅的对接到现在还不稳定，上周三夜班还丢了十几车的过磅数据，司机和收购站差点吵起来。验收报告我们这边没有签字，所以这笔钱现在不能算到期。你们先派人来把对接弄好。\n\n王强\n设备科", "kcot", WANG_IT, below=True, danger=True),
    k("qqapp", "paid", None, "王经理 钱是上周五打的 农行的 您再查查 可能跨行慢", "kcot", TU, day=7, note="上周五: past"),
    k("n163", "partial_payment", None, "王经理：验收款今天先付了6万，剩下的66000元等月底资金到位再付，请知悉。\n阿依古丽", "kcot", AYI, day=8, danger=True),
    k("exmail", "bank_question", None, "王经理，财务问一下：合同上写的账号尾号是5687，你这次邮件里写的是5678，到底哪个对？我们不敢乱打，你给确认一下，最好盖个章发过来。\n\n马建军 13909971234", "kcot", MA, danger=True),
    k("n163", "resend_request", None, "王经理，验收款的电子发票我们这边找不到了，之前那封邮件可能被当垃圾邮件删了，麻烦再发一遍，谢谢。", "kcot", AYI, day=4),
    k("qqapp", "other", None, "我是会计，这个事情我做不了主，已经转给马厂长了，等他回来看", "kcot", TU),
    k("tbzh", "acceptance", None, "王经理：这周试运行都正常，地磅数据也对上了，验收单厂长已经签字，扫描件附上。\n\n王强", "kcot", WANG_IT, day=9, atts=["验收单_丰源棉业.pdf"], below=True),
    k("qqapp", "promise", d(8), "王经理 我刚问了财务 说这个款下个礼拜二打过去 要是不行就礼拜三 你放心哈", "kcot", TU, note="voice typing; main date Tue, hedge Wed"),
    k("qqhtml", "paid", None, "亚克西！验收款今天上午已付，工行网银，付款人阿克苏丰源棉业有限公司，金额126,000.00元。", "kcot", ("马厂长", "2717300954@qq.com"), day=10),
    k("n163", "promise", None, "还没付呢，厂长出差了没签字，等他签完字马上付，大概下周吧。", "kcot", AYI, day=3, note="negation then a promise without a day"),
    k("exmail", "dispute", None, "王经理：\n收到你们的催款函，有点意外。合同第六条写的是验收合格后30天内付款，我们验收单是11月20号才签的，要到12月20号才到期，你们这个函发早了。到期前会安排的，不用再发函。\n\n马建军\n阿克苏丰源棉业有限公司\n2026年12月9日", "kcot", MA, day=9, stage="demand", danger=True, note="contract says not yet due"),
]
# fmt: on

# Qingdao: a shipyard's outfitting department (the department head, a buyer, the shared service centre)
SUN = ("孙立国", "sunliguo@hdhgcb.com")
YU = ("于海燕", "yuhaiyan@hdhgcb.com")
JIANG = ("姜工", "jianggong_qd@126.com")
FSSC = ("财务共享中心", "fssc@hdhgcb.com")
# fmt: off
SHIP = [
    k("coremail", "dispute", None, "王经理：\n到货款这事先放一放。你们的托盘二维码标签在舱室湿度下起皮，现场扫不出来，已经影响3号船的舾装进度。整改没完成之前，到货款我们不会付。\n\n孙立国\n舾装部", "kship", SUN, danger=True),
    k("olzhcn", "promise", d(25), "王经理您好：\n\n该笔到货款已提交集团资金中心，将于本月25日集团统一付款日电汇支付，请知悉。\n\n于海燕\n采购部　电话：0532-8688 1234 转 8021", "kship", YU, day=3),
    k("n126", "dispute", None, "王经理，跟你说实话，船东那边第二笔进度款还没到，按我们厂的惯例是船东款到了才付供应商的，这笔到货款要等船东付了再说，我也没办法。", "kship", JIANG, day=4, danger=True, note="pay-when-paid"),
    k("owazh", "paid", None, "您好，附件为付款回单，请查收。\n\n财务共享中心 资金组\n电话 0532-8688 1207", "kship", FSSC, atts=["网银回单_20261201.pdf"]),
    k("olzhcn", "partial_payment", None, "王经理：\n到货款分两笔付，第一笔119,250元今天已经走了，第二笔月底前付清。\n\n于海燕", "kship", YU, day=8, danger=True),
    k("coremail", "promise", d(18), "见下文。", "kship", YU, day=4, inline=("如已付款", "【于海燕】还没付，在走签批，预计12月18日前后付。"), note="inline answer in the quote"),
    k("olzhcn", "resend_request", None, "王经理：\n我们付款需要到货验收单、送货单和发票三单匹配，送货单原件我们这边缺一份，麻烦补寄一份盖章的送货单，另外发票请再发一份PDF过来。\n\n于海燕", "kship", YU, day=7),
    k("coremail", "more_time", None, "王经理：今年厂里交船任务重，资金安排比较紧张，到货款能否延到明年一季度？我们保证不会拖欠。\n\n孙立国", "kship", SUN, day=11),
    k("n126", "other", None, "这个我不管付款，你找采购于海燕，她电话0532-86881234转8021。", "kship", JIANG),
    k("n126", "paid", None, "钱早就给你们了，财务说上礼拜就转了，你们再查查账。", "kship", JIANG, day=15),
    k("owazh", "dispute", None, "贵司催款函收悉。\n\n经核对，贵司开具的发票购买方名称为“黄岛海工船舶有限公司”，我司全称为“青岛黄岛海工船舶重工有限公司”，发票抬头错误，无法入账。请作废后重新开具，我司收到正确发票后按流程支付。\n\n财务共享中心\n2026年12月16日", "kship", FSSC, day=16, stage="demand", danger=True, note="wrong invoice title"),
    k("olzhcn", "bank_question", None, "王经理：\n我司系统要求供应商收款账户与开票信息一致。发票备注栏的账号是6222 0000 1234 5679，与邮件中的6222 0000 1234 5678不一致，请确认以哪个为准，并请提供加盖公章的收款账户确认函。\n\n于海燕", "kship", YU, day=9, danger=True),
    k("coremail", "promise", d(9), "已批，财务排在12/9付。", "kship", SUN, day=3, note="12/9 month-first in Chinese"),
    k("n126", "other", None, "我们只能开6个月的商业承兑汇票，你们收不收？收的话我跟财务说。", "kship", JIANG, day=10, note="asks whether we take a commercial draft: PM decides"),
]
# fmt: on

# Guizhou: a big-data park operator, a state-owned platform company paying from special bonds
YANG = ("杨主任", "yangzr@gaszy.com.cn")
LONG = ("龙会计", "longkj@gaszy.com.cn")
WEI = ("韦工", "weigong@gaszy.com.cn")
CWB = ("财务部", "cwb@gaszy.com.cn")
# fmt: off
GUIZHOU = [
    k("olzhcn", "more_time", None, "王经理：\n二期款的资金来源是专项债，目前资金还没有下达到我司账户，下达后第一时间支付，请再宽限一段时间。\n\n杨帆\n贵安数智园区运营有限公司 综合办", "kgz", YANG),
    k("foxmail", "promise", d(10, 1, 2027), "王经理：\n二期款的结算已经报到财政评审中心了，评审完预计下个月上旬付款。\n\n龙䶮\n计财部", "kgz", LONG, note="下个月上旬 = Jan 10"),
    k("coremail", "dispute", None, "贵司：\n\n经第三方审计，二期项目结算金额审定为286,400.00元，核减25,600.00元。请按审定金额重新开具发票，我司按审定金额支付。\n\n贵安数智园区运营有限公司 财务部\n2026年12月7日", "kgz", CWB, day=7, stage="demand", danger=True, note="audit cut"),
    k("foxmail", "paid", None, "王经理，二期款312000元已于12月8日支付，请查收。", "kgz", LONG, day=9),
    k("owazh", "acceptance", None, "王经理：\n二期动环系统已完成终验，验收报告已盖章，原件随后寄给您。\n\n韦工\n资产运营部", "kgz", WEI),
    k("olzhcn", "other", None, "收到，已转计财部。", "kgz", YANG, day=3),
    k("coremail", "dispute", None, "二期款不是不付，是你们的竣工资料到现在还没交齐，档案馆不接收，我们就没法办结算。资料交齐了马上走流程。", "kgz", CWB, day=3, danger=True, note="incomplete documents: won't pay until"),
    k("foxmail", "dispute", None, "王经理：\n你们开的是普票，我们这边需要增值税专用发票（税率6%），麻烦重新开一张专票发过来，普票我们退回。\n\n龙䶮", "kgz", LONG, day=8),
    k("coremail", "promise", d(11), "王经理：付款申请已经审批完毕，5个工作日内到账。", "kgz", CWB, day=4, note="Fri + 5 working days"),
    k("foxmail", "partial_payment", None, "王经理：\n二期款先拨付了50%即156,000元，余款待专项债第二批资金到位后支付。\n\n龙䶮", "kgz", LONG, day=16, danger=True),
    k("olzhcn", "bank_question", None, "王经理：\n我们是国企，付款走银企直连，新增供应商需要提供收款账户的开户许可证或基本存款账户信息（盖章），另外请确认一下收款行的联行号。\n\n杨帆", "kgz", YANG, day=8, danger=True),
    k("coremail", "more_time", None, "今年年底财政资金非常紧张，二期款年内确实付不了，能不能宽限到明年预算批下来以后？到时候优先安排你们的。", "kgz", CWB, day=15),
    k("olzhcn", "promise", d(31), "王经理：\n已经跟领导汇报过了，争取元旦前把二期款付了。\n\n杨帆", "kgz", YANG, day=7, stage="reminder2"),
]
# fmt: on

# Shenzhen: a cross-border e-commerce seller paying for our ERP as SaaS (founder, finance, ops)
KEVIN = ("Kevin", "2851443390@qq.com")
HUANG = ("黄小姐", "huangcw@kuayangtong.com")
AJIE = ("阿杰", "ajie@kuayangtong.com")
LIN = ("林总", "lin@kuayangtong.com")
# fmt: off
ERP = [
    k("exmail", "dispute", None, "您好，年费按50个账号收的，但我们实际只开通了32个，剩下18个一直没分配。合同写的是按实际开通账号结算，这个金额我们不认可，请重新核算。\n\n黄小姐 财务部", "kerp", HUANG, danger=True),
    k("qqapp", "paid", None, "钱从我们香港公司付的 美金 昨天出的 可能要两三天才到 水单我等下发你", "kerp", KEVIN, day=3),
    k("exmail", "promise", d(10), "亚马逊回款周四到，到了就付年费。", "kerp", HUANG, day=7),
    k("qqapp", "bank_question", None, "能不能付到你们对私账户？或者支付宝也行，对公转账要走香港那边太麻烦了", "kerp", KEVIN, day=4, danger=True),
    k("exmail", "dispute", None, "王经理，发票上我们公司的税号少了一位，财务入不了账，麻烦红冲重开，开好之前这笔没法付。", "kerp", HUANG, day=3, danger=True, note="wrong tax number"),
    k("ioszh", "dispute", None, "这个年费我们不续了，十月份就跟你们销售说过不续费，系统也没再用，怎么还来催款？", "kerp", LIN, danger=True),
    k("qqapp", "promise", d(11), "哥 下周五前搞定 真的", "kerp", KEVIN),
    k("mailmaster", "other", None, "你好，请问ERP的亚马逊店铺授权过期了怎么重新授权？店铺同步不了订单了，挺急的。", "kerp", AJIE),
    k("qqhtml", "paid", None, "已付，截图见附件", "kerp", ("黄小姐", "1579022863@qq.com"), day=4, atts=["转账截图.png"]),
    k("ioszh", "more_time", None, "最近旺季备货压了很多钱，年费能不能分三个月付？每个月19600。", "kerp", LIN, day=8),
    k("exmail", "dispute", None, "上个月你们系统宕机两天，我们好几百单没有及时发货，被平台罚款。这个损失你们不给个说法，年费先不付。", "kerp", HUANG, day=9, stage="reminder2", danger=True),
    k("qqapp", "partial_payment", None, "先转了3万 剩下的下周", "kerp", KEVIN, day=10, danger=True),
    k("exmail", "paid", None, "没有没有，已经付了啊，11月28号付的，你们财务再看看。", "kerp", HUANG, day=3, note="没有 denies non-payment"),
    k("mailmaster", "promise", d(31), "收到，年费本月内付清。", "kerp", AJIE),
]
# fmt: on

# Harbin: an ice-festival organiser in the weeks before opening (the boss, the accountant, ops)
GUAN = ("关丽娟", "guan_lijuan@126.com")
SUNZ = ("孙总", "sunzong@hrbbxjq.com")
LIU = ("刘洋", "liuyang@hrbbxjq.com")
BGS = ("办公室", "bgs@hrbbxjq.com")
# fmt: off
HARBIN = [
    k("ioszh", "promise", None, "老弟，这阵子忙开园，款肯定给你整，等开园以后吧，放心。", "khrb", SUNZ, stage="due", note="after an event with no day: promise without date"),
    k("huawei", "dispute", None, "闸机那套系统昨天联调又崩了，刷码进不去，现在离开园没几天了。上线款？上线都还没上线呢，先把问题解决了再说。", "khrb", LIU, stage="due", danger=True),
    k("n126", "paid", None, "王经理，款已经给你们打过去了，建行的，九万六整，回单附上了哈。", "khrb", GUAN, day=4, atts=["建行回单.pdf"]),
    k("alimail", "promise", d(18), "王经理：\n\n经孙总批示，上线款定于十二月十八日支付。\n\n哈尔滨冰雪节庆文化传播有限公司 办公室\n电话：0451-8276 3300", "khrb", BGS, day=3),
    k("huawei", "promise", d(9), "王哥我刚跟财务关姐说了她说这个周三之前给你付了啊", "khrb", LIU, day=7, note="voice typing"),
    k("n126", "more_time", None, "王经理，今年门票预售不太理想，资金压力挺大，上线款能不能等到春节以后？", "khrb", GUAN, day=4),
    k("n126", "bank_question", None, "你们这个账号是基本户吗？我们付款系统里存的是你们以前的农行账号，现在邮件里是示例银行，到底往哪个付？", "khrb", GUAN, day=8, danger=True),
    k("huawei", "acceptance", None, "王哥，票务系统上线试运行一周没毛病了，我们这边确认验收通过，验收单今天寄出。", "khrb", LIU, day=16),
    k("ioszh", "promise", d(22), "明天一早就让会计给你转", "khrb", SUNZ, day=21),
    k("alimail", "other", None, "您好，孙总出差中，您的邮件已转交，待其回来后再回复您。\n\n办公室", "khrb", BGS, note="a secretary writing, not an auto-reply"),
    k("n126", "partial_payment", None, "上线款先付了一半48000，剩下一半等验收完再付。", "khrb", GUAN, day=11, danger=True),
    k("ioszh", "promise", d(2), "我以为上礼拜就付了，刚问了还没付，今天下午补上。", "khrb", SUNZ, stage="due", note="past belief, not paid, promise today"),
    k("alimail", "dispute", None, "关于贵司的催款函：\n\n合同约定上线款为合同总价的30%，即86,400元，贵司函中所列96,000元与合同不符，请核实后重新发函。\n\n办公室\n2026年12月14日", "khrb", BGS, day=14, stage="demand", danger=True, note="amount disputed"),
]
# fmt: on

# Jinjiang, Fujian: a shoe OEM (the chairman on his Mac, the accountant on Sina, an order clerk, IT)
CHEN = ("陈董", "chendong@hongbu-shoes.com")
LINXQ = ("林秀琴", "linxiuqin88@sina.com")
AHUI = ("阿辉", "3016542287@qq.com")
ZHENG = ("郑志鹏", "zhengzp@hongbu-shoes.com")
# fmt: off
SHOES = [
    k("applezh", "more_time", None, "王经理，歹势，美国那边客户砍单，这两个月工厂很困难，尾款能不能缓一缓，年后一定结。\n\n陈", "kshoe", CHEN),
    k("sina", "promise", d(15), "王经理：月中发完工资就付尾款，大概15号。\n林秀琴", "kshoe", LINXQ, day=3),
    k("tbzh", "dispute", None, "计件工资模块算出来的工资跟手工账对不上，差了好几个工序的单价，上个月工人都闹起来了。这个问题没改好之前，老板说尾款先不付。\n\n郑志鹏\n信息部", "kshoe", ZHENG, below=True, danger=True),
    k("sina", "paid", None, "王经理：尾款已用银行承兑汇票背书转让给贵司，票面金额74,600元，请登录网银签收。\n林秀琴", "kshoe", LINXQ, day=7, note="paid by an endorsed bank acceptance draft"),
    k("applezh", "promise", d(14), "下下周一付", "kshoe", CHEN),
    k("qqweb", "dispute", None, "王经理，系统培训还没做完，车间组长都还不会用，培训完了我们再谈尾款。", "kshoe", AHUI, day=4, danger=True),
    k("sina", "partial_payment", None, "王经理：尾款74600元，已付40000元，余款34600元下个月初付。\n林秀琴", "kshoe", LINXQ, day=9, danger=True),
    k("tbzh", "resend_request", None, "财务说没收到尾款的发票，麻烦再发一份到 linxiuqin88@sina.com ，谢谢。\n\n郑志鹏", "kshoe", ZHENG, below=True),
    k("qqweb", "other", None, "王经理，好久不见！明年新厂的排程系统也想找你们做，有空来晋江喝茶。", "kshoe", AHUI),
    k("applezh", "paid", None, "已付，勿念。", "kshoe", CHEN, day=4),
    k("sina", "bank_question", None, "王经理：请问贵司这个账户能收美元吗？我们想用外币户付，省得换汇。\n林秀琴", "kshoe", LINXQ, day=8, danger=True),
    k("applezh", "promise", d(16), "上周说这周付，没付成，不好意思，改到下周三。", "kshoe", CHEN, day=10, stage="reminder2"),
    k("qqweb", "promise", d(4), "王经理，老板已经交代财务了，这周五之前付，您放心。\n\n-------- 转发的消息 --------\n发件人：陈董\n秀琴，鸿步这笔系统尾款这周五前付掉，别再拖了。", "kshoe", AHUI, note="forwarded boss's order, clerk relays a dated promise"),
]
# fmt: on

# Other client styles and shapes, same trades: English UIs writing Chinese, an earlier answer quoted
# fmt: off
MORE = [
    k("mmen", "promise", d(7), "年费财务说下周一付，到时候给你截图。\n\n阿杰", "kerp", AJIE, day=3, tz="Asia/Shanghai", note="Mail Master English UI, Chinese words"),
    k("qqappen", "promise", d(4), "ok 已经安排了 周五到账", "kerp", KEVIN, tz="Asia/Shanghai", danger=True, note="scheduled, not paid"),
    k("exmailen", "paid", None, "Hi Wang, payment done today, pls check. Thx\n\nCindy Huang\nFinance | Kuayangtong E-commerce", "kerp", HUANG, day=8, tz="Asia/Shanghai"),
    k("foxmail", "promise", d(11), "王经理：\n评审结果出来了，没有核减，付款申请已提交，本周五前付。\n\n龙䶮", "kgz", LONG, day=9, stage="reminder2", earlier="王经理：\n二期款的结算已经报到财政评审中心了，评审完预计下个月上旬付款。\n\n龙䶮", note="own earlier answer quoted with an older date"),
    k("olzhcnplain", "resend_request", None, "王经理：\n\n请把二期款的对账单和结算明细发我一份，我核对一下再走付款流程。\n\n杨帆", "kgz", YANG, day=10),
    k("ioszh", "other", None, "好的", "khrb", SUNZ, day=3, note="a bare ok"),
    k("huawei", "paid", None, "王哥 款的事我问了关姐 她说昨天已经富过去了 你那边查一下", "khrb", LIU, day=10, note="voice typo 富 for 付"),
    k("qqapp", "promise", d(31), "验收款月底钱付清 放心", "kcot", TU, day=3, note="voice typo 钱 for 前"),
    k("mmios", "promise", d(8), "发票收到了，下周二安排付款。", "kerp", AJIE, note="Mail Master iOS, HTML only"),
]
# fmt: on

K_ZH = COTTON + SHIP + GUIZHOU + ERP + HARBIN + SHOES + MORE

# Machine mail (heldout_c_machine_k.py, heldout_c_machine_k_auto.py)
# fmt: off
K_MACHINE = [
    k("olzhcn", "bounce", None, "", "kcot", ("", ""), day=1, raw=postfix_dsn, danger=True, note="Postfix DSN 5.1.1"),
    k("olzhcn", "bounce", None, "", "kgz", ("", ""), day=3, raw=exchange_ndr_zh, danger=True, note="Exchange NDR in Chinese"),
    k("qqweb", "bounce", None, "", "kerp", ("", ""), day=4, raw=qq_bounce_no_dsn, danger=True, note="QQ bounce without a DSN part, mailbox full"),
    k("olzhcn", "bounce", None, "", "kship", ("", ""), day=3, raw=postfix_delay, danger=True, note="delay warning, not permanent"),
    k("coremail", "bounce", None, "", "kship", ("", ""), day=8, raw=coremail_bounce, danger=True, note="Coremail 系统退信 without a DSN part"),
    k("gmailtw", "bounce", None, "", "ktn", ("", ""), day=7, raw=gmail_bounce, danger=True, tz="Asia/Taipei", note="Gmail address not found"),
    k("olzhcn", "auto_reply", None, "", "kgz", ("", ""), day=2, raw=oof_zh, danger=True, note="Exchange OOF 自动答复 with 付款"),
    k("owazhtw", "auto_reply", None, "", "kmo", ("", ""), day=3, raw=oof_tw, danger=True, tz="Asia/Macau", note="Exchange OOF 自動回覆"),
    k("olen", "auto_reply", None, "", "kie", ("", ""), day=4, raw=oof_en, danger=True, tz="Europe/Dublin", note="Exchange OOF with payment queries"),
    k("qqhtml", "auto_reply", None, "", "kerp", ("", ""), day=2, raw=qq_vacation, danger=True, note="QQ vacation, HTML only"),
    k("n163", "auto_reply", None, "", "kcot", ("", ""), day=7, raw=n163_autoreply, danger=True, note="163 auto-reply without headers, says 付款 next week"),
    k("applezh", "auto_reply", None, "", "kshoe", ("", ""), day=9, raw=icloud_vacation, danger=True, note="iCloud VACATION"),
    k("alimail", "auto_reply", None, "", "khrb", ("", ""), day=2, raw=alimail_autoreply, danger=True, note="Alimail auto-reply: 付款事宜回来后处理"),
    k("exmail", "auto_reply", None, "", "kcot", ("", ""), day=10, raw=exmail_autoreply, danger=True, note="Exmail auto-reply with a phone number"),
    k("olzhcn", "auto_reply", None, "", "kship", ("", ""), day=7, raw=mdn_outlook_zh, danger=True, note="Outlook read receipt 已读"),
    k("tben", "auto_reply", None, "", "kkz", ("", ""), day=3, raw=mdn_thunderbird, danger=True, tz="Asia/Atyrau", note="Thunderbird return receipt"),
    k("olen", "auto_reply", None, "", "kke", ("", ""), day=3, raw=ticket_ack, danger=True, tz="Africa/Nairobi", note="helpdesk ticket acknowledgement"),
    k("qqhtml", "other", None, "", "kerp", ("", ""), day=9, raw=newsletter, danger=True, known=False, note="newsletter: Precedence bulk, mentions 付款"),
]
# fmt: on

K_SET = K_ZH + K_INTL + K_MACHINE

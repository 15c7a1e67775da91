"""Held-out set L: replies from six mainland clients (this file), Taiwan, Hong Kong and abroad.

Written blind (no classifier, rules, corpus bodies or earlier sets' bodies opened) by set L's
author: an Inner-Mongolian dairy cooperative, a Chongqing motorcycle exporter, a Suzhou
embroidery studio, a Hefei battery-materials plant, a Lhasa travel agency and a Nanjing
pharmacy chain here; ``heldout_c_set_l_intl.py`` holds the Traditional and English clients,
``heldout_c_machine_l.py`` the machine mail. Each reply answers its client's own reminder
(``heldout_c_threads_l.py``). Entries: (style, kind, expected date, body, options); labels
follow labels.yaml (dates from the reply's day in the sender's zone).
"""

from __future__ import annotations

from datetime import date

from heldout_c_threads_l import D, Entry, client

dairy = client("l_dairy", [
    ("乌云其其格", "wuyunqqg_mg@163.com"),  # the cooperative's accountant, 163 webmail
    ("巴特尔", "bateer@muge-coop.cn"),  # the head, on his Huawei phone, by voice
    ("", "caiwu@muge-coop.cn"),  # the finance mailbox, Foxmail
])  # fmt: skip
moto = client("l_moto", [
    ("冉晓丽", "ranxl@yuchimoto.com"),  # accountant, Exmail
    ("向前进", "xiangqj@yuchimoto.com"),  # general manager, Outlook
    ("小蒋", "1569938204@qq.com"),  # export department, QQ web
    ("向总", "2850017733@qq.com"),  # the manager on the QQ app
    ("Dmitry Sokolov", "dmitry@yuchimoto.com"),  # the Russia desk, Exmail in English
], stage="reminder", seq=2)  # fmt: skip
embroid = client("l_embroid", [
    ("沈秀娟", "shen_xiujuan@126.com"),  # the studio's owner, 126 webmail / Mail Master
    ("小顾", "2473310958@qq.com"),  # her assistant, QQ app
    ("沈秀娟", "shenxiujuan@icloud.com"),  # the owner's Mac / iPhone
])  # fmt: skip
battery = client("l_battery", [
    ("程伟", "chengwei@liyuan-nm.com"),  # purchasing engineer, corporate Coremail
    ("许敏", "xumin@liyuan-nm.com"),  # finance, Outlook
    ("周建明", "zhoujm@liyuanxcl.onmicrosoft.com"),  # equipment department, OWA
    ("财务共享中心", "fssc@liyuan-nm.com"),  # shared-services finance, Alimail
])  # fmt: skip
lhasa = client("l_lhasa", [
    ("次仁", "tsering_xyx@163.com"),  # the manager, 163 webmail
    ("卓玛", "3308126674@qq.com"),  # finance, QQ web
    ("次仁", "tsering@xueyuxing.com"),  # the manager's Huawei phone
    ("卓玛", "zhuoma_cw@sina.com"),  # finance on Sina mail
])  # fmt: skip
pharmacy = client("l_pharmacy", [
    ("周燕", "zhouyan@jlkj-pharm.com"),  # IT/purchasing supervisor, Alimail
    ("钱会计", "qianhui@jlkj-pharm.com"),  # accountant, Exmail
    ("Yan Zhou", "zhouyan.nj@gmail.com"),  # the supervisor on Gmail
    ("郑昊", "zhenghao@jlkj-pharm.com"),  # IT, Thunderbird
    ("钱慧", "qianhui_nj@163.com"),  # the accountant in Mail Master
    ("孙丽", "sunli@jlkjpharm.onmicrosoft.com"),  # finance director, OWA
])  # fmt: skip

# fmt: off
ZH: list[Entry] = [
    # --- Inner-Mongolian dairy cooperative (尾款 ￥126,000) ---
    dairy("n163", "paid", None, "王经理您好，尾款126000元已于11月30日通过农商银行转出，回单见附件，请查收。\n\n乌云其其格\n锡林郭勒盟牧歌奶业专业合作社　财务\n电话：0479-8236617", atts=["农商行电子回单20261130.pdf"]),
    dairy("huawei", "promise", D[10], "王经理你好 尾款的是我跟会计说了 这个月奶款下来以后就给你们打过去 大概十号左右吧 合作社现在帐上确实紧 牛奶收购款要先给牧民结", who=1, note="voice input, 大概十号左右"),
    dairy("n163", "partial_payment", None, "王经理：\n\n今天先转了6万，剩余66000元等月底乳品厂结算后再付。回单附上。\n\n乌云其其格", day=D[3], atts=["转账回单.jpg"], danger=True),
    dairy("foxmail", "resend_request", None, "您好，\n\n我们这边没有收到尾款的发票，麻烦开一张增值税普通发票发过来（电子版即可），开票信息：\n名称：锡林郭勒盟牧歌奶业专业合作社\n税号：93152500MA0N7K2X4R\n收到发票后走报销流程。\n\n谢谢", who=2, note="not paid because no invoice"),
    dairy("huawei", "dispute", None, "温控系统三号奶罐的探头到现在还在报警 上个月挤奶厅那边断了两次数据 你们的人来看过一次说换件 到现在也没换 这个不弄好尾款不能给", who=1, danger=True, note="quality, conditional refusal by voice"),
    dairy("n163", "more_time", date(2027, 1, 20), "王经理，您好。\n合作社年底要给社员分红，资金比较紧张，尾款能不能宽限到明年1月20日？社长也同意了，到时候一次付清。\n\n乌云其其格"),
    dairy("n163", "other", None, "收到，已转社长审批。", note="hand-off, no commitment"),
    dairy("n163", "bank_question", None, "王经理，我们财务系统里存的贵司收款账号是建行的，和邮件里这个示例银行的账号不一样，你们是换账户了吗？为了安全，请让你们财务给我回个电话确认一下，我手机13847910562。\n\n乌云其其格", danger=True),
    dairy("huawei", "paid", None, "钱昨天下午会计已经打了 你们查一下", who=1, day=D[4], note="past: 昨天已经打了"),
    dairy("foxmail", "acceptance", None, "王经理：\n\n冷链温控系统已于11月28日由合作社组织验收，验收合格，验收报告已签字盖章，扫描件见附件。尾款按合同约定在验收合格后15个工作日内支付。\n\n牧歌合作社财务室", who=2, atts=["验收报告（签字版）.pdf"], note="acceptance quoting the contract's payment term"),
    dairy("n163", "promise", D[4], "好的，收到，本周五前付。", below=True, note="answered below the quote"),
    dairy("n163", "more_time", None, "王经理，不好意思，上次说的下周一付不了了，社里的贷款还没批下来，等批下来再告诉您具体时间。", day=D[9], earlier="王经理，尾款下周一付。\n\n乌云其其格", note="the quoted earlier promise is withdrawn: waiting on a loan, no date"),
    # --- Chongqing motorcycle exporter (第二期款 ￥156,000) ---
    moto("exmail", "paid", None, "王经理好，第二期款15.6万我们11月26号就付了的，走的中信银行，跨行可能到账慢点，麻烦再查一哈。回单发给你。", atts=["中信银行回单.pdf"]),
    moto("olzhcn", "dispute", None, "王经理：\n\n二期的订货系统上线以后，俄罗斯和哈萨克斯坦的经销商一直反映下单页面俄文显示乱码，汇率换算也不对。这些问题你们答应11月中旬改好，到现在都莫得动静。问题解决之前，二期款我们暂缓支付。\n\n向前进\n重庆渝驰摩托车进出口有限公司　总经理\n手机：139 8325 6071", who=1, danger=True),
    moto("qqweb", "other", None, "王经理，这个事情我不太清楚哈，我是出口部的，已经转给财务冉姐了，她会回复你们。", who=2, note="hand-off"),
    moto("exmail", "promise", D[8], "王经理，二期款已经走完审批了，排在下周二的付款批次里头，到时候付了给你发回单。"),
    moto("exmail", "partial_payment", None, "您好，扣除之前说好的服务器费用12,000元，这次实付144,000元，已于今天上午转账，请查收并按实付金额开具发票。\n\n冉晓丽\n财务部", day=D[3], danger=True, note="a deduction the client says was agreed"),
    moto("qqapp", "resend_request", None, "搞快点把发票开过来嘛 发票没到财务不得付款的", who=3, note="Chongqing: 不得 = will not, because no invoice"),
    moto("exmail", "more_time", None, "王经理，不好意思哈，最近出口退税还没退下来，公司资金周转有点困难，二期款想分两次付：12月25号前付8万，剩下7.6万明年1月底前付清，你看要得不？", note="a plan of instalments names no single day"),
    moto("olzhcn", "promise", D[15], "王经理：\n\n已安排财务于十二月十五日前支付二期款，请放心。\n\n向前进\n2026年12月2日\n手机：139 8325 6071", who=1, note="a date in the signature"),
    moto("exmail", "bank_question", None, "王经理，请问我们付人民币还是美元？合同写的是人民币。另外麻烦提供一下开户行的联行号（12位），我们网银付款要填。", danger=True),
    moto("qqweb", "paid", None, "王经理，冉姐让我转给你，回单在附件。\n\n-------- 转发邮件信息 --------\n发件人：\"冉晓丽\" <ranxl@yuchimoto.com>\n发送日期：2026年12月3日 10:12\n收件人：\"蒋\" <1569938204@qq.com>\n主题：二期款回单\n\n小蒋，二期款今天已经付了，你把回单转给示例科技的王经理。", who=2, day=D[3], atts=["回单.pdf"], note="a forwarded colleague's note says it was paid"),
    moto("qqhtml", "promise", date(2026, 12, 31), "王经理，冉姐说二期款元旦前付清，您放心。", who=2, note="QQ HTML only"),
    moto("qqweb", "other", None, "王经理，一期款我们10月份就付清了的，二期款还在走审批，批下来就付。", who=2, danger=True, note="an earlier instalment paid; this one only in approval"),
    moto("exmailen", "other", None, "Hello Mr. Wang,\n\nI am from export department (Russia desk). Payments are not my responsibility, I forwarded your letter to Ms. Ran in finance.\n\nBest regards,\nDmitry Sokolov", who=4, note="hand-off in English"),
    # --- Suzhou embroidery studio (交付款 ￥36,800) ---
    embroid("n126", "promise", D[9], "王经理：\n您好！交付款这两天在走，绣庄这个月刚收了一笔订单定金，下礼拜三之前一定转给你们。\n沈"),
    embroid("qqapp", "other", None, "王经理您好，沈老师这几天在北京参加非遗展，款还没付，她说回来再处理。", who=1, danger=True, note="negation: not paid, no date"),
    embroid("applezh", "dispute", None, "王经理，\n\n小程序展厅里的绣品图片放大以后很模糊，我们双面绣的针脚细节都看不清，这和当初说好的“高清原图展示”不一样。麻烦先安排技术处理好，我们确认没问题了再付交付款，谢谢理解。\n\n沈秀娟\n姑苏绣苑", who=2, danger=True, note="polite conditional refusal"),
    embroid("mmios", "paid", None, "交付款36800今天用支付宝企业账户转过去了，到账了说一声哈", note="Mail Master iOS, HTML only"),
    embroid("qqapp", "resend_request", None, "王经理，我们会计说发票上的开票内容要写“信息技术服务费”，现在写的是“软件开发”，能不能麻烦重新开一张？开好了她马上安排付款。", who=1, note="an invoice in another wording"),
    embroid("n126", "more_time", None, "王经理您好，年底绣庄资金压力比较大，交付款能否缓一缓，春节后再付？实在不好意思。\n沈秀娟", note="asks: 春节后, no date"),
    embroid("applezh", "acceptance", None, "王经理，小程序我们试用了两个礼拜，没有问题，今天正式确认验收。验收单我签好字了，明天快递寄给你们。", who=2, day=D[7]),
    embroid("ioszh", "paid", None, "已付", who=2, atts=["IMG_4471.PNG"], note="one word and a screenshot"),
    embroid("qqapp", "bank_question", None, "王经理，请问你们的开户行全称是“示例银行股份有限公司杭州分行”还是“示例银行杭州分行营业部”？我们网银里选不到，麻烦确认一下。", who=1, danger=True),
    embroid("n126", "promise", D[10], "您好，已经跟会计说了，12.10号之前付。"),
    embroid("qqapp", "other", None, "王经理你好我是沈老师交付款我上个礼拜已经叫会计付掉了你们查查看有没有到张", who=1, day=D[4], note="voice input with a typo (到张); relabelled paid -> other (session 8): an order to the accountant, not confirmed, as the corpus's hg090/hj156"),
    embroid("n126", "promise", D[20], "王经理，不好意思，原来说10号付，现在要推到20号了，绣庄的货款还没收回来。\n沈", day=D[9], note="a moved day, stated"),
    # --- Hefei battery-materials plant (验收款 ￥420,000) ---
    battery("coremail", "dispute", None, "王工：\n\nMES系统11月27日的验收会上，二号窑炉的温度曲线采集和批次追溯两项没有通过，验收意见已在会上明确，会议纪要随后发给你们。验收未通过前，验收款不具备支付条件。\n\n程伟\n合肥锂源新材料股份有限公司　采购部\n0551-6389 2215", danger=True, note="acceptance failed"),
    battery("olzhcn", "promise", D[11], "王经理您好：\n\n贵司验收款已提交OA付款流程，目前在总经理审批节点，预计12月9日至11日之间支付，以实际到账为准。\n\n许敏\n财务部", who=1, note="a window: its last day"),
    battery("owazh", "acceptance", None, "王工，产线MES已于11月30日完成终验，验收结论：合格。终验报告正在走用印流程，盖章后由采购发给贵司。\n\n周建明\n设备部", who=2),
    battery("olzhcnplain", "paid", None, "王经理：\n\n验收款420,000.00元我司已于2026年12月1日以银行承兑汇票方式支付（票据号码 5 3010 0000 1234 20261201 0001 2345，到期日2027年6月1日），电子票据已背书转让至贵司，请在网银中签收。\n\n许敏", who=1, note="paid by an endorsed acceptance bill"),
    battery("alimail", "other", None, "您好，\n\n贵司邮件已收到。我中心付款依据为业务部门提交的付款申请，目前系统中未查询到该合同的付款申请，请联系业务部门（采购部程工）发起流程。\n\n财务共享中心", who=3, danger=True, note="not paid: no payment request filed, hand-off"),
    battery("coremail", "dispute", None, "王工，财务反馈发票税率开错了，合同约定的是13%，你们开的是6%，需要红冲后重开，否则无法入账，验收款也付不了。麻烦尽快处理。", danger=True, note="wrong invoice: cannot pay it as issued"),
    battery("olzhcn", "partial_payment", None, "王经理：\n\n验收款本次先支付50%，即210,000.00元，已于今日付出；剩余50%待贵司提交质保函后支付。\n\n许敏", who=1, day=D[4], danger=True),
    battery("coremail", "promise", date(2027, 1, 15), "王工，跟你说个情况：集团12月份的资金计划已经报满了，验收款只能排进明年1月份的资金计划，1月中旬付。", note="a later day stated, not asked"),
    battery("owazh", "other", None, "王工，付款的事情不归我们设备部管，我把邮件转给采购程工了。", who=2, note="hand-off"),
    battery("olzhcn", "promise", D[8], "王经理：\n付款流程已审批完毕，将于3个工作日内付款。\n许敏", who=1, day=D[3], note="Thursday + 3 working days"),
    battery("coremail", "bank_question", None, "王工，你们合同上的收款账户和这次邮件里的是同一个吗？我们财务说合同附件里的账号尾号是5679，邮件里是5678，请核实一下再付。", danger=True, note="account mismatch: never answered automatically"),
    battery("alimail", "promise", D[16], "王经理您好，贵司验收款排在下下周三支付。\n\n财务共享中心　付款组", who=3),
    battery("coremail", "resend_request", None, "王工：\n\n财务要求付款附件里必须有贵司盖章的验收报告原件，你们盖好章寄过来，收到当周就能付。\n\n程伟", day=D[7], note="a document asked for before payment"),
    battery("olmobzh", "other", None, "王经理，我在外面开会，回公司查一下付款记录再回复您。", who=1, note="will check, no commitment"),
    # --- Lhasa travel agency (中期款 ￥58,000) ---
    lhasa("n163", "more_time", None, "王经理扎西德勒！\n冬天是淡季，游客少，公司现金流比较紧张，中期款能不能等到明年4月旅游旺季开始再付？我们可以先付一部分。\n次仁", note="asks to wait for the season; part only offered"),
    lhasa("qqweb", "partial_payment", None, "王经理您好，今天先付了两万，剩下三万八下个月再付，回单在附件。", who=1, atts=["付款回单.png"], danger=True),
    lhasa("huawei", "other", None, "还没付 我这几天在林芝带团 信号不好 回拉萨再说", who=2, danger=True, note="negation: not paid"),
    lhasa("sina", "paid", None, "王经理：\n中期款58000元已于12月1日付讫，请查收。\n卓玛", who=3),
    lhasa("n163", "promise", None, "王经理：中期款藏历新年后肯定付清，请放心。", note="after Losar: promise without a day"),
    lhasa("qqweb", "dispute", None, "王经理，中期款金额我们核对了一下，合同第五条写的是合同总价的30%，总价18万，应该是54000元，你们催的58000元多了4000，麻烦核实。", who=1, danger=True, note="polite dispute of the amount"),
    lhasa("n163", "resend_request", None, "你好，麻烦把合同和上次的对账单再发一份给我，我们换了新的财务，之前的资料找不到了。\n次仁"),
    lhasa("sina", "promise", date(2026, 12, 31), "您好，中期款本月底前安排支付，谢谢。", who=3),
    lhasa("huawei", "paid", None, "王经理 钱已经转了 卓玛说今天上午转的 你看下到了没有", who=2, day=D[3]),
    lhasa("n163", "dispute", None, "王经理，中期款我们不会付的，合同里写的是平台上线后支付，平台到现在都没有正式上线，测试版还经常打不开。", danger=True, note="refusal: contract condition not met"),
    lhasa("qqweb", "more_time", D[15], "王经理，中期款能不能12月中旬再付？这两周刚给酒店结完冬季的房款。", who=1, note="asks: 中旬 = the 15th"),
    # --- Nanjing pharmacy chain (二期款 ￥98,500) ---
    pharmacy("alimail", "promise", D[15], "王经理：\n您好！二期款付款申请已提交，财务排在12月15日的集中付款日支付。如有变动我再通知您。\n\n周燕"),
    pharmacy("exmail", "paid", None, "您好，见附件。", who=1, atts=["转账凭证_金陵康健_1201.pdf"], note="only 见附件 and a transfer voucher"),
    pharmacy("gmailzh", "dispute", None, "王经理，\n\n处方流转系统二期上线后，和医保平台的对接一直没有通过省医保局的验收，门店现在还在用老系统开方。合同约定二期款以医保对接验收通过为付款条件，目前条件未满足，暂不付款。\n\n周燕", who=2, danger=True),
    pharmacy("tbzh", "acceptance", None, "二期功能我们IT这边测试通过了，已经在OA上提交验收确认，验收意见：同意验收。\n\n郑昊\n信息部", who=3, below=True, note="Thunderbird, below the quote"),
    pharmacy("mailmaster", "partial_payment", None, "王经理：\n二期款98,500元，按合同扣留5%质保金4,925元，本次实付93,575元，已于12月2日支付。质保金满一年无质量问题后支付。\n钱慧", who=4, danger=True, note="5% retention held back"),
    pharmacy("owazh", "more_time", None, "王经理：\n\n因集团年底资金集中管控，二期款需延期支付，具体时间待集团资金计划下达后另行通知，请予理解。\n\n孙丽\n财务总监", who=5),
    pharmacy("exmail", "bank_question", None, "王经理，我们付款系统里贵司的收款户名是“示例科技（杭州）有限公司”，和邮件里的“示例科技有限公司”不一致，银行会退票，请问以哪个为准？", who=1, danger=True),
    pharmacy("alimail", "other", None, "王经理，二期款我们没有说不付，只是流程慢，我催一下财务。", danger=True, note="double negation is no refusal; no date"),
    pharmacy("gmailzh", "promise", D[18], "王经理，财务确认二期款2026/12/18付款。", who=2),
    pharmacy("mailmaster", "resend_request", None, "王经理：\n我们公司从12月起只收数电票，麻烦把二期款的纸质专票作废，重新开一张数电专票发到这个邮箱，收到后安排付款。\n钱慧", who=4, note="an invoice in another form"),
    pharmacy("exmail", "paid", None, "王经理，二期款周一就付了，您那边查一下是不是已经到了。", who=1, day=D[9], note="past: 周一就付了 on a Wednesday"),
    pharmacy("exmail", "paid", None, "见下方回复。", who=1, inline=("付款截止日", "【钱会计】已于11月20日当天支付，请核对12月对账单。"), note="answer inline in the quote"),
]
# fmt: on

# Imported last: the Traditional/English replies and the machine mail use the same threads.
from heldout_c_machine_l import MACHINE  # noqa: E402
from heldout_c_set_l_intl import EN, HANT  # noqa: E402

L_SET: list[Entry] = ZH + HANT + EN + MACHINE

"""Held-out set J, Simplified Chinese part: written blind to the classifier (see HELDOUT.md).

A Yunnan tea cooperative, a Guangzhou dealership group, a provincial TV station, a Wuxi
wafer fab's purchasing, a Dongguan mould maker whose boss dictates to his phone, a museum's
procurement office and a Chengdu sports club answer the reminders of heldout_c_threads_j.
Labels follow labels.yaml (replies dated Wednesday 2026-12-02 unless ``day`` says otherwise;
when genuinely ambiguous, the kind that makes cuikuan ask the PM). ``J_SET`` joins the parts.
"""

from __future__ import annotations

import heldout_c_machine_j as mj
from heldout_c_set_j_intl import INTL_J
from heldout_c_threads_j import PEOPLE, d, j

D = True  # dangerous category
ZH_J = [
    # --- 勐海布朗山古茶专业合作社 (tea cooperative; phones, QQ, a 163 account) ---
    j("j_tea", "qqapp", "paid", None,
      "王经理你好 尾款昨天下午已经从农信社转过去了 跨行可能慢点 你们查收一下"),
    j("j_tea", "qqweb", "partial_payment", None,
      "王经理：\n\n您好！尾款46000元，我社11月30日先转了20000元，剩下的26000元要等今年的茶叶收购款回笼后再付，"
      "估计要到明年春茶上市前后。给您添麻烦了。\n\n玉香\n布朗山古茶合作社 会计", danger=D),
    j("j_tea", "n163", "more_time", d(2027, 1, 20),
      "王经理好，\n\n今年秋茶行情不好，合作社账上资金紧张，尾款能不能宽限到明年1月20日？到时候一次付清。\n\n"
      "李国强\n勐海县布朗山古茶专业合作社 理事长"),
    j("j_tea", "huawei", "promise", d(2026, 12, 9),
      "王静力你好，尾款我们这边下个礼拜三之前肯定付，财务在走流程了", note="voice input: 王静力 = 王经理"),
    j("j_tea", "qqapp", "dispute", None,
      "小程序扫码溯源现在还是经常打不开 茶农那边都在抱怨 这个问题没解决之前尾款我们不会付的 你们先派人来看看",
      danger=D),
    j("j_tea", "qqweb", "resend_request", None,
      "王经理，尾款的发票我们这边一直没收到，麻烦重新开一张寄过来，或者发电子发票到这个邮箱也可以，收到发票就安排付款。"),
    j("j_tea", "qqapp", "other", None,
      "这个事情我已经跟玉香说了 她管账 你直接找她", danger=D, note="hand-off, nothing paid"),
    j("j_tea", "qqweb", "bank_question", None,
      "王经理，我们合作社的户开在农村信用社，转账到你们示例银行杭州分行要填联行号，系统里查不到，"
      "能不能把开户行的联行号发过来？另外户名是不是就是“示例科技有限公司”？", danger=D),
    j("j_tea", "n163", "paid", None,
      "王经理：尾款已经付过了，11月26日付的，付款账户是勐海县布朗山古茶专业合作社，你们再对一下账。", below=True),
    j("j_tea", "qqweb", "promise", d(2027, 1, 5),
      "王经理您好，尾款下个月初付，财务那边已经排上了，请放心。"),
    j("j_tea", "qqapp", "other", None, "好的 知道了 我问下会计"),
    j("j_tea", "qqhtml", "auto_reply", None, "", danger=D, sender=PEOPLE["j_tea"]["qqweb"],
      raw=lambda r: mj.ooo(r, subject_prefix="自动回复: ", html_only=True, charset="gb18030", name_cs="gb18030",
                           text="这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我最近在茶山收茶，信号不好，邮件不能及时回复，"
                                "付款的事情请12月10日以后再联系，急事请打电话。")),
    # --- 粤骏汽车销售服务集团 (dealership group; Exmail, Exchange, Foxmail) ---
    j("j_auto", "exmail", "paid", None,
      "王经理您好，\n\n贵司二期款138,600.00元已于今日上午通过招商银行付出，电子回单见附件，请查收。\n\n冯晓芸\n"
      "粤骏汽车销售服务集团 财务部", atts=["招商银行电子回单_20261202.pdf"]),
    j("j_auto", "owazh", "dispute", None,
      "王经理，\n\n二期的DMS报表模块到现在还有三个问题没关闭（工单#2211、#2214、#2230），我们还没签验收单。"
      "按合同二期款是验收合格后支付的，所以目前不具备付款条件，请先把问题处理完。\n\n黎志华\n集团信息中心",
      danger=D),
    j("j_auto", "foxmail", "promise", d(2026, 12, 15),
      "您好，\n\n二期款已提交OA审批，预计十二月十五日前付款，请知悉。\n\n\n采购部 邝敏"),
    j("j_auto", "olzhcn", "bank_question", None,
      "王总您好，\n\n我们财务反映贵司催款邮件里的收款户名是“示例科技有限公司”，但开票信息里是“示例科技（杭州）有限公司”，"
      "两者不一致。请问以哪个为准？请出具盖章的收款账户确认函，确认后我们再付款。\n\n卢振邦", danger=D),
    j("j_auto", "qqhtml", "partial_payment", d(2026, 12, 31),
      "王经理：二期款我们分两笔付，第一笔80,000元已于11月28日支付，第二笔58,600元月底前付清。",
      danger=D, sender=PEOPLE["j_auto"]["exmail"], note="paid part, rest promised 月底前"),
    j("j_auto", "olmobzh", "more_time", None,
      "王总，年底车市压力大，集团资金统一调度，二期款能否分三个月付？每月46,200。请回复是否可以。",
      note="instalment request: no single day"),
    j("j_auto", "olzhcn", "other", None,
      "王总：款我已经让财务那边安排了，具体什么时候付出去我也不清楚，你们再问一下冯晓芸吧。",
      danger=D, note="an instruction given, nothing paid yet, no date"),
    j("j_auto", "owazh", "paid", None,
      "王经理好，二期款已于12月1日付出。\n\n黎志华\n信息中心 | 粤骏汽车集团\n"
      "温馨提示：集团总部将于2026年12月18日起迁至广州市黄埔区开创大道 2188 号，届时请更新寄件地址。",
      note="a date in the signature"),
    j("j_auto", "qqhtml", "promise", d(2026, 12, 9),
      "不好意思，上次说的本周内没来得及，现在确定12月9日付。", sender=PEOPLE["j_auto"]["exmail"],
      earlier="王经理，二期款我们本周内安排。"),
    j("j_auto", "owazh", "more_time", None,
      "王经理：二期款要等主机厂的年度返利到账以后才能付，返利一般1月中下旬才到，到时候第一时间安排。",
      note="deferred until a third party pays: no firm day"),
    j("j_auto", "exmail", "dispute", None,
      "王经理，下面是我们信息中心的意见，财务这边按他们意见执行，二期款暂缓支付。\n\n"
      "-------- 转发邮件信息 --------\n发件人：\"黎志华\" <lizh@yuejunauto.com>\n发送时间：2026年12月1日 17:42\n"
      "收件人：\"冯晓芸\" <fengxy@yuejunauto.com>\n主题：DMS二期付款\n\n"
      "冯经理：DMS二期的对账模块到现在还没上线，门店每天手工对账，不同意支付二期款。", danger=D,
      note="forwarded objection"),
    j("j_auto", "owazh", "auto_reply", None, "", danger=D,
      raw=lambda r: mj.ooo(r, subject_prefix="自动答复: 回复: ", utc=True, text=(
          "您好，本人12月1日至12月6日休年假，期间不能及时处理邮件。付款相关事宜请联系财务部冯晓芸"
          "（fengxy@yuejunauto.com，020-3826 1188）。"), headers=(
          "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
          "X-MS-Exchange-Inbox-Rules-Loop: lizh@yuejunauto.com", "Thread-Topic: 二期款逾期未付款项提醒",
          "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"))),
    # --- 江汉广播电视台 (provincial TV station; acceptance milestone) ---
    j("j_tv", "coremail", "acceptance", None,
      "王经理：\n\n媒资管理系统升级项目已于11月27日通过台里组织的终验，验收报告已签字盖章，扫描件见附件。"
      "验收款请按合同开票，我们这边走报销流程。\n\n彭伟\n江汉广播电视台 技术中心",
      atts=["终验报告（签章版）.pdf"]),
    j("j_tv", "n126", "more_time", None,
      "王经理您好，我台今年的财政资金额度已经用完，验收款需要等明年预算下达后才能支付，一般在3月份左右，请谅解。\n\n胡会计"),
    j("j_tv", "olzhcnplain", "dispute", None,
      "王经理，\n\n你们邮件里说验收合格不对。11月30日的终验我们没有通过，转码集群处理4K素材时还是会掉帧，"
      "专家组意见是整改后复验。验收款现在谈不上，请尽快安排整改。\n\n汪洋", danger=D),
    j("j_tv", "alimail", "dispute", None,
      "示例科技：\n\n贵司开具的验收款发票购买方税号有误（应为12420000MB0J38271K，贵司开成12420000MB0J38217K），"
      "我处无法入账，该发票已退回，请作废后重开。\n\n江汉广播电视台 计划财务处",
      danger=D, note="wrong tax number on our invoice: cannot pay as issued"),
    j("j_tv", "coremail", "promise", d(2026, 12, 9),
      "王经理，验收款的报销单已经签完，到计财处了，一般5个工作日内到账。"),
    j("j_tv", "coremail", "promise", d(2026, 12, 31), "王经理，验收款元旦前付。"),
    j("j_tv", "n126", "paid", None, "王经理，验收款款项已经转过去了，请查收，发票我们已收到。"),
    j("j_tv", "coremail", "bounce", None, "",
      raw=lambda r: mj.tuixin(r, host="jhtv.com.cn", html_only=False,
                              reason="收件人邮箱空间已满，无法接收新邮件（552 5.2.2 Mailbox size limit exceeded）")),
    # --- 晶芯微电子（无锡）有限公司 (wafer fab purchasing; Outlook everywhere) ---
    j("j_fab", "olzhcn", "promise", d(2026, 12, 25),
      "王先生您好，\n\n交付款已进入我司12月付款批次，付款日为每月25日，届时统一支付。\n\n顾嘉怡\n采购部"),
    j("j_fab", "owazh", "dispute", None,
      "您好，\n\n贵司开具的发票为增值税普通发票，我司采购合同约定须提供13%增值税专用发票，请重新开具后寄至："
      "无锡市新吴区长江路 77 号 晶芯微电子采购部 顾嘉怡 收。收到合规发票后进入付款流程。\n\n应付账款组"),
    j("j_fab", "olmobzh", "other", None,
      "这个我不管付款哈，已转给采购顾嘉怡，她会跟你联系", danger=D, note="已转给: hand-off, not 转账"),
    j("j_fab", "olzhcn", "paid", None, "见下文。",
      inline=("付款截止日", "【顾：已于12月1日电汇付款，请查收】"), note="answer inline in the quote"),
    j("j_fab", "gmailzh", "bank_question", None,
      "王先生，我们供应商系统里登记的贵司收款账号尾号是4321，这次催款邮件里写的是5678，是不是换了账户？"
      "请提供一份加盖公章的账户确认函，我们核实后再付。", danger=D),
    j("j_fab", "owazh", "dispute", None,
      "您好，PO金额为96,500元（含税），但贵司开票金额为98,200元，与PO不符，系统无法三单匹配。差额部分我司不予认可，请核对后重开。\n\n应付账款组",
      danger=D),
    j("j_fab", "olzhcn", "partial_payment", None,
      "王先生：交付款按合同扣除5%质保金4,825元后，已于11月30日支付91,675元，质保金一年后支付。",
      danger=D, note="paid less a retention"),
    j("j_fab", "owazh", "other", None,
      "您好，已收到贵司邮件。该笔款项目前卡在我司SAP系统三单匹配（PO/收货/发票），收货单尚未过账，"
      "待过账后系统会自动付款，我们会跟进。\n\n应付账款组", note="status only: no date, nothing paid"),
    j("j_fab", "gmailzh", "partial_payment", None,
      "王先生，交付款分两笔：第一笔 48,250.00 元已于11月27日付出，第二笔等发票认证通过后再付。", danger=D),
    j("j_fab", "olzhcn", "other", None,
      "王先生：\n\n截图是我司付款系统里的状态：已审批，待付款。具体付款日以系统为准。\n\n顾嘉怡",
      atts=["付款状态截图.png"], danger=D, note="approved, not paid"),
    j("j_fab", "olzhcn", "auto_reply", None, "", danger=D,
      raw=lambda r: mj.mdn(r, zh=True), note="read receipt 已读:"),
    # --- 东莞市长安镇精工模具有限公司 (mould maker; the boss dictates on QQ) ---
    j("j_mould", "qqapp", "promise", d(2026, 12, 31),
      "王生 中期款月底前给你哈 最近客户都没回款 手头紧 见谅"),
    j("j_mould", "qqweb", "paid", None,
      "王经理，中期款31800今日已经转了，是用老板私人账户转的，户名钟国华，麻烦留意下。"),
    j("j_mould", "mmios", "other", None, "钱还没付，老板出差了，等他回来再说。", danger=D,
      note="negation, no commitment"),
    j("j_mould", "sina", "resend_request", None,
      "王经理您好，麻烦把中期款对应的付款节点确认单和发票再发一次，之前的邮件找不到了，我们月底要做账。\n\n罗"),
    j("j_mould", "foxmail", "dispute", None,
      "王经理：\n\nERP的生产排程模块上线两个月了，数据老是对不上，车间都不用了，中期款先不付，等你们把问题搞定再说。\n\n钟",
      danger=D),
    j("j_mould", "qqapp", "other", None, "收到"),
    j("j_mould", "qqapp", "other", None, "已经叫会计付了啊 你们没收到吗", danger=D,
      note="an instruction, not a confirmed payment"),
    j("j_mould", "qqapp", "promise", d(2026, 12, 4), "王生 我周五去银行 到时一起转过去 放心"),
    j("j_mould", "qqweb", "bank_question", None,
      "王经理，刚才有个自称你们财务的人打电话说收款账户换了，让我们付到新账户（工商银行尾号7710），是真的吗？",
      danger=D),
    j("j_mould", "qqapp", "bounce", None, "",
      raw=lambda r: mj.tuixin(r, host="qq.com", reason="该邮件地址不存在或已被停用（550 Mailbox not found or access denied）")),
    # --- 河西博物院 采购办公室 (museum procurement; treasury payments) ---
    j("j_museum", "coremail", "more_time", None,
      "王经理：\n\n尾款涉及财政国库集中支付，今年的支付额度已经关账，只能在春节后新年度额度下达后支付，具体时间另行通知。\n\n马晓莉",
      note="waiting on the treasury, no date"),
    j("j_museum", "tbzh", "promise", d(2026, 12, 18),
      "收到。尾款已列入12月第二批支付计划，预计12月18日左右支付。\n\n财务科", below=True),
    j("j_museum", "applezh", "acceptance", None,
      "王经理，平台已于上周五通过馆内验收，验收单馆长已经签了，后面付款的事请对接采购办马老师。\n\n丁一凡"),
    j("j_museum", "n163", "bank_question", None,
      "王经理，财政支付系统录入收款单位时要核验，麻烦提供贵司开户许可证复印件和加盖公章的银行账户信息确认函，尽快哈。",
      danger=D),
    j("j_museum", "coremail", "dispute", None,
      "王经理：\n\n根据合同第六条，尾款应在项目终验合格且质保期满一年后支付，目前质保期尚未届满，"
      "贵司的催款不符合合同约定，请核实。\n\n河西博物院 采购办公室", danger=D, note="not due under the contract"),
    j("j_museum", "n163", "paid", None,
      "王经理，转发财务科的通知，请查收。\n\n\n-------- 转发邮件信息 --------\n发件人：\"财务科\" <cwk@hxmuseum.org.cn>\n"
      "发送日期：2026-12-01 16:20:11\n收件人：\"马晓莉\" <maxl@hxmuseum.org.cn>\n主题：示例科技尾款\n\n"
      "马老师：示例科技的尾款158,000元已于今日通过国库集中支付系统支付，请告知对方。", note="forwarded confirmation"),
    j("j_museum", "coremail", "paid", None,
      "王经理：尾款已于今日支付。\n\n马晓莉\n河西博物院 采购办公室\n电话：0931-8812345\n"
      "《丝路遗珍》特展 2026年12月18日—2027年3月18日 欢迎莅临", note="exhibition dates in the signature"),
    j("j_museum", "coremail", "bounce", None, "", danger=D, note="delay, not permanent",
      raw=lambda r: mj.dsn(r, mta="mx.hxmuseum.org.cn", status="4.4.1", action="delayed",
                           subject="Delayed Mail (still being retried)",
                           diag="connect to mx.hxmuseum.org.cn[61.178.32.14]:25: Connection timed out",
                           text=("This is the mail system at host mail.example.cn.\n\n####################################"
                                 "################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                                 "####################################################################\n\nYour message could not be "
                                 "delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n"))),
    # --- 成都蓝鲸体育俱乐部 (sports club; NetEase on phones) ---
    j("j_club", "mailmaster", "promise", d(2026, 12, 4), "王总好，中期款本周五之前安排，辛苦再等两天。"),
    j("j_club", "n163", "partial_payment", None,
      "王经理：\n\n中期款27,300元，因闸机对接还有两台设备没调通，我们12月1日先付了20,000元，剩余7,300元待设备全部调通后支付。\n\n蓝鲸体育 财务",
      danger=D, note="a withheld part"),
    j("j_club", "ioszh", "paid", None, "付了", atts=["IMG_4471.JPG"]),
    j("j_club", "mmios", "more_time", d(2027, 1, 15),
      "王总 俱乐部这两个月是会员续费淡季 中期款能不能缓一缓 下个月中旬再付？"),
    j("j_club", "exmail", "other", None,
      "王经理您好，请问闸机的人脸识别能不能加一个儿童模式？家长带小孩进场经常识别失败。付款的事我不太清楚，请联系唐总。\n\n周倩"),
    j("j_club", "mailmaster", "promise", d(2026, 12, 7),
      "上周说的周一付，结果财务请假了，改成下周一付，不好意思。"),
    j("j_club", "n163", "promise", d(2026, 12, 22), "王经理，财务说中期款二十天内付清。"),
    j("j_club", "mailmaster", "promise", None,
      "中期款还没有付，不是不付，是唐总在外地带队比赛，签不了字，下周他回来就签。",
      note="double negation; 下周: no day"),
    j("j_club", "ioszh", "acceptance", None, "闸机对接验收没问题了，我们这边签字确认，付款流程后面走。"),
    j("j_club", "n163", "resend_request", None,
      "王经理，麻烦把收款账户信息再发一下，要盖章版的，我们新来的出纳要录系统。"),
    j("j_club", "exmail", "auto_reply", None, "", danger=D,
      raw=lambda r: mj.ooo(r, subject_prefix="自动回复：", text="您好，您的来信已收到，我会尽快回复。",
                           headers=("Auto-Submitted: auto-replied", "X-Mailer: QQMail 2.x"))),
    j("j_club", "n163", "other", None, "", danger=D, known=False,
      raw=mj.newsletter, note="newsletter: Precedence bulk, mentions 付款"),
    # --- harder ones, across the threads above ---
    j("j_museum", "tbzh", "resend_request", None,
      "尾款的事情：不是不付，是发票还没到我们这里，请把发票寄到财务科，收到就付。\n\n财务科", below=True,
      note="double negation: the invoice is missing"),
    j("j_auto", "foxmail", "paid", None, "", atts=["付款回单-示例科技-二期款.pdf"], note="only a receipt attached"),
    j("j_tea", "huawei", "paid", None, "王经理，上周一已经付了，你们财务再查查", note="past weekday"),
    j("j_club", "mailmaster", "more_time", d(2026, 12, 16), "王总，能不能宽限两周？俱乐部冬训营的报名费下旬才到账。",
      note="宽限 N counts from the reply day (labels.yaml; relabelled from null after the set was measured)"),
    j("j_fab", "olzhcn", "promise", d(2026, 12, 31), "王先生：\n\n交付款已走完审批，年底前付款。\n\n顾嘉怡"),
    j("j_mould", "qqapp", "promise", d(2026, 12, 3), "王生 周四给你转 今天在外面"),
    j("j_tv", "coremail", "resend_request", None,
      "王经理，计财处报销需要合同复印件和验收款发票，麻烦把盖章合同的扫描件再发一份到我邮箱。\n\n彭伟"),
    j("j_museum", "applezh", "other", None,
      "尾款好像财务那边已经付了，我也不太确定，我问一下再回复您。\n\n丁一凡", danger=D, note="unsure"),
]  # fmt: skip

J_SET = ZH_J + INTL_J

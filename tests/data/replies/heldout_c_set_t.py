"""Held-out set T: written blind to the classifier (issue #12), the session's final measure.

Its author never opened ``daemon/inbox/``, the corpus bodies, the reply tests, HELDOUT.md or
any earlier set's bodies/threads/machine mail; only the machinery (``heldout_c_mime``,
``heldout_c_quote``, ``heldout_c_styles``, the generator) and labels.yaml's conventions.
Seventeen new trades and people, each answering its own reminder (``heldout_c_threads_t``).
This module: the mainland clients (Simplified), the Yilan and Kowloon clients (Traditional,
Cantonese in Big5-HKSCS) and ``T_SET``, which adds the English replies and machine mail.
``python heldout_c_generate.py OUT t`` writes the set; labels follow labels.yaml's header.
"""

from __future__ import annotations

from datetime import date

from heldout_c_threads_t import stage


def d(m: int, day: int, y: int = 2026) -> date:
    return date(y, m, day)


# client: (thread, tz, {style: (name, address)})
CLIENTS: dict[str, tuple[str, str, dict[str, tuple[str, str]]]] = {
    "yiwu": ("t_yiwu", "Asia/Shanghai", {
        "qqweb": ("吴晓燕", "2876104532@qq.com"), "qqapp": ("楼建国", "13905791288@qq.com"),
        "n163": ("星灿财务", "xingcan_cw@163.com"), "qqhtml": ("吴晓燕", "2876104532@qq.com"),
        "mmios": ("楼建国", "lou.jg@126.com"),
    }),
    "dehua": ("t_dehua", "Asia/Shanghai", {
        "coremail": ("郑丽华", "zhenglh@dhciyao.com.cn"), "n163": ("郑丽华", "dhzlh@163.com"),
        "mailmaster": ("郑丽华", "dhzlh@163.com"), "huawei": ("苏永福", "suyf@dhciyao.com.cn"),
        "tbzh": ("郑丽华", "zhenglh@dhciyao.com.cn"), "applezh": ("苏永福", "suyongfu@icloud.com"),
        "sina": ("德化瓷窑财务", "dhcy_cw@sina.com"),
    }),
    "nyingchi": ("t_nyingchi", "Asia/Shanghai", {
        "ioszh": ("次仁多吉", "tsering@lulang-eco.cn"), "qqapp": ("次仁", "3091827745@qq.com"),
        "n126": ("卓玛", "zhuoma_lulang@126.com"), "gmailzh": ("Zhuoma", "zhuoma.lulang@gmail.com"),
        "qqhtml": ("鲁朗民宿前台", "1557302218@qq.com"), "n163": ("王芳", "wangfang_lz@163.com"),
    }),
    "qiqihar": ("t_qiqihar", "Asia/Shanghai", {
        "olzhcn": ("财务部 孙丽娟", "sunlj@qqhe-bc.com"), "coremail": ("设备处 刘国庆", "liugq@qqhe-bc.com"),
        "olzhcnplain": ("孙丽娟", "sunlj@qqhe-bc.com"), "owazh": ("孙丽娟", "sunlj@qqhebc.onmicrosoft.com"),
        "foxmail": ("", "caiwubu@qqhe-bc.com"),
    }),
    "zunyi": ("t_zunyi", "Asia/Shanghai", {
        "exmail": ("罗敏", "luomin@zyyunjian.com"), "qqapp": ("杨工", "2210398871@qq.com"),
        "qqweb": ("罗敏", "710254399@qq.com"), "ioszh": ("杨志刚", "yangzg@zyyunjian.com"),
        "tbzh": ("罗敏", "luomin@zyyunjian.com"), "alimail": ("遵义云建财务", "caiwu@zyyunjian.com"),
    }),
    "jinjiang": ("t_jinjiang", "Asia/Shanghai", {
        "qqapp": ("许总", "1390595877@qq.com"), "foxmail": ("", "jjxd_cw@jjxiedi.com"),
        "qqweb": ("陈秀琴", "625509811@qq.com"), "n163": ("陈秀琴", "chenxq_jj@163.com"),
        "mailmaster": ("许晓燕", "xuxy0595@163.com"), "qqhtml": ("陈秀琴", "625509811@qq.com"),
    }),
    "nanning": ("t_nanning", "Asia/Shanghai", {
        "alimail": ("财务科 韦春梅", "weicm@nnganghua-sugar.com"), "owazh": ("黄振华", "huangzh@nnganghua.onmicrosoft.com"),
        "olzhcn": ("韦春梅", "weicm@nnganghua-sugar.com"), "mmios": ("韦春梅", "wcm1985@126.com"),
        "n126": ("蒙海燕", "menghy_nn@126.com"),
    }),
    "yilan": ("t_yilan", "Asia/Taipei", {
        "owazhtw": ("陳淑惠", "shuhui.chen@lanyang-rice.com.tw"),
        "gmailtw": ("Shuhui Chen", "lanyang.acct@gmail.com"), "ioszhtw": ("林董", "lin.chairman@lanyang-rice.com.tw"),
        "olmobtw": ("陳淑惠", "shuhui.chen@lanyang-rice.com.tw"),
    }),
    "kowloon": ("t_kowloon", "Asia/Hong_Kong", {
        "olzhtw": ("何嘉欣", "karen.ho@kldimsum.com.hk"), "ioszhtw": ("陳經理", "kc.chan@kldimsum.com.hk"),
        "gmailtw": ("Karen Ho", "karenho.kl@gmail.com"), "olmobtw": ("何嘉欣", "karen.ho@kldimsum.com.hk"),
        "owazhtw": ("梁志強", "ck.leung@kldimsum.com.hk"),
    }),
    "johor": ("t_johor", "Asia/Kuala_Lumpur", {
        "gmailzh": ("Tan Mei Ling", "meiling.tan.jb@gmail.com"), "qqweb": ("陈美玲", "3356019928@qq.com"),
    }),
}  # fmt: skip


def e(client: str, style: str, kind: str, due: date | None, body: str, **o: object) -> tuple:
    """One reply of ``client`` (its thread, zone and the person using ``style``)."""
    thread, tz, people = CLIENTS[client]
    opts: dict = {**stage(str(o.pop("thread", thread))), "tz": tz, "sender": people[style], **o}
    return (style, kind, due, body, opts)


# fmt: off
ZH_T: list[tuple] = [
    # Yiwu Christmas-ornament wholesaler: the boss (Lou) on his phone, the accountant (Wu)
    e("yiwu", "qqweb", "paid", None, "王经理您好：\n\n楼总让我跟您说一声，二期款46000元今天上午已经从义乌农商银行转出，回单见附件，麻烦查收。\n\n吴晓燕\n义乌市星灿圣诞工艺品有限公司　财务部\n电话：0579-8552 1207\n2026.12.02", atts=["回单.pdf"]),
    e("yiwu", "qqapp", "promise", d(12, 9), "老外的货款还没回来 等美金到了解会就付你们 最晚下周三", note="voice typing: 解会 = 结汇"),
    e("yiwu", "n163", "partial_payment", None, "王经理：\n二期款先付了2万，剩下的26000等月底外贸回款到了再付，请知悉。\n\n星灿财务", day=d(12, 3)),
    e("yiwu", "qqweb", "resend_request", None, "你好，你们之前寄来的发票我们这边找不到了（可能年底仓库太乱），能不能再发一份电子版给我？合同扫描件也麻烦发一下，老板要看。", day=d(12, 3)),
    e("yiwu", "qqapp", "dispute", None, "你们这个系统圣诞旺季那两个礼拜天天卡，亚马逊的订单导不出来，发货晚了被客户扣钱，这个损失你们算过没有？二期款先不付，你们先给个说法再讲", day=d(12, 7), danger=True),
    e("yiwu", "qqweb", "promise", d(12, 11), "王经理：\n\n付款申请已经提交了，我们出纳每周五统一付款，这笔就在本周五（12月11日）付出去。\n\n吴晓燕", day=d(12, 9), thread="t_yiwu2", earlier="王经理，二期款我们会在12月4日前付，谢谢。\n\n吴晓燕"),
    e("yiwu", "n163", "bank_question", None, "您好！我们这边用的是农商银行网银，跨行转账要填收款行的联行号，能把联行号发一下吗？另外开户行全称是“示例银行杭州分行”还是下面哪个支行？网银里搜不到。", day=d(12, 3)),
    e("yiwu", "qqhtml", "other", None, "收到，已转给老板。", day=d(12, 2)),
    e("yiwu", "mmios", "paid", None, "已付，见回单", day=d(12, 10), thread="t_yiwu2", atts=["回单.jpg"]),
    # Dehua porcelain kiln: the kiln master (Su) and the accountant (Zheng)
    e("dehua", "coremail", "dispute", None, "王经理：\n\n验收款的前提是验收合格。你们的温控系统在1280度那一段偏差还是有正负15度，上个月两窑白瓷烧变形了，验收单我们没签，怎么就算逾期了？请先派工程师来处理好再说付款的事。\n\n郑丽华\n德化县瓷都窑业有限公司", danger=True),
    e("dehua", "n163", "acceptance", d(12, 15), "王经理好，\n\n你们工程师上周来调过之后，这两窑烧下来都没问题，苏厂长已经在验收单上签字了。财务这边12月15号前把验收款付掉。\n\n郑丽华", day=d(12, 4), note="acceptance with a day promised beside it: acceptance of that day (labels.yaml convention, session 12; its blind writer said promise)"),
    e("dehua", "mailmaster", "paid", None, "验收款128,000元已于今日通过建设银行对公转账支付，请查收。\n\n郑丽华\n德化县瓷都窑业有限公司　财务\n电话 0595-2352 8890　传真 0595-2352 8891\n2026年12月3日", day=d(12, 3), note="date in the signature"),
    e("dehua", "huawei", "more_time", None, "王经理，今年外贸单少了一半，瓷土、天然气都在涨，厂里资金实在紧张，验收款能不能宽限一段时间？等年底这批日本的货款收回来我们就付。"),
    e("dehua", "tbzh", "paid", None, "见下文。", day=d(12, 2), inline=("如已付款，烦请回复告知付款日期", "→ 11月28日已经付了，回单附上。（郑）"), atts=["回单.pdf"]),
    e("dehua", "n163", "partial_payment", None, "王经理：\n\n验收款先付一半，64,000元今天已转。另一半等下一窑（大概20号出窑）温度曲线确认没问题再付。\n\n郑丽华", day=d(12, 8)),
    e("dehua", "applezh", "other", None, "明年的维保合同怎么续？报价单发我一份，我跟老板商量一下。", day=d(12, 9)),
    e("dehua", "sina", "paid", None, "王经理：验收款已付（12月1日，建行），请核对。\n德化瓷窑财务"),
    # Nyingchi eco-lodge: the manager (Tsering), the accountant (Drolma), a new accountant
    e("nyingchi", "ioszh", "promise", d(12, 7), "扎西德勒！尾款老板已经同意了，下周一（12月7日）从西藏银行转过去。山里信号不好，回复晚了不好意思。"),
    e("nyingchi", "qqapp", "more_time", None, "王经理，冬天鲁朗这边景区基本没客人，民宿关了一大半，现金流很紧。尾款能不能等明年开春游客上来了再付？"),
    e("nyingchi", "n126", "paid", None, "王经理：\n尾款35,600元已通过农业银行转账，可能要1到2个工作日到账，请注意查收。\n\n卓玛\n林芝鲁朗生态民宿有限公司", day=d(12, 3)),
    e("nyingchi", "gmailzh", "bank_question", None, "王经理好！\n\n我们网银转账的时候提示户名和开户行不一致，请问户名“示例科技有限公司”后面是不是还要加“杭州分公司”？另外示例银行杭州分行是不是要选到具体支行？\n\n卓玛", day=d(12, 3)),
    e("nyingchi", "qqhtml", "acceptance", None, "王经理您好，预订平台我们已经用了一个多月，功能都正常，验收单已经盖章，扫描件请见附件。", atts=["验收单.pdf"], day=d(12, 4)),
    e("nyingchi", "n163", "other", None, "王经理您好，次仁经理这个月去拉萨培训了，尾款的事情以后请直接联系我，我是新来的会计王芳，电话 0894-582 3316，手机 139 8904 2271。", day=d(12, 14)),
    # Qiqihar rail-car parts works (SOE): finance (Sun), the equipment department (Liu)
    e("qiqihar", "olzhcn", "promise", d(12, 31), "王经理：\n\n您好！第二期进度款已走完我厂付款审批流程，已纳入12月份资金计划，预计12月下旬支付。\n\n齐齐哈尔北辰车辆配件有限公司　财务部\n孙丽娟　0452-2936 117"),
    e("qiqihar", "coremail", "dispute", None, "贵司催款函已收悉。\n\n经核，根据合同第六条约定，第二期进度款的支付条件为“二期功能经我厂设备处验收合格”。截至目前，二期功能尚未通过验收，我处未出具验收报告，付款条件尚未成就，不存在逾期付款的情形。贵司函中所称违约责任，我厂不予认可。\n\n请贵司尽快安排人员完成整改后申请验收。\n\n设备处　刘国庆", thread="t_qiqihar_d", day=d(12, 8), danger=True),
    e("qiqihar", "olzhcnplain", "promise", d(12, 18), "王经理：\n\n关于贵司12月7日催款函，我厂已安排于2026年12月18日前以银行承兑汇票方式支付人民币叁拾壹万贰仟元整（￥312,000.00）。\n\n孙丽娟", thread="t_qiqihar_d", day=d(12, 9)),
    e("qiqihar", "owazh", "partial_payment", None, "王经理好，本月集团只批了15万元的资金计划，150,000.00元已于今日支付；余款162,000.00元列入2027年1月资金计划。", day=d(12, 10)),
    e("qiqihar", "olzhcn", "resend_request", None, "王经理：\n\n贵司寄来的纸质发票我部未收到（可能寄到了厂办）。另外我厂自11月起全面使用数电票，请按数电专票重新开具并发送至 fp@qqhe-bc.com，谢谢。\n\n孙丽娟"),
    e("qiqihar", "foxmail", "more_time", None, "您好：\n年底集团开展两金压降，所有对外付款暂停至明年一月，望理解。具体付款时间另行通知。\n\n财务部", day=d(12, 8)),
    # Zunyi data-centre builder (a due-day notice): finance (Luo), the site engineer (Yang)
    e("zunyi", "exmail", "dispute", None, "王经理您好：\n\n到货款我们和业主是背靠背的，业主（遵义某云计算公司）拨款到了我们才能付。业主那边说12月20号前拨付，到账后我们第一时间付给贵司。\n\n罗敏\n遵义云建数据中心建设有限公司　财务部", day=d(12, 2), note="pay-when-paid: the 20th is the owner's day, not ours; relabelled promise -> dispute (fixzh): a payment hung on a third party paying the client is dispute in the corpus (hg017 背靠背 …他们结了我们马上结给你们; zh-pay-when-paid), the PM decides whether the contract says so"),
    e("zunyi", "qqapp", "paid", None, "王经理 到货款昨天下午付了 财务说走的对公网银 你们查一下", day=d(12, 2)),
    e("zunyi", "qqweb", "bank_question", None, "您好，付款申请被财务退回来了：我们的资金系统要求填收款行行号（12位），你们邮件里只有开户行名称，麻烦提供一下行号，谢谢！", day=d(12, 2)),
    e("zunyi", "tbzh", "dispute", None, "王经理：\n\n你们开的是6%的增值税普通发票，合同约定设备到货款开13%增值税专用发票，我们没法抵扣也没法入账，请作废后按合同重开。发票重开之前这笔款没法付。\n\n罗敏", day=d(12, 3), below=True),
    e("zunyi", "ioszh", "acceptance", None, "设备已全部到场，开箱验收完成，签字版到货验收单见附件，请据此开票。", atts=["到货验收单.pdf"], day=d(12, 2)),
    e("zunyi", "alimail", "promise", d(12, 10), "王经理：\n按公司规定每月10号、25号两次付款，贵司这笔排在12月10号那一批。\n\n遵义云建财务", day=d(12, 3)),
    # Jinjiang shoe-sole factory: the boss (Xu, Minnan speech, by voice), the accountant (Chen)
    e("jinjiang", "qqapp", "promise", d(12, 4), "拍谢拍谢 这几天有够忙 上线款我跟会计讲过了 礼拜五给你们打过去"),
    e("jinjiang", "foxmail", "paid", None, "见附件。", atts=["网银回单.png"], day=d(12, 2)),
    e("jinjiang", "qqweb", "dispute", None, "王经理你好：\n\n合同写的是“系统上线并稳定运行30天后支付上线款”。11月18号上线到现在，生产排程三天两头出错，上周还把两万双EVA底排错了模具，稳定运行30天根本没达到，这个怎么算逾期？\n\n陈秀琴", danger=True),
    e("jinjiang", "n163", "more_time", None, "王经理：\n今年鞋底订单砍了三成，许总问上线款能不能分三次付，12月、1月、2月各付一部分？\n\n陈秀琴", day=d(12, 3)),
    e("jinjiang", "mailmaster", "other", None, "许总出国去意大利看展了，下礼拜才回来，这个事要等他回来定。", day=d(12, 3)),
    e("jinjiang", "qqapp", "paid", None, "打了 你查下", day=d(12, 4)),
    e("jinjiang", "qqweb", "promise", d(12, 7), "王经理：\n上礼拜五没打成，网银有顿在许总身上，他出差了。今天下午他回来一定打。\n\n陈秀琴", day=d(12, 7), danger=True, note="voice typing: 有顿 = U盾; Friday's payment did not happen"),
    e("jinjiang", "qqhtml", "promise", d(12, 11), "王经理，许总的意思见下面，礼拜五付。\n\n---------- 转发的邮件 ----------\n发件人：许总 <1390595877@qq.com>\n发送时间：2026年12月8日 21:14\n收件人：陈秀琴\n主题：上线款\n\n秀琴 软件那个上线款 这个礼拜五给人家付了 别再拖了", day=d(12, 9)),
    # Nanning sugar mill: finance (Wei), the equipment head (Huang)
    e("nanning", "alimail", "more_time", None, "王经理：\n\n现在正是榨季，按自治区要求，厂里资金优先兑付蔗农的砍蔗款，设备类款项要等白糖卖出去、资金回笼后再统一安排，估计要到明年二月以后，请谅解。\n\n财务科　韦春梅"),
    e("nanning", "owazh", "promise", d(12, 3), "王经理，验收款已列入本周付款计划，周四（12月3日）支付。", day=d(12, 1)),
    e("nanning", "olzhcn", "paid", None, "你好：\n\n款项已于2026年12月1日通过广西北部湾银行支付，金额96,000.00元，回单见附件。\n\n韦春梅", atts=["付款回单.pdf"]),
    e("nanning", "mmios", "bank_question", None, "王经理，我们出纳核对时发现，你们邮件里的账号是16位，但你们之前给的开户许可证复印件上是19位，是不是少了几位？请核实后回复，核实前我们不敢付。", day=d(12, 3)),
    e("nanning", "olzhcn", "resend_request", None, "王经理：\n请补寄纸质发票原件及验收单原件，我厂付款必须附原件，扫描件不行。\n地址：南宁市江南区白沙大道××号　港华糖业财务科　韦春梅收　0771-4820 336", day=d(12, 4)),
    e("nanning", "owazh", "dispute", None, "王经理：\n\n合同总价32万，验收款按30%应为96,000元，但贵司开来的发票金额是98,500元，多出的2,500元是什么费用？合同里没有约定，我们只认合同金额，请重开发票。\n\n黄振华", day=d(12, 10)),
    e("nanning", "n126", "paid", None, "王经理您好，验收款昨天已经付了，请查收。有问题打我电话 138 7715 2260。\n蒙海燕（出纳）", day=d(12, 4)),
    # Johor Bahru furniture exporter's accountant writing Simplified Chinese to the English reminder
    e("johor", "gmailzh", "promise", d(12, 8), "王先生你好，\n\n款项我们下个礼拜二会bank in，因为这个礼拜老板去了KL，没人签check。\n\nThanks,\nMei Ling"),
    e("johor", "qqweb", "partial_payment", None, "王先生：先汇了一万美金（USD10,000），剩下的8,400等农历新年前再汇，TT copy 附上。", atts=["TT_copy.pdf"], day=d(12, 4)),
    # later replies (several days): a date said in words, unsure, a withdrawn day, plans, a quoted promise
    e("nanning", "owazh", "promise", d(12, 18), "王经理：\n付款申请已经提交，总经理也签完字了，财务排在2026/12/18付。\n\n黄振华", day=d(12, 14)),
    e("yiwu", "qqapp", "other", None, "应该付了吧 我记得上个礼拜叫会计转了 我问下她再回你", day=d(12, 3), danger=True, note="unsure: no claim of payment"),
    e("dehua", "huawei", "promise", d(12, 18), "王经理，验收单苏厂长签了，款十二月十八号之前到你们账上。", day=d(12, 9)),
    e("qiqihar", "olzhcn", "more_time", None, "王经理：\n\n上周回复的12月18日付款安排有变化：集团资金中心通知，原定18日的对外支付全部顺延，具体时间待定，确定后第一时间告知。\n\n孙丽娟", thread="t_qiqihar_d", day=d(12, 14), danger=True, note="the 18th withdrawn, no new day"),
    e("zunyi", "qqapp", "other", None, "好的", day=d(12, 4)),
    e("jinjiang", "qqweb", "more_time", None, "王经理：\n许总同意分两次付：12月15日先付3万，剩下的28,000元1月15日前付清。\n\n陈秀琴", day=d(12, 8), note="a plan of instalments names no single day; relabelled promise -> more_time (fixzh): a plan of two dated instalments is more_time in the corpus (hi101 我们分两次付：12月15日付一半，1月15日付一半; hq024 分两次付：12月10日付一半，12月25日付清)"),
    e("nyingchi", "n126", "paid", None, "王经理：\n尾款今天已经转了，比说好的晚了两天，不好意思。\n\n卓玛", day=d(12, 9), earlier="王经理，尾款下周一（12月7日）转。\n\n次仁"),
    e("nanning", "olzhcn", "paid", None, "王经理：\n验收款已于今日支付，请查收。原来说18号，提前了一天。\n\n韦春梅", day=d(12, 17)),
    e("yiwu", "qqapp", "promise", d(12, 24), "圣诞节前肯定给你付了 放心", thread="t_yiwu2", day=d(12, 21)),
]

HANT_T: list[tuple] = [
    # Kowloon dim-sum group: accounts (Karen Ho), operations (Chan), the group's CFO (Leung)
    e("kowloon", "olzhtw", "paid", None, "王生你好，\n\n上線款HK$86,000已經喺12月1號經匯豐電匯咗畀你哋，匯款單見附件，麻煩查收。\n\n何嘉欣\n九龍點心集團 會計部\n電話：2388 6712", atts=["匯款單.pdf"], thread="t_kowloon_en"),
    e("kowloon", "ioszhtw", "promise", d(12, 3), "我哋財務逢星期四出票，今個星期四（3號）會安排電匯，唔該等多兩日。"),
    e("kowloon", "gmailtw", "dispute", None, "王生，\n\n中央廚房系統上個月仲有好多問題：蒸籠數量成日計錯，分店叫貨又唔同步，旺角店有兩日缺咗蝦餃。老闆話未搞掂之前唔會畀上線款。\n\nKaren", danger=True),
    e("kowloon", "olzhtw", "bank_question", None, "你好，想問下你哋個戶口係收人民幣定美金？我哋喺匯豐匯款要揀貨幣。另外銀行話要收款銀行嘅地址同埋你哋公司地址，email入面冇寫，唔該提供。", day=d(12, 3), thread="t_kowloon_en"),
    e("kowloon", "olmobtw", "partial_payment", None, "王生，上線款我哋分兩次畀：今日已經電匯咗一半（HK$43,000），另一半等尖沙咀分店上線之後再過。", day=d(12, 4)),
    e("kowloon", "owazhtw", "more_time", None, "王生你好，年尾兩間新店開張，現金流比較緊，上線款可唔可以俾多少少時間？我哋唔會走數嘅。\n\n梁志強　財務總監", day=d(12, 7)),
    e("kowloon", "olzhtw", "other", None, "收到，已轉交會計部跟進。", day=d(12, 2), thread="t_kowloon_en"),
    e("kowloon", "gmailtw", "resend_request", None, "王生，嗰張invoice我搵唔返，麻煩再send多次畀我，PDF就得。唔該！", day=d(12, 3)),
    e("kowloon", "ioszhtw", "paid", None, "已過數，收到請回覆。", day=d(12, 8)),
    # Yilan rice-cracker maker (ROC years, 月結, 水單, 統一編號)
    e("yilan", "owazhtw", "paid", None, "王經理您好：\n\n第二期款新台幣肆拾捌萬元整，已於115年12月1日由第一銀行羅東分行匯出，水單如附件，匯費由本公司負擔。\n\n蘭陽米果股份有限公司　會計　陳淑惠\nTEL：03-950-1234 分機 21", atts=["水單.jpg"]),
    e("yilan", "owazhtw", "promise", d(12, 25), "王經理您好，\n\n本公司付款條件為月結30天，貴公司11月請款，將於115年12月25日匯款，謝謝。\n\n陳淑惠", day=d(12, 2)),
    e("yilan", "gmailtw", "dispute", None, "王經理：\n\n發票上的統一編號打錯了（印成 28461973，我們是 28461937），這樣會計師不讓我們入帳，麻煩作廢重開，收到正確發票後才能付款。\n\n淑惠", day=d(12, 3)),
    e("yilan", "ioszhtw", "more_time", None, "王經理，最近年節禮盒出貨很多，通路的貨款都還沒收回來，第二期款可否延到農曆年後再付？", day=d(12, 3)),
    e("yilan", "olmobtw", "bank_question", None, "王經理您好，請問貴公司可以收新台幣嗎？還是一定要人民幣？我們銀行說匯到大陸需要中間行的資料，麻煩提供。", day=d(12, 4)),
    e("yilan", "olmobtw", "paid", None, "款項已匯，請查收。\n\n陳淑惠　會計\n宜蘭縣五結鄉利工一路××號\nTEL：03-950-1234\n115.12.09", day=d(12, 9), note="ROC date in the signature"),
    e("yilan", "owazhtw", "acceptance", None, "王經理：系統測試都完成了，林董同意驗收，驗收單用印後今天寄回貴公司。", day=d(12, 2)),
    e("yilan", "gmailtw", "promise", d(12, 18), "王經理您好：\n第二期款確定於12/18（五）匯出，匯費內扣，請見諒。\n\n淑惠", day=d(12, 11)),
    e("kowloon", "ioszhtw", "promise", d(12, 18), "王生，十二月十八號前一定過數，唔使擔心。", day=d(12, 10)),
]
# fmt: on


def _t_set() -> list[tuple]:
    from heldout_c_machine_t import MACHINE_T
    from heldout_c_set_t_intl import EN_T

    return ZH_T + HANT_T + EN_T + MACHINE_T


T_SET: list[tuple] = _t_set()

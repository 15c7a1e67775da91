"""Held-out set Z, written blind: Simplified-Chinese replies of eight new trades (part one).

Trades and people (none in trades_used.txt): a Liaocheng tyre-retreading plant (Shandong
speech 俺/恁/咋), a Hengyang funeral-service centre paying through the 国库, a Nankang furniture
factory (Gannan 冇/冇得/要得, the boss by voice), a Fuyang driving school, a Yichang pet-hospital
chain, a Bengbu PV-glass plant (SOE: OA, 承兑汇票, 财务共享), a Nanning esports-hotel chain and a
Shenmu semi-coke plant (Shaanxi 额/婆姨). Traditional-Chinese and English replies and the
machine mail are in heldout_c_set_z_intl.py and heldout_c_machine_z.py; ``Z_SET`` is all.
Each entry: (client style, kind, expected date, body, options) as heldout_c_generate reads.
"""

from __future__ import annotations

from datetime import date

import heldout_c_threads_z  # noqa: F401  (registers the threads)
from heldout_c_machine_z import MACHINE
from heldout_c_set_z_intl import INTL


def D(day: int, month: int = 12, year: int = 2026) -> date:
    return date(year, month, day)


def o(thread: str, who: tuple[str, str], day: int = 2, **kw: object) -> dict:
    return {"thread": thread, "sender": who, "day": D(day), **kw}


# people
MENG = ("孟宪国", "mengxg@lclt-tyre.com")  # tyre plant boss
MENG_QQ = ("孟总", "3012667845@qq.com")
HAO = ("郝会计", "hao_kj_lc@163.com")  # tyre accountant
HAO_FOX = ("", "caiwu@lclt-tyre.com")
JIN = ("靳晓雪", "1571240938@qq.com")  # tyre cashier
NIU = ("牛立强", "niulq@lclt-tyre.com")  # tyre equipment engineer
DENG = ("邓建华", "dengjh@hyby.org.cn")  # funeral centre office director
ZHOU = ("周卫红", "zhouwh@hyby.org.cn")  # funeral centre finance chief
YAN = ("颜小康", "2881036651@qq.com")  # funeral centre IT clerk
YAN_HW = ("颜小康", "yanxk@hyby.org.cn")
CASHIER_HY = ("出纳-蒋", "jiang.cn@hyby.org.cn")
ZHONG = ("钟老板", "1906655214@qq.com")  # furniture boss
ZHONG_HW = ("钟国平", "zhonggp@nkxinmu.com")
LAIBAN = ("刘冬梅", "ldm_nk@126.com")  # his wife, keeps the books
GENDAN = ("小谢", "2716009843@qq.com")  # order follower
NK_KJ = ("黄会计", "nkxm_hkj@sina.com")
LU = ("卢校长", "luxz@fytongda.com")  # driving school head
NI = ("倪会计", "ni_kj@126.com")
ZSB = ("招生办小方", "2536614078@qq.com")
QI = ("Qi Yuanchang", "qiyuan.pets@gmail.com")  # pet-hospital chain head
PET_CW = ("财务部", "finance@ycmengchong.com")
GONG = ("龚磊", "gonglei@ycmengchong.com")
WU_SHOP = ("伍家岗店", "3320951187@qq.com")
YUE = ("岳振东", "yuezd@bbjygf.com")  # glass plant equipment dept
GX = ("", "gxzx@bbjygf.com")  # shared-services finance box
CAIGOU = ("蒋采购", "caigou02@bbjygf.com")
ZHULI = ("总经理助理 韩雪", "hanxue@bbjygf.onmicrosoft.com")
QIN = ("覃总", "1345078852@qq.com")  # esports hotel boss
ARENA_CW = ("陆会计", "nnjg_lu@163.com")
DIANZHANG = ("梁店长", "liang_dz@163.com")
YUNYING = ("蒙蒙", "mengmeng@jiguang-esports.cn")
GAO = ("高厂长", "2068814573@qq.com")  # semi-coke plant head
GAO_HW = ("高厂长", "gaocz@smlantan.com")
BAI = ("白会计", "bai_kj_sm@163.com")
AQY = ("安全员-马", "maaq@smlantan.com")
SM_CG = ("乔红", "qiaoh@smlantan.com")
BAI_SINA = ("白会计", "smlt_bai@sina.com")

T, F, S, G, P, A, N, C = (
    "z_tyre", "z_funeral", "z_sofa", "z_school", "z_pet", "z_glass", "z_arena", "z_coke",
)  # fmt: skip

ZH: list[tuple] = [
    # -- Liaocheng tyre-retreading plant
    ("ioszh", "promise", D(9), "收到，这两天俺让会计安排，下周三之前给恁打过去", o(T, MENG)),
    (
        "n163",
        "paid",
        None,
        "许经理：\n\n孟总已签字，验收款136,000.00元已于今天上午通过工行网银付出，电子回单见附件，请查收。\n\n郝会计\n鲁聊轮胎翻新有限公司 财务部\n0635-8326117",
        o(T, HAO, 18, atts=["电子回单_LC-2026-031.pdf"]),
    ),
    (
        "exmail",
        "dispute",
        None,
        "许工你好，\n硫化罐温度曲线采集还是不对，3号罐一直显示离线，夜班的数据也断断续续的。我们验收报告上签的是“有条件通过，3号罐整改后复验”，整改完之前财务这边付不了这个款。\n\n牛立强\n设备科",
        o(T, NIU, 2, danger=True),
    ),
    (
        "qqweb",
        "bank_question",
        None,
        "你好，我这边网银录收款方的时候提示开户行要选到支行，示例银行杭州分行下面是哪个支行？能把联行号发一下吗，谢谢",
        o(T, JIN, 3, danger=True),
    ),
    (
        "foxmail",
        "partial_payment",
        None,
        "许经理您好：\n本月资金紧张，验收款先付了80,000元，剩下的56,000元下个月15号之前付清，回单附后。\n\n鲁聊轮胎 财务部",
        o(T, HAO_FOX, 4, atts=["付款回单.pdf"], danger=True),
    ),
    (
        "qqapp",
        "promise",
        D(31),
        "许经理你好那个验收款的事俺知道了这个月底之前肯定给你们结了你放心吧",
        o(T, MENG_QQ, 3, note="voice input, no punctuation"),
    ),
    (
        "n163",
        "resend_request",
        None,
        "许经理：\n你们开的验收款发票我这边找不着了，麻烦再发一份电子版过来，我好走报销。谢谢！\n郝会计",
        o(T, HAO, 3),
    ),
    (
        "qqweb",
        "other",
        None,
        "这个事俺做不了主，已经转给郝会计了，她电话0635-8326117，你直接找她吧",
        o(T, JIN, 2),
    ),
    (
        "exmail",
        "acceptance",
        None,
        "许工：\n3号罐整改后今天已经在线了，设备科和生产科一起做的复验，验收合格，验收单已签字盖章，扫描件附上。\n\n牛立强",
        o(T, NIU, 7, atts=["验收单_3号罐复验.pdf"]),
    ),
    (
        "ioszh",
        "paid",
        None,
        "上礼拜五就打过去了啊 恁们再查查",
        o(T, MENG, 22, note="past: 上礼拜五 = Dec 18"),
    ),
    (
        "tbzh",
        "promise",
        None,
        "许经理：\n还没付，不是不付，是集团那边12月的资金计划还没批下来，批下来第一时间付。\n郝会计",
        o(
            T,
            ("郝会计", "haokj@lclt-tyre.com"),
            3,
            danger=True,
            note="payment on the client's own approval, no hedge said: a promise with no day, as hx052 (批下来就付，具体时间说不准 is other only for its hedge); relabelled other -> promise (lead, session 14)",
        ),
    ),
    (
        "n163",
        "promise",
        D(11),
        "许经理：\n经孟总同意，验收款拟于十二月十一日支付，请知悉。\n\n郝会计",
        o(T, HAO, 4, below=True),
    ),
    (
        "ioszh",
        "dispute",
        None,
        "咋还催呢 验收报告上写的是有条件通过 牛工那边说罐子还是掉线 整改好了再付",
        o(T, MENG, 4, danger=True),
    ),
    (
        "qqweb",
        "other",
        None,
        "付款申请已经提交了，现在在孟总那儿等审批",
        o(T, JIN, 4, danger=True, note="submitted, not paid"),
    ),
    (
        "qqhtml",
        "promise",
        D(31),
        "年底前肯定付，你们别天天发邮件了，俺们又不是不给",
        o(T, MENG_QQ, 8),
    ),
    (
        "n163",
        "bank_question",
        None,
        "许经理：\n我这边今天收到一封邮件，说你们收款账户改成农业银行了，账号也不一样。这个是真的吗？请电话确认一下，我们先不付。\n郝会计",
        o(T, HAO, 7, danger=True),
    ),
    # -- Hengyang funeral-service centre (public institution, treasury payments)
    (
        "coremail",
        "more_time",
        D(15, 1, 2027),
        "许经理：\n您好！我中心是差额拨款事业单位，二期款需等民政局年底资金拨付到位后才能支付，能否宽限到明年1月15日？请予理解。\n\n衡阳市殡仪服务中心办公室\n邓建华",
        o(F, DENG, 2),
    ),
    (
        "olzhcn",
        "dispute",
        None,
        "许经理：\n贵司开具的发票抬头为“衡阳市殡仪馆”，我单位全称为“衡阳市殡仪服务中心”，统一社会信用代码也不一致，财政国库支付系统审核无法通过。请作废后按正确信息重新开具，收到正确发票后我们再走支付流程。\n\n财务科 周卫红",
        o(F, ZHOU, 2, danger=True),
    ),
    (
        "huawei",
        "other",
        None,
        "许经理，追思平台的线上祭扫页面冬至那两天会不会扛不住？去年清明我们老系统崩过一次，想问下要不要提前扩容，费用怎么算",
        o(F, YAN_HW, 3),
    ),
    (
        "olzhcn",
        "promise",
        D(18),
        "许经理：\n发票已核对无误，二期款支付申请已报财政局国库科，预计12月18日前支付到账。\n周卫红",
        o(F, ZHOU, 7),
    ),
    (
        "coremail",
        "paid",
        None,
        "许经理：\n二期款92,400元已于12月17日通过国库集中支付系统支付，请查收。\n邓建华",
        o(F, DENG, 21, below=True),
    ),
    ("qqweb", "other", None, "这个不归我管哦，我问下财务科周科长", o(F, YAN, 2)),
    (
        "olzhcnplain",
        "promise",
        D(15),
        "许经理：\n年底国库支付比较集中，申请已经提交，一般5个工作日内到账，请耐心等待。\n周卫红",
        o(F, ZHOU, 8, note="5 working days from Tue Dec 8"),
    ),
    (
        "coremail",
        "promise",
        D(4),
        "许经理：\n发票抬头的事情是我们这边搞错了，单位名称变更后财务系统没有更新，不好意思。发票没有问题，本周五前走支付。\n邓建华",
        o(F, DENG, 3, note="own objection withdrawn"),
    ),
    (
        "alimail",
        "bank_question",
        None,
        "您好：\n贵司开户行为示例银行杭州分行，我单位支付系统只能选到具体网点，请提供开户网点全称及12位行号。\n出纳 蒋",
        o(F, CASHIER_HY, 3, danger=True),
    ),
    (
        "olzhcn",
        "promise",
        D(31),
        "许经理：\n冬至祭扫高峰过后（12月下旬）统一支付，请知悉。\n周卫红",
        o(F, ZHOU, 3, note="下旬 = its last day"),
    ),
    # -- Nankang furniture factory
    (
        "qqapp",
        "promise",
        D(8),
        "许经理你好我是南康鑫木的老钟那个钱我这礼拜冇得时间弄下个礼拜二给你打过去要得吧",
        o(S, ZHONG, 2, note="voice input"),
    ),
    (
        "mmios",
        "paid",
        None,
        "钱转了，对公转的，截图发你了",
        o(S, LAIBAN, 9, atts=["微信图片_20261209101522.jpg"]),
    ),
    (
        "qqweb",
        "dispute",
        None,
        "许经理，排产系统导出来的生产单老是把床头柜和床尾凳搞混，车间照单子做错了两批货，这个损失哪个负责？问题冇解决之前老板说先不付款。",
        o(S, GENDAN, 2, danger=True),
    ),
    (
        "sina",
        "partial_payment",
        None,
        "许经理：\n中期款58,000元，我司本次先支付30,000元，余款28,000元待排产单问题处理好后支付。\n黄会计",
        o(S, NK_KJ, 7, danger=True),
    ),
    (
        "huawei",
        "paid",
        None,
        "已经富过去了你们查一下",
        o(S, ZHONG_HW, 10, note="voice typo 富 for 付"),
    ),
    (
        "mailmaster",
        "more_time",
        D(16),
        "许经理：\n最近木材涨价厉害，厂里资金周转不开，能不能再给我们两个礼拜？\n刘冬梅",
        o(S, LAIBAN, 2),
    ),
    (
        "sina",
        "promise",
        D(4),
        "许经理：\n不好意思，昨天说已付是搞错了，付的是另一家供应商的货款，你们的还没有付，本周五前给你们付。\n黄会计",
        o(S, NK_KJ, 2, danger=True, note="claim corrected"),
    ),
    (
        "huawei",
        "dispute",
        None,
        "你们那个系统做错了我两批货后面的钱我不会付的叫你们领导来找我",
        o(S, ZHONG_HW, 3, danger=True),
    ),
    (
        "qqweb",
        "acceptance",
        None,
        "许经理，排产单的问题你们改好了，车间用了三天都对得上，验收通过，验收单老板签了",
        o(S, GENDAN, 8),
    ),
    ("sina", "promise", D(31), "许经理：\n余款28,000元年底前付清。\n黄会计", o(S, NK_KJ, 8)),
    (
        "mmios",
        "promise",
        D(4),
        "不好意思，刚才说钱转了是转给另外一家了，你们的还冇转，这周五之前转",
        o(S, LAIBAN, 3, danger=True),
    ),
    # -- Fuyang driving school
    (
        "ioszh",
        "acceptance",
        None,
        "许经理：约车小程序这两周跑下来没问题，教练和学员都反映好用，我们认可了。尾款已经让倪会计走流程。",
        o(G, LU, 2),
    ),
    (
        "n126",
        "promise",
        D(25),
        "许经理：\n尾款47,500元，我们财务每月25号统一付款，本月25号付。\n倪会计",
        o(G, NI, 2),
    ),
    (
        "qqapp",
        "other",
        None,
        "你好 学员反映小程序约科目二的时候一直转圈圈 能不能派人来看看",
        o(G, ZSB, 3, note="support request; no objection to paying"),
    ),
    (
        "n126",
        "bank_question",
        None,
        "许经理：\n你们的收款账户是基本户还是一般户？我们付款单上要填账户性质。\n倪会计",
        o(G, NI, 3),
    ),
    ("ioszh", "paid", None, "付了。", o(G, LU, 9)),
    (
        "n126",
        "promise",
        D(18),
        "许经理：\n经研究，尾款定于十二月十八日支付。\n\n倪会计\n阜阳通达驾驶员培训有限公司 财务室\n2026.12.04",
        o(G, NI, 4),
    ),
    (
        "n126",
        "more_time",
        None,
        "许经理：\n尾款能不能分两次付？这个月先付两万，剩下的明年一月份付。\n倪会计",
        o(G, NI, 7, note="instalments asked"),
    ),
    (
        "qqapp",
        "resend_request",
        None,
        "你好 校长让我问下 发票开了没有 开了的话发我一份",
        o(G, ZSB, 4),
    ),
    (
        "ioszh",
        "paid",
        None,
        "钱是上周就转了的呀，你们查一下是不是转到你们别的户头上了",
        o(G, LU, 7),
    ),
    # -- Yichang pet-hospital chain
    (
        "gmailzh",
        "dispute",
        None,
        "许经理：\n病历模块的化验单导入到现在还是乱码，B超图片也传不上去。合同附件里写的是中期款在病历模块上线后支付，现在这个状态不能算上线。\n祁",
        o(P, QI, 2, danger=True),
    ),
    (
        "alimail",
        "partial_payment",
        None,
        "许经理您好：\n中期款74,800元已于2026年12月1日支付，其中扣除了贵司工程师现场实施期间的住宿费1,280元，实付73,520元，回单见附件。\n萌宠动物医院 财务部",
        o(P, PET_CW, 2, atts=["回单20261201.pdf"], danger=True),
    ),
    (
        "tbzh",
        "other",
        None,
        "许工：\n另外问一下，病历系统能不能导出到医院自己的NAS？我们想每天晚上自动备份一份。\n龚磊",
        o(P, GONG, 3),
    ),
    (
        "qqapp",
        "other",
        None,
        "我是伍家岗店的 这个邮件应该是发给总部的吧 我已经转给祁院长了",
        o(P, WU_SHOP, 2),
    ),
    ("alimail", "promise", D(31), "许经理：\n经院长审批，本月底前支付。\n财务部", o(P, PET_CW, 3)),
    (
        "gmailzh",
        "acceptance",
        None,
        "许经理：\n化验单导入的问题已经解决，五家店都试过了，B超图片也能传，病历模块验收没问题。\n祁",
        o(P, QI, 8),
    ),
    (
        "alimail",
        "dispute",
        None,
        "许经理：\n扣的1,280元住宿费是按合同第七条“实施期间乙方人员差旅费用由乙方承担”扣的，所以这部分不会再补付。\n财务部",
        o(P, PET_CW, 4, danger=True),
    ),
    ("gmailzh", "promise", D(7), "好的，下周一让财务付", o(P, QI, 3)),
    ("alimail", "promise", D(9), "许经理：下礼拜三之前付掉。", o(P, PET_CW, 2)),
    # -- Bengbu PV-glass plant
    (
        "olzhcn",
        "dispute",
        None,
        "许经理：\n窑炉数据采集系统到货后已安装，但熔窑温度点位只接入了40个，合同技术协议是64个，到货验收单不能签字。\n\n设备部 岳振东",
        o(A, YUE, 2, danger=True),
    ),
    (
        "foxmail",
        "promise",
        D(15),
        "许经理：\n到货款21万元我司拟以银行承兑汇票支付，12月15日前背书转让给贵司，请确认是否接受。\n\n财务共享中心",
        o(A, GX, 3, note="pays by acceptance bill; asks whether we accept"),
    ),
    (
        "exmail",
        "resend_request",
        None,
        "许经理：\n请将到货签收单和发票原件邮寄至我司采购部（蚌埠市禹会区长征南路××号 蒋收），财务需要原件才能挂账。\n蒋采购",
        o(A, CAIGOU, 3),
    ),
    (
        "owazh",
        "dispute",
        None,
        "许经理：\n转达岳部长意见：到货款暂缓支付，待64个点位全部接入并调试完成后再议。\n\n总经理助理 韩雪",
        o(A, ZHULI, 4, danger=True),
    ),
    ("foxmail", "paid", None, "已付，见附件回单。", o(A, GX, 10, atts=["回单_BB-2026-027.pdf"])),
    (
        "olzhcn",
        "dispute",
        None,
        "许经理，意见见下文。\n岳振东",
        o(
            A,
            YUE,
            3,
            danger=True,
            inline=("金额：", "【岳：金额没问题，但64个点位没接完，现在不付】"),
            note="answer inline in the quote",
        ),
    ),
    (
        "exmail",
        "promise",
        D(15),
        "许经理：付款流程已审批完毕，3个工作日内安排付款。",
        o(A, CAIGOU, 10, note="3 working days from Thu Dec 10"),
    ),
    (
        "foxmail",
        "other",
        None,
        "许经理：\n贵司付款申请已进入OA流程（流程号FK-20261203-0412），目前在总会计师节点，审批通过后按集团每周四统一付款日支付。\n\n财务共享中心",
        o(A, GX, 3, note="in approval; every Thursday names no day"),
    ),
    (
        "owazh",
        "other",
        None,
        "许经理：\n岳部长本周在合肥开会，下周一回来，付款的事等他回来再定。\n韩雪",
        o(A, ZHULI, 2),
    ),
    (
        "exmail",
        "dispute",
        None,
        "许经理：\n发票金额开成了含税21万，合同约定的是不含税21万元，税额不对，请重开。\n蒋采购",
        o(A, CAIGOU, 7, danger=True),
    ),
    # -- Nanning esports-hotel chain
    ("qqapp", "promise", D(11), "兄弟 这两天生意一般 钱晚几天给你 下周五之前搞定", o(N, QIN, 2)),
    (
        "n163",
        "bank_question",
        None,
        "许经理：\n你们这封邮件里的账户尾号5678，和合同上一样，但是上周有人用你们公司名义发了个新账户过来，尾号是0931，到底哪个是对的？\n陆会计",
        o(N, ARENA_CW, 2, danger=True),
    ),
    (
        "mailmaster",
        "dispute",
        None,
        "许经理：\n系统上线以后电竞房的开机计费和前台账对不上，这周多算了客人十几单，被投诉了好几次。覃总说这个不解决上线款先不付。\n梁店长",
        o(N, DIANZHANG, 2, danger=True),
    ),
    (
        "applezh",
        "other",
        None,
        "谢谢许经理，上线那天你们辛苦了！周末来店里打两把😄",
        o(N, YUNYING, 3),
    ),
    ("n163", "promise", D(31), "许经理：\n元旦前付。\n陆会计", o(N, ARENA_CW, 3, below=True)),
    ("qqhtml", "paid", None, "钱打了 你看下到没到", o(N, QIN, 16)),
    ("qqapp", "promise", D(16), "兄弟不好意思 上周说的周五没搞定 这周三之前一定", o(N, QIN, 14)),
    (
        "n163",
        "partial_payment",
        None,
        "许经理：\n上线款66,000元已付30,000元，剩余36,000元元旦后付。\n陆会计",
        o(N, ARENA_CW, 9, danger=True),
    ),
    (
        "mailmaster",
        "acceptance",
        None,
        "许经理：\n计费的问题修好了，这两天对账都对得上，上线没问题了。\n梁店长",
        o(N, DIANZHANG, 8, note="the fix confirmed: acceptance of the launch"),
    ),
    (
        "applezh",
        "promise",
        D(4),
        "覃总让我跟你说一声，钱已经在走了，财务说周五能到",
        o(N, YUNYING, 2, danger=True, note="in process, not paid"),
    ),
    # -- Shenmu semi-coke plant
    (
        "qqapp",
        "promise",
        D(5, 1, 2027),
        "许经理额是神木的老高那个款额知道了这两天煤价往下走资金有点紧等下个月初一定给你打过去",
        o(C, GAO, 2, note="voice input; 下个月初 = the 5th"),
    ),
    ("n163", "paid", None, "见附件", o(C, BAI, 4, atts=["转账凭证.jpg"])),
    (
        "huawei",
        "other",
        None,
        "许工 炉温报警短信能不能再加两个手机号 值班的婆姨们也要收",
        o(C, AQY, 3),
    ),
    (
        "olzhcn",
        "dispute",
        None,
        "许经理：\n合同第五条约定“验收合格后60日内付款”，我们11月20日才签的验收单，按合同现在还不到付款期，请贵司核实后再发催款。\n乔红",
        o(C, SM_CG, 2, danger=True),
    ),
    (
        "n163",
        "partial_payment",
        None,
        "许经理：\n先付了一半8万4，另一半等厂长回来签字再付。\n白会计",
        o(C, BAI, 7, danger=True),
    ),
    (
        "huawei",
        "promise",
        None,
        "春节后再说吧 年前实在没钱了",
        o(C, GAO_HW, 8, note="春节后: no day"),
    ),
    (
        "sina",
        "dispute",
        None,
        "许经理：\n你们开的是普票，我们是一般纳税人要抵扣，请重开一张13%的增值税专用发票。\n白会计",
        o(C, BAI_SINA, 3, danger=True),
    ),
    (
        "olzhcn",
        "promise",
        D(22),
        "许经理：\n前一封邮件里说的“已付款”是我们同事搞错了，实际尚未付款，预计12月22日付款，特此更正。\n乔红",
        o(
            C,
            SM_CG,
            4,
            danger=True,
            earlier="许经理：\n该款项已付款，请查收。\n乔红",
            note="its own earlier 已付款 quoted and corrected",
        ),
    ),
    ("qqapp", "other", None, "收到 知道了", o(C, GAO, 3, note="acknowledgement only")),
]

MORE_ZH: list[tuple] = [
    (
        "foxmail",
        "paid",
        None,
        "",
        o(
            C,
            ("", "caiwu@smlantan.com"),
            9,
            atts=["网银电子回单_20261209.pdf"],
            note="attachment only",
        ),
    ),
    (
        "n163",
        "more_time",
        D(20, 1, 2027),
        "许经理：\n年底集团要压两金，验收款能不能缓到下个月20号？到时候一次付清。\n郝会计",
        o(T, HAO, 9),
    ),
]

Z_SET: list[tuple] = ZH + MORE_ZH + INTL + MACHINE

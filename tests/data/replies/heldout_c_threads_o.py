"""The reminders set O's replies answer: 13 clients, each with its contract, milestone and words.

Written blind (set O's author never opened the classifier, the corpus bodies or the earlier
sets' bodies). Importing this module registers each thread in ``heldout_c_mime.CONTRACTS``
and ``heldout_c_quote.SUBJECT`` / ``REMINDER`` / ``ZH_THREADS`` under an ``o_`` key, so a
reply's ``In-Reply-To`` / ``References`` is ``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@example.cn>``
and its quote is the reminder cuikuan sent (worded after ``templates/{zh,en}``), full of the
words a careless reader acts on (付款, 异议, 已付款, "dispute", "already paid").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS


@dataclass(frozen=True)
class Contract:
    """One client's contract and the milestone chased, as cuikuan's YAML would hold them."""

    cid: str
    ms: str  # milestone id in the token
    title: str
    ms_zh: str
    ms_en: str
    amount_zh: str
    amount_en: str
    due_zh: str
    due_en: str
    signed: str
    to_zh: str  # greeting name
    to_en: str
    pm_zh: str
    pm_en: str
    bank: str  # the payment instructions (multi-line)


BANK_CN = "开户行：示例银行杭州分行\n户名：示例科技有限公司\n账号：6222 0000 1234 5678"
BANK_CN_EN = (
    "Bank: Example Bank, Hangzhou Branch\nAccount name: Example Tech Co., Ltd.\n"
    "Account number: 6222 0000 8765 4321\nSWIFT: EXBKCNBJHZH"
)

C = {
    "sy": Contract("SYZG-2026-031", "golive", "财务共享中心费控系统实施", "上线款", "go-live payment",
                   "￥360,000.00", "CNY 360,000.00", "2026年11月15日", "15 November 2026", "2026年3月18日",
                   "孙科长", "Mr Sun", "李娜", "Li Na", BANK_CN),
    "xm": Contract("XMSH-2026-008", "phase2", "门店收银与会员小程序", "二期款", "phase 2 payment",
                   "￥48,600.00", "CNY 48,600.00", "2026年11月25日", "25 November 2026", "2026年6月2日",
                   "黄小姐", "Ms Huang", "周涛", "Zhou Tao", BANK_CN),
    "gz": Contract("GZRH-2026-012", "accept", "互联网医院平台建设", "验收款", "acceptance payment",
                   "￥215,000.00", "CNY 215,000.00", "2026年11月20日", "20 November 2026", "2026年4月9日",
                   "梁主任", "Director Liang", "李娜", "Li Na", BANK_CN),
    "nt": Contract("NTHJ-2026-05", "final", "外贸订单管理系统", "尾款", "final payment",
                   "￥96,000.00", "CNY 96,000.00", "2026年11月30日", "30 November 2026", "2026年5月20日",
                   "顾总", "Mr Gu", "王明", "Wang Ming", BANK_CN),
    "km": Contract("KMCY-2026-019", "phase2", "鲜切花冷链追溯系统", "二期款", "phase 2 payment",
                   "￥72,000.00", "CNY 72,000.00", "2026年11月18日", "18 November 2026", "2026年7月1日",
                   "杨经理", "Ms Yang", "周涛", "Zhou Tao", BANK_CN),
    "zz": Contract("ZZKG-2026-007", "progress", "航空货站仓储管理系统（WMS）", "进度款", "progress payment",
                   "￥188,000.00", "CNY 188,000.00", "2026年11月10日", "10 November 2026", "2026年2月26日",
                   "韩部长", "Mr Han", "王明", "Wang Ming", BANK_CN),
    "qh": Contract("QHCL-2026-004", "midterm", "卤水提锂生产数据平台", "中期款", "mid-term payment",
                   "￥420,000.00", "CNY 420,000.00", "2026年11月28日", "28 November 2026", "2026年1月15日",
                   "马总", "Mr Ma", "李娜", "Li Na", BANK_CN),
    "kl": Contract("KLHT-2026-02", "m2", "船务代理作业系统导入", "第二期款", "second instalment",
                   "新台币620,000元", "TWD 620,000", "2026年11月30日", "30 November 2026", "2026年5月6日",
                   "陳經理", "Mr Chen", "周涛", "Zhou Tao",
                   "开户行：示例银行杭州分行（外币）\n户名：示例科技有限公司\n账号：6222 0000 8765 4321\nSWIFT：EXBKCNBJHZH"),
    "kul": Contract("KLSM-2026-11", "progress", "售楼中心CRM与看房小程序", "进度款", "progress payment",
                    "MYR 85,000.00", "MYR 85,000.00", "2026年11月30日", "30 November 2026", "2026年6月15日",
                    "拿督林", "Dato' Lim", "王明", "Wang Ming", BANK_CN_EN),
    "van": Contract("VPH-2026-06", "phase2", "电商与ERP对接", "二期款", "phase 2 payment",
                    "CAD 18,500.00", "CAD 18,500.00", "2026年11月25日", "25 November 2026", "2026年5月11日",
                    "Kelvin Leung", "Kelvin", "周涛", "Zhou Tao", BANK_CN_EN),
    "st": Contract("STLT-2026-014", "final", "玩具产品目录与订单系统", "尾款", "final payment",
                   "￥38,000.00", "CNY 38,000.00", "2026年11月20日", "20 November 2026", "2026年8月3日",
                   "蔡生", "Mr Cai", "王明", "Wang Ming", BANK_CN),
    "bt": Contract("BTBC-2026-003", "phase2", "稀土贸易风控与库存系统", "二期款", "phase 2 payment",
                   "￥150,000.00", "CNY 150,000.00", "2026年11月25日", "25 November 2026", "2026年3月30日",
                   "乌经理", "Mr Wu", "李娜", "Li Na", BANK_CN),
    "wx": Contract("WXXL-2026-09", "sat", "封测MES系统升级", "SAT验收款", "SAT payment",
                   "￥260,000.00", "CNY 260,000.00", "2026年11月16日", "16 November 2026", "2026年4月27日",
                   "Vivian 钱", "Vivian", "李娜", "Li Na", BANK_CN),
}  # fmt: skip


def _zh(c: Contract, stage: str, days: int, n: int = 1) -> tuple[str, str]:
    """Subject and text of a Chinese reminder (``templates/zh``'s words)."""
    tok = f"[CK-{c.cid}-{c.ms}]"
    head = f"尊敬的{c.to_zh}：\n\n"
    tail = (
        f"\n\n付款方式：\n{c.bank}\n\n\n　　此致\n敬礼！\n\n{c.pm_zh}\n示例科技有限公司　项目经理\n"
        f"{'lina' if c.pm_zh == '李娜' else 'zhoutao' if c.pm_zh == '周涛' else 'wangming'}@example.cn\n\n"
        f"回复时请保留邮件主题中的编号 {tok}，以便我们及时处理。"
    )
    if stage == "due":
        subj = f"{c.ms_zh}已于{c.due_zh}到期 — {c.title} {tok}"
        body = (
            f"根据《{c.title}》（合同编号：{c.cid}）的约定，{c.ms_zh}（{c.amount_zh}）的付款截止日为{c.due_zh}，"
            f"目前已逾期{days}天，我方暂未查到到账记录。\n\n如款项已经支付，烦请回复告知付款日期，以便我方核对；"
            f"如尚未安排，请协助尽快处理。\n\n如付款遇到任何困难或需要调整付款时间，请直接回复本邮件与我沟通。"
        )
        return subj, head + body + tail
    if stage == "demand":
        subj = f"催款函：{c.ms_zh}（{c.amount_zh}） — {c.title} {tok}"
        body = (
            f"事由：关于《{c.title}》（合同编号：{c.cid}）项下{c.ms_zh}的催款\n\n"
            f"贵我双方于{c.signed}签订《{c.title}》。根据合同约定，贵司应于{c.due_zh}前向我司支付{c.ms_zh}，"
            f"金额为{c.amount_zh}。截至本函发出之日，该款项已逾期{days}天。此前我司已通过邮件3次提醒贵司付款，"
            f"至今仍未收到上述款项。\n\n现正式函告：请贵司于收到本函后七日内将上述款项{c.amount_zh}足额支付至以下账户。\n\n"
            "如贵司未能在上述期限内付款，我司将依据合同约定及相关法律规定采取进一步措施，包括但不限于暂停后续服务、"
            "主张逾期付款的违约责任，以及通过法律途径追偿。\n\n如贵司已经付款，或对上述款项存在异议，"
            "请于收到本函后及时书面回复，并提供付款凭证或相关说明。\n\n特此函告。"
        )
        return subj, f"催 款 函\n\n{c.to_zh}：\n\n" + body + tail
    if n >= 2:
        subj = f"{c.ms_zh}逾期提醒（第二次） — {c.title} {tok}"
        body = (
            f"此前我们已就{c.ms_zh}与您联系过。截至今日，该笔款项（{c.amount_zh}，{c.due_zh}到期）已逾期{days}天，"
            "我方仍未收到。\n\n请贵司尽快安排支付，并回复告知预计的付款日期。如付款流程中遇到问题（例如发票信息有误、"
            "需要补充审批材料），请告诉我们，我方会全力配合解决。"
        )
        return subj, head + body + tail
    subj = f"{c.ms_zh}付款提醒 — {c.title} {tok}"
    body = (
        f"冒昧打扰。根据我方记录，《{c.title}》的{c.ms_zh}（{c.amount_zh}）已于{c.due_zh}到期，"
        f"目前已逾期{days}天，我方暂未查到到账记录。\n\n也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。"
        "如已付款，烦请回复告知付款日期（如方便，附上付款回单），我们会尽快核对；如尚未安排，还请协助推进。"
    )
    return subj, head + body + tail


TITLE_EN = {
    "VPH-2026-06": "E-commerce and ERP integration",
    "KLSM-2026-11": "Sales gallery CRM and viewing app",
    "WXXL-2026-09": "Assembly & test MES upgrade",
    "NTHJ-2026-05": "Export order management system",
    "KLHT-2026-02": "Shipping agency operations system",
}


def _en(c: Contract, stage: str, days: int, n: int = 1) -> tuple[str, str]:
    """Subject and text of an English reminder (``templates/en``'s words)."""
    tok = f"[CK-{c.cid}-{c.ms}]"
    bank = c.bank if c.bank.startswith("Bank") else BANK_CN_EN
    mail = {"Li Na": "lina", "Zhou Tao": "zhoutao"}.get(c.pm_en, "wangming")
    tail = (
        f"\n\nHow to pay:\n{bank}\n\n\nKind regards,\n\n{c.pm_en}\nProject Manager, Example Tech Co., Ltd.\n"
        f"{mail}@example.cn\n\nPlease keep the reference {tok} in the subject line when you reply, "
        "so that we can deal with your message promptly."
    )
    title = TITLE_EN.get(c.cid, c.title)
    if n >= 2:
        subj = f"Second reminder: {c.ms_en[0].upper() + c.ms_en[1:]} overdue — {title} {tok}"
        body = (
            f"I am following up on my earlier message about the {c.ms_en}. The amount of {c.amount_en}, due on "
            f"{c.due_en}, is now {days} days overdue and we have still not received it.\n\nPlease arrange payment as "
            "soon as possible and let me know the date we can expect it. If something is in the way (invoice details, "
            "missing paperwork for your approval), tell me and we will sort it out with you."
        )
    else:
        subj = f"Payment reminder: {c.ms_en[0].upper() + c.ms_en[1:]} — {title} {tok}"
        body = (
            f'I hope all is well. Our records show that the {c.ms_en} of {c.amount_en} under "{title}" fell due '
            f"on {c.due_en} and is now {days} days overdue; we have not yet been able to match a payment to it.\n\n"
            "It may well be working its way through your approval process, or already be paid and simply not "
            "matched on our side. If you have paid, could you reply with the payment date (and the remittance "
            "advice, if that is easy)? If not, we would appreciate your help in moving it forward."
        )
    return subj, f"Dear {c.to_en},\n\n{body}{tail}"


# key: (client, language, stage, reminder number, days overdue when it went out)
THREADS = {
    "o_sy": ("sy", "zh", "reminder", 2, 16), "o_sy_demand": ("sy", "zh", "demand", 1, 41),
    "o_xm": ("xm", "zh", "reminder", 1, 6),
    "o_gz": ("gz", "zh", "reminder", 1, 11), "o_gz_due": ("gz", "zh", "due", 1, 1),
    "o_nt": ("nt", "zh", "due", 1, 1), "o_nt_en": ("nt", "en", "reminder", 1, 7),
    "o_km": ("km", "zh", "reminder", 1, 12),
    "o_zz": ("zz", "zh", "reminder", 2, 20), "o_zz_demand": ("zz", "zh", "demand", 1, 40),
    "o_qh": ("qh", "zh", "reminder", 1, 3),
    "o_kl": ("kl", "zh", "reminder", 1, 1), "o_kl_en": ("kl", "en", "reminder", 2, 7),
    "o_kul": ("kul", "zh", "reminder", 1, 1), "o_kul_en": ("kul", "en", "reminder", 2, 8),
    "o_van": ("van", "en", "reminder", 1, 5),
    "o_st": ("st", "zh", "reminder", 1, 10),
    "o_bt": ("bt", "zh", "reminder", 1, 5), "o_bt_demand": ("bt", "zh", "demand", 1, 11),
    "o_wx": ("wx", "en", "reminder", 2, 14), "o_wx_zh": ("wx", "zh", "reminder", 1, 14),
}  # fmt: skip

STAGE = {k: v[2] for k, v in THREADS.items()}
"""The stage each thread's reminder was (``reminder``, ``due`` or ``demand``), for its Message-ID."""
SEQ = {k: v[3] if v[2] == "reminder" else 1 for k, v in THREADS.items()}

for _key, (_client, _lang, _stage, _n, _days) in THREADS.items():
    _c = C[_client]
    CONTRACTS[_key] = (_c.cid, _c.ms)
    _subj, _text = (_zh if _lang == "zh" else _en)(_c, _stage, _days, _n)
    SUBJECT[_key], REMINDER[_key] = _subj, _text
    if _lang == "zh":
        ZH_THREADS.add(_key)

SH, TPE, KUL, VAN = "Asia/Shanghai", "Asia/Taipei", "Asia/Kuala_Lumpur", "America/Vancouver"
PEOPLE = {
    # Shenyang heavy-machinery SOE: 财务共享中心 (FSSC), 信息化部
    "sy_sun": ("孙丽华", "sunlihua@sybzjt.com.cn", SH), "sy_liu": ("刘洋", "liuyang3@sybzjt.com.cn", SH),
    "sy_zhang": ("张建国", "zhangjg@sybzjt.com.cn", SH), "sy_fssc": ("", "fssc-ap@sybzjt.com.cn", SH),
    # Xiamen tea-shop franchisor
    "xm_huang": ("黄雅婷", "huangyt@shanhaichashi.com", SH), "xm_chen": ("陈志明", "2851460037@qq.com", SH),
    "xm_store": ("思明店-阿珠", "azhu_sm@163.com", SH),
    # Guangzhou private hospital group
    "gz_liang": ("梁文斌", "liangwb@renhe-med.com", SH), "gz_chen": ("陈会计", "caiwu@renhe-med.com", SH),
    "gz_office": ("院办-何秘书", "yuanban@renhe-med.com", SH),
    # Nantong home-textile exporter
    "nt_gu": ("顾建新", "gu@hengjin-textile.com", SH), "nt_cao": ("曹会计", "cao_kj@163.com", SH),
    "nt_lisa": ("Lisa Shi", "lisa.shi@hengjin-textile.com", SH),
    # Kunming cut-flower exporter
    "km_yang": ("杨丽", "yangli@caiyunflower.cn", SH), "km_li": ("李出纳", "849302217@qq.com", SH),
    "km_boss": ("段总", "duan@caiyunflower.cn", SH),
    # Zhengzhou airport logistics hub
    "zz_han": ("韩卫东", "hanwd@zzkg-logistics.com", SH), "zz_song": ("宋会计", "songkj@zzkg-logistics.com", SH),
    "zz_cg": ("采购部-田", "tian.cg@zzkg-logistics.com", SH),
    # Qinghai salt-lake lithium company
    "qh_ma": ("马永福", "mayf@qhcdmlithium.com", SH), "qh_qi": ("祁会计", "qikj@qhcdmlithium.com", SH),
    "qh_plant": ("格尔木厂-韩师傅", "gem_han@163.com", SH),
    # Keelung shipping agency (Taiwan)
    "kl_lin": ("林美惠", "mh.lin@haitung-shipping.com.tw", TPE), "kl_chen": ("陳志豪", "chihhao.chen@haitung-shipping.com.tw", TPE),
    "kl_gm": ("張總經理", "gm.chang@haitung-shipping.com.tw", TPE),
    # Kuala Lumpur property developer
    "kul_tan": ("Tan Siew Yee 陈淑仪", "siewyee.tan@srimewah.com.my", KUL), "kul_lim": ("Dato' Lim Ah Huat", "datolim@srimewah.com.my", KUL),
    "kul_jason": ("Jason Wong", "jason.wong@srimewah.com.my", KUL),
    # Vancouver importer
    "van_kelvin": ("Kelvin Leung", "kelvin@pacificharvest.ca", VAN), "van_mandy": ("Mandy Cheung", "accounts@pacificharvest.ca", VAN),
    # Shantou toy maker
    "st_cai": ("蔡生", "caisheng@letongtoys.com", SH), "st_ling": ("林玲", "2213864490@qq.com", SH),
    "st_nephew": ("蔡俊杰", "cjj_letong@163.com", SH),
    "st_tina": ("Tina Chen", "tina@letongtoys.com", SH),
    # Baotou rare-earth trader
    "bt_wu": ("乌日娜", "wurina@bcxitu.com", SH), "bt_gao": ("高会计", "gaokj@bcxitu.com", SH),
    "bt_zhao": ("赵总", "zhao@bcxitu.com", SH),
    # Wuxi semiconductor packaging house
    "wx_vivian": ("Vivian Qian", "vivian.qian@sinolink-at.com", SH), "wx_david": ("David Zhou 周磊", "david.zhou@sinolink-at.com", SH),
    "wx_kevin": ("Kevin Xu", "kevin.xu@sinolink-at.com", SH),
}  # fmt: skip


def o(
    style: str,
    kind: str,
    due: date | None,
    body: str,
    who: str,
    thread: str,
    day: int | date,
    **opts: object,
) -> tuple:
    """One set-O entry: ``who`` answers ``thread``'s reminder on ``day`` (December 2026 if an int)."""  # noqa: D401
    name, email, tz = PEOPLE[who]
    when = date(2026, 12, day) if isinstance(day, int) else day
    base = {"sender": (name, email), "tz": tz, "thread": thread, "stage": STAGE[thread],
            "seq": SEQ[thread], "day": when}  # fmt: skip
    return (style, kind, due, body, {**base, **opts})


def d(month: int, day: int, year: int = 2026) -> date:
    """A label date (``d(12, 17)`` = 2026-12-17)."""
    return date(year, month, day)

"""Set R's reminders: the mail each reply of set R answers, and who answers it.

Seventeen clients of trades no earlier set used in this form, each with its own contract,
milestone, amount, due date and stage (first or second reminder, due-day notice, demand),
worded after templates/{zh,en}. Importing this module registers the threads with the shared
machinery (``heldout_c_mime.CONTRACTS``, ``heldout_c_quote.SUBJECT/REMINDER/ZH_THREADS``), so
each reply's ``In-Reply-To``/``References`` is ``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@example.cn>``.
``o(key, person, day, **more)`` gives a reply its thread, stage, sequence, sender, zone and day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS


@dataclass(frozen=True)
class Thread:
    contract: str
    milestone: str
    stage: str
    seq: int
    zh: bool
    title: str
    name: str  # the milestone as the reminder names it
    amount: str
    due: str
    overdue: int
    greet: str
    bank: str
    tz: str


ZH_BANK = "开户行：示例银行杭州分行\n户名：示例科技有限公司\n账号：6222 0000 1234 5678"
HANT_BANK = "開戶行：示例銀行杭州分行\n戶名：示例科技有限公司\n帳號：6222 0000 1234 5678\nSWIFT：EXBKCNBJHZH"
EN_BANK = (
    "Bank: Example Bank, Hangzhou Branch\nAccount name: Example Tech Co., Ltd.\n"
    "Account number: 6222 0000 8765 4321\nSWIFT: EXBKCNBJHZH"
)

T = Thread
# fmt: off
THREADS: dict[str, Thread] = {
    "r_dalian": T("DL-2026-031", "delivery", "reminder", 1, True, "冷链仓储管理系统", "交付款", "￥126,000.00", "2026年11月15日", 17, "孙经理", ZH_BANK, "Asia/Shanghai"),
    "r_kunming": T("KM-2026-008", "final", "reminder", 2, True, "烘焙工坊订货小程序", "尾款", "￥38,500.00", "2026年11月10日", 22, "杨总", ZH_BANK, "Asia/Shanghai"),
    "r_changsha": T("CS-2026-044", "phase2", "reminder", 1, True, "设备租赁与维保平台", "二期款", "￥215,000.00", "2026年11月18日", 14, "刘经理", ZH_BANK, "Asia/Shanghai"),
    "r_zhuhai": T("ZH-2026-012", "go-live", "due", 1, True, "邮轮码头旅客通关信息系统", "上线款", "￥340,000.00", "2026年11月30日", 0, "梁经理", ZH_BANK, "Asia/Shanghai"),
    "r_tianjin": T("TJ-2026-027", "midterm", "reminder", 2, True, "保税仓WMS升级", "中期款", "￥188,000.00", "2026年11月5日", 27, "周经理", ZH_BANK, "Asia/Shanghai"),
    "r_tianjin_d": T("TJ-2026-027", "advance", "demand", 1, True, "保税仓WMS升级", "预付款", "￥94,000.00", "2026年9月30日", 63, "周经理", ZH_BANK, "Asia/Shanghai"),
    "r_xian": T("XA-2026-005", "acceptance", "reminder", 1, True, "材料试验数据管理系统", "验收款", "￥96,000.00", "2026年11月20日", 12, "钱老师", ZH_BANK, "Asia/Shanghai"),
    "r_wenzhou": T("WZ-2026-019", "final", "reminder", 1, True, "镜架生产排程系统", "尾款", "￥52,800.00", "2026年11月12日", 20, "潘总", ZH_BANK, "Asia/Shanghai"),
    "r_shantou": T("ST-2026-023", "midterm", "reminder", 2, True, "玩具外贸订单管理系统", "中期款", "￥73,000.00", "2026年11月8日", 24, "林老板", ZH_BANK, "Asia/Shanghai"),
    "r_pingtung": T("PT-2026-003", "install", "reminder", 1, True, "養殖池水質監測系統", "安裝款", "NT$420,000", "2026年11月20日", 12, "陳小姐", HANT_BANK, "Asia/Taipei"),
    "r_macau": T("MO-2026-006", "phase1", "reminder", 1, True, "門市收銀及會員系統", "第一期款", "MOP 168,000.00", "2026年11月16日", 16, "何小姐", HANT_BANK, "Asia/Macau"),
    "r_penang": T("PG-2026-014", "milestone2", "reminder", 1, False, "Test-floor MES integration", "Milestone 2 payment", "USD 46,500.00", "16 November 2026", 16, "Ms Ooi", EN_BANK, "Asia/Kuala_Lumpur"),
    "r_penang_zh": T("PG-2026-014", "milestone2", "reminder", 2, True, "测试车间MES集成", "第二阶段款", "USD 46,500.00", "2026年11月16日", 23, "黄经理", ZH_BANK, "Asia/Kuala_Lumpur"),
    "r_jeddah": T("JD-2026-002", "final", "reminder", 1, False, "Umrah booking portal", "Final payment", "USD 28,000.00", "15 November 2026", 17, "Mr Al-Harbi", EN_BANK, "Asia/Riyadh"),
    "r_phnompenh": T("PP-2026-011", "midterm", "reminder", 1, False, "Loan origination app", "Mid-term payment", "USD 35,200.00", "18 November 2026", 14, "Ms Sokha", EN_BANK, "Asia/Phnom_Penh"),
    "r_riga": T("RG-2026-009", "delivery", "reminder", 2, False, "Fleet telematics dashboard", "Delivery payment", "EUR 22,400.00", "10 November 2026", 22, "Mr Ozols", EN_BANK, "Europe/Riga"),
    "r_houston": T("HO-2026-021", "phase1", "reminder", 1, False, "Field ticketing system", "Phase 1 payment", "USD 64,000.00", "November 15, 2026", 17, "Mr. Whitaker", EN_BANK, "America/Chicago"),
    "r_speyside": T("SP-2026-004", "install", "due", 1, False, "Cask inventory tracker", "Installation payment", "GBP 18,750.00", "30 November 2026", 0, "Mr Grant", EN_BANK, "Europe/London"),
    "r_colombo": T("CB-2026-016", "midterm", "reminder", 1, False, "Auction catalogue platform", "Mid-term payment", "USD 19,600.00", "17 November 2026", 15, "Mr Perera", EN_BANK, "Asia/Colombo"),
}
# fmt: on


HANT_ZONES = ("Asia/Taipei", "Asia/Macau")


def _zh(t: Thread) -> str:
    hant = t.tz in HANT_ZONES
    if t.stage == "due":
        body = (
            f"《{t.title}》（合同编号：{t.contract}）项下{t.name}（{t.amount}）今日到期。\n\n"
            "如款项已经安排，烦请回复告知付款日期（如方便，附上付款回单），以便我方核对；"
            "如付款流程中需要我方提供任何资料，请直接回复本邮件。"
        )
    elif t.stage == "demand":
        body = (
            f"《{t.title}》（合同编号：{t.contract}）项下{t.name}{t.amount}已于{t.due}到期，"
            f"至今已逾期{t.overdue}天。我方此前已多次提醒，仍未收到该款项。\n\n"
            "特此函告：请贵司于收到本函后五个工作日内支付上述款项，并书面回复付款日期。"
            "如对该款项有异议，请于同一期限内书面说明理由；逾期未付，我方将按合同约定收取逾期违约金并保留依法追偿的权利。"
        )
    elif t.seq == 2:
        body = (
            f"此前我们已就{t.name}与您联系过。截至今日，该笔款项（{t.amount}，{t.due}到期）"
            f"已逾期{t.overdue}天，我方仍未收到。\n\n请贵司尽快安排支付，并回复告知预计的付款日期。"
            "如付款流程中遇到问题（例如发票信息有误、需要补充审批材料），请告诉我们，我方会全力配合解决。"
        )
    else:
        body = (
            f"冒昧打扰。根据我方记录，《{t.title}》的{t.name}（{t.amount}）已于{t.due}到期，"
            f"目前已逾期{t.overdue}天，我方暂未查到到账记录。\n\n"
            "也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。如已付款，烦请回复告知付款日期"
            "（如方便，附上付款回单），我们会尽快核对；如尚未安排，还请协助推进。"
        )
    text = (
        f"尊敬的{t.greet}：\n\n{body}\n\n付款方式：\n{t.bank}\n\n\n　　此致\n敬礼！\n\n"
        "王明\n示例科技有限公司　项目经理\nwangming@example.cn\n\n"
        f"回复时请保留邮件主题中的编号 [CK-{t.contract}-{t.milestone}]，以便我们及时处理。"
    )
    if hant:
        for a, b in (("贵司", "貴司"), ("暂", "暫"), ("也许", "也許"), ("请", "請"), ("记录", "記錄"), ("账", "賬"), ("单", "單"),
                     ("们", "們"), ("尽", "盡"), ("经", "經"), ("联系", "聯繫"), ("为", "為"),
                     ("对", "對"), ("额", "額"), ("审批", "審批"), ("预计", "預計"), ("项", "項"),
                     ("该", "該"), ("复", "覆"), ("协助", "協助"), ("邮件", "郵件"), ("编号", "編號"),
                     ("题", "題"), ("时", "時"), ("处理", "處理"), ("谢", "謝"), ("敬礼", "敬禮"),
                     ("戶", "戶"), ("开户行", "開戶行"), ("户名", "戶名"), ("账号", "帳號"),
                     ("银行", "銀行"), ("杭州分行", "杭州分行"), ("项目经理", "專案經理"),
                     ("逾期", "逾期"), ("扰", "擾"), ("根据", "根據"), ("尚未查到", "尚未查到"),
                     ("进", "進"), ("后", "後"), ("发票", "發票"), ("误", "誤"), ("补", "補"),
                     ("资", "資"), ("务", "務"), ("让", "讓"), ("说明", "說明"), ("问", "問"),
                     ("过", "過"), ("付款方式", "付款方式"), ("王明", "王明"), ("示例科技有限公司", "示例科技有限公司"),
                     ("直接", "直接"), ("会", "會"), ("到帳", "到帳"), ("付出", "付出"), ("烦", "煩"),
                     ("还", "還"), ("议", "議"), ("于", "於"), ("关", "關")):  # fmt: skip
            text = text.replace(a, b)
    return text


def _en(t: Thread) -> str:
    if t.stage == "due":
        body = (
            f'The {t.name.lower()} of {t.amount} under "{t.title}" (ref. {t.contract}) falls due today.\n\n'
            "If it is already on its way, could you reply with the payment date (and the remittance advice, "
            "if that is easy) so that we can match it? If your process needs anything from us, just reply to this email."
        )
    elif t.seq == 2:
        body = (
            f"I am following up on my earlier message about the {t.name.lower()}. The amount of {t.amount}, "
            f"due on {t.due}, is now {t.overdue} days overdue and we have still not received it.\n\n"
            "Please arrange payment as soon as possible and let me know the date we can expect it. If something "
            "is in the way (invoice details, missing paperwork for your approval), tell me and we will sort it out with you."
        )
    else:
        body = (
            f'I hope all is well. Our records show that the {t.name.lower()} of {t.amount} under "{t.title}" '
            f"fell due on {t.due} and is now {t.overdue} days overdue; we have not yet been able to match a payment to it.\n\n"
            "It may well be working its way through your approval process, or already be paid and simply not "
            "matched on our side. If you have paid, could you reply with the payment date (and the remittance "
            "advice, if that is easy)? If not, we would appreciate your help in moving it forward."
        )
    return (
        f"Dear {t.greet},\n\n{body}\n\nHow to pay:\n{t.bank}\n\n\nKind regards,\n\nWang Ming\n"
        "Project Manager, Example Tech Co., Ltd.\nwangming@example.cn\n\n"
        f"Please keep [CK-{t.contract}-{t.milestone}] in the subject line when you reply."
    )


def _subject(t: Thread) -> str:
    token = f"[CK-{t.contract}-{t.milestone}]"
    if t.zh:
        if t.stage == "due":
            head = f"{t.name}今日到期"
        elif t.stage == "demand":
            head = f"催款函：{t.name}（{t.amount}）"
        elif t.seq == 2:
            head = f"{t.name}逾期提醒（第二次）"
        else:
            head = f"{t.name}付款提醒"
        return f"{head} — {t.title} {token}"
    if t.stage == "due":
        head = f"{t.name} due today"
    elif t.seq == 2:
        head = f"Second reminder: {t.name} overdue"
    else:
        head = f"Payment reminder: {t.name}"
    return f"{head} — {t.title} {token}"


for _key, _t in THREADS.items():
    CONTRACTS[_key] = (_t.contract, _t.milestone)
    SUBJECT[_key] = _subject(_t)
    REMINDER[_key] = _zh(_t) if _t.zh else _en(_t)
    if _t.zh and _t.tz not in HANT_ZONES:  # Traditional threads: our English AR name
        ZH_THREADS.add(_key)


def o(key: str, person: tuple[str, str], day: date | int = 2, **more: object) -> dict:
    """A reply's options: its thread (stage, sequence), sender, zone and day (Dec ``day``)."""
    t = THREADS[key]
    when = day if isinstance(day, date) else date(2026, 12, day)
    opts: dict = {
        "thread": key,
        "stage": t.stage,
        "seq": t.seq,
        "sender": person,
        "tz": t.tz,
        "day": when,
    }
    opts.update(more)
    return opts

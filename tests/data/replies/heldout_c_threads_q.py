"""Set Q's reminders: sixteen clients, one contract each, the reminder each reply answers.

Written blind (no classifier, corpus bodies or earlier sets opened), worded after
templates/{zh,en}/reminder*.j2: first and second reminders, a due-day notice and a demand,
each with its contract, milestone, amount, due date and bank lines, so that every reply's
``In-Reply-To``/``References`` is ``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@example.cn>``.
Importing this module registers the threads (``q_`` keys) with the quote machinery.
"""

from __future__ import annotations

from datetime import date

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

BANK_ZH = """付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678

重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。"""

BANK_EN = """How to pay:
Bank: Example Bank, Hangzhou Branch
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321
SWIFT: EXBKCNBJHZH

Important: we never change our bank details by email."""

# key: (contract, milestone id, milestone name, title, amount, due, stage, seq, greeting, lang)
THREADS = {
    "q_zibo": ("ZB-2026-031", "acceptance", "验收款", "窑炉温控监测系统", "￥126,000.00", "2026年11月15日", "reminder", 1, "孙经理", "zh"),
    "q_lanzhou": ("LZ-2026-008", "phase2", "二期款", "门店点单与中央厨房系统", "￥88,400.00", "2026年11月10日", "reminder", 2, "马总", "zh"),
    "q_xiamen": ("XM-2026-044", "delivery", "交付款", "游艇订单与工时管理平台", "￥152,000.00", "2026年11月20日", "reminder", 1, "林总", "zh"),
    "q_sanya": ("SY-2026-019", "midterm", "中期款", "芒果溯源与出口单证系统", "￥46,500.00", "2026年11月25日", "reminder", 1, "黎会计", "zh"),
    "q_taiyuan": ("TY-2026-052", "final", "尾款", "矿井安全监测数据平台", "￥210,000.00", "2026年10月31日", "demand", 1, "贵司财务部", "zh"),
    "q_yiwu": ("YW-2026-066", "deposit2", "第二期款", "外贸订单管理系统", "￥38,800.00", "2026年11月18日", "reminder", 1, "楼老板", "zh"),
    "q_shaoxing": ("SX-2026-013", "midterm", "中期款", "酒厂仓储与批次追溯系统", "￥97,600.00", "2026年11月30日", "due", 1, "章科长", "zh"),
    "q_nanchang": ("NC-2026-027", "install", "安装调试款", "LED屏远程运维平台", "￥64,000.00", "2026年11月12日", "reminder", 2, "熊经理", "zh"),
    "q_hualien": ("HL-2026-005", "midterm", "中期款", "矿区开采排程系统", "NT$620,000", "2026年11月20日", "reminder", 1, "葉經理", "zh"),
    "q_hkprint": ("HK-2026-071", "phase1", "First instalment", "Print scheduling and quotation system", "HKD 58,000.00", "16 November 2026", "reminder", 1, "Ms Tang", "en"),
    "q_reykjavik": ("RK-2026-002", "midterm", "Mid-term payment", "Catch traceability platform", "EUR 18,400.00", "20 November 2026", "reminder", 1, "Ms Sigurdardottir", "en"),
    "q_casablanca": ("CA-2026-011", "delivery", "Delivery payment", "Textile sourcing portal", "USD 14,200.00", "16 November 2026", "reminder", 1, "Mr Bennani", "en"),
    "q_tashkent": ("TK-2026-009", "phase1", "First instalment", "Cotton grading and lot tracking", "USD 22,000.00", "10 November 2026", "reminder", 2, "Mr Karimov", "en"),
    "q_fiji": ("FJ-2026-004", "final", "Final payment", "Resort booking integration", "USD 9,600.00", "25 November 2026", "reminder", 1, "Ms Naidu", "en"),
    "q_chicago": ("CH-2026-038", "milestone3", "Milestone 3 payment", "Clinic scheduling and recall system", "USD 31,500.00", "November 20, 2026", "due", 1, "Dr. Kowalski", "en"),
    "q_accra": ("AC-2026-016", "midterm", "Mid-term payment", "Cocoa purchase ledger", "USD 16,750.00", "18 November 2026", "demand", 1, "Mr Mensah", "en"),
}  # fmt: skip

# The reply's zone for each thread (its clients write from there).
ZONES = {
    "q_hualien": "Asia/Taipei", "q_hkprint": "Asia/Hong_Kong", "q_reykjavik": "Atlantic/Reykjavik",
    "q_casablanca": "Africa/Casablanca", "q_tashkent": "Asia/Tashkent", "q_fiji": "Pacific/Fiji",
    "q_chicago": "America/Chicago", "q_accra": "Africa/Accra",
}  # fmt: skip

OVERDUE = {"q_zibo": 17, "q_lanzhou": 22, "q_xiamen": 12, "q_sanya": 7, "q_taiyuan": 32,
           "q_yiwu": 14, "q_shaoxing": 0, "q_nanchang": 20, "q_hualien": 12, "q_hkprint": 16,
           "q_reykjavik": 12, "q_casablanca": 16, "q_tashkent": 22, "q_fiji": 7,
           "q_chicago": 10, "q_accra": 14}  # fmt: skip


def _zh(k: str) -> tuple[str, str]:
    c, _m, name, title, amount, due, stage, seq, who, _ = THREADS[k]
    token = f"[CK-{c}-{THREADS[k][1]}]"
    days = OVERDUE[k]
    if stage == "due":
        subj = f"{name}今日到期 — {title} {token}"
        text = f"《{title}》（合同编号：{c}）的{name}（{amount}）今日到期，烦请按合同安排付款。\n\n如已付款，烦请回复告知付款日期（如方便，附上付款回单），以便我方核对。"
    elif stage == "demand":
        subj = f"催款函：{name}（{amount}）— {title} {token}"
        text = (
            f"《{title}》（合同编号：{c}）项下{name}{amount}已于{due}到期，至今已逾期{days}天，"
            "我方虽多次提醒，仍未收到款项。\n\n请贵司于收到本函后五个工作日内付清上述款项，或书面回复明确的付款日期。"
            "如对该款项有异议，请在同一期限内书面说明理由；逾期未回复的，我方将保留依合同追究违约责任的权利。"
        )
    elif seq >= 2:
        subj = f"{name}逾期提醒（第二次） — {title} {token}"
        text = (
            f"此前我们已就{name}与您联系过。截至今日，该笔款项（{amount}，{due}到期）已逾期{days}天，我方仍未收到。\n\n"
            "请贵司尽快安排支付，并回复告知预计的付款日期。如付款流程中遇到问题（例如发票信息有误、需要补充审批材料），请告诉我们，我方会全力配合解决。"
        )
    else:
        subj = f"{name}付款提醒 — {title} {token}"
        text = (
            f"冒昧打扰。根据我方记录，《{title}》的{name}（{amount}）已于{due}到期，目前已逾期{days}天，我方暂未查到到账记录。\n\n"
            "也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。如已付款，烦请回复告知付款日期（如方便，附上付款回单），我们会尽快核对；如尚未安排，还请协助推进。"
        )
    body = f"{who}：\n\n您好！\n\n{text}\n\n{BANK_ZH}\n\n王明\n示例科技有限公司　项目经理\n\n回复时请保留邮件主题中的编号 {token}。"
    return subj, body


def _en(k: str) -> tuple[str, str]:
    c, _m, name, title, amount, due, stage, seq, who, _ = THREADS[k]
    token = f"[CK-{c}-{THREADS[k][1]}]"
    days = OVERDUE[k]
    if stage == "due":
        subj = f"{name} due today — {title} {token}"
        text = f'The {name.lower()} under "{title}" (ref. {c}), {amount}, falls due today.\n\nIf you have already paid, please reply with the payment date and the remittance advice so that we can match it.'
    elif stage == "demand":
        subj = f"Formal demand for payment: {name} ({amount}) — {title} {token}"
        text = (
            f'Despite our earlier reminders, the {name.lower()} of {amount} under "{title}" (ref. {c}), due on {due}, '
            f"remains unpaid {days} days later.\n\nPlease pay the amount within five business days of this letter or tell us in "
            "writing the date on which you will pay. If you dispute the amount, please tell us why within the same period. "
            "We reserve our rights under the contract."
        )
    elif seq >= 2:
        subj = f"Second reminder: {name} overdue — {title} {token}"
        text = (
            f"We wrote to you earlier about the {name.lower()}. As of today this payment ({amount}, due {due}) is {days} days "
            "overdue and we have not received it.\n\nPlease arrange payment and let us know the expected payment date. If "
            "something is holding it up (an invoice detail, a missing approval document), tell us and we will help."
        )
    else:
        subj = f"Payment reminder: {name} — {title} {token}"
        text = (
            f'Our records show the {name.lower()} under "{title}" (ref. {c}), {amount}, due on {due}, as outstanding '
            f"({days} days).\n\nIf you have already paid, please reply with the payment date and the remittance advice so that "
            "we can match it. If not, please let us know when we can expect payment. If you dispute the amount or the invoice, "
            "please tell us in writing and we will hold any further reminders."
        )
    body = f"Dear {who},\n\n{text}\n\n{BANK_EN}\n\nKind regards,\nWang Ming\nProject Manager, Example Tech Co., Ltd.\n\nPlease keep {token} in the subject line when you reply."
    return subj, body


for _k, _t in THREADS.items():
    CONTRACTS[_k] = (_t[0], _t[1])
    if _t[9] == "zh":
        ZH_THREADS.add(_k)
        SUBJECT[_k], REMINDER[_k] = _zh(_k)
    else:
        SUBJECT[_k], REMINDER[_k] = _en(_k)


def o(thread: str, day: int = 2, sender: tuple[str, str] | None = None, **kw: object) -> dict:
    """A reply's options: its thread (stage and sequence from the reminder), day, zone, sender."""
    t = THREADS[thread]
    out: dict = {
        "thread": thread,
        "stage": t[6],
        "seq": t[7],
        "day": date(2026, 12, day) if day < 40 else date(2027, 1, day - 40),
    }
    if thread in ZONES:
        out["tz"] = ZONES[thread]
    if sender:
        out["sender"] = sender
    out.update(kw)
    return out

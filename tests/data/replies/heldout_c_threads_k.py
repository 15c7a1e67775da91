"""Set K's own threads: the reminders its clients answer, as cuikuan's templates word them.

Written by a blind helper (it never opened daemon/inbox/ or the earlier sets' bodies) after
templates/{zh,en}/{reminder,due,demand}.txt.j2, so that every reply quotes a reminder that
reads like cuikuan's own. Importing this module registers the threads with the shared
machinery (heldout_c_mime.CONTRACTS, heldout_c_quote.SUBJECT / REMINDER / ZH_THREADS).
"""

from __future__ import annotations

from datetime import date

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

_BANK_ZH = """付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678"""

_BANK_EN = """How to pay:
Bank: Example Bank, Hangzhou Branch
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321
SWIFT: EXBKCNBJHZH"""


def _zh(
    who: str, title: str, cid: str, ms: str, amount: str, due: str, late: int, stage: str
) -> str:
    """A zh reminder (stage reminder 1/2, due or demand) in the templates' words."""
    if stage == "due":
        body = (
            f"根据《{title}》（合同编号：{cid}）的约定，{ms}（{amount}）的付款截止日为{due}，"
            f"目前已逾期{late}天，我方暂未查到到账记录。\n\n如款项已经支付，烦请回复告知付款日期，以便我方核对；"
            "如尚未安排，请协助尽快处理。本期发票随附（发票.pdf），方便贵司走付款流程。"
        )
    elif stage == "reminder2":
        body = (
            f"此前我们已就{ms}与您联系过。截至今日，该笔款项（{amount}，{due}到期）已逾期{late}天，我方仍未收到。\n\n"
            "请贵司尽快安排支付，并回复告知预计的付款日期。如付款流程中遇到问题（例如发票信息有误、需要补充审批材料），"
            "请告诉我们，我方会全力配合解决。"
        )
    elif stage == "demand":
        body = (
            f"《{title}》（合同编号：{cid}）项下{ms}{amount}已于{due}到期，至今已逾期{late}天。"
            "我方此前多次发函提醒，均未收到款项或明确答复。\n\n"
            "请贵司于收到本函之日起七日内付清上述款项。逾期未付的，我方将按合同约定计收违约金，并保留通过法律途径解决的权利。"
            "如对该款项有异议，请在上述期限内书面提出。"
        )
    else:
        body = (
            f"冒昧打扰。根据我方记录，《{title}》的{ms}（{amount}）已于{due}到期，目前已逾期{late}天，我方暂未查到到账记录。\n\n"
            "也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。如已付款，烦请回复告知付款日期"
            "（如方便，附上付款回单），我们会尽快核对；如尚未安排，还请协助推进。"
        )
    return (
        f"尊敬的{who}：\n\n\n{body}\n\n{_BANK_ZH}\n\n\n　　此致\n敬礼！\n\n王明\n示例科技有限公司　项目经理\n"
        f"wangming@example.cn\n2026-11-30\n\n回复时请保留邮件主题中的编号 [CK-{cid}-{ms_key(cid)}]，以便我们及时处理。"
    )


def _en(
    who: str, title: str, cid: str, label: str, amount: str, due: str, late: int, stage: str
) -> str:
    """An en reminder (reminder, second reminder, due or demand) in the templates' words."""
    if stage == "due":
        body = (
            f'Under the contract "{title}" (ref. {cid}), the {label} of {amount} fell due on {due} and is now '
            f"{late} days overdue; we have not yet been able to match a payment to it.\n\nIf you have already paid, "
            "could you reply with the payment date so that we can match it? If not, we would be grateful if you "
            "could arrange it soon. The invoice is attached (invoice.pdf)."
        )
    elif stage == "reminder2":
        body = (
            f"I am following up on my earlier message about the {label}. The amount of {amount}, due on {due}, "
            f"is now {late} days overdue and we have still not received it.\n\nPlease arrange payment as soon as "
            "possible and let me know the date we can expect it. If something is in the way (invoice details, "
            "missing paperwork for your approval), tell me and we will sort it out with you."
        )
    elif stage == "demand":
        body = (
            f'The {label} of {amount} under "{title}" (ref. {cid}) fell due on {due} and is now {late} days '
            "overdue. Our earlier reminders have not been answered.\n\nPlease pay the full amount within seven "
            "days of this letter. If it remains unpaid we will charge late-payment interest as the contract "
            "provides and reserve all our rights. If you dispute the amount, please tell us in writing within "
            "the same period."
        )
    else:
        body = (
            f'I hope all is well. Our records show that the {label} of {amount} under "{title}" fell due on '
            f"{due} and is now {late} days overdue; we have not yet been able to match a payment to it.\n\n"
            "It may well be working its way through your approval process, or already be paid and simply not "
            "matched on our side. If you have paid, could you reply with the payment date (and the remittance "
            "advice, if that is easy)? If not, we would appreciate your help in moving it forward."
        )
    return (
        f"Dear {who},\n\n\n{body}\n\n{_BANK_EN}\n\n\nKind regards,\n\nWang Ming\nProject Manager, Example Tech "
        f"Co., Ltd.\nwangming@example.cn\n\nPlease keep the reference [CK-{cid}-{ms_key(cid)}] in the subject line "
        "when you reply, so that we can deal with your message promptly."
    )


_MS: dict[str, str] = {}


def ms_key(cid: str) -> str:
    return _MS[cid]


def _add(key: str, cid: str, ms: str, subject: str, text: str, zh: bool) -> None:
    CONTRACTS[key] = (cid, ms)
    SUBJECT[key] = f"{subject} [CK-{cid}-{ms}]"
    REMINDER[key] = text
    if zh:
        ZH_THREADS.add(key)


# key: (contract, milestone key, zh?, recipient, title, milestone name, amount, due, days late)
_ZH = {
    "kcot": ("XJ-2026-031", "acceptance", "马厂长", "籽棉收购称重与轧花车间管理系统", "验收款",
             "￥126,000.00", "2026-11-12", 18),
    "kship": ("QD-2026-044", "delivery", "孙部长", "舾装件托盘管理系统", "到货款",
              "￥238,500.00", "2026-11-06", 24),
    "kgz": ("GA-2026-009", "phase2", "杨主任", "数据中心动环监控平台（二期）", "二期款",
            "￥312,000.00", "2026-10-30", 31),
    "kerp": ("SZ-2026-118", "renewal", "林总", "跨境ERP SaaS年度订阅（50账号）", "年费",
             "￥58,800.00", "2026-11-20", 10),
    "khrb": ("HRB-2026-012", "golive", "关会计", "冰雪节票务与闸机系统", "上线款",
             "￥96,000.00", "2026-11-23", 7),
    "kshoe": ("JJ-2026-027", "final", "陈董", "鞋厂生产排程与计件工资系统", "尾款",
              "￥74,600.00", "2026-11-16", 14),
    "ktn": ("TN-2026-015", "midterm", "蔡先生", "温室环境控制系统", "中期款",
            "NT$420,000", "2026-11-13", 17),
}  # fmt: skip
_EN = {
    "kmo": ("MO-2026-006", "install", "Mr Leong", "Guest Wi-Fi and network upgrade", "installation payment",
            "HKD 268,000.00", "20 November 2026", 10),
    "kidn": ("ID-2026-021", "phase1", "Ms Dewi Lestari", "Trading platform, phase 1", "phase 1 payment",
             "USD 18,500.00", "13 November 2026", 17),
    "kke": ("KE-2026-004", "annual", "Ms Kamau", "Fleet tracking SaaS, annual licence", "annual licence fee",
            "USD 9,600.00", "2 November 2026", 28),
    "kie": ("IE-2026-013", "golive", "Ms O'Connor", "UDI warehouse traceability system", "go-live payment",
            "EUR 22,400.00", "13 November 2026", 17),
    "kcl": ("CL-2026-008", "delivery", "Ms Muñoz", "Cellar sensors and fermentation monitoring",
            "delivery payment", "USD 14,750.00", "6 November 2026", 24),
    "kkz": ("KZ-2026-019", "stage2", "Mr Pak", "Rig maintenance tracking system, stage 2", "stage 2 payment",
            "USD 31,200.00", "30 October 2026", 31),
}  # fmt: skip

_SUBJ_ZH = {"reminder": "{ms}付款提醒", "reminder2": "{ms}逾期提醒（第二次）",
            "due": "{ms}已于{due}到期", "demand": "催款函：{ms}（{amount}）"}  # fmt: skip
_SUBJ_EN = {"reminder": "Payment reminder: {ms}", "reminder2": "Second reminder: {ms} overdue",
            "due": "Payment due {due}: {ms}", "demand": "Formal demand for payment: {ms} ({amount})"}  # fmt: skip

for _key, (_cid, _mk, _who, _title, _ms, _amt, _due, _late) in _ZH.items():
    _MS[_cid] = _mk
    for _st, _tpl in _SUBJ_ZH.items():
        _k = _key if _st == "reminder" else f"{_key}_{_st}"
        _subj = _tpl.format(ms=_ms, due=_due, amount=_amt) + f" — {_title}"
        _add(_k, _cid, _mk, _subj, _zh(_who, _title, _cid, _ms, _amt, _due, _late, _st), True)
for _key, (_cid, _mk, _who, _title, _ms, _amt, _due, _late) in _EN.items():
    _MS[_cid] = _mk
    for _st, _tpl in _SUBJ_EN.items():
        _k = _key if _st == "reminder" else f"{_key}_{_st}"
        _subj = _tpl.format(ms=_ms.capitalize(), due=_due, amount=_amt) + f" — {_title}"
        _add(_k, _cid, _mk, _subj, _en(_who, _title, _cid, _ms, _amt, _due, _late, _st), False)

_STAGE = {
    "reminder": ("reminder", 1),
    "reminder2": ("reminder", 2),
    "due": ("due", 1),
    "demand": ("demand", 1),
}


def k(
    style: str,
    kind: str,
    due: date | None,
    body: str,
    th: str,
    who: tuple[str, str],
    day: int | date = 2,
    stage: str = "reminder",
    **o: object,
) -> tuple:
    """One entry: ``th`` names the thread, ``stage`` which of its emails is answered."""
    st, seq = _STAGE[stage]
    thread = th if stage == "reminder" else f"{th}_{stage}"
    when = day if isinstance(day, date) else date(2026, 12, day)
    return (style, kind, due, body, {"thread": thread, "stage": st, "seq": seq, "sender": who, "day": when, **o})  # fmt: skip


def d(day: int, month: int = 12, year: int = 2026) -> date:
    return date(year, month, day)

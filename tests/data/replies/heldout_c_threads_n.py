"""The reminders set N's replies answer: one cuikuan email per client, in its own thread.

Written blind (no rules, classifier, corpus bodies or earlier sets' threads opened), worded
after ``templates/{en,zh}/reminder*.j2``: each thread key names a contract, a milestone, a
subject with its ``[CK-…]`` token and the text the client's mail program quotes. Importing
this module registers the threads with the shared machinery (``heldout_c_mime.CONTRACTS``,
``heldout_c_quote.SUBJECT``/``REMINDER``/``ZH_THREADS``), so every reply's ``In-Reply-To``
and ``References`` are ``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@example.cn>`` as cuikuan's.
"""

from __future__ import annotations

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

PAY_EN = """How to pay:
Bank: Example Bank, Hangzhou Branch
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321
SWIFT: EXBKCNSHHZB
Reference: {ref}

Important: we never change our bank details by email. If you receive a message asking you to pay another account, please call us first."""

PAY_ZH = """付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678
用途/附言：{ref}

重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。"""

SIGN_EN = """Kind regards,

Wang Ming
Project Manager, Example Tech Co., Ltd.
wang.ming@example.cn

Please keep the reference {token} in the subject line when you reply, so that we can deal with your message promptly."""

SIGN_ZH = """此致
敬礼

王明
示例科技有限公司　项目经理
wang.ming@example.cn

回复时请保留邮件主题中的编号 {token}，以便我们及时处理。"""


def _en(name: str, label: str, amount: str, due: str, title: str, ref: str, second: bool) -> str:
    if second:
        body = (
            f"I am following up on my earlier message about the {label}. The amount of {amount}, due on "
            f"{due}, is now overdue and we have still not received it.\n\nPlease arrange payment as soon as "
            "possible and let me know the date we can expect it. If something is in the way (invoice "
            "details, missing paperwork for your approval), tell me and we will sort it out with you."
        )
    else:
        body = (
            f'I hope all is well. Our records show that the {label} of {amount} under "{title}" fell due '
            f"on {due} and is now overdue; we have not yet been able to match a payment to it.\n\nIt may well "
            "be working its way through your approval process, or already be paid and simply not matched on "
            "our side. If you have paid, could you reply with the payment date (and the remittance advice, if "
            "that is easy)? If not, we would appreciate your help in moving it forward."
        )
    return f"Dear {name},\n\n{body}\n\n{PAY_EN.format(ref=ref)}\n\n"


def _zh(name: str, label: str, amount: str, due: str, title: str, ref: str, second: bool) -> str:
    if second:
        body = (
            f"此前我们已就{label}与您联系过。截至今日，该笔款项（{amount}，{due}到期）已逾期，我方仍未收到。\n\n"
            "请贵司尽快安排支付，并回复告知预计的付款日期。如付款流程中遇到问题（例如发票信息有误、需要补充审批材料），"
            "请告诉我们，我方会全力配合解决。"
        )
    else:
        body = (
            f"冒昧打扰。根据我方记录，《{title}》的{label}（{amount}）已于{due}到期，目前已逾期，我方暂未查到到账记录。\n\n"
            "也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。如已付款，烦请回复告知付款日期（如方便，附上付款回单），"
            "我们会尽快核对；如尚未安排，还请协助推进。"
        )
    return f"{name}：\n\n您好！\n\n{body}\n\n{PAY_ZH.format(ref=ref)}\n\n"


# key: (contract, milestone, lang, recipient, milestone name, amount, due, title, second reminder)
THREADS = {
    "n_za": ("HORC-2026-08", "phase2", "en", "Thandeka Mokoena", "Phase 2 payment", "ZAR 184,500.00", "30 October 2026", "Drill-hole database migration", False),
    "n_za2": ("HORC-2026-08", "phase2", "en", "Thandeka Mokoena", "Phase 2 payment", "ZAR 184,500.00", "30 October 2026", "Drill-hole database migration", True),
    "n_wpg": ("RRU-2026-11", "install", "en", "Devon Friesen", "Installation payment", "CAD 46,800.00", "2 November 2026", "Cryo-EM image processing pipeline", False),
    "n_eg": ("NCH-2026-02", "golive", "en", "Mohamed Abdelrahman", "Go-live payment", "USD 38,000.00", "25 October 2026", "Property management system interfaces", False),
    "n_eg2": ("NCH-2026-02", "golive", "en", "Mohamed Abdelrahman", "Go-live payment", "USD 38,000.00", "25 October 2026", "Property management system interfaces", True),
    "n_bd": ("MAL-2026-05", "second", "en", "Md. Rafiqul Islam", "Second instalment", "USD 22,400.00", "15 October 2026", "RFID production tracking, Gazipur plant", False),
    "n_bd2": ("MAL-2026-05", "second", "en", "Md. Rafiqul Islam", "Second instalment", "USD 22,400.00", "15 October 2026", "RFID production tracking, Gazipur plant", True),
    "n_tr": ("ASD-2026-04", "delivery", "en", "Elif Yıldız", "Delivery payment", "EUR 17,250.00", "31 October 2026", "Export documentation portal", False),
    "n_se": ("KVP-2026-09", "q4", "en", "Linnea Berg", "Q4 licence payment", "SEK 412,000.00", "6 November 2026", "Transaction monitoring integration", False),
    "n_il": ("SAV-2026-01", "beta", "en", "Noa Friedman", "Beta milestone payment", "USD 29,500.00", "1 November 2026", "Device telemetry backend", False),
    "n_pe": ("PCA-2026-03", "final", "en", "Rosa Quispe", "Final payment", "USD 15,600.00", "20 October 2026", "Catch traceability platform", False),
    "n_lk": ("UHT-2026-06", "midterm", "en", "Dilani Perera", "Mid-term payment", "USD 9,800.00", "28 October 2026", "Auction lot tracking system", False),
    "n_ar": ("PSA-2026-07", "pilot", "en", "Martín Sosa", "Pilot payment", "USD 26,000.00", "30 October 2026", "Soil sensor data platform", False),
    "n_gh": ("ABE-2026-02", "midterm", "en", "Kwame Asante", "Mid-term payment", "USD 21,300.00", "23 October 2026", "Warehouse receipt and traceability system", False),
    "n_cz": ("SJZ-2026-10", "uat", "en", "Jana Nováková", "UAT payment", "EUR 12,900.00", "5 November 2026", "Furnace monitoring dashboards", False),
    "n_fi": ("SSH-2026-03", "delivery", "en", "Mikko Virtanen", "Delivery payment", "EUR 31,400.00", "30 October 2026", "Log yard optimisation module", False),
    "n_jp": ("TMS-2026-012", "midterm", "zh", "王丽华女士", "中期款", "￥265,000.00", "2026年10月31日", "供应链数据平台二期", False),
    "n_jp2": ("TMS-2026-012", "midterm", "zh", "王丽华女士", "中期款", "￥265,000.00", "2026年10月31日", "供应链数据平台二期", True),
    "n_tw": ("TMS-TW-2026-03", "final", "en", "Mr. Lin Chih-hao", "Final payment", "CNY 98,000.00", "10 November 2026", "Taipei branch customs data interface", False),
}  # fmt: skip


def _register() -> None:
    for key, (
        contract,
        milestone,
        lang,
        name,
        label,
        amount,
        due,
        title,
        second,
    ) in THREADS.items():
        CONTRACTS[key] = (contract, milestone)
        token = f"[CK-{contract}-{milestone}]"
        if lang == "zh":
            ZH_THREADS.add(key)
            head = f"{label}逾期提醒（第二次）" if second else f"{label}付款提醒"
            SUBJECT[key] = f"{head} — {title} {token}"
            REMINDER[key] = _zh(name, label, amount, due, title, contract, second) + SIGN_ZH.format(
                token=token
            )
        else:
            head = f"Second reminder: {label} overdue" if second else f"Payment reminder: {label}"
            SUBJECT[key] = f"{head} — {title} {token}"
            low = label[0].lower() + label[1:]
            REMINDER[key] = _en(name, low, amount, due, title, contract, second) + SIGN_EN.format(
                token=token
            )


_register()

SECOND = {k for k, v in THREADS.items() if v[8]}
"""Threads whose quoted email is the second reminder (the reply passes ``seq=2``)."""

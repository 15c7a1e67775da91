"""The reminders set H's replies answer: new clients, contracts and stages (issue 12).

Registers each thread (key ``h-…``) in the machinery's tables: the contract and milestone of
the cuikuan Message-ID, the subject, the reminder text a client quotes, and whether it was
written in Chinese. The texts follow cuikuan's own notice / due / reminder / demand emails
(templates/zh, templates/en) and keep their traps: 付款, 异议, 已支付, "dispute", "paid".
"""

from __future__ import annotations

from dataclasses import dataclass

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

BANK_ZH = """付款方式：
开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678
付款附言：{ref}"""

BANK_EN = """How to pay:
Bank: Example Bank, Hangzhou Branch (SWIFT EXMPCNSH)
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321
Reference: {ref}"""


@dataclass(frozen=True)
class Thread:
    """One reminder: who it went to and what it asked for."""

    key: str
    contract: str
    milestone: str
    title: str
    pay: str  # the milestone's name as the email writes it
    amount: str
    due: str
    to: str  # the greeting's name
    zh: bool
    stage: str = "reminder"  # notice | due | reminder | demand


def _zh(t: Thread) -> str:
    ref = f"{t.contract}-{t.milestone}"
    if t.stage == "notice":
        lead = f"根据《{t.title}》（合同编号：{t.contract}）的约定，现就{t.pay}向贵司发出付款通知："
        ask = "本期发票已随本邮件附上，请查收。如贵司在付款流程中需要我方提供任何材料（如盖章文件、对账单），请随时告知。"
    elif t.stage == "due":
        lead = f"《{t.title}》（合同编号：{t.contract}）项下{t.pay}今日到期，提醒如下："
        ask = "如已安排付款，请回复告知付款日期并附付款回单；如对该款项有任何异议（金额、发票、验收等），请直接回复本邮件说明。"
    elif t.stage == "demand":
        lead = f"《{t.title}》（合同编号：{t.contract}）项下{t.pay}已逾期三十天，经多次提醒仍未收到，现正式催告："
        ask = "请于收到本函后七日内付清上述款项。如贵司已付款，请回复付款日期并附回单；如对款项有异议，请书面说明理由，我们将暂停催收并安排专人处理。"
    else:
        lead = f"《{t.title}》（合同编号：{t.contract}）项下{t.pay}尚未收到："
        ask = "如款项已经支付，请回复告知付款日期并附付款回单，以便核对；如尚未安排付款，请尽快处理并告知预计付款日期。\n如对该款项有任何异议（金额、发票、验收等），请直接回复本邮件说明，我们将暂停催收并尽快处理。"
    return f"尊敬的{t.to}：\n\n您好！{lead}\n\n　　款项：{t.pay}\n　　金额：￥{t.amount}\n　　付款截止日：{t.due}\n\n{ask}\n\n{BANK_ZH.format(ref=ref)}\n\n重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。\n\n王明\n示例科技有限公司　项目经理\n电话：0571-8888 6021\n\n回复时请保留邮件主题中的编号 [CK-{ref}]。"


def _en(t: Thread) -> str:
    ref = f"{t.contract}-{t.milestone}"
    if t.stage == "notice":
        lead = f'Under "{t.title}" (ref. {t.contract}) the following payment falls due soon:'
        ask = "The invoice is attached. If your payment process needs anything from us (a signed copy, a statement), just let us know."
    elif t.stage == "demand":
        lead = f'The following payment under "{t.title}" (ref. {t.contract}) is now more than 30 days overdue despite our reminders:'
        ask = "Please settle it within 7 days of this letter. If you have already paid, reply with the payment date and the remittance advice. If you dispute the amount, tell us why in writing and we will hold any further reminders."
    else:
        lead = f'Our records show the following payment under "{t.title}" (ref. {t.contract}) as outstanding:'
        ask = "If you have already paid, please reply with the payment date and the remittance advice so that we can match it. If not, please let us know when we can expect payment. If you dispute the amount or the invoice, please tell us in writing and we will hold any further reminders."
    return f"Dear {t.to},\n\n{lead}\n\n   Payment: {t.pay}\n   Amount: {t.amount}\n   Due date: {t.due}\n\n{ask}\n\n{BANK_EN.format(ref=ref)}\n\nImportant: we never change our bank details by email.\n\nKind regards,\nWang Ming\nProject Manager, Example Tech Co., Ltd.\nTel +86 571 8888 6021\n\nPlease keep [CK-{ref}] in the subject line when you reply."


def _subject(t: Thread) -> str:
    tok = f"[CK-{t.contract}-{t.milestone}]"
    if t.zh:
        return {
            "notice": f"{t.pay}付款通知 — {t.title} {tok}",
            "due": f"{t.pay}今日到期 — {t.title} {tok}",
            "demand": f"正式催款函：{t.pay}（￥{t.amount}）— {t.title} {tok}",
        }.get(t.stage, f"{t.pay}逾期未付款项提醒 — {t.title} {tok}")
    return {
        "notice": f"Payment notice: {t.pay} — {t.title} {tok}",
        "due": f"Due today: {t.pay} — {t.title} {tok}",
        "demand": f"Formal demand for payment: {t.pay} ({t.amount}) — {t.title} {tok}",
    }.get(t.stage, f"Payment reminder: {t.pay} overdue — {t.title} {tok}")


THREADS = [
    Thread("h-water", "SW-2026-031", "acceptance", "智慧水务调度平台", "验收款", "126,500.00", "2026年11月25日", "刘股长", True),
    Thread("h-water-n", "SW-2026-031", "warranty", "智慧水务调度平台", "质保金", "13,300.00", "2026年12月10日", "刘股长", True, "notice"),
    Thread("h-wed", "XY-2026-008", "final", "婚礼小程序与请柬系统", "尾款", "38,000.00", "2026年11月20日", "王总", True),
    Thread("h-gz", "GZ-2026-044", "phase2", "制衣厂排产ERP", "二期款", "92,000.00", "2026年11月18日", "梁生", True),
    Thread("h-gz-d", "GZ-2026-044", "phase1", "制衣厂排产ERP", "一期款", "60,000.00", "2026年10月20日", "梁生", True, "demand"),
    Thread("h-cro", "SZ-2026-019", "uat", "临床数据管理系统（EDC）", "UAT验收款", "215,000.00", "2026年11月27日", "沈老师", True),
    Thread("h-cro-due", "SZ-2026-019", "golive", "临床数据管理系统（EDC）", "上线款", "86,000.00", "2026年12月2日", "沈老师", True, "due"),
    Thread("h-wy", "WY-2026-012", "m2", "社区物业收费系统", "第二期款", "45,600.00", "2026年11月15日", "周经理", True),
    Thread("h-ngo", "HK-2026-005", "m1", "義工配對平台", "首期款", "HKD 68,000.00", "2026年11月23日", "陳姑娘", True),
    Thread("h-ngo-en", "HK-2026-005", "m1", "Volunteer matching platform", "First instalment", "HKD 68,000.00", "23 November 2026", "Ms Chan", False),
    Thread("h-mine", "NM-2026-006", "delivery", "矿区安全监测系统", "到货款", "310,000.00", "2026年10月30日", "巴特尔部长", True),
    Thread("h-mine-d", "NM-2026-006", "delivery", "矿区安全监测系统", "到货款", "310,000.00", "2026年10月30日", "巴特尔部长", True, "demand"),
    Thread("h-acct", "LX-2026-027", "m3", "连锁烘焙门店收银系统", "第三期款", "27,800.00", "2026年11月26日", "孙会计", True),
    Thread("h-de", "DE-2026-02", "milestone2", "MES integration, plant Heilbronn", "Milestone 2 payment", "EUR 48,500.00", "13 November 2026", "Mr Brenner", False),
    Thread("h-ph", "PH-2026-11", "golive", "Call analytics dashboard", "Go-live payment", "USD 18,750.00", "15 November 2026", "Accounts Payable Team", False),
    Thread("h-us", "US-2026-07", "beta", "Loopwise mobile app build", "Beta release payment", "USD 42,000.00", "20 November 2026", "Derek", False),
    Thread("h-us-n", "US-2026-07", "launch", "Loopwise mobile app build", "Launch payment", "USD 28,000.00", "10 December 2026", "Derek", False, "notice"),
    Thread("h-th", "TH-2026-04", "phase1", "Group booking engine", "Phase 1 payment", "USD 35,200.00", "30 October 2026", "Khun Siriporn", False),
    Thread("h-th-d", "TH-2026-04", "phase1", "Group booking engine", "Phase 1 payment", "USD 35,200.00", "30 October 2026", "Khun Siriporn", False, "demand"),
]  # fmt: skip

for _t in THREADS:
    CONTRACTS[_t.key] = (_t.contract, _t.milestone)
    SUBJECT[_t.key] = _subject(_t)
    REMINDER[_t.key] = _zh(_t) if _t.zh else _en(_t)
    if _t.zh:
        ZH_THREADS.add(_t.key)

STAGE = {t.key: t.stage for t in THREADS}

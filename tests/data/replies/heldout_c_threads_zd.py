"""Set ZD's contracts and the reminders its replies answer (written blind, session 13).

Each contract gets up to three threads: the first reminder (sent 30 November), the second
(7 December) and, for a few, the 催款函 / formal demand (14 December). Their words follow
templates/zh and templates/en (reminder.txt.j2, demand.txt.j2) as cuikuan renders them, so a
reply quotes what the client really received. Importing this module registers the threads
into heldout_c_mime.CONTRACTS and heldout_c_quote.SUBJECT / REMINDER / ZH_THREADS.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

ZH_PAY = "开户行：示例银行杭州分行\n户名：示例科技有限公司\n账号：6222 0000 1234 5678"
EN_PAY = (
    "Bank: Example Bank, Hangzhou Branch\nAccount name: Example Tech Co., Ltd.\n"
    "Account number: 6222 0000 8765 4321\nSWIFT: EXBKCNSHHZH"
)
ROUNDS = {1: date(2026, 11, 30), 2: date(2026, 12, 7), 3: date(2026, 12, 14)}


@dataclass(frozen=True)
class Contract:
    """One contract and milestone we chase, as the reminder names them."""

    key: str
    cid: str
    milestone: str  # cuikuan's milestone id, in the token
    name: str  # zh milestone name or en label
    title: str
    amount: str
    due: date
    recipient: str
    client: str
    signed: str
    zh: bool


def _zh_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _en_date(d: date) -> str:
    return f"{d.day} {d:%B} {d.year}"


def _token(c: Contract) -> str:
    return f"[CK-{c.cid}-{c.milestone}]"


def _zh(c: Contract, rnd: int) -> tuple[str, str]:
    today = ROUNDS[rnd]
    late = (today - c.due).days
    tail = (
        f"\n\n　　此致\n敬礼！\n\n王明\n示例科技有限公司　项目经理\nwangming@example.cn\n{_zh_date(today)}"
        f"\n\n回复时请保留邮件主题中的编号 {_token(c)}，以便我们及时处理。"
    )
    amount = f"￥{c.amount}" if c.amount[0].isdigit() else c.amount
    if rnd == 1:
        subj = f"{c.name}付款提醒 — {c.title} {_token(c)}"
        body = (
            f"尊敬的{c.recipient}：\n\n冒昧打扰。根据我方记录，《{c.title}》的{c.name}（{amount}）"
            f"已于{_zh_date(c.due)}到期，目前已逾期{late}天，我方暂未查到到账记录。\n\n"
            "也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。如已付款，烦请回复告知付款日期"
            "（如方便，附上付款回单），我们会尽快核对；如尚未安排，还请协助推进。\n\n"
            f"付款方式：\n{ZH_PAY}"
        )
        return subj, body + tail
    if rnd == 2:
        subj = f"{c.name}逾期提醒（第二次） — {c.title} {_token(c)}"
        body = (
            f"尊敬的{c.recipient}：\n\n此前我们已就{c.name}与您联系过。截至今日，该笔款项（{amount}，"
            f"{_zh_date(c.due)}到期）已逾期{late}天，我方仍未收到。\n\n"
            "请贵司尽快安排支付，并回复告知预计的付款日期。如付款流程中遇到问题（例如发票信息有误、"
            "需要补充审批材料），请告诉我们，我方会全力配合解决。\n\n"
            f"本期发票随附（{c.cid}-发票.pdf），供贵司付款使用。\n\n付款方式：\n{ZH_PAY}"
        )
        return subj, body + tail
    subj = f"催款函：{c.name}（{amount}） — {c.title} {_token(c)}"
    body = (
        f"催 款 函\n\n{c.client}：\n\n事由：关于《{c.title}》（合同编号：{c.cid}）项下{c.name}的催款\n\n"
        f"贵我双方于{c.signed}签订《{c.title}》。根据合同约定，贵司应于{_zh_date(c.due)}前向我司支付"
        f"{c.name}，金额为{amount}。截至本函发出之日（{_zh_date(today)}），该款项已逾期{late}天。"
        "此前我司已通过邮件2次提醒贵司付款，至今仍未收到上述款项。\n\n"
        f"现正式函告：请贵司于2026年12月24日前将上述款项{amount}足额支付至以下账户：\n\n{ZH_PAY}\n\n"
        "如贵司未能在上述期限内付款，我司将依据合同约定及相关法律规定采取进一步措施，包括但不限于"
        "暂停后续服务、主张逾期付款的违约责任，以及通过法律途径追偿。这并非我司所愿，我们仍真诚希望"
        "通过友好协商解决此事。\n\n如贵司已经付款，或对上述款项存在异议，请于收到本函后及时书面回复，"
        "并提供付款凭证或相关说明。\n\n\n特此函告。"
    )
    return subj, body + tail


def _en(c: Contract, rnd: int) -> tuple[str, str]:
    today = ROUNDS[rnd]
    late = (today - c.due).days
    label = c.name[0].lower() + c.name[1:]
    tail = (
        "\n\n\nKind regards,\n\nWang Ming\nProject Manager, Example Tech Co., Ltd.\nwangming@example.cn"
        f"\n\nPlease keep the reference {_token(c)} in the subject line when you reply, so that we "
        "can deal with your message promptly."
    )
    if rnd == 1:
        subj = f"Payment reminder: {c.name} — {c.title} {_token(c)}"
        body = (
            f"Dear {c.recipient},\n\nI hope all is well. Our records show that the {label} of "
            f'{c.amount} under "{c.title}" fell due on {_en_date(c.due)} and is now {late} days '
            "overdue; we have not yet been able to match a payment to it.\n\nIt may well be working "
            "its way through your approval process, or already be paid and simply not matched on our "
            "side. If you have paid, could you reply with the payment date (and the remittance advice, "
            "if that is easy)? If not, we would appreciate your help in moving it forward.\n\n"
            f"How to pay:\n{EN_PAY}"
        )
        return subj, body + tail
    if rnd == 2:
        subj = f"Second reminder: {c.name} overdue — {c.title} {_token(c)}"
        body = (
            f"Dear {c.recipient},\n\nI am following up on my earlier message about the {label}. The "
            f"amount of {c.amount}, due on {_en_date(c.due)}, is now {late} days overdue and we have "
            "still not received it.\n\nPlease arrange payment as soon as possible and let me know the "
            "date we can expect it. If something is in the way (invoice details, missing paperwork for "
            "your approval), tell me and we will sort it out with you.\n\nThe invoice is attached for "
            f"your payment process ({c.cid}-invoice.pdf).\n\nHow to pay:\n{EN_PAY}"
        )
        return subj, body + tail
    subj = f"Formal demand for payment: {c.name} ({c.amount}) — {c.title} {_token(c)}"
    body = (
        f"{c.client}\nFor the attention of {c.recipient}\n\nFORMAL DEMAND FOR PAYMENT\n\n"
        f'Re: "{c.title}" (contract ref. {c.cid}) — {c.name}\n\nUnder the contract signed between '
        f"our companies on {c.signed}, the {label} of {c.amount} was due on {_en_date(c.due)}. As of "
        f"the date of this letter ({_en_date(today)}) it is {late} days overdue. We have written to "
        "you about it 2 times and have not received payment.\n\nWe hereby formally request payment "
        f"of {c.amount} in full by 24 December 2026, to the following account:\n\n{EN_PAY}\n\n"
        "If payment is not received by that date, we will have to take further steps available to "
        "us under the contract and the applicable law, which may include suspending further work, "
        "claiming interest and charges for late payment, and recovering the debt through legal "
        "proceedings. We would much prefer to avoid this and remain open to resolving the matter by "
        "agreement.\n\nIf you have already paid, or if you dispute the amount, please reply in "
        "writing as soon as possible with the proof of payment or the details of your objection."
    )
    return subj, body + tail.replace("Kind regards", "Yours sincerely")


C = Contract
ZD_CONTRACTS = [
    # Simplified-Chinese clients
    C("jx", "RH-2026-031", "phase2", "二期款", "窖池环境监测与勾调批次追溯系统", "136,000.00",
      date(2026, 11, 15), "罗总", "贵州仁怀茅乡古窖酒业有限公司", "2026年3月18日", True),
    C("mh", "CJ-2026-044", "final", "尾款", "籽棉收购称重与皮棉公检管理系统", "88,000.00",
      date(2026, 11, 10), "马经理", "昌吉市天山雪棉轧花有限公司", "2026年6月2日", True),
    C("mj", "DG-2026-058", "acceptance", "验收款", "模具全生命周期MES系统", "215,000.00",
      date(2026, 11, 20), "邓总", "东莞市长安精锐模具有限公司", "2026年4月9日", True),
    C("hc", "HRB-2026-019", "golive", "上线款", "熏烤车间温控与批次追溯系统", "76,000.00",
      date(2026, 11, 25), "于厂长", "哈尔滨老道外红肠食品有限公司", "2026年5月20日", True),
    C("jk", "HS-2026-007", "midterm", "中期款", "疫苗冷链温度监测平台", "64,000.00",
      date(2026, 11, 18), "张主任", "衡水市桃城区疾病预防控制中心", "2026年7月6日", True),
    C("aj", "AJ-2026-026", "final", "尾款", "外贸订单与生产排程ERP", "52,000.00",
      date(2026, 11, 12), "潘总", "安吉竹韵竹木制品有限公司", "2026年5月8日", True),
    C("cx", "HZ-2026-052", "final", "尾款", "直播订单与排产系统", "38,000.00",
      date(2026, 11, 25), "赵总", "曹县锦绣汉服电子商务有限公司", "2026年8月1日", True),
    C("xn", "XN-2026-023", "midterm", "中期款", "冷库温控与电商发货管理系统", "42,000.00",
      date(2026, 11, 20), "韩总", "青海昆仑牦牛食品有限公司", "2026年6月30日", True),
    # Traditional-Chinese clients
    C("sm", "TN-2026-012", "phase2", "Phase 2 payment", "Milkfish Processing Line Traceability",
      "USD 11,500.00", date(2026, 11, 16), "Mr. Su", "Syuejia Sian Wang Aquatic Products Co., Ltd.",
      "27 April 2026", False),
    C("mo", "MO-2026-005", "golive", "上线款", "门店收银与中央工场排产系统", "HKD 46,000.00",
      date(2026, 11, 20), "梁小姐", "澳門榮香餅家有限公司", "2026年6月15日", True),
    C("hw", "HK-2026-021", "final", "Final payment", "Warehouse & Order Platform",
      "HKD 128,000.00", date(2026, 11, 13), "Mr. Lo", "Wing Cheong Dried Seafood Co.",
      "12 May 2026", False),
    # English clients
    C("sf", "SHF-2026-09", "phase2", "Phase 2 payment", "Batch Tracking System",
      "GBP 18,400.00", date(2026, 11, 13), "Mr Hodgson", "Hallam Steel Cutlery Ltd",
      "2 April 2026", False),
    C("wi", "WI-2026-14", "acceptance", "Acceptance payment", "Cheese Vat & Aging Room Monitoring",
      "USD 27,500.00", date(2026, 11, 16), "Ms. Lindqvist", "Driftless Valley Cheese Cooperative",
      "June 3, 2026", False),
    C("tp", "TPR-2026-33", "midterm", "Mid-term payment", "Knitting & Dyeing Floor MES",
      "USD 14,800.00", date(2026, 11, 18), "Mr. Senthil Kumar", "Noyyal Knit Exports Pvt. Ltd.",
      "9 July 2026", False),
    C("sg", "SG-2026-08", "golive", "Go-live payment", "Outlet POS & Central Kitchen Platform",
      "USD 19,200.00", date(2026, 11, 20), "Ms Tan", "Tiong Bahru Kopi Group Pte. Ltd.",
      "21 May 2026", False),
    C("bf", "TRB-2026-04", "final", "Final payment", "Workshop Order & Parts Traceability",
      "EUR 21,600.00", date(2026, 11, 12), "Herr Kienzler", "Uhrenmanufaktur Kienzler GmbH",
      "17 March 2026", False),
    C("qm", "QLD-2026-17", "phase2", "Phase 2 payment", "Cracking Plant Yield Monitoring",
      "USD 16,300.00", date(2026, 11, 19), "Ms Donnelly", "Burnett Macadamia Processors Pty Ltd",
      "8 June 2026", False),
]  # fmt: skip
DEMANDS = {"mj", "jk", "hw", "wi", "aj"}
STAGE = {1: ("reminder", 1), 2: ("reminder", 2), 3: ("demand", 1)}


def register() -> None:
    """Add every ZD thread (``zd_<key><round>``) to the quoting tables of the generator."""
    for c in ZD_CONTRACTS:
        for rnd in (1, 2, 3):
            if rnd == 3 and c.key not in DEMANDS:
                continue
            key = f"zd_{c.key}{rnd}"
            CONTRACTS[key] = (c.cid, c.milestone)
            SUBJECT[key], REMINDER[key] = (_zh if c.zh else _en)(c, rnd)
            if c.zh:
                ZH_THREADS.add(key)


register()


def d(day: int, month: int = 12, year: int = 2026) -> date:
    """A day of December 2026 unless said otherwise."""
    return date(year, month, day)


def z(
    style: str,
    kind: str,
    due: date | None,
    body: str,
    th: str,
    who: tuple[str, str],
    day: int,
    **opts: object,
) -> tuple:
    """One reply to thread ``zd_<th>`` (contract key + round) on December ``day``.

    Objections, partial payments and questions about our account are marked dangerous by
    default: missing the first or the last, or taking a part for the whole, is what
    evaluate.py counts as dangerous.
    """
    stage, seq = STAGE[int(th[-1])]
    if kind in ("dispute", "bank_question", "partial_payment"):
        opts.setdefault("danger", True)
    o = {"thread": f"zd_{th}", "stage": stage, "seq": seq, "sender": who, "day": d(day), **opts}
    return (style, kind, due, body, o)  # fmt: skip

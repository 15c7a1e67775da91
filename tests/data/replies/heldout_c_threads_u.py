"""Set U's threads: the reminders cuikuan sent to set U's seventeen clients (written blind).

Each thread is one email cuikuan sent (a first or second reminder, a due-day notice or a
demand) worded after templates/{zh,en}; importing this module registers them in the
machinery's tables (heldout_c_mime.CONTRACTS, heldout_c_quote.SUBJECT/REMINDER/ZH_THREADS)
under ``u_`` keys, so that every reply quotes the reminder it answers and threads to
``<ck.CONTRACT.MILESTONE.STAGE.SEQ.TOKEN@example.cn>``. ``o()`` builds a reply's options:
its thread, stage and sequence, day, sender and the sender's zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS


@dataclass(frozen=True)
class Client:
    """One of set U's clients: its contract, the milestone chased and where it lives."""

    contract: str
    milestone: str  # the milestone key in the Message-ID
    title: str  # the contract's title as the reminder names it
    label: str  # the milestone's name in the reminder's language
    amount: str
    due: date
    contact: str  # the reminder's addressee
    tz: str
    lang: str  # the reminders' language: zh or en
    bank: str


ZH_BANK = "开户行：示例银行杭州分行\n户名：示例科技有限公司\n账号：6222 0000 1234 5678"
EN_BANK = (
    "Bank: Example Bank, Hangzhou Branch\nAccount name: Example Tech Co., Ltd.\n"
    "Account number: 6222 0000 8765 4321\nSWIFT: EXBKCNBJHZ1"
)

C = Client
CLIENTS: dict[str, Client] = {
    "nd": C("ND-2026-044", "acceptance", "电池包产线MES二期", "验收款", "￥236,000.00", date(2026, 11, 13), "林秀英", "Asia/Shanghai", "zh", ZH_BANK),
    "zb": C("ZB-2026-019", "midterm", "陶瓷膜车间能耗监测平台", "中期款", "￥158,400.00", date(2026, 11, 10), "孙丽", "Asia/Shanghai", "zh", ZH_BANK),
    "sy": C("SY-2026-008", "golive", "潜水中心预约与装备管理系统", "上线款", "￥64,000.00", date(2026, 11, 20), "符小姐", "Asia/Shanghai", "zh", ZH_BANK),
    "bd": C("BD-2026-031", "final", "箱包工厂ERP与电商接口", "尾款", "￥92,500.00", date(2026, 11, 16), "刘会计", "Asia/Shanghai", "zh", ZH_BANK),
    "wh": C("WH-2026-027", "acceptance", "机械臂工作站视觉标定软件", "验收款", "￥310,000.00", date(2026, 11, 18), "马骏", "Asia/Shanghai", "zh", ZH_BANK),
    "zg": C("ZG-2026-012", "progress", "灯组群控与巡检小程序", "进度款", "￥120,000.00", date(2026, 11, 16), "曾老板", "Asia/Shanghai", "zh", ZH_BANK),
    "jx": C("JX-2026-022", "midterm", "粽子门店会员与订货系统", "中期款", "￥86,000.00", date(2026, 11, 12), "沈晓燕", "Asia/Shanghai", "zh", ZH_BANK),
    "ch": C("CH-2026-015", "midterm", "自行车零件厂品质追溯系统", "期中款", "￥96,000.00", date(2026, 11, 20), "蔡淑惠", "Asia/Taipei", "zh", ZH_BANK),
    "ss": C("SS-2026-029", "final", "Fabric stock and wholesale quoting system", "final payment", "CNY 52,000.00", date(2026, 11, 13), "Mr. Ho", "Asia/Hong_Kong", "en", EN_BANK),
    "ip": C("IP-2026-006", "phase2", "Roastery inventory and e-shop", "Phase 2 payment", "USD 8,400.00", date(2026, 11, 16), "Mr. Ooi", "Asia/Kuala_Lumpur", "en", EN_BANK),
    "ka": C("KA-2026-010", "midterm", "Solar lamp dealer app", "mid-term payment", "USD 18,600.00", date(2026, 11, 13), "Mr. Ssempijja", "Africa/Kampala", "en", EN_BANK),
    "sk": C("SK-2026-014", "delivery", "Instrument traceability portal", "delivery payment", "USD 22,750.00", date(2026, 11, 17), "Mr. Iqbal", "Asia/Karachi", "en", EN_BANK),
    "co": C("CO-2026-021", "validation", "Cleanroom batch-record system", "validation payment", "EUR 46,000.00", date(2026, 11, 16), "Ms. Byrne", "Europe/Dublin", "en", EN_BANK),
    "pt": C("PT-2026-009", "midterm", "Cork stock and export documents", "mid-term payment", "EUR 31,200.00", date(2026, 11, 13), "Mr. Figueiredo", "Europe/Lisbon", "en", EN_BANK),
    "ul": C("UL-2026-017", "acceptance", "Pipe-spool tracking system", "acceptance payment", "USD 54,000.00", date(2026, 11, 20), "Mr. Park", "Asia/Seoul", "en", EN_BANK),
    "cg": C("CG-2026-033", "final", "Booth project scheduler", "final payment", "USD 27,900.00", date(2026, 11, 13), "Ms. Kowalski", "America/Chicago", "en", EN_BANK),
    "tr": C("TR-2026-005", "midterm", "Sea-pen sensor dashboard", "mid-term payment", "EUR 39,800.00", date(2026, 11, 16), "Mr. Johansen", "Europe/Oslo", "en", EN_BANK),
}  # fmt: skip

SENT = {"reminder": {1: date(2026, 11, 30), 2: date(2026, 12, 7)}, "due": {1: date(2026, 11, 20)}, "demand": {1: date(2026, 12, 7)}}  # fmt: skip


def _zh(c: Client, stage: str, seq: int) -> tuple[str, str]:
    sent = SENT[stage][seq]
    late = (sent - c.due).days
    due = f"{c.due.year}年{c.due.month}月{c.due.day}日"
    tok = f"[CK-{c.contract}-{c.milestone}]"
    if stage == "due":
        subj = f"{c.label}今日到期 — {c.title} {tok}"
        body = f"温馨提示：根据合同《{c.title}》（合同编号：{c.contract}），{c.label}（{c.amount}）今日（{due}）到期。\n\n如款项已在途，谢谢，请忽略本邮件；如尚未安排，烦请今日安排支付。"
    elif stage == "demand":
        subj = f"催款函：{c.label}已逾期{late}天 — {c.title} {tok}"
        body = f"《{c.title}》（合同编号：{c.contract}）项下{c.label}{c.amount}已于{due}到期，至今已逾期{late}天，我方多次提醒仍未收到。\n\n请贵司于收到本函后五个工作日内付清上述款项，或书面说明理由。如对款项有异议，请一并书面提出；逾期未复，我方将按合同约定计收违约金并保留进一步追偿的权利。"
    elif seq == 1:
        subj = f"{c.label}付款提醒 — {c.title} {tok}"
        body = f"冒昧打扰。根据我方记录，《{c.title}》的{c.label}（{c.amount}）已于{due}到期，目前已逾期{late}天，我方暂未查到到账记录。\n\n也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。如已付款，烦请回复告知付款日期（如方便，附上付款回单），我们会尽快核对；如尚未安排，还请协助推进。"
    else:
        subj = f"{c.label}逾期提醒（第二次） — {c.title} {tok}"
        body = f"此前我们已就{c.label}与您联系过。截至今日，该笔款项（{c.amount}，{due}到期）已逾期{late}天，我方仍未收到。\n\n请贵司尽快安排支付，并回复告知预计的付款日期。如付款流程中遇到问题（例如发票信息有误、需要补充审批材料），请告诉我们，我方会全力配合解决。"
    text = (
        f"尊敬的{c.contact}：\n\n{body}\n\n付款方式：\n{c.bank}\n\n重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。\n\n"
        f"　　此致\n敬礼！\n\n王明\n示例科技有限公司　项目经理\nwangming@example.cn\n{sent.year}年{sent.month}月{sent.day}日\n\n"
        f"回复时请保留邮件主题中的编号 {tok}，以便我们及时处理。"
    )
    return subj, text


def _en(c: Client, stage: str, seq: int) -> tuple[str, str]:
    sent = SENT[stage][seq]
    late = (sent - c.due).days
    due = f"{c.due.day} {c.due:%B %Y}"
    tok = f"[CK-{c.contract}-{c.milestone}]"
    if stage == "due":
        subj = f"Due today: {c.label[0].upper()}{c.label[1:]} — {c.title} {tok}"
        body = f'A quick reminder that, under the contract "{c.title}" (ref. {c.contract}), the {c.label} of {c.amount} is due today, {due}.\n\nIf the payment is already on its way, thank you, and please disregard this message. If not, we would be grateful if you could arrange it today.'
    elif stage == "demand":
        subj = f"Formal demand: {c.label} {late} days overdue — {c.title} {tok}"
        body = f'The {c.label} of {c.amount} under "{c.title}" (ref. {c.contract}) fell due on {due} and is now {late} days overdue despite our earlier reminders.\n\nPlease pay the amount in full within five working days of this letter or tell us in writing why it is withheld. If you dispute any part of it, please say so in writing; otherwise we will charge late-payment interest as the contract provides and reserve our further rights.'
    elif seq == 1:
        subj = f"Payment reminder: {c.label[0].upper()}{c.label[1:]} — {c.title} {tok}"
        body = f'I hope all is well. Our records show that the {c.label} of {c.amount} under "{c.title}" fell due on {due} and is now {late} days overdue; we have not yet been able to match a payment to it.\n\nIt may well be working its way through your approval process, or already be paid and simply not matched on our side. If you have paid, could you reply with the payment date (and the remittance advice, if that is easy)? If not, we would appreciate your help in moving it forward.'
    else:
        subj = f"Second reminder: {c.label[0].upper()}{c.label[1:]} overdue — {c.title} {tok}"
        body = f"I am following up on my earlier message about the {c.label}. The amount of {c.amount}, due on {due}, is now {late} days overdue and we have still not received it.\n\nPlease arrange payment as soon as possible and let me know the date we can expect it. If something is in the way (invoice details, missing paperwork for your approval), tell me and we will sort it out with you."
    text = (
        f"Dear {c.contact},\n\n{body}\n\nHow to pay:\n{c.bank}\n\nImportant: we never change our bank details by email.\n\n"
        "Kind regards,\n\nWang Ming\nProject Manager, Example Tech Co., Ltd.\nwangming@example.cn\n\n"
        f"Please keep the reference {tok} in the subject line when you reply, so that we can deal with your message promptly."
    )
    return subj, text


STAGES = {"": ("reminder", 1), "2": ("reminder", 2), "due": ("due", 1), "demand": ("demand", 1)}


def _register() -> None:
    for key, c in CLIENTS.items():
        for suffix, (stage, seq) in STAGES.items():
            thread = f"u_{key}{suffix}"
            CONTRACTS[thread] = (c.contract, c.milestone)
            subj, text = (_zh if c.lang == "zh" else _en)(c, stage, seq)
            SUBJECT[thread], REMINDER[thread] = subj, text
            if c.lang == "zh":
                ZH_THREADS.add(thread)


_register()


def o(thread: str, who: tuple[str, str], day: int, **kw: object) -> dict:
    """A reply's options: it answers ``u_<thread>`` from ``who`` on December ``day``.

    ``thread`` is a client key plus the reminder it answers ("nd", "nd2", "nddue",
    "nddemand"); the zone is the client's unless ``tz`` is given; ``day`` may be a date.
    """
    key = thread.rstrip("0123456789").removesuffix("due").removesuffix("demand")
    stage, seq = STAGES[thread[len(key) :]]
    opts: dict = {"thread": f"u_{thread}", "stage": stage, "seq": seq, "sender": who}
    opts["day"] = day if isinstance(day, date) else date(2026, 12, day)
    opts["tz"] = CLIENTS[key].tz
    opts.update(kw)
    return opts

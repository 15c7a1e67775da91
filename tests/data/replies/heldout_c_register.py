"""The reminders a blind set's replies thread to, registered by one call each.

A set's threads module (heldout_c_threads_zg.py and later) calls these for each contract and
milestone: the reminder text is what templates/zh and templates/en render (the builders
below), registered into heldout_c_mime.CONTRACTS and
heldout_c_quote.SUBJECT / REMINDER / ZH_THREADS. Shared so each new set adds only its data.
"""

from __future__ import annotations

from heldout_c_mime import CONTRACTS
from heldout_c_quote import REMINDER, SUBJECT, ZH_THREADS

BANK_ZH = """开户行：示例银行杭州分行
户名：示例科技有限公司
账号：6222 0000 1234 5678

重要提示：我司从不通过电子邮件变更收款账户，如收到账户变更通知请先电话核实。"""

BANK_EN = """Bank: Example Bank, Hangzhou Branch
Account name: Example Tech Co., Ltd.
Account number: 6222 0000 8765 4321
SWIFT: EXBKCNBJHZH

Important: we never change our bank details by email."""

FOOT_ZH = """

　　此致
敬礼！

王明
示例科技有限公司　项目经理
wangming@example.cn
{today}

回复时请保留邮件主题中的编号 {token}，以便我们及时处理。"""

FOOT_EN = """

Kind regards,

Wang Ming
Project Manager, Example Tech Co., Ltd.
wangming@example.cn

Please keep the reference {token} in the subject line when you reply, so that we can deal with your message promptly."""


def zh_reminder(
    who: str,
    title: str,
    mname: str,
    amount: str,
    due: str,
    late: int,
    token: str,
    today: str,
    second: bool = False,
) -> str:
    """templates/zh/reminder.txt.j2 as it renders for reminder 1 or 2."""
    if second:
        body = (
            f"此前我们已就{mname}与您联系过。截至今日，该笔款项（{amount}，{due}到期）已逾期{late}天，我方仍未收到。\n\n"
            "请贵司尽快安排支付，并回复告知预计的付款日期。如付款流程中遇到问题（例如发票信息有误、需要补充审批材料），"
            "请告诉我们，我方会全力配合解决。"
        )
    else:
        body = (
            f"冒昧打扰。根据我方记录，《{title}》的{mname}（{amount}）已于{due}到期，目前已逾期{late}天，"
            "我方暂未查到到账记录。\n\n也许款项正在贵司的审批流程中，或已经付出而我方尚未核对到。如已付款，"
            "烦请回复告知付款日期（如方便，附上付款回单），我们会尽快核对；如尚未安排，还请协助推进。"
        )
    return (f"尊敬的{who}：\n\n{body}\n\n付款方式：\n{BANK_ZH}"
            + FOOT_ZH.format(today=today, token=token))  # fmt: skip


def zh_demand(
    client: str,
    title: str,
    cid: str,
    mname: str,
    amount: str,
    due: str,
    late: int,
    token: str,
    today: str,
    deadline: str,
) -> str:
    """templates/zh/demand.txt.j2: the 催款函."""
    return (
        f"催 款 函\n\n{client}：\n\n事由：关于《{title}》（合同编号：{cid}）项下{mname}的催款\n\n"
        f"贵我双方于2026年3月18日签订《{title}》。根据合同约定，贵司应于{due}前向我司支付{mname}，"
        f"金额为{amount}。截至本函发出之日（{today}），该款项已逾期{late}天。此前我司已通过邮件3次提醒贵司付款，"
        f"至今仍未收到上述款项。\n\n现正式函告：请贵司于{deadline}前将上述款项{amount}足额支付至以下账户：\n\n{BANK_ZH}\n\n"
        "如贵司未能在上述期限内付款，我司将依据合同约定及相关法律规定采取进一步措施，包括但不限于暂停后续服务、"
        "主张逾期付款的违约责任，以及通过法律途径追偿。这并非我司所愿，我们仍真诚希望通过友好协商解决此事。\n\n"
        "如贵司已经付款，或对上述款项存在异议，请于收到本函后及时书面回复，并提供付款凭证或相关说明。\n\n\n特此函告。"
        + FOOT_ZH.format(today=today, token=token)
    )


def en_reminder(
    who: str,
    title: str,
    label: str,
    amount: str,
    due: str,
    late: int,
    token: str,
    second: bool = False,
) -> str:
    """templates/en/reminder.txt.j2 as it renders for reminder 1 or 2."""
    if second:
        body = (
            f"I am following up on my earlier message about the {label}. The amount of {amount}, due on {due}, "
            f"is now {late} days overdue and we have still not received it.\n\nPlease arrange payment as soon as "
            "possible and let me know the date we can expect it. If something is in the way (invoice details, "
            "missing paperwork for your approval), tell me and we will sort it out with you."
        )
    else:
        body = (
            f'I hope all is well. Our records show that the {label} of {amount} under "{title}" fell due on {due} '
            f"and is now {late} days overdue; we have not yet been able to match a payment to it.\n\nIt may well be "
            "working its way through your approval process, or already be paid and simply not matched on our side. "
            "If you have paid, could you reply with the payment date (and the remittance advice, if that is easy)? "
            "If not, we would appreciate your help in moving it forward."
        )
    return f"Dear {who},\n\n{body}\n\nHow to pay:\n{BANK_EN}" + FOOT_EN.format(token=token)


def en_demand(
    client: str,
    who: str,
    title: str,
    cid: str,
    label: str,
    amount: str,
    due: str,
    late: int,
    token: str,
    today: str,
    deadline: str,
) -> str:
    """templates/en/demand.txt.j2: the formal demand."""
    return (
        f"{client}\nFor the attention of {who}\n\nFORMAL DEMAND FOR PAYMENT\n\n"
        f'Re: "{title}" (contract ref. {cid}) — {label[0].upper()}{label[1:]}\n\n'
        f"Under the contract signed between our companies on 12 March 2026, the {label} of {amount} was due on "
        f"{due}. As of the date of this letter ({today}) it is {late} days overdue. We have written to you about "
        f"it 3 times and have not received payment.\n\nWe hereby formally request payment of {amount} in full by "
        f"{deadline}, to the following account:\n\n{BANK_EN}\n\nIf payment is not received by that date, we will "
        "have to take further steps available to us under the contract and the applicable law, which may include "
        "suspending further work, claiming interest and charges for late payment, and recovering the debt through "
        "legal proceedings. We would much prefer to avoid this and remain open to resolving the matter by "
        "agreement.\n\nIf you have already paid, or if you dispute the amount, please reply in writing as soon as "
        "possible with the proof of payment or the details of your objection.\n\n"
        "Yours sincerely,\n\nWang Ming\nProject Manager, Example Tech Co., Ltd.\nwangming@example.cn\n\n"
        f"Please keep the reference {token} in the subject line when you reply, so that we can deal with your "
        "message promptly."
    )


def token(contract: str, milestone: str) -> str:
    return f"[CK-{contract}-{milestone}]"


def register_zh(key: str, cid: str, ms: str, who: str, title: str, mname: str, amount: str, due: str,
        late: int, today: str, second: bool = False) -> None:  # fmt: skip
    tok = token(cid, ms)
    CONTRACTS[key] = (cid, ms)
    ZH_THREADS.add(key)
    SUBJECT[key] = (f"{mname}逾期提醒（第二次） — {title} {tok}" if second
                    else f"{mname}付款提醒 — {title} {tok}")  # fmt: skip
    REMINDER[key] = zh_reminder(who, title, mname, amount, due, late, tok, today, second)


def register_zh_demand(key: str, cid: str, ms: str, client: str, title: str, mname: str, amount: str,
               due: str, late: int, today: str, deadline: str) -> None:  # fmt: skip
    tok = token(cid, ms)
    CONTRACTS[key] = (cid, ms)
    ZH_THREADS.add(key)
    SUBJECT[key] = f"催款函：{mname}（{amount}） — {title} {tok}"
    REMINDER[key] = zh_demand(client, title, cid, mname, amount, due, late, tok, today, deadline)


def register_en(key: str, cid: str, ms: str, who: str, title: str, mname: str, amount: str, due: str,
        late: int, second: bool = False) -> None:  # fmt: skip
    tok = token(cid, ms)
    CONTRACTS[key] = (cid, ms)
    SUBJECT[key] = (f"Second reminder: {mname} overdue — {title} {tok}" if second
                    else f"Payment reminder: {mname} — {title} {tok}")  # fmt: skip
    REMINDER[key] = en_reminder(who, title, mname.lower(), amount, due, late, tok, second)


def register_en_demand(key: str, cid: str, ms: str, client: str, who: str, title: str, mname: str,
               amount: str, due: str, late: int, today: str, deadline: str) -> None:  # fmt: skip
    tok = token(cid, ms)
    CONTRACTS[key] = (cid, ms)
    SUBJECT[key] = f"Formal demand for payment: {mname} ({amount}) — {title} {tok}"
    REMINDER[key] = en_demand(client, who, title, cid, mname.lower(), amount, due, late, tok, today,
                              deadline)  # fmt: skip

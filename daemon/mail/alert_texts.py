"""The words of what cuikuan tells the PM and staff, in zh and en: about inbound mail, and
about cuikuan itself (sending failing, a refused email, a broken template or config).

Kept apart from :mod:`daemon.inbox.decide` so the decisions read as logic and the
wording can be reviewed (and translated) in one place; the texts about cuikuan itself live
in :mod:`daemon.mail.system_alert_texts` and are merged in here. Each entry is a (title, body) pair
of ``str.format`` patterns; :func:`text` fills them in the settings' language.
"""

from __future__ import annotations

from typing import Any

from daemon.mail.acceptance_texts import ACCEPTANCE_TEXTS
from daemon.mail.system_alert_texts import SYSTEM_TEXTS

TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    **ACCEPTANCE_TEXTS,
    "claimed_paid": {
        "en": (
            "Please verify: {client} says {what} is paid {token}",
            "{sender} wrote that {what} ({amount}) has been paid. Chasing of this milestone "
            "has stopped and the client got a short acknowledgement; the thank-you that "
            "confirms receipt goes out only once you confirm.\n"
            "Check the bank account, then reply to this email with 'paid' on the first line "
            "(or 'paid AMOUNT DATE') to confirm, or 'resume' to chase again.",
        ),
        "zh": (
            "请核实：{client} 称{what}已付款 {token}",
            "{sender} 来信称{what}（{amount}）已付款。该笔款项的催款已停止，已向客户发送简短回复；"
            "确认到账的感谢信只在您确认后发送。\n"
            "请核对到账情况后回复本邮件，第一行写 paid（或 paid 金额 日期）确认；"
            "如未到账，第一行写 resume 恢复催款。",
        ),
    },
    "promised": {
        "en": (
            "Promise: {client} will pay {what} by {date} {token}",
            '{sender} promised to pay {what} ({amount}) by {date}: "{words}".\n'
            "No reminder goes out until {until}; the written notice with the invoice still "
            "goes at its date. If nothing arrives by then, the client gets a follow-up "
            "quoting these words and you get an alert.\n"
            "Reply 'paid' when the money is in, or 'resume' to chase now.",
        ),
        "zh": (
            "付款承诺：{client} 承诺于{date}前支付{what} {token}",
            "{sender} 承诺于{date}前支付{what}（{amount}）：“{words}”。\n"
            "{until}之前不再发送催款提醒；付款通知（附发票）仍按原定日期发送。"
            "如届时仍未到账，将向客户发送引用上述原话的跟进邮件，并提醒您。\n"
            "到账后回复 paid；如需立即恢复催款，回复 resume。",
        ),
    },
    "promise_broken": {
        "en": (
            "Promise broken: {client} promised {what} by {date} {token}",
            '{client} promised on {said_on} to pay {what} ({amount}) by {date}: "{words}". '
            "No payment has been recorded; a follow-up quoting those words went to the "
            "client and the chase goes on.\n"
            "Reply 'paid' if the money is in, or 'pause' / 'stop' to hold the chase.",
        ),
        "zh": (
            "付款承诺未兑现：{client}（{what}，承诺{date}前付款） {token}",
            "{client} 于{said_on}承诺在{date}前支付{what}（{amount}）：“{words}”。"
            "目前没有到账记录；已向客户发送引用其原话的跟进邮件，催款继续。\n"
            "如已到账请回复 paid；如需暂停或停止催款，回复 pause 或 stop。",
        ),
    },
    "no_date": {
        "en": ("", "no date given"),
        "zh": ("", "未给出日期"),
    },
    "dispute": {
        "en": (
            "Dispute: {client} about {what} {token}",
            "{sender} disputes {what} ({amount}). Chasing of this milestone is paused and "
            "an acknowledgement was sent to the client.\n"
            "Reply with 'resume' to chase again, or 'stop' to stop for good.",
        ),
        "zh": (
            "异议：{client} 对{what}提出异议 {token}",
            "{sender} 对{what}（{amount}）提出异议。该笔款项的催款已暂停，已向客户发送确认回复。\n"
            "回复本邮件第一行写 resume 恢复催款，或写 stop 停止催款。",
        ),
    },
    "other": {
        "en": (
            "Reply from {client} about {what} {token}",
            "{sender} replied about {what}. cuikuan did not change anything; {hold}",
        ),
        "zh": (
            "客户回复：{client}（{what}） {token}",
            "{sender} 就{what}回复了邮件。催款助手没有改变状态；{hold}",
        ),
    },
    "contract_level": {
        "en": (
            "Reply from {client} about {what} (which milestone?) {token}",
            "{sender} wrote about {what} (read as: {kind}), but cuikuan cannot tell which "
            "milestone is meant, so nothing was changed. To act, reply 'paid', 'pause', ... "
            "to an email about the milestone.",
        ),
        "zh": (
            "客户回复：{client}（{what}，无法确定是哪一笔） {token}",
            "{sender} 就{what}来信（识别为：{kind}），但无法确定对应哪一笔款项，未做任何改变。"
            "如需处理，请回复该笔款项的邮件并在第一行写命令（paid、pause 等）。",
        ),
    },
    "consolidated_reply": {
        "en": (
            "Reply from {client} to a letter about {count} payments (which one?) {tokens}",
            "{sender} replied to the letter that listed several payments (read as: {kind}), "
            "but does not name exactly one of them, so nothing was changed:\n{payments}\n"
            "To act on one, write to cuikuan with its reference in the subject and the "
            "command (paid, pause, ...) on the first line.",
        ),
        "zh": (
            "客户回复：{client}（合并催款邮件中的{count}笔款项，无法确定是哪一笔） {tokens}",
            "{sender} 回复了列有多笔款项的合并邮件（识别为：{kind}），但未指明其中某一笔，"
            "未做任何改变：\n{payments}\n"
            "如需处理某一笔，请给 cuikuan 发邮件，主题中写该笔款项的编号，"
            "第一行写命令（paid、pause 等）。",
        ),
    },
    "settled": {
        "en": (
            "Reply about settled {what} {token}",
            "{sender} wrote about {what}, which is already {status}. Nothing was changed.",
        ),
        "zh": (
            "客户回复已结清款项：{what} {token}",
            "{sender} 就{what}来信，该笔款项状态已是 {status}，未做任何改变。",
        ),
    },
    "bounce": {
        "en": (
            "Bounce: mail to {addresses} could not be delivered",
            "Mail to {addresses} bounced for good ({status}). cuikuan will not use "
            "{them} again.\n{remaining}",
        ),
        "zh": (
            "退信：发往 {addresses} 的邮件无法送达",
            "发往 {addresses} 的邮件被永久退回（{status}）。"
            "催款助手不会再使用这些地址。\n{remaining}",
        ),
    },
    "bounce_unknown": {
        "en": (
            "Bounce for an address cuikuan cannot identify",
            "A delivery failure report arrived, but it names no address of the config "
            "({addresses}). Nothing was changed.",
        ),
        "zh": (
            "退信：无法识别收件地址",
            "收到一封退信，但其中没有配置里的地址（{addresses}），未做任何改变。",
        ),
    },
    "unmatched": {
        "en": (
            "Unmatched email from {sender}",
            "cuikuan could not tell which contract this email is about and changed nothing. "
            "Subject: {subject}",
        ),
        "zh": (
            "未匹配的邮件：{sender}",
            "催款助手无法确定这封邮件对应哪个合同，未做任何改变。主题：{subject}",
        ),
    },
    "unauthorized": {
        "en": (
            "Ignored email from {sender} {token}",
            "{sender} wrote about {what}, but only the client's configured contacts can "
            "change a milestone by email ({reason}). Nothing was changed.",
        ),
        "zh": (
            "已忽略来自 {sender} 的邮件 {token}",
            "{sender} 就{what}来信，但只有配置中的客户联系人能通过邮件改变催款状态（{reason}）。"
            "未做任何改变。",
        ),
    },
    "suspicious": {
        "en": (
            "Suspicious email in the name of {sender} {token}",
            "An email from {sender} about {what} could not be verified as really coming "
            "from that address ({reason}). It may be forged, so cuikuan changed nothing. "
            "If it is genuine, act on it yourself (reply 'paid', 'pause', ...).",
        ),
        "zh": (
            "可疑邮件：以 {sender} 名义发来 {token}",
            "一封以 {sender} 名义就{what}发来的邮件未能通过发件人验证（{reason}），可能是伪造的，"
            "催款助手未做任何改变。如确属客户本人来信，请手动处理（回复 paid、pause 等命令）。",
        ),
    },
    "bounce_unverified": {
        "en": (
            "Unverified bounce for {addresses}: nothing changed",
            "A delivery failure report for {addresses} arrived, but it does not prove it "
            "comes from a mail system about an email cuikuan sent ({reason}). It may be "
            "forged, so no address was marked bad. If the address really is wrong, fix it "
            "in the config.",
        ),
        "zh": (
            "未经验证的退信（{addresses}）：未做改变",
            "收到一封关于 {addresses} 的退信，但无法证明它来自邮件系统、且针对催款助手发出的邮件"
            "（{reason}），可能是伪造的，因此没有把任何地址标为无效。如地址确有错误，请在配置中更正。",
        ),
    },
    "staff_refused": {
        "en": (
            "Staff command refused: {sender} {token}",
            "A command from {sender} was refused because the sender could not be "
            "verified ({reason}). Nothing was changed. Command: {command}",
        ),
        "zh": (
            "已拒绝员工命令：{sender} {token}",
            "来自 {sender} 的命令未能验证发件人（{reason}），已拒绝，未做任何改变。命令：{command}",
        ),
    },
    "unreadable": {
        "en": (
            "Unreadable email",
            "An email of {size} bytes could not be read ({reason}); nothing was changed. "
            "It was filed in the unmatched folder.",
        ),
        "zh": (
            "无法读取的邮件",
            "一封 {size} 字节的邮件无法读取（{reason}），未做任何改变，已移到未匹配文件夹。",
        ),
    },
    "hold": {
        "en": ("", "the next reminder waits until {until}."),
        "zh": ("", "下一封提醒邮件将等到 {until} 之后。"),
    },
    "no_hold": {
        "en": ("", "the chase stays as it is ({status})."),
        "zh": ("", "催款状态保持不变（{status}）。"),
    },
    "withdrawn": {
        "en": (
            "{count} pending email(s) withdrawn: no longer in the config",
            "These emails were waiting to be sent, but their client or contract is no longer "
            "in the config, so they were not sent and never will be:\n{items}",
        ),
        "zh": (
            "已撤回 {count} 封待发邮件：相关客户或合同已不在配置中",
            "以下邮件原在等待发送，但其客户或合同已从配置中删除，因此未发送，也不会再发送：\n{items}",
        ),
    },
    "unmatched_digest": {
        "en": (
            "{count} email(s) cuikuan could not match or read",
            "Since {since}, cuikuan received these emails and changed nothing; they were "
            "filed in the unmatched folder:\n{items}",
        ),
        "zh": (
            "{count} 封邮件无法匹配或读取",
            "自 {since} 起，催款助手收到以下邮件，未做任何改变，已移到未匹配文件夹：\n{items}",
        ),
    },
    "remaining": {
        "en": ("", "The chase goes on to {others}."),
        "zh": ("", "催款将继续发往 {others}。"),
    },
    "none_left": {
        "en": ("", "No other contact of {client} is left: add one to the config."),
        "zh": ("", "{client} 已没有其他可用联系人，请在配置中添加。"),
    },
    # --- replies cuikuan will not act on alone (issue 12) ----------------------------
    "ask_pm": {
        "en": (
            "Your call: {client} about {what} ({reading}) {token}",
            "{sender} replied about {what} ({amount}). cuikuan reads it as: {reading}, "
            "and does not act on that alone.{guess} Nothing was sent to the client; {hold}\n"
            "Reply to this email with one word on the first line: paid, dispute, resume, "
            "stop (or 'promise 2026-12-10', 'pause 2027-01-10').",
        ),
        "zh": (
            "请您决定：{client}（{what}）{reading} {token}",
            "{sender} 就{what}（{amount}）回复了邮件。催款助手的理解是：{reading}，"
            "但不会据此自行处理，也没有给客户发任何邮件。{guess}{hold}\n"
            "请回复本邮件，第一行写一个词：paid（已付）、dispute（异议）、resume（恢复催款）、"
            "stop（停止），或 promise 2026-12-10、pause 2027-01-10。",
        ),
    },
    "learned_guess": {
        "en": (
            "",
            " No rule read this reply: that is a guess learned from past replies, "
            "from the words {words}.",
        ),
        "zh": ("", "没有规则能读懂这封回复，以上是根据以往回复学到的猜测，依据的词：{words}。"),
    },
    "pm_reminder": {
        "en": (
            "Reminder, still your call: {client} about {what} {token}",
            "On {asked} cuikuan asked you about a reply from {client} about {what} "
            "({question}) and has had no answer. The milestone is still held.\n"
            "Reply to that email (or this one) with one word on the first line: paid, "
            "dispute, resume, stop (or 'promise DATE', 'pause DATE').",
        ),
        "zh": (
            "提醒：仍待您决定 {client}（{what}） {token}",
            "{asked} 催款助手就{client}关于{what}的回复（{question}）征求您的意见，尚未收到答复，"
            "该笔款项仍暂停催款。\n请回复那封邮件（或本邮件），第一行写一个词：paid、dispute、"
            "resume、stop，或 promise 日期、pause 日期。",
        ),
    },
    "pm_wait_over": {
        "en": (
            "The chase resumes: {client} about {what} {token}",
            "On {asked} cuikuan asked you about a reply from {client} about {what} "
            "({question}). Without an answer, the hold has ended and the chase resumes on "
            "its calendar from now. Reply with 'pause', 'dispute' or 'stop' to hold it again.",
        ),
        "zh": (
            "恢复催款：{client}（{what}） {token}",
            "{asked} 催款助手就{client}关于{what}的回复（{question}）征求您的意见，未收到答复；"
            "等待期已满，现按原计划恢复催款。如需再次暂停，请回复 pause、dispute 或 stop。",
        ),
    },
    "possible_dispute": {
        "en": (
            "Possible dispute: {client} about {what} {token}",
            "{sender} wrote about {what} ({amount}) with words of objection or refusal "
            "({evidence}). cuikuan holds this milestone and sends the client nothing until "
            "you answer.\nReply with one word on the first line: dispute (keep it held), "
            "resume (chase again), paid, or stop.",
        ),
        "zh": (
            "可能有异议：{client}（{what}） {token}",
            "{sender} 就{what}（{amount}）的来信中有异议或拒付的字眼（{evidence}）。"
            "该笔款项已暂停催款，在您答复前不会给客户发任何邮件。\n"
            "请回复本邮件，第一行写一个词：dispute（保持暂停）、resume（恢复催款）、paid、stop。",
        ),
    },
    "bank_question": {
        "en": (
            "RISK: {client} asks about our bank account ({what}) {token}",
            "{sender} asks about a change of our bank account or names an account to pay "
            "({evidence}). This is how invoice fraud starts: cuikuan did not answer and "
            "sends the client nothing until you answer. Confirm our account by phone with a "
            "number you already know, never one from this email.\n"
            "Then reply with one word on the first line: resume, pause, or stop.",
        ),
        "zh": (
            "风险提示：{client} 询问我方收款账户（{what}） {token}",
            "{sender} 来信询问我方收款账户是否变更，或给出了一个收款账户（{evidence}）。"
            "这是常见的冒充收款诈骗手法：催款助手没有回复，在您答复前不会给客户发任何邮件。"
            "请用您原有的电话号码（不要用邮件里的）与客户确认我方账户。\n"
            "然后回复本邮件，第一行写一个词：resume、pause 或 stop。",
        ),
    },
    "approval_waiting": {
        "en": (
            "Waiting for your approval since {since}: {letter} {token}",
            "cuikuan prepared this letter and holds it until you decide; it is never sent "
            "on its own.\nSubject: {subject}\n{preview}\n\n"
            "Reply with 'approve' on the first line to send it, or 'skip' to drop it.",
        ),
        "zh": (
            "待您批准（自{since}起）：{letter} {token}",
            "催款助手已准备好这封信，在您决定前不会发送，也绝不会自行发送。\n主题：{subject}\n{preview}\n\n"
            "回复本邮件第一行写 approve 发送，或写 skip 放弃。",
        ),
    },
    **SYSTEM_TEXTS,
}


def text(name: str, language: str, **values: Any) -> tuple[str, str]:
    """(title, body) of entry ``name`` in ``language`` (English if unknown), filled in."""
    entry = TEXTS[name]
    title, body = entry.get(language, entry["en"])
    return title.format(**values).strip(), body.format(**values).strip()


READINGS: dict[str, dict[str, str]] = {
    "en": {
        "paid": "says it has paid",
        "partial_payment": "says it paid part ({amount})",
        "promise": "promises to pay",
        "more_time": "asks for more time or instalments",
        "dispute": "objects",
        "acceptance": "accepts the work (acceptance)",
        "resend_request": "asks us to resend the invoice or bank details",
        "other": "nothing cuikuan can act on alone",
    },
    "zh": {
        "paid": "客户称已付款",
        "partial_payment": "客户称已付部分款项（{amount}）",
        "promise": "客户承诺付款",
        "more_time": "客户请求延期或分期付款",
        "dispute": "客户提出异议",
        "acceptance": "客户确认验收合格",
        "resend_request": "客户请我们重发发票或收款账户信息",
        "other": "没有催款助手可以自行处理的内容",
    },
}
"""What the PM is told cuikuan read in a reply (the ``{reading}`` of ``ask_pm``), per language:
a Chinese alert must not carry an English reading."""
_SURE = {"en": " ({:.0%} sure)", "zh": "（把握 {:.0%}）"}


def reading_text(kind: str, language: str, amount: str | None, unsure: float | None) -> str:
    """The reading of a reply the PM is asked about, in ``language`` (English if unknown);
    ``amount``: the sum the reply says paid, formatted in the contract's currency;
    ``unsure`` is the confidence of a reading cuikuan is not sure of, said beside it."""
    lang = language if language in READINGS else "en"
    said = READINGS[lang].get(kind, kind).format(amount=amount if amount is not None else "?")
    return said if unsure is None else said + _SURE[lang].format(unsure)

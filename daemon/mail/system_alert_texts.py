"""The words of what cuikuan tells the PM about itself, in zh and en: sending failing, a
refused email, a bad address, a broken template or config, a clock jump, alerts held back.

Why apart from :mod:`daemon.mail.alert_texts` (which holds the texts about inbound mail and
merges these in): the two are reviewed by different people and change for different
reasons. Same shape: (title, body) ``str.format`` patterns per language.
"""

from __future__ import annotations

SYSTEM_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "send_failing": {
        "en": (
            "cuikuan cannot send mail since {since}",
            "Sending has failed for {hours} hours ({failures} attempts). The last error:\n"
            "{error}\n\nNothing is lost: {pending} email(s) wait in the queue and go out, "
            "once each, as soon as the mail server accepts them. Check the SMTP settings "
            "and the server (`cuikuan doctor` tests the login).",
        ),
        "zh": (
            "cuikuan 自 {since} 起无法发送邮件",
            "邮件发送已连续失败 {hours} 小时（共 {failures} 次）。最近一次错误：\n{error}\n\n"
            "邮件不会丢失：{pending} 封邮件在队列中等待，服务器恢复后每封只发送一次。"
            "请检查 SMTP 设置与服务器（`cuikuan doctor` 可测试登录）。",
        ),
    },
    "send_refused": {
        "en": (
            "The mail server refused an email for good: {what}",
            "The server refused {message_id} ({what}) and it will not be retried:\n{error}\n\n"
            "Refused addresses are no longer used: {addresses}. Fix the address in the "
            "config if it is wrong.",
        ),
        "zh": (
            "邮件服务器拒收了一封邮件：{what}",
            "服务器拒收 {message_id}（{what}），不会重试：\n{error}\n\n"
            "被拒收的地址将不再使用：{addresses}。如地址有误，请在配置中更正。",
        ),
    },
    "answer_failed": {
        "en": (
            "Not sent: cuikuan's {template} email about {what} (answer it by hand)",
            "cuikuan read a message from {sender} about {what} and wanted to answer it with "
            "its {template} email, but could not render it:\n{error}\n\n"
            "The message was handled and nothing will retry this answer: reply to the sender "
            "yourself, and fix the template (check it with `cuikuan preview`).",
        ),
        "zh": (
            "未发送：cuikuan 关于{what}的 {template} 邮件（请人工答复）",
            "cuikuan 收到 {sender} 关于{what}的来信，本应以 {template} 邮件答复，但无法生成：\n"
            "{error}\n\n该来信已处理，此答复不会重试：请您亲自答复对方，并修正模板"
            "（用 `cuikuan preview` 检查）。",
        ),
    },
    "template_error": {
        "en": (
            "A template is broken: {stage} emails are not sent",
            "cuikuan could not render the {stage} email of {what}:\n{error}\n\n"
            "Other emails go out as usual. Fix the template, check it with "
            "`cuikuan preview`, and the email goes out at the next tick.",
        ),
        "zh": (
            "邮件模板有错误：{stage} 邮件未发送",
            "cuikuan 无法生成 {what} 的 {stage} 邮件：\n{error}\n\n"
            "其他邮件照常发送。请修正模板并用 `cuikuan preview` 检查，下次运行时即会发送。",
        ),
    },
    "clock_jump": {
        "en": (
            "cuikuan is holding: the clock says {clock}",
            "The server's clock says {clock}, {gap} days after cuikuan last acted ({last}); "
            "more than {limit} days looks like a clock that jumped ahead. To send nothing wrong, "
            "cuikuan acts on nothing (no email, no reply read) until you confirm.\n\n"
            "If the clock is wrong: fix it (NTP); cuikuan carries on by itself.\n"
            "If the time is right (the server was off): run `cuikuan run --once "
            "--accept-clock` (stop the service first), then start it again. The chase "
            "then catches up one stage at a time.",
        ),
        "zh": (
            "cuikuan 已暂停：服务器时间为 {clock}",
            "服务器时间为 {clock}，距上次运行（{last}）已过 {gap} 天，"
            "超过 {limit} 天，可能是时钟跳变。"
            "为避免发出错误邮件，cuikuan 暂停一切操作（不发邮件、不读回复），等待您确认。\n\n"
            "如果时钟有误：请校正（NTP），cuikuan 会自动恢复。\n"
            "如果时间无误（服务器曾停机）：请先停止服务，运行 `cuikuan run --once --accept-clock`，"
            "再启动服务。之后催款每次只追赶一个阶段。",
        ),
    },
    "bank_statement_failed": {
        "en": (
            "A bank statement could not be read: nothing from it was applied",
            "cuikuan could not read the statement {file}: {reason}\n\n"
            "It was moved to {failed}; no credit of it was recorded. Export it again "
            "(CSV, Excel, MT940, CAMT.053 or OFX), or add your bank's column names under "
            "settings.bank.mapping, and drop it in {incoming} again.",
        ),
        "zh": (
            "银行对账单无法读取，其中内容均未入账",
            "cuikuan 无法读取对账单 {file}：{reason}\n\n"
            "文件已移至 {failed}，其中的收款均未记录。请重新导出（CSV、Excel、MT940、"
            "CAMT.053 或 OFX），或在 settings.bank.mapping 中填写贵行的列名，"
            "然后再放入 {incoming}。",
        ),
    },
    "config_error": {
        "en": (
            "Your config edit was rejected; the last good config stays in force",
            "cuikuan keeps running on the last good config. The errors:\n{errors}\n\n"
            "Fix them (`cuikuan check` lists them) and the change is picked up by itself.",
        ),
        "zh": (
            "配置修改未生效，继续使用上一个有效配置",
            "cuikuan 仍按上一个有效配置运行。错误如下：\n{errors}\n\n"
            "修正后（可用 `cuikuan check` 查看）会自动生效。",
        ),
    },
    "bad_address": {
        "en": (
            "An address was refused for good: {address}",
            "The mail server refused {address} for good while sending {message_id}:\n"
            "{error}\n\ncuikuan will not write to {address} again (`cuikuan status` lists "
            "every such address). Fix or replace it in the config if it is wrong.",
        ),
        "zh": (
            "邮件地址被永久拒收：{address}",
            "发送 {message_id} 时，服务器永久拒收了 {address}：\n{error}\n\n"
            "催款助手不会再写信给 {address}（`cuikuan status` 会列出所有此类地址）。"
            "如地址有误，请在配置中更正或替换。",
        ),
    },
    "send_deferred": {
        "en": (
            "An email keeps being deferred: {message_id}",
            "The recipients' server has deferred {message_id} since {since} "
            "({attempts} attempts; greylisting or a full mailbox). The last reply:\n{error}\n\n"
            "cuikuan keeps retrying it; nothing else is held up.",
        ),
        "zh": (
            "一封邮件持续被延迟接收：{message_id}",
            "收件方服务器自 {since} 起一直延迟接收 {message_id}（共 {attempts} 次；"
            "可能是灰名单或邮箱已满）。最近一次回复：\n{error}\n\n催款助手会继续重试，其他邮件不受影响。",
        ),
    },
    "alerts_held": {
        "en": (
            "{count} more alert(s) were held back",
            "To avoid flooding your inbox, at most ten alerts go out in an hour. These were "
            "held back (the log has each in full):\n{titles}",
        ),
        "zh": (
            "另有 {count} 条提醒被暂缓发送",
            "为避免邮件轰炸，每小时最多发送十条提醒。以下提醒被暂缓（日志中有完整内容）：\n{titles}",
        ),
    },
}

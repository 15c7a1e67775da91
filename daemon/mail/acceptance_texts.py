"""What cuikuan tells the PM about acceptance learned by email (issue 13.7), in zh and en.

Kept beside :mod:`daemon.mail.alert_texts` (which includes these entries) so that module
stays small; same shape: (title, body) ``str.format`` patterns per language.
"""

from __future__ import annotations

ACCEPTANCE_TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "acceptance_recorded": {
        "en": (
            "Acceptance recorded: {client} accepted {contract} on {date} {token}",
            '{sender} wrote that the work is accepted: "{words}".\n'
            "cuikuan recorded {event} = {date} (the YAML leaves it empty; before: {before}). "
            "So these payments now have a due date and their chase starts:\n{starts}\n"
            "If that is wrong, reply to this email with 'accepted DATE' on the first line to "
            "change the date, or 'accepted clear' to remove it. A date written in the YAML "
            "always wins.",
        ),
        "zh": (
            "已记录验收：{client} 于{date}确认{contract}验收 {token}",
            "{sender} 来信确认验收：“{words}”。\n"
            "cuikuan 已记录 {event} = {date}（YAML 中未填写；此前：{before}）。"
            "以下款项因此有了付款截止日，催款开始：\n{starts}\n"
            "如有误，请回复本邮件，第一行写 accepted 日期 更正，或写 accepted clear 撤销。"
            "YAML 中写明的日期始终优先。",
        ),
    },
    "acceptance_deemed": {
        "en": (
            "Acceptance of {contract} deemed on {date} {token}",
            "Nobody has recorded an acceptance of {contract} ({client}), so under the "
            "contract it is deemed accepted on {date} ({detail}). These payments now have a "
            "due date and their chase starts:\n{starts}\n"
            "If the client accepted on another day, reply 'accepted DATE' on the first line; "
            "if the work is not accepted, write the acceptance date in the YAML or pause the "
            "payments.",
        ),
        "zh": (
            "{contract}于{date}视为验收合格 {token}",
            "{contract}（{client}）尚无验收记录，按合同约定于{date}视为验收合格（{detail}）。"
            "以下款项因此有了付款截止日，催款开始：\n{starts}\n"
            "如客户实际于其他日期验收，请回复本邮件，第一行写 accepted 日期；"
            "如尚未验收，请在 YAML 中填写验收日期或暂停相关款项。",
        ),
    },
    "acceptance_known": {
        "en": (
            "{client} confirms acceptance of {contract} {token}",
            '{sender} wrote that the work is accepted: "{words}".\n'
            "The acceptance date stays {known}; nothing changed. To change it, reply "
            "'accepted DATE' (or edit the YAML when the date is written there).",
        ),
        "zh": (
            "{client} 确认{contract}验收 {token}",
            "{sender} 来信确认验收：“{words}”。\n"
            "验收日期保持为 {known}，未作改动。如需更正，请回复 accepted 日期"
            "（日期写在 YAML 中时请直接修改 YAML）。",
        ),
    },
}
"""Entries of :data:`daemon.mail.alert_texts.TEXTS` about acceptance."""

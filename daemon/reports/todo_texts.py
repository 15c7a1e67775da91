"""The words of the daily action list, in zh and en (the PM's language, settings.language).

Kept apart from :mod:`daemon.reports.todo` so the ranking reads as logic and the wording
can be reviewed in one place. Each entry is a ``str.format`` pattern for one line.
"""

from __future__ import annotations

from typing import Any

LINES: dict[str, dict[str, str]] = {
    "verify_payment": {
        "en": "{client} says {what} ({amount}) is paid, {words}: check the bank account",
        "zh": "{client} 称{what}（{amount}）已付款，{words}：请核对到账",
    },
    "dispute": {
        "en": "{client} disputes {what} ({amount}): {words}",
        "zh": "{client} 对{what}（{amount}）有异议：{words}",
    },
    "part_dispute": {
        "en": "{client} disputes {part} of {what} ({amount}): {words}; the undisputed "
        "{undisputed} is still chased",
        "zh": "{client} 对{what}（{amount}）中的{part}有异议：{words}；"
        "无异议的{undisputed}继续催收",
    },
    "possible_dispute": {
        "en": "{client} may dispute {what} ({amount}), chase held until you answer: {words}",
        "zh": "{client} 可能对{what}（{amount}）有异议，催款暂停待您答复：{words}",
    },
    "pm_question": {
        "en": "{client} replied about {what} ({amount}), cuikuan is not sure: {words}",
        "zh": "{client} 就{what}（{amount}）回信，催款助手无法确定：{words}",
    },
    "broken_promise": {
        "en": "{client} promised {what} ({amount}) by {date} and has not paid: {words}",
        "zh": "{client} 承诺{date}前支付{what}（{amount}），至今未到账：{words}",
    },
    "bad_address": {
        "en": "mail to {client} bounced ({addresses}); {amount} unpaid: fix the address in "
        "the config",
        "zh": "发给{client}的邮件被退回（{addresses}）；未付{amount}：请在配置中更正地址",
    },
    "unmatched_mail": {
        "en": "{count} email(s) in the last {days} days matched no contract (forwarded to you)",
        "zh": "最近{days}天有{count}封邮件无法对应到合同（已转发给您）",
    },
    "limitation": {
        "en": "the right to sue {client} for {what} ({amount}) expires on {date}, in {days} "
        "day(s): send a formal demand (or get a written acknowledgement), which restarts it",
        "zh": "{client}的{what}（{amount}）诉讼时效将于{date}届满，还剩{days}天："
        "请发出正式催款函（或取得对方书面确认欠款），时效重新计算",
    },
    "approval": {
        "en": "{letter} to {client} about {what} ({amount}) is ready and waits for you "
        "since {since}: “{subject}” — {preview}",
        "zh": "致{client}的{letter}（{what}，{amount}）已准备好，自{since}起等待您批准："
        "“{subject}”——{preview}",
    },
    "call": {
        "en": "call {client} on {phone} about {what}: {amount} owed; they said last: {words}",
        "zh": "请致电{client}（{phone}），{what}：尚欠{amount}；对方最近说：{words}",
    },
    "more_notes": {
        "en": "… and {count} more notes (cuikuan history)",
        "zh": "……另有 {count} 条通知（见 cuikuan history）",
    },
}

WORDS: dict[str, dict[str, str]] = {
    "none": {"en": "no words recorded", "zh": "未记录原话"},
    "title": {"en": "{count} action(s) for today", "zh": "今日待办 {count} 项"},
    "reply": {"en": "reply", "zh": "回复"},
    "empty": {"en": "Nothing to do today.", "zh": "今日无待办事项。"},
    "no_phone": {
        "en": "no phone in the config: add clients[].phone",
        "zh": "配置中无电话，请补充 clients[].phone",
    },
    "unmatched_heading": {
        "en": "Mail that matched no contract since the last list:",
        "zh": "自上一份待办以来无法对应到合同的邮件：",
    },
}


def line(kind: str, language: str, **values: Any) -> str:
    """The one-line reason of an action of ``kind`` in ``language`` (English if unknown)."""
    entry = LINES[kind]
    return entry.get(language, entry["en"]).format(**values)


def word(name: str, language: str, **values: Any) -> str:
    entry = WORDS[name]
    return entry.get(language, entry["en"]).format(**values)

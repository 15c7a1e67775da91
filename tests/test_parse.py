"""parse_message on messages built with the stdlib email package: charsets, headers, bounces."""

from __future__ import annotations

import base64
import email
import quopri
from datetime import UTC, datetime, timedelta, timezone
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.inbox.parse import (
    MAX_TEXT_CHARS,
    decode_header_value,
    normalize_charset,
    parse_message,
)
from daemon.inbox.quotes import html_to_text

REPLIES = Path(__file__).parent / "data" / "replies"
DATE = "Tue, 24 Nov 2026 10:00:00 +0800"


def add_headers(msg: Message, subject: str = "Re: [CK-C1-m1] 付款提醒", **extra: str) -> Message:
    """Typical reply headers on ``msg`` (a stdlib message); ``extra`` adds or overrides."""
    msg["From"] = "Client <client@example.cn>"
    msg["To"] = "ar@cuikuan.example.com"
    msg["Subject"] = subject
    msg["Date"] = DATE
    msg["Message-ID"] = "<reply.1@example.cn>"
    msg["In-Reply-To"] = "<ck.C1.m1.reminder.1@cuikuan.example.com>"
    for name, value in extra.items():
        header = name.replace("_", "-")
        del msg[header]
        msg[header] = value
    return msg


def text_mail(body: str, charset: str = "utf-8", **headers: str) -> bytes:
    """A text/plain reply in ``charset`` (the stdlib picks base64 or QP for it)."""
    return add_headers(MIMEText(body, "plain", charset), **headers).as_bytes()


def mislabelled_mail(body: bytes, label: str, cte: str = "base64", **headers: str) -> bytes:
    """A text/plain part whose bytes are declared as ``label`` whatever they really are."""
    part = MIMENonMultipart("text", "plain", charset=label)
    part["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        part.set_payload(base64.encodebytes(body).decode("ascii"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(body).decode("ascii"))
    else:
        part.set_payload(body.decode("ascii", "surrogateescape"))
    return add_headers(part, **headers).as_bytes()


def test_gbk_bytes_labelled_gb2312_decode_in_body_and_subject() -> None:
    subject = "=?gb2312?B?" + base64.b64encode("回复：付款 镕".encode("gbk")).decode() + "?="
    raw = mislabelled_mail("已付款，请查收。镕".encode("gbk"), "gb2312", Subject=subject)
    mail = parse_message(raw)
    assert mail.text == "已付款，请查收。镕"
    assert mail.subject == "回复：付款 镕"
    assert "\ufffd" not in mail.text + mail.subject


def test_gb_aliases_are_read_as_gb18030() -> None:
    for label in ("GB2312", "gbk", "x-gbk", "cp936", "euc-cn", "gb_2312-80"):
        mail = parse_message(mislabelled_mail("款项已汇出，镕".encode("gbk"), label))
        assert mail.text == "款项已汇出，镕", label
        assert normalize_charset(label) == "gb18030"


def test_gb18030_four_byte_characters() -> None:
    body = "已付款 𠀀 €"  # a CJK Extension B character and the euro sign
    mail = parse_message(mislabelled_mail(body.encode("gb18030"), "gb18030", "8bit"))
    assert mail.text == body


def test_big5_traditional_chinese_quoted_printable() -> None:
    raw = mislabelled_mail("我們已匯款，請查收。".encode("big5"), "big5", "quoted-printable")
    assert b"=" in raw.split(b"\n\n", 1)[1]  # really quoted-printable on the wire
    assert parse_message(raw).text == "我們已匯款，請查收。"


def test_utf8_base64_and_quoted_printable_bodies() -> None:
    body = "We have paid. 已付款 ✓"
    b64 = text_mail(body, "utf-8")
    assert b"Content-Transfer-Encoding: base64" in b64
    assert parse_message(b64).text == body
    qp = mislabelled_mail(body.encode("utf-8"), "utf-8", "quoted-printable")
    assert parse_message(qp).text == body


def test_unknown_charset_falls_back_without_raising() -> None:
    raw = mislabelled_mail(
        "Gracias, tendrás noticias".encode("latin-1"), "ansi_x3.110-1983", "8bit"
    )
    mail = parse_message(raw)
    assert not mail.unreadable
    assert mail.text.startswith("Gracias, tendr")
    assert normalize_charset("no-such-charset") == "utf-8"


def test_raw_8bit_headers_decode_as_utf8_or_gb18030() -> None:
    for encoding in ("utf-8", "gb18030"):
        raw = b"From: x@example.cn\r\nSubject: " + "邮件传输失败！".encode(encoding)
        raw += b"\r\nDate: " + DATE.encode() + b"\r\n\r\nbody\r\n"
        assert parse_message(raw).subject == "邮件传输失败！", encoding


def test_decode_header_value_handles_folding_and_mixed_words() -> None:
    value = "=?utf-8?B?" + base64.b64encode("付款".encode()).decode() + "?=\r\n  reminder"
    assert decode_header_value(value) == "付款 reminder"
    assert decode_header_value("=?bogus?Q?abc?=") == "abc"
    assert decode_header_value(None) == ""


def test_html_only_mail_becomes_text_without_scripts_or_styles() -> None:
    html = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<p>已付款&nbsp;请查收</p><script>alert(1)</script><div>第二行<br>第三行</div>"
        "<blockquote>quoted <b>line</b></blockquote></body></html>"
    )
    mail = parse_message(add_headers(MIMEText(html, "html", "utf-8")).as_bytes())
    assert mail.text == "已付款 请查收\n\n第二行\n第三行\n\n> quoted line"
    assert "alert" not in mail.text and "p{}" not in mail.text


def test_html_to_text_keeps_pre_lines() -> None:
    assert html_to_text("<pre>a\n  b</pre><p>c   d</p>") == "a\nb\n\nc d"


def test_plain_part_is_preferred_over_html() -> None:
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText("plain words", "plain", "utf-8"))
    alt.attach(MIMEText("<p>html words</p>", "html", "utf-8"))
    assert parse_message(add_headers(alt).as_bytes()).text == "plain words"


def test_headers_addresses_and_date() -> None:
    raw = text_mail(
        "hi",
        From='"=?utf-8?B?' + base64.b64encode("王经理".encode()).decode() + '?=" <Wang@Client.CN>',
        Cc="a@x.cn, B <b@Y.cn>",
        References="<a@x>\r\n\t<b@y>\r\n <c@z>",
        Auto_Submitted="auto-replied",
        Precedence="Bulk",
        X_Autoreply="yes",
        X_QQ_HolidayReply="1",
        Return_Path="<>",
        Authentication_Results="mx; spf=pass",
    )
    mail = parse_message(raw)
    assert mail.from_addr == "wang@client.cn"
    assert mail.from_name == "王经理"
    assert mail.to == ("ar@cuikuan.example.com",)
    assert mail.cc == ("a@x.cn", "b@y.cn")
    assert mail.references == ("<a@x>", "<b@y>", "<c@z>")
    assert mail.in_reply_to == "<ck.C1.m1.reminder.1@cuikuan.example.com>"
    assert mail.message_id == "<reply.1@example.cn>"
    assert mail.date == datetime(2026, 11, 24, 2, 0, tzinfo=UTC)
    assert mail.date is not None and mail.date.utcoffset() == timedelta(hours=8)
    assert (mail.auto_submitted, mail.precedence, mail.x_autoreply) == (
        "auto-replied",
        "bulk",
        "yes",
    )
    assert mail.x_qq_auto_reply == "1"
    assert mail.return_path == ""
    assert mail.authentication_results == ("mx; spf=pass",)
    assert mail.headers["subject"] == "Re: [CK-C1-m1] 付款提醒"


def test_missing_or_bad_date_is_none_and_naive_is_utc() -> None:
    assert parse_message(text_mail("x", Date="not a date")).date is None
    naive = parse_message(text_mail("x", Date="Tue, 24 Nov 2026 10:00:00 -0000")).date
    assert naive == datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    east = parse_message(text_mail("x", Date="24 Nov 2026 10:00 +0900")).date
    assert east is not None and east.tzinfo == timezone(timedelta(hours=9))


def _dsn(action: str, status: str, original: Message | None, headers_only: bool = False) -> bytes:
    report = MIMEMultipart("report", report_type="delivery-status")
    report.attach(MIMEText("Delivery to the following recipient failed.", "plain"))
    fields = email.message_from_string(
        "Content-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.example.cn\n\n"
        "Final-Recipient: rfc822; Gone@Client.CN\n"
        f"Action: {action}\nStatus: {status} (extra)\n"
        "Diagnostic-Code: smtp; 550 5.1.1 user unknown\n"
    )
    report.attach(fields)
    if original is not None and headers_only:
        part = MIMEText(original.as_string().split("\n\n")[0], "rfc822-headers")
        report.attach(part)
    elif original is not None:
        wrapper = MIMEBase("message", "rfc822")
        wrapper.set_payload([original])
        report.attach(wrapper)
    report["From"] = "MAILER-DAEMON@mx.example.cn (Mail Delivery System)"
    report["To"] = "ar@cuikuan.example.com"
    report["Subject"] = "Undelivered Mail Returned to Sender"
    report["Return-Path"] = "<>"
    report["Date"] = DATE
    return report.as_bytes()


def _original() -> Message:
    msg = MIMEText("请付款", "plain", "utf-8")
    msg["Message-ID"] = "<ck.C1.m1.due.0@cuikuan.example.com>"
    msg["Subject"] = Header("[CK-C1-m1] 付款提醒", "utf-8")
    return msg


def test_delivery_status_and_original_message_id() -> None:
    mail = parse_message(_dsn("failed", "5.1.1", _original()))
    assert mail.content_type == "multipart/report"
    assert mail.report_type == "delivery-status"
    assert mail.delivery_status == (
        {
            "final_recipient": "gone@client.cn",
            "original_recipient": "",
            "action": "failed",
            "status": "5.1.1",
            "diagnostic": "550 5.1.1 user unknown",
        },
    )
    assert mail.original_message_id == "<ck.C1.m1.due.0@cuikuan.example.com>"
    assert mail.original_subject == "[CK-C1-m1] 付款提醒"
    assert mail.text == "Delivery to the following recipient failed."


def test_original_message_id_from_rfc822_headers_part() -> None:
    mail = parse_message(_dsn("delayed", "4.4.7", _original(), headers_only=True))
    assert mail.original_message_id == "<ck.C1.m1.due.0@cuikuan.example.com>"
    assert mail.delivery_status[0]["action"] == "delayed"


def test_attachment_names_and_size() -> None:
    mixed = MIMEMultipart("mixed")
    mixed.attach(MIMEText("见附件，已付款", "plain", "utf-8"))
    pdf = MIMEApplication(b"%PDF-1.4", "pdf")
    pdf.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "汇款回单.pdf"))
    mixed.attach(pdf)
    raw = add_headers(mixed).as_bytes()
    mail = parse_message(raw)
    assert mail.attachments == ("汇款回单.pdf",)
    assert mail.text == "见附件，已付款"
    assert mail.size == len(raw)


def test_long_bodies_are_truncated() -> None:
    mail = parse_message(text_mail("已付款。" + "x" * (MAX_TEXT_CHARS + 10)))
    assert len(mail.text) == MAX_TEXT_CHARS
    assert mail.text_truncated
    assert mail.text.startswith("已付款。")


def test_empty_and_garbage_bytes_are_unreadable_not_errors() -> None:
    for raw in (b"", b"   \r\n", b"\x00\xff\xfe garbage without headers"):
        mail = parse_message(raw)
        assert mail.unreadable
        assert mail.reason


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2_000))
def test_parse_message_never_raises_on_random_bytes(raw: bytes) -> None:
    mail = parse_message(raw)
    assert mail.size == len(raw)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["gb2312", "big5", "utf-8", "x-unknown", "utf-7"]))
def test_parse_message_never_raises_on_mangled_mime(body: str, label: str) -> None:
    raw = (
        f"From: a@b\r\nSubject: =?{label}?B?{body[:20]}?=\r\n"
        f'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        f"Content-Type: text/plain; charset={label}\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        f"{body}\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\n{body}\r\n"
    ).encode("utf-8", "surrogatepass")
    parse_message(raw)


def test_data_files_parse_to_readable_chinese() -> None:
    gbk = parse_message((REPLIES / "zh_paid_gbk_labelled_gb2312.eml").read_bytes())
    assert gbk.subject == "回复：[CK-C2026-01-m2] 付款提醒 镕"
    assert gbk.from_name == "王镕"
    big5 = parse_message((REPLIES / "zh_tw_paid_big5_qp.eml").read_bytes())
    assert big5.from_name == "陳先生"
    assert big5.text.startswith("我們已匯款")


def test_a_charset_label_naming_a_bytes_codec_is_not_used() -> None:
    """``charset=base64`` names a codec Python has, but not a text one: bytes.decode refuses
    it, so it counts as an unknown label (found by test_hostile_input's fuzzing)."""
    from daemon.inbox.parse import decode_bytes, normalize_charset

    assert normalize_charset("base64", default="") == ""
    assert isinstance(decode_bytes(b"\x81", "base64"), str)


def test_each_message_is_parsed_once_by_mail_parser(monkeypatch) -> None:
    # Issue 15: the stdlib and mail-parser each parsed every inbound message. Now
    # mail-parser parses it (it builds the stdlib Message, which parse reads) and nothing
    # parses it again, at any size.
    import mailparser

    builds: list[int] = []
    real_build = email.message_from_bytes
    real_parse = mailparser.parse_from_bytes
    by_mailparser: list[int] = []

    def build(data: bytes, *args, **kwargs):  # type: ignore[no-untyped-def]
        builds.append(len(data))
        return real_build(data, *args, **kwargs)

    def parse_with_mailparser(data: bytes):  # type: ignore[no-untyped-def]
        by_mailparser.append(len(data))
        return real_parse(data)

    monkeypatch.setattr(email, "message_from_bytes", build)
    monkeypatch.setattr(mailparser, "parse_from_bytes", parse_with_mailparser)
    reply = MIMEMultipart()
    reply["From"] = "张三 <zhang@client.example.cn>"
    reply["To"] = "ar@example.cn"
    reply["Subject"] = "Re: 付款提醒"
    reply.attach(MIMEText("已付款，见附件。", "plain", "utf-8"))
    scan = MIMEApplication(b"\x00" * (3 * 1024 * 1024), Name="转账凭证.pdf")
    scan.add_header("Content-Disposition", "attachment", filename="转账凭证.pdf")
    reply.attach(scan)
    for message in (MIMEText("paid today", "plain", "utf-8"), reply):
        builds.clear()
        by_mailparser.clear()
        mail = parse_message(message.as_bytes())
        assert len(builds) == 1 and len(by_mailparser) == 1, (builds, by_mailparser)
    assert mail.text.strip() == "已付款，见附件。"
    assert mail.attachments == ("转账凭证.pdf",)
    assert mail.from_addr == "zhang@client.example.cn" and mail.to == ("ar@example.cn",)

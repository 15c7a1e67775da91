"""The MIME message: headers, threading, encodings, attachments, and no header injection."""

from __future__ import annotations

import email
from datetime import date
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from daemon.config.record_ops import replace
from daemon.config.schema import Config, Person
from daemon.domain.emails import PlannedEmail, legacy_of, token_verifies
from daemon.domain.state import StateView
from daemon.mail.compose import KEY_HEADER, HeaderInjectionError, compose, compose_message
from daemon.mail.context import context_for
from daemon.mail.rendering import RenderedEmail, Renderer, render
from tests.test_rendering import DUE, INVOICE_BYTES, SEND_DAY, at, make_config, planned


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return make_config(tmp_path)


def parse(msg: EmailMessage) -> EmailMessage:
    """What a receiver sees: the bytes on the wire, parsed back."""
    parsed = email.message_from_bytes(msg.as_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def build(config: Config, p: PlannedEmail) -> EmailMessage:
    rendered = render(config, p, StateView(), p.at)
    return compose(config, p, rendered, p.at, message_key=b"")


def test_chinese_notice_round_trips(config: Config) -> None:
    p = planned("zh", "notice")
    p = PlannedEmail(p.key, p.at, p.client, p.language, p.to, cc=("ap@shuju.example",))
    rendered = render(config, p, StateView(), p.at)
    raw = compose(config, p, rendered, p.at, message_key=b"").as_bytes()
    assert raw.isascii()  # 7-bit clean: RFC 2047 headers, base64/QP bodies
    assert "中期款".encode() not in raw
    back = email.message_from_bytes(raw, policy=policy.default)
    assert (
        back["Subject"]
        == rendered.subject
        == "中期款付款通知 — 数据平台一期 [CK-HZ-2026-017-midterm]"
    )
    assert back["From"].addresses[0].display_name == "李明（云帆科技）"
    assert back["From"].addresses[0].addr_spec == "billing@yunfan.example"
    assert str(back["To"]) == "张伟 <zhangwei@shuju.example>"
    assert str(back["Cc"]) == "财务部 <ap@shuju.example>"
    assert back["Reply-To"].addresses[0].addr_spec == "liming@yunfan.example"
    assert back["Date"].datetime == p.at
    assert back["Date"].datetime.utcoffset().total_seconds() == 8 * 3600  # client's timezone
    assert back[KEY_HEADER] == "HZ-2026-017/midterm/notice/0"
    text = back.get_body(("plain",))
    html = back.get_body(("html",))
    assert text is not None and html is not None
    assert text.get_content().replace("\r\n", "\n") == rendered.text  # CRLF on the wire
    assert html.get_content().replace("\r\n", "\n") == rendered.html
    [attachment] = list(back.iter_attachments())
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "发票-中期款.pdf"
    assert attachment.get_content() == INVOICE_BYTES


def test_structure_is_mixed_with_alternative(config: Config) -> None:
    back = parse(build(config, planned("en", "due")))
    assert back.get_content_type() == "multipart/mixed"
    alternative, attachment = back.get_payload()
    assert alternative.get_content_type() == "multipart/alternative"
    types = [part.get_content_type() for part in alternative.get_payload()]
    assert types == ["text/plain", "text/html"]
    assert attachment.get_filename() == "INV-0042.pdf"
    no_attachment = parse(build(config, planned("en", "terms")))
    assert no_attachment.get_content_type() == "multipart/alternative"


def test_message_id_is_deterministic(config: Config) -> None:
    p = planned("zh", "reminder", 2)
    first = build(config, p)
    second = compose(
        config, p, render(config, p, StateView(), p.at), at(date(2027, 1, 5)), message_key=b""
    )
    expected = "<ck.HZ-2026-017.midterm.reminder.2@yunfan.example>"
    assert first["Message-ID"] == second["Message-ID"] == expected
    other = build(config, planned("zh", "reminder", 3))
    assert other["Message-ID"] != expected
    rendered = render(config, p, StateView(), p.at)
    keyed = compose(config, p, rendered, p.at, message_key=b"k")
    again = compose(config, p, rendered, at(date(2027, 1, 5)), message_key=b"k")
    assert keyed["Message-ID"] == again["Message-ID"] != expected
    assert legacy_of(keyed["Message-ID"]) == expected and token_verifies(keyed["Message-ID"], b"k")


def test_message_id_domain_setting(tmp_path: Path) -> None:
    config = make_config(
        tmp_path,
        mail={
            "from": {"name": "Billing", "email": "billing@yunfan.example"},
            "message_id_domain": "ck.yunfan.example",
        },
    )
    msg = build(config, planned("en", "terms"))
    assert msg["Message-ID"] == "<ck.NW-2026-003.-.terms.0@ck.yunfan.example>"
    assert msg[KEY_HEADER] == "NW-2026-003/-/terms/0"
    assert msg["Reply-To"] is None


def test_threading_headers(config: Config) -> None:
    p = planned("en", "reminder", 1)
    thread = ("<ck.NW-2026-003.deposit.notice.0@yunfan.example>", "<client-reply@northwind>")
    p = PlannedEmail(p.key, p.at, p.client, p.language, p.to, thread=thread)
    back = parse(build(config, p))
    assert back["In-Reply-To"] == "<client-reply@northwind>"
    assert back["References"].split() == list(thread)
    first = parse(build(config, planned("en", "notice")))
    assert first["In-Reply-To"] is None and first["References"] is None


def test_long_references_fold_and_parse_back(config: Config) -> None:
    p = planned("zh", "legal")
    thread = tuple(f"<ck.HZ-2026-017.midterm.reminder.{i}@yunfan.example>" for i in range(1, 9))
    p = PlannedEmail(p.key, p.at, p.client, p.language, ("legal@yunfan.example",), thread=thread)
    raw = build(config, p).as_bytes()
    assert max(len(line) for line in raw.split(b"\r\n")) <= 998
    back = email.message_from_bytes(raw, policy=policy.default)
    assert back["References"].split() == list(thread)
    assert str(back["To"]) == "赵律师 <legal@yunfan.example>"


def test_crafted_display_name_cannot_inject(config: Config) -> None:
    evil = Person.model_construct(name="Eve\r\nBcc: victim@evil.example", email="x@evil.example")
    mail = replace(config.settings.mail, sender=evil)
    settings = replace(config.settings, mail=mail)
    bad = replace(config, settings=settings)
    p = planned("en", "due")
    rendered = render(config, p, StateView(), p.at)
    with pytest.raises(HeaderInjectionError, match="line break"):
        compose(bad, p, rendered, p.at, message_key=b"")


def test_crafted_subject_and_recipient_cannot_inject(config: Config) -> None:
    p = planned("en", "due")
    rendered = render(config, p, StateView(), p.at)
    evil_subject = RenderedEmail("Hi\nBcc: victim@evil.example", "t", "<p>t</p>")
    with pytest.raises(HeaderInjectionError):
        compose(config, p, evil_subject, p.at, message_key=b"")
    evil_to = PlannedEmail(p.key, p.at, p.client, p.language, ("a@b.example\r\nBcc: c@d.example",))
    with pytest.raises(HeaderInjectionError):
        compose(config, evil_to, rendered, p.at, message_key=b"")
    evil_thread = PlannedEmail(p.key, p.at, p.client, p.language, p.to, thread=("<a@b>\nX: y",))
    with pytest.raises(HeaderInjectionError):
        compose(config, evil_thread, rendered, p.at, message_key=b"")


def test_client_name_with_line_break_is_collapsed_in_subject(config: Config) -> None:
    client = config.clients[1].model_construct(
        **{**dict(config.clients[1]), "name": "Acme\r\nBcc: victim@evil.example"}
    )
    bad = replace(config, clients=[config.clients[0], client])
    p = planned("en", "legal")
    msg = compose(bad, p, render(bad, p, StateView(), p.at), p.at, message_key=b"")
    back = parse(msg)
    assert back["Bcc"] is None
    assert "Acme Bcc: victim@evil.example" in back["Subject"]


def test_compose_message_for_acks(config: Config) -> None:
    renderer = Renderer.for_config(config)
    ctx = context_for(config, "HZ-2026-017", "midterm", StateView(), at(DUE))
    rendered = renderer.render_named("zh", "ack_paid", ctx)
    msg = compose_message(
        config,
        to=["zhangwei@shuju.example"],
        rendered=rendered,
        message_id="<ack.1@yunfan.example>",
        in_reply_to="<client-msg@shuju.example>",
        references=[
            "<ck.HZ-2026-017.midterm.notice.0@yunfan.example>",
            "<client-msg@shuju.example>",
        ],
        now=at(DUE),
        auto_submitted="auto-replied",
    )
    back = parse(msg)
    assert back["Subject"] == rendered.subject
    assert back["Message-ID"] == "<ack.1@yunfan.example>"
    assert back["In-Reply-To"] == "<client-msg@shuju.example>"
    assert back["Auto-Submitted"] == "auto-replied"
    assert back[KEY_HEADER] is None
    assert list(back.iter_attachments()) == []
    alert = renderer.render_named("en", "pm_alert", {"title": "Dispute", "body": "See below"})
    msg = compose_message(
        config,
        to=["Li Ming <liming@yunfan.example>"],
        subject="Custom: Dispute",
        rendered=alert,
        message_id="<alert.1@yunfan.example>",
        now=at(SEND_DAY["demand"]),
    )
    back = parse(msg)
    assert back["Subject"] == "Custom: Dispute"
    assert str(back["To"]) == "Li Ming <liming@yunfan.example>"
    with pytest.raises(ValueError, match="To"):
        compose_message(config, to=[], rendered=alert, message_id="<a@b>", now=at(DUE))


def test_unknown_attachment_type_is_octet_stream(config: Config, tmp_path: Path) -> None:
    odd = tmp_path / "ledger.qqq"
    odd.write_bytes(b"\x00\x01")
    rendered = RenderedEmail("S", "t", "<p>t</p>", (odd,))
    msg = compose_message(
        config, to=["a@b.example"], rendered=rendered, message_id="<m@x>", now=at(DUE)
    )
    [attachment] = list(parse(msg).iter_attachments())
    assert attachment.get_content_type() == "application/octet-stream"
    assert attachment.get_content() == b"\x00\x01"

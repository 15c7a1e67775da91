"""The cheap way of building a message (:mod:`daemon.mail.mime`) writes what the email
package would: each folded header as the policy folds it, the whole message byte for byte
as its generator writes the same tree, and the recipients the outbox records as the To
and Cc headers read back."""

from __future__ import annotations

import email
from email.message import EmailMessage
from email.policy import SMTP, default
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.config.schema import Config
from daemon.domain.state import StateView
from daemon.mail.compose import compose, compose_message
from daemon.mail.mime import FastMessage, fold
from daemon.mail.parts import GeneratedFile, InlineImage
from daemon.mail.rendering import RenderedEmail, render
from tests.test_rendering import DUE, at, make_config, planned

printable = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=90)
words = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\x85"),
    max_size=90,
)
UNSTRUCTURED = ["Subject", "References", "In-Reply-To", "X-Cuikuan-Key", "Auto-Submitted"]


def policy_fold(name: str, value: str) -> str:
    """What ``SMTP`` writes for ``name: value``, without the name and the line end."""
    folded = SMTP.header_factory(name, value).fold(policy=SMTP)
    return folded[len(name) + 2 : -2].replace("\r\n", "\n")


@settings(max_examples=400, deadline=None)
@given(name=st.sampled_from(UNSTRUCTURED), value=printable | words)
def test_a_folded_value_is_what_the_policy_writes(name: str, value: str) -> None:
    assert fold(name, value) == policy_fold(name, value)


@settings(max_examples=200, deadline=None)
@given(display=printable | words, local=st.from_regex(r"[a-z0-9._+-]{1,20}", fullmatch=True))
def test_an_address_is_folded_as_the_policy_folds_it(display: str, local: str) -> None:
    from email.headerregistry import Address

    try:
        value = str(Address(display_name=display, username=local, domain="example.com"))
    except ValueError:
        return
    for name in ("To", "From", "Reply-To"):
        assert fold(name, value) == policy_fold(name, value)
    date = "Tue, 01 Dec 2026 10:00:00 +0800"
    assert fold("Date", date) == policy_fold("Date", date)
    mid = f"<ck.{local}.reminder.1.qyohzdbyetwhybtge@team.example>"
    assert fold("Message-ID", mid) == policy_fold("Message-ID", mid)


def messages(config: Config, tmp_path: Path) -> list[EmailMessage]:
    """Every shape compose makes: zh/en, attachments on disk, inline images, made files."""
    out = []
    for language, stage in [("zh", "notice"), ("en", "due"), ("en", "terms"), ("zh", "demand")]:
        p = planned(language, stage)
        out.append(compose(config, p, render(config, p, StateView(), p.at), p.at, message_key=b""))
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    rendered = RenderedEmail(
        "付款二维码 " * 12,
        "扫码付款\n" * 40,
        '<p>扫码</p><img src="cid:qr-1">',
        (),
        (InlineImage("qr-1", png, "png", "QR"), InlineImage("qr-2", png, "png", "QR 2")),
        (GeneratedFile("对账单.csv", "a,b\n1,2\n".encode("utf-8-sig"), "text/csv"),),
    )
    out.append(
        compose_message(
            config,
            to=["张伟 <zhangwei@shuju.example>", '"Doe, Jane" <jane@northwind.example>'],
            cc=["ap@shuju.example"],
            rendered=rendered,
            message_id="<ack.1@yunfan.example>",
            in_reply_to="<client-msg@shuju.example>",
            references=[f"<ck.{n}.reminder.{n}@yunfan.example>" for n in range(6)],
            now=at(DUE),
            auto_submitted="auto-replied",
        )
    )
    return out


def test_a_message_is_written_byte_for_byte_as_the_generator_writes_it(
    tmp_path: Path,
) -> None:
    config = make_config(tmp_path)
    for msg in messages(config, tmp_path):
        assert isinstance(msg, FastMessage)
        fast = msg.as_bytes()
        assert fast == EmailMessage.as_bytes(msg)  # the email package's own generator
        assert fast.isascii() and bytes(msg) == fast
        assert all(len(line) <= 998 for line in fast.split(b"\r\n"))


def test_what_the_outbox_records_is_what_the_headers_say(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    for msg in messages(config, tmp_path):
        assert isinstance(msg, FastMessage)
        back = email.message_from_bytes(msg.as_bytes(), policy=default)
        assert msg.message_id == str(back["Message-ID"])
        assert msg.recipients == [str(v) for h in ("To", "Cc") for v in back.get_all(h, [])]

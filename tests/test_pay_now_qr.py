"""Pay-now extras (issue 13.4): a payment link, the company's collection QR image and, for
EUR accounts with an IBAN, a SEPA (EPC) QR code, inline (multipart/related, cid:)."""

from __future__ import annotations

import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
import segno

from daemon.config.company import BankAccount
from daemon.config.money_terms import PayNow
from daemon.config.record_ops import replace
from daemon.config.schema import Config
from daemon.domain.state import MilestoneState, StateView
from daemon.mail.compose import compose
from daemon.mail.pay_now import pay_now_extras
from daemon.mail.qr import epc_payload, epc_qr
from daemon.mail.rendering import render
from tests.test_config import BASE, edit, issues_of, write  # noqa: F401
from tests.test_rendering import EN, ZH, make_config, planned, state_for

IBAN = "DE89 3704 0044 0532 0130 00"
LINK = "https://pay.example.cn/HZ-2026-017"


def qr_png(path: Path) -> Path:
    segno.make("wxp://f2f0-collection-code").save(str(path), kind="png", scale=3)
    return path


def eur_config(tmp_path: Path, **pay_now: object) -> Config:
    """The English client's contract in EUR, paid to an account with an IBAN."""
    config = make_config(tmp_path)
    account = {
        "account_name": "Yunfan Europe GmbH",
        "bank": "Commerzbank",
        "account_number": "0532 0130 00",
        "iban": IBAN,
        "bic": "COBADEFFXXX",
    }
    clients = []
    for client in config.clients:
        contracts = [
            replace(
                c,
                **{
                    "currency": "EUR",
                    "bank_account": BankAccount.model_validate(account),
                    **({"pay_now": PayNow.model_validate(pay_now)} if pay_now else {}),
                },
            )
            if c.id == EN[0]
            else c
            for c in client.contracts
        ]
        clients.append(replace(client, contracts=contracts))
    return replace(config, clients=clients)


def test_the_epc_payload_is_the_bcd_format() -> None:
    got = epc_payload(
        "Yunfan Europe GmbH", "DE89370400440532013000", Decimal("7000"), "NW-2026-003 deposit",
        "COBADEFFXXX",
    )  # fmt: skip
    assert got == (
        "BCD\n002\n1\nSCT\nCOBADEFFXXX\nYunfan Europe GmbH\nDE89370400440532013000\n"
        "EUR7000.00\n\n\nNW-2026-003 deposit"
    )
    with pytest.raises(ValueError, match="0.01 to 999999999.99"):
        epc_payload("x", "DE89370400440532013000", Decimal("0"), "r", None)


def test_a_eur_reminder_carries_an_epc_code_for_what_remains(tmp_path: Path) -> None:
    config = eur_config(tmp_path)
    p = planned("en", "reminder", seq=1)
    part = MilestoneState(paid_amount=Decimal("5000.00"))  # of 12,000.00
    state = StateView(sends=state_for("en", "reminder").sends, milestones={EN: part})
    out = render(config, p, state, p.at)
    [image] = out.inline
    expected = epc_qr(
        "Yunfan Europe GmbH", "DE89370400440532013000", Decimal("7000.00"),
        "NW-2026-003 deposit", "COBADEFFXXX", image.caption,
    )  # fmt: skip
    assert image.data == expected.data and image.data.startswith(b"\x89PNG")
    assert f'src="cid:{image.cid}"' in out.html
    assert "IBAN: DE89 3704 0044 0532 0130 00" in out.text
    assert "BIC (SWIFT): COBADEFFXXX" in out.text
    assert "SEPA transfer QR code" in out.text

    message = compose(config, p, out, p.at, message_key=b"k")
    related = next(
        part for part in message.walk() if part.get_content_type() == "multipart/related"
    )
    html, png = related.get_payload()  # type: ignore[misc]
    assert html.get_content_type() == "text/html"
    assert png.get_content_type() == "image/png"
    assert png["Content-ID"] == f"<{image.cid}>"
    assert png.get_content_disposition() == "inline"
    assert png.get_payload(decode=True) == image.data
    alternative = next(p for p in message.walk() if p.get_content_type() == "multipart/alternative")
    assert related in alternative.get_payload()  # type: ignore[operator]

    off = eur_config(tmp_path, epc_qr=False)
    assert render(off, p, state, p.at).inline == ()


@pytest.mark.parametrize("language", ["zh", "en"])
def test_link_and_collection_code_in_every_payment_email(tmp_path: Path, language: str) -> None:
    image = qr_png(tmp_path / "wechat.png")
    config = make_config(
        tmp_path, pay_now={"link": LINK, "qr_image": str(image), "qr_caption": "微信扫码付款"}
    )
    for stage in ("terms", "notice", "due", "reminder", "promise_broken", "demand", "escalate"):
        p = planned(language, stage, seq=1 if stage == "reminder" else 0)
        out = render(config, p, state_for(language, stage), p.at)
        [inline] = out.inline
        assert inline.data == image.read_bytes() and inline.caption == "微信扫码付款"
        assert f'src="cid:{inline.cid}"' in out.html and f'href="{LINK}"' in out.html
        online = "在线付款：" if language == "zh" else "Pay online: "
        assert f"{online}{LINK}" in out.text
    p = planned(language, "thanks")
    thanks = render(config, p, state_for(language, "thanks"), p.at)
    assert thanks.inline == () and LINK not in thanks.text


def test_nothing_extra_without_pay_now(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    assert pay_now_extras(config, *_zh_contract(config), "reminder", "zh", StateView()) == (
        None,
        (),
    )


def _zh_contract(config: Config) -> tuple:
    [contract] = [c for cl in config.clients for c in cl.contracts if c.id == ZH[0]]
    return contract, contract.milestones[1]


def test_pay_now_mistakes_name_file_line_field(write) -> None:  # noqa: F811
    Path("not-a-picture.png").write_text("hello", encoding="utf-8")
    text = edit(
        BASE,
        "        events:",
        textwrap.indent(
            "pay_now: {link: 'http://pay.example/x', qr_image: not-a-picture.png}\n"
            "bank_account: {account_name: A, bank: B, account_number: '1', iban: DE00 1234}\n"
            "events:",
            "        ",
        ),
    )
    got = issues_of(write(text))
    assert any(
        i.startswith("config.yaml:19: clients[0].contracts[0].pay_now.link:") and "https://" in i
        for i in got
    ), got
    assert any("bank_account.iban:" in i and "not an IBAN" in i for i in got), got

    text = edit(
        BASE, "        events:", "        pay_now: {qr_image: missing.png}\n        events:"
    )
    [issue] = issues_of(write(text))
    assert issue.startswith("config.yaml:19: clients[0].contracts[0].pay_now.qr_image:")
    assert "not found" in issue

    text = edit(
        BASE, "        events:", "        pay_now: {qr_image: not-a-picture.png}\n        events:"
    )
    [issue] = issues_of(write(text))
    assert "not a PNG or JPEG" in issue

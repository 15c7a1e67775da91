"""Answers to routine requests (issue 13.6): decision tables over decide() (pure)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from daemon.config.schema import Config
from daemon.domain.events import Answered
from daemon.domain.state import MilestoneState, StateView
from daemon.inbox.answers import requested
from daemon.inbox.authorize import Authorization
from daemon.inbox.classify import Classification
from daemon.inbox.decide import Decision, decide, inbound_seq
from daemon.inbox.matching import Match
from daemon.inbox.processor import allowed_recipients
from tests.inbox_builders import (
    ACME_CC,
    ACME_TO,
    C1,
    PM,
    acme,
    beta,
    contract,
    mail,
    make_config,
    mid,
    milestone,
    state,
    t,
)

NOW = t("2026-11-30T11:00:00+08:00")
M1 = Match("thread", "acme", C1, "m1")
CLIENT = Authorization("client", True, "contact")
R1 = (C1, "m1", "reminder", 1)
INVOICING = {"name": "Team Ltd", "tax_id": "91330100MA2XXXXX0Q", "phone": "0571-1"}


def config(invoice: bool = True, **settings: Any) -> Config:
    m1 = milestone("m1", "2026-11-20", **({"invoice": "inv/m1.pdf"} if invoice else {}))
    return make_config(acme(contract(C1, m1, milestone("m2", "2027-01-10"))), beta(), **settings)


def run(
    text: str,
    *,
    cfg: Config | None = None,
    confidence: float = 0.85,
    auth: Authorization = CLIENT,
    match: Match = M1,
    view: StateView | None = None,
    message_id: str = "<ask.1@acme.cn>",
    kind: str = "resend_request",
) -> Decision:
    cfg = cfg or config()
    the_mail = mail(text=text, message_id=message_id)
    c = Classification(kind, confidence=confidence, text_considered=text)  # type: ignore[arg-type]
    decision = decide(the_mail, c, match, auth, cfg, view or state(R1), NOW, message_id)
    allowed = allowed_recipients(cfg)
    for email in decision.emails:
        assert email.to and set(email.to) | set(email.cc) <= allowed
    return decision


def answer(d: Decision) -> Any:
    assert d.action == "answered", d.action
    [email] = d.emails
    assert (email.template, email.to, email.cc) == ("answer", (ACME_TO,), (ACME_CC, PM))
    return email


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Could you resend the invoice?", ("invoice",)),
        ("请重新发一下发票", ("invoice",)),
        ("What are your bank details?", ("bank_details",)),
        ("请问贵司的开户行和账号是多少？", ("bank_details",)),
        ("麻烦提供一下贵司的开票信息", ("invoicing_details",)),
        ("Please send the invoice again and your bank details", ("invoice", "bank_details")),
        ("Could you resend it?", ()),
    ],
)
def test_what_a_request_asks_for(text: str, items: tuple[str, ...]) -> None:
    assert requested(text) == items


def test_resend_invoice_is_answered_at_once_with_the_invoice_and_the_chase_waits() -> None:
    d = run("Could you resend the invoice? We cannot find it.")
    email = answer(d)
    assert [p.name for p in email.attachments] == ["m1.pdf"]
    assert email.context["answer"]["invoice"] and email.context["answer"]["held"]
    assert email.in_reply_to == "<ask.1@acme.cn>" and email.letter
    assert email.key.stage == "answer" and email.key.seq == inbound_seq("<ask.1@acme.cn>")
    [change] = d.changes
    assert change.state.status == "open"
    assert change.state.hold_until == NOW + timedelta(days=3)  # policy.answer_hold_days
    [event] = d.events
    assert isinstance(event, Answered) and event.items == ("invoice",)
    assert event.request_id == "<ask.1@acme.cn>" and event.attachments == ("m1.pdf",)
    assert event.message_id == mid("C-2026-1", "m1", "answer", email.key.seq)  # as sent


def test_the_hold_is_configurable_and_never_shortens_a_longer_one() -> None:
    d = run("please resend the invoice", cfg=config(policy={"answer_hold_days": 7}))
    assert d.changes[0].state.hold_until == NOW + timedelta(days=7)
    later = t("2026-12-20T09:00:00+08:00")
    held = StateView(
        sends=state(R1).sends, milestones={(C1, "m1"): MilestoneState(hold_until=later)}
    )
    assert run("please resend the invoice", view=held).changes[0].state.hold_until == later


def test_same_message_same_key_a_new_request_a_new_key() -> None:
    first = answer(run("please resend the invoice")).key
    again = answer(run("please resend the invoice")).key
    next_day = answer(run("please resend the invoice", message_id="<ask.2@acme.cn>")).key
    assert first == again and next_day != first


def test_bank_details_come_from_the_config_without_attachment() -> None:
    email = answer(run("What are your bank details?"))
    assert email.attachments == () and email.context["answer"]["bank_details"]
    assert email.context["answer"]["invoicing_details"] == []


def test_invoicing_details_from_settings_or_else_the_pm() -> None:
    email = answer(run("麻烦提供一下贵司的开票信息", cfg=config(invoicing=INVOICING)))
    assert email.context["answer"]["invoicing_details"] == [
        ("name", "Team Ltd"),
        ("tax_id", "91330100MA2XXXXX0Q"),
        ("phone", "0571-1"),
    ]
    asked = run("麻烦提供一下贵司的开票信息")  # no settings.invoicing: a person answers
    assert asked.action == "asked_pm" and [e.template for e in asked.emails] == ["pm_alert"]


@pytest.mark.parametrize(
    ("why", "kw"),
    [
        ("not sure", {"confidence": 0.6}),
        ("no invoice file", {"cfg": config(invoice=False)}),
        ("nothing recognisable, no invoice", {"cfg": config(invoice=False), "text": "resend?"}),
        ("a new account is mentioned", {"text": "Please send the invoice and your new account"}),
        ("a changed account", {"text": "请提供变更后的银行账户"}),
    ],
)
def test_what_cannot_be_answered_alone_goes_to_the_pm(why: str, kw: dict[str, Any]) -> None:
    text = kw.pop("text", "Could you resend the invoice?")
    d = run(text, **kw)
    assert d.action == "asked_pm", why
    assert [e.template for e in d.emails] == ["pm_alert"]
    assert not any(isinstance(e, Answered) for e in d.events)


def test_a_held_or_disputed_milestone_is_not_answered_alone() -> None:
    disputed = StateView(
        sends=state(R1).sends, milestones={(C1, "m1"): MilestoneState(status="disputed")}
    )
    d = run("please resend the invoice", view=disputed)
    assert d.action != "answered" and all(e.template == "pm_alert" for e in d.emails)


def test_an_unauthenticated_contact_gets_nothing() -> None:
    d = run("please resend the invoice", auth=Authorization("client", False, "dmarc=fail"))
    assert d.action == "suspicious" and [e.to for e in d.emails] == [(PM,)]


def test_bank_account_change_question_is_never_answered() -> None:
    d = run("Have your bank details changed?", kind="bank_question", confidence=0.95)
    assert d.action == "bank_question" and [e.to for e in d.emails] == [(PM,)]
    assert "RISK" in d.emails[0].context["title"]


def test_a_request_about_the_whole_contract_gets_details_without_a_hold() -> None:
    d = run("What are your bank details?", match=Match("subject", "acme", C1, None))
    email = answer(d)
    assert email.key.milestone is None and d.changes == ()
    assert email.context["answer"]["held"] is False


def test_invoicing_details_are_validated() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match="is not a tax number"):
        config(invoicing={**INVOICING, "tax_id": "税号"})
    with pytest.raises(ValidationError, match="at least 1 character"):
        config(invoicing={**INVOICING, "name": ""})
    with pytest.raises(ValidationError, match="line breaks"):
        config(invoicing={**INVOICING, "address": "a\nBcc: x@evil.example"})

"""What cuikuan does about one inbound email: decision tables (pure)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from daemon.domain.emails import legacy_of
from daemon.domain.state import MilestoneState, SendRecord, StateView
from daemon.inbox.authorize import Authorization
from daemon.inbox.bounce import BounceInfo
from daemon.inbox.classify import Classification
from daemon.inbox.decide import Decision, decide, inbound_seq, synthetic_message_id
from daemon.inbox.facts import safe_id
from daemon.inbox.matching import UNMATCHED, Match
from daemon.inbox.processor import allowed_recipients
from tests.inbox_builders import (
    ACME_CC,
    ACME_TO,
    B1,
    BETA_TO,
    BOSS,
    C1,
    KEY,
    PM,
    mail,
    make_config,
    mid,
    state,
    t,
)

NOW = t("2026-11-30T11:00:00+08:00")
SENT_AT = t("2026-11-30T10:00:00+08:00")  # the Date of mail()
M1 = Match("thread", "acme", C1, "m1")
CLIENT = Authorization("client", True, "contact")
STAFF = Authorization("staff", True, "no header")
STRANGER = Authorization("stranger", False, "not in the config")
R1 = (C1, "m1", "reminder", 1)


def run(
    kind: str = "other",
    *,
    match: Match = M1,
    auth: Authorization = CLIENT,
    view: StateView | None = None,
    mail_kw: dict[str, Any] | None = None,
    **classification: Any,
) -> Decision:
    config = make_config()
    the_mail = mail(**(mail_kw or {}))
    decision = decide(
        the_mail,
        Classification(kind, **classification),  # type: ignore[arg-type]
        match,
        auth,
        config,
        view or state(R1),
        NOW,
        the_mail.message_id or "<x@y>",
    )
    allowed = allowed_recipients(config)
    for email in decision.emails:  # nothing ever goes to an address outside the config
        assert email.to and set(email.to) | set(email.cc) <= allowed
    return decision


def only_change(decision: Decision) -> MilestoneState:
    [change] = decision.changes
    assert (change.contract, change.milestone) == (C1, "m1")
    return change.state


def templates(decision: Decision) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.template, e.to) for e in decision.emails]


# --- client replies ------------------------------------------------------------------------


def test_paid_claims_paid_and_asks_pm() -> None:
    d = run("paid", evidence=["we have paid"])
    new = only_change(d)
    assert (new.status, new.hold_until, new.last_contact) == ("claimed_paid", None, SENT_AT)
    assert "we have paid" in new.reason
    # a short acknowledgement to the client; the receipt waits for staff to verify
    assert templates(d) == [("ack_paid", (ACME_TO,)), ("pm_alert", (PM,))]
    assert "verify" in d.emails[1].context["title"].lower()
    assert "[CK-C-2026-1-m1]" in d.emails[1].context["title"]
    assert "Hello" in d.emails[1].context["quoted"]
    assert d.outcome == "processed" and [e.kind for e in d.events] == ["alert"]


def test_dispute_acks_client_and_tells_pm() -> None:
    d = run("dispute", evidence=["wrong amount"])
    assert only_change(d).status == "disputed"
    ack, alert = d.emails
    assert (ack.template, ack.to, ack.cc, ack.letter) == (
        "ack_dispute",
        (ACME_TO,),
        (ACME_CC,),
        True,
    )
    assert ack.language == "en" and ack.in_reply_to == "<reply.1@acme.cn>"
    assert ack.key.stage == "ack_dispute" and ack.key.seq == inbound_seq("<reply.1@acme.cn>")
    assert alert.template == "pm_alert" and alert.to == (PM,)


def test_dispute_ack_skips_bounced_addresses() -> None:
    d = run("dispute", view=StateView(sends=state(R1).sends, bad_addresses=frozenset({ACME_CC})))
    assert d.emails[0].cc == ()


def test_promise_holds_until_date_plus_grace_at_window_opening() -> None:
    new = only_change(run("promise", promised_date=date(2026, 12, 5)))
    assert (new.status, new.promised_date) == ("promised", date(2026, 12, 5))
    # 12-05 + 2 days grace = Monday 12-07, window opens 09:00 Shanghai
    assert new.hold_until == t("2026-12-07T09:00:00+08:00")


def test_promise_without_date_waits_the_quiet_period() -> None:
    new = only_change(run("promise"))
    assert (new.status, new.promised_date) == ("promised", None)
    assert new.hold_until == t("2026-12-03T11:00:00+08:00")


def test_auto_reply_with_return_date_holds_without_status_change() -> None:
    d = run("auto_reply", return_date=date(2026, 12, 3))
    new = only_change(d)
    assert (new.status, new.hold_until) == ("open", t("2026-12-03T09:00:00+08:00"))
    assert d.emails == ()


LATER_HOLD = StateView(
    sends=state(R1).sends,
    milestones={(C1, "m1"): MilestoneState(hold_until=t("2026-12-20T09:00:00+08:00"))},
)


@pytest.mark.parametrize(
    ("view", "back"),
    [
        (state(R1), None),
        (state(R1), date(2026, 11, 1)),
        (LATER_HOLD, date(2026, 12, 3)),
    ],
    ids=["no-date", "date-in-the-past", "hold-already-later"],
)
def test_auto_reply_changes_nothing_otherwise(view: StateView, back: date | None) -> None:
    d = run("auto_reply", view=view, return_date=back)
    assert (d.changes, d.emails, d.outcome) == ((), (), "processed")


def test_other_asks_the_pm_and_holds_await_pm_days() -> None:
    # issue 12: an unrecognised reply never lets the chase resume silently
    d = run("other")
    new = only_change(d)
    assert (new.status, new.hold_until) == ("open", t("2026-12-05T11:00:00+08:00"))
    assert new.reason.startswith("awaiting PM: other")
    assert (d.action, templates(d)) == ("asked_pm", [("pm_alert", (PM,))])
    assert "2026-12-05" in d.emails[0].context["body"]
    assert "resume" in d.emails[0].context["body"]  # the one-word commands


@pytest.mark.parametrize(
    ("language", "said", "foreign"),
    [
        ("zh", "客户称已付款（把握 40%）", "says it has paid"),
        ("en", "says it has paid (40% sure)", "客户"),
    ],
)
def test_the_pm_reads_an_unsure_reading_in_the_alerts_language(
    language: str, said: str, foreign: str
) -> None:
    # a Chinese alert once said "says it has paid (40% sure)" in the middle of its Chinese
    the_mail = mail()
    d = decide(
        the_mail,
        Classification("paid", confidence=0.4),
        M1,
        CLIENT,
        make_config(language=language),
        state(R1),
        NOW,
        the_mail.message_id or "<x@y>",
    )
    assert d.action == "asked_pm"
    body = d.emails[0].context["body"]
    assert said in body and foreign not in body


@pytest.mark.parametrize(
    ("status", "kind", "action"),
    [
        ("disputed", "other", "forwarded"),
        ("paused", "promise", "forwarded"),
        ("paused", "other", "forwarded"),
        ("stopped", "paid", "forwarded_settled"),
        ("paid", "dispute", "forwarded_settled"),
    ],
)
def test_states_a_reply_does_not_move(status: str, kind: str, action: str) -> None:
    view = StateView(sends=state(R1).sends, milestones={(C1, "m1"): MilestoneState(status=status)})  # type: ignore[arg-type]
    d = run(kind, view=view)
    assert (d.changes, d.action) == ((), action)
    assert templates(d) == [("pm_alert", (PM,))]


def test_paused_client_can_still_say_paid() -> None:
    view = StateView(
        sends=state(R1).sends, milestones={(C1, "m1"): MilestoneState(status="paused")}
    )
    assert only_change(run("paid", view=view)).status == "claimed_paid"


def test_yaml_paid_milestone_is_settled() -> None:
    d = run("dispute", match=Match("thread", "beta", B1, "final"), mail_kw={"from_addr": BETA_TO})
    assert (d.changes, d.action) == ((), "forwarded_settled")


def test_contract_level_reply_is_forwarded_not_acted_on() -> None:
    d = run("paid", match=Match("token", "acme", C1, None))
    assert (d.changes, d.action, templates(d)) == ((), "forwarded_contract", [("pm_alert", (PM,))])


def test_contract_level_auto_reply_holds_every_open_milestone() -> None:
    d = run("auto_reply", match=Match("token", "acme", C1, None), return_date=date(2026, 12, 3))
    assert sorted(c.milestone for c in d.changes) == ["m1", "m2"]


# --- bounces -------------------------------------------------------------------------------


def forged_token(real: str) -> str:
    """``real`` with another token of the right shape in place of ours."""
    old = legacy_of(real)
    assert old is not None
    return old.replace("@", ".aaaaaaaaaaaaaaaaa@")


REAL_BOUNCE = {"return_path": "", "original_message_id": mid(*R1)}
"""A null return path and the Message-ID of reminder 1 in the returned headers."""


def bounce(*recipients: str, permanent: bool = True, **mail_kw: Any) -> dict[str, Any]:
    info = BounceInfo(permanent=permanent, recipients=list(recipients), status="5.1.1")
    return {"bounce": info, "mail_kw": {**REAL_BOUNCE, **mail_kw}}


def test_permanent_bounce_marks_config_address_bad_and_alerts() -> None:
    d = run("bounce", auth=Authorization("system", True), **bounce(ACME_TO, "x@nowhere.example"))
    assert [a for a, _ in d.bad_addresses] == [ACME_TO]  # never an address outside the config
    assert templates(d) == [("pm_alert", (PM,))]
    assert "No other contact" in d.emails[0].context["body"]
    kinds = [(e.kind, e.data.get("address")) for e in d.events]
    assert ("bounce", ACME_TO) in kinds and ("alert", None) in kinds


def test_bounce_repeated_or_unknown_or_delayed() -> None:
    system = Authorization("system", True)
    again = StateView(sends=state(R1).sends, bad_addresses=frozenset({ACME_TO}), message_key=KEY)
    d = run("bounce", auth=system, view=again, **bounce(ACME_TO))
    assert (d.bad_addresses, d.emails, d.action) == ((), (), "bounce_repeated")
    d = run("bounce", auth=system, **bounce("x@nowhere.example"))
    assert (d.bad_addresses, d.action) == ((), "bounce_unknown") and len(d.emails) == 1
    d = run("bounce", auth=system, **bounce(ACME_TO, permanent=False))
    assert (d.bad_addresses, d.emails, d.action) == ((), (), "delay_warning")
    assert d.events[0].data == {
        "address": ACME_TO,
        "permanent": False,
        "status": "5.1.1",
        "message_id": "<reply.1@acme.cn>",
    }


@pytest.mark.parametrize(
    ("mail_kw", "why"),
    [
        ({"return_path": "mallory@evil.example"}, "Return-Path <mallory@evil.example>"),
        ({"return_path": None}, "Return-Path none"),
        ({"original_message_id": ""}, "Message-ID is missing"),
        ({"original_message_id": "<other@mx.acme.cn>"}, "did not send"),
        ({"original_message_id": mid(C1, "m2", "reminder", 1)}, "did not send"),
        ({"original_message_id": legacy_of(mid(*R1))}, "signature"),
        ({"original_message_id": forged_token(mid(*R1))}, "signature"),
    ],
    ids=[
        "foreign-return-path",
        "no-return-path",
        "no-original",
        "not-ours",
        "never-sent",
        "guessed-readable-part",
        "forged-token",
    ],
)
def test_a_bounce_that_does_not_prove_itself_changes_nothing(mail_kw: dict, why: str) -> None:
    d = run("bounce", auth=Authorization("system", True), **bounce(ACME_TO, **mail_kw))
    assert (d.bad_addresses, d.changes, d.action) == ((), (), "bounce_unverified")
    assert d.outcome == "unmatched" and templates(d) == [("pm_alert", (PM,))]
    assert why in d.emails[0].context["body"] and ACME_TO in d.emails[0].context["body"]


def test_a_bounce_of_an_email_sent_before_tokens_goes_to_the_pm() -> None:
    """An old state records R1 under its untokened Message-ID, which anyone can guess: a
    bounce quoting it is not counted (the PM decides), though replies still match it."""
    old_mid = legacy_of(mid(*R1))
    assert old_mid is not None
    key, record = next(iter(state(R1).sends.items()))
    old = StateView(sends={key: SendRecord(key, old_mid, "sent", record.at, record.to)})
    old = StateView(sends=old.sends, message_key=KEY)
    d = run(
        "bounce",
        view=old,
        auth=Authorization("system", True),
        **bounce(ACME_TO, original_message_id=old_mid),
    )
    assert (d.bad_addresses, d.action) == ((), "bounce_unverified")
    assert "signature" in d.emails[0].context["body"]


def test_a_bounce_marks_only_addresses_the_returned_email_went_to() -> None:
    # reminder 1 went to ACME_TO only; a report naming the cc contact too marks just one
    d = run("bounce", auth=Authorization("system", True), **bounce(ACME_TO, ACME_CC))
    assert [a for a, _ in d.bad_addresses] == [ACME_TO]


def test_the_dsn_may_name_the_returned_message_id() -> None:
    dsn = ({"final-recipient": f"rfc822; {ACME_TO}", "x-original-message-id": mid(*R1)},)
    kw = bounce(ACME_TO, original_message_id="", delivery_status=dsn)
    d = run("bounce", auth=Authorization("system", True), **kw)
    assert [a for a, _ in d.bad_addresses] == [ACME_TO]


def test_a_client_reply_that_fails_authentication_goes_to_the_pm_as_suspicious() -> None:
    forged = Authorization("client", False, "suspicious: mx: dmarc=fail")
    d = run("paid", auth=forged)
    assert (d.changes, d.outcome, d.action) == ((), "unmatched", "suspicious")
    assert templates(d) == [("pm_alert", (PM,))]
    assert "Suspicious" in d.emails[0].context["title"]
    assert "dmarc=fail" in d.emails[0].context["body"]


# --- not acted on --------------------------------------------------------------------------


def test_unmatched_human_mail_is_forwarded() -> None:
    d = run("paid", match=UNMATCHED, auth=STRANGER, mail_kw={"from_addr": "new@x.example"})
    assert (d.outcome, d.action, d.changes) == ("unmatched", "forwarded_unmatched", ())
    assert templates(d) == [("pm_alert", (PM,))]
    assert d.emails[0].key.contract == "-"


def test_unmatched_auto_reply_is_ignored() -> None:
    d = run("auto_reply", match=UNMATCHED, auth=STRANGER)
    assert (d.outcome, d.emails) == ("unmatched", ())


def test_stranger_quoting_our_message_id_changes_nothing() -> None:
    d = run("paid", auth=STRANGER, mail_kw={"from_addr": "evil@x.example"})
    assert (d.changes, d.outcome, d.action) == ((), "unmatched", "unauthorized")
    assert templates(d) == [("pm_alert", (PM,))]


def test_unreadable_and_own_mail() -> None:
    d = run(mail_kw={"unreadable": True, "reason": "no headers found", "size": 7})
    assert (d.outcome, d.action, d.changes) == ("unmatched", "unreadable", ())
    assert "no headers found" in d.emails[0].context["body"]
    d = run(auth=Authorization("self", False))
    assert (d.outcome, d.emails, d.changes) == ("unmatched", (), ())


# --- staff commands ------------------------------------------------------------------------


def staff(line: str, **kw: Any) -> Decision:
    mail_kw = {"from_addr": PM, "text": f"{line}\n\nOn Mon, cuikuan wrote:\n> paid?"}
    return run(auth=kw.pop("auth", STAFF), mail_kw=mail_kw, **kw)


@pytest.mark.parametrize(
    ("line", "status", "hold", "promised"),
    [
        ("paid 80000 2026-12-05", "paid", None, None),
        ("dispute they never got the goods", "disputed", None, None),
        ("pause 2027-01-10", "paused", "2027-01-11T09:00:00+08:00", None),  # a Sunday
        ("pause", "paused", None, None),
        ("resume", "open", None, None),
        ("promise 2026-12-20", "promised", "2026-12-22T09:00:00+08:00", date(2026, 12, 20)),
        ("stop", "stopped", None, None),
        ("暂停 2027-01-10", "paused", "2027-01-11T09:00:00+08:00", None),
    ],
)
def test_staff_command(line: str, status: str, hold: str | None, promised: date | None) -> None:
    d = staff(line)
    new = only_change(d)
    assert (new.status, new.hold_until, new.promised_date) == (
        status,
        t(hold) if hold else None,
        promised,
    )
    assert d.changes[0].cause.startswith("staff:")
    [reply] = d.emails
    assert (reply.template, reply.to, reply.context["ok"]) == ("staff_reply", (PM,), True)
    assert reply.context["command"] == line
    event, *_ = d.events  # a paid AMOUNT adds its payment fact
    assert event.kind == "staff_command" and event.data["ok"] is True
    assert event.data["from"] == PM


def test_staff_paid_with_other_amount_is_noted() -> None:
    reply = staff("paid 800").emails[0]
    assert "the milestone amount is 1000.00" in reply.context["result"]


def test_staff_resume_clears_hold_and_promise() -> None:
    held = MilestoneState(
        status="promised",
        promised_date=date(2026, 12, 1),
        hold_until=t("2026-12-03T09:00:00+08:00"),
    )
    view = StateView(sends=state(R1).sends, milestones={(C1, "m1"): held})
    new = only_change(staff("resume", view=view))
    assert (new.status, new.hold_until, new.promised_date) == ("open", None, None)


def test_staff_note_and_errors() -> None:
    d = staff("note called their CFO")
    assert d.changes == () and d.events[0].data["args"] == "called their CFO"
    for line, needle in [
        ("pay 100", "unknown command"),
        ("promise", "needs a date"),
    ]:
        d = staff(line)
        assert d.changes == () and d.action == "staff_error"
        assert d.emails[0].context["ok"] is False and needle in d.emails[0].context["result"]
        assert d.events[0].data["ok"] is False


def test_staff_command_needs_a_milestone() -> None:
    d = staff("paid", match=Match("token", "acme", C1, None))
    assert d.changes == () and "several milestones" in d.emails[0].context["result"]
    d = staff("paid", match=UNMATCHED)
    assert (d.changes, d.outcome) == ((), "unmatched") and d.emails[0].to == (PM,)
    d = staff("Lunch on Friday?", match=UNMATCHED)  # ordinary mail from a colleague
    assert (d.changes, d.emails, d.outcome) == ((), (), "unmatched")
    d = staff("paid", match=Match("thread", "beta", B1, "final"))
    assert d.changes == () and "config file" in d.emails[0].context["result"]


def test_unverified_staff_changes_nothing_and_pm_is_told() -> None:
    d = staff("paid 80000", auth=Authorization("staff", False, "dkim=fail"))
    assert (d.changes, d.outcome, d.action) == ((), "unmatched", "staff_refused")
    assert templates(d) == [("pm_alert", (PM,))]  # no answer to the claimed sender
    assert "dkim=fail" in d.emails[0].context["body"]
    assert d.events[0].kind == "staff_command" and d.events[0].data["ok"] is False


def test_staff_reply_goes_to_the_configured_address_only() -> None:
    d = run(
        auth=STAFF,
        mail_kw={"from_addr": BOSS, "text": "stop", "headers": {"reply-to": "evil@x.example"}},
    )
    assert d.emails[0].to == (BOSS,)


def test_staff_auto_reply_is_ignored() -> None:
    d = run("auto_reply", auth=STAFF, mail_kw={"from_addr": PM, "text": "I am away"})
    assert (d.changes, d.emails) == ((), ())


# --- determinism ---------------------------------------------------------------------------


def test_same_message_same_decision_and_keys() -> None:
    assert run("dispute") == run("dispute")
    other = run("dispute", mail_kw={"message_id": "<reply.2@acme.cn>"})
    assert {e.key for e in other.emails}.isdisjoint({e.key for e in run("dispute").emails})
    assert synthetic_message_id(b"abc").endswith("@cuikuan.invalid>")
    assert synthetic_message_id(b"abc") == synthetic_message_id(b"abc")


def test_only_plain_message_ids_reach_our_headers() -> None:
    assert safe_id(" <a.b-1@acme.cn> ") == "<a.b-1@acme.cn>"
    for bad in ("<a\x01@b>", "<a@b>\r\nBcc: x@y", "a@b", "<a b@c>", "<@b>", "<a@b@c>", ""):
        assert safe_id(bad) is None

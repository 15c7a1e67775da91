"""The stage table: every stage and mail kind is complete, and everything else derives from it.

Adding a stage is one row in daemon/domain/stages.py plus its templates (zh and en); these
tests fail when a row lacks a template, a display name, a recipient rule that yields an
address, or an offset naming a real policy field.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from daemon.config.schema import Config, Policy
from daemon.domain import stages
from daemon.domain.emails import legacy_message_id, legacy_of, message_id, token_verifies
from daemon.domain.recipients import recipients, resolve_rule
from daemon.domain.stages import (
    CLIENT,
    OTHER_MAIL,
    STAGES_TABLE,
    Offset,
    OtherMail,
    Recipients,
    Stage,
    mail_kind,
)
from daemon.domain.state import SendKey
from daemon.mail.formatting import STAGE_NAMES
from daemon.mail.rendering import SHIPPED_TEMPLATES

PARTS = ("subject", "txt", "html")
LANGUAGES = ("zh", "en")


def full_config() -> Config:
    """Every person a recipient rule may name is configured."""
    people = {
        role: {"email": f"{role}@team.example"} for role in ("pm", "supervisor", "finance", "legal")
    }
    return Config.model_validate(
        {
            "settings": {
                "company": "Team",
                **people,
                "mail": {"from": {"email": "chase@team.example"}},
            },
            "clients": [
                {
                    "id": "acme",
                    "name": "Acme",
                    "contacts": {"to": [{"email": "pay@acme.cn"}], "cc": [{"email": "c@acme.cn"}]},
                    "contracts": [],
                }
            ],
        }
    )


def missing_templates(entries: tuple[Stage | OtherMail, ...], folder: Path) -> list[str]:
    """``lang/name.part.j2`` of every template an entry needs and ``folder`` lacks."""
    return [
        f"{lang}/{entry.template}.{part}.j2"
        for entry in entries
        for lang in LANGUAGES
        for part in PARTS
        if not (folder / lang / f"{entry.template}.{part}.j2").is_file()
    ]


def rule_problems(entries: tuple[Stage | OtherMail, ...], config: Config) -> list[str]:
    """Entries whose recipient rule names no address in a fully configured config."""
    problems = []
    for entry in entries:
        rule = entry.recipients
        if "sender" in rule.to:  # answers the inbound sender: nothing to resolve here
            continue
        try:
            to, _cc = resolve_rule(config.settings, config.clients[0], rule)
        except ValueError as exc:
            problems.append(f"{entry.name}: {exc}")
            continue
        if not to:
            problems.append(f"{entry.name}: no 'to' address")
    return problems


def test_every_stage_and_mail_kind_has_its_templates_in_zh_and_en() -> None:
    assert missing_templates((*STAGES_TABLE, *OTHER_MAIL), SHIPPED_TEMPLATES) == []


def test_every_stage_and_mail_kind_has_a_working_recipient_rule() -> None:
    assert rule_problems((*STAGES_TABLE, *OTHER_MAIL), full_config()) == []


def test_the_checks_catch_a_stage_without_templates_or_recipients() -> None:
    """The two checks above would fail for a half-added stage (so they can fail)."""
    ghost = Stage("ghost", "schedule", Recipients(to=()), {"zh": "鬼", "en": "ghost"}, Offset())
    assert len(missing_templates((ghost,), SHIPPED_TEMPLATES)) == 6
    assert rule_problems((ghost,), full_config()) == ["ghost: no 'to' address"]
    wrong = Stage("odd", "schedule", Recipients(to=("sender",), cc=("client.x",)), {}, Offset())  # type: ignore[arg-type]
    assert rule_problems((wrong,), full_config()) == []  # sender rules are for replies
    bogus = Stage("odd", "schedule", Recipients(to=("client.x",)), {}, Offset())  # type: ignore[arg-type]
    assert rule_problems((bogus,), full_config())[0].startswith("odd: role 'client.x'")


@pytest.mark.parametrize("stage", STAGES_TABLE, ids=lambda s: s.name)
def test_every_stage_is_complete(stage: Stage) -> None:
    assert set(stage.titles) == set(LANGUAGES) and all(stage.titles.values())
    for lang in LANGUAGES:
        assert STAGE_NAMES[lang][stage.name] == stage.titles[lang]
    assert (stage.offset is not None) == (stage.trigger == "schedule")
    if stage.offset is not None:
        fields = (stage.offset.days, stage.offset.every, stage.offset.until)
        for name in filter(None, fields):
            assert name in Policy.model_fields, f"{stage.name}: Policy has no field {name}"


def test_derived_sets_are_what_the_code_always_meant() -> None:
    """The sets that used to be spelled out in several modules, now derived."""
    assert stages.STAGES == (
        "terms",
        "notice",
        "due",
        "reminder",
        "demand",
        "escalate",
        "suspend",
        "legal",
        "promise_broken",
        "thanks",
    )
    chase = {"notice", "due", "reminder", "demand", "escalate", "suspend", "promise_broken"}
    assert chase == stages.INVOICE_STAGES
    assert chase | {"legal"} == stages.CHASE_STAGES
    assert set(stages.STAGES) - {"legal"} == stages.CLIENT_FACING
    assert chase == stages.WROTE_TO_CLIENT
    assert (stages.TERMS, stages.THANKS) == ("terms", "thanks")
    assert [s.name for s in STAGES_TABLE if s.evidence] == ["legal"]
    assert [s.name for s in STAGES_TABLE if s.repeats] == ["reminder"]
    assert stages.FORMAL == ("demand", "escalate", "suspend", "legal")


def test_recipients_follow_the_table() -> None:
    config = full_config()
    client = config.clients[0]
    assert recipients(config.settings, client, "due") == (("pay@acme.cn",), ("c@acme.cn",))
    assert recipients(config.settings, client, "escalate")[1] == (
        "c@acme.cn",
        "supervisor@team.example",
        "finance@team.example",
        "pm@team.example",
    )
    assert recipients(config.settings, client, "suspend") == (
        ("pay@acme.cn",),
        ("c@acme.cn", "pm@team.example"),
    )
    assert recipients(config.settings, client, "legal") == (
        ("legal@team.example",),
        ("pm@team.example", "supervisor@team.example"),
    )
    assert stages.recipients_of("ack_dispute") == stages.recipients_of("ack_paid") == CLIENT


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("notice", "chase"),
        ("thanks", "chase"),
        ("pm_alert", "alert"),
        ("ack_dispute", "ack"),
        ("staff_reply", "staff_reply"),
        ("weekly_report", "report"),
    ],
)
def test_a_send_key_says_what_kind_of_mail_it_is(name: str, kind: str) -> None:
    assert SendKey("C1", None, name, 3).kind == kind


def test_an_unknown_mail_name_has_no_kind() -> None:
    with pytest.raises(ValueError, match="unknown kind of mail 'nope'"):
        _ = SendKey("C1", None, "nope").kind


def test_message_ids_of_existing_keys_are_unchanged() -> None:
    """Old states recognise their sent mail: the old form depends on the four fields only."""
    assert legacy_message_id(SendKey("C1", "m1", "reminder", 2), "t.example") == (
        "<ck.C1.m1.reminder.2@t.example>"
    )
    assert message_id(SendKey("C1", None, "terms"), "t.example", b"") == (
        "<ck.C1.-.terms.0@t.example>"
    )
    assert legacy_message_id(SendKey("-", None, "pm_alert", 7), "t.example") == (
        "<ck.-.-.pm_alert.7@t.example>"
    )


def test_message_ids_carry_a_token_only_the_key_gives() -> None:
    key = SendKey("C.1", "m-1", "reminder", 2)
    mid = message_id(key, "t.example", b"key one")
    assert re.fullmatch(r"<ck\.C\.1\.m-1\.reminder\.2\.[a-z]{17}@t\.example>", mid)
    assert mid == message_id(key, "t.example", b"key one")  # deterministic: exactly once
    assert legacy_of(mid) == "<ck.C.1.m-1.reminder.2@t.example>"
    assert token_verifies(mid, b"key one")
    assert not token_verifies(mid, b"key two") and not token_verifies(mid, b"")
    assert message_id(key, "t.example", b"key two") != mid
    assert not token_verifies(legacy_message_id(key, "t.example"), b"key one")
    assert not token_verifies(mid.replace("@t.example", "@evil.example"), b"key one")
    other = message_id(SendKey("C.1", "m-1", "reminder", 3), "t.example", b"key one")
    assert not token_verifies(other.replace(".3.", ".2."), b"key one")  # token of another key
    assert legacy_of("<ck.C1.m1.reminder.2@t.example>") is None


def test_a_new_scheduled_stage_is_planned_from_its_row_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The planner has no stage knowledge of its own: a row is enough to be scheduled."""
    from daemon.domain.planner import milestone_timeline

    courtesy = Stage(
        "courtesy",
        "schedule",
        CLIENT,
        {"zh": "友情提示", "en": "courtesy call"},
        Offset(days="promise_grace_days"),  # due + 2 days by default
    )
    rows = (*stages.SCHEDULED[:2], courtesy, *stages.SCHEDULED[2:])
    monkeypatch.setattr(stages, "SCHEDULED", rows)
    config = full_config().model_validate(
        {
            **full_config().model_dump(by_alias=True),
            "clients": [
                {
                    "id": "acme",
                    "name": "Acme",
                    "contacts": {"to": [{"email": "pay@acme.cn"}]},
                    "contracts": [
                        {
                            "id": "C1",
                            "title": "Build",
                            "total": "100.00",
                            "signed": "2026-01-05",
                            "payment_instructions": "Bank",
                            "milestones": [
                                {"id": "m1", "name": "All", "amount": "100.00", "due": "2026-03-10"}
                            ],
                        }
                    ],
                }
            ],
        }
    )
    client = config.clients[0]
    contract = client.contracts[0]
    timeline = milestone_timeline(config, client, contract, contract.milestones[0])
    names = [key.stage for key, _ in timeline]
    assert names[:4] == ["notice", "due", "courtesy", "reminder"]
    at = dict((key.stage, when) for key, when in timeline)["courtesy"]
    assert at.date().isoformat() == "2026-03-12"


def test_every_key_name_the_daemon_sends_under_has_a_kind() -> None:
    # The digest and the morning list send under names of their own; SendKey.kind must know
    # them, or anything asking what kind of mail a stored key is raises.
    from daemon.outbox import digest, morning

    assert mail_kind(digest.STAGE) == "alert"
    assert mail_kind(morning.STAGE) == "report"

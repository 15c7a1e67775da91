"""Small builders shared by the inbox tests (matching, authorize, decide, end to end)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from daemon.config.schema import Config
from daemon.domain.emails import message_id
from daemon.domain.state import SendKey, SendRecord, StateView
from daemon.inbox.parse import InboundMail

DOMAIN = "team.example"
KEY = b"the installation's Message-ID key"
"""The Message-ID key of the states built here (``StateView.message_key``)."""
SENDER = "chase@team.example"
PM = "pm@team.example"
FINANCE = "finance@team.example"
BOSS = "boss@team.example"
ACME_TO, ACME_CC = "pay@acme.cn", "cfo@acme.cn"
BETA_TO = "ap@beta.example"
C1, C2, B1 = "C-2026-1", "C-2026-2", "B-1"


def settings(**kw: Any) -> dict[str, Any]:
    return {
        "company": "Team",
        "pm": {"name": "Pat PM", "email": PM},
        "finance": {"email": FINANCE},
        "staff": [BOSS],
        "language": "en",
        "mail": {"from": {"name": "Team AR", "email": SENDER}},
        **kw,
    }


def milestone(id: str, due: str, amount: str = "1000.00", **kw: Any) -> dict[str, Any]:
    return {"id": id, "name": f"Milestone {id}", "amount": amount, "due": due, **kw}


def contract(id: str, *milestones: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": id,
        "title": f"Contract {id}",
        "total": "10000.00",
        "signed": "2026-01-05",
        "payment_instructions": "Bank of Example, account 123",
        "milestones": list(milestones),
    }


def acme(*contracts: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "acme",
        "name": "ACME Ltd",
        "language": "en",
        "contacts": {"to": [{"name": "Ann", "email": ACME_TO}], "cc": [{"email": ACME_CC}]},
        "contracts": list(contracts)
        or [
            contract(C1, milestone("m1", "2026-11-20"), milestone("m2", "2027-01-10")),
            contract(C2, milestone("only", "2026-12-15")),
        ],
    }


def beta() -> dict[str, Any]:
    return {
        "id": "beta",
        "name": "Beta GmbH",
        "language": "zh",
        "contacts": {"to": [{"email": BETA_TO}]},
        "contracts": [contract(B1, milestone("final", "2026-11-25", paid={"on": "2026-11-24"}))],
    }


def make_config(*clients: dict[str, Any], **settings_kw: Any) -> Config:
    return Config.model_validate(
        {"settings": settings(**settings_kw), "clients": list(clients) or [acme(), beta()]}
    )


def t(text: str) -> datetime:
    return datetime.fromisoformat(text)


def sends(*keys: tuple, at: str = "2026-11-27T09:00:00+08:00") -> dict[SendKey, SendRecord]:
    """Sent records for (contract, milestone, stage, seq), one hour apart in the order given."""
    out = {}
    for i, k in enumerate(keys):
        key = SendKey(*k)
        out[key] = SendRecord(
            key, message_id(key, DOMAIN, KEY), "sent", t(at) + timedelta(hours=i), (ACME_TO,)
        )
    return out


def mid(*k: Any) -> str:
    return message_id(SendKey(*k), DOMAIN, KEY)


def state(*keys: tuple, **kw: Any) -> StateView:
    return StateView(sends=sends(*keys), message_key=KEY, **kw)


def mail(**kw: Any) -> InboundMail:
    base: dict[str, Any] = {
        "message_id": "<reply.1@acme.cn>",
        "from_addr": ACME_TO,
        "subject": "Re: payment",
        "date": t("2026-11-30T10:00:00+08:00"),
        "text": "Hello",
    }
    base.update(kw)
    return InboundMail(**base)

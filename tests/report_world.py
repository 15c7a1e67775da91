"""A hand-built year of chasing, written into a real Store and Archive, for report tests.

Four clients, report day 2026-12-31 (Asia/Shanghai):

- ``late``: contract L1 (CNY, 3 x 10,000), every milestone paid exactly 10 days late —
  two by ``paid:`` in the YAML, one by a staff command (state_change to paid whose cause
  carries the date). Fully paid: it gets a review.
- ``disputer``: contract D1 (USD, 2 x 10,000). m1 (due 2026-08-01) disputed on 08-05,
  back to open on 08-20, promised on 09-01 for 09-15 (broken), paid 2026-10-05 (65 days
  late). m2 (due 2026-11-15) unpaid: 46 days overdue on the report day.
- ``early``: contract E1 (CNY 50,000, 2 % discount if paid 10 days before due), due
  2026-10-31, paid 2026-10-15 with the discount (49,000). Fully paid.
- ``promiser``: contract P1 (CNY, signed 2026-11-01). m1 20,000 due 2026-12-20, promised
  for 2027-01-05 (pending); m2 20,000 due 2027-03-01 (not due).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import yaml

from daemon.config.loader import load_config
from daemon.config.schema import Config
from daemon.domain.emails import message_id
from daemon.domain.state import MilestoneState, SendKey
from daemon.outbox.archive import Archive
from daemon.storage.store import Store

DOMAIN = "team.example"
PM = "pm@team.example"
REPORT_NOW = datetime.fromisoformat("2026-12-31T18:00:00+08:00")


def at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00+08:00")


def _ms(id: str, amount: str, due: str, **kw: Any) -> dict[str, Any]:
    return {
        "id": id,
        "name": f"Milestone {id}",
        "amount": amount,
        "due": date.fromisoformat(due),
        **kw,
    }


def _contract(id: str, currency: str, total: str, signed: str, milestones: list, **kw: Any) -> dict:
    return {
        "id": id,
        "title": f"Contract {id}",
        "currency": currency,
        "total": total,
        "signed": date.fromisoformat(signed),
        "payment_instructions": "Bank of Example, account 123",
        "milestones": milestones,
        **kw,
    }


def _client(id: str, contracts: list, **kw: Any) -> dict:
    return {
        "id": id,
        "name": f"{id.title()} Ltd",
        "contacts": {"to": [{"email": f"pay@{id}.example"}]},
        "contracts": contracts,
        **kw,
    }


def write_config(
    tmp_path: Path, *, language: str = "en", report: dict | None = None, mail: dict | None = None
) -> Path:
    """config.yaml for the world under ``tmp_path`` (data in tmp_path/data)."""
    invoice = tmp_path / "invoices" / "L1-m1.pdf"
    invoice.parent.mkdir(parents=True, exist_ok=True)
    invoice.write_bytes(b"%PDF-1.4\n% invoice L1 m1\n")
    settings: dict[str, Any] = {
        "company": "Team Co",
        "pm": {"name": "Pat PM", "email": PM},
        "language": language,
        "timezone": "Asia/Shanghai",
        "mail": mail or {"from": {"name": "Chase", "email": f"chase@{DOMAIN}"}},
        "data_dir": str(tmp_path / "data"),
    }
    if report is not None:
        settings["report"] = report
    clients = [
        _client(
            "late",
            [
                _contract(
                    "L1",
                    "CNY",
                    "30000.00",
                    "2026-01-05",
                    [
                        _ms(
                            "m1",
                            "10000.00",
                            "2026-03-10",
                            paid={"on": date(2026, 3, 20)},
                            invoice="invoices/L1-m1.pdf",
                        ),
                        _ms("m2", "10000.00", "2026-06-10"),
                        _ms("m3", "10000.00", "2026-09-10", paid={"on": date(2026, 9, 20)}),
                    ],
                )
            ],
        ),
        _client(
            "disputer",
            [
                _contract(
                    "D1",
                    "USD",
                    "20000.00",
                    "2026-06-01",
                    [_ms("m1", "10000.00", "2026-08-01"), _ms("m2", "10000.00", "2026-11-15")],
                )
            ],
            language="en",
        ),
        _client(
            "early",
            [
                _contract(
                    "E1",
                    "CNY",
                    "50000.00",
                    "2026-09-01",
                    [_ms("m1", "50000.00", "2026-10-31", paid={"on": date(2026, 10, 15)})],
                    discount={"percent": "2", "days_before_due": 10},
                )
            ],
        ),
        _client(
            "promiser",
            [
                _contract(
                    "P1",
                    "CNY",
                    "40000.00",
                    "2026-11-01",
                    [_ms("m1", "20000.00", "2026-12-20"), _ms("m2", "20000.00", "2027-03-01")],
                )
            ],
        ),
    ]
    path = tmp_path / "config.yaml"
    path.write_text(
        yaml.safe_dump(
            {"settings": settings, "clients": clients}, allow_unicode=True, sort_keys=False
        ),
        encoding="utf-8",
    )
    return path


def world_config(tmp_path: Path, **kw: Any) -> tuple[Path, Config]:
    path = write_config(tmp_path, **kw)
    return path, load_config(path)


def _raw(mid: str, subject: str, sender: str, to: str, when: datetime, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = mid
    msg.set_content(body)
    return msg.as_bytes()


def send(
    store: Store,
    archive: Archive,
    contract: str,
    milestone: str | None,
    stage: str,
    when: datetime,
    seq: int = 0,
) -> str:
    """Record a sent chase email (pending, then sent) and archive its bytes."""
    key = SendKey(contract, milestone, stage, seq)
    mid = message_id(key, DOMAIN, store.message_key)
    client = {"L": "late", "D": "disputer", "E": "early", "P": "promiser"}[contract[0]]
    to = f"pay@{client}.example"
    store.record_pending(key, mid, when, [to])
    store.mark_sent(mid, when)
    token = f"[CK-{contract}-{milestone}]" if milestone else f"[CK-{contract}]"
    archive.put(
        "sent",
        mid,
        _raw(
            mid,
            f"{stage} {token}",
            f"chase@{DOMAIN}",
            to,
            when,
            f"{stage} for {contract}/{milestone}",
        ),
    )
    return mid


def receive(
    store: Store,
    archive: Archive,
    contract: str,
    milestone: str,
    when: datetime,
    kind: str,
    subject: str,
    promised: date | None = None,
) -> str:
    """A reply from the client: archived and recorded as a ``received`` event."""
    client = {"L": "late", "D": "disputer", "E": "early", "P": "promiser"}[contract[0]]
    mid = f"<reply.{contract}.{milestone}.{when:%m%d%H}@{client}.example>"
    archive.put(
        "received",
        mid,
        _raw(mid, subject, f"pay@{client}.example", f"chase@{DOMAIN}", when, f"Reply: {kind}"),
    )
    add_event(
        store,
        when,
        "received",
        contract,
        milestone,
        {
            "message_id": mid,
            "from": f"pay@{client}.example",
            "subject": subject,
            "kind": kind,
            "rule": "test",
            "evidence": [kind],
            "promised_date": promised,
            "matched_via": "token",
            "authorized": False,
            "archived": True,
        },
    )
    return mid


def add_event(
    store: Store,
    when: datetime,
    kind: str,
    contract: str | None,
    milestone: str | None,
    data: dict[str, Any],
) -> None:
    """``store.add_event`` with ``data`` as the inbox writes it (``kind`` may be a key of it:
    add_event's own parameters are positional-only)."""
    store.add_event(when, kind, contract, milestone, **data)


def set_state(
    store: Store, contract: str, milestone: str, status: str, when: datetime, cause: str, **kw: Any
) -> None:
    store.set_milestone(contract, milestone, MilestoneState(status=status, **kw), when, cause)  # type: ignore[arg-type]


def build_world(tmp_path: Path, **kw: Any) -> tuple[Path, Config]:
    """Write the config and the whole history; return (config path, config)."""
    path, config = world_config(tmp_path, **kw)
    data = config.settings.data_dir
    archive = Archive(data / "archive")
    with Store(data / "state.json") as store:
        store.mark_contracts_seen(["L1"], at("2026-01-05"))
        store.mark_contracts_seen(["D1"], at("2026-06-01"))
        store.mark_contracts_seen(["E1"], at("2026-09-01"))
        store.mark_contracts_seen(["P1"], at("2026-11-01"))
        # late: notice, due and one reminder for each milestone; always 10 days late.
        send(store, archive, "L1", None, "terms", at("2026-01-05"))
        for m, due in (("m1", "2026-03-10"), ("m2", "2026-06-10"), ("m3", "2026-09-10")):
            d = date.fromisoformat(due)
            send(store, archive, "L1", m, "notice", at(str(d - timedelta(days=7))))
            send(store, archive, "L1", m, "due", at(due))
            send(store, archive, "L1", m, "reminder", at(str(d + timedelta(days=7))), seq=1)
        store.add_event(
            at("2026-06-21"),
            "staff_command",
            "L1",
            "m2",
            **{"from": PM},
            command="paid",
            args="10000 2026-06-20",
            ok=True,
            result="marked paid",
        )
        set_state(
            store,
            "L1",
            "m2",
            "paid",
            at("2026-06-21"),
            "staff command from pm@team.example: paid 10000 2026-06-20",
            paid_on=date(2026, 6, 20),
            paid_amount=Decimal("10000"),
        )
        send(store, archive, "L1", "m2", "thanks", at("2026-06-22"))
        # disputer
        send(store, archive, "D1", None, "terms", at("2026-06-01"))
        send(store, archive, "D1", "m1", "notice", at("2026-07-25"))
        send(store, archive, "D1", "m1", "due", at("2026-08-03"))
        receive(
            store,
            archive,
            "D1",
            "m1",
            at("2026-08-05", 9),
            "dispute",
            "Re: due [CK-D1-m1] we dispute the invoice",
        )
        set_state(
            store,
            "D1",
            "m1",
            "disputed",
            at("2026-08-05", 9),
            "reply classified dispute",
            reason="client disputes the invoice",
            last_contact=at("2026-08-05", 9),
        )
        set_state(store, "D1", "m1", "open", at("2026-08-20"), "staff command: resume")
        send(store, archive, "D1", "m1", "reminder", at("2026-08-24"), seq=1)
        receive(
            store,
            archive,
            "D1",
            "m1",
            at("2026-09-01", 9),
            "promise",
            "Re: reminder [CK-D1-m1] will pay by 15 Sept",
            promised=date(2026, 9, 15),
        )
        set_state(
            store,
            "D1",
            "m1",
            "promised",
            at("2026-09-01", 9),
            "reply classified promise",
            reason="promised 2026-09-15",
            promised_date=date(2026, 9, 15),
            hold_until=at("2026-09-17", 0),
            last_contact=at("2026-09-01", 9),
        )
        send(store, archive, "D1", "m1", "reminder", at("2026-09-21"), seq=2)
        set_state(
            store,
            "D1",
            "m1",
            "paid",
            at("2026-10-06"),
            "staff command from pm@team.example: paid 2026-10-05",
            paid_on=date(2026, 10, 5),
        )
        send(store, archive, "D1", "m2", "notice", at("2026-11-09"))
        send(store, archive, "D1", "m2", "due", at("2026-11-16"))
        send(store, archive, "D1", "m2", "reminder", at("2026-11-23"), seq=1)
        send(store, archive, "D1", "m2", "reminder", at("2026-11-30"), seq=2)
        send(store, archive, "D1", "m2", "demand", at("2026-12-15"))
        # early
        send(store, archive, "E1", None, "terms", at("2026-09-01"))
        send(store, archive, "E1", "m1", "notice", at("2026-10-14"))
        # promiser
        send(store, archive, "P1", None, "terms", at("2026-11-02"))
        send(store, archive, "P1", "m1", "notice", at("2026-12-14"))
        send(store, archive, "P1", "m1", "due", at("2026-12-21"))
        receive(
            store,
            archive,
            "P1",
            "m1",
            at("2026-12-22"),
            "promise",
            "Re: due [CK-P1-m1] paying 5 Jan",
            promised=date(2027, 1, 5),
        )
        set_state(
            store,
            "P1",
            "m1",
            "promised",
            at("2026-12-22"),
            "reply classified promise",
            reason="promised 2027-01-05",
            promised_date=date(2027, 1, 5),
            hold_until=at("2027-01-07", 0),
            last_contact=at("2026-12-22"),
        )
    return path, config

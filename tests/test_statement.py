"""The statement of account (issue 13.3): what is open and what was paid, by hand; the CSV
Excel opens; the monthly email through a real SMTP server, once per client and month."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from daemon.cli.main import main
from daemon.config.loader import load_config
from daemon.config.record_ops import replace
from daemon.config.schema import Config
from daemon.domain.events import PaymentRecorded, StateChanged, encode
from daemon.domain.state import MilestoneState, StateView
from daemon.reports.statement import build_statement, month_period, scheduled_period
from daemon.reports.statement_render import BOM, to_csv
from tests.demo_config import copy_demo
from tests.inbox_builders import acme, contract, make_config, milestone
from tests.test_engine import replace_once, write_demo_config

NOV = (date(2026, 11, 1), date(2026, 11, 30))


def config_with_interest() -> Config:
    """C1: m1 80,000 due 11-10 (万分之五 a day), m2 paid in the YAML on 11-05, m3 not due;
    C2: one milestone settled by staff, one part-paid by staff."""
    c1 = contract(
        "C1",
        milestone("m1", "2026-11-10", "80000.00"),
        milestone("m2", "2026-10-31", "10000.00", paid={"on": "2026-11-05"}),
        milestone("m3", "2027-02-01", "10000.00"),
    )
    c1["total"] = "100000.00"
    c1["late_interest"] = {"rate": "万分之五", "per": "day"}
    c2 = contract("C2", milestone("a", "2026-10-01", "3000.00"), milestone("b", "2026-10-15"))
    c2["total"] = "4000.00"
    return make_config(acme(c1, c2))


def staff_payment(milestone_id: str, amount: str, on: str) -> dict[str, Any]:
    event = PaymentRecorded(
        at=datetime.fromisoformat(f"{on}T12:00:00+08:00"),
        contract="C2",
        milestone=milestone_id,
        amount=Decimal(amount),
        currency="CNY",
        paid_on=date.fromisoformat(on),
        source="staff",
        verified=True,
    )
    return encode(event)


def changed(milestone_id: str, new: str, *, on: str, **kw: Any) -> dict[str, Any]:
    at = datetime.fromisoformat(f"{on}T12:00:00+08:00")
    contract = kw.pop("contract", "C2")
    event = StateChanged(
        at=at, contract=contract, milestone=milestone_id, old="open", new=new, **kw
    )
    return encode(event)


def test_open_items_and_payments_of_the_month_by_hand() -> None:
    config = config_with_interest()
    state = StateView(
        milestones={
            ("C2", "a"): MilestoneState(status="paid", paid_on=date(2026, 11, 20)),  # bare paid
            ("C2", "b"): MilestoneState(paid_amount=Decimal("400.00")),
        }
    )
    events = [
        staff_payment("b", "250.00", "2026-10-28"),  # before the period: not listed
        staff_payment("b", "150.00", "2026-11-12"),
        changed("b", "open", paid_amount=Decimal("400.00"), on="2026-11-12"),
        changed("a", "paid", paid_on=date(2026, 11, 20), on="2026-11-20"),
    ]
    got = build_statement(config, state, events, "acme", *NOV)
    rows = {(i.contract.id, i.milestone.id): i for i in got.open_items}
    assert sorted(rows) == [("C1", "m1"), ("C1", "m3"), ("C2", "b")]
    m1 = rows[("C1", "m1")]
    # 80,000 x 0.0005 x 20 days (11-11 .. 11-30) = 800.00
    assert (m1.days_overdue, m1.remaining) == (20, Decimal("80000.00"))
    assert m1.interest is not None and m1.interest.interest == Decimal("800.00")
    assert m1.total == Decimal("80800.00")
    assert rows[("C1", "m3")].interest is None  # not due yet
    b = rows[("C2", "b")]
    assert (b.paid, b.remaining, b.days_overdue) == (Decimal("400.00"), Decimal("600.00"), 46)
    paid = [(p.contract.id, p.milestone.id, p.on, p.amount) for p in got.paid_items]
    assert paid == [
        ("C1", "m2", date(2026, 11, 5), Decimal("10000.00")),
        ("C2", "b", date(2026, 11, 12), Decimal("150.00")),
        ("C2", "a", date(2026, 11, 20), Decimal("3000.00")),
    ]
    assert got.outstanding("CNY") == Decimal("90600.00")  # 80,000 + 10,000 + 600
    assert got.interest("CNY") == Decimal("800.00")
    assert got.total_due("CNY") == Decimal("91400.00")
    assert got.paid_total("CNY") == Decimal("13150.00")

    waive = changed("m1", "open", contract="C1", interest_waived=True, on="2026-11-20")
    waived = StateView(milestones={**state.milestones, ("C1", "m1"): MilestoneState()})
    events.append(waive)  # the stored state changed later: the waiver is read from the event
    m1 = next(i for i in build_statement(config, waived, events, "acme", *NOV).open_items)
    assert m1.interest is not None and m1.interest.waived and m1.total == Decimal("80000.00")


def test_periods() -> None:
    assert month_period(date(2026, 12, 15)) == (date(2026, 12, 1), date(2026, 12, 15))
    assert scheduled_period(date(2027, 1, 4), 1) == (date(2026, 12, 1), date(2026, 12, 31))
    assert scheduled_period(date(2027, 3, 1), 1) == (date(2027, 2, 1), date(2027, 2, 28))
    assert scheduled_period(date(2026, 12, 2), 3) is None


def test_csv_opens_in_excel_with_chinese_text() -> None:
    config = config_with_interest()
    [client] = config.clients
    zh = replace(config, clients=[replace(client, language="zh")])
    data = to_csv(build_statement(zh, StateView(), [], "acme", *NOV))
    assert data.startswith(BOM.encode("utf-8"))  # Excel reads UTF-8 only with the BOM
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:4] == ["类别", "合同编号", "合同名称", "款项"]
    m1 = next(r for r in rows if r[1] == "C1" and r[3] == "Milestone m1")
    assert m1[0] == "未结清" and m1[6:9] == ["80000.00", "0.00", "80000.00"]
    assert m1[9:13] == ["2026-11-10", "20", "800.00", "80800.00"]
    [paid] = [r for r in rows if r[0] == "本期已付"]
    assert paid[13:15] == ["2026-11-05", "10000.00"]
    [total] = [r for r in rows if r[0] == "合计"]
    assert total[5] == "CNY" and total[8] == "94000.00" and total[14] == "10000.00"


def test_unknown_client_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(
        Path(__file__).resolve().parents[1].joinpath("config.yaml").read_text(encoding="utf-8")
    )
    (tmp_path / "examples").symlink_to(Path(__file__).resolve().parents[1] / "examples")
    assert main(["statement", "nobody", "--config", str(path)]) == 1
    assert "no client 'nobody' in the config (clients: hz-shuju, acme)" in capsys.readouterr().err


# --- the monthly email, through a real SMTP server ------------------------------------------


def statements(smtp_server: Any) -> list[Any]:
    return [m for m in smtp_server.messages if ".statement." in str(m.message["Message-ID"])]


def test_monthly_statement_email_once_per_client_and_month(
    tmp_path: Path, smtp_server: Any
) -> None:
    path = write_demo_config(tmp_path, smtp_server)
    text = path.read_text(encoding="utf-8")
    clause = "        late_interest: {rate: 万分之五, per: day}\n        discount:"
    path.write_text(replace_once(text, "        discount:", clause), encoding="utf-8")
    config = load_config(path)
    run = ["run", "--once", "--config", str(path), "--now"]
    assert main([*run, "2026-12-01T10:00:00+08:00"]) == 0
    assert statements(smtp_server) == []  # a fresh install opens with no statement
    assert main([*run, "2026-12-15T10:00:00+08:00"]) == 0
    assert statements(smtp_server) == []  # mid-month: none due
    assert main([*run, "2027-01-04T10:00:00+08:00", "--accept-clock"]) == 0
    [zh] = statements(smtp_server)  # London is asleep (02:00): only the Chinese client
    msg = zh.message
    assert str(msg["Message-ID"]).startswith("<ck.-.hz-shuju.statement.202612.")
    assert zh.rcpt_tos == ("chen@client.example.cn", "finance@client.example.cn")
    assert str(msg["Subject"]) == "对账单（2026年12月1日至2026年12月31日） — 杭州示例数据有限公司"
    text = msg.get_body(("plain",)).get_content()
    assert "中期款" in text and "未付：¥80,000.00" in text and "已逾期13天" in text
    assert "逾期利息（每日万分之五）：¥520.00" in text  # 80,000 x 0.0005 x 13 (12-19 .. 12-31)
    assert "None" not in text and "None" not in msg.get_body(("html",)).get_content()
    [attachment] = [p for p in msg.iter_attachments()]
    assert attachment.get_filename() == "statement-hz-shuju-2026-12.csv"
    assert attachment.get_content_type() == "text/csv"
    raw = attachment.get_payload(decode=True)
    assert raw.startswith(b"\xef\xbb\xbf") and "数据平台一期" in raw.decode("utf-8-sig")

    assert main([*run, "2027-01-04T18:00:00+08:00"]) == 0  # 10:00 in London
    assert [str(m.message["Message-ID"]).split(".")[1:5] for m in statements(smtp_server)] == [
        ["-", "hz-shuju", "statement", "202612"],
        ["-", "acme", "statement", "202612"],
    ]
    assert main([*run, "2027-01-05T10:00:00+08:00"]) == 0
    assert len(statements(smtp_server)) == 2  # once per client and month
    assert config.settings.statements.day == 1


def test_statement_command_and_preview(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = copy_demo(tmp_path)
    when = ["--config", str(path), "--now", "2027-01-04T10:00:00+08:00"]
    assert main(["statement", "hz-shuju", "--as-of", "2026-12-31", *when]) == 0
    text = capsys.readouterr().out
    assert "现将贵司截至2026年12月31日的对账单" in text and "未付：¥80,000.00" in text
    out = tmp_path / "out" / "对账单.csv"
    assert main(["statement", "acme", "--format", "csv", "--out", str(out), *when]) == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"ACME-2026-03" in data
    assert main(["preview", "hz-shuju", "-", "statement", *when]) == 0
    shown = capsys.readouterr().out
    assert "Subject: 对账单（2026年12月1日至2026年12月31日） — 杭州示例数据有限公司" in shown
    assert "Attachment: statement-hz-shuju-2026-12.csv" in shown

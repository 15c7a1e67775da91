"""The command line as a user meets it: exit codes, messages, JSON keys."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from daemon.cli.main import build_parser, main
from tests.demo_config import copy_demo

DEMO_NOW = "2026-12-01T10:00:00+08:00"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A copy of the shipped demo (config + invoices) whose data/ is the temp folder's."""
    return copy_demo(tmp_path)


def test_check_accepts_the_shipped_config(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--config", str(demo)]) == 0
    assert "OK (2 clients, 2 contracts, 6 milestones)" in capsys.readouterr().out


def test_check_reports_every_error_with_file_line_field(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = demo.read_text(encoding="utf-8")
    text = text.replace("due: 2026-12-18 ", "due: 2026-02-30 ", 1)
    text = text.replace("currency: USD", "currency: usd", 1)
    demo.write_text(text, encoding="utf-8")
    line_of_due = next(n for n, line in enumerate(text.splitlines(), 1) if "2026-02-30" in line)

    assert main(["check", "--config", str(demo)]) == 1
    err = capsys.readouterr().err
    assert "2 error(s)" in err
    assert f"{demo}:{line_of_due}: clients[0].contracts[0].milestones[1].due: 2026-02-30" in err
    assert "clients[1].contracts[0].currency" in err


def test_config_path_from_environment(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CUIKUAN_CONFIG", str(demo))
    assert main(["check"]) == 0
    assert str(demo) in capsys.readouterr().out


def test_missing_config_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--config", str(tmp_path / "nope.yaml")]) == 1
    assert "nope.yaml: file not found" in capsys.readouterr().err


def test_plan_json_keys_and_no_email_on_a_chinese_holiday(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            ["plan", "--config", str(demo), "--from", "2026-11-24", "--to", "2027-03-31", "--json"]
        )
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert rows, "the demo plan is empty"
    for row in rows:
        assert {"at", "client", "contract", "milestone", "stage", "to"} <= row.keys()
        assert isinstance(row["to"], list)
    stages = {(r["contract"], r["stage"]) for r in rows}
    assert {
        ("HZ-2026-017", "terms"),
        ("HZ-2026-017", "notice"),
        ("ACME-2026-03", "demand"),
        ("ACME-2026-03", "legal"),
    } <= stages
    import holidays  # the same calendar the planner uses, asked independently

    cn = holidays.country_holidays("CN", years=[2026, 2027])
    for row in rows:
        if row["client"] == "hz-shuju":
            day = row["at"][:10]
            assert day not in {str(d) for d in cn}, f"email planned on a holiday: {row}"


def test_plan_text_and_bad_dates(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "--config", str(demo), "--from", "2026-12-01", "--to", "2026-12-31"]) == 0
    assert "email(s) from 2026-12-01 to 2026-12-31" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        main(["plan", "--config", str(demo), "--from", "2026-13-01", "--to", "2026-12-31"])
    assert exc.value.code == 2
    assert "is not a date" in capsys.readouterr().err
    assert main(["plan", "--config", str(demo), "--from", "2026-12-31", "--to", "2026-12-01"]) == 2


def test_preview_renders_the_email(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "preview",
                "--config",
                str(demo),
                "HZ-2026-017",
                "midterm",
                "notice",
                "--now",
                DEMO_NOW,
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Subject:" in out and "[CK-HZ-2026-017-midterm]" in out
    assert "Attachment: HZ-2026-017-midterm.pdf" in out
    assert "¥80,000.00" in out


def test_preview_unknown_things_say_what_exists(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["preview", "--config", str(demo), "NOPE", "midterm", "notice"]) == 1
    assert "no contract 'NOPE'" in capsys.readouterr().err
    assert main(["preview", "--config", str(demo), "HZ-2026-017", "midterm", "shout"]) == 1
    assert "unknown stage 'shout'" in capsys.readouterr().err


def test_run_once_writes_the_demo_mail_and_status_reflects_it(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["run", "--once", "--now", DEMO_NOW, "--config", str(demo)]) == 0
    outbox = demo.parent / "data" / "outbox" / "new"
    first = sorted(p.read_bytes() for p in outbox.iterdir())
    # terms and notice to the Chinese client, and the PM's first weekly report
    assert len(first) == 3
    assert sum(b".weekly_report." in m and b"<pm@example.cn>" in m for m in first) == 1
    assert main(["run", "--once", "--now", DEMO_NOW, "--config", str(demo)]) == 0
    assert sorted(p.read_bytes() for p in outbox.iterdir()) == first

    capsys.readouterr()
    assert main(["status", "--json", "--now", DEMO_NOW, "--config", str(demo)]) == 0
    rows = json.loads(capsys.readouterr().out)
    keys = {
        "contract",
        "milestone",
        "state",
        "amount",
        "currency",
        "due",
        "days_overdue",
        "next_stage",
        "next_at",
    }
    assert all(keys <= row.keys() for row in rows)
    midterm = next(r for r in rows if (r["contract"], r["milestone"]) == ("HZ-2026-017", "midterm"))
    assert midterm == midterm | {
        "state": "open",
        "amount": "80000.00",
        "currency": "CNY",
        "due": "2026-12-18",
        "next_stage": "due",
        "next_at": "2026-12-18T09:00:00+08:00",
    }
    acme = next(r for r in rows if (r["contract"], r["milestone"]) == ("ACME-2026-03", "midterm"))
    assert acme["days_overdue"] == 42


def test_now_without_offset_is_refused(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["run", "--once", "--now", "2026-12-01T10:00:00", "--config", str(demo)])
    assert exc.value.code == 2
    assert "no UTC offset" in capsys.readouterr().err


def test_every_command_has_an_example() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():  # type: ignore[union-attr]
        assert command.epilog and f"cuikuan {name}" in command.epilog, name


def test_command_summaries_match_what_each_module_registers() -> None:
    """`cuikuan --help` lists module commands from COMMAND_SUMMARIES without importing them."""
    from daemon.cli import main as cli

    full = next(a for a in build_parser()._actions if a.dest == "command")
    helps = {a.dest: a.help for a in full._choices_actions}  # type: ignore[attr-defined]
    for module in cli.COMMAND_MODULES:
        name, summary = cli.COMMAND_SUMMARIES[module]
        assert helps[name] == summary, module


LOADER = "daemon.config.loader"
IMPORTS_PROBE = (
    "import json, sys\n"
    "from daemon.cli.main import main\n"
    "try:\n"
    "    main(sys.argv[1:])\n"
    "except SystemExit:\n"
    "    pass\n"
    "heavy = ['pydantic', 'jinja2', 'imapclient', 'mailparser', 'daemon.service.loop',\n"
    "         'daemon.inbox.processor', 'daemon.reports.build', 'tinydb', 'babel',\n"
    "         'smtplib', 'imaplib', 'daemon.mail.rendering', 'daemon.outbox.outbox',\n"
    "         'daemon.chase.engine', 'holidays', 'yaml', 'daemon.config.loader',\n"
    "         'daemon.domain.events', 'markupsafe', 'publicsuffixlist']\n"
    "print('LOADED', json.dumps([m for m in heavy if m in sys.modules]))\n"
)


@pytest.mark.parametrize(
    ("argv", "allowed"),
    [
        (["--version"], set()),
        (["--help"], set()),
        (["check"], {"pydantic", "yaml", LOADER}),
        (
            ["status", "--now", DEMO_NOW],
            {"pydantic", "tinydb", "yaml", LOADER, "daemon.domain.events"},
        ),
    ],
)
def test_short_commands_import_only_what_they_need(
    demo: Path, argv: list[str], allowed: set[str]
) -> None:
    """Start-up CPU is mostly imports (bench/cli_startup.py measures it; this keeps it so)."""
    out = subprocess.run(
        [sys.executable, "-c", IMPORTS_PROBE, *argv],
        capture_output=True,
        text=True,
        check=True,
        cwd=demo.parent,
    ).stdout
    loaded = set(json.loads(out.split("LOADED", 1)[1]))
    assert loaded <= allowed, loaded - allowed


def test_plan_table_shows_times_in_the_pms_zone_and_names_it(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--from 2026-11-24 is a day in the PM's zone: the table must not show 11-23 16:00+00:00."""
    assert main(["plan", "--config", str(demo), "--from", "2026-11-24", "--to", "2026-12-31"]) == 0
    out = capsys.readouterr().out.splitlines()
    lines = out[: next(n for n, line in enumerate(out) if "email(s) from" in line)]
    assert lines[0].startswith("at (Asia/Shanghai)")
    assert "+00:00" not in "\n".join(lines) and "T" not in lines[1].split()[1]
    assert min(line.split()[0] for line in lines[1:]) == "2026-11-24"


def test_status_table_has_reason_and_last_contact_in_the_pms_zone(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["status", "--now", DEMO_NOW, "--config", str(demo)]) == 0
    header, *rows = capsys.readouterr().out.splitlines()
    assert header.split("  ")[-1].strip() == "last_contact (Asia/Shanghai)"
    assert "next_at (Asia/Shanghai)" in header and "reason" in header
    acme = next(r for r in rows if r.startswith("ACME-2026-03  midterm"))
    assert "2026-12-01 17:00" in acme  # 09:00 in London, shown in Shanghai time
    final = next(r for r in rows if r.startswith("HZ-2026-017   final"))
    assert "waiting for the acceptance date" in final

"""Bank statement import (issue 16.1): every format, credits only, each transaction once."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from daemon.bank.apply import import_statement
from daemon.bank.credit import StatementError
from daemon.bank.formats import read_statement
from daemon.cli.main import main
from daemon.config.bank import BankSettings, ColumnMapping
from daemon.config.schema import Config
from daemon.storage.store import Store
from tests import bank_statements as bs
from tests.inbox_builders import contract, make_config, milestone

NOW = datetime.fromisoformat("2026-12-08T10:00:00+08:00")

CN_PAYER = "杭州阿克米科技有限公司"
LINES = [
    bs.Line(date(2026, 12, 5), Decimal("50000.00"), CN_PAYER, "6222 0210 0100", "HZ-1 首付款",
            "BR001"),
    bs.Line(date(2026, 12, 6), Decimal("-300.00"), "银行手续费", "", "fee", "BR002"),
    bs.Line(date(2026, 12, 7), Decimal("1234.50"), "ACME Widgets Co., Ltd.", "GB29NWBK6016",
            "INV-77 payment", "BR003"),
]  # fmt: skip
ASCII_LINES = [
    bs.Line(x.booked, x.amount, "HANGZHOU ACME TECH CO LTD", x.account, "HZ-1 deposit", x.ref)
    if not x.payer.isascii()
    else x
    for x in LINES
]  # MT940 is SWIFT's character set: no Chinese

BUILDERS = {
    "statement.csv": (bs.gbk_csv, LINES),
    "交易明细.xlsx": (bs.xlsx, LINES),
    "交易明细.xls": (bs.xls, LINES),
    "网银导出.xls": (bs.html_xls, LINES),
    "statement.sta": (bs.mt940, ASCII_LINES),
    "camt053.xml": (bs.camt053, LINES),
    "statement.ofx": (bs.ofx, LINES),
}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_every_format_gives_the_credits_only_with_decimal_amounts(name: str) -> None:
    build, lines = BUILDERS[name]
    credits = read_statement(build(lines), name, BankSettings())
    assert [(c.booked, c.amount, c.currency, c.bank_ref) for c in credits] == [
        (date(2026, 12, 5), Decimal("50000.00"), "CNY", "BR001"),
        (date(2026, 12, 7), Decimal("1234.50"), "CNY", "BR003"),
    ]
    assert all(isinstance(c.amount, Decimal) for c in credits)
    first, second = credits
    assert first.payer == lines[0].payer
    assert "HZ-1" in first.memo
    assert second.payer == "ACME Widgets Co., Ltd."
    assert "INV-77" in second.memo
    if not name.endswith(".ofx"):  # OFX carries no payer account
        assert first.account == "6222 0210 0100"
    # the same bank reference is the same transaction, whatever the file
    assert first.id == read_statement(bs.gbk_csv(LINES), "x.csv", BankSettings())[0].id


def test_utf8_csv_with_bom_and_a_tab_separated_one_read_the_same() -> None:
    text = bs.gbk_csv(LINES).decode("gbk")
    with_bom = read_statement(b"\xef\xbb\xbf" + text.encode(), "a.csv", BankSettings())
    rows = list(csv.reader(io.StringIO(text)))
    tsv = "\n".join("\t".join(row) for row in rows)
    tabbed = read_statement(tsv.encode(), "b.txt", BankSettings())
    gbk = read_statement(bs.gbk_csv(LINES), "c.csv", BankSettings())
    assert [c.id for c in with_bom] == [c.id for c in gbk] == [c.id for c in tabbed]


def test_a_row_that_cannot_be_read_names_the_file_the_row_and_the_reason() -> None:
    data = bs.gbk_csv(LINES).decode("gbk").replace("1,234.50", "1234,5O").encode("gbk")
    with pytest.raises(StatementError) as caught:
        read_statement(data, "bad.csv", BankSettings())
    assert caught.value.row == 7
    assert str(caught.value).startswith("bad.csv, row 7: amount:")
    assert "'1234,5O'" in str(caught.value)


def test_a_sheet_without_known_headers_says_how_to_map_them() -> None:
    data = "记账日,付款方,收款金额\n2026-12-05,甲公司,100.00\n".encode()
    with pytest.raises(StatementError, match="settings.bank.mapping"):
        read_statement(data, "other.csv", BankSettings())
    mapping = ColumnMapping(date=["记账日"], amount=["收款金额"], payer=["付款方"])
    credits = read_statement(data, "other.csv", BankSettings(mapping=mapping))
    assert [(c.payer, c.amount) for c in credits] == [("甲公司", Decimal("100.00"))]


def test_a_direction_column_keeps_only_credits() -> None:
    data = (
        "交易日期,对方户名,交易金额,借贷标志,摘要\n"
        "2026-12-05,甲公司,100.00,贷,货款\n"
        "2026-12-05,乙公司,200.00,借,付款\n"
    ).encode("gbk")
    mapping = ColumnMapping(
        date=["交易日期"], amount=["交易金额"], payer=["对方户名"], direction=["借贷标志"]
    )
    credits = read_statement(data, "d.csv", BankSettings(mapping=mapping))
    assert [c.payer for c in credits] == ["甲公司"]


def test_unknown_format_and_broken_files_are_refused() -> None:
    with pytest.raises(StatementError, match="unknown statement format '.pdf'"):
        read_statement(b"%PDF-1.4", "statement.pdf", BankSettings())
    with pytest.raises(StatementError, match="not a readable Excel workbook"):
        read_statement(b"PK\x03\x04 broken", "a.xlsx", BankSettings())
    broken = bs.mt940(ASCII_LINES).replace(b":61:261207", b":61:26XX07")
    with pytest.raises(StatementError, match=r"row 10: unreadable MT940 field"):
        read_statement(broken, "a.sta", BankSettings())
    with pytest.raises(StatementError, match="not a CAMT.053"):
        read_statement(b"<?xml version='1.0'?><Document/>", "a.xml", BankSettings())


def test_an_mt940_in_gbk_keeps_the_chinese_payer() -> None:
    data = bs.mt940(ASCII_LINES).decode("ascii").replace("HANGZHOU ACME TECH CO LTD", CN_PAYER)
    [first, _second] = read_statement(data.encode("gbk"), "gbk.sta", BankSettings())
    assert first.payer == CN_PAYER


def test_camt_refuses_entity_expansion() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><Document>&b;</Document>'
    )
    with pytest.raises(StatementError, match="not well-formed XML"):
        read_statement(bomb, "bomb.xml", BankSettings())


def _config(tmp_path: Path) -> Config:
    config = make_config(
        {
            "id": "acme",
            "name": CN_PAYER,
            "contacts": {"to": [{"email": "pay@acme.cn"}]},
            "contracts": [contract("HZ-1", milestone("deposit", "2026-12-20", "10000.00"))],
        },
        data_dir=str(tmp_path / "data"),
    )
    return config


def test_overlapping_statements_import_each_transaction_once(tmp_path: Path) -> None:
    config = _config(tmp_path)
    no_refs = [bs.Line(x.booked, x.amount, x.payer, x.account, x.memo, "") for x in LINES]
    twice = [no_refs[0], no_refs[0]]  # two identical payments on one day: two credits
    with Store(tmp_path / "state.json") as store:
        first = import_statement(store, config, bs.gbk_csv(twice), "a.csv", NOW)
        second = import_statement(store, config, bs.gbk_csv(no_refs), "b.csv", NOW)
        third = import_statement(store, config, bs.xlsx([*no_refs, no_refs[0]]), "c.xlsx", NOW)
        assert (first.read, len(first.new)) == (2, 2)
        assert (second.read, len(second.new), second.seen_before) == (2, 1, 1)
        assert (third.read, len(third.new)) == (3, 0)
        assert len(store.bank_credits()) == 3


def test_a_bad_row_applies_nothing_of_the_file(tmp_path: Path) -> None:
    config = _config(tmp_path)
    data = bs.gbk_csv(LINES).decode("gbk").replace("2026-12-07", "2026-13-07").encode("gbk")
    with Store(tmp_path / "state.json") as store:
        with pytest.raises(StatementError, match="row 7: date"):
            import_statement(store, config, data, "bad.csv", NOW)
        assert store.bank_credits() == []
        assert store.events() == []


def _write_config(tmp_path: Path) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(
        json.dumps(_config(tmp_path).model_dump(mode="json", by_alias=True, exclude={"base_dir"})),
        encoding="utf-8",
    )
    return path


def test_cli_import_then_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = _write_config(tmp_path)
    statement = tmp_path / "交易明细.csv"
    statement.write_bytes(bs.gbk_csv(LINES))
    argv = ["--config", str(config)]
    assert main(["bank", "import", str(statement), "--now", NOW.isoformat(), *argv]) == 0, (
        capsys.readouterr().err
    )
    out = capsys.readouterr().out
    assert "2 credit(s), 0 seen before" in out
    assert main(["bank", "list", "--json", *argv]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["amount"] for r in rows] == ["50000.00", "1234.50"]
    keys = ["id", "booked", "amount", "currency", "payer", "account", "memo", "bank_ref",
            "source", "row", "imported_at", "outcome", "contract", "milestone", "reason",
            "candidates"]  # fmt: skip
    assert list(rows[0]) == keys
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"nothing here\n")
    assert main(["bank", "import", str(bad), *argv]) == 1
    assert "bad.csv: no header row" in capsys.readouterr().err


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_damaged_statements_are_a_statement_error_never_a_crash(name: str) -> None:
    build, lines = BUILDERS[name]
    whole = build(lines)
    damaged = [
        whole[: len(whole) // 2],
        whole[: len(whole) // 3] + b"\x00\xff\xfe garbage \x00" + whole[len(whole) // 2 :],
        bytes(range(256)) * 8,
        b"",
    ]
    for data in damaged:
        try:
            credits = read_statement(data, name, BankSettings())
        except StatementError as exc:
            assert str(exc).startswith(name)
        else:  # a cut that still parses must give well-formed credits only
            assert all(c.amount > 0 and c.currency for c in credits)


def test_cli_import_beside_a_running_daemon_queues_the_checked_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from daemon.bank.folder import bank_folders
    from daemon.config.loader import load_config
    from daemon.service.layout import state_path

    config_path = _write_config(tmp_path)
    config = load_config(config_path)
    statement = tmp_path / "交易明细.xlsx"
    statement.write_bytes(bs.xlsx(LINES))
    with Store(state_path(config)):  # the daemon holds the state
        code = main(["bank", "import", str(statement), "--config", str(config_path)])
        assert code == 0, capsys.readouterr().err
        assert "queued as" in capsys.readouterr().out
        queued = bank_folders(config).incoming / "交易明细.xlsx"
        assert queued.read_bytes() == statement.read_bytes()

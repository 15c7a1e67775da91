"""Categories behind held-out sets ZD, ZE and ZG's non-dangerous kind misreadings (helper
fixrest, session 16), read on the sets' own files (tests/data/replies/heldout_c_generate.py
writes them; parse + classify as ``cuikuan classify --eval`` does, rules only). Each file
read wrong before its cause was fixed; each category has counter-examples, written as
replies, that must keep their reading. The rule examples and counter-examples in
daemon/inbox/rules/*.yaml carry other wordings.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from daemon.cli.classify_eval import load_corpus
from daemon.inbox.classify import classify
from daemon.inbox.evaluate import Label, read
from daemon.inbox.parse import parse_message
from tests.test_parse import text_mail

GENERATOR = Path(__file__).parent / "data" / "replies" / "heldout_c_generate.py"


@pytest.fixture(scope="module")
def sets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Label, bytes]]:
    """Every file of sets ZD, ZE and ZG by name, with its label, written once per module."""
    spec = importlib.util.spec_from_file_location("heldout_c_generate", GENERATOR)
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    found: dict[str, tuple[Label, bytes]] = {}
    for which in ("zd", "ze", "zg"):
        out = tmp_path_factory.mktemp(which)
        gen.main(out, which)
        found.update({label.file.split("_")[0]: (label, raw) for label, raw in load_corpus(out)})
    return found


def reading(sets: dict[str, tuple[Label, bytes]], name: str) -> tuple[tuple[str, date | None], ...]:
    """The label's (kind, date) and the rules' (kind, date) of set file ``name``."""
    label, raw = sets[name]
    got = read(parse_message(raw), label, learned=False)
    return (label.kind, label.date), (got.kind, got.date)


def kind_of(body: str) -> str:
    """The rules' kind of a reply whose own words are ``body``."""
    return classify(parse_message(text_mail(body)), learned=False).kind


# A paper of ours the payment file needs, not received or asked for: 终验报告 (hzd028, read
# as a promise for 收到后再走付款 before), 結案報告 (hzg072, a promise for 收到後…撥款), a
# formal receipt (hzg092), the invoice split in two in Cantonese (hzd115), an acceptance
# certificate not on file (hzg114). Resend, even with the payment following on receipt.
@pytest.mark.parametrize("name", ["hzd028", "hzg072", "hzg092", "hzd115", "hzg114"])
def test_paper_asked_reads_resend(sets: dict[str, tuple[Label, bytes]], name: str) -> None:
    expected, got = reading(sets, name)
    assert got == expected


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("终验报告已经收到了，下周三付款。", "promise"),
        ("王先生，請問貴司可否提供英文版收據？我哋核數師需要。", "other"),  # he111
        ("I have the signed acceptance certificate on file; we pay on Friday.", "acceptance"),
    ],
)
def test_paper_counter_examples(body: str, kind: str) -> None:
    assert kind_of(body) == kind

"""Categories behind held-out set ZL's kind misreadings (session 16, helper fixzl), read on the
set's own files (tests/data/replies/heldout_c_generate.py writes them; parse + classify as
``cuikuan classify --eval`` does, rules only). Each file read wrong before its cause was fixed;
the rule examples and counter-examples in daemon/inbox/rules/*.yaml carry other wordings, and
each category has a counter-example below that must not change.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from daemon.cli.classify_eval import load_corpus
from daemon.inbox.evaluate import Label, read
from daemon.inbox.parse import parse_message
from daemon.inbox.reading import read_words
from daemon.inbox.rulebook import rulebook

GENERATOR = Path(__file__).parent / "data" / "replies" / "heldout_c_generate.py"


@pytest.fixture(scope="module")
def zl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Label, bytes]]:
    """Every file of set ZL by name, with its label, written once per module."""
    spec = importlib.util.spec_from_file_location("heldout_c_generate", GENERATOR)
    assert spec and spec.loader
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    out = tmp_path_factory.mktemp("zl")
    gen.main(out, "zl")
    return {label.file.split("_")[0]: (label, raw) for label, raw in load_corpus(out)}


def kind_of(zl: dict[str, tuple[Label, bytes]], name: str) -> tuple[str, str]:
    """The label's kind and the rules' kind of set file ``name``."""
    label, raw = zl[name]
    return label.kind, read(parse_message(raw), label, learned=False).kind


def words(text: str) -> str:
    return read_words(text, (), rulebook()).kind


# Dangerous before (session 15's untuned record):
# hzl033: a promise whose premise is OUR fix (争取元旦前付，但前提是核销的问题要彻底解决): a
# conditional refusal, read as a promise of Dec 31.
# hzl051: our account number written out and checked (你们账号是6222 … 对吧 … 怕转错了): a bank
# question, read as a promise (准备付).
# hzl084: a denial of refusing in Cantonese (唔系唔畀，系校长去咗佛山开会): a promise, read as a
# refusal (唔畀).
# hzl174: a fault named as fixed ("double charging is fixed ... we accept the system"): an
# acceptance, read as a dispute about a double charge.
@pytest.mark.parametrize("name", ["hzl033", "hzl051", "hzl084", "hzl174"])
def test_dangerous_kinds(zl: dict[str, tuple[Label, bytes]], name: str) -> None:
    expected, got = kind_of(zl, name)
    assert got == expected


# Fault reports with no word of the payment (label convention, session 15: `other`, held with
# confidence 0; set ZL's author labelled them dispute). hzl003 (麻烦尽快安排人处理: a plea
# for someone to fix it) and hzl103 (就打不开: the app won't open) were read as promises; they
# now read `other` by no rule, so the PM is asked. hzl020: the acceptance put off to a person's
# return (验收的事等…回来再说) read as a dispute (验收 taken for a remedy of ours).
@pytest.mark.parametrize("name", ["hzl003", "hzl103", "hzl020"])
def test_fault_reports_and_handoffs_read_other(
    zl: dict[str, tuple[Label, bytes]], name: str
) -> None:
    label, raw = zl[name]
    got = read(parse_message(raw), label, learned=False)
    assert got.kind == "other"


# The rest of set ZL's kind misreadings, by cause (kind before -> now):
# hzl025 / hzl083: our invoice asked for by a verb of getting (跟您要一下…发票, Cantonese 问你攞返
# 张发票): other -> resend_request. hzl058: the milestone denied as a rhetorical question (这叫
# 上线了吗？): other -> dispute. hzl068: what our system can do, asked ("can your system print
# it?"): a learned bank_question -> other (en-product-question). hzl082 / hzl121: the rest
# itself paid, in Cantonese (余下嘅…已经过咗数, 餘數已經滙咗): partial -> paid. hzl085: a part
# paid today in Cantonese (今日先畀两万): other -> partial_payment. hzl091: paid through someone
# told to (已经让代账公司付过了): other -> paid. hzl113: the payment waits until OUR problem is
# fixed (要等對數問題搞掂先): a learned promise -> dispute. hzl120: a day and their own step as
# the only way (要等下星期一老闆返嚟簽支票先得): other -> promise. hzl130: a sign-off refused
# through others ("told Gareth not to sign anything off until that's sorted"): other ->
# dispute. hzl148: asking to pay on a named later day ("Could we pay … on 15/01/2027?"):
# promise -> more_time. hzl155: a transfer confirmed for a day: other -> promise. hzl156:
# "sent it yesterday, you should have it": promise -> paid. hzl161: the rest held until our
# issue is closed (as hg009): partial -> dispute. hzl176: Exchange's restricted-group rejection
# ("ask to be added to its allowed senders list"): auto_reply (challenge) -> bounce.
@pytest.mark.parametrize(
    "name",
    [
        "hzl025",
        "hzl083",
        "hzl058",
        "hzl068",
        "hzl082",
        "hzl121",
        "hzl085",
        "hzl091",
        "hzl113",
        "hzl120",
        "hzl130",
        "hzl148",
        "hzl155",
        "hzl156",
        "hzl161",
        "hzl176",
    ],
)
def test_kinds_by_cause(zl: dict[str, tuple[Label, bytes]], name: str) -> None:
    expected, got = kind_of(zl, name)
    assert got == expected


def test_a_fault_named_fixed_holds_the_reading_beside_it() -> None:
    """ "double charging is fixed … we accept the system": no dispute, but held (not confident),
    as a defect word beside a good verdict is."""
    got = read_words(
        "Double charging is fixed, I tested 20 bookings. From my side we accept the system.",
        (),
        rulebook(),
    )
    assert (got.kind, got.confidence < rulebook().confident) == ("acceptance", True)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # counter-examples that must not change
        ("我们会尽快安排付款", "promise"),
        ("漏洞修好了我们就付", "dispute"),
        ("收到发票就付", "promise"),
        ("不是不给，是老板出差签不了字，下周他回来就签。", "promise"),
        ("我哋唔畀住，等你哋搞掂先。", "dispute"),
        ("We won't pay until the double charging is fixed.", "dispute"),
        ("You charged us twice for November.", "dispute"),
        ("前提是领导签完字，月底前付", "promise"),
        ("账号是6222 0000 1234 5678，已付款", "paid"),
        ("已经让财务安排付款了", "promise"),
        ("剩下的还没付", "other"),
        ("验收了吗？", "other"),
        ("要等老闆返嚟簽咗先", "other"),
        ("Could you confirm in which country your bank account is held?", "other"),
        ("We paid USD 2,000; the balance follows next month as agreed.", "partial_payment"),
    ],
)
def test_counter_examples_keep_their_kind(text: str, kind: str) -> None:
    assert words(text) == kind


# hzl086: Cantonese in Simplified characters (系统验收冇问题，验收单我签咗。中期款余数月中前畀晒):
# 冇问题 / 签咗 / 畀晒 read as 没问题 / 签了 / 付清: an acceptance with 月中 promised beside it,
# read before only by a learned guess with no day.
def test_cantonese_acceptance_with_a_day_beside_it(zl: dict[str, tuple[Label, bytes]]) -> None:
    label, raw = zl["hzl086"]
    got = read(parse_message(raw), label, learned=False)
    assert (got.kind, got.date) == (label.kind, label.date)

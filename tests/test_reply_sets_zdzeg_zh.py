"""Categories behind held-out sets ZD, ZE and ZG's Simplified-Chinese misreadings, read on the
sets' own files (tests/data/replies/heldout_c_generate.py writes them; parse + classify as
``cuikuan classify --eval`` does, rules only). Each file read wrong before its cause was fixed;
the rule examples and counter-examples in daemon/inbox/rules/zh.yaml carry other wordings.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from daemon.cli.classify_eval import load_corpus
from daemon.inbox.amounts import sums_in
from daemon.inbox.evaluate import Label, read
from daemon.inbox.parse import parse_message
from daemon.inbox.reading import normalise
from daemon.inbox.zh_numerals import to_arabic

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


def reading(sets: dict[str, tuple[Label, bytes]], name: str) -> tuple[str, str]:
    """The label's kind and the rules' kind (no learned guess) of set file ``name``."""
    label, raw = sets[name]
    return label.kind, read(parse_message(raw), label, learned=False).kind


# The payer's own side holding back its step, in the first person or flatly (尾款我这边不签字,
# 复核我先不点了, 二期款我建议财务先不要付, 验收款你们莫想): a refusal beside the grievance.
# hzd016 also said 我们多付了棉农钱 (an overpayment to others), read as paid before.
WITHHELD = ["hzd016", "hzd048", "hzd049", "hzg025", "hze042"]

# A 普票 where a deductible 专票 is due (是6%的增值税普通发票…约定的是13%增值税专用发票;
# 是普通发票，我们没办法抵扣进项): our invoice not accepted as issued. hzg018's own 开票信息
# (税号, 开户行及账号) is the client's account, no bank question.
WRONG_INVOICE_TYPE = ["hzd036", "hzg018"]


@pytest.mark.parametrize("name", WITHHELD + WRONG_INVOICE_TYPE)
def test_objection_reads_as_dispute(sets: dict[str, tuple[Label, bytes]], name: str) -> None:
    assert reading(sets, name) == ("dispute", "dispute")


def dated(sets: dict[str, tuple[Label, bytes]], name: str) -> tuple[tuple[str, date | None], ...]:
    """The label's (kind, date) and the rules' (kind, date) of set file ``name``."""
    label, raw = sets[name]
    got = read(parse_message(raw), label, learned=False)
    return (label.kind, label.date), (got.kind, got.date)


# A sum in tens of thousands with its next digit spoken (三万八 = 38000, 六万八 = 68000) is one
# number: 六万八月底 is 68000 by the month's end (hze009, read as August before), 三万八 paid
# against a reminder for 38,000 is all of it (hzd083, read as 3万 and partial before).
# The scene of a phone-typed reply ends at a space (现在年底经销商的货款还没收回来 下个礼拜三之前):
# 年底 is the season, 下个礼拜三 the day (hze001). A bank fee stated with the bank as the one
# taking it (银行收了USD25的手续费) is a cut: partial (hzg059). The payment said to "go" on a day
# (上线款我问了财务，10号走) is a promise of that day (hzg046).
#
# The money "out" (今天早上复核了，钱出去了: hzd051) and voice input's 以经富了 for
# 已经付了 after the money (剩下的钱以经富了: hze013) are paid; the verb first (我们签了验收单:
# hze021) is acceptance; a loss laid on us taken off (出货的损失要扣一点: hzg019) is dispute;
# 整 as 弄 (这礼拜整: hzd042) and a payment waiting only for its own review (复核完就出去了:
# hzd046) are promises, and the day that dates the submission (今天网银已经提交了) is no day
# of the payment's.
# 再缓两个礼拜 asks two weeks from the reply day, as 再给/宽限 (hze041: no day before); funds
# not yet there (专项资金尚未到位) are no work of ours incomplete, and a means still to be used
# (需使用县财政拨付的…资金支付) no payment made: the grace asked to 2027-01-15 stands (hze050).
@pytest.mark.parametrize(
    "name",
    [
        "hze009", "hzd083", "hze001", "hzg059", "hzg046",
        "hzd051", "hze013", "hze021", "hzg019", "hzd042", "hzd046",
        "hze041", "hze050",
    ],
)  # fmt: skip
def test_reads_kind_and_date(sets: dict[str, tuple[Label, bytes]], name: str) -> None:
    expected, got = dated(sets, name)
    assert got == expected


@pytest.mark.parametrize(
    ("words", "arabic"),
    [
        ("剩下那六万八月底之前给你们打过去", "剩下那68,000月底之前给你们打过去"),
        ("尾款已经付了 三万八 你查一下", "尾款已经付了 38,000 你查一下"),
        ("已付三万八千元", "已付38,000元"),
        ("三万八千五百元", "38,500元"),
        # unchanged: a numeral before a unit, a round 万 (its unit stays for the sum readers)
        ("十二月五日前付", "12月5日前付"),
        ("先付三万，余款下月", "先付3万，余款下月"),
    ],
)
def test_spoken_sum_is_one_number(words: str, arabic: str) -> None:
    assert to_arabic(words)[0] == arabic


def test_spoken_sum_is_read_whole() -> None:
    assert [s.value for s in sums_in(normalise("已付三万八千元"))] == [Decimal(38000)]
    assert [s.value for s in sums_in(normalise("尾款付了三万八"))] == [Decimal(38000)]

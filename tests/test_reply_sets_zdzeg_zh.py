"""Categories behind held-out sets ZD, ZE and ZG's Simplified-Chinese misreadings, read on the
sets' own files (tests/data/replies/heldout_c_generate.py writes them; parse + classify as
``cuikuan classify --eval`` does, rules only). Each file read wrong before its cause was fixed;
the rule examples and counter-examples in daemon/inbox/rules/zh.yaml carry other wordings.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from daemon.cli.classify_eval import load_corpus
from daemon.inbox.evaluate import Label, read
from daemon.inbox.parse import parse_message

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

"""The held-out reply sets C onwards (tests/data/replies/heldout_c_generate.py) stay writable.

Not a score test: the sets exist to measure the classifier on mail it was not tuned on
(scores in tests/data/replies/HELDOUT.md). This only checks that the generator writes
every reply as a parseable message threaded to a cuikuan reminder, with one label each.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from daemon.cli.classify_eval import load_corpus
from daemon.inbox.evaluate import KINDS
from daemon.inbox.parse import InboundMail

GENERATOR = Path(__file__).parent / "data" / "replies" / "heldout_c_generate.py"
MACHINE = {"auto_reply", "bounce"}


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("heldout_c_generate", GENERATOR)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SETS = sorted(
    name
    for p in GENERATOR.parent.glob("heldout_c_set_*.py")
    if "_" not in (name := p.stem.removeprefix("heldout_c_set_"))
)
"""Every set the generator can write, one ``heldout_c_set_<name>.py`` each (no edit here): a
name is one or two letters (``x``, ``za``); ``heldout_c_set_x_intl.py`` is more of set X."""
AT_LEAST = {
    "c": 150,
    "d": 100,
    "e": 150,
    "f": 150,
    "g": 150,
    "h": 150,
    "i": 150,
    "j": 120,
    "k": 160,
    "l": 140,
}
"""Each set's size when it was measured; a newer set is at least ``NEW_SET_AT_LEAST``."""
NEW_SET_AT_LEAST = 100


def test_every_set_up_to_l_is_found() -> None:
    assert set(AT_LEAST) <= set(SETS)


@pytest.mark.parametrize("which", SETS)
def test_heldout_set_is_written_parseable_and_labelled(
    tmp_path: Path,
    which: str,
    capsys: pytest.CaptureFixture[str],
    parse_reply: Callable[[bytes], InboundMail],
) -> None:
    gen = _generator()
    n = gen.main(tmp_path, which)
    assert n == len(gen.entries(which)) >= AT_LEAST.get(which, NEW_SET_AT_LEAST)
    assert f"{n} files" in capsys.readouterr().out
    corpus = load_corpus(tmp_path)
    assert len(corpus) == n == len(list(tmp_path.glob("*.eml")))
    for label, raw in corpus:
        assert label.kind in KINDS, label.file
        mail = parse_reply(raw)
        assert not mail.unreadable, label.file
        assert mail.text.strip() or mail.attachments, label.file
        headers = mail.headers
        assert headers.get("date") and headers.get("from") and headers.get("subject"), label.file
        threaded = f"{headers.get('in-reply-to', '')} {headers.get('references', '')}"
        if label.kind not in MACHINE and label.known_sender:
            assert "<ck." in threaded, label.file

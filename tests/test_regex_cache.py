"""The rules' compiled regexes kept between processes (daemon/inbox/regex_cache.py) are the
regexes ``re.compile`` makes, and a kept file that does not fit is never used."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from daemon.inbox import regex_cache
from daemon.inbox.regex_cache import CompiledRegexes, cache_file
from daemon.inbox.rulebook import Rulebook, find_signals, rulebook


@pytest.fixture(autouse=True)
def bytecode_written(monkeypatch: pytest.MonkeyPatch) -> None:
    """As Python is by default (the suite may run with ``PYTHONDONTWRITEBYTECODE``)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


SOURCES = [r"已经?付款", r"(?<!not )\bpaid\b", r"(?P<day>\d{1,2})\s*号|(?P<wd>周[一二三四五])"]


def same(made: re.Pattern[str], fresh: re.Pattern[str]) -> None:
    """Equal as the engine sees them (flags, pattern, program) and in their groups."""
    assert made == fresh
    assert (made.groups, made.groupindex) == (fresh.groups, fresh.groupindex)


def patterns(book: Rulebook) -> list[re.Pattern[str]]:
    """Every regex a rule book compiles from the rules files."""
    found = [r.pattern for r in book.rules] + [a.pattern for a in book.attachments]
    for scope in book.scopes.values():
        found += [scope.negation, scope.condition, scope.question]
        found += [p for p in (scope.negation_after, scope.plan) if p is not None]
    return found


def test_the_shipped_rules_kept_or_not_are_the_regexes_re_compile_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regex_cache, "cache_file", lambda: tmp_path / "rules.regex")
    made = rulebook.__wrapped__()  # compiles and keeps them (not the process's cached book)
    assert (tmp_path / "rules.regex").is_file()
    loaded = rulebook.__wrapped__()  # from the kept file
    assert len(patterns(loaded)) == len(patterns(made)) > 250
    for kept, compiled in zip(patterns(loaded), patterns(made), strict=True):
        same(kept, compiled)
        same(kept, re.compile(kept.pattern, re.I))
    texts = ["我们已于昨天付款", "We have not paid yet, sorry", "下周五前付清", "見附件匯款單"]
    assert [find_signals(t, loaded) for t in texts] == [find_signals(t, made) for t in texts]
    assert any(find_signals(t, loaded) for t in texts)


def test_only_new_programs_are_written_and_an_edited_rules_old_one_goes(tmp_path: Path) -> None:
    path = tmp_path / "rules.regex"
    first = CompiledRegexes.load(path)
    for source in SOURCES:
        first.compile(source, re.I)
    first.save()
    written = path.stat().st_mtime_ns
    again = CompiledRegexes.load(path)
    for source in SOURCES:
        again.compile(source, re.I)
    again.save()  # nothing new: not written
    assert path.stat().st_mtime_ns == written
    edited = CompiledRegexes.load(path)
    edited.compile(SOURCES[0], re.I)
    edited.compile(r"已经?付清", re.I)
    edited.save()
    assert set(CompiledRegexes.load(path)._kept) == {(SOURCES[0], re.I), (r"已经?付清", re.I)}


def test_nothing_is_written_where_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    regexes = CompiledRegexes.load(tmp_path / "rules.regex")
    same(regexes.compile(SOURCES[1], re.I), re.compile(SOURCES[1], re.I))
    regexes.save()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "spoil",
    [
        lambda blob: blob[:-7],  # torn
        lambda blob: blob[:-40] + bytes([blob[-40] ^ 1]) + blob[-39:],  # one bit changed
        lambda blob: b"something else\n" + blob,
        lambda blob: b"",
    ],
)
def test_a_torn_or_damaged_file_is_not_used(
    tmp_path: Path, spoil: Callable[[bytes], bytes]
) -> None:
    path = tmp_path / "rules.regex"
    regexes = CompiledRegexes.load(path)
    regexes.compile(SOURCES[2], re.I)
    regexes.save()
    path.write_bytes(spoil(path.read_bytes()))
    again = CompiledRegexes.load(path)
    assert again._kept == {}
    same(again.compile(SOURCES[2], re.I), re.compile(SOURCES[2], re.I))


def test_a_file_of_another_python_or_regex_engine_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rules.regex"
    regexes = CompiledRegexes.load(path)
    regexes.compile(SOURCES[0], re.I)
    regexes.save()
    assert CompiledRegexes.load(path)._kept
    monkeypatch.setattr(regex_cache, "STAMP", regex_cache.STAMP + b" another")
    assert CompiledRegexes.load(path)._kept == {}


def test_a_bad_pattern_fails_as_re_compile_fails(tmp_path: Path) -> None:
    with pytest.raises(re.error) as expected:
        re.compile(r"(?<=a+)b", re.I)
    with pytest.raises(re.error) as got:
        CompiledRegexes.load(tmp_path / "rules.regex").compile(r"(?<=a+)b", re.I)
    assert str(got.value) == str(expected.value)


def test_the_file_sits_with_the_rules_bytecode_or_under_the_pycache_prefix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "pycache_prefix", None)
    beside = cache_file()
    assert beside is not None
    assert beside.parent == Path(regex_cache.daemon.inbox.rules.__file__).parent / "__pycache__"
    assert beside.name == f"rules.{sys.implementation.cache_tag}.regex"
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path))
    under = cache_file()
    assert under is not None and under.is_relative_to(tmp_path)

"""Hostile input never crashes anything: mangled real mail, random MIME, huge mail, evil YAML.

Property-based (hypothesis). The mail half mutates the real corpus in /work/shared/corpus
(byte flips, truncation, duplicated headers, wrong or unknown charset labels, junk
inserted) and builds random MIME trees (nested multiparts, message/rfc822, delivery-status,
broken boundaries and transfer encodings). For all of them ``parse_message`` must return
without its catch-all firing (an exception swallowed there is a bug hidden, not handled),
and ``classify`` must return a JSON-ready result. Huge headers and a 10 MB attachment are
checked for bounded time and memory. The YAML half checks that no tag is ever constructed
and that alias bombs of any shape are refused (the fixed cases live in test_config.py).

Example counts are kept moderate so the whole file runs in well under 30 s; raise them
locally with ``--hypothesis-seed`` / a profile when hunting.
"""

from __future__ import annotations

import base64
import csv
import json
import os
import re
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daemon.config.loader import load_config
from daemon.errors import ConfigError
from daemon.inbox.classify import KINDS as CLASSIFIER_KINDS
from daemon.inbox.classify import classify
from daemon.inbox.parse import MAX_TEXT_CHARS, InboundMail, parse_message
from tests.demo_config import DEMO_CONFIG, copy_demo

REPO = Path(__file__).resolve().parents[1]
KINDS = set(CLASSIFIER_KINDS)  # every kind the classifier can give
CLEAN_UNREADABLE = {"empty message", "no headers found"}
"""The reasons parse_message gives on purpose; any other reason is a swallowed exception."""


def _corpus_dir() -> Path | None:
    candidates = [Path(os.environ["CUIKUAN_CORPUS"])] if os.environ.get("CUIKUAN_CORPUS") else []
    candidates += [
        REPO.parent / "shared" / "corpus",
        Path(__file__).absolute().parents[2] / "shared" / "corpus",
    ]
    return next((c for c in candidates if (c / "MANIFEST.tsv").is_file()), None)


def _corpus() -> list[bytes]:
    root = _corpus_dir()
    if root is None:
        return []
    with (root / "MANIFEST.tsv").open(encoding="utf-8", newline="") as handle:
        return [(root / row["file"]).read_bytes() for row in csv.DictReader(handle, delimiter="\t")]


CORPUS = _corpus()
needs_corpus = pytest.mark.skipif(
    not CORPUS, reason="mail corpus not found: set CUIKUAN_CORPUS or put it at ../shared/corpus"
)

CHARSETS = [
    "utf-8",
    "gb2312",
    "gbk",
    "gb18030",
    "big5",
    "iso-2022-jp",
    "shift_jis",
    "euc-kr",
    "koi8-r",
    "windows-1252",
    "utf-7",
    "utf-16",
    "utf-32",
    "x-unknown",
    "x-mac-chinesetrad",
    "unicode-1-1-utf-7",
    "",
    '"',
    "utf-8''",
    "base64",
    "ks_c_5601-1987",
    "punycode",
    "undefined",
    "idna",
    "hex",
    "rot13",
    "\x00nsi_x3.110-1983",
]
charset_labels = st.one_of(
    st.sampled_from(CHARSETS), st.from_regex(r"[A-Za-z0-9_.:-]{1,20}", fullmatch=True)
)


def check_never_crashes(raw: bytes, *, known_sender: bool = False) -> InboundMail:
    """The contract every test here checks: parse and classify return, sensibly."""
    mail = parse_message(raw)
    assert mail.size == len(raw)
    if mail.unreadable:
        assert mail.reason in CLEAN_UNREADABLE, mail.reason
    assert len(mail.text) <= MAX_TEXT_CHARS
    result = classify(mail, known_sender=known_sender)
    assert result.kind in KINDS
    json.dumps(result.to_json(), ensure_ascii=False)
    return mail


# -- mutations of real mail -------------------------------------------------------------


def _split(raw: bytes) -> tuple[list[bytes], bytes]:
    """Header lines (with their line ends) and the rest."""
    match = re.search(rb"\r?\n\r?\n", raw)
    head, body = (raw[: match.start()], raw[match.start() :]) if match else (raw, b"")
    return head.splitlines(keepends=True), body


@st.composite
def flip_bytes(draw: st.DrawFn, raw: bytes) -> bytes:
    out = bytearray(raw)
    for at, value in draw(
        st.lists(st.tuples(st.integers(0, 2**31), st.integers(0, 255)), min_size=1, max_size=30)
    ):
        out[at % len(out)] = value
    return bytes(out)


@st.composite
def truncate(draw: st.DrawFn, raw: bytes) -> bytes:
    return raw[: draw(st.integers(0, len(raw)))]


@st.composite
def duplicate_header(draw: st.DrawFn, raw: bytes) -> bytes:
    lines, body = _split(raw)
    at = draw(st.integers(0, max(0, len(lines) - 1)))
    copies = draw(st.integers(1, 200))
    line = lines[at] if lines else b"Subject: x\n"
    if not line.endswith(b"\n"):
        line += b"\n"
    return b"".join(lines[:at] + [line] * copies + lines[at:]) + body


@st.composite
def relabel_charsets(draw: st.DrawFn, raw: bytes) -> bytes:
    label = draw(charset_labels).encode("ascii")
    raw = re.sub(rb"(charset\s*=\s*\"?)[^\";\s]*", lambda m: m.group(1) + label, raw, flags=re.I)
    encoding = draw(st.sampled_from([b"B", b"Q", b"b", b"X"]))
    junk = draw(st.binary(max_size=40)).replace(b"\n", b"").replace(b"\r", b"")
    lines, body = _split(raw)
    return (
        b"Subject: =?" + label + b"?" + encoding + b"?" + junk + b"?=\r\n" + b"".join(lines) + body
    )


@st.composite
def insert_junk(draw: st.DrawFn, raw: bytes) -> bytes:
    at = draw(st.integers(0, len(raw)))
    return raw[:at] + draw(st.binary(min_size=1, max_size=200)) + raw[at:]


MUTATIONS = [flip_bytes, truncate, duplicate_header, relabel_charsets, insert_junk]


@st.composite
def mutated_corpus_mail(draw: st.DrawFn) -> bytes:
    raw = draw(st.sampled_from(CORPUS))
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), min_size=1, max_size=3)):
        if raw:
            raw = draw(mutation(raw))
    return raw


@needs_corpus
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=mutated_corpus_mail(), known_sender=st.booleans())
def test_mutated_corpus_mail_never_crashes(raw: bytes, known_sender: bool) -> None:
    check_never_crashes(raw, known_sender=known_sender)


@needs_corpus
def test_every_corpus_message_with_every_charset_label() -> None:
    for raw in CORPUS:
        for label in ("x-unknown", "utf-7", "gb2312", '"'):
            relabelled = re.sub(
                rb"(charset\s*=\s*\"?)[^\";\s]*", rb"\g<1>" + label.encode(), raw, flags=re.I
            )
            check_never_crashes(relabelled)


ODD_LABELS = [
    b"From: a@example.net\nContent-Type: text/plain; charset=\x00nsi\nSubject: x\n\npaid\n",
    b"From: a@example.net\nContent-Type: text/plain; charset=punycode\nSubject: x\n\npa\x00id\n",
    b"From: a@example.net\nContent-Type: text/plain; charset=undefined\nSubject: x\n\npaid\n",
    b"From: a@example.net\nContent-Type: text/plain; charset=undefined\nSubject: x\n\n"
    b"\x80\x8dpaid\n",
    b"From: a@example.net\nSubject: =?undefined?B?aGVsbG8=?=\n\npaid\n",
    b"From: a@example.net\nSubject: =?punycode?Q?a=00b?=\n\npaid\n",
    b"From: a@example.net\nSubject: =?\x00x?Q?ab?=\n\npaid\n",
]


def test_odd_charset_labels_keep_mail_readable() -> None:
    for raw in ODD_LABELS:
        mail = parse_message(raw)
        assert not mail.unreadable, (raw, mail.reason)
        assert mail.from_addr == "a@example.net"


# -- random MIME trees ------------------------------------------------------------------


@dataclass(frozen=True)
class Leaf:
    ctype: str
    charset: str | None
    cte: str | None
    body: bytes
    filename: str | None


@dataclass(frozen=True)
class Multi:
    subtype: str
    boundary: str
    parts: list[Leaf | Multi | Rfc822]
    closed: bool
    declared_boundary: str | None
    """None: the Content-Type names the boundary the parts use; else a wrong one."""


@dataclass(frozen=True)
class Rfc822:
    subject: bytes
    inner: Leaf | Multi | Rfc822


body_bytes = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(max_size=100).map(lambda t: base64.encodebytes(t.encode("utf-8", "surrogatepass"))),
    st.sampled_from(
        [
            b"Final-Recipient: rfc822; x@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n",
            b"Reporting-MTA: dns; mx\r\n\r\nFinal-Recipient: rfc822;\r\nStatus: 9.9.9.9\r\n",
            "我们已于2026年12月3日付款".encode("gb18030"),
            b"=E6=88=91=\r\n=ZZ=\r\n",
        ]
    ),
)
leaves = st.builds(
    Leaf,
    ctype=st.sampled_from(
        [
            "text/plain",
            "text/html",
            "application/octet-stream",
            "application/pdf",
            "message/delivery-status",
            "text/rfc822-headers",
            "message/rfc822",
            "text/x-weird",
            "",
            "multipart/mixed",
        ]
    ),
    charset=st.none() | charset_labels,
    cte=st.none()
    | st.sampled_from(
        ["7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", "bogus"]
    ),
    body=body_bytes,
    filename=st.none() | st.text(max_size=30),
)
boundaries = st.from_regex(r"[A-Za-z0-9'()+_,./:=?-]{1,40}", fullmatch=True)
mime_trees = st.recursive(
    leaves,
    lambda children: st.one_of(
        st.builds(
            Multi,
            subtype=st.sampled_from(
                ["mixed", "alternative", "related", "report", "signed", "digest", "x-odd"]
            ),
            boundary=boundaries,
            parts=st.lists(children, max_size=4),
            closed=st.booleans(),
            declared_boundary=st.none() | boundaries,
        ),
        st.builds(Rfc822, subject=st.binary(max_size=60), inner=children),
    ),
    max_leaves=10,
)


def render(node: Leaf | Multi | Rfc822) -> bytes:
    """The part as raw bytes: its headers, a blank line, its body."""
    if isinstance(node, Leaf):
        head = b"Content-Type: " + node.ctype.encode("utf-8", "surrogatepass")
        if node.charset is not None:
            head += b"; charset=" + node.charset.encode("ascii")
        head += b"\r\n"
        if node.cte:
            head += b"Content-Transfer-Encoding: " + node.cte.encode() + b"\r\n"
        if node.filename is not None:
            name = node.filename.encode("utf-8", "surrogatepass")
            head += b'Content-Disposition: attachment; filename="' + name + b'"\r\n'
        return head + b"\r\n" + node.body
    if isinstance(node, Rfc822):
        inner = b"Subject: " + node.subject.replace(b"\n", b" ") + b"\r\n" + render(node.inner)
        return b"Content-Type: message/rfc822\r\n\r\n" + inner
    declared = node.declared_boundary if node.declared_boundary is not None else node.boundary
    out = (
        b"Content-Type: multipart/"
        + node.subtype.encode()
        + b'; boundary="'
        + declared.encode()
        + b'"\r\n\r\n'
    )
    out += b"preamble\r\n"
    for part in node.parts:
        out += b"--" + node.boundary.encode() + b"\r\n" + render(part) + b"\r\n"
    if node.closed:
        out += b"--" + node.boundary.encode() + b"--\r\n"
    return out


top_headers = st.fixed_dictionaries(
    {
        "From": st.one_of(
            st.just(b"Client <client@example.net>"), st.binary(max_size=60), st.just(b"")
        ),
        "Subject": st.one_of(
            st.just(b"Re: [CK-HZ-2026-017-deposit] \xe4\xbb\x98\xe6\xac\xbe"),
            st.binary(max_size=80),
        ),
        "In-Reply-To": st.one_of(
            st.just(b"<ck.HZ.deposit.due.0@example.cn>"), st.binary(max_size=40)
        ),
        "Auto-Submitted": st.sampled_from([b"", b"auto-replied", b"auto-generated", b"no"]),
    }
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(headers=top_headers, tree=mime_trees, known_sender=st.booleans())
def test_random_mime_structures_never_crash(
    headers: dict[str, bytes], tree: Leaf | Multi | Rfc822, known_sender: bool
) -> None:
    head = b"".join(
        name.encode() + b": " + value.replace(b"\r", b" ").replace(b"\n", b" ") + b"\r\n"
        for name, value in headers.items()
        if value
    )
    check_never_crashes(head + b"MIME-Version: 1.0\r\n" + render(tree), known_sender=known_sender)


# -- huge mail: bounded time and memory -------------------------------------------------


def _measured(raw: bytes) -> tuple[InboundMail, float]:
    """(mail, peak MB allocated) for parse + classify of ``raw``.

    Memory, not seconds: a time bound fails on a busy machine without a bug (speed is
    measured in bench/); the allocation peak is the same on any machine.
    """
    tracemalloc.start()
    try:
        mail = check_never_crashes(raw, known_sender=True)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return mail, peak / 2**20


@pytest.mark.slow  # seconds of parsing; CI runs it (.ci/run), the default run does not
def test_ten_megabyte_attachment_and_long_text_stay_bounded() -> None:
    attachment = base64.encodebytes(os.urandom(10 * 2**20))
    text = "我们已于12月3日付款，请查收。\n".encode() * 20_000  # ~330,000 characters
    raw = (
        b"From: Chen <chen@client.example.cn>\r\nTo: ar@example.cn\r\n"
        b"Subject: Re: [CK-HZ-2026-017-deposit] payment\r\n"
        b"In-Reply-To: <ck.HZ-2026-017.deposit.due.0@example.cn>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n--b1\r\n'
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + text
        + b"\r\n--b1\r\nContent-Type: application/pdf; name=receipt.pdf\r\n"
        b"Content-Disposition: attachment; filename=receipt.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + attachment + b"--b1--\r\n"
    )
    mail, peak_mb = _measured(raw)
    assert mail.text_truncated and len(mail.text) == MAX_TEXT_CHARS
    assert mail.attachments == ("receipt.pdf",)
    assert peak_mb < 200, (
        f"parse + classify of a {len(raw) / 2**20:.0f} MB mail peaked at {peak_mb:.0f} MB"
    )


@pytest.mark.slow  # seconds of parsing; CI runs it (.ci/run), the default run does not
def test_one_megabyte_headers_stay_bounded() -> None:
    raw = (
        b"From: a@example.net\r\nSubject: " + b"\xe4\xbb\x98" * 350_000 + b"\r\n"
        b"X-Junk: " + b"a" * 2**20 + b"\r\n"
        b"References: "
        + b"<x@y> " * 170_000
        + b"\r\n"
        + b"Received: from x by y\r\n" * 20_000
        + b"\r\nhello\r\n"
    )
    mail, peak_mb = _measured(raw)
    assert mail.from_addr == "a@example.net"
    assert peak_mb < 200


# -- YAML -------------------------------------------------------------------------------

STANDARD_TAGS = {"!!str", "!!int", "!!float", "!!bool", "!!null", "!!merge", "!!map", "!!seq"}
tags = st.one_of(
    st.sampled_from(
        [
            "!!python/object/apply:os.system",
            "!!python/name:os.system",
            "!!python/object/new:subprocess.Popen",
            "!!python/module:os",
            "!!binary",
            "!!set",
            "!!omap",
            "!!timestamp",
            "!custom",
            "!<tag:example.com,2026:x>",
        ]
    ),
    st.from_regex(r"!!?[a-z][a-z0-9/.]{0,20}", fullmatch=True).filter(
        lambda t: t not in STANDARD_TAGS
    ),
)
PLACES = ["company: ", "timezone: ", "notice_days: ", "total: ", "email: ", "to:", "policy:"]


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return copy_demo(tmp_path)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tag=tags, place=st.sampled_from(PLACES), nth=st.integers(0, 3))
def test_no_tag_is_ever_constructed(demo: Path, tag: str, place: str, nth: int) -> None:
    text = DEMO_CONFIG.read_text(encoding="utf-8")
    # Keys only: the start of a line (or of a list item), never inside a comment.
    ends = [m.end() for m in re.finditer(rf"^[ -]*{re.escape(place)}", text, re.M)]
    at = ends[nth % len(ends)]
    demo.write_text(text[:at] + tag + " " + text[at:], encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(demo)
    messages = [issue.message for issue in caught.value.issues]
    assert any("is not allowed" in m or "YAML syntax error" in m for m in messages), messages


@pytest.mark.slow  # 25 bombs of up to 12**13 values; CI runs it
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(width=st.integers(2, 12), depth=st.integers(2, 12), merge=st.booleans())
def test_alias_bombs_of_any_shape_are_refused_before_expanding(
    demo: Path, width: int, depth: int, merge: bool
) -> None:
    bomb = "x0: &x0 [" + ", ".join(["lol"] * width) + "]\n"
    for n in range(1, depth + 1):
        if merge:
            items = ", ".join(f"k{i}: *x{n - 1}" for i in range(width))
            bomb += f"x{n}: &x{n} {{{items}}}\n"
        else:
            bomb += f"x{n}: &x{n} [" + ", ".join([f"*x{n - 1}"] * width) + "]\n"
    demo.write_text(DEMO_CONFIG.read_text(encoding="utf-8") + bomb, encoding="utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(ConfigError) as caught:
            load_config(demo)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 2**20  # refused before expanding, on a machine of any speed
    messages = " ".join(issue.message for issue in caught.value.issues)
    if width ** (depth + 1) > 100_000:
        assert "alias bomb" in messages, messages


def test_a_bytes_codec_named_as_charset_is_read_as_unknown_text() -> None:
    """``charset="hex"`` (a codec, not a text encoding) in a broken HTML part once made the
    message unreadable (LookupError); found by the mutation test above."""
    html = (
        b"\x00HA+SGVsbG88L3A+CjxkaXYgY2xhc3M9ImdtYWlsX3F1b3RlIj4wMi4wNC4yMDEyIDE0OjIwINC/0L7Qu9G"
        b"M0LfQvtCy0LDRgtC10LvRjCAmcXVvdDs8YSBocmVmPSJtYWlsdG86Ym9iQHh4eC5tYWlsZ3VuLm9yZyI+Ym9iQ"
        b"Hh4eC5tYWlsZ3VuLm9yZzwvYT4mcXVvdDsgJmx0OzxhIGhyZWY9Im1haWx0bzpib2JAeHh4Lm1haWxndW4ub3J"
        b"nIj5ib2JAeHh4Lm1haWxndW4ub3JnPC9hPiZndDsg0L3QsNC/0LjRgdCw0Ls6PGJyIHR5cGU9ImF0dHJpYnV0a"
        b"W9uIj4KPGJsb2NrcXVvdGUgY2xhc3M9ImdtYWlsX3F1b3RlIiBzdHlsZT0ibWFyZ2luOjAgMCAwIC44ZXg7Ym9"
        b"yZGVyLWxlZnQ6MXB4ICNjY2Mgc29saWQ7cGFkZGluZy1sZWZ0OjFleCI+SGk8YnI+CjwvYmxvY2txdW90ZT48L"
        b"2Rpdj4KCg==\n"
    )
    raw = (
        b'Content-Type: multipart/alternative; boundary="BB"\nMIME-Version: 1.0\n'
        b"Subject: Re: Test\nFrom: Bob <bob@example.com>\n\n"
        b'--BB\nContent-Type: text/plain; charset="hex"\nContent-Transfer-Encoding: base64\n\n'
        b"SGVsbG8K\n\n"
        b'--BB\nContent-Type: text/html; charset="hex"\nContent-Transfer-Encoding: base64\n\n'
        + html
        + b"\x00--BB--\n"
    )
    mail = check_never_crashes(raw)
    assert not mail.unreadable

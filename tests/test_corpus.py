"""The classifier against the real mail corpus in /work/shared/corpus (read in place).

Every ``bounce`` file must come out as a bounce (delay warnings not permanent), every
``autoreply`` as an auto-reply, and ``human_reply`` / ``noise`` as ``other``: no bounce, no
auto-reply and, since none of these messages is about a payment, never paid / dispute /
promise, even when the caller vouches for the sender (``known_sender=True``).

Set CUIKUAN_CORPUS to use a corpus elsewhere.
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message


def _corpus_dir() -> Path | None:
    candidates = []
    if os.environ.get("CUIKUAN_CORPUS"):
        candidates.append(Path(os.environ["CUIKUAN_CORPUS"]))
    here = Path(__file__)
    candidates += [
        here.resolve().parents[2] / "shared" / "corpus",
        here.resolve().parents[3] / "shared" / "corpus",  # from a worktree in /work/wt/NAME
        here.resolve().parents[1].parent / "shared" / "corpus",
        here.absolute().parents[2] / "shared" / "corpus",
    ]
    for candidate in candidates:
        if (candidate / "MANIFEST.tsv").is_file():
            return candidate
    return None


CORPUS = _corpus_dir()
SKIP_REASON = (
    "mail corpus not found: set CUIKUAN_CORPUS or put it at ../shared/corpus "
    "(next to the repository)"
)
EXPECTED = {"bounce": "bounce", "autoreply": "auto_reply", "human_reply": "other", "noise": "other"}
# NOTES.tsv marks delay warnings with "(Delay)" or "transient". warning-1.msg is noted as a
# "delivery delay warning", but its DSN says Action: failed, Status: 5.1.1 and its subject
# "Delivery Status Notification (Failure)": it is a permanent failure, and treated as one.
DELAY_NOTE = re.compile(r"\(delay\)|transient", re.I)


def _read_tsv(name: str) -> list[dict[str, str]]:
    if CORPUS is None:
        return []
    with (CORPUS / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


MANIFEST = _read_tsv("MANIFEST.tsv")
NOTES = {row["file"]: row["note"] for row in _read_tsv("NOTES.tsv")}
FILES = [(row["file"], row["category"]) for row in MANIFEST] or [
    pytest.param("", "", marks=pytest.mark.skip(reason=SKIP_REASON))
]
IDS = [row["file"] for row in MANIFEST] or ["no-corpus"]


def _raw(path: str) -> bytes:
    if CORPUS is None:
        pytest.skip(SKIP_REASON)
    return (CORPUS / path).read_bytes()


@pytest.mark.parametrize(("path", "category"), FILES, ids=IDS)
def test_parse_message_reads_every_file(path: str, category: str) -> None:
    raw = _raw(path)
    mail = parse_message(raw)
    assert not mail.unreadable, mail.reason
    assert mail.size == len(raw)
    assert mail.from_addr or mail.return_path is not None or mail.subject


@pytest.mark.parametrize(("path", "category"), FILES, ids=IDS)
def test_category(path: str, category: str) -> None:
    mail = parse_message(_raw(path))
    result = classify(mail)
    assert result.kind == EXPECTED[category], (result.rule, result.evidence)
    vouched = classify(mail, known_sender=True)
    assert vouched.kind not in ("paid", "dispute", "promise"), (vouched.rule, vouched.evidence)
    # Phishing that spells out "our" bank account is a fraud risk even from a client.
    assert vouched.kind in (EXPECTED[category], "bank_question" if category == "noise" else "")
    if category == "bounce":
        assert result.bounce is not None
        assert result.bounce.permanent is not bool(DELAY_NOTE.search(NOTES.get(path, ""))), (
            NOTES.get(path),
            result.bounce.evidence,
        )
    else:
        assert result.bounce is None


def test_corpus_has_every_category() -> None:
    if CORPUS is None:
        pytest.skip(SKIP_REASON)
    categories = {row["category"] for row in MANIFEST}
    assert categories == set(EXPECTED)
    delays = [f for f, note in NOTES.items() if DELAY_NOTE.search(note)]
    assert len(delays) >= 2  # the permanence check above is not vacuous


def _mail(suffix: str):  # type: ignore[no-untyped-def]
    matches = [row["file"] for row in MANIFEST if row["file"].endswith(suffix)]
    if CORPUS is None or not matches:
        pytest.skip(SKIP_REASON)
    return parse_message(_raw(matches[0]))


def test_raw_8bit_gb2312_subject_of_sina_bounce() -> None:
    mail = _mail("/sina_01.txt")
    assert mail.subject == "邮件传输失败！"
    assert "邮件无法发送到您指定的地址中" in mail.text


def test_gb2312_labelled_subject_with_gbk_only_bytes() -> None:
    mail = _mail("/mail_test_9")
    assert mail.subject.startswith("我把镜头拉近些，你们看看这个是什么")
    assert "\u5c44" in mail.subject  # a GBK-only character: proves gb2312 was read as GBK
    assert "\ufffd" not in mail.subject + mail.text


def test_unknown_charset_does_not_break_the_body() -> None:
    mail = _mail("/qmail_08.txt")
    assert mail.text.startswith("Gracias por contactar con nosotros!!")
    assert "tendrás" in mail.text


def test_iso_2022_jp_subject() -> None:
    assert _mail("/lhost-office365-04.eml").subject == "Undeliverable: ニャーン"


def test_raw_utf8_subject() -> None:
    assert _mail("/lhost-kddi-01.eml").subject == "メールエラー通知"


@pytest.mark.parametrize(
    "name",
    [row["file"] for row in MANIFEST if "/mailgun-talon/" in row["file"]] or ["no-corpus"],
)
def test_quote_stripping_on_real_clients(name: str) -> None:
    """Each talon fixture is a one-word reply ("Hello") above its client's quoting style."""
    if CORPUS is None:
        pytest.skip(SKIP_REASON)
    result = classify(parse_message(_raw(name)))
    assert result.text_considered == "Hello"


def test_bounce_details_from_a_dsn() -> None:
    result = classify(_mail("/lhost-postfix-46.eml"))
    assert result.bounce is not None
    assert result.bounce.recipients == ["neko-nyaan@ne.auone-net.jp"]
    assert result.bounce.status == "5.0.0"
    assert result.bounce.original_message_id.startswith("<51edb770ed22757ebed32d33e8805929@")


@pytest.mark.parametrize(
    ("suffix", "recipients"),
    [
        # Exim: the DSN's Final-Recipient is a spool path; X-Failed-Recipients holds the
        # address, in the percent-hack form user%domain@relay (= user@domain)
        ("/lhost-exim-60.eml", ["nyaan@gol.com"]),
        # Google: no address in the text, X-Failed-Recipients names it
        ("/lhost-googlegroups-01.eml", ["libsisimai@googlegroups.com"]),
        ("/lhost-googleworkspace-01.eml", ["neko-nyaan-cat-meeting@google-groups.example.com"]),
        # a notice naming a contact and an example address besides the failed one: only
        # the address the returned message went to ("for <user1@example.gov>") counts
        ("/llnl_01.txt", ["user1@example.gov"]),
    ],
)
def test_bounce_recipients_from_the_right_place(suffix: str, recipients: list[str]) -> None:
    result = classify(_mail(suffix))
    assert result.bounce is not None
    assert result.bounce.recipients == recipients

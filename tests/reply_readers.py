"""The two readers the reply category tests share (tests/test_reply_z*_categories.py).

``kind`` reads bare words with the shipped rules, as a category's own cases are worded;
``mail_kind`` and ``dated`` read a whole mail (parse, quotes, dates, second reading), sent on
Tuesday 1 December 2026 at 10:00 in Shanghai, from a known sender.
"""

from __future__ import annotations

from datetime import date

from daemon.inbox.classify import Classification, classify
from daemon.inbox.parse import parse_message
from daemon.inbox.reading import read_words
from daemon.inbox.rulebook import rulebook
from tests.test_parse import text_mail
from tests.test_reply_scope import SENT

BOOK = rulebook()


def kind(text: str, attachments: tuple[str, ...] = ()) -> str:
    """The kind the shipped rules read in ``text`` (with those attachment names)."""
    return read_words(text, attachments, BOOK).kind


def _classified(body: str) -> Classification:
    return classify(parse_message(text_mail(body, Date=SENT)), known_sender=True)


def mail_kind(body: str) -> str:
    """The kind of a whole mail whose text is ``body``."""
    return _classified(body).kind


def dated(body: str) -> tuple[str, date | None]:
    """The kind and promised day of a whole mail whose text is ``body``."""
    result = _classified(body)
    return result.kind, result.promised_date

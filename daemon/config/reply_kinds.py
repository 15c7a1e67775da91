"""The kinds a reply can be read as: one list for the config and the classifier.

Why here: the config (layer 1) lets the PM add phrases per kind a person writes
(``replies.phrases``) and the classifier (:mod:`daemon.inbox.classify`, layer 4) reads
every reply as one of all the kinds; a module may import only its own layer or a lower
one, so the one definition lives at the config's layer, free of pydantic like
:mod:`daemon.config.rates`. What each kind means: :data:`daemon.inbox.classify.KINDS`.
"""

from __future__ import annotations

from typing import Literal, get_args

ReplyKind = Literal[
    "paid",
    "partial_payment",
    "promise",
    "more_time",
    "dispute",
    "acceptance",
    "resend_request",
    "bank_question",
]
"""What a person writes about a payment: the kinds the PM can add phrases for."""

MachineKind = Literal["auto_reply", "bounce"]
"""Machine mail, not written by a person for this message: never a reason to stop or pause
a chase; read by its headers and wording, never by the learned fallback."""

Kind = Literal[ReplyKind, MachineKind, "other"]
"""Every kind a reply can have; ``other``: a person wrote nothing the chase acts on alone."""

MACHINE_KINDS: frozenset[str] = frozenset(get_args(MachineKind))
"""The :data:`MachineKind` values, for membership tests."""

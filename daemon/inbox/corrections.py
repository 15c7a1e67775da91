"""The PM teaches the reader: replies the PM labelled differently, kept as a local corpus.

Why: when the PM answers an alert with a command that contradicts cuikuan's reading (the
reply was read as "other" and the PM answers ``promise 2026-12-10``; a possible dispute
and the PM answers ``resume``), that reply is exactly the kind of mail the rules miss.
It is kept under ``data/corrections/`` in the format of the project's own corpus (one
``.eml`` per reply, ``labels.yaml`` beside them), so::

    cuikuan classify --eval data/corrections

shows how the reader does on them now, and the files can be added to
``tests/data/replies/`` as they are. Phrases the PM wants recognised at once go in
``settings.replies.phrases``.

:func:`correction` is pure (which label, if any); :func:`keep` writes the files.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

logger = logging.getLogger(__name__)

DIRNAME = "corrections"
LABELS = "labels.yaml"
VERB_LABELS = {"paid": "paid", "dispute": "dispute", "promise": "promise", "resume": "other"}
"""The reply kind a staff command says a reply had."""
_RESUME_CONTRADICTS = frozenset({"dispute", "paid"})
"""``resume`` only says "that was not a reason to stop" after one of these readings."""


@dataclass(frozen=True)
class Correction:
    kind: str
    date: date | None
    note: str


def correction(verb: str, day: date | None, reading: str, rule: str) -> Correction | None:
    """The PM's label for a reply read as ``reading``, when command ``verb`` contradicts it."""
    label = VERB_LABELS.get(verb)
    if label is None or label == reading:
        return None
    if verb == "resume" and reading not in _RESUME_CONTRADICTS:
        return None
    note = f"PM answered '{verb}' to a reading of {reading} (rule {rule or '-'})"
    return Correction(label, day if label == "promise" else None, note)


def keep(data_dir: Path, message_id: str, raw: bytes, fix: Correction) -> Path:
    """Write the reply and its label under ``data_dir/corrections``; returns the .eml path.

    Idempotent per message: a second correction of the same reply replaces the label.
    """
    folder = Path(data_dir) / DIRNAME
    folder.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha256(message_id.encode("utf-8", "replace")).hexdigest()[:16] + ".eml"
    eml = folder / name
    if not eml.exists():
        _write(eml, raw)
    labels_path = folder / LABELS
    labels: dict[str, dict[str, object]] = {}
    if labels_path.exists():
        loaded = yaml.safe_load(labels_path.read_text(encoding="utf-8")) or {}
        labels = loaded if isinstance(loaded, dict) else {}
    labels[name] = {"kind": fix.kind, "date": fix.date, "note": fix.note}
    text = "# Replies the PM labelled differently (see daemon/inbox/corrections.py)\n"
    text += yaml.safe_dump(labels, allow_unicode=True, sort_keys=True)
    _write(labels_path, text.encode("utf-8"))
    logger.info("kept a correction: %s read as %s", name, fix.note)
    return eml


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)

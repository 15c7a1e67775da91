"""``cuikuan evidence --verify-dkim FILE``: a received email's DKIM signatures checked again,
offline, with the keys stored when it arrived.

Why: years after a reply arrived its sender has rotated its DKIM keys, so a verifier that
asks DNS finds no key (or another one) and cannot say the reply is genuine. The evidence zip
keeps, beside each received ``.eml``, a ``.dkim.json`` with the TXT record cuikuan fetched on
arrival (:mod:`daemon.inbox.dkim_check`); this checks the email against that record, with no
network, and says whether the result is the one recorded then. FILE is an evidence zip
(every ``.eml`` with a ``.dkim.json`` in it), a ``.eml`` (its ``.dkim.json`` beside it) or a
``.dkim.json`` (its ``.eml`` beside it).
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from daemon.errors import CuikuanError
from daemon.inbox.dkim_check import overall, reverify, sha256_of

DKIM_SUFFIX = ".dkim.json"


@dataclass
class Recheck:
    """One email checked again: readable lines, and whether all agrees with the record."""

    eml: str
    ok: bool = True
    lines: list[str] = field(default_factory=list)


def recheck(eml: str, raw: bytes, report: Mapping[str, Any]) -> Recheck:
    """``raw`` checked against the keys in ``report``: the same result as on arrival?"""
    out = Recheck(eml)
    recorded = str(report.get("result", "?"))
    if sha256_of(raw) != report.get("message_sha256"):
        out.ok = False
        out.lines.append(f"{eml}: these are not the bytes checked on arrival (SHA-256 differs)")
        return out
    again = reverify(raw, report)
    now = overall([s["result"] for s in again])
    at = report.get("checked_at", "?")
    out.lines.append(f"{eml}: DKIM {recorded} on arrival ({at}); checked again offline: {now}")
    before = {s.get("index"): s for s in report.get("signatures", [])}
    for sig in again:
        then = before.get(sig["index"], {})
        key = sig.get("key") or {}
        line = f"  signature {sig['index'] + 1} d={sig['domain']} s={sig['selector']}"
        line += f" {sig['algorithm']}: {sig['result']}"
        if key.get("record"):
            line += f" (key fetched {key.get('fetched_at')})"
        elif then.get("result") == "temperror":
            line += " (no key was fetched on arrival: it cannot be checked again)"
        if sig["reason"]:
            line += f"; {sig['reason']}"
        if sig["result"] != then.get("result"):
            out.ok = False
            line += f" — on arrival it was {then.get('result', 'not there')}"
        out.lines.append(line)
    if now != recorded:
        out.ok = False
    return out


def recheck_path(path: Path) -> list[Recheck]:
    """Every email of ``path`` (zip, ``.eml`` or ``.dkim.json``) checked again."""
    if zipfile.is_zipfile(path):
        return _recheck_zip(path)
    if path.name.endswith(DKIM_SUFFIX):
        eml_path = path.with_name(path.name.removesuffix(DKIM_SUFFIX) + ".eml")
        report_path = path
    else:
        eml_path = path
        report_path = path.with_name(path.name.removesuffix(".eml") + DKIM_SUFFIX)
    try:
        raw = eml_path.read_bytes()
        report = _report(report_path.read_bytes(), str(report_path))
    except OSError as exc:
        raise CuikuanError(
            f"cannot read {exc.filename}: give an evidence zip, or a .eml with its "
            f"{DKIM_SUFFIX} beside it ({exc.strerror})"
        ) from exc
    return [recheck(eml_path.name, raw, report)]


def _recheck_zip(path: Path) -> list[Recheck]:
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        found = []
        for name in sorted(n for n in names if n.endswith(DKIM_SUFFIX)):
            eml = name.removesuffix(DKIM_SUFFIX) + ".eml"
            if eml not in names:
                found.append(Recheck(eml, False, [f"{eml}: missing from the zip"]))
                continue
            found.append(recheck(eml, zf.read(eml), _report(zf.read(name), name)))
    return found


def _report(data: bytes, where: str) -> dict[str, Any]:
    try:
        report = json.loads(data)
        if not isinstance(report, dict) or "checked_at" not in report:
            raise ValueError("no checked_at")
        return report
    except ValueError as exc:
        raise CuikuanError(f"{where} is not a DKIM report written by cuikuan ({exc})") from exc

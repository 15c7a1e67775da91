"""``cuikuan evidence``: one zip with everything counsel needs about a contract.

Why: a collection case rests on proof that the client was told, when, and what it
answered. The zip holds every email sent and received byte for byte (``.eml`` from the
archive, :mod:`daemon.outbox.archive`), the contract as configured now (its client and
contract block re-serialised), the timeline (HTML, CSV, JSON), the invoices, and two
manifests of SHA-256 digests: ``MANIFEST.sha256`` (the format of
``sha256sum``, so ``sha256sum -c MANIFEST.sha256`` checks an unzipped copy) and
``manifest.json``. :func:`verify_evidence` checks a zip against its manifests. Beside each
received ``.eml`` whose DKIM signatures were checked on arrival lies ``NAME.dkim.json``: the
results and the keys as fetched then (:mod:`daemon.inbox.dkim_check`), so the email can be
shown genuine after its sender rotated its keys (:mod:`daemon.reports.dkim_recheck`).

The zip goes to outside counsel, so it holds only this contract's client, contract and
mail: never the config file itself (other clients' names, contacts, amounts and bank
details), nor cuikuan's internal mail (PM alerts, answers to staff) or mail from people
other than the client's contacts.

The zip is written to a temporary file beside the target and renamed into place, so a
crash never leaves a half-written file under the final name.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from daemon import __version__
from daemon.config.record_ops import dump_json
from daemon.config.records import Client, Config, Contract
from daemon.domain.correspondence import CLIENT_STAGES
from daemon.domain.ledger import Ledger
from daemon.errors import CuikuanError
from daemon.outbox.archive import Archive
from daemon.reports import history
from daemon.reports.dkim_recheck import DKIM_SUFFIX
from daemon.storage.atomic import atomic_file
from daemon.storage.store import Store

log = logging.getLogger(__name__)

MANIFEST = "MANIFEST.sha256"
MANIFEST_JSON = "manifest.json"
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass
class EvidenceResult:
    """What went into the zip, and what should have but was not found."""

    path: Path
    files: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    dkim: dict[str, int] = field(default_factory=dict)
    """Received emails by DKIM result (``pass``, ``fail``, ..., ``not checked``)."""


def _safe(text: str) -> str:
    return _SAFE.sub("_", text).strip("_") or "x"


def contract_yaml(client: Client, contract: Contract) -> str:
    """The client with only ``contract``, as YAML (what the config says about it now)."""
    data = dump_json(client, by_alias=True, exclude_none=True)
    data["contracts"] = [dump_json(contract, by_alias=True, exclude_none=True)]
    return yaml.safe_dump({"clients": [data]}, allow_unicode=True, sort_keys=False)


def build_evidence(
    config: Config,
    store: Store,
    archive: Archive,
    contract_id: str,
    out: Path,
    now: datetime,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> EvidenceResult:
    """Write the evidence zip of ``contract_id`` to ``out`` (atomically)."""
    found = Ledger(config).find(contract_id, None)
    if found is None:
        raise CuikuanError(f"no contract {contract_id} in the config")
    client, contract, _ = found
    tz = ZoneInfo(config.settings.timezone)
    sends = [r for r in store.sends_for(contract_id) if r.key.stage in _CORRESPONDENCE]
    all_events = store.events()
    contacts = {p.email.lower() for p in (*client.contacts.to, *client.contacts.cc)}
    events = [e for e in all_events if _about_the_client(e, contract_id, contacts)]
    result = EvidenceResult(path=out)
    files: dict[str, bytes] = {}

    received = [e for e in events if e["kind"] == "received" and e["data"].get("message_id")]
    total = len(sends) + len(received)
    for i, record in enumerate(sends, start=1):
        if record.status == "sent":
            stem = f"{i:03d}_{record.at.astimezone(tz):%Y%m%d-%H%M}_"
            stem += f"{record.key.milestone or 'contract'}_{record.key.stage}"
            stem += f"{record.key.seq}" if record.key.seq else ""
            _add_archived(
                files, result, archive, "sent", record.message_id, f"emails/sent/{_safe(stem)}.eml"
            )
        if progress is not None:
            progress(i, total)
    for j, event in enumerate(received, start=1):
        data = event["data"]
        stem = f"{j:03d}_{event['at'].astimezone(tz):%Y%m%d-%H%M}_"
        stem += f"{event['milestone'] or 'contract'}_{data.get('kind') or 'mail'}"
        eml = f"emails/received/{_safe(stem)}.eml"
        _add_archived(files, result, archive, "received", data["message_id"], eml)
        report = data.get("dkim") or {}
        outcome = str(report.get("result", "not checked")) if report else "not checked"
        result.dkim[outcome] = result.dkim.get(outcome, 0) + 1
        if report:
            files[eml.removesuffix(".eml") + DKIM_SUFFIX] = dkim_json(
                report, data["message_id"], PurePosixPath(eml).name
            )
        if progress is not None:
            progress(len(sends) + j, total)

    files["contract/config.yaml"] = contract_yaml(client, contract).encode("utf-8")
    for milestone in contract.milestones:
        if milestone.invoice is None:
            continue
        name = f"invoices/{_safe(milestone.id)}_{_safe(milestone.invoice.name)}"
        try:
            files[name] = milestone.invoice.read_bytes()
        except OSError:
            result.missing.append(f"{name} (invoice file {milestone.invoice} not readable)")

    review = history.review_of(config, store.snapshot(), all_events, contract_id, now)
    entries = history.timeline(
        sends,
        events,
        contract_id,
        subjects=history.archived_subjects(archive, sends),
        review=review,
    )
    title = f"{contract.id} — {contract.title} — {client.name}"
    files["timeline.html"] = history.to_html(entries, tz, title).encode("utf-8")
    files["timeline.csv"] = history.to_csv(entries, tz).encode("utf-8")
    files["timeline.json"] = history.to_json(entries).encode("utf-8")

    listing = [
        {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in files.items()
    ]
    files[MANIFEST] = "".join(f"{f['sha256']}  {f['path']}\n" for f in listing).encode("ascii")
    manifest: dict[str, Any] = {
        "contract": contract.id,
        "client": client.id,
        "created_at": now.isoformat(),
        "created_by": f"cuikuan {__version__}",
        "files": listing,
        "missing": result.missing,
    }
    files[MANIFEST_JSON] = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode()
    _write_zip(out, files, now.astimezone(tz))
    result.files = list(files)
    log.info("evidence for %s: %d files in %s", contract_id, len(files), out)
    return result


_CORRESPONDENCE = CLIENT_STAGES | {"legal"}
"""Sent mail that belongs in evidence: what the client received, and the referral itself."""


def dkim_json(report: Mapping[str, Any], message_id: str, eml: str) -> bytes:
    """The ``.dkim.json`` of a received email: the stored report, named after its email."""
    data = {"message_id": message_id, "eml": eml, **report}
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _about_the_client(event: Mapping[str, Any], contract: str, contacts: set[str]) -> bool:
    """An event of ``contract`` fit for counsel: not an internal alert, and mail received
    only from the client's own contacts."""
    if event["contract"] != contract or event["kind"] == "alert":
        return False
    if event["kind"] == "received":
        return str(event["data"].get("from", "")).lower() in contacts
    return True


def _add_archived(
    files: dict[str, bytes],
    result: EvidenceResult,
    archive: Archive,
    direction: str,
    message_id: str,
    name: str,
) -> None:
    raw = archive.get(direction, message_id)  # type: ignore[arg-type]
    if raw is None:
        result.missing.append(f"{name} ({direction} {message_id} is not in the archive)")
        return
    files[name] = raw


def _write_zip(out: Path, files: dict[str, bytes], stamp: datetime) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    date_time = (
        max(stamp.year, 1980),
        stamp.month,
        stamp.day,
        stamp.hour,
        stamp.minute,
        stamp.second,
    )
    with atomic_file(out) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)


def verify_evidence(zip_path: Path) -> list[str]:
    """Problems with an evidence zip (empty list: every file matches its manifest)."""
    try:
        zf = zipfile.ZipFile(zip_path)
    except (OSError, zipfile.BadZipFile) as exc:
        return [f"{zip_path}: not a readable zip file ({exc})"]
    problems: list[str] = []
    with zf:
        names = set(zf.namelist())
        for name in names:
            pure = PurePosixPath(name)
            if pure.is_absolute() or ".." in pure.parts:
                problems.append(f"{name}: unsafe path in the zip")
        if MANIFEST not in names:
            return [*problems, f"{MANIFEST} is missing"]
        listed: dict[str, str] = {}
        for n, line in enumerate(zf.read(MANIFEST).decode("ascii", "replace").splitlines(), 1):
            digest, sep, name = line.partition("  ")
            if not sep or not re.fullmatch(r"[0-9a-f]{64}", digest):
                problems.append(f"{MANIFEST} line {n} is not '<sha256>  <path>'")
                continue
            listed[name] = digest
        for name, digest in listed.items():
            if name not in names:
                problems.append(f"{name}: listed in the manifest but missing from the zip")
                continue
            try:
                actual = hashlib.sha256(zf.read(name)).hexdigest()
            except (zipfile.BadZipFile, OSError) as exc:  # CRC error, truncated data
                problems.append(f"{name}: cannot be read ({exc})")
                continue
            if actual != digest:
                problems.append(f"{name}: sha256 {actual} does not match the manifest {digest}")
        for name in sorted(names - set(listed) - {MANIFEST, MANIFEST_JSON}):
            problems.append(f"{name}: in the zip but not in the manifest")
        problems += _check_json_manifest(zf, names, listed)
    return problems


def _check_json_manifest(zf: zipfile.ZipFile, names: set[str], listed: dict[str, str]) -> list[str]:
    if MANIFEST_JSON not in names:
        return [f"{MANIFEST_JSON} is missing"]
    try:
        data = json.loads(zf.read(MANIFEST_JSON))
        files = {f["path"]: f["sha256"] for f in data["files"]}
    except (ValueError, KeyError, TypeError) as exc:
        return [f"{MANIFEST_JSON} is not a valid manifest ({exc})"]
    if files != listed:
        return [f"{MANIFEST_JSON} and {MANIFEST} disagree"]
    return []

"""Checks of the config that span fields and files, after each part passed pydantic.

Unique client, contract and milestone ids across every file; milestones adding up to the
contract total; ``due_after`` events the contract defines; invoice files that exist (made
absolute against the folder of the file that names them); holiday calendars the holidays
package knows; a contract policy that is valid together with ``settings.policy``. Each
problem is an issue at the line of the value concerned (:mod:`daemon.config.messages`).
"""

from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from daemon.config.files import absolute
from daemon.config.messages import Issues, error_message
from daemon.config.money_terms import PayNow
from daemon.config.schema import Client, Contract, Milestone, Policy, Settings
from daemon.config.yamlsafe import YamlDocument, YamlPath
from daemon.domain import workday_table
from daemon.mail.parts import image_problem

_CENT = Decimal("0.01")


@dataclass(frozen=True)
class Entry:
    """A client that passed pydantic, with where it came from."""

    client: Client
    doc: YamlDocument
    index: int
    folder: Path


def check_settings(settings: Settings, doc: YamlDocument, issues: Issues) -> None:
    problem = _calendar_problem(settings.calendar)
    if problem:
        issues.add(doc, ("settings", "calendar"), problem)
    folder = settings.templates_dir
    if folder is not None and not folder.is_dir():
        issues.add(doc, ("settings", "templates_dir"), f"folder not found (looked for {folder})")
    image = settings.pay_now.qr_image if settings.pay_now is not None else None
    if image is not None and (problem := image_problem(image)) is not None:
        issues.add(doc, ("settings", "pay_now", "qr_image"), problem)


@functools.cache
def _calendars() -> frozenset[str]:
    # The registry's codes, not holidays.list_supported_countries(): that one imports all
    # 250 country modules (0.1 s of every `cuikuan check`) to list their subdivisions.
    # Imported here: a code of the packaged workday table needs no holidays (0.05 s).
    from holidays.registry import EntityLoader

    return frozenset(EntityLoader.get_country_codes())


def _calendar_problem(code: str) -> str | None:
    if code in workday_table.FLIPS or code in _calendars():
        return None
    hint = f"did you mean {code.upper()!r}" if code.upper() in _calendars() else "like CN or GB"
    return f"{code!r} is not a holiday calendar the holidays package knows ({hint})"


def cross_check(settings: Settings | None, entries: list[Entry], issues: Issues) -> list[Client]:
    """Checks spanning fields and files; returns the clients with absolute invoice paths."""
    first_client: dict[str, _Place] = {}
    first_contract: dict[str, _Place] = {}
    clients = []
    for entry in entries:
        where: YamlPath = ("clients", entry.index)
        client = entry.client
        _first_use(first_client, client.id, entry.doc, (*where, "id"), "client", issues)
        if client.calendar is not None and (problem := _calendar_problem(client.calendar)):
            issues.add(entry.doc, (*where, "calendar"), problem)
        contracts = []
        for number, contract in enumerate(client.contracts):
            at: YamlPath = (*where, "contracts", number)
            _first_use(first_contract, contract.id, entry.doc, (*at, "id"), "contract", issues)
            contracts.append(_check_contract(settings, contract, entry, at, issues))
        clients.append(client.model_copy(update={"contracts": contracts}))
    return clients


_Place = tuple[YamlDocument, YamlPath]
"""Where an id was first used; its line is looked up only if the id is used again."""


def _first_use(
    seen: dict[str, _Place], key: str, doc: YamlDocument, path: YamlPath, what: str, issues: Issues
) -> None:
    if key in seen:
        first_doc, first_path = seen[key]
        first = f"{first_doc.file}:{first_doc.line_of(first_path)}"
        issues.add(doc, path, f"duplicate {what} id {key!r} (first used at {first})")
    else:
        seen[key] = (doc, path)


def check_policy(
    settings: Settings, contract: Contract, doc: YamlDocument, at: YamlPath, issues: Issues
) -> None:
    """The global policy with the contract's overrides must hold together (stages in order):
    checked here, once, so that :func:`daemon.domain.resolve.effective_policy` need not."""
    assert contract.policy is not None
    changes = contract.policy.model_dump(exclude_none=True)
    try:
        Policy.model_validate({**settings.policy.model_dump(), **changes})
    except ValidationError as exc:
        reasons = "; ".join(error_message(e) for e in exc.errors())
        issues.add(doc, at, f"together with settings.policy: {reasons}")


def _check_contract(
    settings: Settings | None, contract: Contract, entry: Entry, at: YamlPath, issues: Issues
) -> Contract:
    doc = entry.doc
    _check_sum(contract, doc, (*at, "milestones"), issues)
    if settings is not None and contract.policy is not None:
        check_policy(settings, contract, doc, (*at, "policy"), issues)
    rule = contract.acceptance
    if rule is not None:
        names = (("event", rule.event), ("after", rule.after))
        for field, name in names[: 2 if rule.deemed_after_days is not None else 1]:
            if name not in contract.events:
                message = _unknown_event(name, list(contract.events))
                issues.add(doc, (*at, "acceptance", field), message)
    seen: dict[str, _Place] = {}
    milestones = []
    for number, milestone in enumerate(contract.milestones):
        path: YamlPath = (*at, "milestones", number)
        _first_use(seen, milestone.id, doc, (*path, "id"), "milestone", issues)
        if milestone.due_after is not None and milestone.due_after.event not in contract.events:
            message = _unknown_event(milestone.due_after.event, list(contract.events))
            issues.add(doc, (*path, "due_after", "event"), message)
        milestones.append(_with_invoice(milestone, entry.folder, doc, path, issues))
    update: dict[str, Any] = {"milestones": milestones}
    if contract.pay_now is not None:
        update["pay_now"] = _with_qr_image(contract.pay_now, entry.folder, doc, at, issues)
    return contract.model_copy(update=update)


def _check_sum(contract: Contract, doc: YamlDocument, path: YamlPath, issues: Issues) -> None:
    milestones = contract.milestones
    percents = [m.percent for m in milestones if m.percent is not None]
    if len(percents) == len(milestones):
        total_percent = sum(percents, Decimal(0))
        if total_percent != 100:
            issues.add(doc, path, f"percents add up to {_plain(total_percent)}%, must be 100%")
        return
    parts = [m.amount if m.amount is not None else contract.total * (m.percent or 0) / 100
             for m in milestones]  # fmt: skip
    exact = sum(parts, Decimal(0))
    if exact != contract.total:
        shown = exact.quantize(_CENT) if exact == exact.quantize(_CENT) else _plain(exact)
        currency = contract.currency
        message = f"milestone amounts add up to {shown} {currency}, but the contract total is"
        issues.add(doc, path, f"{message} {contract.total} {currency}")


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")


def _unknown_event(event: str, known: list[str]) -> str:
    close = difflib.get_close_matches(event, known, n=1, cutoff=0.6)
    message = f"unknown event {event!r}"
    if close:
        message += f" (did you mean {close[0]!r}?)"
    if known:
        return f"{message}; this contract's events are: {', '.join(known)}"
    return f"{message}; add it to the contract's events, e.g. events: {{{event}: null}}"


def _with_qr_image(
    pay_now: PayNow, folder: Path, doc: YamlDocument, at: YamlPath, issues: Issues
) -> PayNow:
    """``pay_now`` with an absolute ``qr_image`` that is a PNG or JPEG (else an issue)."""
    if pay_now.qr_image is None:
        return pay_now
    image = absolute(pay_now.qr_image, folder)
    if (problem := image_problem(image)) is not None:
        issues.add(doc, (*at, "pay_now", "qr_image"), problem)
    return pay_now.model_copy(update={"qr_image": image})


def _with_invoice(
    milestone: Milestone, folder: Path, doc: YamlDocument, path: YamlPath, issues: Issues
) -> Milestone:
    if milestone.invoice is None:
        return milestone
    invoice = absolute(milestone.invoice, folder)
    if invoice.is_dir():
        issues.add(doc, (*path, "invoice"), f"{milestone.invoice} is a folder, not a file")
    elif not invoice.is_file():
        message = f"invoice file {milestone.invoice} not found (looked for {invoice})"
        issues.add(doc, (*path, "invoice"), message)
    return milestone.model_copy(update={"invoice": invoice})

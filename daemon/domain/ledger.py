"""The ledger: every contract and milestone with what it really is, looked up by id.

Why: the planner, the inbox decisions, ``status``, the reports and the letters all ask the
same questions (which client owns contract X? is milestone Y paid? what is due, when, in
which timezone, under which policy, to whom?) and each used to answer them its own way,
with a linear scan of the config per question. A :class:`Ledger` is built once per
(config, state) and answers them in one place:

* lookup by id (:meth:`Ledger.contract`, :meth:`Ledger.milestone`, :meth:`Ledger.find`);
* the effective status: **a ``paid:`` entry in the YAML beats the stored state**
  (:func:`effective_status`, the only place that rule is written for the status; the
  payment day, the amount paid and what remains follow the same rule in
  :mod:`daemon.domain.payments`, read through :meth:`MilestoneView.payment` and
  :attr:`MilestoneView.paid_so_far`);
* amount, due date, policy, timezone, calendar, language and recipients per stage;
* contract event dates learned by email or deemed (:mod:`daemon.domain.acceptance`):
  the contracts it hands out carry them in ``events``, so "N days after acceptance" starts.

Pure: config and state in, values out. Example::

    ledger = Ledger(config, store.snapshot())
    view = ledger.milestone("C2026-01", "deposit")
    view.status, view.amount, view.due, view.contract.policy.notice_days
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, tzinfo
from decimal import Decimal
from functools import cached_property
from zoneinfo import ZoneInfo

from daemon.config.records import Client, Config, Contract, Milestone, Policy
from daemon.domain import payments, resolve
from daemon.domain.acceptance import EventDate, dated_events, with_dates
from daemon.domain.calendar import WorkCalendar, work_calendar
from daemon.domain.recipients import recipients
from daemon.domain.state import MilestoneState, MilestoneStatus, SendKey, SendRecord, StateView

_NO_SENDS: Mapping[SendKey, SendRecord] = {}


def effective_status(
    milestone: Milestone, state: MilestoneState, contract: Contract | None = None
) -> MilestoneStatus:
    """The status that counts: ``paid`` when the YAML says so, else the stored one.

    With ``contract``, a YAML ``paid: {on, amount}`` for less than the amount is a partial
    payment (:mod:`daemon.domain.payments`): the milestone stays as stored, open for the rest.
    """
    if milestone.paid is None:
        return state.status
    if contract is not None and not payments.yaml_settles(contract, milestone):
        return state.status
    return "paid"


@dataclass(frozen=True)
class ContractView:
    """A contract with its client and the settings that apply to it."""

    client: Client
    contract: Contract
    policy: Policy
    timezone: ZoneInfo
    calendar_name: str
    language: str
    event_dates: Mapping[str, EventDate] = field(default_factory=dict)
    """Each of the contract's events with its date and where it comes from (the YAML, an
    email, a staff command, deemed acceptance: :mod:`daemon.domain.acceptance`);
    ``contract.events`` already holds these dates."""

    @property
    def id(self) -> str:
        return self.contract.id

    @property
    def calendar(self) -> WorkCalendar:
        """The client's working-day calendar (shared, cached per country)."""
        return work_calendar(self.calendar_name)


@dataclass(frozen=True)
class MilestoneView:
    """A milestone as it really is: effective status, amount, due date, stored state."""

    contract: ContractView
    milestone: Milestone
    state: MilestoneState
    """The stored chase state (open when never changed)."""

    @property
    def id(self) -> str:
        return self.milestone.id

    @property
    def client(self) -> Client:
        return self.contract.client

    @property
    def status(self) -> MilestoneStatus:
        return effective_status(self.milestone, self.state, self.contract.contract)

    @property
    def paid(self) -> bool:
        return self.status == "paid"

    @property
    def paid_in_config(self) -> bool:
        """The PM wrote a settling ``paid:`` in the YAML: only an edit there changes it."""
        return payments.yaml_settles(self.contract.contract, self.milestone)

    @cached_property
    def paid_so_far(self) -> payments.PaidSoFar:
        """Verified payments and what remains (partial payments, issue 13.1)."""
        return payments.paid_so_far(self.contract.contract, self.milestone, self.state)

    @cached_property
    def least_that_settles(self) -> Decimal:
        """The least sum that settles it now (:func:`payments.least_that_settles`)."""
        return payments.least_that_settles(self.contract.contract, self.milestone, self.state)

    def payment(self, tz: tzinfo | None = None) -> payments.Payment:
        """When and how much it was paid (days counted in ``tz``, default the client's)."""
        return payments.payment(
            self.contract.contract, self.milestone, self.state, tz or self.contract.timezone
        )

    @cached_property
    def amount(self) -> Decimal:
        return resolve.milestone_amount(self.contract.contract, self.milestone)

    @cached_property
    def due(self) -> date | None:
        """The due date; None while the event it depends on has no date."""
        return resolve.due_date(self.contract.contract, self.milestone)


@dataclass(frozen=True)
class _ConfigIndex:
    contracts: dict[str, tuple[Client, Contract]]
    milestones: dict[tuple[str, str], Milestone]
    with_events: tuple[str, ...]
    views: dict[str, ContractView] = field(default_factory=dict)
    """Views of the contracts without events: they follow from the config alone, so every
    ledger of this config shares them (a tick builds several; the effective policy of a
    contract with its own is a model validation)."""
    policies: dict[str, Policy] = field(default_factory=dict)
    """The effective policy of each contract, also of those whose views are not shared
    (learned dates change a contract's events, never its policy)."""


_last_index: tuple[Config, _ConfigIndex] | None = None


def _config_index(config: Config) -> _ConfigIndex:
    """Contracts and milestones by id, built once per config object (it is frozen).

    A tick builds a ledger per email it sends (with that moment's state): walking every
    contract of the config each time made a tick of 1,000 emails quadratic.
    """
    global _last_index
    if _last_index is not None and _last_index[0] is config:
        return _last_index[1]
    contracts: dict[str, tuple[Client, Contract]] = {}
    milestones: dict[tuple[str, str], Milestone] = {}
    with_events: list[str] = []
    for client, contract in resolve.iter_contracts(config):
        if contract.id in contracts:
            continue  # the config check forbids it; the first one wins, as before
        contracts[contract.id] = (client, contract)
        if contract.events:
            with_events.append(contract.id)
        for milestone in contract.milestones:
            milestones.setdefault((contract.id, milestone.id), milestone)
    index = _ConfigIndex(contracts, milestones, tuple(with_events))
    _last_index = (config, index)
    return index


@dataclass
class Ledger:
    """Lookups over one (config, state); build it once and pass it along."""

    config: Config
    state: StateView = field(default_factory=StateView)
    _contracts: dict[str, tuple[Client, Contract]] = field(init=False, repr=False)
    _dates: dict[str, dict[str, EventDate]] = field(init=False, repr=False)
    _milestones: dict[tuple[str, str], Milestone] = field(init=False, repr=False)
    _views: dict[str, ContractView] = field(init=False, repr=False, default_factory=dict)
    _shared: dict[str, ContractView] = field(init=False, repr=False, default_factory=dict)
    _policies: dict[str, Policy] = field(init=False, repr=False, default_factory=dict)
    _sends: dict[tuple[str, str | None], dict[SendKey, SendRecord]] | None = field(
        init=False, repr=False, default=None
    )

    def __post_init__(self) -> None:
        index = _config_index(self.config)
        self._shared, self._policies = index.views, index.policies
        self._contracts = index.contracts
        self._milestones = index.milestones
        self._dates = {}
        if index.with_events:  # acceptance learned by email or deemed (issue 13.7)
            self._contracts = dict(self._contracts)
            self._milestones = dict(self._milestones)
            for contract_id in index.with_events:
                client, contract = self._contracts[contract_id]
                self._dates[contract_id] = dated_events(contract, self.state)
                contract = with_dates(contract, self._dates[contract_id])
                self._contracts[contract_id] = (client, contract)
                for milestone in reversed(contract.milestones):  # the first of an id wins
                    self._milestones[(contract_id, milestone.id)] = milestone

    # -- contracts ------------------------------------------------------------------------

    def contract(self, contract_id: str) -> ContractView | None:
        """The contract ``contract_id`` with its client and settings, or None."""
        views = self._views if contract_id in self._dates else self._shared
        view = views.get(contract_id)
        if view is not None:
            return view
        found = self._contracts.get(contract_id)
        if found is None:
            return None
        client, contract = found
        settings = self.config.settings
        policy = self._policies.get(contract_id)
        if policy is None:
            policy = self._policies[contract_id] = resolve.effective_policy(settings, contract)
        view = ContractView(
            client=client,
            contract=contract,
            policy=policy,
            timezone=resolve.client_timezone(settings, client),
            calendar_name=resolve.client_calendar(settings, client),
            language=resolve.client_language(settings, client),
            event_dates=self._dates.get(contract_id, {}),
        )
        views[contract_id] = view
        return view

    def contracts(self) -> Iterator[ContractView]:
        """Every contract, in config order."""
        for contract_id in self._contracts:
            view = self.contract(contract_id)
            assert view is not None
            yield view

    def contracts_with_events(self) -> Iterator[ContractView]:
        """Every contract whose milestones may wait for an event, in config order."""
        for contract_id in self._dates:
            view = self.contract(contract_id)
            assert view is not None
            yield view

    # -- milestones -----------------------------------------------------------------------

    def milestone(self, contract_id: str, milestone_id: str | None) -> MilestoneView | None:
        """The milestone ``contract_id/milestone_id``, or None (also for milestone None)."""
        if milestone_id is None:
            return None
        milestone = self._milestones.get((contract_id, milestone_id))
        if milestone is None:
            return None
        view = self.contract(contract_id)
        assert view is not None  # indexed together
        return MilestoneView(view, milestone, self.state.milestone(contract_id, milestone_id))

    def milestones(self, contract: ContractView | None = None) -> Iterator[MilestoneView]:
        """Every milestone (of ``contract``, when given), in config order."""
        for view in (contract,) if contract is not None else self.contracts():
            for milestone in view.contract.milestones:
                yield MilestoneView(view, milestone, self.state.milestone(view.id, milestone.id))

    def find(
        self, contract_id: str, milestone_id: str | None
    ) -> tuple[Client, Contract, Milestone | None] | None:
        """(client, contract, milestone) by id; milestone None asks for the contract only.

        None when the config has no such contract, or no such milestone in it.
        """
        view = self.contract(contract_id)
        if view is None:
            return None
        if milestone_id is None:
            return view.client, view.contract, None
        found = self.milestone(contract_id, milestone_id)
        return (view.client, view.contract, found.milestone) if found is not None else None

    def status(self, contract_id: str, milestone_id: str) -> MilestoneStatus:
        """The effective status (see :func:`effective_status`); open when unknown."""
        found = self.milestone(contract_id, milestone_id)
        return (
            found.status
            if found is not None
            else self.state.milestone(contract_id, milestone_id).status
        )

    def sends(self, contract_id: str, milestone_id: str | None) -> Mapping[SendKey, SendRecord]:
        """The send records of one milestone (milestone None: the contract's own mail)."""
        if self._sends is None:
            self._sends = {}
            for key, record in self.state.sends.items():
                self._sends.setdefault((key.contract, key.milestone), {})[key] = record
        return self._sends.get((contract_id, milestone_id), _NO_SENDS)

    def recipients(self, contract_id: str, stage: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(to, cc) of an email of ``stage`` about ``contract_id``, without bounced addresses."""
        view = self.contract(contract_id)
        if view is None:
            return (), ()
        return recipients(self.config.settings, view.client, stage, self.state.bad_addresses)

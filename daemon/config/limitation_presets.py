"""The limitation presets and the rule every limitation setting answers by.

Why apart from :mod:`daemon.config.limitation`: the daemon holds its config as plain
records (:mod:`daemon.config.records`, no pydantic); the record and the pydantic model of
``limitation`` answer ``period_years`` and ``demand_restarts`` by the same code, this one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Preset:
    """One jurisdiction's rule for a claim for payment under a contract."""

    years: int
    demand_restarts: bool
    """A demand for payment delivered to the debtor starts the period again. Where the law
    only suspends or does not count it, False (an acknowledgement or part payment still
    restarts it)."""
    law: str
    """The statute, for the docs and the PM."""


Jurisdiction = Literal["prc", "hong_kong", "singapore", "england", "japan"]
PRESETS: dict[str, Preset] = {
    "prc": Preset(3, True, "PRC Civil Code Art. 188, 195 (demand or acknowledgement restarts)"),
    "hong_kong": Preset(
        6, False, "Limitation Ordinance (Cap. 347) s.4, s.23 (written acknowledgement, part paid)"
    ),
    "singapore": Preset(
        6, False, "Limitation Act 1959 s.6, s.26-27 (written acknowledgement, part payment)"
    ),
    "england": Preset(
        6, False, "Limitation Act 1980 s.5, s.29-30 (written acknowledgement, part payment)"
    ),
    "japan": Preset(
        5, False, "Civil Code Art. 166(1)(i), 152 (acknowledgement renews; a demand only defers)"
    ),
}
"""Jurisdiction -> its rule for an ordinary claim for payment under a contract."""


class LimitationRules:
    """``period_years`` and ``demand_restarts`` of a limitation setting (model or record)."""

    __slots__ = ()
    jurisdiction: Jurisdiction
    years: int | None

    @property
    def period_years(self) -> int:
        return self.years if self.years is not None else PRESETS[self.jurisdiction].years

    @property
    def demand_restarts(self) -> bool:
        return PRESETS[self.jurisdiction].demand_restarts

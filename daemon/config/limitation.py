"""The limitation period (诉讼时效) as configured: a jurisdiction's preset, or years given.

Why: the period and what restarts it differ by law, and a PM with clients abroad must not
be shown the PRC rule for a Hong Kong debtor. Each preset names the statute it follows;
``years`` overrides the preset's period (a contract may shorten it where the law allows).
The presets keep only what cuikuan can see and what the law plainly says; everywhere the
law leaves room the earlier date is taken (:mod:`daemon.domain.limitation`).

``settings.limitation: {jurisdiction: prc}`` (the default) or per client
``limitation: {jurisdiction: hong_kong}``; ``{years: 4}`` alone keeps the PRC rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import Field

from daemon.config.fields import Strict


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


class LimitationSettings(Strict):
    """The limitation period for suing over unpaid money (:mod:`daemon.domain.limitation`):
    a jurisdiction's preset (default ``prc``: 3 years, PRC Civil Code Art. 188)."""

    jurisdiction: Jurisdiction = "prc"
    """Whose law: prc, hong_kong, singapore, england or japan (:data:`PRESETS`)."""
    years: int | None = Field(None, ge=1, le=30)
    """Years from the due date or the last restart; empty: the jurisdiction's."""

    @property
    def period_years(self) -> int:
        return self.years if self.years is not None else PRESETS[self.jurisdiction].years

    @property
    def demand_restarts(self) -> bool:
        return PRESETS[self.jurisdiction].demand_restarts

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

from pydantic import Field

from daemon.config.fields import Strict
from daemon.config.limitation_presets import Jurisdiction, LimitationRules


class LimitationSettings(Strict, LimitationRules):
    """The limitation period for suing over unpaid money (:mod:`daemon.domain.limitation`):
    a jurisdiction's preset (default ``prc``: 3 years, PRC Civil Code Art. 188)."""

    jurisdiction: Jurisdiction = "prc"
    """Whose law: prc, hong_kong, singapore, england or japan
    (:data:`~daemon.config.limitation_presets.PRESETS`)."""
    years: int | None = Field(None, ge=1, le=30)
    """Years from the due date or the last restart; empty: the jurisdiction's."""

"""The chart of the HTML report: outstanding money by client and aging bucket, as a PNG.

A picture shows at a glance who is late and by how much. It is drawn with matplotlib's
Agg canvas on a private ``Figure`` (no pyplot global state, safe in the daemon's thread).
The default font has no CJK glyphs, so every text inside the image is ASCII (client ids,
numbers, English labels); the Chinese titles live in the HTML around it. Currencies are
never added together: one panel per currency.
"""

from __future__ import annotations

import io
import logging
from decimal import Decimal

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from daemon.reports.metrics import BUCKETS

log = logging.getLogger(__name__)

MAX_PANELS = 4
"""At most this many currencies are drawn (the largest totals); the tables show all."""
MAX_CLIENTS = 15
"""Per panel, the clients owing the most; the rest are summed as ``others``."""

COLOURS = {
    "not_due": "#9bbfe0",
    "1-30": "#f3d36b",
    "31-60": "#f0a04b",
    "61-90": "#e0603c",
    "90+": "#a8231f",
}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def aging_chart_png(aging: dict[str, dict[str, dict[str, Decimal]]]) -> bytes:
    """A PNG of ``{currency: {client: {bucket: amount}}}`` as stacked horizontal bars."""
    panels = sorted(aging.items(), key=lambda kv: -_total(kv[1]))[:MAX_PANELS]
    heights = [min(len(clients), MAX_CLIENTS + 1) or 1 for _, clients in panels]
    fig = Figure(figsize=(8, 1.2 + 0.45 * sum(heights) + 0.9 * max(len(panels), 1)), dpi=100)
    FigureCanvasAgg(fig)
    if not panels:
        ax = fig.add_subplot(1, 1, 1)
        ax.text(0.5, 0.5, "Nothing outstanding", ha="center", va="center", fontsize=14)
        ax.set_axis_off()
    else:
        axes = fig.subplots(len(panels), 1, squeeze=False, height_ratios=heights)
        for ax, (currency, clients) in zip(axes[:, 0], panels, strict=True):
            _panel(ax, currency, clients)
        axes[0, 0].legend(
            loc="lower center",
            bbox_to_anchor=(0.5, 1.0),
            ncols=len(BUCKETS),
            fontsize=8,
            frameon=False,
        )
    fig.suptitle("Outstanding by client and days overdue", fontsize=11)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    log.debug("aging chart: %d panels, %d bytes", len(panels), buffer.tell())
    return buffer.getvalue()


def _total(clients: dict[str, dict[str, Decimal]]) -> Decimal:
    return sum((sum(b.values(), Decimal(0)) for b in clients.values()), Decimal(0))


def _panel(ax: Axes, currency: str, clients: dict[str, dict[str, Decimal]]) -> None:
    ranked = sorted(clients.items(), key=lambda kv: -sum(kv[1].values(), Decimal(0)))
    shown = ranked[:MAX_CLIENTS]
    if len(ranked) > MAX_CLIENTS:
        others = {b: sum((row[b] for _, row in ranked[MAX_CLIENTS:]), Decimal(0)) for b in BUCKETS}
        shown.append(("others", others))
    names = [_ascii(name) for name, _ in shown][::-1]
    left = [0.0] * len(shown)
    for bucket in BUCKETS:
        values = [float(row[bucket]) for _, row in shown][::-1]
        ax.barh(names, values, left=left, color=COLOURS[bucket], label=bucket)
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_xlabel(f"{currency} (days overdue by colour)", fontsize=9)
    ax.tick_params(labelsize=8)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: f"{x:,.0f}"))
    ax.grid(axis="x", alpha=0.3)


def _ascii(text: str) -> str:
    """Client ids are ASCII by the config schema; anything else would render as boxes."""
    return text.encode("ascii", "replace").decode("ascii")

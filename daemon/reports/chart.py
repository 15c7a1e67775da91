"""The chart of the HTML report: outstanding money by client and aging bucket, as HTML.

A picture shows at a glance who is late and by how much. It is drawn as stacked bars made
of table cells, not as an image, because it travels in the weekly email and email clients
are the narrowest browsers there are:

* Outlook for Windows renders with Word: it ignores CSS ``width`` on ``div``s, ``display``,
  ``flex``, ``max-width`` and background images, but honours ``width`` and ``bgcolor``
  attributes of table cells. So every bar is a one-row table whose cells have a pixel
  ``width`` and a ``bgcolor`` (plus the same colour as inline ``background-color`` for
  clients that prefer CSS); nothing depends on a ``<style>`` block, which Gmail and QQ Mail
  strip in some views.
* Gmail and QQ Mail block or strip ``data:`` images and Apple Mail asks before showing
  remote ones; table cells are always shown, need no attachment, and read in dark mode.
* An empty cell collapses in some clients: each one holds ``&nbsp;`` at a 1 px font size
  and has an explicit ``height``.

Text inside the chart is ordinary HTML text, so client names and labels may be Chinese.
Currencies are never added together: one panel per currency.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from html import escape

from daemon.reports.metrics import BUCKETS

MAX_PANELS = 4
"""At most this many currencies are drawn (the largest totals); the tables show all."""
MAX_CLIENTS = 15
"""Per panel, the clients owing the most; the rest are summed as ``others``."""
BAR_PX = 360
"""Width of the longest bar; the name and total columns beside it make ~620 px in all."""
BAR_HEIGHT_PX = 14

COLOURS = {
    "not_due": "#9bbfe0",
    "1-30": "#f3d36b",
    "31-60": "#f0a04b",
    "61-90": "#e0603c",
    "90+": "#a8231f",
}

Aging = Mapping[str, Mapping[str, Mapping[str, Decimal]]]
"""``{currency: {client: {bucket: amount}}}`` as :mod:`daemon.reports.metrics` builds it."""

_TABLE = 'role="presentation" cellpadding="0" cellspacing="0" border="0"'
_TEXT = "font-size:12px;line-height:16px;"


def aging_chart_html(
    aging: Aging,
    bucket_names: Mapping[str, str],
    *,
    others: str = "others",
    nothing: str = "Nothing outstanding",
) -> str:
    """Stacked horizontal bars per client, one panel per currency (largest total first).

    The words are the report's language: ``bucket_names`` label the legend, ``others``
    the sum of the clients beyond :data:`MAX_CLIENTS`, ``nothing`` an empty chart.
    """
    panels = sorted(aging.items(), key=lambda kv: -_total(kv[1]))[:MAX_PANELS]
    panels = [(currency, clients) for currency, clients in panels if _total(clients) > 0]
    if not panels:
        return f'<p style="margin:0 0 8px;{_TEXT}color:#555555;">{escape(nothing)}</p>'
    parts = [_legend(bucket_names)]
    parts += [_panel(currency, clients, others) for currency, clients in panels]
    return "\n".join(parts)


def segment_widths(amounts: list[Decimal], scale_max: Decimal, width: int = BAR_PX) -> list[int]:
    """Pixel widths of a bar's segments: their sum is the bar's rounded length.

    Rounded at the cumulative edges, so the segments of a bar add up exactly and bars of
    equal totals are equally long; a non-zero amount is at least 1 px wide (visible).
    """
    widths: list[int] = []
    edge = Decimal(0)
    drawn = 0
    for amount in amounts:
        edge += amount
        right = int((edge * width / scale_max).to_integral_value()) if scale_max > 0 else 0
        px = right - drawn
        if amount > 0 and px < 1:
            px = 1
        widths.append(max(px, 0))
        drawn += widths[-1]
    return widths


def _total(clients: Mapping[str, Mapping[str, Decimal]]) -> Decimal:
    return sum((sum(b.values(), Decimal(0)) for b in clients.values()), Decimal(0))


def _legend(bucket_names: Mapping[str, str]) -> str:
    cells = "".join(
        f'<td width="12" height="12" bgcolor="{COLOURS[b]}" '
        f'style="background-color:{COLOURS[b]};font-size:1px;line-height:1px;">&nbsp;</td>'
        f'<td style="padding:0 12px 0 4px;{_TEXT}white-space:nowrap;">'
        f"{escape(bucket_names.get(b, b))}</td>"
        for b in BUCKETS
    )
    return f'<table {_TABLE} style="margin:0 0 8px;"><tr>{cells}</tr></table>'


def _panel(currency: str, clients: Mapping[str, Mapping[str, Decimal]], others_label: str) -> str:
    ranked = sorted(clients.items(), key=lambda kv: -sum(kv[1].values(), Decimal(0)))
    shown = [(name, dict(row)) for name, row in ranked[:MAX_CLIENTS]]
    if len(ranked) > MAX_CLIENTS:
        rest = ranked[MAX_CLIENTS:]
        others = {b: sum((row.get(b, Decimal(0)) for _, row in rest), Decimal(0)) for b in BUCKETS}
        shown.append((f"{others_label} ({len(rest)})", others))
    scale_max = max(sum(row.values(), Decimal(0)) for _, row in shown)
    rows = [
        f'<tr><td colspan="3" style="padding:4px 0;{_TEXT}font-weight:600;">'
        f"{escape(currency)}</td></tr>"
    ]
    rows += [_bar_row(name, row, scale_max) for name, row in shown]
    body = "".join(rows)
    return f'<table {_TABLE} style="border-collapse:collapse;margin:0 0 12px;">{body}</table>'


def _bar_row(name: str, row: Mapping[str, Decimal], scale_max: Decimal) -> str:
    amounts = [row.get(b, Decimal(0)) for b in BUCKETS]
    widths = segment_widths(amounts, scale_max)
    segments = "".join(
        f'<td width="{px}" height="{BAR_HEIGHT_PX}" bgcolor="{COLOURS[b]}" '
        f'style="background-color:{COLOURS[b]};font-size:1px;line-height:1px;" '
        f'title="{escape(b)}: {amount:,.2f}">&nbsp;</td>'
        for b, amount, px in zip(BUCKETS, amounts, widths, strict=True)
        if px > 0
    )
    bar = f'<table {_TABLE} width="{sum(widths)}"><tr>{segments}</tr></table>'
    total = sum(amounts, Decimal(0))
    return (
        f'<tr><td width="140" style="padding:2px 8px 2px 0;{_TEXT}white-space:nowrap;">'
        f"{escape(name)}</td>"
        f'<td width="{BAR_PX}" style="padding:2px 0;">{bar}</td>'
        f'<td width="110" align="right" style="padding:2px 0 2px 8px;{_TEXT}'
        f'white-space:nowrap;">{total:,.2f}</td></tr>'
    )

"""The aging chart as email clients will see it: table cells with pixel widths and bgcolor.

Outlook for Windows (Word's renderer) honours only table attributes, Gmail and QQ Mail
strip ``<style>`` blocks and ``data:`` images; these tests pin the chart to what all of
them render, and check the bars' arithmetic.
"""

from __future__ import annotations

import re
from decimal import Decimal
from html.parser import HTMLParser

from daemon.reports.chart import BAR_PX, COLOURS, MAX_CLIENTS, aging_chart_html, segment_widths
from daemon.reports.metrics import BUCKETS

NAMES = {b: f"label {b}" for b in BUCKETS}


def row(**amounts: int) -> dict[str, Decimal]:
    out = {b: Decimal(0) for b in BUCKETS}
    for key, value in amounts.items():
        out[{"nd": "not_due", "b30": "1-30", "b60": "31-60", "b90": "61-90"}[key]] = Decimal(value)
    return out


class Bars(HTMLParser):
    """Per chart row: its label and the (colour, width) of each segment."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, list[tuple[str, int]]]] = []
        self._label: str | None = None
        self._in_label = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "td" and a.get("width") == "140":
            self._in_label = True
            self.rows.append(("", []))
        elif tag == "td" and a.get("bgcolor") and self.rows and a.get("height") != "12":
            assert a.get("height"), "a bar cell needs a height or it collapses"
            self.rows[-1][1].append((str(a["bgcolor"]), int(str(a["width"]))))

    def handle_data(self, data: str) -> None:
        if self._in_label:
            self.rows[-1] = (self.rows[-1][0] + data, self.rows[-1][1])

    def handle_endtag(self, tag: str) -> None:
        self._in_label = False


def bars(html: str) -> list[tuple[str, list[tuple[str, int]]]]:
    parser = Bars()
    parser.feed(html)
    return parser.rows


def test_segments_add_up_to_the_bar_and_the_largest_bar_is_full_width() -> None:
    aging = {"CNY": {"a": row(nd=1000, b30=2000, b90=997), "b": row(b60=1999)}}
    [(a_name, a), (b_name, b)] = bars(aging_chart_html(aging, NAMES))
    assert (a_name, b_name) == ("a", "b")
    assert sum(w for _, w in a) == BAR_PX
    assert [c for c, _ in a] == [COLOURS["not_due"], COLOURS["1-30"], COLOURS["61-90"]]
    assert sum(w for _, w in b) == round(1999 * BAR_PX / 3997)


def test_a_tiny_amount_is_still_visible_and_zero_is_not_drawn() -> None:
    assert segment_widths([Decimal(1), Decimal(0), Decimal(10**6)], Decimal(10**6 + 1)) == [
        1,
        0,
        BAR_PX - 1,
    ]
    assert segment_widths([Decimal(0)], Decimal(0)) == [0]


def test_one_panel_per_currency_largest_first_and_others_summed() -> None:
    usd = {f"c{i:02d}": row(b30=100 + i) for i in range(MAX_CLIENTS + 3)}
    html = aging_chart_html({"CNY": {"x": row(nd=5)}, "USD": usd}, NAMES, others="其他")
    assert html.index(">USD<") < html.index(">CNY<")
    labels = [name for name, _ in bars(html)]
    assert labels[MAX_CLIENTS] == "其他 (3)"
    assert len(labels) == MAX_CLIENTS + 2  # USD: 15 + others; CNY: x
    assert "303.00" in html  # 100 + 101 + 102 for the three others


def test_names_are_escaped_and_may_be_chinese() -> None:
    html = aging_chart_html({"CNY": {"<b>杭州&Co": row(b30=1)}}, NAMES)
    assert "&lt;b&gt;杭州&amp;Co" in html and "<b>" not in html


def test_nothing_outstanding_is_said_in_words() -> None:
    assert "无未收款项" in aging_chart_html({}, NAMES, nothing="无未收款项")
    assert "无未收款项" in aging_chart_html({"CNY": {"a": row()}}, NAMES, nothing="无未收款项")


def test_only_markup_that_outlook_gmail_qq_and_apple_mail_render() -> None:
    aging = {"CNY": {"a": row(nd=1, b30=2, b60=3, b90=4)}, "USD": {"b": row(b30=7)}}
    html = aging_chart_html(aging, NAMES)
    for banned in ("<div", "<style", "<img", "data:", "display:", "flex", "grid", "max-width"):
        assert banned not in html.lower(), banned
    assert "background-image" not in html and "url(" not in html
    coloured = re.findall(r"<td [^>]*bgcolor=\"(#[0-9a-f]{6})\"[^>]*>", html)
    assert set(coloured) == set(COLOURS.values())
    for cell in re.findall(r"<td [^>]*bgcolor=[^>]*>", html):
        assert re.search(r'width="\d+"', cell) and re.search(r'height="\d+"', cell), cell
        assert "background-color:" in cell  # the same colour for CSS-minded clients
    assert html.count("<table") == html.count("</table>")
    assert all(name in html for name in NAMES.values())

"""Dutch formats and the escaping that keeps user text out of Paragraph markup."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from competentieplanner.reports import styles


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (0, 0, "0"),
        (999, 0, "999"),
        (1000, 0, "1.000"),
        (1234567.891, 2, "1.234.567,89"),
        (Decimal("1450"), 2, "1.450,00"),
        (2.5, 0, "3"),  # halves up, as HR expects
        (-1234.5, 1, "-1.234,5"),
    ],
)
def test_format_number_is_dutch(value: float, decimals: int, expected: str) -> None:
    assert styles.format_number(value, decimals) == expected


def test_money_hours_percent_dates() -> None:
    assert styles.format_money(Decimal("1450")) == "€ 1.450,00"
    assert styles.format_money(Decimal("15600"), cents=False) == "€ 15.600"
    # cents are never rounded away: the screens show the same (issue 10, one formats module)
    assert styles.format_money(Decimal("15600.4"), cents=False) == "€ 15.600,40"
    assert styles.format_hours(16.0) == "16"
    assert styles.format_hours(7.5) == "7,5"
    assert styles.format_percent(87.25) == "87,3 %"
    assert styles.format_date(dt.date(2026, 10, 12)) == "12 oktober 2026"
    assert styles.format_short_date(dt.date(2026, 3, 5)) == "05-03-2026"
    assert styles.format_level(None) == "onbekend"


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a<b", "a&lt;b"),
        ("<font color=red>rood</font>", "&lt;font color=red&gt;rood&lt;/font&gt;"),
        ("&amp;", "&amp;amp;"),
        ("<img src='/etc/passwd'/>", "&lt;img src='/etc/passwd'/&gt;"),
    ],
)
def test_esc_turns_markup_into_text(text: str, escaped: str) -> None:
    assert styles.esc(text) == escaped


def test_markup_escapes_values_but_not_the_template() -> None:
    assert styles.markup("<b>{n}</b>", n="<i>x</i>") == "<b>&lt;i&gt;x&lt;/i&gt;</b>"


def test_control_characters_are_dropped_and_line_breaks_kept() -> None:
    assert styles.clean("a\x00b\x07c") == "abc"
    assert styles.esc_lines("een\ntwee<") == "een<br/>twee&lt;"

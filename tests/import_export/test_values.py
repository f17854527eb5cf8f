"""Cell values as real files hold them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from competentieplanner.import_export.headers import header_key
from competentieplanner.import_export.staff_reader import split_name
from competentieplanner.import_export.values import (
    ValueProblem,
    clean_text,
    parse_date,
    parse_decimal,
    parse_identifier,
    parse_whole_number,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u00a0 Jan\u00a0 van  der Berg ", "Jan van der Berg"),
        ("Zoe\u0308", "Zoë"),  # decomposed diaeresis -> NFC
        (4211.0, "4211"),
        (None, ""),
    ],
)
def test_clean_text(raw: object, expected: str) -> None:
    assert clean_text(raw) == expected


def test_identifiers_keep_leading_zeros_and_accept_numbers() -> None:
    assert parse_identifier("000123") == "000123"
    assert parse_identifier(4211) == "4211"
    assert parse_identifier(4211.0) == "4211"
    with pytest.raises(ValueProblem):
        parse_identifier(42.5)
    with pytest.raises(ValueProblem):
        parse_identifier("12 34")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0,89", "0.89"),
        ("0.89", "0.89"),
        (" 36 ", "36"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("€ 1.500", "1500"),
        ("1.500.000", "1500000"),
        (0.89, "0.89"),
        (36, "36"),
        ("-2,5", "-2.5"),
    ],
)
def test_decimals(raw: object, expected: str) -> None:
    assert parse_decimal(raw) == Decimal(expected)


@pytest.mark.parametrize("raw", ["", "abc", "1,2,3", "12a", "--1", True])
def test_not_decimals(raw: object) -> None:
    with pytest.raises(ValueProblem):
        parse_decimal(raw)


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_decimal_comma_text_round_trips(value: Decimal) -> None:
    assert parse_decimal(str(value).replace(".", ",")) == value


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1-3-2024", dt.date(2024, 3, 1)),
        ("01-03-2024", dt.date(2024, 3, 1)),
        ("2024-03-01", dt.date(2024, 3, 1)),
        ("1/3/2024", dt.date(2024, 3, 1)),
        ("2024-03-01 00:00:00", dt.date(2024, 3, 1)),
        (dt.datetime(2024, 3, 1), dt.date(2024, 3, 1)),
        (45352, dt.date(2024, 3, 1)),  # Excel serial number in a General cell
    ],
)
def test_dates(raw: object, expected: dt.date) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("31-2-2024", "bestaande"),
        ("1-3-24", "twee cijfers"),
        ("maart", "geen datum"),
        (1.5, "geen datum"),
    ],
)
def test_bad_dates(raw: object, reason: str) -> None:
    with pytest.raises(ValueProblem, match=reason):
        parse_date(raw)


def test_whole_numbers() -> None:
    assert parse_whole_number("3") == 3
    assert parse_whole_number(3.0) == 3
    with pytest.raises(ValueProblem):
        parse_whole_number("2,5")


@pytest.mark.parametrize(
    "header",
    ["Pers.nr.", "PERSNR", "pers nr", "Pers-nr"],
)
def test_header_keys_ignore_case_spaces_punctuation(header: str) -> None:
    assert header_key(header) == "persnr"


def test_header_keys_ignore_accents() -> None:
    assert header_key("Organisatie-eenheid") == header_key("organisatie eenheid")
    assert header_key("Functiebenaming ") == header_key("FUNCTIEBENÁMING")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Jan van der Berg", ("Jan", "van der", "Berg")),
        ("Berg, Jan van der", ("Jan", "van der", "Berg")),
        ("Fatma Yılmaz", ("Fatma", "", "Yılmaz")),
        ("De Vries", ("De", "", "Vries")),
        ("Jansen", ("", "", "Jansen")),
    ],
)
def test_split_combined_names(text: str, parts: tuple[str, str, str]) -> None:
    assert split_name(text) == parts

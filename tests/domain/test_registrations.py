"""Validity of registrations and certificates."""

from __future__ import annotations

import datetime as dt

from competentieplanner.domain.registrations import (
    Registration,
    RegistrationKind,
    add_months,
    end_of_validity,
    expiring,
    valid_kinds,
)

D = dt.date


def test_terms_run_to_the_day_before_the_anniversary() -> None:
    skj = RegistrationKind("skj", "SKJ", 60)
    assert end_of_validity(skj, D(2022, 3, 15)) == D(2027, 3, 14)
    assert end_of_validity(skj, None) is None
    assert end_of_validity(RegistrationKind("x", "X"), D(2022, 3, 15)) is None
    assert add_months(D(2024, 1, 31), 1) == D(2024, 2, 29)


def test_valid_on_the_last_day_and_expired_the_day_after() -> None:
    card = Registration("1", "meldcode", valid_until=D(2026, 6, 30))
    assert card.is_valid(D(2026, 6, 30)) and not card.is_valid(D(2026, 7, 1))
    assert valid_kinds([card, Registration("1", "skj")], D(2026, 7, 1)) == {"skj"}


def test_expiring_within_days_includes_the_expired_ones() -> None:
    today = D(2026, 12, 1)
    regs = [
        Registration("1", "meldcode", valid_until=D(2027, 6, 1)),
        Registration("2", "meldcode", valid_until=D(2026, 11, 1)),  # expired
        Registration("3", "skj", valid_until=D(2027, 2, 1)),
        Registration("4", "skj"),  # no end date
    ]
    assert [r.personnel_number for r in expiring(regs, today, 90)] == ["2", "3"]
    assert [r.personnel_number for r in expiring(regs, today, None)] == ["2", "3", "1"]

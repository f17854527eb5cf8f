"""The fixed colours (levels, gaps, readiness) stay readable in light and dark schemes."""

from __future__ import annotations

import pytest

from competentieplanner.domain.model import Readiness
from competentieplanner.ui import theme


@pytest.mark.parametrize("pair", theme.all_cell_colors(), ids=lambda p: p.background.name())
def test_text_on_every_fixed_colour_meets_wcag_aa(pair: theme.CellColors) -> None:
    assert theme.contrast_ratio(pair.background, pair.foreground) >= 4.5


def test_contrast_ratio_matches_the_wcag_reference_values() -> None:
    from PySide6.QtGui import QColor

    assert theme.contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(
        4.48, abs=0.01
    )


def test_gap_colours_distinguish_met_one_below_far_below_and_unknown() -> None:
    for dark in (False, True):
        met = theme.gap_colors(3, 3, dark).background.name()
        above = theme.gap_colors(4, 3, dark).background.name()
        one = theme.gap_colors(2, 3, dark).background.name()
        far = theme.gap_colors(1, 3, dark).background.name()
        unknown = theme.gap_colors(None, 3, dark).background.name()
        assert met == above
        assert len({met, one, far, unknown}) == 4
        assert theme.readiness_colors(Readiness.READY, dark).background.name() == met
        assert theme.coverage_colors(0, dark).background.name() == far
        assert theme.coverage_colors(1, dark).background.name() == one


def test_light_and_dark_variants_differ() -> None:
    assert theme.gap_colors(3, 3, False).background != theme.gap_colors(3, 3, True).background

"""Small-group suppression: no figure about fewer than the threshold, and none recoverable from
the totals printed beside it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from competentieplanner.reports.privacy import is_small, suppress_with_totals


def _with_totals(cells: list[list[int]]) -> list[list[int]]:
    grid = [[*row, sum(row)] for row in cells]
    grid.append([sum(row[c] for row in grid) for c in range(len(grid[0]))])
    return grid


def test_small_cell_and_its_partner_in_row_and_column_are_hidden() -> None:
    grid = _with_totals([[3, 17, 23], [6, 12, 7]])
    hidden = suppress_with_totals(grid, 5)
    assert hidden[0][0]  # 3 people: primary
    # the row total 43 and the column total 9 would give the 3 away: a second cell goes too
    assert sum(hidden[0][:4]) >= 2
    assert sum(hidden[r][0] for r in range(3)) >= 2
    assert not hidden[2][3]  # the grand total stays


def test_zero_is_not_suppressed() -> None:
    hidden = suppress_with_totals(_with_totals([[0, 10], [10, 10]]), 5)
    assert not any(any(row) for row in hidden)


def test_threshold_one_hides_nothing() -> None:
    hidden = suppress_with_totals(_with_totals([[1, 2], [3, 4]]), 1)
    assert not any(any(row) for row in hidden)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=5),
        min_size=1,
        max_size=5,
    ).filter(lambda rows: len({len(r) for r in rows}) == 1),
    st.integers(min_value=1, max_value=10),
)
def test_no_line_gives_a_hidden_figure_away(cells: list[list[int]], threshold: int) -> None:
    grid = _with_totals(cells)
    hidden = suppress_with_totals(grid, threshold)
    rows, cols = len(grid), len(grid[0])
    for r in range(rows):
        for c in range(cols):
            if is_small(grid[r][c], threshold):
                assert hidden[r][c]
    lines = [[(r, c) for c in range(cols)] for r in range(rows)]
    lines += [[(r, c) for r in range(rows)] for c in range(cols)]
    for line in lines:
        hidden_here = [(r, c) for r, c in line if hidden[r][c]]
        if len(hidden_here) == 1:
            # allowed only when the rest of the line is zero, so the entry is zero-derivable
            # from nothing but itself: that cannot happen for a nonzero hidden entry
            r, c = hidden_here[0]
            others = [grid[rr][cc] for rr, cc in line if (rr, cc) != (r, c)]
            assert all(v == 0 for v in others) and grid[r][c] == 0

"""Small-group suppression for figures about groups of people (AVG: no one may be recognisable).

A figure based on fewer than ``threshold`` people is suppressed (primary suppression). In a table
with totals that alone is not enough: a single hidden cell in a row equals the row total minus
the visible cells. So whenever a row or column (its total included) has exactly one hidden
entry, the entry with the fewest people among the rest is hidden as well (secondary
suppression), until no line gives a hidden figure away.
"""

from __future__ import annotations

from collections.abc import Sequence

Grid = Sequence[Sequence[int]]


def is_small(people: int, threshold: int) -> bool:
    """True for a figure about 1 .. threshold-1 people; zero people reveals no one."""
    return 0 < people < threshold


def suppress_with_totals(people: Grid, threshold: int) -> list[list[bool]]:
    """Which entries to hide in a table whose last row and last column are totals.

    Args:
        people: people behind every entry, totals included: ``people[r][c]``; the last row
            holds the column totals, the last column the row totals, the corner the grand total.
            (Totals are counted separately, not summed: one person may be in several cells.)
        threshold: the smallest group that may be shown.

    Returns:
        A grid of the same shape, True where the entry must be hidden.
    """
    rows = len(people)
    cols = len(people[0]) if rows else 0
    hidden = [[is_small(people[r][c], threshold) for c in range(cols)] for r in range(rows)]
    lines: list[list[tuple[int, int]]] = []
    for r in range(rows):
        lines.append([(r, c) for c in range(cols)])
    for c in range(cols):
        lines.append([(r, c) for r in range(rows)])
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(hidden[r][c] for r, c in line) != 1:
                continue
            candidates = [(r, c) for r, c in line if not hidden[r][c] and people[r][c] > 0]
            if not candidates:
                continue
            # prefer an inner cell over a total, then the smallest group
            last_row, last_col = rows - 1, cols - 1
            r, c = min(
                candidates,
                key=lambda rc: (rc[0] == last_row or rc[1] == last_col, people[rc[0]][rc[1]]),
            )
            hidden[r][c] = True
            changed = True
    return hidden

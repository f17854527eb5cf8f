"""The screenshot tool and the self-check drive the real window under the GUI-thread guard
(the autouse fixture): choosing whom to show, like every screen's data, is read off the GUI
thread."""

from __future__ import annotations

import struct
from pathlib import Path

from competentieplanner.persistence.database import Database
from competentieplanner.services.showcase import find_showcase
from competentieplanner.ui.screenshots import FILE_NAMES, take_screenshots
from tests.unit_of_work_support import call


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_every_screen_is_photographed(qapp, demo_db: Database, tmp_path: Path) -> None:
    written = take_screenshots(demo_db, tmp_path / "shots")
    assert [p.name for p in written] == list(FILE_NAMES.values())
    for path in written:
        assert _png_size(path) == (1366, 768)


def test_the_showcase_is_a_person_with_a_plan_and_the_team_with_most_risks(
    demo_db: Database,
) -> None:
    from competentieplanner.services import staff_overview, team_overview

    found = call(demo_db, find_showcase)
    assert found.employee is not None and found.team is not None
    detail = call(demo_db, staff_overview.employee_detail, found.employee)
    assert detail.plan is not None and detail.plan.items and len(detail.assessments) >= 2
    risks = call(demo_db, team_overview.team_risks)
    most = max(r.risk_count for r in risks.values())
    assert risks[found.team].risk_count == most

"""Imports and the overviews in one unit of work on PostgreSQL: the savepoint of a dry run,
the RETURNING insert path of the staff import and all-or-nothing behave as on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import staff_overview, team_overview
from competentieplanner.services.database import open_database
from competentieplanner.services.staff_import import import_staff
from tests.pg_server import postgres_bin, temporary_server
from tests.services.test_staff_import import hr_export
from tests.unit_of_work_support import call

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_db() -> Iterator[Database]:
    if postgres_bin() is None:
        pytest.fail("PostgreSQL binaries missing: .ci/run installs the 'postgresql' package")
    with temporary_server() as url:
        db = open_database(url)
        try:
            yield db
        finally:
            db.dispose()


def test_staff_import_on_postgres(pg_db: Database, tmp_path: Path) -> None:
    path = hr_export(tmp_path / "hr.xlsx")
    with pytest.raises(RuntimeError, match="later step"), pg_db.unit_of_work() as uow:
        planned = import_staff(uow, path, dry_run=True)
        assert repo.load_employees(uow.session) == []  # the savepoint was rolled back
        assert import_staff(uow, path).new == planned.new == 3
        raise RuntimeError("a later step of the same action fails")
    with pg_db.read_session() as session:
        assert repo.load_employees(session) == []
    result = call(pg_db, import_staff, path)
    assert (result.new, result.units_created) == (3, ["Sociaal Domein", "Team Noord"])
    again = call(pg_db, import_staff, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    staff = call(pg_db, staff_overview.staff_list)
    assert {row.personnel_number for row in staff.rows} == {"000123", "4211", "000777"}
    teams = {t.name: t.members for t in call(pg_db, team_overview.list_teams)}
    assert sum(teams.values()) == 3

"""The shared database: the same migrations, reference data, demo and commands on PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from competentieplanner.cli import main
from competentieplanner.persistence import records as r
from competentieplanner.services.database import check_database, open_database
from tests.pg_server import postgres_bin, temporary_server

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    if postgres_bin() is None:
        pytest.fail("PostgreSQL binaries missing: .ci/run installs the 'postgresql' package")
    with temporary_server() as url:
        yield url


def test_postgres_schema_reference_data_and_demo(
    pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", pg_url, "demo", "--employees", "80"]) == 0
    capsys.readouterr()
    assert main(["--database", pg_url, "employees", "--format", "json"]) == 0
    staff = json.loads(capsys.readouterr().out)
    assert len(staff) == 80
    assert main(["--database", pg_url, "profiles", "--format", "json"]) == 0
    codes = {p["code"] for p in json.loads(capsys.readouterr().out)}
    assert codes == {"strategisch", "aanbieders", "faciliterend", "sociaal-team"}
    db = open_database(pg_url)
    try:
        assert all(check.ok for check in check_database(db))
        # after the bulk demo, ordinary inserts still get fresh ids (sequences were advanced)
        with db.session() as session:
            session.add(r.OrgUnitRecord(name="Nieuw team", kind="team"))
        with db.read_session() as session:
            assert session.scalar(
                select(r.OrgUnitRecord.id).where(r.OrgUnitRecord.name == "Nieuw team")
            )
    finally:
        db.dispose()

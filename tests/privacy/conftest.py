"""The department server the privacy tests on PostgreSQL share: an hr login, a team lead of
one team and a small demo. Module scope: each test file gets a fresh server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from competentieplanner.cli import main
from tests.pg_server import postgres_bin, temporary_server

TEAM = "Sociaal team Noord"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    if postgres_bin() is None:
        pytest.fail("PostgreSQL binaries missing: .ci/run installs the 'postgresql' package")
    with temporary_server() as url:
        assert main(["--database", url, "server", "init"]) == 0
        assert main(["--database", url, "users", "add", "hr1", "--role", "hr"]) == 0
        assert main(
            ["--database", url, "users", "add", "lead_a", "--role", "teamleider", "--unit", TEAM]
        ) == 0
        assert main(["--database", url, "demo", "--employees", "30"]) == 0
        yield url

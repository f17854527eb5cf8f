"""Shared fixtures. Qt runs offscreen; every test gets its own real SQLite file."""

from __future__ import annotations

import os

# Before any Qt import: without a display every QApplication would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import atexit
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from competentieplanner.persistence.database import Database
from competentieplanner.services.database import open_database
from competentieplanner.services.demo import generate_demo

# The tests never touch the real user folders (data, logs, backups, QSettings), and test
# processes running side by side (pytest -n) never share theirs. The folders are looked up
# when used, so setting them here, before any test runs, is early enough.
_USER_FOLDERS = tempfile.mkdtemp(prefix="cp-tests-home-")
atexit.register(shutil.rmtree, _USER_FOLDERS, ignore_errors=True)
os.environ["XDG_DATA_HOME"] = os.path.join(_USER_FOLDERS, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_USER_FOLDERS, "config")

_TEMPLATES: dict[tuple[int, int], Path] = {}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def empty_db(db_path: Path) -> Iterator[Database]:
    """A new database with schema and reference data, no employees."""
    db = open_database(db_path)
    yield db
    db.dispose()


def _demo_template(tmp_path_factory: pytest.TempPathFactory, employees: int, seed: int) -> Path:
    key = (employees, seed)
    if key not in _TEMPLATES:
        path = tmp_path_factory.mktemp("demo") / f"demo-{employees}-{seed}.db"
        db = open_database(path)
        generate_demo(db, employees=employees, seed=seed)
        db.dispose()
        _TEMPLATES[key] = path
    return _TEMPLATES[key]


@pytest.fixture
def demo_db_path(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private copy of the default demo municipality (120 staff, seed 1)."""
    target = tmp_path / "demo.db"
    shutil.copyfile(_demo_template(tmp_path_factory, 120, 1), target)
    return target


@pytest.fixture
def demo_db(demo_db_path: Path) -> Iterator[Database]:
    db = open_database(demo_db_path)
    yield db
    db.dispose()


# pytest-alembic: the migrations run against a real SQLite file.
@pytest.fixture
def alembic_config() -> dict[str, str]:
    from competentieplanner.persistence.migrate import MIGRATIONS_DIR

    return {"script_location": str(MIGRATIONS_DIR)}


@pytest.fixture
def alembic_engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    from competentieplanner.persistence.database import make_engine, resolve_target

    engine = make_engine(resolve_target(tmp_path / "alembic.db"))
    yield engine
    engine.dispose()


@pytest.fixture
def demo_db_1000(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A private copy of a demo municipality with 1,000 staff (seed 1)."""
    target = tmp_path / "demo-1000.db"
    shutil.copyfile(_demo_template(tmp_path_factory, 1000, 1), target)
    db = open_database(target)
    yield db
    db.dispose()

"""Migrations: pytest-alembic's standard checks, transactional DDL, backups before upgrades."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from pytest_alembic.tests import (  # noqa: F401 - collected as tests
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)

from competentieplanner.domain.errors import DatabaseError
from competentieplanner.persistence import migrate
from competentieplanner.persistence.database import make_engine, resolve_target
from competentieplanner.services.database import open_database


def _migrations_with(tmp_path: Path, body: str) -> Path:
    """A copy of the real migrations plus one extra revision on top of the head."""
    target = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    upgrade_body = textwrap.indent(textwrap.dedent(body).strip(), "    ")
    (target / "versions" / "9999_extra.py").write_text(
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        'revision = "9999"\n'
        f'down_revision = "{head}"\n'
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        f"def upgrade():\n{upgrade_body}\n\n\n"
        "def downgrade():\n    pass\n"
    )
    return target


def _downgrade(path: Path, revision: str) -> None:
    engine = make_engine(resolve_target(path))
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()


def _schema_and_data(path: Path) -> tuple[list[tuple[str, str]], list[tuple[object, ...]], str]:
    with sqlite3.connect(path) as conn:
        schema = conn.execute("SELECT name, sql FROM sqlite_master ORDER BY name").fetchall()
        data = conn.execute("SELECT code, name FROM profile ORDER BY code").fetchall()
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    return schema, data, revision


def test_failing_migration_leaves_schema_and_data_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the backup goes there
    path = tmp_path / "cp.db"
    open_database(path).dispose()
    before = _schema_and_data(path)
    scripts = _migrations_with(
        tmp_path,
        """
        op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
        op.add_column("employee", sa.Column("nickname", sa.String(50)))
        op.execute("UPDATE profile SET name = 'gewijzigd'")
        op.execute("INSERT INTO no_such_table VALUES (1)")  # fails halfway
        """,
    )
    engine = make_engine(resolve_target(path))
    with pytest.raises(DatabaseError, match="niets veranderd"):
        migrate.upgrade(engine, sqlite_file=path, script_location=scripts)
    engine.dispose()
    assert _schema_and_data(path) == before


def test_upgrade_takes_a_backup_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "cp.db"
    open_database(path).dispose()
    scripts = _migrations_with(
        tmp_path, 'op.create_index("ix_extra_employee_email", "employee", ["email"])'
    )
    engine = make_engine(resolve_target(path))
    backup = migrate.upgrade(engine, sqlite_file=path, script_location=scripts)
    engine.dispose()
    assert backup is not None and backup.exists()
    # in the user's data folder, not beside the database (which may be on a shared drive)
    assert backup.parent == tmp_path / "data" / "competentieplanner" / "backups"
    assert _schema_and_data(backup)[2] == migrate.head_revision()
    assert _schema_and_data(path)[2] == "9999"


def test_new_database_gets_no_backup(tmp_path: Path) -> None:
    open_database(tmp_path / "new.db").dispose()
    assert [p.name for p in tmp_path.iterdir() if "backup" in p.name] == []


def _row_counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables
        }


def test_a_table_others_refer_to_can_be_rebuilt_with_all_its_data(
    demo_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite rebuilds a changed table by copy and drop; the staff table is referred to by
    # assessments, plans, interviews... Found on a real demo database of an earlier release.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    before = _row_counts(demo_db_path)
    assert before["employee"] > 0 and before["assessment"] > 0
    scripts = _migrations_with(
        tmp_path,
        """
        with op.batch_alter_table("employee", recreate="always") as batch:
            batch.add_column(sa.Column("nickname", sa.String(50)))
        """,
    )
    engine = make_engine(resolve_target(demo_db_path))
    migrate.upgrade(engine, sqlite_file=demo_db_path, script_location=scripts)
    engine.dispose()
    assert _row_counts(demo_db_path) == before
    with closing(sqlite3.connect(demo_db_path)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert _schema_and_data(demo_db_path)[2] == "9999"


def test_a_database_from_before_the_cycle_gets_a_question_set_per_kind(
    demo_db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    _downgrade(demo_db_path, "question_sets")  # the later migrations undone for real
    with closing(sqlite3.connect(demo_db_path)) as conn:
        new = conn.execute(
            "SELECT code, theme, text, kinds FROM interview_question ORDER BY code"
        ).fetchall()
        # as such a database was: the questions of the newer kinds missing, no kinds chosen
        conn.create_function("cp_login", 0, lambda: "test")
        conn.execute("DELETE FROM interview_question WHERE code LIKE 'V%' OR code LIKE 'R%'")
        conn.execute("UPDATE interview_question SET kinds = ''")
        conn.execute("UPDATE alembic_version SET version_num = 'registrations'")
        conn.commit()
    open_database(demo_db_path).dispose()  # upgrades to the head
    with closing(sqlite3.connect(demo_db_path)) as conn:
        after = conn.execute(
            "SELECT code, theme, text, kinds FROM interview_question ORDER BY code"
        ).fetchall()
    assert after == new  # the same sets a new database gets
    assert {kinds for *_, kinds in after} == {
        "planningsgesprek,ontwikkelgesprek", "voortgangsgesprek", "beoordelingsgesprek"
    }

"""Alembic environment. Runs with a connection handed in through ``config.attributes`` (the app
and the tests) or, from the alembic command line, with the URL in the config."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine

from competentieplanner.persistence import (
    access_records,  # noqa: F401 - users, audit log
    formation_records,  # noqa: F401 - formation scenarios
    records,  # noqa: F401 - registers the tables
)
from competentieplanner.persistence.base import Base
from competentieplanner.persistence.database import make_engine, resolve_target

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can only change tables by copying them
        compare_type=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if isinstance(connectable, Connection):
        _run(connectable)
        return
    if isinstance(connectable, Engine):  # pytest-alembic hands in an engine
        with connectable.connect() as connection:
            _run(connection)
            connection.commit()
        return
    engine = make_engine(resolve_target(config.get_main_option("sqlalchemy.url")))
    with engine.connect() as connection:
        _run(connection)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported.")
run_migrations_online()

"""privacy: legal hold per person (issue 12); AVG actions are logged in audit_log

Revision ID: privacy
Revises: formation
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from competentieplanner.persistence import audit_sql

revision: str = "privacy"
down_revision: str | None = "formation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _tables() -> list[sa.Table]:
    # The tables as they are at this point (reflected), so new columns are audited too.
    metadata = sa.MetaData()
    metadata.reflect(bind=op.get_bind())
    return list(metadata.tables.values())


def _drop_audit_triggers() -> None:
    # SQLite: the batch copy of employee drops and renames the table, which the triggers of the
    # other tables (they look up the personnel number in employee) do not survive.
    if op.get_bind().dialect.name == "sqlite":
        audit_sql.drop_sqlite_triggers(op.get_bind(), _tables())


def _reinstall_audit_triggers() -> None:
    audit_sql.install_triggers(op.get_bind(), _tables())


def upgrade() -> None:
    _drop_audit_triggers()
    with op.batch_alter_table("employee", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("legal_hold", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("legal_hold_reason", sa.String(length=200), nullable=False, server_default="")
        )
    _reinstall_audit_triggers()


def downgrade() -> None:
    _drop_audit_triggers()
    with op.batch_alter_table("employee", schema=None) as batch_op:
        batch_op.drop_column("legal_hold_reason")
        batch_op.drop_column("legal_hold")
    _reinstall_audit_triggers()

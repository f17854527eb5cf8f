"""interview drafts belong to their author

Revision ID: draft_author
Revises: privacy
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from competentieplanner.persistence import audit_sql

revision: str = "draft_author"
down_revision: str | None = "privacy"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _reinstall_sqlite_triggers() -> None:
    # A batch table copy on SQLite drops the table's triggers; the new column must be covered.
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        metadata = sa.MetaData()
        metadata.reflect(bind=bind)
        audit_sql.install_sqlite_triggers(bind, metadata.tables.values())


def upgrade() -> None:
    # Drafts saved before this revision have no author (NULL): whoever may see the person
    # still sees them, as before.
    with op.batch_alter_table("interview_draft", schema=None) as batch_op:
        batch_op.add_column(sa.Column("author", sa.String(length=63), nullable=True))
        batch_op.create_index(batch_op.f("ix_interview_draft_author"), ["author"], unique=False)
    _reinstall_sqlite_triggers()
    if op.get_bind().dialect.name == "postgresql":
        op.execute(audit_sql.PG_LAST_CHANGE)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS cp_last_change(text, text, text)")
    with op.batch_alter_table("interview_draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interview_draft_author"))
        batch_op.drop_column("author")
    _reinstall_sqlite_triggers()

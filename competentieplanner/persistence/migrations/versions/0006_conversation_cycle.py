"""the conversation cycle: a named team lead, unscored competencies, judgement, next talk

Revision ID: conversation_cycle
Revises: draft_author
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from competentieplanner.persistence import audit_sql

revision: str = "conversation_cycle"
down_revision: str | None = "draft_author"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _interview_columns() -> list[sa.Column[object]]:
    # New Column objects per call: a Column belongs to one table once added.
    return [
        sa.Column("team_lead_number", sa.String(50), nullable=True),
        sa.Column("unscored", sa.Text(), nullable=False, server_default=""),
        sa.Column("judgement", sa.String(30), nullable=True),
        sa.Column("employee_response", sa.String(20), nullable=True),
        sa.Column("next_kind", sa.String(30), nullable=True),
        sa.Column("next_on", sa.Date(), nullable=True),
    ]


def _tables() -> list[sa.Table]:
    metadata = sa.MetaData()
    metadata.reflect(bind=op.get_bind())
    return list(metadata.tables.values())


def upgrade() -> None:
    # The audit triggers list a table's columns: drop them first, re-install them with the new
    # columns afterwards (tests/persistence/test_audit.py guards this).
    audit_sql.drop_triggers(op.get_bind(), _tables())
    with op.batch_alter_table("interview", schema=None) as batch_op:
        for column in _interview_columns():
            batch_op.add_column(column)
    with op.batch_alter_table("interview_question", schema=None) as batch_op:
        # Empty: asked in every kind of conversation, as every question was before.
        batch_op.add_column(sa.Column("kinds", sa.String(200), nullable=False, server_default=""))
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        # SMART agreements; existing items have none of the three yet.
        batch_op.add_column(sa.Column("result", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("owner", sa.String(200), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("deadline", sa.Date(), nullable=True))
    audit_sql.install_triggers(op.get_bind(), _tables())


def downgrade() -> None:
    audit_sql.drop_triggers(op.get_bind(), _tables())
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        for name in ("deadline", "owner", "result"):
            batch_op.drop_column(name)
    with op.batch_alter_table("interview_question", schema=None) as batch_op:
        batch_op.drop_column("kinds")
    with op.batch_alter_table("interview", schema=None) as batch_op:
        for column in reversed(_interview_columns()):
            batch_op.drop_column(column.name)
    audit_sql.install_triggers(op.get_bind(), _tables())

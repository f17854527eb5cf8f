"""the employee's preparation per interview question (issue 14)

Revision ID: prepared_answers
Revises: quarter_budgets

An interview answer gets ``prepared``: what the employee wrote beforehand, on the preparation
form or typed in before the conversation, kept beside the team lead's notes (``answer``).
Existing answers had no preparation: they get the empty text.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from competentieplanner.persistence import audit_sql

revision: str = "prepared_answers"
down_revision: str | None = "quarter_budgets"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _tables() -> list[sa.Table]:
    # The tables as they are at this revision (reflected), not as the code defines them later.
    metadata = sa.MetaData()
    metadata.reflect(bind=op.get_bind())
    return list(metadata.tables.values())


def upgrade() -> None:
    # The audit triggers list a table's columns: drop them first, re-install them afterwards.
    audit_sql.drop_triggers(op.get_bind(), _tables())
    with op.batch_alter_table("interview_answer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prepared", sa.Text(), nullable=False, server_default=""))
    audit_sql.install_triggers(op.get_bind(), _tables())


def downgrade() -> None:
    audit_sql.drop_triggers(op.get_bind(), _tables())
    with op.batch_alter_table("interview_answer", schema=None) as batch_op:
        batch_op.drop_column("prepared")
    audit_sql.install_triggers(op.get_bind(), _tables())

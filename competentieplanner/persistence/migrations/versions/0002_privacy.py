"""privacy: legal hold per person and the privacy log (issue 12)

Revision ID: privacy
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "privacy"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("employee", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("legal_hold", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("legal_hold_reason", sa.String(length=200), nullable=False, server_default="")
        )
    op.create_table(
        "privacy_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("personnel_number", sa.String(length=50), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_privacy_log")),
    )
    with op.batch_alter_table("privacy_log", schema=None) as batch_op:
        batch_op.create_index("ix_privacy_log_personnel_number", ["personnel_number"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("privacy_log", schema=None) as batch_op:
        batch_op.drop_index("ix_privacy_log_personnel_number")
    op.drop_table("privacy_log")
    with op.batch_alter_table("employee", schema=None) as batch_op:
        batch_op.drop_column("legal_hold_reason")
        batch_op.drop_column("legal_hold")

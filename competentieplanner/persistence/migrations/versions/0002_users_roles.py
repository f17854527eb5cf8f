"""users, unit leadership and the audit trail

Revision ID: users_roles
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from competentieplanner.persistence import audit_sql

revision: str = "users_roles"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _tables() -> list[sa.Table]:
    # The tables as they are at this revision (reflected), not as the code defines them later.
    metadata = sa.MetaData()
    metadata.reflect(bind=op.get_bind())
    return list(metadata.tables.values())


def upgrade() -> None:
    op.create_table(
        "app_user",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("employee_number", sa.String(length=50), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "role IN ('beheerder', 'hr', 'teamleider', 'management')",
            name=op.f("ck_app_user_role_known"),
        ),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_app_user")),
    )
    op.create_table(
        "user_unit",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("unit_name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["login"],
            ["app_user.login"],
            name=op.f("fk_user_unit_login_app_user"),
            ondelete="CASCADE",
            onupdate="CASCADE",
        ),
        sa.PrimaryKeyConstraint("login", "unit_name", name=op.f("pk_user_unit")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("record", sa.String(length=100), nullable=True),
        sa.Column("personnel_number", sa.String(length=50), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_at", ["at"], unique=False)
        batch_op.create_index("ix_audit_log_personnel_number", ["personnel_number"], unique=False)
    audit_sql.install_triggers(op.get_bind(), _tables())


def downgrade() -> None:
    audit_sql.drop_triggers(op.get_bind(), _tables())
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_personnel_number")
        batch_op.drop_index("ix_audit_log_at")
    op.drop_table("audit_log")
    op.drop_table("user_unit")
    op.drop_table("app_user")

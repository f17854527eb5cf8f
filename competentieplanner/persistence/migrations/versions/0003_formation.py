"""formation scenarios for strategic personnel planning (issue 13)

Revision ID: formation
Revises: users_roles
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from competentieplanner.persistence import audit_sql

revision: str = "formation"
down_revision: str | None = "users_roles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


TABLES = ("formation_scenario", "formation_line")


def upgrade() -> None:
    op.create_table(
        "formation_scenario",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "year BETWEEN 2000 AND 2100", name=op.f("ck_formation_scenario_year_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_formation_scenario")),
        sa.UniqueConstraint("name", name=op.f("uq_formation_scenario_name")),
    )
    op.create_table(
        "formation_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("fte", sa.Float(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("fte >= 0", name=op.f("ck_formation_line_fte_not_negative")),
        sa.ForeignKeyConstraint(
            ["scenario_id"],
            ["formation_scenario.id"],
            name=op.f("fk_formation_line_scenario_id_formation_scenario"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profile.id"],
            name=op.f("fk_formation_line_profile_id_profile"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["org_unit.id"],
            name=op.f("fk_formation_line_unit_id_org_unit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_formation_line")),
    )
    with op.batch_alter_table("formation_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_formation_line_scenario_id"), ["scenario_id"], unique=False
        )
    # Who changed the formation is recorded like every other change (audit trail, issue 11).
    audit_sql.install_triggers(op.get_bind(), _tables())


def _tables() -> list[sa.Table]:
    metadata = sa.MetaData()
    metadata.reflect(bind=op.get_bind(), only=list(TABLES))
    return [metadata.tables[name] for name in TABLES]


def downgrade() -> None:
    audit_sql.drop_triggers(op.get_bind(), _tables())
    with op.batch_alter_table("formation_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_formation_line_scenario_id"))
    op.drop_table("formation_line")
    op.drop_table("formation_scenario")

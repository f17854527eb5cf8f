"""training budgets per quarter where HR wants them, per year otherwise (issue 14)

Revision ID: quarter_budgets
Revises: question_sets

A budget row gets an optional ``quarter`` (1-4; NULL = the whole year, as every existing row).
The unique key becomes (unit, year, quarter), with a partial unique index that keeps one
whole-year row per unit and year (NULLs are distinct in a unique constraint).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from competentieplanner.persistence import audit_sql

revision: str = "quarter_budgets"
down_revision: str | None = "question_sets"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WHOLE_YEAR = "uq_budget_unit_year_whole"


def _tables() -> list[sa.Table]:
    # The tables as they are at this revision (reflected), not as the code defines them later.
    metadata = sa.MetaData()
    metadata.reflect(bind=op.get_bind())
    return list(metadata.tables.values())


def upgrade() -> None:
    # The audit triggers list a table's columns: drop them first, re-install them afterwards.
    audit_sql.drop_triggers(op.get_bind(), _tables())
    with op.batch_alter_table("budget", schema=None) as batch_op:
        batch_op.add_column(sa.Column("quarter", sa.Integer(), nullable=True))
        batch_op.drop_constraint("uq_budget_unit_id", type_="unique")
        batch_op.create_unique_constraint("uq_budget_unit_id", ["unit_id", "year", "quarter"])
        batch_op.create_check_constraint(
            "ck_budget_quarter_range", "quarter IS NULL OR quarter BETWEEN 1 AND 4"
        )
    op.create_index(
        _WHOLE_YEAR,
        "budget",
        ["unit_id", "year"],
        unique=True,
        sqlite_where=sa.text("quarter IS NULL"),
        postgresql_where=sa.text("quarter IS NULL"),
    )
    audit_sql.install_triggers(op.get_bind(), _tables())


def downgrade() -> None:
    # Quarter budgets cannot be told apart per year any more: they become one year budget each.
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT unit_id, year, SUM(amount) FROM budget WHERE quarter IS NOT NULL "
            "GROUP BY unit_id, year"
        )
    ).all()
    bind.execute(sa.text("DELETE FROM budget WHERE quarter IS NOT NULL"))
    for unit_id, year, amount in rows:
        bind.execute(
            sa.text(
                "INSERT INTO budget (unit_id, year, amount, version) "
                "VALUES (:unit_id, :year, :amount, 1)"
            ),
            {"unit_id": unit_id, "year": year, "amount": amount},
        )
    audit_sql.drop_triggers(bind, _tables())
    op.drop_index(_WHOLE_YEAR, table_name="budget")
    with op.batch_alter_table("budget", schema=None) as batch_op:
        batch_op.drop_constraint("ck_budget_quarter_range", type_="check")
        batch_op.drop_constraint("uq_budget_unit_id", type_="unique")
        batch_op.create_unique_constraint("uq_budget_unit_id", ["unit_id", "year"])
        batch_op.drop_column("quarter")
    audit_sql.install_triggers(bind, _tables())

"""provenance of reference data; registrations and certificates (issue 14)

Revision ID: registrations
Revises: conversation_cycle
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from competentieplanner.persistence import audit_sql

revision: str = "registrations"
down_revision: str | None = "conversation_cycle"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Where each value comes from, shown in the app ("voorstel Competentieplanner: ..." if our own).
_SOURCE_COLUMNS = (
    ("competency", "indicator_source"),
    ("requirement", "source"),
    ("offer_effect", "source"),
    ("authority", "source"),
)


def _tables() -> list[sa.Table]:
    # The tables as they are at this revision (reflected), not as the code defines them later.
    metadata = sa.MetaData()
    metadata.reflect(bind=op.get_bind())
    return list(metadata.tables.values())


#: Registration kinds put into a database that already holds reference data (a new database
#: gets them from resources/reference/registrations.toml). Terms: see that file.
_KINDS = (
    {
        "code": "skj",
        "name": "SKJ-registratie jeugd- en gezinsprofessional",
        "validity_months": 60,
        "role": "jeugd- en gezinsprofessional (Jeugdwet: norm van de verantwoorde werktoedeling)",
        "source": "SKJ: registratie en registerpas vijf jaar geldig, daarna herregistratie "
        "(skjeugd.nl/professionals/herregistratie)",
    },
    {
        "code": "meldcode",
        "name": "Training meldcode huiselijk geweld en kindermishandeling",
        "validity_months": 36,
        "role": "",
        "source": "voorstel Competentieplanner: de Wet verplichte meldcode (2013) verplicht de "
        "organisatie kennis en gebruik te bevorderen maar noemt geen termijn (nji.nl, Werken "
        "met de meldcode); opfrissen elke 3 jaar is een eigen keuze",
    },
)
_MELDCODE_AUTHORITIES = ("VB-ST-05", "VB-ST-06", "VB-ST-11")


def _create_registration_tables() -> None:
    op.create_table(
        "registration_kind",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("validity_months", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "validity_months IS NULL OR validity_months > 0",
            name=op.f("ck_registration_kind_term_positive"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration_kind")),
        sa.UniqueConstraint("code", name=op.f("uq_registration_kind_code")),
    )
    op.create_table(
        "registration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("kind_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=100), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "issued_on IS NULL OR valid_until IS NULL OR valid_until >= issued_on",
            name=op.f("ck_registration_dates_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employee.id"],
            name=op.f("fk_registration_employee_id_employee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["kind_id"],
            ["registration_kind.id"],
            name=op.f("fk_registration_kind_id_registration_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration")),
        sa.UniqueConstraint("employee_id", "kind_id", name=op.f("uq_registration_employee_id")),
    )
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_registration_employee_id"), ["employee_id"], unique=False
        )
    with op.batch_alter_table("authority", schema=None) as batch_op:
        batch_op.add_column(sa.Column("required_registration_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_authority_required_registration_id_registration_kind"),
            "registration_kind",
            ["required_registration_id"],
            ["id"],
        )


def _seed_existing_database() -> None:
    """An upgraded database already has its reference data: add the kinds and link the
    meldcode authorities (a new database gets both from the reference files)."""
    bind = op.get_bind()
    if not bind.execute(sa.text("SELECT count(*) FROM framework")).scalar():
        return
    kinds = sa.table(
        "registration_kind",
        *(sa.column(c) for c in ("code", "name", "validity_months", "role", "source", "version")),
    )
    op.bulk_insert(kinds, [{**kind, "version": 1} for kind in _KINDS])
    bind.execute(
        sa.text(
            "UPDATE authority SET required_registration_id = "
            "(SELECT id FROM registration_kind WHERE code = 'meldcode') "
            "WHERE code IN :codes"
        ).bindparams(sa.bindparam("codes", expanding=True)),
        {"codes": list(_MELDCODE_AUTHORITIES)},
    )


def _drop_source_columns() -> None:
    for table, column in reversed(_SOURCE_COLUMNS):
        if op.get_bind().dialect.name == "sqlite":
            # Natively: a batch copy would DROP the table, and on SQLite that deletes the rows
            # of tables referring to it (ON DELETE CASCADE), e.g. the indicators of competencies.
            op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        else:
            op.drop_column(table, column)


def upgrade() -> None:
    for table, column in _SOURCE_COLUMNS:
        op.add_column(table, sa.Column(column, sa.Text(), nullable=False, server_default=""))
    _create_registration_tables()
    # New tables and columns must be in the SQLite audit triggers (the batch copy of
    # `authority` dropped that table's triggers).
    audit_sql.install_triggers(op.get_bind(), _tables())
    _seed_existing_database()


def downgrade() -> None:
    # Triggers name the columns that go; they are installed again for the old tables at the end.
    audit_sql.drop_triggers(op.get_bind(), _tables())
    with op.batch_alter_table("authority", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_authority_required_registration_id_registration_kind"),
            type_="foreignkey",
        )
        batch_op.drop_column("required_registration_id")
    with op.batch_alter_table("registration", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registration_employee_id"))
    op.drop_table("registration")
    op.drop_table("registration_kind")
    _drop_source_columns()
    audit_sql.install_triggers(op.get_bind(), _tables())

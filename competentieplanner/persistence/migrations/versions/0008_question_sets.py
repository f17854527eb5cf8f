"""a question set per conversation kind in databases made before the gesprekscyclus (issue 14)

Revision ID: question_sets
Revises: registrations

A database made before ``conversation_cycle`` asks every question in every kind of
conversation (``kinds`` empty) and lacks the questions of the voortgangs- and
beoordelingsgesprek. This gives it the sets a new database gets from
resources/reference/interview_questions.toml. Questions HR changed keep their text; only an
empty ``kinds`` (never chosen, the column is newer than the question) is filled in.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "question_sets"
down_revision: str | None = "registrations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The development questions (A1 ... E1 in the file) belong to these kinds.
_DEVELOPMENT_KINDS = "planningsgesprek,ontwikkelgesprek"
_DEVELOPMENT_CODES = (
    "A1", "A2", "A3", "B4", "B5", "B6", "C7", "C8", "C9", "C10", "D11", "D12", "D13", "D14",
    "D15", "E1",
)  # fmt: skip
#: The questions of the other kinds, frozen as they were added (see the reference file).
_QUESTIONS = (
    ("V1", "V. Voortgang van de afspraken",
     "Hoe staat het met de afspraken uit het planningsgesprek: wat is af, wat loopt en wat "
     "stokt?", "voortgangsgesprek"),
    ("V2", "V. Voortgang van de afspraken",
     "Wat heb je nodig van je teamleider, je team of de organisatie om de afspraken dit jaar te "
     "halen?", "voortgangsgesprek"),
    ("V3", "V. Voortgang van de afspraken",
     "Moeten afspraken of prioriteiten worden bijgesteld, en waarom?", "voortgangsgesprek"),
    ("R1", "R. Terugblik op het jaar",
     "Welke resultaten heb je dit jaar behaald, gemeten aan de afspraken uit het "
     "planningsgesprek?", "beoordelingsgesprek"),
    ("R2", "R. Terugblik op het jaar",
     "Hoe heb je de competenties van je functie laten zien? Noem twee of drie voorbeelden.",
     "beoordelingsgesprek"),
    ("R3", "R. Terugblik op het jaar",
     "Wat neem je mee naar het planningsgesprek van volgend jaar?", "beoordelingsgesprek"),
)  # fmt: skip


def upgrade() -> None:
    bind = op.get_bind()
    if not bind.execute(sa.text("SELECT count(*) FROM interview_question")).scalar():
        return  # a new database: the reference data brings the sets itself
    question = sa.table(
        "interview_question",
        sa.column("code", sa.String),
        sa.column("theme", sa.String),
        sa.column("text", sa.Text),
        sa.column("audience", sa.String),
        sa.column("kinds", sa.String),
        sa.column("sort_order", sa.Integer),
        sa.column("active", sa.Boolean),
        sa.column("version", sa.Integer),
    )
    bind.execute(
        question.update()
        .where(question.c.code.in_(_DEVELOPMENT_CODES), question.c.kinds == "")
        .values(kinds=_DEVELOPMENT_KINDS)
    )
    present = {code for (code,) in bind.execute(sa.select(question.c.code))}
    last = bind.execute(sa.select(sa.func.max(question.c.sort_order))).scalar() or 0
    missing = [q for q in _QUESTIONS if q[0] not in present]
    if missing:
        op.bulk_insert(
            question,
            [
                {"code": code, "theme": theme, "text": text, "audience": "alle", "kinds": kinds,
                 "sort_order": last + 1 + i, "active": True, "version": 1}
                for i, (code, theme, text, kinds) in enumerate(missing)
            ],  # fmt: skip
        )


def downgrade() -> None:
    # The questions may have been answered since; they stay (an older release ignores them).
    pass

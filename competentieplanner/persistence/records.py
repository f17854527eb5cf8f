"""The database tables as SQLAlchemy 2.0 typed ORM classes.

The schema is created only by the Alembic migrations in ``migrations/``; a test checks that these
classes and the migrations agree. Assessments and their scores are history: rows are added,
never updated, so they carry no version column. Every other table a user edits is ``Versioned``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from competentieplanner.persistence.base import Base, Versioned

MONEY = Numeric(12, 2)

#: Table info marking a table that holds personal data: docs/privacy.md lists exactly these
#: tables (a test keeps them equal) and ``privacy inzage`` exports their rows about a person.
PERSONAL = {"personal": True}


class LevelScaleRecord(Versioned, Base):
    __tablename__ = "level_scale"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    levels: Mapped[list[ScaleLevelRecord]] = relationship(
        back_populates="scale", cascade="all, delete-orphan", order_by="ScaleLevelRecord.level"
    )


class ScaleLevelRecord(Versioned, Base):
    __tablename__ = "scale_level"
    __table_args__ = (
        UniqueConstraint("scale_id", "level"),
        CheckConstraint("level BETWEEN 1 AND 9", name="level_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scale_id: Mapped[int] = mapped_column(ForeignKey("level_scale.id", ondelete="CASCADE"))
    level: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    scale: Mapped[LevelScaleRecord] = relationship(back_populates="levels")


class FrameworkRecord(Versioned, Base):
    __tablename__ = "framework"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    scale_id: Mapped[int] = mapped_column(ForeignKey("level_scale.id"))
    scale: Mapped[LevelScaleRecord] = relationship()
    competencies: Mapped[list[CompetencyRecord]] = relationship(
        back_populates="framework", order_by="CompetencyRecord.sort_order"
    )


class CompetencyRecord(Versioned, Base):
    __tablename__ = "competency"

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("framework.id"), index=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    cluster: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    indicator_source: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    framework: Mapped[FrameworkRecord] = relationship(back_populates="competencies")
    indicators: Mapped[list[IndicatorRecord]] = relationship(
        back_populates="competency", cascade="all, delete-orphan", order_by="IndicatorRecord.level"
    )


class IndicatorRecord(Versioned, Base):
    """Behavioural indicator: what ``level`` of a competency looks like in practice."""

    __tablename__ = "indicator"
    __table_args__ = (UniqueConstraint("competency_id", "level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    competency_id: Mapped[int] = mapped_column(ForeignKey("competency.id", ondelete="CASCADE"))
    level: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    competency: Mapped[CompetencyRecord] = relationship(back_populates="indicators")


class ProfileRecord(Versioned, Base):
    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    framework_id: Mapped[int] = mapped_column(ForeignKey("framework.id"))
    description: Mapped[str] = mapped_column(Text, default="")
    rationale: Mapped[str] = mapped_column(Text, default="")
    framework: Mapped[FrameworkRecord] = relationship()
    requirements: Mapped[list[RequirementRecord]] = relationship(
        back_populates="profile", cascade="all, delete-orphan"
    )


class RequirementRecord(Versioned, Base):
    __tablename__ = "requirement"
    __table_args__ = (
        UniqueConstraint("profile_id", "competency_id"),
        CheckConstraint("target BETWEEN 1 AND 9", name="target_range"),
        CheckConstraint("weight > 0", name="weight_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    competency_id: Mapped[int] = mapped_column(ForeignKey("competency.id"), index=True)
    target: Mapped[int] = mapped_column(Integer)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    critical: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(Text, default="")
    profile: Mapped[ProfileRecord] = relationship(back_populates="requirements")
    competency: Mapped[CompetencyRecord] = relationship()


class TrainingOfferRecord(Versioned, Base):
    __tablename__ = "training_offer"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    provider: Mapped[str] = mapped_column(String(200), default="")
    format: Mapped[str] = mapped_column(String(50), default="")
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    cost: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    funding_hint: Mapped[str] = mapped_column(String(20), default="werkgever")
    source: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    effects: Mapped[list[OfferEffectRecord]] = relationship(
        back_populates="offer", cascade="all, delete-orphan"
    )


class OfferEffectRecord(Versioned, Base):
    __tablename__ = "offer_effect"
    __table_args__ = (
        UniqueConstraint("offer_id", "competency_id"),
        CheckConstraint("to_level > min_level", name="raises_level"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    offer_id: Mapped[int] = mapped_column(ForeignKey("training_offer.id", ondelete="CASCADE"))
    competency_id: Mapped[int] = mapped_column(ForeignKey("competency.id"), index=True)
    min_level: Mapped[int] = mapped_column(Integer, default=0)
    to_level: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text, default="")
    offer: Mapped[TrainingOfferRecord] = relationship(back_populates="effects")
    competency: Mapped[CompetencyRecord] = relationship()


class AuthorityRecord(Versioned, Base):
    """A responsibility or authority (bevoegdheid) and the level or training it requires."""

    __tablename__ = "authority"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    framework_id: Mapped[int] = mapped_column(ForeignKey("framework.id"))
    competency_id: Mapped[int | None] = mapped_column(ForeignKey("competency.id"))
    min_level: Mapped[int | None] = mapped_column(Integer)
    required_offer_id: Mapped[int | None] = mapped_column(ForeignKey("training_offer.id"))
    required_registration_id: Mapped[int | None] = mapped_column(ForeignKey("registration_kind.id"))
    source: Mapped[str] = mapped_column(Text, default="")
    framework: Mapped[FrameworkRecord] = relationship()
    competency: Mapped[CompetencyRecord | None] = relationship()
    required_offer: Mapped[TrainingOfferRecord | None] = relationship()
    required_registration: Mapped[RegistrationKindRecord | None] = relationship()


class RegistrationKindRecord(Versioned, Base):
    """A kind of registration or certificate that expires (SKJ, meldcode training) and its
    renewal term; reference data."""

    __tablename__ = "registration_kind"
    __table_args__ = (
        CheckConstraint("validity_months IS NULL OR validity_months > 0", name="term_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    validity_months: Mapped[int | None] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(Text, default="")


class RegistrationRecord(Versioned, Base):
    """A person's registration or certificate: personal data (docs/privacy.md)."""

    __tablename__ = "registration"
    __table_args__ = (
        UniqueConstraint("employee_id", "kind_id"),
        CheckConstraint(
            "issued_on IS NULL OR valid_until IS NULL OR valid_until >= issued_on",
            name="dates_in_order",
        ),
        {"info": PERSONAL},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), index=True
    )
    kind_id: Mapped[int] = mapped_column(ForeignKey("registration_kind.id"))
    number: Mapped[str] = mapped_column(String(100), default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    employee: Mapped[EmployeeRecord] = relationship()
    kind: Mapped[RegistrationKindRecord] = relationship()


class OrgUnitRecord(Versioned, Base):
    __tablename__ = "org_unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="team")  # "afdeling" | "team"
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"))
    profile_id: Mapped[int | None] = mapped_column(ForeignKey("profile.id"))
    parent: Mapped[OrgUnitRecord | None] = relationship(remote_side="OrgUnitRecord.id")
    profile: Mapped[ProfileRecord | None] = relationship()


class EmployeeRecord(Versioned, Base):
    __tablename__ = "employee"
    __table_args__ = {"info": PERSONAL}

    id: Mapped[int] = mapped_column(primary_key=True)
    personnel_number: Mapped[str] = mapped_column(String(50), unique=True)
    first_name: Mapped[str] = mapped_column(String(100), default="")
    infix: Mapped[str] = mapped_column(String(50), default="")
    last_name: Mapped[str] = mapped_column(String(150))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"), index=True)
    job_title: Mapped[str] = mapped_column(String(200), default="")
    fte: Mapped[float | None] = mapped_column(Float)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("employee.id"), index=True)
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    email: Mapped[str] = mapped_column(String(200), default="")
    target_profile_id: Mapped[int | None] = mapped_column(ForeignKey("profile.id"))
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Bewaarplicht (e.g. an ongoing procedure): retention and erasure leave this person alone."""
    legal_hold_reason: Mapped[str] = mapped_column(String(200), default="", server_default="")
    unit: Mapped[OrgUnitRecord | None] = relationship()
    manager: Mapped[EmployeeRecord | None] = relationship(remote_side="EmployeeRecord.id")
    target_profile: Mapped[ProfileRecord | None] = relationship()


class AssessmentRecord(Base):
    """One assessment event. History: never updated, a new judgement is a new row."""

    __tablename__ = "assessment"
    __table_args__ = (
        CheckConstraint("kind IN ('self', 'lead', 'agreed')", name="kind_known"),
        Index("ix_assessment_employee_kind_date", "employee_id", "kind", "assessed_on"),
        {"info": PERSONAL},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(10))
    assessor: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    interview_id: Mapped[int | None] = mapped_column(ForeignKey("interview.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    scores: Mapped[list[AssessmentScoreRecord]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )


class AssessmentScoreRecord(Base):
    __tablename__ = "assessment_score"
    __table_args__ = (
        UniqueConstraint("assessment_id", "competency_id"),
        CheckConstraint("level BETWEEN 1 AND 9", name="level_range"),
        {"info": PERSONAL},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    competency_id: Mapped[int] = mapped_column(ForeignKey("competency.id"), index=True)
    level: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text, default="")
    assessment: Mapped[AssessmentRecord] = relationship(back_populates="scores")


class InterviewQuestionRecord(Versioned, Base):
    __tablename__ = "interview_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    theme: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    audience: Mapped[str] = mapped_column(String(30), default="alle")
    #: Comma-separated conversation kinds that ask the question; empty: every kind.
    kinds: Mapped[str] = mapped_column(String(200), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class InterviewRecord(Versioned, Base):
    """A development conversation (ontwikkelgesprek) and what was agreed in it."""

    __tablename__ = "interview"
    __table_args__ = {"info": PERSONAL}

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(30))
    held_on: Mapped[dt.date] = mapped_column(Date)
    team_lead: Mapped[str] = mapped_column(String(200), default="")
    profile_id: Mapped[int | None] = mapped_column(ForeignKey("profile.id"))
    agreements: Mapped[str] = mapped_column(Text, default="")
    #: The team lead as a person (personnel number); ``team_lead`` keeps the name as printed.
    team_lead_number: Mapped[str | None] = mapped_column(String(50))
    #: Competency codes of the framework left unscored when closing (comma-separated).
    unscored: Mapped[str] = mapped_column(Text, default="")
    judgement: Mapped[str | None] = mapped_column(String(30))  # beoordelingsgesprek only
    employee_response: Mapped[str | None] = mapped_column(String(20))  # voor gezien / akkoord
    next_kind: Mapped[str | None] = mapped_column(String(30))  # the next conversation planned
    next_on: Mapped[dt.date | None] = mapped_column(Date)
    answers: Mapped[list[InterviewAnswerRecord]] = relationship(
        back_populates="interview", cascade="all, delete-orphan"
    )


class InterviewAnswerRecord(Versioned, Base):
    __tablename__ = "interview_answer"
    __table_args__ = (
        UniqueConstraint("interview_id", "question_id"),
        {"info": PERSONAL},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interview.id", ondelete="CASCADE"))
    question_id: Mapped[int] = mapped_column(ForeignKey("interview_question.id"))
    answer: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[int | None] = mapped_column(Integer)
    #: What the employee wrote beforehand (preparation form or typed in before the conversation).
    prepared: Mapped[str] = mapped_column(Text, default="", server_default="")
    interview: Mapped[InterviewRecord] = relationship(back_populates="answers")
    question: Mapped[InterviewQuestionRecord] = relationship()


class DevelopmentPlanRecord(Versioned, Base):
    """A version of someone's development plan (POP). A new agreement is a new row; the row it
    replaces stays readable through ``supersedes_id``."""

    __tablename__ = "development_plan"
    __table_args__ = {"info": PERSONAL}

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(
        ForeignKey("employee.id", ondelete="CASCADE"), index=True
    )
    profile_id: Mapped[int | None] = mapped_column(ForeignKey("profile.id"))
    created_on: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="concept")
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    interview_id: Mapped[int | None] = mapped_column(ForeignKey("interview.id"))
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("development_plan.id"))
    items: Mapped[list[PlanItemRecord]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanItemRecord.quarter"
    )


class PlanItemRecord(Versioned, Base):
    __tablename__ = "plan_item"
    __table_args__ = (
        CheckConstraint("hours >= 0", name="hours_not_negative"),
        CheckConstraint("cost >= 0", name="cost_not_negative"),
        {"info": PERSONAL},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("development_plan.id", ondelete="CASCADE"), index=True
    )
    offer_id: Mapped[int | None] = mapped_column(ForeignKey("training_offer.id"))
    title: Mapped[str] = mapped_column(String(300))
    quarter: Mapped[str] = mapped_column(String(7))  # "2027-K1"
    status: Mapped[str] = mapped_column(String(20), default="gepland")
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    cost: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    funding: Mapped[str] = mapped_column(String(20), default="werkgever")
    repayment_clause: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: SMART agreement: the result, who carries it, the date it is due.
    result: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    plan: Mapped[DevelopmentPlanRecord] = relationship(back_populates="items")
    offer: Mapped[TrainingOfferRecord | None] = relationship()


class BudgetRecord(Versioned, Base):
    """A unit's training budget for a year (``quarter`` NULL) or for one quarter of it; a unit
    has either one or the other for a given year (services.plan_edit refuses mixing)."""

    __tablename__ = "budget"
    __table_args__ = (
        UniqueConstraint("unit_id", "year", "quarter"),
        # NULLs are distinct in a unique constraint: this keeps one year budget per unit and year.
        Index(
            "uq_budget_unit_year_whole",
            "unit_id",
            "year",
            unique=True,
            sqlite_where=text("quarter IS NULL"),
            postgresql_where=text("quarter IS NULL"),
        ),
        CheckConstraint("quarter IS NULL OR quarter BETWEEN 1 AND 4", name="quarter_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int | None] = mapped_column(Integer, nullable=True)
    amount: Mapped[Decimal] = mapped_column(MONEY)
    unit: Mapped[OrgUnitRecord] = relationship()


class SettingRecord(Versioned, Base):
    """Editable settings (scoring thresholds, hours per quarter, privacy threshold)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class InterviewDraftRecord(Versioned, Base):
    """A conversation in progress, saved after every step so a closed window or a crash loses
    nothing. Deleted when the interview is closed and saved for real."""

    __tablename__ = "interview_draft"
    __table_args__ = {"info": PERSONAL}

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employee.id", ondelete="CASCADE"))
    step: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # The login that saved it (issue 11: drafts belong to their author); NULL for older drafts.
    author: Mapped[str | None] = mapped_column(String(63), index=True)

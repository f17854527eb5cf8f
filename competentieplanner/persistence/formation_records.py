"""Tables of strategic personnel planning: formation scenarios and their lines.

No personal data: a line names a profile, a unit and a number of FTE. (Kept apart from
``records.py`` so this aggregate can grow on its own.)
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from competentieplanner.persistence.base import Base, Versioned
from competentieplanner.persistence.records import OrgUnitRecord, ProfileRecord


class FormationScenarioRecord(Versioned, Base):
    """A named formation ("Koers 2028") with its one target year."""

    __tablename__ = "formation_scenario"
    __table_args__ = (CheckConstraint("year BETWEEN 2000 AND 2100", name="year_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    lines: Mapped[list[FormationLineRecord]] = relationship(
        back_populates="scenario", cascade="all, delete-orphan"
    )


class FormationLineRecord(Versioned, Base):
    """Wanted FTE of one profile in one unit (no unit: organisation-wide). At most one line per
    scenario, profile and unit; the service keeps that (NULL units escape a unique key)."""

    __tablename__ = "formation_line"
    __table_args__ = (CheckConstraint("fte >= 0", name="fte_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scenario_id: Mapped[int] = mapped_column(
        ForeignKey("formation_scenario.id", ondelete="CASCADE"), index=True
    )
    profile_id: Mapped[int] = mapped_column(ForeignKey("profile.id", ondelete="CASCADE"))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id", ondelete="CASCADE"))
    fte: Mapped[float] = mapped_column(Float)
    scenario: Mapped[FormationScenarioRecord] = relationship(back_populates="lines")
    profile: Mapped[ProfileRecord] = relationship()
    unit: Mapped[OrgUnitRecord | None] = relationship()

"""Tables of the department database: who may sign in, which units they lead, and the audit log.

Users and their unit links name the employee and the units by personnel number and unit name,
not by id: an administrator sets up the logins before the staff and the organisation are
imported (``server init``, ``users add``, then the import), and an import that replaces units
keeps the links. The audit log is written only by database triggers (see ``audit_sql``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, CheckConstraint, DateTime, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from competentieplanner.persistence.base import Base, Versioned
from competentieplanner.persistence.records import PERSONAL

ROLES = ("beheerder", "hr", "teamleider", "management")


class AppUserRecord(Versioned, Base):
    """A database login with its application role and, optionally, the employee it is."""

    __tablename__ = "app_user"
    __table_args__ = (
        CheckConstraint(
            "role IN ('beheerder', 'hr', 'teamleider', 'management')", name="role_known"
        ),
        {"info": PERSONAL},
    )

    login: Mapped[str] = mapped_column(String(63), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))
    employee_number: Mapped[str | None] = mapped_column(String(50))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class UserUnitRecord(Base):
    """A unit a team lead leads; the units below it come with it."""

    __tablename__ = "user_unit"
    __table_args__ = {"info": PERSONAL}

    login: Mapped[str] = mapped_column(
        ForeignKey("app_user.login", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True
    )
    unit_name: Mapped[str] = mapped_column(String(200), primary_key=True)


class AuditEntryRecord(Base):
    """One change or export of data: who, when (server time), what. Never updated."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_personnel_number", "personnel_number"),
        {"info": PERSONAL},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    login: Mapped[str] = mapped_column(String(63))
    action: Mapped[str] = mapped_column(String(20))  # insert | update | delete | export | read
    table_name: Mapped[str] = mapped_column(String(63))
    record: Mapped[str | None] = mapped_column(String(100))
    personnel_number: Mapped[str | None] = mapped_column(String(50))
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

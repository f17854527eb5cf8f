"""What is in the open database, in a few counts (status bar, first start)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from competentieplanner.persistence import records as r
from competentieplanner.persistence.database import sqlite_path


def display_name(session: Session) -> str:
    """The database as the user knows it: the file path, else the URL without its password."""
    url = session.get_bind().engine.url
    path = sqlite_path(url)
    return str(path) if path else url.render_as_string(hide_password=True)


def counts(session: Session) -> tuple[int, int, int, dt.date | None]:
    """(employees, units, assessments, date of the latest assessment)."""
    employees = session.scalar(select(func.count()).select_from(r.EmployeeRecord)) or 0
    units = session.scalar(select(func.count()).select_from(r.OrgUnitRecord)) or 0
    assessments = session.scalar(select(func.count()).select_from(r.AssessmentRecord)) or 0
    latest = session.scalar(select(func.max(r.AssessmentRecord.assessed_on)))
    return employees, units, assessments, latest

"""The Dutch labels of conversation kinds and plan item states, and QDate conversions, shared by
the steps of the conversation (translated in the "PrepareStep" context, where they began)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDate

from competentieplanner.domain.model import InterviewKind, PlanItemStatus
from competentieplanner.ui.translate_noop import QT_TRANSLATE_NOOP

KIND_LABELS: dict[InterviewKind, str] = {
    InterviewKind.PLANNING: QT_TRANSLATE_NOOP("PrepareStep", "Planningsgesprek"),
    InterviewKind.PROGRESS: QT_TRANSLATE_NOOP("PrepareStep", "Voortgangsgesprek"),
    InterviewKind.REVIEW: QT_TRANSLATE_NOOP("PrepareStep", "Beoordelingsgesprek"),
    InterviewKind.DEVELOPMENT: QT_TRANSLATE_NOOP("PrepareStep", "Ontwikkelgesprek"),
}
STATUS_LABELS: dict[PlanItemStatus, str] = {
    PlanItemStatus.PLANNED: QT_TRANSLATE_NOOP("PrepareStep", "gepland"),
    PlanItemStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("PrepareStep", "bezig"),
    PlanItemStatus.DONE: QT_TRANSLATE_NOOP("PrepareStep", "afgerond"),
    PlanItemStatus.CANCELLED: QT_TRANSLATE_NOOP("PrepareStep", "vervallen"),
}


def kind_label(kind: InterviewKind) -> str:
    return QCoreApplication.translate("PrepareStep", KIND_LABELS[kind])


def status_label(status: PlanItemStatus) -> str:
    return QCoreApplication.translate("PrepareStep", STATUS_LABELS[status])


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def file_name_part(name: str, fallback: str) -> str:
    """``name`` without the characters a file name cannot hold, for a suggested file name."""
    return re.sub(r"[^\w\- ]+", "", name).strip() or fallback

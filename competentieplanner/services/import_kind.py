"""Which import a dropped file is meant for: staff, assessments or the training catalogue.

The rule is deliberately simple and visible in the import dialog, where the user can still
choose another kind: a workbook whose first sheet is "Beoordeling" holds assessments (the
template the application exports), one with a sheet "Opleidingen" is a catalogue, anything else
(including every .csv) is a staff list.
"""

from __future__ import annotations

from pathlib import Path

STAFF, ASSESSMENTS, CATALOGUE = "staff", "assessments", "catalogue"
IMPORTABLE_SUFFIXES = (".xlsx", ".xlsm", ".csv")
ASSESSMENT_SHEET = "Beoordeling"
CATALOGUE_SHEET = "Opleidingen"


def is_importable(path: Path) -> bool:
    return path.suffix.lower() in IMPORTABLE_SUFFIXES


def detect_import_kind(path: Path) -> str:
    """``"staff"``, ``"assessments"`` or ``"catalogue"`` for a file that :func:`is_importable`.

    An unreadable workbook counts as staff: the import dialog then reports what is wrong with it.
    """
    if path.suffix.lower() == ".csv":
        return STAFF
    names = sheet_names(path)
    if names and names[0].strip().lower() == ASSESSMENT_SHEET.lower():
        return ASSESSMENTS
    if any(name.strip().lower() == CATALOGUE_SHEET.lower() for name in names):
        return CATALOGUE
    return STAFF


def sheet_names(path: Path) -> list[str]:
    """The sheet names of a workbook in order, or [] when it cannot be read or is refused.

    Goes through the same hostile-file checks as every import (zip bombs, entity bombs), because
    a dropped file is as untrusted as a chosen one.
    """
    from competentieplanner.domain.errors import UserError
    from competentieplanner.import_export.tables import sheet_names as guarded_sheet_names

    try:
        return guarded_sheet_names(path)
    except (UserError, OSError):
        return []

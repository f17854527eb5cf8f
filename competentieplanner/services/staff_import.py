"""Use case: import a staff list (xlsx/csv) from the HR system.

Validate everything first; then write every change in the caller's unit of work with bulk
statements (persistence/staff_import_store.py).
People are matched by personnel number and updated in place, so their assessments and plans stay
attached. An unchanged person is not written at all (their version number stays the same).
People missing from the file are reported, never deleted. Columns the file does not have leave
the corresponding attributes as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from competentieplanner.domain.errors import Problem, ValidationError
from competentieplanner.domain.registrations import end_of_validity
from competentieplanner.domain.settings import DEFAULTS, Settings
from competentieplanner.import_export.staff_reader import (
    FIELDS_BY_KEY,
    StaffRow,
    StaffSheet,
    read_staff,
)
from competentieplanner.import_export.tables import open_table
from competentieplanner.persistence import registrations as registration_queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence import staff_import_store as store
from competentieplanner.persistence.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class StaffImportPreview:
    """What the import would read, shown before anything is written."""

    file: str
    sheet: str
    header_row: int | None
    columns: dict[str, tuple[str, str]]  # field key -> (column letter, header as written)
    ignored: list[str]  # headers of columns that are not read (values never shown)
    row_count: int
    problems: list[Problem]

    @property
    def labels(self) -> dict[str, str]:
        """Field key -> the Dutch field name, for showing the mapping."""
        return {key: FIELDS_BY_KEY[key].label for key in self.columns}


@dataclass(frozen=True)
class MissingEmployee:
    personnel_number: str
    name: str


@dataclass
class StaffImportResult:
    file: str
    sheet: str
    dry_run: bool
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    missing: list[MissingEmployee] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    units_created: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    registrations: int = 0  # registrations and certificates written (new or changed)

    def summary(self) -> str:
        verb = "zouden worden" if self.dry_run else "zijn"
        lines = [
            f"{self.file} ({self.sheet}): {self.new} nieuw, {self.updated} bijgewerkt, "
            f"{self.unchanged} ongewijzigd, {len(self.missing)} niet in het bestand."
            + (" Proefdraai: er is niets opgeslagen." if self.dry_run else "")
        ]
        if self.registrations:
            lines.append(f"Registraties en certificaten {verb} vastgelegd: {self.registrations}")
        if self.units_created:
            lines.append(
                f"Nieuwe afdelingen/teams ({len(self.units_created)}) {verb} aangemaakt: "
                + ", ".join(self.units_created)
            )
        if self.ignored:
            lines.append(
                "Genegeerde kolommen (niet ingelezen en niet opgeslagen): "
                + ", ".join(self.ignored)
            )
        if self.missing:
            shown = ", ".join(f"{m.personnel_number} {m.name}" for m in self.missing[:20])
            more = f" en {len(self.missing) - 20} anderen" if len(self.missing) > 20 else ""
            lines.append("Niet in het bestand (blijven staan, niet verwijderd): " + shown + more)
        return "\n".join(lines)


def preview_staff_import(
    path: Path, sheet: str | None = None, *, uow: UnitOfWork | None = None
) -> StaffImportPreview:
    """Read and validate ``path`` without writing; with ``uow`` manager references are checked
    against the people already in the database too."""
    known: set[str] | None = None
    hours = float(DEFAULTS["import.fte_full_time_hours"])
    if uow is not None:
        known = store.personnel_numbers(uow.session)
        hours = _full_time_hours(uow)
    parsed = _read(path, sheet, known, hours)
    return StaffImportPreview(
        file=parsed.file,
        sheet=parsed.sheet,
        header_row=parsed.header.row if parsed.header else None,
        columns={key: (col.letter, col.header) for key, col in parsed.columns.items()},
        ignored=[col.header for col in parsed.ignored],
        row_count=parsed.data_rows,
        problems=list(parsed.problems),
    )


def import_staff(
    uow: UnitOfWork, path: Path, sheet: str | None = None, dry_run: bool = False
) -> StaffImportResult:
    """Import a staff list in the caller's unit of work; all or nothing.

    A dry run executes every statement in a savepoint that is rolled back.

    Raises:
        ValidationError: the file has problems (each names file, row, column and value);
            nothing was written.
        UserError: the file cannot be read (hostile, broken, missing).
    """
    known = store.personnel_numbers(uow.session)
    parsed = _read(path, sheet, known, _full_time_hours(uow))
    if parsed.problems:
        raise ValidationError(
            parsed.problems,
            f"{parsed.file}: {len(parsed.problems)} fout(en) gevonden; er is niets opgeslagen.",
        )
    if not parsed.rows:
        raise ValidationError(
            [Problem("bevat geen medewerkers onder de kopregel", file=parsed.file)],
            f"{parsed.file}: geen medewerkers gevonden; er is niets opgeslagen.",
        )
    result = StaffImportResult(
        parsed.file, parsed.sheet, dry_run, ignored=[c.header for c in parsed.ignored]
    )
    if dry_run:
        with store.rolled_back(uow.session):
            _Writer(uow, parsed, result).run()
    else:
        _Writer(uow, parsed, result).run()
    return result


def _read(path: Path, sheet: str | None, known: set[str] | None, hours: float) -> StaffSheet:
    with open_table(path, sheet) as table:
        return read_staff(table, known_numbers=known, full_time_hours=hours)


def _full_time_hours(uow: UnitOfWork) -> float:
    return Settings.from_flat(repo.load_settings(uow.session)).fte_full_time_hours


class _Writer:
    """Plans the changes of one import and writes them in the caller's unit of work."""

    def __init__(self, uow: UnitOfWork, parsed: StaffSheet, result: StaffImportResult) -> None:
        self.session = uow.session
        self.parsed = parsed
        self.result = result
        self.present = parsed.present

    def run(self) -> None:
        existing = store.existing_employees(self.session)
        units = self._units() if "unit" in self.present else {}
        new_rows: list[dict[str, Any]] = []
        changed: list[dict[str, Any]] = []
        for row in self.parsed.rows:
            values = self._values(row, units)
            current = existing.get(row.personnel_number)
            if current is None:
                new_rows.append({"personnel_number": row.personnel_number, **_defaults(values)})
                continue
            if any(getattr(current, key) != value for key, value in values.items()):
                changed.append({"b_id": current.id, "b_version": current.version, **values})
        ids = {number: row.id for number, row in existing.items()}
        late_managers = self._insert_new(new_rows, ids)
        self._managers(existing, ids, changed)
        store.update_employees(self.session, changed)
        self._set_managers(late_managers, ids)
        if self.parsed.has_registrations:
            self._registrations(ids)
        self.result.new = len(new_rows)
        self.result.updated = len(changed)
        self.result.unchanged = len(self.parsed.rows) - self.result.new - self.result.updated
        in_file = {row.personnel_number for row in self.parsed.rows}
        self.result.missing = sorted(
            (
                MissingEmployee(number, _display_name(row))
                for number, row in existing.items()
                if number not in in_file and row.end_date is None
            ),
            key=lambda m: (m.name.casefold(), m.personnel_number),
        )

    def _values(self, row: StaffRow, units: Mapping[str, int]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key in store.PLAIN_COLUMNS:
            if key in self.present:
                value = getattr(row, key)
                if value is None and key in ("first_name", "infix", "email"):
                    value = ""
                values[key] = value
        if "unit" in self.present:
            name = row.team or row.department
            values["unit_id"] = units[name] if name else None
        return values

    def _registrations(self, ids: Mapping[str, int]) -> None:
        """Write the registrations the file names; a missing end date follows from the kind's
        renewal term and the date of (re)registration or training."""
        kinds = {k.code: k for k in registration_queries.load_kinds(self.session)}
        wanted = [
            replace(
                reg, valid_until=reg.valid_until or end_of_validity(kinds[reg.kind], reg.issued_on)
            )
            for row in self.parsed.rows
            for reg in row.registrations
            if reg.kind in kinds
        ]
        self.result.registrations = registration_queries.store_registrations(
            self.session, dict(ids), wanted
        )

    def _units(self) -> dict[str, int]:
        """Unit name -> id; units the file names that do not exist yet are created."""
        known = store.unit_ids(self.session)
        departments: list[str] = []
        teams: dict[str, str | None] = {}
        for row in self.parsed.rows:
            if row.department and row.department not in known and row.department not in departments:
                departments.append(row.department)
            if row.team and row.team not in known and row.team not in teams:
                teams[row.team] = row.department or None
        # a name used both as afdeling and team becomes the afdeling
        for name in departments:
            teams.pop(name, None)
        if departments:
            store.insert_units(
                self.session,
                [{"name": n, "kind": "afdeling", "parent_id": None} for n in departments],
            )
            known.update(store.unit_ids(self.session, departments))
        if teams:
            store.insert_units(
                self.session,
                [
                    {"name": n, "kind": "team", "parent_id": known.get(parent) if parent else None}
                    for n, parent in teams.items()
                ],
            )
            known.update(store.unit_ids(self.session, list(teams)))
        self.result.units_created = departments + list(teams)
        return known

    def _managers(
        self, existing: Mapping[str, Any], ids: Mapping[str, int], changed: list[dict[str, Any]]
    ) -> None:
        """Fold manager changes of existing people into ``changed``."""
        if "manager" not in self.present:
            return
        by_id = {c["b_id"]: c for c in changed}
        for row in self.parsed.rows:
            current = existing.get(row.personnel_number)
            if current is None:
                continue
            target = ids[row.manager] if row.manager else None
            if current.manager_id != target:
                entry = by_id.get(current.id)
                if entry is None:
                    entry = {"b_id": current.id, "b_version": current.version}
                    changed.append(entry)
                    by_id[current.id] = entry
                entry["manager_id"] = target

    def _insert_new(self, new_rows: list[dict[str, Any]], ids: dict[str, int]) -> list[str]:
        """Insert new people, managers before the people they manage, so each row gets its
        manager's id straight away (one multi-row INSERT per level of the hierarchy). Returns
        the personnel numbers whose manager is set afterwards (a cycle)."""
        managers = {row.personnel_number: row.manager for row in self.parsed.rows}
        pending = new_rows
        while pending:
            ready = [r for r in pending if _manager_known(managers[r["personnel_number"]], ids)]
            if not ready:  # managers that manage each other: insert, link afterwards
                store.insert_employees(self.session, pending, ids)
                return [r["personnel_number"] for r in pending]
            for row in ready:
                manager = managers[row["personnel_number"]]
                row["manager_id"] = ids[manager] if manager else None
            store.insert_employees(self.session, ready, ids)
            pending = [r for r in pending if r["personnel_number"] not in ids]
        return []

    def _set_managers(self, numbers: list[str], ids: Mapping[str, int]) -> None:
        managers = {row.personnel_number: row.manager for row in self.parsed.rows}
        store.set_managers(
            self.session,
            {ids[number]: ids[manager] for number in numbers if (manager := managers[number])},
        )


def _manager_known(manager: str | None, ids: Mapping[str, int]) -> bool:
    return not manager or manager in ids


def _defaults(values: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {
        "first_name": "",
        "infix": "",
        "email": "",
        "job_title": "",
        "fte": None,
        "start_date": None,
        "unit_id": None,
        "manager_id": None,
        "end_date": None,
        "target_profile_id": None,
        "version": 1,
    }
    row.update(values)
    return row


def _display_name(row: Any) -> str:
    return " ".join(part for part in (row.first_name, row.infix, row.last_name) if part)

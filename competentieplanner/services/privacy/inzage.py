"""Inzage (AVG art. 15): everything the tool holds about one person, complete and readable.

:func:`collect_inzage` gathers every row of every personal-data table about the person (all
columns: the JSON export is complete by construction). :func:`readable_sections` turns the same
rows into Dutch sections for the PDF and the workbook: labels instead of column names, names
instead of ids, Dutch dates; only technical keys (row ids, versions) are left out there.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from competentieplanner import paths
from competentieplanner.atomic_write import write_atomically
from competentieplanner.domain.errors import NotFoundError, UserError
from competentieplanner.domain.inzage import NOT_STORED, InzageDocument, Section
from competentieplanner.import_export.inzage_workbook import write_inzage_workbook
from competentieplanner.persistence import audit_log, repositories
from competentieplanner.persistence import privacy_queries as pq
from competentieplanner.persistence.unit_of_work import UnitOfWork
from competentieplanner.reports.inzage import render_inzage
from competentieplanner.services.pdf_report_data import organisation_name

#: The file types ``export_inzage`` writes, by suffix.
FORMATS = (".pdf", ".xlsx", ".json")

#: Dutch section titles, in the order the documents show them.
SECTION_TITLES: dict[str, str] = {
    "employee": "Personeelsgegevens",
    "registration": "Registraties en certificaten",
    "assessment": "Beoordelingen",
    "assessment_score": "Scores per competentie (met onderbouwing)",
    "interview": "Ontwikkelgesprekken",
    "interview_answer": "Antwoorden in gesprekken",
    "development_plan": "Ontwikkelplannen (alle versies)",
    "plan_item": "Onderdelen van ontwikkelplannen",
    "interview_draft": "Concepten van gesprekken",
    "app_user": "Uw aanmelding bij Competentieplanner",
    "user_unit": "Eenheden die u als teamleider leidt",
    "audit_log": "Auditlog: wijzigingen en inzages die u betreffen",
}

#: Columns that are internal keys: in the JSON, not in the readable documents.
TECHNICAL = {"id", "version", "employee_id", "assessment_id", "interview_id", "plan_id"}

#: Dutch labels per column; a column that refers to another table is shown by name.
LABELS: dict[str, str] = {
    "personnel_number": "Personeelsnummer",
    "first_name": "Voornaam",
    "infix": "Tussenvoegsel",
    "last_name": "Achternaam",
    "unit_id": "Eenheid",
    "job_title": "Functie",
    "fte": "Fte",
    "manager_id": "Leidinggevende",
    "start_date": "In dienst",
    "end_date": "Uit dienst",
    "email": "E-mail",
    "target_profile_id": "Toekomstprofiel",
    "legal_hold": "Bewaarplicht",
    "legal_hold_reason": "Reden bewaarplicht",
    "assessed_on": "Datum",
    "kind": "Soort",
    "assessor": "Beoordelaar",
    "notes": "Toelichting",
    "created_at": "Vastgelegd op",
    "competency_id": "Competentie",
    "level": "Niveau",
    "evidence": "Onderbouwing",
    "held_on": "Datum",
    "team_lead": "Leidinggevende",
    "profile_id": "Profiel",
    "agreements": "Afspraken",
    "question_id": "Vraag",
    "answer": "Antwoord",
    "rating": "Waardering",
    "prepared": "Voorbereiding medewerker",
    "created_on": "Gemaakt op",
    "status": "Status",
    "signed_on": "Ondertekend op",
    "supersedes_id": "Vervangt versie",
    "offer_id": "Opleiding uit catalogus",
    "title": "Omschrijving",
    "quarter": "Kwartaal",
    "hours": "Uren",
    "cost": "Kosten",
    "funding": "Financiering",
    "repayment_clause": "Terugbetalingsregeling",
    "step": "Stap",
    "data": "Inhoud",
    "updated_at": "Laatst gewijzigd",
    "at": "Tijdstip",
    "action": "Handeling",
    "login": "Aanmelding",
    "role": "Rol",
    "employee_number": "Personeelsnummer",
    "active": "Actief",
    "unit_name": "Eenheid",
    "table_name": "Soort gegevens",
    "record": "Record",
    "changes": "Wijzigingen (veld, oud, nieuw)",
}

_REFERENCES = {
    "unit_id": "org_unit",
    "target_profile_id": "profile",
    "profile_id": "profile",
    "competency_id": "competency",
    "question_id": "interview_question",
    "offer_id": "training_offer",
}
_KINDS = {"self": "zelfbeoordeling", "lead": "leidinggevende", "agreed": "vastgesteld"}


@dataclass(frozen=True, slots=True)
class InzageExport:
    personnel_number: str
    name: str
    generated_on: dt.date
    tables: dict[str, list[dict[str, Any]]]
    """Every row about the person, every column, by table name (personal tables only)."""
    labels: dict[str, dict[int, str]]
    manager: str


def collect_inzage(uow: UnitOfWork, personnel_number: str, *, record: bool = True) -> InzageExport:
    """Everything held about ``personnel_number``; the export itself is logged (``record``).

    Raises:
        NotFoundError: no such person.
    """
    employee = pq.find_employee(uow.session, personnel_number)
    if employee is None:
        raise NotFoundError(f"Er is geen medewerker met personeelsnummer '{personnel_number}'.")
    if record:  # logged first, so the export shows its own entry too
        audit_log.record_event(
            uow.session, "inzage", "employee", str(employee.id), [personnel_number]
        )
    return InzageExport(
        personnel_number=personnel_number,
        name=pq.full_name(employee),
        generated_on=dt.date.today(),
        tables=pq.person_rows(uow.session, employee),
        labels=pq.reference_labels(uow.session),
        manager=pq.employee_name(uow.session, employee.manager_id),
    )


def _value(export: InzageExport, column: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if column == "manager_id":
        return export.manager
    if column in _REFERENCES:
        return export.labels[_REFERENCES[column]].get(value, str(value))
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if column == "kind" and value in _KINDS:
        return _KINDS[value]
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_flat(v)}" for k, v in value.items())
    if isinstance(value, list):  # the audit log's changed fields
        return "; ".join(_flat(v) for v in value)
    if column == "cost":
        return "€ " + f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    text = str(value)
    if len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit():
        day = f"{text[8:10]}-{text[5:7]}-{text[:4]}"  # ISO date (and time) as Dutch
        return day + (f" {text[11:16]}" if len(text) > 10 else "")
    return text


def _flat(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}={_flat(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(_flat(v) for v in value)
    return str(value)


def readable_sections(export: InzageExport) -> list[Section]:
    """The rows as Dutch sections; empty tables are kept, saying there is nothing."""
    sections = []
    for table, title in SECTION_TITLES.items():
        records = [
            [
                (LABELS.get(column, column), _value(export, column, value))
                for column, value in row.items()
                if column not in TECHNICAL
            ]
            for row in export.tables.get(table, [])
        ]
        sections.append(Section(title, records))
    return sections


def inzage_document(export: InzageExport, organisation: str) -> InzageDocument:
    return InzageDocument(
        personnel_number=export.personnel_number,
        name=export.name,
        generated_on=export.generated_on,
        organisation=organisation,
        sections=readable_sections(export),
    )


def json_document(export: InzageExport) -> dict[str, Any]:
    """The complete export: every column of every row, by table (``privacy inzage`` JSON)."""
    return {
        "employee": export.personnel_number,
        "name": export.name,
        "generated_on": export.generated_on.isoformat(),
        "not_stored": NOT_STORED,
        "tables": export.tables,
    }


def export_inzage(uow: UnitOfWork, personnel_number: str, out: Path) -> Path:
    """Write the inzage for one person to ``out``: PDF, workbook or JSON by its suffix.

    Raises:
        UserError: an unknown suffix, an unknown person or a target that cannot be written.
    """
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(f"'{out.name}': kies een bestand dat eindigt op .pdf, .xlsx of .json.")
    export = collect_inzage(uow, personnel_number)
    if suffix == ".json":
        return _write_json(out, json_document(export))
    doc = inzage_document(
        export, organisation_name(uow, repositories.load_settings(uow.session))
    )
    if suffix == ".xlsx":
        return write_inzage_workbook(out, doc)
    return write_atomically(out, lambda stream: render_inzage(stream, doc))


def _write_json(out: Path, document: dict[str, Any]) -> Path:
    out = Path(out).expanduser().absolute()
    if not out.parent.is_dir():
        raise UserError(f"De map '{out.parent}' bestaat niet; kies een bestaande map.")
    handle, temp = paths.private_temp_file(out, ".json.tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(document, stream, ensure_ascii=False, indent=2)
        paths.move_into_place(temp, out)
    finally:
        temp.unlink(missing_ok=True)
    return out

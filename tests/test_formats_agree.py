"""Screen, PDF and workbook show the same strings for the same values (issue 10: one formats
module): € 1.450,50, 2,5 uur and 0,89 FTE, for one person's plan item and job size."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from competentieplanner import formats
from competentieplanner.persistence import records as r
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import pdf_export
from competentieplanner.services.hrm_workbook import export_hrm_workbook
from competentieplanner.ui import formatting
from competentieplanner.ui.models.employee_detail import PlanItemsModel
from tests import pdf_reading
from tests.import_export import office
from tests.unit_of_work_support import call

MONEY, HOURS, FTE = "€ 1.450,50", "2,5 uur", "0,89 FTE"
TITLE = "Afgestemde activiteit"


@pytest.fixture
def person(demo_db: Database) -> str:
    """Someone with a current plan; their first item becomes 2.5 hours for € 1,450.50 and their
    job 0.89 FTE."""
    with demo_db.session() as session:
        plan = session.scalars(
            select(r.DevelopmentPlanRecord).order_by(r.DevelopmentPlanRecord.id.desc())
        ).first()
        assert plan is not None
        employee = session.get(r.EmployeeRecord, plan.employee_id)
        assert employee is not None
        employee.fte = 0.89
        item = min(plan.items, key=lambda i: (i.quarter, i.title))
        item.hours, item.cost, item.title = 2.5, Decimal("1450.50"), TITLE
        return employee.personnel_number


def test_the_formats_module_itself() -> None:
    assert formats.money(Decimal("1450.50")) == MONEY
    assert formats.hours(2.5) == HOURS
    assert formats.fte(0.89) == FTE
    assert formats.money(Decimal("0.005"), cents=True) == "€ 0,01"  # half up, not to even
    assert formats.number(2.25, 1) == "2,3" and formats.number(2.35, 1) == "2,4"
    assert formats.money(Decimal("1450.50"), locale="en") == "€1,450.50"
    assert formats.hours(2.5, locale="en") == "2.5 hours"


def test_screen_pdf_and_workbook_agree(
    qapp: object, demo_db: Database, person: str, tmp_path: Path
) -> None:
    # screen: the plan table of the employee screen (display role) and the screen formatter
    with demo_db.read_session() as session:
        plan = repo.load_plans(session, person)[-1]
        fte = repo.get_employee(session, person).fte
    model = PlanItemsModel()
    model.set_items(plan.items)
    row = next(
        row for row in range(model.rowCount()) if model.index(row, 1).data() == TITLE
    )
    screen = {model.index(row, 2).data(), model.index(row, 3).data(), formatting.fte(fte)}
    assert screen == {MONEY, HOURS, FTE}

    # PDF: the Ontwikkelplan, text parsed back
    pdf = call(demo_db, pdf_export.export_development_plan, tmp_path / "plan.pdf", person)
    text = pdf_reading.text(pdf)
    for expected in (MONEY, HOURS, FTE):
        assert expected in text, expected

    # workbook: the HRM workbook as LibreOffice shows its cells
    workbook = tmp_path / "hrm.xlsx"
    with demo_db.unit_of_work() as uow:
        export_hrm_workbook(uow, workbook)
    sheets = office.convert_all_sheets_to_csv(workbook, tmp_path / "csv", as_shown=True)
    staff = {row[0]: row for row in csv.reader(io.StringIO(sheets["Medewerkers"])) if row}
    assert staff[person][6] == FTE
    [item] = [
        row
        for row in csv.reader(io.StringIO(sheets["Opleidingsplan"]))
        if row and row[0] == person and row[4] == TITLE
    ]
    assert (item[6], item[7]) == (HOURS, MONEY)



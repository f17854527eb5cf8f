"""The PDF exports against a real demo database: what the database holds is what the PDF says,
names print right, hostile text stays text, batch documents have bookmarks and can be cancelled,
and a target that cannot be replaced gives a clear message."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from competentieplanner.domain.errors import NotFoundError, UserError
from competentieplanner.persistence import records as r
from competentieplanner.persistence import registrations as registration_queries
from competentieplanner.persistence import repositories as repo
from competentieplanner.persistence.database import Database
from competentieplanner.services import pdf_export
from tests import engine_support, pdf_reading
from tests.unit_of_work_support import call

POLICY_TEAM = "Beleid Sociaal Domein"
DAY = dt.date(2026, 11, 27)
#: Levels of the added person: BA03 stays unknown, BA01 and BA18 are below target.
LEVELS = {"BA01": 2, "BA02": 4, "BA04": 4, "BA05": 3, "BA18": 3}


def add_person(
    db: Database,
    number: str,
    first: str,
    last: str,
    *,
    infix: str = "",
    text: str = "Leergang politiek-bestuurlijke sensitiviteit",
) -> None:
    """A policy advisor with lead-assessed levels, a plan, and an interview; ``text`` goes into
    the job title, a plan item, an interview answer and the agreements."""
    with db.session() as session:
        unit = session.scalar(select(r.OrgUnitRecord).where(r.OrgUnitRecord.name == POLICY_TEAM))
        assert unit is not None
        lead = session.scalar(
            select(r.EmployeeRecord)
            .where(r.EmployeeRecord.unit_id == unit.id)
            .where(r.EmployeeRecord.job_title == "Teamleider beleid")
        )
        profile = session.scalar(
            select(r.ProfileRecord).where(r.ProfileRecord.code == "strategisch")
        )
        comps = dict(session.execute(select(r.CompetencyRecord.code, r.CompetencyRecord.id)).all())
        person = r.EmployeeRecord(
            personnel_number=number,
            first_name=first,
            infix=infix,
            last_name=last,
            unit_id=unit.id,
            job_title=f"Beleidsadviseur {text}",
            manager_id=lead.id if lead else None,
            target_profile_id=profile.id if profile else None,
        )
        session.add(person)
        session.flush()
        assessment = r.AssessmentRecord(
            employee_id=person.id,
            assessed_on=dt.date(2026, 10, 14),
            kind="lead",
            assessor="teamleider",
            notes="",
            created_at=dt.datetime(2026, 10, 14, 10),
        )
        assessment.scores = [
            r.AssessmentScoreRecord(competency_id=comps[code], level=level)
            for code, level in LEVELS.items()
        ]
        session.add(assessment)
        plan = r.DevelopmentPlanRecord(
            employee_id=person.id,
            profile_id=profile.id if profile else None,
            created_on=dt.date(2026, 10, 20),
            status="vastgesteld",
        )
        plan.items = [
            r.PlanItemRecord(
                title=text,
                quarter="2027-K1",
                status="gepland",
                hours=24.0,
                cost=Decimal("1450"),
                funding="werkgever",
                repayment_clause=False,
            ),
            r.PlanItemRecord(
                title="Intervisie met collega-adviseurs",
                quarter="2027-K2",
                status="gepland",
                hours=8.0,
                cost=Decimal("0"),
                funding="ikb",
            ),
        ]
        session.add(plan)
        question = session.scalar(
            select(r.InterviewQuestionRecord).order_by(r.InterviewQuestionRecord.sort_order)
        )
        assert question is not None
        interview = r.InterviewRecord(
            employee_id=person.id,
            kind="ontwikkelgesprek",
            held_on=dt.date(2026, 10, 14),
            team_lead="Şahin Łukasz",
            agreements=f"Start in K1.\nAfspraak: {text}",
        )
        interview.answers = [
            r.InterviewAnswerRecord(question_id=question.id, answer=f"Antwoord: {text}", rating=4)
        ]
        session.add(interview)


@pytest.fixture
def policy_db(demo_db: Database) -> Database:
    add_person(demo_db, "900001", "IJsbrand", "Ĳzerman")
    add_person(demo_db, "900002", "Şahin", "Yılmaz")
    add_person(demo_db, "900003", "Łukasz", "Wiśniewski")
    return demo_db


def test_development_plan_shows_what_the_database_holds(
    policy_db: Database, tmp_path: Path
) -> None:
    out = call(
        policy_db,
        pdf_export.export_development_plan,
        tmp_path / "plan.pdf",
        "900001",
        reference_date=DAY,
    )
    text = pdf_reading.text(out)
    with policy_db.read_session() as session:
        employee = repo.get_employee(session, "900001")
        manager = repo.get_employee(session, employee.manager or "")
        profiles = {p.code: p for p in repo.load_profiles(session)}
        competencies = repo.load_competencies(session)
    for expected in (
        "IJsbrand Ĳzerman",
        "900001",
        POLICY_TEAM,
        manager.name,
        "€ 1.450,00",
        "Leergang politiek-bestuurlijke sensitiviteit",
        "Intervisie met collega-adviseurs",
        "Start in K1.",
        "Antwoord: Leergang",
        "Peildatum 27 november 2026",
    ):
        assert expected in text, expected
    # every relevant profile (the three futures of the framework) with its name
    for code in ("strategisch", "aanbieders", "faciliterend"):
        assert profiles[code].name in text
    # the gaps the engine finds are in the document, with the indicator of the next level
    match = engine_support.match(policy_db, employee="900001", profile="strategisch")[0].match
    assert match.gaps
    for gap in match.gaps:
        assert competencies[gap.competency].name in text
    ba01 = competencies["BA01"]
    assert ba01.indicator(3)[:40] in text  # BA01 is at 2: the indicator of level 3
    assert "onbekend" in text  # BA03 was never assessed
    pages = len(pdf_reading.reader(out).pages)
    assert f"pagina 1 van {pages}" in pdf_reading.layout_text(out)
    pdf_reading.assert_only_embedded_dejavu(out)
    meta = pdf_reading.reader(out).metadata
    assert meta is not None and meta.title == "Ontwikkelplan"
    assert meta.subject and "900001" not in meta.subject and "Ĳzerman" not in str(dict(meta))


def test_profile_option_puts_that_profile_first(policy_db: Database, tmp_path: Path) -> None:
    out = call(
        policy_db, pdf_export.export_development_plan, tmp_path / "p.pdf", "900001", "faciliterend"
    )
    text = pdf_reading.text(out)
    assert "IJsbrand Ĳzerman · gericht op Faciliterend adviseur sociale teams" in text
    fits = text[text.index("Geschiktheid voor de profielen") :]
    assert fits.index("Faciliterend adviseur") < fits.index("Strategisch-politiek adviseur")
    with pytest.raises(NotFoundError, match="Profiel 'bestaat-niet' bestaat niet"):
        call(
            policy_db,
            pdf_export.export_development_plan,
            tmp_path / "x.pdf",
            "900001",
            "bestaat-niet",
        )
    assert not (tmp_path / "x.pdf").exists()


def test_unknown_employee_is_a_clear_error(policy_db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="personeelsnummer '000000'"):
        call(policy_db, pdf_export.export_development_plan, tmp_path / "x.pdf", "000000")


@pytest.mark.parametrize(
    "hostile", ["a<b", "<font color=red>rood</font>", "&amp;", "<img src='/etc/passwd'/>"]
)
def test_hostile_text_from_the_database_prints_literally(
    demo_db: Database, tmp_path: Path, hostile: str
) -> None:
    add_person(demo_db, "900009", hostile, hostile, text=hostile)
    data = call(demo_db, pdf_export.development_plan_pdf, "900009")
    assert isinstance(data, bytes) and data.startswith(b"%PDF")
    path = tmp_path / "hostile.pdf"
    path.write_bytes(data)
    text = pdf_reading.layout_text(path)
    assert text.count(hostile) >= 5  # name (twice), job title, plan item, answer, agreements
    assert pdf_reading.image_count(path) == 0
    assert b"1 0 0 rg" not in pdf_reading.content_streams(path)
    pdf_reading.assert_only_embedded_dejavu(path)


def test_unit_report_has_overview_then_a_bookmarked_plan_per_member(
    policy_db: Database, tmp_path: Path
) -> None:
    calls: list[tuple[int, int]] = []
    out = call(
        policy_db,
        pdf_export.export_unit_report,
        tmp_path / "team.pdf",
        POLICY_TEAM,
        progress=lambda done, total: calls.append((done, total)) is None,
        reference_date=DAY,
    )
    with policy_db.read_session() as session:
        members = repo.load_employees(session, unit=POLICY_TEAM)
    entries = pdf_reading.outline(out)
    assert entries[0][1] == f"Teamoverzicht {POLICY_TEAM}"
    assert [title for _, title, _ in entries[1:]] == [
        f"{m.sort_name} ({m.personnel_number})" for m in members
    ]
    assert calls[0] == (0, len(members) + 1) and calls[-1] == (len(members) + 1, len(members) + 1)
    assert [done for done, _ in calls] == list(range(len(members) + 2))
    text = pdf_reading.text(out)
    for name in ("Ĳzerman, IJsbrand", "Yılmaz, Şahin", "Wiśniewski, Łukasz"):
        assert name in text
    first_plan = entries[1][2]
    overview = pdf_reading.text(out, first=1, last=first_plan - 1)
    for expected in (
        "Gereedheid per profiel",
        "Dekking per competentie",
        "Opleidingsplan van het team",
        "Budget",
        "Strategisch-politiek adviseur",
    ):
        assert expected in overview, expected
    coverage = engine_support.coverage(policy_db, POLICY_TEAM)
    for report in coverage.coverages:
        for code in report.uncovered:
            assert code in overview
    pages = len(pdf_reading.reader(out).pages)
    assert f"pagina {pages} van {pages}" in pdf_reading.layout_text(out, first=pages, last=pages)
    pdf_reading.assert_only_embedded_dejavu(out)


def test_cancelling_a_batch_leaves_the_old_file_and_no_temporary(
    policy_db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "uitvoer"
    folder.mkdir()
    target = folder / "team.pdf"
    target.write_bytes(b"oude versie")

    def stop_after_three(done: int, total: int) -> bool:
        return done < 3

    with pytest.raises(pdf_export.ExportCancelled, match="afgebroken"):
        call(
            policy_db, pdf_export.export_unit_report, target, POLICY_TEAM, progress=stop_after_three
        )
    assert target.read_bytes() == b"oude versie"
    assert [p.name for p in folder.iterdir()] == ["team.pdf"]


def test_organisation_report_suppresses_small_groups_by_the_setting(
    policy_db: Database, tmp_path: Path
) -> None:
    out = call(
        policy_db, pdf_export.export_organisation_report, tmp_path / "hrm.pdf", reference_date=DAY
    )
    text = pdf_reading.text(out)
    for expected in (
        "HRM-overzicht",
        "Beleidsadviseurs over de drie toekomstrichtingen",
        "Competenties die het vaakst tekortschieten",
        "Opleidingsbudget",
        "onderdrukt: minder dan 5 personen (privacy)",
    ):
        assert expected in text, expected
    pdf_reading.assert_only_embedded_dejavu(out)
    # no personal names in a management overview
    assert "Ĳzerman" not in text and "IJsbrand" not in text
    with policy_db.session() as session:
        session.execute(
            update(r.SettingRecord)
            .where(r.SettingRecord.key == "reports.privacy_min_group")
            .values(value=1)
        )
    out = call(policy_db, pdf_export.export_organisation_report, tmp_path / "hrm1.pdf")
    assert "onderdrukt: minder dan 1 personen" in pdf_reading.text(out)
    tables = [line for line in pdf_reading.layout_text(out).splitlines() if "€" in line]
    assert tables and not any(" * " in line or line.rstrip().endswith("*") for line in tables)


def test_target_open_elsewhere_gives_a_dutch_message(
    policy_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to replace a PDF a viewer holds open with a sharing violation, which
    Python raises as PermissionError from os.replace. Linux has no such lock (and tests run as
    root, past any permission), so the refusal is raised at os.replace, the one call that meets
    it; the export must say so and leave no temporary file behind."""
    folder = tmp_path / "uitvoer"
    folder.mkdir()
    target = folder / "plan.pdf"
    target.write_bytes(b"open in de PDF-lezer")
    replaced: list[str] = []

    def locked(src: str, dst: str) -> None:
        replaced.append(str(dst))
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError, match="is geopend in een ander programma"):
        call(policy_db, pdf_export.export_development_plan, target, "900001")
    assert replaced == [str(target)]  # the finished PDF was ready to replace the target
    assert target.read_bytes() == b"open in de PDF-lezer"
    assert [p.name for p in folder.iterdir()] == ["plan.pdf"]


def test_missing_folder_and_folder_as_target(policy_db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="bestaat niet"):
        call(
            policy_db, pdf_export.export_development_plan, tmp_path / "nergens" / "p.pdf", "900001"
        )
    with pytest.raises(UserError, match="is een map"):
        call(policy_db, pdf_export.export_development_plan, tmp_path, "900001")


def test_plan_written_to_a_path_by_the_interview_entry_point(
    policy_db: Database, tmp_path: Path
) -> None:
    result = call(
        policy_db, pdf_export.development_plan_pdf, "900002", out=tmp_path / "gesprek.pdf"
    )
    assert result == (tmp_path / "gesprek.pdf").absolute()
    assert "Şahin Yılmaz" in pdf_reading.text(tmp_path / "gesprek.pdf")
    assert os.path.getsize(tmp_path / "gesprek.pdf") > 10_000  # fonts are embedded


def test_unit_report_lists_registrations_that_expire_within_90_days(
    demo_db: Database, tmp_path: Path
) -> None:
    """Issue 14: a short table of the team's registrations that expired or expire within 90 days
    of the reference date, read back from the PDF; a team without registrations has none."""
    team = "Sociaal team Noord"
    out = call(
        demo_db,
        pdf_export.export_unit_report,
        tmp_path / "team.pdf",
        team,
        with_plans=False,
        reference_date=DAY,
    )
    with demo_db.read_session() as session:
        members = {e.personnel_number: e for e in repo.load_employees(session, unit=team)}
        kinds = {k.code: k.name for k in registration_queries.load_kinds(session)}
        held = registration_queries.load_registrations(session, members)
    limit = DAY + dt.timedelta(days=90)
    soon = [r for r in held if r.valid_until is not None and r.valid_until <= limit]
    later = [r for r in held if r.valid_until is not None and r.valid_until > limit]
    assert soon and later, "the demo team holds both"
    lines = pdf_reading.layout_text(out).splitlines()
    assert any("Registraties en certificaten die verlopen" in line for line in lines)
    for reg in soon:
        [at] = [number for number, line in enumerate(lines) if reg.number in line]
        row = " ".join(" ".join(lines[at : at + 2]).split())  # a long cell wraps to a 2nd line
        assert members[reg.personnel_number].last_name in lines[at]
        assert kinds[reg.kind].split()[0] in lines[at] and f"{reg.valid_until:%d-%m-%Y}" in row
        assert reg.valid_until is not None
        days = (reg.valid_until - DAY).days
        assert ("verlopen" if days < 0 else f"nog {days} dagen") in lines[at]
    text = pdf_reading.text(out)
    assert not any(reg.number in text for reg in later)

    policy = call(
        demo_db,
        pdf_export.export_unit_report,
        tmp_path / "beleid.pdf",
        POLICY_TEAM,
        with_plans=False,
        reference_date=DAY,
    )
    assert "Registraties en certificaten die verlopen" not in pdf_reading.text(policy)

"""Excel commands: ``import staff|assessments|catalogue`` and
``export template|preparation|catalogue|excel``.

Rejections (exit code 1) list every problem on stderr: file, rij, kolom (letter and header),
waarde and reden. ``--report OUT.xlsx`` also writes them as a workbook, even when rejected.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from competentieplanner.cli.groups import action_group
from competentieplanner.domain.errors import Problem, UserError, ValidationError
from competentieplanner.domain.model import InterviewKind
from competentieplanner.services import database as dbs

if TYPE_CHECKING:
    from competentieplanner.persistence.database import Database

EXIT_OK, EXIT_REJECTED = 0, 1


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    imports = action_group(subparsers, "import", "gegevens inlezen uit Excel of CSV", common)
    p = imports.add_parser(
        "staff", parents=[common], help="personeelslijst (xlsx/csv) uit het HR-systeem"
    )
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--sheet", metavar="NAAM", help="werkblad (standaard het eerste zichtbare)")
    _dry_run_and_report(p)
    p.set_defaults(handler=cmd_import_staff)

    p = imports.add_parser(
        "assessments", parents=[common], help="ingevuld beoordelingsformulier (xlsx)"
    )
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument(
        "--sheet", metavar="NAAM", help="werkblad (standaard het formulier of het eerste zichtbare)"
    )
    _dry_run_and_report(p)
    p.set_defaults(handler=cmd_import_assessments)

    p = imports.add_parser("catalogue", parents=[common], help="opleidingscatalogus (xlsx)")
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument(
        "--replace",
        action="store_true",
        help="het bestand is de hele catalogus: aanbod dat er niet in staat verdwijnt (of wordt "
        "inactief als het in een plan staat)",
    )
    _dry_run_and_report(p)
    p.set_defaults(handler=cmd_import_catalogue)

    exports = action_group(subparsers, "export", "gegevens uitvoeren naar Excel of PDF", common)
    p = exports.add_parser(
        "template", parents=[common], help="beoordelingsformulier voor een team (xlsx)"
    )
    p.add_argument("out", metavar="OUT", type=Path)
    p.add_argument("--unit", metavar="NAAM", required=True, help="afdeling of team")
    p.add_argument("--framework", metavar="CODE", required=True, help="competentiekader")
    p.set_defaults(handler=cmd_export_template)

    p = exports.add_parser(
        "preparation",
        parents=[common],
        help="voorbereidingsformulier voor één medewerker: zelfbeoordeling en vragen (xlsx)",
    )
    p.add_argument("out", metavar="OUT", type=Path)
    p.add_argument("--employee", metavar="NR", required=True, help="personeelsnummer")
    p.add_argument(
        "--kind",
        choices=[kind.value for kind in InterviewKind],
        default=InterviewKind.DEVELOPMENT.value,
        help="soort gesprek: bepaalt de vragen (standaard ontwikkelgesprek)",
    )
    p.set_defaults(handler=cmd_export_preparation)

    p = exports.add_parser("catalogue", parents=[common], help="opleidingscatalogus (xlsx)")
    p.add_argument("out", metavar="OUT", type=Path)
    p.set_defaults(handler=cmd_export_catalogue)

    p = exports.add_parser("excel", parents=[common], help="HRM-werkmap met alle overzichten")
    p.add_argument("out", metavar="OUT", type=Path)
    p.add_argument("--unit", metavar="NAAM", help="alleen deze afdeling of dit team")
    p.set_defaults(handler=cmd_export_excel)


def _dry_run_and_report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dry-run", action="store_true", help="alleen controleren; niets opslaan"
    )
    parser.add_argument(
        "--report", metavar="OUT.xlsx", type=Path, help="schrijf het controleverslag als werkmap"
    )


# -- imports -----------------------------------------------------------------------------------
def cmd_import_staff(args: argparse.Namespace) -> int:
    from competentieplanner.services.staff_import import import_staff

    def run(db: Database) -> tuple[str, list[str]]:
        with db.unit_of_work() as uow:
            result = import_staff(uow, args.file, args.sheet, dry_run=args.dry_run)
        missing = [
            f"Niet in het bestand (blijft staan): {m.personnel_number} {m.name}"
            for m in result.missing
        ]
        return result.summary(), missing

    return _run_import(args, "Controleverslag personeelslijst", run)


def cmd_import_assessments(args: argparse.Namespace) -> int:
    from competentieplanner.services.assessment_import import import_assessments

    def run(db: Database) -> tuple[str, list[str]]:
        with db.unit_of_work() as uow:
            result = import_assessments(
                uow, args.file, dry_run=args.dry_run, sheet=args.sheet
            )
        return result.summary(), []

    return _run_import(args, "Controleverslag beoordelingen", run)


def cmd_import_catalogue(args: argparse.Namespace) -> int:
    from competentieplanner.services.catalogue_io import import_catalogue

    def run(db: Database) -> tuple[str, list[str]]:
        with db.unit_of_work() as uow:
            result = import_catalogue(uow, args.file, replace=args.replace, dry_run=args.dry_run)
        return result.summary(), []

    return _run_import(args, "Controleverslag opleidingscatalogus", run)


def _run_import(
    args: argparse.Namespace, title: str, run: Callable[[Database], tuple[str, list[str]]]
) -> int:
    """Run an import; on rejection print every problem and still write the --report."""
    db = dbs.open_database(args.database)
    try:
        summary, notes = run(db)
    except ValidationError as exc:
        _print_problems(exc.problems, str(exc).splitlines()[0])
        _write_report(args, title, exc.problems, [])
        return EXIT_REJECTED
    except UserError as exc:
        problem = Problem(str(exc), file=args.file.name)
        print(f"fout: {exc}", file=sys.stderr)
        _write_report(args, title, [problem], [])
        return EXIT_REJECTED
    finally:
        db.dispose()
    print(summary)
    _write_report(args, title, [], summary.splitlines() + notes)
    return EXIT_OK


def _print_problems(problems: Sequence[Problem], head: str) -> None:
    lines = [f"fout: {head}"]
    for problem in problems:
        parts = [problem.file]
        if problem.row is not None:
            parts.append(f"rij {problem.row}")
        if problem.column:
            header = f" ({problem.header})" if problem.header else ""
            parts.append(f"kolom {problem.column}{header}")
        elif problem.header:
            parts.append(f"kolom '{problem.header}'")
        if problem.value:
            parts.append(f"waarde '{problem.value}'")
        parts.append(f"reden: {problem.message}")
        lines.append("  " + "; ".join(p for p in parts if p))
    sys.stderr.write("\n".join(lines) + "\n")


def _write_report(
    args: argparse.Namespace, title: str, problems: Sequence[Problem], notes: Sequence[str]
) -> None:
    if not getattr(args, "report", None):
        return
    from competentieplanner.import_export.report import write_problem_report

    try:
        path = write_problem_report(args.report, problems, title=title, notes=notes)
    except UserError as exc:
        print(f"fout bij het schrijven van het verslag: {exc}", file=sys.stderr)
        return
    print(f"Controleverslag geschreven naar {path}", file=sys.stderr)


# -- exports -----------------------------------------------------------------------------------
def cmd_export_template(args: argparse.Namespace) -> int:
    from competentieplanner.services.template_export import export_assessment_template

    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            summary = export_assessment_template(
                uow, args.out, unit=args.unit, framework=args.framework
            )
    finally:
        db.dispose()
    print(summary)
    return EXIT_OK


def cmd_export_preparation(args: argparse.Namespace) -> int:
    from competentieplanner.services.interview import export_preparation_form

    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            summary = export_preparation_form(
                uow, args.out, args.employee, InterviewKind(args.kind)
            )
    finally:
        db.dispose()
    print(summary)
    return EXIT_OK


def cmd_export_catalogue(args: argparse.Namespace) -> int:
    from competentieplanner.services.catalogue_io import export_catalogue

    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            summary = export_catalogue(uow, args.out)
    finally:
        db.dispose()
    print(summary)
    return EXIT_OK


def cmd_export_excel(args: argparse.Namespace) -> int:
    from competentieplanner.services.hrm_workbook import export_hrm_workbook

    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            summary = export_hrm_workbook(uow, args.out, unit=args.unit)
    finally:
        db.dispose()
    print(summary)
    return EXIT_OK

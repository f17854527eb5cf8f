"""PDF command: ``export pdf OUT.pdf (--employee NR [--profile CODE] | --unit NAME |
--organisation) [--language nl|en]``.

One document per call: the Ontwikkelplan of one person, the Teamoverzicht of a unit followed by
every member's Ontwikkelplan, or the HRM-overzicht of the organisation.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from competentieplanner.cli.groups import action_group
from competentieplanner.services import database as dbs
from competentieplanner.services import pdf_export

EXIT_OK, EXIT_USAGE = 0, 2


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    exports = action_group(subparsers, "export", "gegevens uitvoeren naar Excel of PDF", common)
    p = exports.add_parser(
        "pdf",
        parents=[common],
        help="ontwikkelplan, teamoverzicht of HRM-overzicht als PDF",
        description="Schrijft een PDF (A4): het ontwikkelplan van één medewerker, het "
        "teamoverzicht van een afdeling of team met daarna het ontwikkelplan van elk lid, of het "
        "HRM-overzicht van de hele organisatie.",
    )
    p.add_argument("out", metavar="OUT.pdf", type=Path, help="het PDF-bestand dat wordt geschreven")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--employee", metavar="NR", help="ontwikkelplan van deze medewerker")
    which.add_argument(
        "--unit", metavar="NAAM", help="teamoverzicht en de ontwikkelplannen van de leden"
    )
    which.add_argument(
        "--organisation", action="store_true", help="HRM-overzicht van de organisatie"
    )
    p.add_argument(
        "--profile",
        metavar="CODE",
        help="(bij --employee) richt het ontwikkelplan op dit profiel",
    )
    p.add_argument(
        "--language",
        choices=("nl", "en"),
        default="nl",
        help="taal van de PDF (standaard nl)",
    )
    p.set_defaults(handler=cmd_export_pdf, pdf_parser=p)


def cmd_export_pdf(args: argparse.Namespace) -> int:
    if args.profile is not None and args.employee is None:
        args.pdf_parser.error("--profile kan alleen samen met --employee")
    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            if args.employee is not None:
                out = pdf_export.export_development_plan(
                    uow, args.out, args.employee, args.profile, language=args.language
                )
                what = f"Ontwikkelplan van medewerker {args.employee}"
            elif args.unit is not None:
                out = pdf_export.export_unit_report(
                    uow, args.out, args.unit, language=args.language
                )
                what = f"Teamoverzicht van {args.unit} met de ontwikkelplannen van de leden"
            else:
                out = pdf_export.export_organisation_report(uow, args.out, language=args.language)
                what = "HRM-overzicht"
    finally:
        db.dispose()
    print(f"{what} geschreven naar {out}")
    return EXIT_OK

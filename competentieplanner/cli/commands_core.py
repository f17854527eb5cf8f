"""Core commands: demo, employees, profiles, catalogue, db, selfcheck."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from competentieplanner import formats
from competentieplanner.cli.output import add_format_option, print_json, print_table
from competentieplanner.domain.errors import UserError
from competentieplanner.services import database as dbs
from competentieplanner.services import demo, listings
from competentieplanner.services.privacy.backups import BACKUP_WARNING


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "demo", parents=[common], help="vul de database met een fictieve demogemeente"
    )
    p.add_argument("--employees", type=int, default=120, metavar="N", help="aantal medewerkers")
    p.add_argument(
        "--seed", type=int, default=1, metavar="S", help="startgetal (zelfde = zelfde data)"
    )
    p.set_defaults(handler=cmd_demo)

    p = subparsers.add_parser("employees", parents=[common], help="lijst van medewerkers")
    p.add_argument("--unit", metavar="NAAM", help="alleen deze afdeling of dit team")
    add_format_option(p)
    p.set_defaults(handler=cmd_employees)

    p = subparsers.add_parser("profiles", parents=[common], help="toekomstprofielen en eisen")
    add_format_option(p)
    p.set_defaults(handler=cmd_profiles)

    p = subparsers.add_parser("catalogue", parents=[common], help="de opleidingscatalogus")
    add_format_option(p)
    p.set_defaults(handler=cmd_catalogue)

    db = subparsers.add_parser("db", parents=[common], help="database bijwerken, back-up, controle")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTIE", required=True)
    p = db_sub.add_parser(
        "upgrade", parents=[common], help="schema bijwerken (maakt eerst een back-up)"
    )
    p.set_defaults(handler=cmd_db_upgrade)
    p = db_sub.add_parser("backup", parents=[common], help="consistente kopie maken")
    p.add_argument("out", metavar="OUT", type=Path)
    p.set_defaults(handler=cmd_db_backup)
    p = db_sub.add_parser("check", parents=[common], help="integriteit controleren")
    p.set_defaults(handler=cmd_db_check)

    p = subparsers.add_parser(
        "selfcheck", parents=[common], help="controleer installatie, database en hoofdvenster"
    )
    p.set_defaults(handler=cmd_selfcheck)


def cmd_demo(args: argparse.Namespace) -> int:
    if not 1 <= args.employees <= 20_000:
        raise UserError("--employees moet tussen 1 en 20000 liggen.")
    db = dbs.open_database(args.database)
    try:
        summary = demo.generate_demo(db, employees=args.employees, seed=args.seed)
    finally:
        db.dispose()
    print(
        f"Demogemeente {summary.municipality} aangemaakt in {db.display_name}: "
        f"{summary.employees} medewerkers, {summary.units} eenheden, "
        f"{summary.assessments} beoordelingen, {summary.plans} ontwikkelplannen."
    )
    return 0


def cmd_employees(args: argparse.Namespace) -> int:
    employees = dbs.in_database(args.database, lambda uow: listings.employees(uow, unit=args.unit))
    if args.format == "json":
        print_json(
            [
                {
                    "personeelsnummer": e.personnel_number,
                    "name": e.name,
                    "unit": e.unit,
                    "job_title": e.job_title,
                    "fte": e.fte,
                    "manager": e.manager,
                }
                for e in employees
            ]
        )
    else:
        print_table(
            ["Personeelsnr", "Naam", "Eenheid", "Functie", "FTE", "Leidinggevende"],
            [
                (e.personnel_number, e.sort_name, e.unit, e.job_title, _fte(e.fte), e.manager)
                for e in employees
            ],
        )
    return 0


def _fte(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}".replace(".", ",")


def cmd_profiles(args: argparse.Namespace) -> int:
    profiles = dbs.in_database(args.database, listings.profiles)
    if args.format == "json":
        print_json(
            [
                {
                    "code": p.code,
                    "name": p.name,
                    "requirements": [
                        {
                            "competency": q.competency,
                            "target": q.target,
                            "weight": q.weight,
                            "critical": q.critical,
                            "source": q.source,
                        }
                        for q in p.requirements
                    ],
                }
                for p in profiles
            ]
        )
    else:
        for p in profiles:
            print(f"{p.code}: {p.name} ({p.framework})")
            print_table(
                ["Competentie", "Doel", "Gewicht", "Kritisch"],
                [
                    (q.competency, q.target, f"{q.weight:g}", "ja" if q.critical else "")
                    for q in p.requirements
                ],
            )
            print()
    return 0


def cmd_catalogue(args: argparse.Namespace) -> int:
    offers = dbs.in_database(args.database, listings.catalogue)
    if args.format == "json":
        print_json(
            [
                {
                    "code": o.code,
                    "name": o.name,
                    "provider": o.provider,
                    "format": o.format,
                    "hours": o.hours,
                    "cost": float(o.cost),
                    "effects": [
                        {
                            "competency": e.competency,
                            "min_level": e.min_level,
                            "to_level": e.to_level,
                            "source": e.source,
                        }
                        for e in o.effects
                    ],
                }
                for o in offers
            ]
        )
    else:
        print_table(
            ["Code", "Naam", "Uren", "Kosten", "Ontwikkelt"],
            [
                (
                    o.code,
                    o.name if len(o.name) <= 60 else o.name[:57] + "...",
                    f"{o.hours:g}",
                    formats.money(o.cost, cents=False),
                    " ".join(f"{e.competency}({e.min_level}→{e.to_level})" for e in o.effects),
                )
                for o in offers
            ],
        )
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    db = dbs.open_database(args.database)
    db.dispose()
    print(f"Database {db.display_name} is bijgewerkt tot de nieuwste schemaversie.")
    return 0


def cmd_db_backup(args: argparse.Namespace) -> int:
    db = dbs.open_database(args.database, upgrade=False)
    try:
        out = dbs.backup_database(db, args.out)
    finally:
        db.dispose()
    print(f"Back-up geschreven naar {out}")
    print(BACKUP_WARNING, file=sys.stderr)
    return 0


def cmd_db_check(args: argparse.Namespace) -> int:
    db = dbs.open_database(args.database, upgrade=False)
    try:
        checks = dbs.check_database(db)
    finally:
        db.dispose()
    for check in checks:
        print(check.line())
    return 0 if all(c.ok for c in checks) else 1


def cmd_selfcheck(args: argparse.Namespace) -> int:
    from competentieplanner.services.selfcheck import run_selfcheck

    lines, ok = run_selfcheck(args.database, qt_available=_qt_platform_available())
    for line in lines:
        print(line)
    return 0 if ok else 1


def _qt_platform_available() -> bool:
    return bool(
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
        or os.name == "nt"
    )

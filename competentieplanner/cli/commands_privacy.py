"""``privacy``: inzage, retention, erasure and legal hold (AVG); see docs/privacy.md.

JSON of ``privacy retention --format json``: ``[{"employee", "kind", "record", "since",
"term"}]`` with ``since`` an ISO date and ``term`` the term in months.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from competentieplanner.cli.output import add_format_option, print_json, print_table
from competentieplanner.services import database as dbs
from competentieplanner.services.privacy import backups, erase, inzage, retention


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = subparsers.add_parser(
        "privacy", parents=[common], help="AVG: inzage, bewaartermijnen, wissen, bewaarplicht"
    )
    actions = group.add_subparsers(dest="privacy_action", metavar="ACTIE", required=True)

    p = actions.add_parser(
        "inzage", parents=[common], help="alles wat over een medewerker is opgeslagen"
    )
    p.add_argument("--employee", required=True, metavar="NR", help="personeelsnummer")
    p.add_argument("out", metavar="OUT.pdf|OUT.xlsx|OUT.json", type=Path)
    p.set_defaults(handler=cmd_inzage)

    p = actions.add_parser(
        "retention", parents=[common], help="verwijder wat over de bewaartermijn is"
    )
    p.add_argument("--dry-run", action="store_true", help="alleen tonen wat zou worden verwijderd")
    add_format_option(p)
    p.set_defaults(handler=cmd_retention)

    p = actions.add_parser("erase", parents=[common], help="een medewerker wissen op verzoek")
    p.add_argument("--employee", required=True, metavar="NR", help="personeelsnummer")
    p.set_defaults(handler=cmd_erase)

    p = actions.add_parser(
        "hold", parents=[common], help="bewaarplicht instellen of opheffen (bijv. procedure)"
    )
    p.add_argument("--employee", required=True, metavar="NR", help="personeelsnummer")
    p.add_argument("--reason", default="", metavar="TEKST", help="reden van de bewaarplicht")
    p.add_argument("--off", action="store_true", help="de bewaarplicht opheffen")
    p.set_defaults(handler=cmd_hold)

    p = actions.add_parser("policy", parents=[common], help="de bewaartermijnen en hun bron")
    add_format_option(p)
    p.set_defaults(handler=cmd_policy)

    p = actions.add_parser(
        "backups", parents=[common], help="back-ups van de tool met hun leeftijd"
    )
    p.set_defaults(handler=cmd_backups)


def cmd_inzage(args: argparse.Namespace) -> int:
    out = dbs.in_database(
        args.database, lambda uow: inzage.export_inzage(uow, args.employee, args.out)
    )
    print(f"Inzage voor medewerker {args.employee} geschreven naar {out}")
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    run = dbs.in_database(
        args.database, lambda uow: retention.run_retention(uow, dry_run=args.dry_run)
    )
    if args.format == "json":
        print_json(
            [
                {
                    "employee": d.employee,
                    "kind": d.kind,
                    "record": d.record,
                    "since": d.since.isoformat(),
                    "term": d.term,
                }
                for d in run.due
            ]
        )
    else:
        print_table(
            ["Personeelsnr", "Soort", "Gegeven", "Sinds", "Termijn (mnd)"],
            [(d.employee, d.kind, d.record, d.since.strftime("%d-%m-%Y"), d.term) for d in run.due],
        )
        verb = "zou worden verwijderd" if args.dry_run else "verwijderd"
        print(f"{len(run.due)} gegevens over de bewaartermijn: {verb}.")
    if run.held:
        print(
            f"{run.held} gegevens over de bewaartermijn blijven staan: er geldt een bewaarplicht.",
            file=sys.stderr,
        )
    if run.due and not args.dry_run:
        _scrub(args.database)
    return 0


def _scrub(target: str | None) -> None:
    db = dbs.open_database(target, upgrade=False)
    try:
        erase.scrub_file(db)
    finally:
        db.dispose()


def cmd_erase(args: argparse.Namespace) -> int:
    dbs.in_database(args.database, lambda uow: erase.erase_employee(uow, args.employee))
    _scrub(args.database)
    print(
        f"Medewerker {args.employee} is gewist; teamtellingen en bestede budgetten blijven "
        "kloppen. " + backups.BACKUP_WARNING
    )
    return 0


def cmd_hold(args: argparse.Namespace) -> int:
    dbs.in_database(
        args.database,
        lambda uow: erase.set_legal_hold(uow, args.employee, not args.off, args.reason),
    )
    state = "opgeheven" if args.off else "ingesteld"
    print(f"Bewaarplicht voor medewerker {args.employee} {state}.")
    return 0


def cmd_policy(args: argparse.Namespace) -> int:
    rows = dbs.in_database(args.database, retention.policy_rows)
    if args.format == "json":
        print_json(
            [
                {
                    "kind": kind,
                    "label": label,
                    "months": months,
                    "default_months": default,
                    "counts_from": counts_from,
                    "source": source,
                }
                for kind, label, months, default, counts_from, source in rows
            ]
        )
    else:
        for kind, label, months, default, counts_from, source in rows:
            print(f"{kind}: {label}")
            print(f"  {months} maanden na {counts_from} (standaard {default}). Bron: {source}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    found = backups.list_backups()
    print_table(
        ["Back-up", "Gemaakt", "Leeftijd (dagen)"],
        [(str(b.path), b.made.strftime("%d-%m-%Y %H:%M"), b.age_days()) for b in found],
    )
    print(backups.BACKUP_WARNING)
    return 0

"""registrations: who holds which registration or certificate, and what expires soon."""

from __future__ import annotations

import argparse
from typing import Any

from competentieplanner.cli.output import add_format_option, print_json, print_table
from competentieplanner.services import database as dbs
from competentieplanner.services import registrations


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "registrations",
        parents=[common],
        help="registraties en certificaten (SKJ, meldcode) en wat binnenkort verloopt",
    )
    p.add_argument(
        "--expiring-within",
        type=int,
        metavar="DAGEN",
        help="alleen wat binnen zoveel dagen verloopt (ook wat al verlopen is)",
    )
    add_format_option(p)
    p.set_defaults(handler=cmd_registrations)


def cmd_registrations(args: argparse.Namespace) -> int:
    lines = dbs.in_database(
        args.database,
        lambda uow: registrations.overview(uow, expiring_within=args.expiring_within),
    )
    if args.format == "json":
        print_json(
            [
                {
                    "personeelsnummer": line.registration.personnel_number,
                    "kind": line.registration.kind,
                    "valid_until": (
                        line.registration.valid_until.isoformat()
                        if line.registration.valid_until
                        else None
                    ),
                    "required_for": list(line.required_for),
                }
                for line in lines
            ]
        )
        return 0
    print_table(
        ["Personeelsnr", "Naam", "Registratie", "Nummer", "Geldig tot", "Status", "Nodig voor"],
        [
            (
                line.registration.personnel_number,
                line.name,
                line.kind.name,
                line.registration.number,
                line.registration.valid_until.strftime("%d-%m-%Y")
                if line.registration.valid_until
                else "",
                "geldig" if line.valid else "verlopen",
                "; ".join(line.required_for),
            )
            for line in lines
        ],
    )
    return 0

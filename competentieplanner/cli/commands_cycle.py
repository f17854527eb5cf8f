"""The gesprekscyclus: ``conversations due [--unit NAME] [--within DAYS] [--date YYYY-MM-DD]
[--format json]`` lists who is due, overdue or never had a conversation; ``export conversations
OUT.xlsx`` writes everyone's cycle to a workbook."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from competentieplanner.cli.groups import action_group
from competentieplanner.cli.output import add_format_option, print_json, print_table
from competentieplanner.domain.conversation_cycle import DUE_WITHIN_DAYS, ConversationDue
from competentieplanner.services import conversation_cycle
from competentieplanner.services import database as dbs


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    group = action_group(subparsers, "conversations", "de gesprekscyclus", common)
    p = group.add_parser(
        "due",
        parents=[common],
        help="wie een gesprek moet hebben: te laat, binnenkort of nog nooit",
        description="Lijst van medewerkers van wie het volgende gesprek (planning-, voortgangs- "
        "of beoordelingsgesprek) te laat is, binnenkort moet, of die nog nooit een gesprek "
        "hadden.",
    )
    p.add_argument("--unit", metavar="NAAM", help="alleen deze afdeling of dit team")
    _period_options(p)
    add_format_option(p)
    p.set_defaults(handler=cmd_conversations_due)

    exports = action_group(subparsers, "export", "gegevens uitvoeren naar Excel of PDF", common)
    p = exports.add_parser(
        "conversations",
        parents=[common],
        help="de gesprekscyclus van iedereen als Excel-bestand",
        description="Schrijft per medewerker het laatste en het volgende gesprek, met wanneer "
        "en de stand (te laat, binnenkort, gepland, nog nooit), naar een .xlsx-bestand.",
    )
    p.add_argument("out", metavar="OUT.xlsx", type=Path, help="het bestand dat wordt geschreven")
    p.add_argument("--unit", metavar="NAAM", help="alleen deze afdeling of dit team")
    _period_options(p)
    p.set_defaults(handler=cmd_export_conversations)


def _period_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--within",
        metavar="DAGEN",
        type=int,
        default=DUE_WITHIN_DAYS,
        help=f"'binnenkort' = binnen zoveel dagen (standaard {DUE_WITHIN_DAYS})",
    )
    p.add_argument(
        "--date",
        metavar="JJJJ-MM-DD",
        type=dt.date.fromisoformat,
        default=None,
        help="peildatum (standaard vandaag)",
    )


def due_json(row: ConversationDue) -> dict[str, Any]:
    return {
        "personeelsnummer": row.employee.personnel_number,
        "name": row.employee.name,
        "unit": row.employee.unit,
        "last": row.last.held_on.isoformat() if row.last else None,
        "kind": row.kind.value,
        "due": row.due.isoformat(),
    }


def cmd_conversations_due(args: argparse.Namespace) -> int:
    rows = dbs.in_database(
        args.database,
        lambda uow: conversation_cycle.conversations_due(
            uow, unit=args.unit, today=args.date, within_days=args.within
        ),
    )
    if args.format == "json":
        print_json([due_json(row) for row in rows])
    else:
        print_table(
            [
                "Personeelsnr",
                "Naam",
                "Eenheid",
                "Laatste gesprek",
                "Volgend gesprek",
                "Wanneer",
                "Stand",
            ],
            [
                (
                    row.employee.personnel_number,
                    row.employee.sort_name,
                    row.employee.unit,
                    row.last.held_on.strftime("%d-%m-%Y") if row.last else "—",
                    row.kind.value,
                    row.due.strftime("%d-%m-%Y"),
                    row.state.value,
                )
                for row in rows
            ],
        )
    return 0


def cmd_export_conversations(args: argparse.Namespace) -> int:
    out = dbs.in_database(
        args.database,
        lambda uow: conversation_cycle.export_conversations(
            uow, args.out, unit=args.unit, today=args.date, within_days=args.within
        ),
    )
    print(f"Gesprekscyclus geschreven naar {out}")
    return 0

"""budget: the training budget per unit for a year, as one amount or per quarter (K1-K4).

    competentieplanner budget [--year YYYY] [--format table|json]
    competentieplanner budget set UNIT --year YYYY --amount EUR [--quarter K]
    competentieplanner budget remove UNIT --year YYYY [--quarter K]

A unit has for a year either one year budget or quarter budgets; the service refuses mixing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from typing import Any

from competentieplanner.cli.output import add_format_option, print_json, print_table
from competentieplanner.domain.errors import UserError
from competentieplanner.services import database as dbs
from competentieplanner.services import unit_budgets


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "budget",
        parents=[common],
        help="opleidingsbudget per eenheid, per jaar of per kwartaal",
    )
    p.add_argument("--year", type=int, help="het jaar (standaard dit jaar)")
    add_format_option(p)
    p.set_defaults(handler=cmd_budget_list)
    actions = p.add_subparsers(dest="budget_action", metavar="{set,remove}")
    s = actions.add_parser("set", parents=[common], help="budget geven of wijzigen")
    s.add_argument("unit", metavar="EENHEID")
    s.add_argument("--year", type=int, required=True)
    s.add_argument("--amount", required=True, metavar="EUR")
    s.add_argument("--quarter", metavar="K", help="K1-K4: budget voor dat kwartaal")
    s.set_defaults(handler=cmd_budget_set)
    r = actions.add_parser("remove", parents=[common], help="budget verwijderen")
    r.add_argument("unit", metavar="EENHEID")
    r.add_argument("--year", type=int, required=True)
    r.add_argument("--quarter", metavar="K", help="K1-K4: alleen dat kwartaal")
    r.set_defaults(handler=cmd_budget_remove)


def parse_quarter(value: str | None) -> int | None:
    """ "K2", "Q2" or "2" -> 2; None stays None (the whole year)."""
    if value is None:
        return None
    found = re.fullmatch(r"\s*[KkQq]?([1-4])\s*", value)
    if found is None:
        raise UserError(f"Het kwartaal moet K1, K2, K3 of K4 zijn (niet '{value}').")
    return int(found.group(1))


def cmd_budget_set(args: argparse.Namespace) -> int:
    quarter = parse_quarter(args.quarter)

    dbs.in_database(
        args.database,
        lambda uow: unit_budgets.store_budget(uow, args.unit, args.year, args.amount, quarter),
    )
    period = str(args.year) if quarter is None else f"{args.year}-K{quarter}"
    print(f"Budget {period} van {args.unit} opgeslagen.")
    return 0


def cmd_budget_remove(args: argparse.Namespace) -> int:
    quarter = parse_quarter(args.quarter)

    dbs.in_database(
        args.database,
        lambda uow: unit_budgets.drop_budget(uow, args.unit, args.year, quarter),
    )
    print(f"Budget van {args.unit} verwijderd.")
    return 0


def cmd_budget_list(args: argparse.Namespace) -> int:
    year = args.year or dt.date.today().year
    lines = dbs.in_database(args.database, lambda uow: unit_budgets.budget_lines(uow, year))
    if args.format == "json":
        print_json(
            [
                {
                    "unit": line.unit,
                    "year": line.year,
                    "quarter": line.quarter,
                    "amount": str(line.amount),
                    "planned": str(line.planned),
                    "over": line.over,
                }
                for line in lines
            ]
        )
        return 0
    print_table(
        ["Eenheid", "Jaar", "Kwartaal", "Budget", "Gepland", "Over budget"],
        [
            (
                line.unit,
                line.year,
                f"K{line.quarter}" if line.quarter else "heel jaar",
                line.amount,
                line.planned,
                "ja" if line.over else "",
            )
            for line in lines
        ],
    )
    return 0

"""Analysis and planning commands: match, coverage, plan (one person or the organisation).

The work happens in :mod:`competentieplanner.services.engine`, one unit of work per command;
this module parses options and prints tables (Dutch headers) or the JSON documented in
docs/cli.md (shaped in :mod:`.engine_json`).
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from typing import Any

from competentieplanner import formats
from competentieplanner.cli import engine_json
from competentieplanner.cli.output import add_format_option, print_json, print_table
from competentieplanner.domain.budget import OrganisationPlan
from competentieplanner.domain.scoring import Gap
from competentieplanner.services import database as dbs
from competentieplanner.services import engine

#: How many gaps the match table shows per row, and names per row in the coverage table.
TOP_GAPS = 3
NAMES_SHOWN = 5


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "match",
        parents=[common],
        help="match, dekking, gereedheid en kloven per medewerker en profiel",
    )
    p.add_argument("--employee", metavar="NR", help="alleen deze medewerker (personeelsnummer)")
    p.add_argument("--unit", metavar="NAAM", help="alleen deze afdeling of dit team")
    p.add_argument("--profile", metavar="CODE", help="alleen dit profiel (standaard: alle)")
    add_format_option(p)
    p.set_defaults(handler=cmd_match)

    p = subparsers.add_parser(
        "coverage", parents=[common], help="teamdekking per competentie en continuïteitsrisico's"
    )
    p.add_argument("--unit", metavar="NAAM", required=True, help="afdeling of team")
    p.add_argument(
        "--profile", metavar="CODE", help="profiel (standaard: het profiel van het team)"
    )
    add_format_option(p)
    p.set_defaults(handler=cmd_coverage)

    p = subparsers.add_parser(
        "plan",
        parents=[common],
        help="opleidingspad voor een medewerker, of een budget verdelen over de organisatie",
    )
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--employee", metavar="NR", help="personeelsnummer")
    who.add_argument(
        "--organisation",
        action="store_true",
        help="verdeel --budget over alle medewerkers (of die van --unit)",
    )
    p.add_argument(
        "--profile",
        metavar="CODE",
        help="doelprofiel (standaard: het gekozen profiel, anders het best passende)",
    )
    p.add_argument("--budget", metavar="EUR", help="budget in euro")
    p.add_argument(
        "--hours-per-quarter",
        metavar="H",
        type=float,
        help="hoogstens zoveel uur opleiding start per kwartaal (standaard: de instelling)",
    )
    p.add_argument(
        "--start", metavar="KWARTAAL", help="eerste kwartaal, bijv. 2027-K1 (standaard: volgend)"
    )
    p.add_argument(
        "--save", action="store_true", help="bewaar het pad als nieuw conceptontwikkelplan"
    )
    p.add_argument("--unit", metavar="NAAM", help="met --organisation: alleen deze eenheid")
    add_format_option(p)
    p.set_defaults(handler=cmd_plan, parser=p)


# -- formatting -----------------------------------------------------------------------------------


def _pct(value: float) -> str:
    return formats.number(value, 1)


def _number(value: float) -> str:
    return formats.number(value, 1)


def _euro(amount: Decimal) -> str:
    return formats.money(amount)


def _level(level: int | None) -> str:
    return "?" if level is None else str(level)


def _gap_text(gap: Gap) -> str:
    return f"{gap.competency} {_level(gap.level)}→{gap.target}" + ("*" if gap.critical else "")


def _print_json_list(entries: list[dict[str, Any]]) -> None:
    """A JSON list with one compact entry per line.

    ``match`` for 20,000 people has 80,000 entries: indented JSON is 130 MB and takes Python's
    pure-Python encoder most of a minute; one line per entry is a tenth of the size, encoded by
    the C encoder in about a second, and still easy to read and grep.
    """
    write = sys.stdout.write
    write("[\n")
    last = len(entries) - 1
    for i, entry in enumerate(entries):
        write(json.dumps(entry, ensure_ascii=False))
        write(",\n" if i < last else "\n")
    write("]\n")


# -- match ----------------------------------------------------------------------------------------


def cmd_match(args: argparse.Namespace) -> int:
    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            matches = engine.match_employees(
                uow, employee=args.employee, unit=args.unit, profile=args.profile
            )
    finally:
        db.dispose()
    if args.format == "json":
        _print_json_list(engine_json.match_json(matches))
        return 0
    headers = ["Personeelsnr", "Naam", "Profiel", "Match %", "Dekking %", "Gereedheid"]
    print_table(
        [*headers, "Grootste kloven"],
        [
            (
                m.employee.personnel_number,
                m.employee.sort_name,
                m.match.profile,
                _pct(m.match.fit_pct),
                _pct(m.match.coverage_pct),
                m.match.readiness.value,
                ", ".join(_gap_text(g) for g in m.match.gaps[:TOP_GAPS]),
            )
            for m in matches
        ],
    )
    print("Kloof: competentie huidig→doel; ? = onbekend; * = kritisch.")
    return 0


# -- coverage -------------------------------------------------------------------------------------


def cmd_coverage(args: argparse.Namespace) -> int:
    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            report = engine.team_coverage(uow, args.unit, args.profile)
    finally:
        db.dispose()
    if args.format == "json":
        print_json(engine_json.coverage_json(report))
        return 0
    names = {e.personnel_number: e.name for e in report.members}
    if not report.coverages:
        print(f"Geen profiel om '{report.unit}' aan te meten; kies er een met --profile.")
    for coverage in report.coverages:
        print(
            f"Teamdekking {report.unit} — profiel {coverage.profile} "
            f"({len(coverage.members)} medewerkers)"
        )
        rows = []
        for row in coverage.competencies:
            who = [names.get(n, n) for n in row.reached_by[:NAMES_SHOWN]]
            if row.count > NAMES_SHOWN:
                who.append(f"en {row.count - NAMES_SHOWN} anderen")
            rows.append(
                (
                    row.competency,
                    row.target,
                    "ja" if row.critical else "",
                    row.count,
                    ", ".join(who),
                    row.risk,
                )
            )
        print_table(["Competentie", "Doel", "Kritisch", "Bereikt", "Wie", "Risico"], rows)
        print(f"Niet gedekt: {', '.join(coverage.uncovered) or 'geen'}")
        print(f"Door één persoon gedekt: {', '.join(coverage.single_cover) or 'geen'}")
        print()
    return 0


# -- plan -----------------------------------------------------------------------------------------


def cmd_plan(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.parser
    if args.organisation:
        if args.budget is None:
            parser.error("--organisation vraagt om --budget EUR")
        extra = [
            name
            for name, value in (
                ("--profile", args.profile),
                ("--hours-per-quarter", args.hours_per_quarter),
                ("--start", args.start),
                ("--save", args.save or None),
            )
            if value is not None
        ]
        if extra:
            parser.error(f"{', '.join(extra)} hoort niet bij --organisation")
        return _plan_organisation(args)
    if args.unit is not None:
        parser.error("--unit hoort bij --organisation; gebruik voor één medewerker --employee")
    return _plan_employee(args)


def _plan_employee(args: argparse.Namespace) -> int:
    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            result = engine.plan_for_employee(
                uow,
                args.employee,
                profile=args.profile,
                budget=args.budget,
                hours_per_quarter=args.hours_per_quarter,
                start=args.start,
                save=args.save,
            )
    finally:
        db.dispose()
    saved = (
        f"Opgeslagen als conceptontwikkelplan versie {result.saved_version}."
        if result.saved_version is not None
        else None
    )
    if args.format == "json":
        print_json(engine_json.plan_json(result))
        if saved:
            print(saved, file=sys.stderr)
        return 0
    path = result.path
    person = result.employee
    print(
        f"Opleidingspad voor {person.name} ({person.personnel_number}) "
        f"naar profiel {path.profile}"
    )
    print(f"Budget: {'geen grens' if path.budget is None else _euro(path.budget)}")
    if path.items:
        print_table(
            ["Kwartaal", "Code", "Opleiding", "Uren", "Kosten", "Effect"],
            [
                (
                    str(item.quarter),
                    item.offer.code,
                    item.offer.name if len(item.offer.name) <= 50 else item.offer.name[:47] + "...",
                    f"{item.hours:g}",
                    _euro(item.cost),
                    ", ".join(
                        f"{e.competency} {_level(e.from_level)}→{e.to_level}" for e in item.effects
                    ),
                )
                for item in path.items
            ],
        )
    else:
        print("Geen opleiding nodig of mogelijk.")
    print(f"Totaal: {_euro(path.total_cost)}, {path.total_hours:g} uur")
    if path.remaining:
        print("Blijft open:")
        print_table(
            ["Competentie", "Niveau", "Doel", "Kritisch"],
            [
                (g.competency, _level(g.level), g.target, "ja" if g.critical else "")
                for g in path.remaining
            ],
        )
    else:
        print("Alle kloven worden gesloten.")
    if saved:
        print(saved)
    return 0


def _plan_organisation(args: argparse.Namespace) -> int:
    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            given = engine.organisation_input(uow, args.budget, unit=args.unit)
    finally:
        db.dispose()
    plan = engine.plan_organisation(given)
    if args.format == "json":
        print_json(engine_json.organisation_json(plan))
        return 0
    _print_organisation(plan)
    return 0


def _print_organisation(plan: OrganisationPlan) -> None:
    print(f"Budget {_euro(plan.budget)}, besteed {_euro(plan.spent)} aan "
          f"{sum(1 for a in plan.assignments if a.candidate.offers)} van "
          f"{len(plan.assignments)} medewerkers.")
    print(
        f"Gewogen kloof: {_number(plan.open_before)} vooraf, {_number(plan.closed)} gesloten, "
        f"{_number(plan.remaining_open)} blijft open "
        f"(hoogstens {_pct(plan.gap_to_bound_pct)}% onder het optimum)."
    )
    print()
    print_table(
        ["Eenheid", "Medewerkers", "Besteed", "Gesloten kloof", "Open kloof"],
        [
            (
                s.unit or "(geen)",
                s.people,
                _euro(s.spent),
                _number(s.closed),
                _number(s.remaining_open),
            )
            for s in plan.by_unit()
        ],
    )
    print()
    print("Wat open blijft, per competentie:")
    print_table(
        ["Competentie", "Medewerkers", "Gewogen kloof"],
        [(o.competency, o.people, _number(o.weighted_gap)) for o in plan.open_competencies()],
    )

"""Strategic personnel planning: ``formation`` (what each scenario wants) and ``workforce`` (who
grows into it, what is left to recruit). The JSON shapes are documented in docs/cli.md."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from competentieplanner import formats
from competentieplanner.cli.output import add_format_option, print_json, print_table
from competentieplanner.domain.formation import FormationLine
from competentieplanner.domain.workforce_plan import Explanation, WorkforcePlan
from competentieplanner.services import database as dbs
from competentieplanner.services import formation, workforce, workforce_report

if TYPE_CHECKING:
    from competentieplanner.persistence.unit_of_work import UnitOfWork

T = TypeVar("T")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "formation",
        parents=[common],
        help="gewenste formatie per scenario, profiel en eenheid (strategische personeelsplanning)",
    )
    p.add_argument("--scenario", metavar="NAAM", help="alleen dit scenario")
    add_format_option(p)
    p.set_defaults(handler=cmd_formation)
    actions = p.add_subparsers(dest="formation_action", metavar="ACTIE")
    s = actions.add_parser(
        "set", parents=[common], help="zet het gewenste aantal FTE (0 haalt de regel weg)"
    )
    s.add_argument("--scenario", metavar="NAAM", required=True, help="bijv. 'Koers 2028'")
    s.add_argument("--year", metavar="YYYY", type=int, required=True, help="doeljaar")
    s.add_argument("--profile", metavar="CODE", required=True, help="toekomstprofiel")
    s.add_argument("--fte", metavar="F", type=float, required=True, help="gewenste FTE")
    s.add_argument("--unit", metavar="NAAM", help="afdeling of team (standaard: hele organisatie)")
    s.set_defaults(handler=cmd_formation_set)
    s = actions.add_parser("export", parents=[common], help="formatie naar een Excel-blad")
    s.add_argument("file", metavar="BESTAND.xlsx")
    s.add_argument("--scenario", metavar="NAAM", help="alleen dit scenario")
    s.set_defaults(handler=cmd_formation_export)
    s = actions.add_parser(
        "import",
        parents=[common],
        help="formatie uit een Excel-blad (vervangt de regels van de scenario's in het blad)",
    )
    s.add_argument("file", metavar="BESTAND.xlsx")
    s.set_defaults(handler=cmd_formation_import)

    w = subparsers.add_parser(
        "workforce", parents=[common], help="wie groeit in de formatie, wat moet worden geworven"
    )
    wactions = w.add_subparsers(dest="workforce_action", metavar="ACTIE", required=True)
    for name, help_text, handler in (
        ("plan", "het goedkoopste plan: groeien en werven", cmd_workforce_plan),
        ("explain", "waarom iemand (niet) gekozen is", cmd_workforce_explain),
    ):
        s = wactions.add_parser(name, parents=[common], help=help_text)
        s.add_argument("--scenario", metavar="NAAM", required=True)
        if name == "explain":
            s.add_argument("--employee", metavar="NR", required=True, help="personeelsnummer")
        s.add_argument("--budget", metavar="EUR", help="opleidingsbudget per jaar")
        s.add_argument(
            "--respect-direction",
            action="store_true",
            help="tel de boete per toewijzing tegen de gekozen richting in",
        )
        add_format_option(s)
        s.set_defaults(handler=handler)
    s = wactions.add_parser(
        "report",
        parents=[common],
        help="'Strategisch personeelsplan' voor het MT als .xlsx of .pdf (groepscijfers)",
    )
    s.add_argument("file", metavar="BESTAND.xlsx|.pdf")
    s.add_argument("--scenario", metavar="NAAM", required=True)
    s.add_argument("--budget", metavar="EUR", help="opleidingsbudget per jaar")
    s.add_argument("--respect-direction", action="store_true")
    s.add_argument(
        "--language", choices=("nl", "en"), default="nl", help="taal van de PDF (standaard nl)"
    )
    s.set_defaults(handler=cmd_workforce_report)
    s = wactions.add_parser("settings", parents=[common], help="wervingskosten en richtingboete")
    s.add_argument(
        "--recruit-cost",
        nargs=2,
        action="append",
        metavar=("PROFIEL", "EUR"),
        default=[],
        help="wervingskosten per FTE van een profiel ('standaard' haalt de eigen waarde weg)",
    )
    s.add_argument(
        "--direction-penalty", metavar="EUR", help="boete per toewijzing tegen de richting"
    )
    add_format_option(s)
    s.set_defaults(handler=cmd_workforce_settings)


@contextmanager
def _unit_of_work(args: argparse.Namespace) -> Iterator[UnitOfWork]:
    db = dbs.open_database(args.database)
    try:
        with db.unit_of_work() as uow:
            yield uow
    finally:
        db.dispose()


def _run(args: argparse.Namespace, work: Callable[[UnitOfWork], T]) -> T:
    with _unit_of_work(args) as uow:
        return work(uow)


# -- formatting -----------------------------------------------------------------------------------


def _money(amount: Decimal) -> float:
    return float(amount.quantize(Decimal("0.01")))


def _euro(amount: Decimal) -> str:
    return formats.money(amount, cents=True)


def _fte(value: float) -> str:
    return formats.number(value, 2)


def _unit(unit: str | None) -> str:
    return unit or "hele organisatie"


# -- formation ------------------------------------------------------------------------------------


def formation_json(lines: list[FormationLine]) -> list[dict[str, Any]]:
    return [
        {
            "scenario": line.scenario,
            "year": line.year,
            "profile": line.profile,
            "unit": line.unit,
            "fte": line.fte,
        }
        for line in lines
    ]


def cmd_formation(args: argparse.Namespace) -> int:
    lines = _run(args, lambda uow: formation.list_formation(uow, args.scenario))
    if args.format == "json":
        print_json(formation_json(lines))
        return 0
    if not lines:
        print("Nog geen formatie; zet er een met 'formation set'.")
        return 0
    print_table(
        ["Scenario", "Doeljaar", "Profiel", "Eenheid", "FTE"],
        [(x.scenario, x.year, x.profile, _unit(x.unit), _fte(x.fte)) for x in lines],
    )
    return 0


def cmd_formation_set(args: argparse.Namespace) -> int:
    line = _run(
        args,
        lambda uow: formation.set_formation(
            uow,
            scenario=args.scenario,
            year=args.year,
            profile=args.profile,
            fte=args.fte,
            unit=args.unit,
        ),
    )
    where = _unit(args.unit)
    if line is None:
        print(f"{args.scenario} {args.year}: {args.profile} in {where} verwijderd.")
    else:
        print(f"{line.scenario} {line.year}: {line.profile} in {where} = {_fte(line.fte)} FTE.")
    return 0


def cmd_formation_export(args: argparse.Namespace) -> int:
    target = Path(args.file)
    count = _run(args, lambda uow: formation.export_formation(uow, target, args.scenario))
    print(f"{count} formatieregels geschreven naar {target}.")
    return 0


def cmd_formation_import(args: argparse.Namespace) -> int:
    names = _run(args, lambda uow: formation.import_formation(uow, Path(args.file)))
    print(f"Formatie ingelezen voor: {', '.join(names) or '(geen regels)'}.")
    return 0


# -- workforce ------------------------------------------------------------------------------------


def _request(args: argparse.Namespace) -> workforce.PlanRequest:
    return workforce.PlanRequest(
        scenario=args.scenario,
        budget=workforce.parse_amount(args.budget),
        respect_direction=args.respect_direction,
    )


def plan_json(plan: WorkforcePlan) -> dict[str, Any]:
    """The ``workforce plan --format json`` document (docs/cli.md)."""
    return {
        "scenario": plan.problem.scenario,
        "year": plan.problem.year,
        "status": plan.status,
        "objective": _money(plan.objective),
        "bound_gap": _money(plan.bound_gap),
        "profiles": [
            {
                "profile": o.demand.profile,
                "unit": o.demand.unit,
                "wanted_fte": o.demand.wanted_fte,
                "ready_now_fte": o.ready_now_milli / 1000,
                "grown_fte": o.grown_milli / 1000,
                "recruit_fte": o.recruit_milli / 1000,
                "training_cost": _money(o.training_cost),
                "recruit_cost": _money(o.recruit_cost),
            }
            for o in plan.evaluation.outcomes
        ],
        "assignments": [
            {
                "personeelsnummer": a.person.personnel_number,
                "to_profile": a.option.profile,
                "fit_now": a.option.fit_now,
                "fit_expected": a.option.fit_expected,
                "ready_quarter": None
                if a.option.ready_quarter is None
                else str(a.option.ready_quarter),
                "training_cost": _money(a.option.training_cost),
                "hours": a.option.hours,
                "against_direction": a.option.against_direction,
            }
            for a in plan.assignments
        ],
    }


def cmd_workforce_plan(args: argparse.Namespace) -> int:
    request = _request(args)
    plan = _run(args, lambda uow: workforce.plan_workforce(uow, request))
    if args.format == "json":
        print_json(plan_json(plan))
        return 0
    e = plan.evaluation
    print(
        f"{plan.problem.scenario} ({plan.problem.year}): {plan.status}, totale kosten "
        f"{_euro(plan.objective)} (opleiding {_euro(e.training_cost)}, werving "
        f"{_euro(e.recruit_cost)}, richtingboete {_euro(e.penalty)}); afstand tot de bewezen "
        f"ondergrens {_euro(plan.bound_gap)}."
    )
    print()
    print_table(
        [
            "Profiel",
            "Eenheid",
            "Gewenst",
            "Nu inzetbaar",
            "Gegroeid",
            "Werven",
            "Opleiding",
            "Werving",
        ],
        [
            (
                o.demand.profile,
                _unit(o.demand.unit),
                _fte(o.demand.wanted_fte),
                _fte(o.ready_now_milli / 1000),
                _fte(o.grown_milli / 1000),
                _fte(o.recruit_milli / 1000),
                _euro(o.training_cost),
                _euro(o.recruit_cost),
            )
            for o in e.outcomes
        ],
    )
    if plan.assignments:
        print()
        print_table(
            [
                "Personeelsnr",
                "Naar",
                "Match nu",
                "Match straks",
                "Klaar",
                "Kosten",
                "Uren",
                "Tegen richting",
            ],
            [
                (
                    a.person.personnel_number,
                    a.option.profile,
                    _fte(a.option.fit_now),
                    _fte(a.option.fit_expected),
                    str(a.option.ready_quarter or "nu"),
                    _euro(a.option.training_cost),
                    f"{a.option.hours:g}",
                    "ja" if a.option.against_direction else "",
                )
                for a in plan.assignments
            ],
        )
        print()
        print("Gevolg (geen besluit): FTE die hun huidige functie verlaten")
        print_table(["Huidige functie", "FTE"], [(t, _fte(f)) for t, f in plan.freed_fte()])
    return 0


def explanation_json(explanation: Explanation) -> dict[str, Any]:
    return {
        "personeelsnummer": explanation.person.personnel_number,
        "chosen": None if explanation.chosen is None else explanation.chosen.profile,
        "alternatives": [
            {
                "profile": alt.option.profile,
                "extra_cost": None if alt.extra_cost is None else _money(alt.extra_cost),
            }
            for alt in explanation.alternatives
        ],
        "rejections": [
            {"profile": r.profile, "kind": r.kind, "reason": r.reason}
            for r in explanation.rejections
        ],
        "lines": explanation.lines(),
    }


def cmd_workforce_explain(args: argparse.Namespace) -> int:
    request = _request(args)

    def work(uow: UnitOfWork) -> Explanation:
        plan = workforce.plan_workforce(uow, request)
        return workforce.explain(plan, args.employee)

    explanation = _run(args, work)
    if args.format == "json":
        print_json(explanation_json(explanation))
        return 0
    lines = explanation.lines()
    print(f"Medewerker {args.employee}:")
    for line in lines or ["geen profiel uit de formatie binnen bereik."]:
        print(f"- {line}")
    return 0


def cmd_workforce_report(args: argparse.Namespace) -> int:
    request = _request(args)
    target = Path(args.file)
    report = _run(
        args,
        lambda uow: workforce_report.export_strategic_plan(
            uow, request, target, language=args.language
        ),
    )
    print(
        f"{report.scenario} ({report.year}): strategisch personeelsplan geschreven naar {target}."
    )
    return 0


def cmd_workforce_settings(args: argparse.Namespace) -> int:
    def work(uow: UnitOfWork) -> Any:
        for code, amount in args.recruit_cost:
            value = None if amount == "standaard" else workforce.parse_amount(amount, "Bedrag")
            formation.set_recruit_cost(uow, code, value)
        if args.direction_penalty is not None:
            penalty = workforce.parse_amount(args.direction_penalty, "Boete")
            assert penalty is not None
            formation.set_direction_penalty(uow, penalty)
        return formation.workforce_settings(uow)

    settings = _run(args, work)
    data = {
        "default_recruit_cost": _money(settings.default_recruit_cost),
        "recruit_costs": {k: _money(v) for k, v in sorted(settings.recruit_costs.items())},
        "direction_penalty": _money(settings.direction_penalty),
    }
    if args.format == "json":
        print_json(data)
        return 0
    print(f"Wervingskosten per FTE (standaard): {_euro(settings.default_recruit_cost)}")
    for code, amount in sorted(settings.recruit_costs.items()):
        print(f"  {code}: {_euro(amount)}")
    print(f"Boete per toewijzing tegen de gekozen richting: {_euro(settings.direction_penalty)}")
    return 0

"""docs/scoring.md and the code agree: the worked example is recomputed with the domain code."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from competentieplanner.domain.model import Effect, Profile, Quarter, Requirement, TrainingOffer
from competentieplanner.domain.planning import plan_path
from competentieplanner.domain.scoring import score
from competentieplanner.domain.settings import DEFAULTS, Settings

DOC = Path(__file__).resolve().parent.parent / "docs" / "scoring.md"


def table(marker: str) -> list[list[str]]:
    """The rows (without header) of the table right after ``<!-- rekenvoorbeeld: marker -->``."""
    text = DOC.read_text(encoding="utf-8")
    start = text.index(f"<!-- rekenvoorbeeld: {marker} -->")
    lines = text[start:].splitlines()[1:]
    rows = []
    for line in lines:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    assert len(rows) > 2, marker
    return rows[2:]


def number(text: str) -> float:
    return float(text.replace("€", "").replace("%", "").replace(".", "").replace(",", ".").strip())


def example() -> tuple[Profile, dict[str, int]]:
    requirements = []
    levels = {}
    for code, target, weight, critical, level in table("profiel"):
        requirements.append(Requirement(code, int(target), number(weight), critical == "ja"))
        if level != "onbekend":
            levels[code] = int(level)
    profile = Profile("voorbeeld", "Voorbeeld", "F", requirements=tuple(requirements))
    return profile, levels


def catalogue() -> list[TrainingOffer]:
    offers = []
    for code, hours, cost, effects in table("catalogus"):
        parsed = tuple(
            Effect(comp, int(low), int(high))
            for comp, low, high in re.findall(r"(\w+) vanaf (\d) naar (\d)", effects)
        )
        assert parsed, effects
        price = Decimal(int(number(cost)))
        offers.append(TrainingOffer(code, code, hours=number(hours), cost=price, effects=parsed))
    return offers


def test_the_worked_match_example() -> None:
    profile, levels = example()
    match = score(levels, profile, Settings.from_flat(DEFAULTS).scoring)
    results = {name: value for name, value in table("uitkomst")}
    assert match.fit_pct == number(results["Match"])
    assert match.coverage_pct == number(results["Dekking"])
    assert [g.competency for g in match.gaps] == results["Kloven"].split(", ")
    assert match.readiness.value == results["Gereedheid"]


def _path_rows(budget: Decimal | None) -> list[tuple[str, str, float, float]]:
    profile, levels = example()
    path = plan_path(
        levels,
        profile,
        catalogue(),
        start=Quarter.parse("2027-K1"),
        budget=budget,
        hours_per_quarter=float(DEFAULTS["planning.hours_per_quarter"]),
    )
    return sorted(
        (str(i.quarter), i.offer.code, i.hours, float(i.cost)) for i in path.items
    )


def test_the_worked_paths() -> None:
    for marker, budget in (("pad zonder budget", None), ("pad met budget 1500", Decimal(1500))):
        documented = sorted(
            (quarter, code, number(hours), number(cost))
            for quarter, code, hours, cost in table(marker)
        )
        assert _path_rows(budget) == documented, marker


def test_the_numbers_in_the_text() -> None:
    text = DOC.read_text(encoding="utf-8")
    profile, levels = example()
    full = plan_path(levels, profile, catalogue(), start=Quarter(2027, 1))
    assert f"Totaal € {int(full.total_cost):,}".replace(",", ".") in text
    assert f"{full.total_hours:g} uur" in text
    assert full.remaining == ()
    after = dict(levels)
    for item in full.items:
        for effect in item.effects:
            after[effect.competency] = effect.to_level
    assert score(after, profile).fit_pct == 100.0
    assert score(after, profile).readiness.value == "inzetbaar"
    cheap = plan_path(levels, profile, catalogue(), start=Quarter(2027, 1), budget=Decimal(1500))
    assert [(g.competency, g.level, g.target) for g in cheap.remaining] == [("BA01", 3, 4)]
    assert "Blijft open: BA01 (niveau 3, doel 4)." in text
    assert f"(€ {int(cheap.total_cost):,})".replace(",", ".") in text


def test_the_settings_table_lists_the_defaults() -> None:
    text = DOC.read_text(encoding="utf-8")
    for key in (
        "scoring.ready_min_fit_pct",
        "scoring.insufficient_coverage_below_pct",
        "scoring.developable_max_gap",
        "planning.hours_per_quarter",
    ):
        assert re.search(rf"\| `{re.escape(key)}` \| {DEFAULTS[key]:g} \|", text), key


def test_the_defaults_are_those_of_the_reference_settings() -> None:
    import tomllib

    from competentieplanner import paths
    from competentieplanner.services.reference_data import flatten_settings

    with (paths.reference_dir() / "settings.toml").open("rb") as handle:
        shipped = flatten_settings(tomllib.load(handle))
    assert {key: shipped[key] for key in DEFAULTS} == DEFAULTS

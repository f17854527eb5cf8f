"""Plain report data for the layout tests: one person, one team, one organisation (fictional)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from competentieplanner.domain.model import Readiness
from competentieplanner.reports.charts import BarRow
from competentieplanner.reports.data import (
    AnswerLine,
    AuthorityLine,
    BudgetLine,
    BudgetYear,
    CoverageLine,
    DevelopmentPlanData,
    FutureRow,
    GapLine,
    HeatmapMember,
    HrmOverviewData,
    InterviewSummary,
    PlanLine,
    PlanSummary,
    ProfileFit,
    Scale,
    ShortfallGroup,
    ShortfallLine,
    TeamOverviewData,
    TeamPlanLine,
    TeamProfileView,
    UnitBudgetRow,
)

DAY = dt.date(2026, 11, 27)
SCALE = Scale(4, {1: "Basis (startbekwaam)", 2: "Zelfstandig", 3: "Ervaren", 4: "Expert"})
HOSTILE = (
    "a<b",
    "<font color=red>rood</font>",
    "&amp;",
    "<img src='/etc/passwd'/>",
)


def plan_data(
    *,
    name: str = "IJsbrand Ĳzerman",
    sort_name: str = "Ĳzerman, IJsbrand",
    number: str = "004711",
    text: str = "Leergang politiek-bestuurlijke sensitiviteit",
    levels: tuple[int | None, ...] = (2, 4, None, 3),
) -> DevelopmentPlanData:
    """A person with one gap, one unknown level, a plan, an interview and authorities; ``text``
    lands in every free-text field a user can fill."""
    targets = (3, 3, 2, 3)
    rows = tuple(
        BarRow(f"BA0{i}", f"Competentie {i} {text}", t, lv, i == 1)
        for i, (t, lv) in enumerate(zip(targets, levels, strict=True), start=1)
    )
    fit = ProfileFit(
        "strategisch",
        "Strategisch-politiek adviseur",
        72.5,
        75.0,
        Readiness.DEVELOPABLE,
        True,
        rows,
    )
    return DevelopmentPlanData(
        personnel_number=number,
        name=name,
        sort_name=sort_name,
        unit=f"Beleid {text}",
        job_title=f"Beleidsadviseur {text}",
        team_lead="Şahin Łukasz",
        chosen_profile="Strategisch-politiek adviseur",
        scale=SCALE,
        fits=(fit,),
        gaps=(
            GapLine(
                "BA01",
                "Politiek-bestuurlijke sensitiviteit",
                2,
                3,
                f"Schat de politieke haalbaarheid in {text}",
                True,
                (("Strategisch-politiek adviseur", 3),),
            ),
            GapLine(
                "BA03",
                "Adviesvaardigheid",
                None,
                2,
                "Adviseert zelfstandig",
                False,
                (("Strategisch-politiek adviseur", 2),),
            ),
        ),
        plan=PlanSummary(
            dt.date(2026, 10, 20),
            "vastgesteld",
            None,
            "Strategisch-politiek adviseur",
            (
                PlanLine("2027-K1", text, 24, Decimal("1450"), "Werkgever", "gepland", True),
                PlanLine(
                    "2027-K2", "Intervisie met collega-adviseurs", 8, Decimal("0"), "IKB", "gepland"
                ),
            ),
        ),
        interview=InterviewSummary(
            "ontwikkelgesprek",
            dt.date(2026, 10, 12),
            "Şahin Łukasz",
            (AnswerLine("Toekomst", "Waar sta je over drie jaar?", f"Bij het bestuur {text}", 4),),
            f"Volgt de leergang.\nAfspraak: {text}",
        ),
        authorities_held=(AuthorityLine("Zelfstandig adviseren", "BA01: niveau 2"),),
        authorities_next=(
            AuthorityLine("Onderhandelen binnen mandaat", "BA01: niveau 3", "BA01 van 2 naar 3"),
        ),
    )


def team_data(members: int = 8, *, text: str = "Beleid Sociaal Domein") -> TeamOverviewData:
    codes = ("BA01", "BA02", "BA03")
    people = tuple(
        HeatmapMember(
            f"{1000 + i:06d}",
            f"Achternaam{i:03d}, Voornaam",
            ((i % 4) + 1, None if i % 5 == 0 else 2, 3),
            Readiness.DEVELOPABLE,
        )
        for i in range(members)
    )
    view = TeamProfileView(
        "strategisch",
        "Strategisch-politiek adviseur",
        2,  # chosen by two of the members it is relevant for
        tuple((c, f"Competentie {c}", 3, c == "BA01") for c in codes),
        people,
        (
            CoverageLine(
                "BA01", "Competentie BA01", 3, True, ("Achternaam002, Voornaam",), "één persoon"
            ),
            CoverageLine("BA02", "Competentie BA02", 3, False, (), "niet gedekt"),
            CoverageLine(
                "BA03", "Competentie BA03", 3, False, tuple(m.sort_name for m in people), ""
            ),
        ),
    )
    return TeamOverviewData(
        unit=text,
        kind="team",
        parent="Sociaal Domein",
        team_lead="Noë Haile",
        member_count=members,
        profiles=(view,),
        unscored=(),
        plan_lines=(
            TeamPlanLine(
                "2027-K1",
                "Achternaam001, Voornaam",
                "Procesregie",
                21,
                Decimal("1500"),
                "Werkgever",
                "gepland",
            ),
        ),
        budget=(BudgetLine(2027, Decimal("15600"), Decimal("1500"), Decimal("500")),),
    )


def hrm_data(threshold: int = 5) -> HrmOverviewData:
    futures = (
        FutureRow(
            "strategisch",
            "Strategisch-politiek adviseur",
            {Readiness.READY: 4, Readiness.DEVELOPABLE: 17, Readiness.FAR: 23},
            10,
            71.4,
        ),
        FutureRow(
            "aanbieders",
            "Adviseur relatie met aanbieders",
            {Readiness.READY: 6, Readiness.DEVELOPABLE: 12, Readiness.FAR: 7},
            6,
            80.2,
        ),
        FutureRow(
            "faciliterend",
            "Faciliterend adviseur sociale teams",
            {Readiness.DEVELOPABLE: 3},
            1,
            64.0,
        ),
    )
    shortfalls = (
        ShortfallGroup(
            "Competentiekader beleidsadviseur",
            72,
            (
                ShortfallLine("BA18", "Integriteit en rolvastheid", 31, 2, 9, 72),
                ShortfallLine("BA04", "Omgevingsbewustzijn", 3, 0, 0, 72),
            ),
        ),
        ShortfallGroup(
            "Competentiekader sociaal team", 4, (ShortfallLine("ST01", "Contact", 4, 0, 0, 4),)
        ),
    )
    budget = (
        BudgetYear(
            2027,
            (
                UnitBudgetRow(
                    "Sociaal team Noord",
                    (Decimal("3949"), Decimal("2100"), Decimal("0"), Decimal("0")),
                    (6, 2, 0, 0),
                    8,
                    Decimal("13650"),
                ),
                UnitBudgetRow(
                    "Sociaal team Zuid",
                    (Decimal("5000"), Decimal("7000"), Decimal("0"), Decimal("0")),
                    (5, 7, 0, 0),
                    12,
                    Decimal("13000"),
                ),
            ),
        ),
    )
    return HrmOverviewData(
        organisation_size=120,
        advisors=72,
        futures=futures,
        shortfalls=shortfalls,
        budget_years=budget,
        privacy_min_group=threshold,
    )

"""The demo municipality: a fictional organisation to explore and to test at scale.

Deterministic per seed. Everything is written in bulk inside one transaction, so an interrupted run
leaves the database as it was. All names are fictional combinations of common name parts.
"""

from __future__ import annotations

import datetime as dt
import random
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from competentieplanner import paths
from competentieplanner.domain.errors import UserError
from competentieplanner.domain.registrations import end_of_validity
from competentieplanner.persistence import demo_rows
from competentieplanner.persistence import records as r
from competentieplanner.persistence import registrations as registration_queries
from competentieplanner.persistence.database import Database
from competentieplanner.persistence.unit_of_work import UnitOfWork

MUNICIPALITY = "Gemeente Dijkwaarden"
EMAIL_DOMAIN = "dijkwaarden.example"
#: Assessment rounds: the autumn development interviews of the last three years.
ROUND_DATES = (dt.date(2024, 10, 14), dt.date(2025, 10, 13), dt.date(2026, 10, 12))
SOCIAL_TEAM_SIZE = 20
POLICY_TEAM_SIZE = 24
CONTRACT_TEAM_SIZE = 12
AREAS = ("Noord", "Zuid", "Oost", "West", "Centrum", "Haven", "Polder", "Dorpen")
SCARCE_COMPETENCIES = ("ST07", "ST13", "ST16", "ST09")
SOCIAL_TITLES = (
    ("Generalist sociaal team", 5),
    ("Wmo-consulent", 3),
    ("Jeugd- en gezinsprofessional", 3),
    ("Consulent werk en inkomen", 2),
    ("Schuldhulpverlener", 1),
    ("Opbouwwerker", 1),
)


@dataclass
class DemoSummary:
    municipality: str
    employees: int
    units: int
    assessments: int
    plans: int


@dataclass
class _Person:
    id: int
    number: str
    unit_id: int
    job_title: str
    manager_id: int | None
    framework: str  # which framework they are scored on
    ability: float  # latent mean level
    target_profile_id: int | None = None
    partial: bool = False  # new in the job: few or no lead assessments yet
    extra: dict[str, Any] = field(default_factory=dict)


def _load_names() -> tuple[list[str], list[tuple[str, str]]]:
    with (paths.resources_dir() / "demo" / "names.toml").open("rb") as handle:
        data = tomllib.load(handle)
    surnames = [(item.get("infix", ""), item["last"]) for item in data["surnames"]]
    return list(data["first_names"]), surnames


def generate_demo(db: Database, *, employees: int = 120, seed: int = 1) -> DemoSummary:
    """Fill an empty (reference-data only) database with the demo municipality, in one unit of
    work: an interrupted run leaves the database as it was."""
    rng = random.Random(seed)
    first_names, surnames = _load_names()
    with db.unit_of_work() as uow:
        if demo_rows.has_employees(uow):
            raise UserError(
                f"De database {db.display_name} bevat al medewerkers; de demogemeente wordt "
                "alleen in een database zonder medewerkers aangemaakt."
            )
        return _DemoBuilder(uow, rng, first_names, surnames).build(employees)


class _DemoBuilder:
    def __init__(
        self,
        uow: UnitOfWork,
        rng: random.Random,
        first_names: Sequence[str],
        surnames: Sequence[tuple[str, str]],
    ) -> None:
        self.uow = uow
        self.rng = rng
        self.first_names = first_names
        self.surnames = surnames
        self.bulk = demo_rows.BulkRows(uow)
        self.used_numbers: set[str] = set()
        self.used_emails: set[str] = set()
        self.units: list[dict[str, Any]] = []
        self.employees: list[dict[str, Any]] = []
        self.people: list[_Person] = []
        # unit id -> (competency code few in the team master, the one person who does or None)
        self.scarce: dict[int, tuple[str, int | None]] = {}
        self.profiles = demo_rows.profile_ids(uow)
        self.competencies = demo_rows.competencies_by_framework(uow)
        self.offers = demo_rows.offer_effects(uow)

    # -- organisation -------------------------------------------------------------------
    def _unit(self, name: str, kind: str, parent: int | None, profile: str | None) -> int:
        unit_id = self.bulk.take_id(r.OrgUnitRecord)
        self.units.append(
            {
                "id": unit_id,
                "name": name,
                "kind": kind,
                "parent_id": parent,
                "profile_id": self.profiles.get(profile) if profile else None,
                "version": 1,
            }
        )
        return unit_id

    def _person(
        self,
        unit_id: int,
        job_title: str,
        manager: int | None,
        framework: str,
        ability: float,
    ) -> _Person:
        rng = self.rng
        first = rng.choice(self.first_names)
        infix, last = rng.choice(self.surnames)
        number = f"{rng.randrange(1, 999_999):06d}"
        while number in self.used_numbers:
            number = f"{rng.randrange(1, 999_999):06d}"
        self.used_numbers.add(number)
        person = _Person(
            id=self.bulk.take_id(r.EmployeeRecord),
            number=number,
            unit_id=unit_id,
            job_title=job_title,
            manager_id=manager,
            framework=framework,
            ability=ability,
        )
        start = dt.date(rng.randint(1995, 2026), rng.randint(1, 12), 1)
        if start > ROUND_DATES[-1]:
            start = dt.date(2026, 6, 1)
        person.partial = start.year >= 2026 or rng.random() < 0.05
        email = _email(first, infix, last)
        while email in self.used_emails:
            email = email.replace("@", f"{rng.randint(2, 99)}@", 1)
        self.used_emails.add(email)
        self.employees.append(
            {
                "id": person.id,
                "personnel_number": number,
                "first_name": first,
                "infix": infix,
                "last_name": last,
                "unit_id": unit_id,
                "job_title": job_title,
                "fte": rng.choice((1.0, 1.0, 0.89, 0.89, 0.78, 0.67, 0.56)),
                "manager_id": manager,
                "start_date": start,
                "end_date": None,
                "email": email,
                "target_profile_id": None,
                "version": 1,
            }
        )
        self.people.append(person)
        return person

    def build(self, total: int) -> DemoSummary:
        root = self._unit("Sociaal Domein", "afdeling", None, None)
        head = self._person(root, "Afdelingshoofd sociaal domein", None, "beleidsadviseur", 3.2)
        remaining = total - 1
        n_social = max(1, round(remaining * 0.66 / SOCIAL_TEAM_SIZE))
        n_policy = max(1, round(remaining * 0.22 / POLICY_TEAM_SIZE))
        n_contract = max(1, round(remaining * 0.12 / CONTRACT_TEAM_SIZE))
        shares = [("social", i) for i in range(n_social)]
        shares += [("policy", i) for i in range(n_policy)]
        shares += [("contract", i) for i in range(n_contract)]
        sizes = _spread(remaining, [_weight(kind) for kind, _ in shares])
        for (kind, index), size in zip(shares, sizes, strict=True):
            if size <= 0:
                continue
            self._team(kind, index, size, root, head.id)
        self._choose_targets()
        # Managers are always created before their reports, so rows insert in id order.
        self.bulk.insert(r.OrgUnitRecord, self.units)
        self.bulk.insert(r.EmployeeRecord, self.employees)
        assessments = self._assessments()
        plans = self._plans()
        self._budgets()
        self._registrations()  # last: draws from the generator after everything else
        self.bulk.finish()
        demo_rows.set_setting(self.uow, "reports.organisation_name", MUNICIPALITY)
        return DemoSummary(MUNICIPALITY, len(self.employees), len(self.units), assessments, plans)

    def _team(self, kind: str, index: int, size: int, root: int, head_id: int) -> None:
        rng = self.rng
        suffix = "" if index < len(AREAS) else f" {index // len(AREAS) + 1}"
        if kind == "social":
            name = f"Sociaal team {AREAS[index % len(AREAS)]}{suffix}"
            unit = self._unit(name, "team", root, "sociaal-team")
            lead = self._person(unit, "Teamleider sociaal team", head_id, "sociaal-team", 3.0)
            titles = [t for t, weight in SOCIAL_TITLES for _ in range(weight)]
            for _ in range(size - 1):
                self._person(unit, rng.choice(titles), lead.id, "sociaal-team", rng.gauss(2.3, 0.6))
            if index % 2 == 0:
                # Every other team leans on one person, or on nobody, for one competency: the
                # continuity risks HR must see.
                code = SCARCE_COMPETENCIES[index // 2 % len(SCARCE_COMPETENCIES)]
                self.scarce[unit] = (code, lead.id if index % 4 == 0 else None)
        elif kind == "policy":
            name = "Beleid Sociaal Domein" + (f" {index + 1}" if index else "")
            unit = self._unit(name, "team", root, None)
            lead = self._person(unit, "Teamleider beleid", head_id, "beleidsadviseur", 3.1)
            for _ in range(size - 1):
                senior = rng.random() < 0.3
                title = (
                    "Senior beleidsadviseur sociaal domein"
                    if senior
                    else "Beleidsadviseur sociaal domein"
                )
                mean = 3.0 if senior else rng.choice((1.6, 2.0, 2.4, 2.7))
                self._person(unit, title, lead.id, "beleidsadviseur", rng.gauss(mean, 0.45))
        else:
            name = "Contractmanagement en Inkoop" + (f" {index + 1}" if index else "")
            unit = self._unit(name, "team", root, "aanbieders")
            lead = self._person(
                unit, "Teamleider contractmanagement", head_id, "beleidsadviseur", 3.0
            )
            for _ in range(size - 1):
                title = rng.choice(
                    ("Contractmanager sociaal domein", "Inkoopadviseur sociaal domein")
                )
                self._person(unit, title, lead.id, "beleidsadviseur", rng.gauss(2.5, 0.5))

    def _choose_targets(self) -> None:
        rng = self.rng
        by_id = {e["id"]: e for e in self.employees}
        futures = ("strategisch", "aanbieders", "faciliterend")
        for person in self.people:
            row = by_id[person.id]
            if person.framework == "sociaal-team":
                if rng.random() < 0.5:
                    row["target_profile_id"] = self.profiles.get("sociaal-team")
            elif "Contract" in person.job_title or "Inkoop" in person.job_title:
                if rng.random() < 0.6:
                    row["target_profile_id"] = self.profiles.get("aanbieders")
            elif "beleidsadviseur" in person.job_title.lower() and rng.random() < 0.65:
                row["target_profile_id"] = self.profiles.get(rng.choice(futures))

    # -- assessments ----------------------------------------------------------------------
    def _assessments(self) -> int:
        rng = self.rng
        assessment_rows: list[dict[str, Any]] = []
        score_rows: list[dict[str, Any]] = []
        created = dt.datetime(2026, 11, 1, 9, 0)
        next_score = self.bulk.take_id(r.AssessmentScoreRecord)
        for person in self.people:
            comps = self.competencies.get(person.framework, [])
            base = {code: _clamp(rng.gauss(person.ability, 0.7)) for _, code in comps}
            # a spread of strengths: every person has a few clear talents and weak spots
            rounds = ROUND_DATES[-rng.choice((2, 3, 3)) :]
            if person.partial:
                rounds = ROUND_DATES[-1:]
            for index, day in enumerate(rounds):
                growth = index * 0.35
                kinds = ["lead"] if rng.random() < 0.55 else ["self", "lead", "agreed"]
                if person.partial:
                    kinds = ["self"] if rng.random() < 0.5 else ["self", "lead"]
                for kind in kinds:
                    assessment_id = self.bulk.take_id(r.AssessmentRecord)
                    assessment_rows.append(
                        {
                            "id": assessment_id,
                            "employee_id": person.id,
                            "assessed_on": day + dt.timedelta(days=rng.randint(0, 25)),
                            "kind": kind,
                            "assessor": "" if kind == "self" else "teamleider",
                            "notes": "",
                            "interview_id": None,
                            "created_at": created,
                        }
                    )
                    covered = comps
                    if person.partial and kind == "lead":
                        covered = rng.sample(comps, k=max(1, len(comps) // 2))
                    for comp_id, code in covered:
                        level = base[code] + growth + rng.gauss(0, 0.35)
                        if kind == "self":
                            level += 0.4
                        elif self._is_scarce(person, code):
                            level = min(level, 1)
                        score_rows.append(
                            {
                                "id": next_score,
                                "assessment_id": assessment_id,
                                "competency_id": comp_id,
                                "level": _clamp(level),
                                "evidence": "",
                            }
                        )
                        next_score += 1
        self.bulk.insert(r.AssessmentRecord, assessment_rows)
        self.bulk.insert(r.AssessmentScoreRecord, score_rows)
        return len(assessment_rows)

    def _is_scarce(self, person: _Person, code: str) -> bool:
        scarce = self.scarce.get(person.unit_id)
        return scarce is not None and scarce[0] == code and scarce[1] != person.id

    # -- plans and budgets ----------------------------------------------------------------
    def _plans(self) -> int:
        rng = self.rng
        by_competency: dict[str, list[demo_rows.OfferEffect]] = {}
        for offer in self.offers:
            by_competency.setdefault(offer.code, []).append(offer)
        plans: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        targets = {e["id"]: e["target_profile_id"] for e in self.employees}
        quarters = ("2026-K3", "2026-K4", "2027-K1", "2027-K2", "2027-K3")
        for person in self.people:
            if rng.random() > 0.35:
                continue
            comps = self.competencies.get(person.framework, [])
            plan_id = self.bulk.take_id(r.DevelopmentPlanRecord)
            plans.append(
                {
                    "id": plan_id,
                    "employee_id": person.id,
                    "profile_id": targets[person.id],
                    "created_on": dt.date(2026, 10, 20),
                    "status": rng.choice(("vastgesteld", "getekend")),
                    "signed_on": None,
                    "interview_id": None,
                    "supersedes_id": None,
                    "version": 1,
                }
            )
            chosen: set[int] = set()
            for _, code in rng.sample(comps, k=min(len(comps), rng.randint(1, 3))):
                candidates = [o for o in by_competency.get(code, []) if o.id not in chosen]
                if not candidates:
                    continue
                offer = rng.choice(candidates)
                chosen.add(offer.id)
                quarter = rng.choice(quarters)
                status = "afgerond" if quarter < "2026-K4" and rng.random() < 0.7 else "gepland"
                items.append(
                    {
                        "id": self.bulk.take_id(r.PlanItemRecord),
                        "plan_id": plan_id,
                        "offer_id": offer.id,
                        "title": offer.name,
                        "quarter": quarter,
                        "status": status,
                        "hours": offer.hours,
                        "cost": Decimal(offer.cost),
                        "funding": offer.funding_hint or "werkgever",
                        "repayment_clause": Decimal(offer.cost) >= 1500,
                        "notes": "",
                        "version": 1,
                    }
                )
            if rng.random() < 0.3:
                items.append(
                    {
                        "id": self.bulk.take_id(r.PlanItemRecord),
                        "plan_id": plan_id,
                        "offer_id": None,
                        "title": rng.choice(
                            (
                                "Meelopen met een sociaal team (4 dagdelen)",
                                "Projectrol in de pilot wijkgericht werken",
                                "Intervisie met collega-adviseurs",
                                "Coaching door een senior collega",
                            )
                        ),
                        "quarter": rng.choice(quarters),
                        "status": "gepland",
                        "hours": float(rng.choice((8, 12, 16))),
                        "cost": Decimal("0"),
                        "funding": "werkgever",
                        "repayment_clause": False,
                        "notes": "",
                        "version": 1,
                    }
                )
        if plans:
            self.bulk.insert(r.DevelopmentPlanRecord, plans)
        if items:
            self.bulk.insert(r.PlanItemRecord, items)
        return len(plans)

    def _registrations(self) -> None:
        """A meldcode certificate for most social-team staff (a third of them expired by now)
        and an SKJ registration for every youth professional."""
        kinds = {k.code: k for k in registration_queries.load_kinds(self.uow.session)}
        ids = registration_queries.kind_ids(self.uow.session)
        rows: list[dict[str, Any]] = []
        today = dt.date.today()
        for person in self.people:
            if person.framework != "sociaal-team":
                continue
            wanted = [("meldcode", 0.9, 4)]
            if person.job_title.startswith("Jeugd"):
                wanted.append(("skj", 1.0, 5))
            for code, share, years in wanted:
                if code not in kinds or self.rng.random() >= share:
                    continue
                issued = today - dt.timedelta(days=self.rng.randint(30, 365 * years))
                rows.append(
                    {
                        "id": self.bulk.take_id(r.RegistrationRecord),
                        "employee_id": person.id,
                        "kind_id": ids[code],
                        "number": f"{code.upper()}-{self.rng.randint(100000, 999999)}",
                        "issued_on": issued,
                        "valid_until": end_of_validity(kinds[code], issued),
                        "version": 1,
                    }
                )
        if rows:
            self.bulk.insert(r.RegistrationRecord, rows)

    def _budgets(self) -> None:
        members: dict[int, int] = {}
        for e in self.employees:
            members[e["unit_id"]] = members.get(e["unit_id"], 0) + 1
        rows = []
        for unit in self.units:
            count = members.get(unit["id"], 0)
            if unit["kind"] != "team" or not count:
                continue
            for year, per_head in ((2026, 600), (2027, 650)):
                rows.append(
                    {
                        "id": self.bulk.take_id(r.BudgetRecord),
                        "unit_id": unit["id"],
                        "year": year,
                        "amount": Decimal(count * per_head),
                        "version": 1,
                    }
                )
        if rows:
            self.bulk.insert(r.BudgetRecord, rows)


def _weight(kind: str) -> float:
    return {"social": SOCIAL_TEAM_SIZE, "policy": POLICY_TEAM_SIZE, "contract": CONTRACT_TEAM_SIZE}[
        kind
    ]


def _spread(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` people over teams in proportion to ``weights`` (largest remainders)."""
    whole = sum(weights)
    raw = [total * w / whole for w in weights]
    sizes = [int(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - sizes[i], reverse=True)
    for i in order[: total - sum(sizes)]:
        sizes[i] += 1
    return sizes


def _clamp(value: float) -> int:
    return max(1, min(4, round(value)))


def _email(first: str, infix: str, last: str) -> str:
    import unicodedata

    def ascii_part(text: str) -> str:
        text = text.replace("ı", "i").replace("ł", "l").replace("Ł", "L")
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return "".join(ch for ch in folded.lower() if ch.isalnum())

    local = f"{ascii_part(first[:1])}.{ascii_part(infix)}{ascii_part(last)}"
    return f"{local}@{EMAIL_DOMAIN}"

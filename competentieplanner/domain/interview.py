"""A development conversation in progress (the draft) and the pure rules around it.

The team lead fills the draft step by step; it is stored as JSON after every change so that a
closed window or a crash loses nothing, and it becomes the interview record, the assessments and
a plan version when the conversation is closed. Nothing here touches a database or Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from competentieplanner.domain.errors import Problem, UserError
from competentieplanner.domain.model import (
    FundingSource,
    InterviewKind,
    PlanItemStatus,
    Quarter,
)

#: Version of the JSON layout of a draft; a newer layout is refused instead of misread.
DRAFT_FORMAT = 1

#: The steps of the conversation, in order (index = ``InterviewDraft.step``).
STEPS: tuple[str, ...] = ("Voorbereiden", "Gesprek", "Scoren", "Richting", "Afspraken", "Afronden")

#: Own actions a team lead typically agrees besides catalogue training: kind -> default title.
OWN_ACTIONS: dict[str, str] = {
    "meelopen": "Meeloopstage in een sociaal team",
    "projectrol": "Projectrol",
    "intervisie": "Intervisie",
    "coaching": "Coaching",
    "anders": "Eigen actie",
}

#: Courses from this price on usually carry a studiekostenbeding (repayment clause) in municipal
#: regulations; it is only the starting value of a visible checkbox.
REPAYMENT_CLAUSE_FROM = Decimal("1500")

#: The optional rating of an answer runs from 1 to 5 (REFERENCE.md section 6).
RATING_MAX = 5

_TITLE_MAX = 300  # plan_item.title
_TEAM_LEAD_MAX = 200  # interview.team_lead

#: The overall judgement of a beoordelingsgesprek, best first (the usual five-point wording of
#: municipal appraisal regulations).
JUDGEMENTS: tuple[str, ...] = ("uitstekend", "goed", "voldoende", "matig", "onvoldoende")

#: How the employee signs a beoordelingsgesprek: seen only, or agreeing with it.
EMPLOYEE_RESPONSES: tuple[str, ...] = ("voor gezien", "akkoord")

#: The conversation that usually follows each kind in the yearly cycle, and after how many months.
NEXT_IN_CYCLE: dict[InterviewKind, tuple[InterviewKind, int]] = {
    InterviewKind.PLANNING: (InterviewKind.PROGRESS, 6),
    InterviewKind.PROGRESS: (InterviewKind.REVIEW, 6),
    InterviewKind.REVIEW: (InterviewKind.PLANNING, 1),
    InterviewKind.DEVELOPMENT: (InterviewKind.DEVELOPMENT, 12),
}


def next_in_cycle(kind: InterviewKind, held_on: dt.date) -> tuple[InterviewKind, dt.date]:
    """The kind and date proposed for the conversation after one of ``kind`` on ``held_on``."""
    following, months = NEXT_IN_CYCLE[kind]
    return following, add_months(held_on, months)


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` calendar months on (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has at least 28 days")


def suggests_repayment_clause(cost: Decimal) -> bool:
    """The default of the repayment-clause checkbox for an item costing ``cost``."""
    return cost >= REPAYMENT_CLAUSE_FROM


@dataclass
class ScoreEntry:
    """What was recorded for one competency in step 3."""

    lead: int | None = None  # the team lead's level
    agreed: int | None = None  # the agreed level; None: the same as the team lead's
    evidence: str = ""

    @property
    def agreed_level(self) -> int | None:
        return self.agreed if self.agreed is not None else self.lead

    @property
    def is_empty(self) -> bool:
        return self.lead is None and self.agreed is None and not self.evidence.strip()


#: The longest preparation answer the employee's form may hold (a few paragraphs).
MAX_PREPARED_LENGTH = 4000


@dataclass
class AnswerEntry:
    """One interview question: the employee's preparation (written beforehand, in the app or on
    the preparation form), the answer noted in the conversation, and an optional 1-5 rating."""

    answer: str = ""
    rating: int | None = None
    prepared: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.answer.strip() and self.rating is None and not self.prepared.strip()


@dataclass
class ActionEntry:
    """One agreed action: a catalogue offer or an own action (job shadowing, coaching, ...)."""

    title: str
    quarter: str  # "2027-K1"
    offer: str | None = None  # training offer code; None for an own action
    hours: float = 0.0
    cost: Decimal = Decimal("0")
    funding: FundingSource = FundingSource.EMPLOYER
    repayment_clause: bool = False
    status: PlanItemStatus = PlanItemStatus.PLANNED
    notes: str = ""
    action_kind: str = "opleiding"  # "opleiding" or a key of OWN_ACTIONS
    origin: str = ""  # "planner" (proposed by the engine), "plan" (from the previous plan), ""
    #: SMART: what it should deliver, who carries it, and by when (a date, not only a quarter).
    result: str = ""
    owner: str = ""
    deadline: dt.date | None = None

    @property
    def is_training(self) -> bool:
        return self.offer is not None

    def smart_missing(self) -> list[str]:
        """What the agreement still lacks to be SMART, in words for the prompt (empty: complete)."""
        missing = []
        if not self.result.strip():
            missing.append("het resultaat")
        if not self.owner.strip():
            missing.append("wie het trekt")
        if self.deadline is None:
            missing.append("een einddatum")
        return missing


@dataclass
class InterviewDraft:
    """Everything entered so far in one conversation."""

    personnel_number: str
    held_on: dt.date
    kind: InterviewKind = InterviewKind.DEVELOPMENT
    team_lead: str = ""
    #: The team lead as a person (personnel number); closing requires one.
    team_lead_number: str = ""
    step: int = 0
    #: Self-assessment typed in (or imported) during this conversation; empty: none entered here.
    self_levels: dict[str, int] = field(default_factory=dict)
    scores: dict[str, ScoreEntry] = field(default_factory=dict)  # competency code -> entry
    answers: dict[str, AnswerEntry] = field(default_factory=dict)  # question code -> entry
    profile: str | None = None  # the target profile chosen in step 4
    actions: list[ActionEntry] = field(default_factory=list)
    actions_started: bool = False  # step 5 was filled once (an empty list is then a choice)
    agreements: str = ""
    judgement: str = ""  # beoordelingsgesprek: one of JUDGEMENTS
    employee_response: str = ""  # beoordelingsgesprek: one of EMPLOYEE_RESPONSES
    next_kind: InterviewKind | None = None  # the next conversation, planned at closing
    next_on: dt.date | None = None
    id: int | None = None
    updated_at: dt.datetime | None = None
    #: The stored row's version this draft was read or last saved as; a save carrying an older
    #: one is refused, so a colleague's later work is never overwritten.
    version: int | None = None
    #: For display only (never stored in the JSON: the personnel number identifies the person).
    employee_name: str = ""

    @property
    def has_content(self) -> bool:
        """True once anything worth keeping was entered (choosing a person alone is not)."""
        return bool(
            self.step > 0
            or self.self_levels
            or any(not s.is_empty for s in self.scores.values())
            or any(not a.is_empty for a in self.answers.values())
            or self.actions_started
            or self.agreements.strip()
        )

    def lead_levels(self) -> dict[str, int]:
        return {code: s.lead for code, s in self.scores.items() if s.lead is not None}

    def agreed_levels(self) -> dict[str, int]:
        return {
            code: level for code, s in self.scores.items() if (level := s.agreed_level) is not None
        }

    # -- JSON ----------------------------------------------------------------------------------

    def to_data(self) -> dict[str, Any]:
        """A JSON-ready dict of everything entered (ids and timestamps are kept by the row)."""
        return {
            "format": DRAFT_FORMAT,
            "personnel_number": self.personnel_number,
            "held_on": self.held_on.isoformat(),
            "kind": self.kind.value,
            "team_lead": self.team_lead,
            "team_lead_number": self.team_lead_number,
            "step": self.step,
            "self_levels": dict(self.self_levels),
            "scores": {
                code: {"lead": s.lead, "agreed": s.agreed, "evidence": s.evidence}
                for code, s in self.scores.items()
                if not s.is_empty
            },
            "answers": {
                code: {"answer": a.answer, "rating": a.rating, "prepared": a.prepared}
                for code, a in self.answers.items()
                if not a.is_empty
            },
            "profile": self.profile,
            "actions": [
                {
                    "title": a.title,
                    "quarter": a.quarter,
                    "offer": a.offer,
                    "hours": a.hours,
                    "cost": str(a.cost),
                    "funding": a.funding.value,
                    "repayment_clause": a.repayment_clause,
                    "status": a.status.value,
                    "notes": a.notes,
                    "action_kind": a.action_kind,
                    "origin": a.origin,
                    "result": a.result,
                    "owner": a.owner,
                    "deadline": a.deadline.isoformat() if a.deadline else None,
                }
                for a in self.actions
            ],
            "actions_started": self.actions_started,
            "agreements": self.agreements,
            "judgement": self.judgement,
            "employee_response": self.employee_response,
            "next_kind": self.next_kind.value if self.next_kind else None,
            "next_on": self.next_on.isoformat() if self.next_on else None,
        }

    @classmethod
    def from_data(
        cls,
        data: Mapping[str, Any],
        *,
        draft_id: int | None = None,
        updated_at: dt.datetime | None = None,
        version: int | None = None,
    ) -> InterviewDraft:
        """Read a draft back from :meth:`to_data`'s dict.

        Raises:
            UserError: the stored draft is unreadable or from a newer version of the app.
        """
        try:
            if int(data.get("format", 1)) > DRAFT_FORMAT:
                raise UserError(
                    "Dit concept-gesprek is opgeslagen door een nieuwere versie van de "
                    "Competentieplanner en kan hier niet worden geopend."
                )
            return cls(
                personnel_number=str(data["personnel_number"]),
                held_on=dt.date.fromisoformat(data["held_on"]),
                kind=InterviewKind(data.get("kind", InterviewKind.DEVELOPMENT.value)),
                team_lead=str(data.get("team_lead", "")),
                team_lead_number=str(data.get("team_lead_number") or ""),
                step=int(data.get("step", 0)),
                self_levels={str(k): int(v) for k, v in dict(data.get("self_levels", {})).items()},
                scores={
                    str(code): ScoreEntry(
                        lead=_opt_int(entry.get("lead")),
                        agreed=_opt_int(entry.get("agreed")),
                        evidence=str(entry.get("evidence", "")),
                    )
                    for code, entry in dict(data.get("scores", {})).items()
                },
                answers={
                    str(code): AnswerEntry(
                        answer=str(entry.get("answer", "")),
                        rating=_opt_int(entry.get("rating")),
                        prepared=str(entry.get("prepared") or ""),
                    )
                    for code, entry in dict(data.get("answers", {})).items()
                },
                profile=data.get("profile") or None,
                actions=[_action_from_data(item) for item in data.get("actions", [])],
                actions_started=bool(data.get("actions_started", False)),
                agreements=str(data.get("agreements", "")),
                judgement=str(data.get("judgement") or ""),
                employee_response=str(data.get("employee_response") or ""),
                next_kind=InterviewKind(data["next_kind"]) if data.get("next_kind") else None,
                next_on=dt.date.fromisoformat(data["next_on"]) if data.get("next_on") else None,
                id=draft_id,
                updated_at=updated_at,
                version=version,
            )
        except UserError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, InvalidOperation) as exc:
            raise UserError(
                f"Het concept-gesprek (nummer {draft_id}) is beschadigd en kan niet worden "
                f"geopend ({exc.__class__.__name__}). Verwijder het concept en begin opnieuw."
            ) from exc


def _opt_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _action_from_data(item: Mapping[str, Any]) -> ActionEntry:
    return ActionEntry(
        title=str(item["title"]),
        quarter=str(item["quarter"]),
        offer=item.get("offer") or None,
        hours=float(item.get("hours", 0.0)),
        cost=Decimal(str(item.get("cost", "0"))),
        funding=FundingSource(item.get("funding", FundingSource.EMPLOYER.value)),
        repayment_clause=bool(item.get("repayment_clause", False)),
        status=PlanItemStatus(item.get("status", PlanItemStatus.PLANNED.value)),
        notes=str(item.get("notes", "")),
        action_kind=str(item.get("action_kind", "opleiding")),
        origin=str(item.get("origin", "")),
        result=str(item.get("result") or ""),
        owner=str(item.get("owner") or ""),
        deadline=dt.date.fromisoformat(item["deadline"]) if item.get("deadline") else None,
    )


def unscored_competencies(draft: InterviewDraft, competencies: Iterable[str]) -> list[str]:
    """The codes of ``competencies`` (the person's framework) the team lead gave no level."""
    return [code for code in competencies if draft.scores.get(code, ScoreEntry()).lead is None]


def levels_after(current: Mapping[str, int], draft: InterviewDraft) -> dict[str, int]:
    """The levels that count once this conversation is closed: the agreed levels of step 3
    over the current levels (a competency not scored keeps its current level)."""
    merged = dict(current)
    merged.update(draft.agreed_levels())
    return merged


# -- checks before closing --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DraftRules:
    """What the database knows, to check a draft against before anything is written."""

    competencies: Mapping[str, str]  # code -> name, of the person's framework
    scale_max: int
    questions: Iterable[str]  # question codes
    offers: Iterable[str]  # training offer codes
    profiles: Iterable[str]  # profile codes
    #: Personnel numbers a team lead can be chosen from; None: not checked (the screen does
    #: not hold the whole staff list, the service checks when closing).
    people: Iterable[str] | None = None


def check_draft(draft: InterviewDraft, rules: DraftRules) -> list[Problem]:
    """Every reason the draft cannot be closed yet, in the order of the steps (empty: fine).

    Problems name the step as their place; plan actions also name their row and column,
    because step 5 shows them as a table.
    """
    problems: list[Problem] = []
    if not draft.team_lead_number.strip():
        problems.append(
            Problem(
                "kies de teamleider die het gesprek voert (een medewerker uit het "
                "personeelsbestand)",
                "Stap 1 Voorbereiden",
            )
        )
    elif rules.people is not None and draft.team_lead_number not in set(rules.people):
        problems.append(
            Problem(
                "de gekozen teamleider staat niet (meer) in het personeelsbestand",
                "Stap 1 Voorbereiden",
                value=draft.team_lead_number,
            )
        )
    if len(draft.team_lead) > _TEAM_LEAD_MAX:
        problems.append(
            Problem(
                f"de naam van de teamleider mag hoogstens {_TEAM_LEAD_MAX} tekens zijn",
                "Stap 1 Voorbereiden",
            )
        )
    for code, level in draft.self_levels.items():
        name = rules.competencies.get(code)
        if name is None:
            problems.append(
                Problem(
                    f"zelfbeoordeling: competentie {code} hoort niet bij het "
                    "kader van de medewerker",
                    "Stap 1 Voorbereiden",
                )
            )
        elif not 1 <= level <= rules.scale_max:
            problems.append(
                Problem(
                    f"zelfbeoordeling {name}: het niveau moet tussen 1 en {rules.scale_max} liggen",
                    "Stap 1 Voorbereiden",
                    value=str(level),
                )
            )
    question_codes = set(rules.questions)
    for code, answer in draft.answers.items():
        if code not in question_codes:
            problems.append(Problem(f"vraag {code} bestaat niet (meer)", "Stap 2 Gesprek"))
        if len(answer.prepared.strip()) > MAX_PREPARED_LENGTH:
            problems.append(
                Problem(
                    f"vraag {code}: de voorbereiding van de medewerker mag hoogstens "
                    f"{MAX_PREPARED_LENGTH} tekens zijn",
                    "Stap 2 Gesprek",
                )
            )
        if answer.rating is not None and not 1 <= answer.rating <= RATING_MAX:
            problems.append(
                Problem(
                    f"vraag {code}: de score moet tussen 1 en {RATING_MAX} liggen",
                    "Stap 2 Gesprek",
                    value=str(answer.rating),
                )
            )
    scored = 0
    for code, entry in draft.scores.items():
        name = rules.competencies.get(code)
        if name is None:
            problems.append(
                Problem(
                    f"competentie {code} hoort niet bij het kader van de medewerker",
                    "Stap 3 Scoren",
                )
            )
            continue
        for label, value in (
            ("niveau teamleider", entry.lead),
            ("afgesproken niveau", entry.agreed),
        ):
            if value is not None and not 1 <= value <= rules.scale_max:
                problems.append(
                    Problem(
                        f"{name}: het {label} moet tussen 1 en {rules.scale_max} liggen",
                        "Stap 3 Scoren",
                        value=str(value),
                    )
                )
        if entry.lead is None and (entry.agreed is not None or entry.evidence.strip()):
            problems.append(
                Problem(f"{name}: kies ook het niveau van de teamleider", "Stap 3 Scoren")
            )
        if entry.lead is not None:
            scored += 1
    if scored == 0:
        problems.append(Problem("geef bij minstens één competentie een niveau", "Stap 3 Scoren"))
    if draft.profile is not None and draft.profile not in set(rules.profiles):
        problems.append(
            Problem(
                "het gekozen profiel bestaat niet (meer)", "Stap 4 Richting", value=draft.profile
            )
        )
    problems += _closing_problems(draft)
    offers = set(rules.offers)
    place = "Stap 5 Afspraken"
    for row, action in enumerate(draft.actions, start=1):
        label = action.title.strip() or f"activiteit {row}"
        if not action.title.strip():
            problems.append(
                Problem("geef de activiteit een omschrijving", place, row=row, header="Activiteit")
            )
        elif len(action.title.strip()) > _TITLE_MAX:
            problems.append(
                Problem(
                    f"de omschrijving mag hoogstens {_TITLE_MAX} tekens zijn",
                    place,
                    row=row,
                    header="Activiteit",
                )
            )
        try:
            Quarter.parse(action.quarter)
        except ValueError as exc:
            problems.append(
                Problem(str(exc), place, row=row, header="Kwartaal", value=action.quarter)
            )
        if action.hours < 0:
            problems.append(
                Problem(
                    f"de uren van '{label}' mogen niet negatief zijn",
                    place,
                    row=row,
                    header="Uren",
                    value=f"{action.hours:g}",
                )
            )
        if action.cost < 0:
            problems.append(
                Problem(
                    f"de kosten van '{label}' mogen niet negatief zijn",
                    place,
                    row=row,
                    header="Kosten",
                    value=str(action.cost),
                )
            )
        if action.offer is not None and action.offer not in offers:
            problems.append(
                Problem(
                    "deze opleiding staat niet (meer) in de catalogus",
                    place,
                    row=row,
                    header="Opleiding",
                    value=action.offer,
                )
            )
    return problems


def _closing_problems(draft: InterviewDraft) -> list[Problem]:
    """The fields of step 6: the judgement of a beoordelingsgesprek and the next conversation."""
    place = "Stap 6 Afronden"
    problems: list[Problem] = []
    if draft.kind is InterviewKind.REVIEW:
        if draft.judgement not in JUDGEMENTS:
            problems.append(
                Problem(
                    "kies het eindoordeel van het beoordelingsgesprek ("
                    + ", ".join(JUDGEMENTS)
                    + ")",
                    place,
                    value=draft.judgement,
                )
            )
        if draft.employee_response not in EMPLOYEE_RESPONSES:
            problems.append(
                Problem(
                    "geef aan of de medewerker de beoordeling 'voor gezien' of 'akkoord' tekent",
                    place,
                    value=draft.employee_response,
                )
            )
    elif draft.judgement or draft.employee_response:
        problems.append(Problem("alleen een beoordelingsgesprek heeft een eindoordeel", place))
    if (draft.next_kind is None) != (draft.next_on is None):
        problems.append(
            Problem("plan het volgende gesprek met zowel een soort als een datum", place)
        )
    elif draft.next_on is not None and draft.next_on <= draft.held_on:
        problems.append(
            Problem(
                "het volgende gesprek moet na dit gesprek vallen",
                place,
                value=draft.next_on.isoformat(),
            )
        )
    return problems

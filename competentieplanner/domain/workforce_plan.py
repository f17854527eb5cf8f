"""The answer of the workforce optimisation and what follows from it: coverage per formation
line, the assignments, FTE freed per current role, and why someone was not chosen."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from competentieplanner.domain.formation import FTE_SCALE
from competentieplanner.domain.workforce import (
    Evaluation,
    Option,
    Rejection,
    SupplyPerson,
    WorkforceProblem,
    evaluate,
)

#: Solver statuses as reported (``status`` in the JSON).
OPTIMAL = "optimal"
TIME_LIMIT = "time_limit"
NOT_SOLVED = "not_solved"


@dataclass(frozen=True, slots=True)
class Assignment:
    person: SupplyPerson
    option: Option


@dataclass(frozen=True, slots=True)
class WorkforcePlan:
    problem: WorkforceProblem
    choice: tuple[tuple[int, int], ...]  # (person index, option index), by person
    status: str
    bound: Decimal | None  # proven lower bound on the total cost (None: none proven)
    evaluation: Evaluation
    seconds: float = 0.0  # the solver's own time

    @classmethod
    def of(
        cls,
        problem: WorkforceProblem,
        choice: dict[int, int],
        status: str,
        bound: Decimal | None,
        seconds: float = 0.0,
    ) -> WorkforcePlan:
        ordered = tuple(sorted(choice.items()))
        return cls(problem, ordered, status, bound, evaluate(problem, choice), seconds)

    @property
    def objective(self) -> Decimal:
        return self.evaluation.total

    @property
    def bound_gap(self) -> Decimal:
        """How much cheaper a plan might still be (euro); 0 for a proven optimal plan."""
        if self.status == OPTIMAL:
            return Decimal("0")
        if self.bound is None:
            return self.objective
        return max(Decimal("0"), self.objective - self.bound)

    @property
    def assignments(self) -> list[Assignment]:
        return [
            Assignment(self.problem.people[i], self.problem.people[i].options[k])
            for i, k in self.choice
        ]

    def assigned(self, personnel_number: str) -> Assignment | None:
        for assignment in self.assignments:
            if assignment.person.personnel_number == personnel_number:
                return assignment
        return None

    def freed_fte(self) -> list[tuple[str, float]]:
        """FTE that leave each current job title for a future profile, largest first.

        A consequence to discuss, not a decision: the tool does not move anyone.
        """
        freed: dict[str, int] = defaultdict(int)
        for a in self.assignments:
            freed[a.person.job_title or "(onbekend)"] += a.person.fte_milli
        return sorted(
            ((title, milli / FTE_SCALE) for title, milli in freed.items()),
            key=lambda item: (-item[1], item[0]),
        )


@dataclass(frozen=True, slots=True)
class Alternative:
    """What it would cost to give a person one of their options anyway."""

    option: Option
    extra_cost: Decimal | None  # None: impossible within the training budget


@dataclass(frozen=True, slots=True)
class Explanation:
    person: SupplyPerson
    chosen: Option | None
    alternatives: tuple[Alternative, ...]
    rejections: tuple[Rejection, ...]

    def lines(self) -> list[str]:
        """The explanation in Dutch sentences, one per profile."""
        out: list[str] = []
        if self.chosen is not None:
            out.append(f"Gekozen voor {self.chosen.profile}.")
        for alt in self.alternatives:
            what = (
                "nu inzetbaar"
                if alt.option.ready_now
                else (f"pad € {alt.option.training_cost:.2f}, klaar {alt.option.ready_quarter}")
            )
            if alt.extra_cost == 0:
                out.append(
                    f"{alt.option.profile} ({what}): even duur; gekozen is wie na ontwikkeling "
                    "beter past."
                )
            elif alt.extra_cost is None:
                out.append(f"{alt.option.profile} ({what}): past niet binnen het opleidingsbudget.")
            else:
                out.append(
                    f"{alt.option.profile} ({what}): het plan wordt dan € {alt.extra_cost:.2f} "
                    "duurder."
                )
        out.extend(f"{r.profile}: {r.reason}." for r in self.rejections)
        return out

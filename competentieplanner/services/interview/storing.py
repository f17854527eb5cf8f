"""What closing and progress have in common: the rules a conversation's input is checked
against. The writing itself is in :mod:`competentieplanner.persistence.interview_records`."""

from __future__ import annotations

from collections.abc import Iterable

from competentieplanner.domain.interview import DraftRules
from competentieplanner.domain.model import Framework
from competentieplanner.persistence.interviews import ReferenceIds


def draft_rules(
    framework: Framework, ids: ReferenceIds, people: Iterable[str] | None = None
) -> DraftRules:
    """What a draft for a person scored on ``framework`` is checked against; ``people`` are the
    personnel numbers a team lead may be chosen from."""
    return DraftRules(
        competencies={c.code: c.name for c in framework.competencies},
        scale_max=framework.scale.maximum,
        questions=ids.questions.keys(),
        offers=ids.offers.keys(),
        profiles=ids.profiles.keys(),
        people=people,
    )

"""A person's competence record per competency: the level that counts now, the evidence behind
it and the interview that agreed it, plus the levels over time (the trend).

Pure functions over :class:`~competentieplanner.domain.model.Assessment` history; the rule for
the current level is the engine's (the most recent team-lead or agreed score; self-assessments
never count), so the record agrees with the fit and readiness shown beside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from competentieplanner.domain.interview_history import ScoredLevel
from competentieplanner.domain.model import CURRENT_LEVEL_KINDS, Assessment, AssessmentKind

#: How long evidence may be where space is short (the PDF); longer text ends in "…".
SHORT_EVIDENCE = 160


@dataclass(frozen=True, slots=True)
class InterviewRef:
    """The interview an assessment was made in, as the record names it."""

    id: int
    held_on: dt.date
    team_lead: str
    kind: str


@dataclass(frozen=True, slots=True)
class RecordLine:
    """One competency in the record."""

    competency: str
    level: int | None  # the current level; None when never scored by a team lead or agreed
    assessed_on: dt.date | None  # the day of that score
    kind: AssessmentKind | None  # lead or agreed
    evidence: str  # the latest evidence given with a counting score ("" when none)
    evidence_on: dt.date | None
    agreed_in: InterviewRef | None  # the interview that agreed the current level
    trend: tuple[tuple[dt.date, int], ...]  # every counting score, oldest first


def competence_record(
    assessments: Sequence[Assessment],
    competencies: Sequence[str],
    interviews: Mapping[int, InterviewRef],
) -> tuple[RecordLine, ...]:
    """One line per code in ``competencies`` (in that order).

    ``assessments`` oldest first (as :func:`repositories.load_assessments` returns them);
    ``interviews`` maps an assessment id to the interview it was made in.
    """
    counting = [a for a in assessments if a.kind in CURRENT_LEVEL_KINDS]
    lines = []
    for code in competencies:
        scored = [a for a in counting if code in a.scores]
        latest = scored[-1] if scored else None
        with_evidence = [a for a in scored if a.scores[code].evidence.strip()]
        source = with_evidence[-1] if with_evidence else None
        agreed_in = None
        if latest is not None and latest.kind is AssessmentKind.AGREED and latest.id is not None:
            agreed_in = interviews.get(latest.id)
        lines.append(
            RecordLine(
                competency=code,
                level=latest.scores[code].level if latest else None,
                assessed_on=latest.date if latest else None,
                kind=latest.kind if latest else None,
                evidence=source.scores[code].evidence.strip() if source else "",
                evidence_on=source.date if source else None,
                agreed_in=agreed_in,
                trend=_trend(scored, code),
            )
        )
    return tuple(lines)


def trends_of(scores: Iterable[ScoredLevel]) -> dict[str, tuple[tuple[dt.date, int], ...]]:
    """Per competency the same trend as :func:`competence_record` draws, from stored scores as
    the reports read them in bulk (self-assessments never count)."""
    counting = {kind.value for kind in CURRENT_LEVEL_KINDS}
    by_code: dict[str, dict[dt.date, int]] = {}
    for s in sorted(scores, key=lambda s: (s.assessed_on, s.assessment_id)):
        if s.kind in counting:
            by_code.setdefault(s.competency, {})[s.assessed_on] = s.level
    return {code: tuple(days.items()) for code, days in by_code.items()}


def _trend(scored: Sequence[Assessment], code: str) -> tuple[tuple[dt.date, int], ...]:
    """The level per day; on a day with several counting scores the last one (the agreed level
    of an interview follows the team lead's) is what held at the end of it."""
    by_day: dict[dt.date, int] = {}
    for assessment in scored:
        by_day[assessment.date] = assessment.scores[code].level
    return tuple(by_day.items())


def short(text: str, limit: int = SHORT_EVIDENCE) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] or flat[: limit - 1]
    return cut.rstrip(" ,.;:") + "…"

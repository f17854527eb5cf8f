"""The competence record: the level that counts, its evidence, the interview and the trend."""

from __future__ import annotations

import datetime as dt

from competentieplanner.domain.competence_record import InterviewRef, competence_record, short
from competentieplanner.domain.model import Assessment, AssessmentKind, Score

SELF, LEAD, AGREED = AssessmentKind.SELF, AssessmentKind.LEAD, AssessmentKind.AGREED


def _assessment(id_: int, day: dt.date, kind: AssessmentKind, **scores: Score) -> Assessment:
    return Assessment("1001", day, kind, scores, id=id_)


HISTORY = [
    _assessment(1, dt.date(2024, 10, 1), LEAD, ST01=Score(2, "Voert een eerste gesprek")),
    _assessment(2, dt.date(2025, 10, 1), SELF, ST01=Score(4, "Ik kan alles"), ST02=Score(3)),
    _assessment(3, dt.date(2025, 10, 2), LEAD, ST01=Score(3), ST02=Score(2, "Plant goed")),
    _assessment(4, dt.date(2025, 10, 2), AGREED, ST01=Score(3)),
]
INTERVIEW = InterviewRef(40, dt.date(2025, 10, 2), "T. Leider", "planningsgesprek")


def test_the_current_level_its_evidence_and_the_interview_that_agreed_it() -> None:
    st01, st02, st03 = competence_record(HISTORY, ["ST01", "ST02", "ST03"], {4: INTERVIEW})
    assert (st01.level, st01.kind, st01.assessed_on) == (3, AGREED, dt.date(2025, 10, 2))
    assert st01.agreed_in == INTERVIEW
    # the latest evidence of a counting score, never the self-assessment's
    assert (st01.evidence, st01.evidence_on) == ("Voert een eerste gesprek", dt.date(2024, 10, 1))
    # a team lead's level is not agreed in an interview
    assert (st02.level, st02.kind, st02.agreed_in) == (2, LEAD, None)
    assert st02.evidence == "Plant goed"
    # never scored by a team lead: no level, no trend (the self-assessment does not count)
    assert (st03.level, st03.evidence, st03.trend) == (None, "", ())


def test_the_trend_has_one_point_per_day_the_last_score_of_the_day() -> None:
    history = [*HISTORY, _assessment(5, dt.date(2025, 10, 2), LEAD, ST01=Score(1))]
    [st01] = competence_record(history, ["ST01"], {})
    assert st01.trend == ((dt.date(2024, 10, 1), 2), (dt.date(2025, 10, 2), 1))
    assert st01.level == 1 and st01.agreed_in is None  # the newest score is the team lead's


def test_short_cuts_at_a_word() -> None:
    assert short("Een  kort\nvoorbeeld") == "Een kort voorbeeld"
    text = "Legt het keukentafelgesprek uit aan nieuwe collega's, " * 10
    cut = short(text, 60)
    assert len(cut) <= 60 and cut.endswith("…") and text.startswith(cut[:-1])

"""One line of the practitioners' "recent assessments" list, across patients."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from scardesk.domain.enums import Fitzpatrick, GoodmanBaronGrade


@dataclass(frozen=True, slots=True)
class RecentAssessment:
    """A current assessment with who it concerns and who made it; totals recomputed."""

    id: int
    patient_id: int
    patient_name_latin: str
    patient_name_arabic: str
    assessed_at: datetime
    practitioner_name: str
    gb_grade: GoodmanBaronGrade | None
    gb_total: int
    ecca_total: int
    fitzpatrick: Fitzpatrick | None
    # False when the assessment's stored values cannot be decoded: the line still shows who
    # and when (so the patient can be opened) and says it cannot be read instead of scores.
    readable: bool = True

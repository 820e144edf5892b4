"""The patient's scores across assessments, each point with the photos taken for it.

Two narrow queries (assessment inputs, photo ids) and no image bytes: this is what the
consultation screen needs for its first paint.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from scardesk.db.engine import Database
from scardesk.db.models import Assessment, Photo
from scardesk.db.unit_of_work import Actor
from scardesk.domain.assessment import TrendPoint
from scardesk.domain.enums import GoodmanBaronGrade
from scardesk.domain.permissions import Permission
from scardesk.domain.scoring import ecca_score, goodman_baron_score
from scardesk.services.access import check
from scardesk.services.assessments import ecca_counts_of, gb_counts_of
from scardesk.services.history import require_patient
from scardesk.services.listing import read_each, readable


class TrendService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def points(self, actor: Actor, patient_id: int) -> list[TrendPoint]:
        """Current (non-voided) assessments, oldest first, totals recomputed from their inputs.

        A point's photos are the current photos linked to that assessment.
        """
        check(self._db, actor, Permission.VIEW_CLINICAL)
        with self._db.sessions() as session:
            require_patient(session, patient_id)
            photo_ids: dict[int, list[int]] = defaultdict(list)
            linked = session.execute(
                select(Photo.assessment_id, Photo.id)
                .where(
                    Photo.patient_id == patient_id,
                    Photo.assessment_id.is_not(None),
                    Photo.voided_at.is_(None),
                )
                .order_by(Photo.taken_at, Photo.id)
            )
            for assessment_id, photo_id in linked:
                if assessment_id is not None:
                    photo_ids[assessment_id].append(photo_id)
            rows = session.scalars(
                select(Assessment)
                .where(Assessment.patient_id == patient_id, Assessment.voided_at.is_(None))
                .order_by(Assessment.assessed_at, Assessment.id)
            )

            def point(row: Assessment) -> TrendPoint:
                return TrendPoint(
                    assessment_id=row.id,
                    assessed_at=row.assessed_at,
                    gb_total=goodman_baron_score(gb_counts_of(row)),
                    ecca_total=ecca_score(ecca_counts_of(row)),
                    gb_grade=GoodmanBaronGrade(row.gb_grade) if row.gb_grade else None,
                    photo_ids=tuple(photo_ids.get(row.id, ())),
                )

            # An assessment that cannot be read has no point to plot; the list beside the
            # chart shows it as unreadable (``AssessmentService.list_for_patient``).
            return readable(read_each("assessments", rows, point))

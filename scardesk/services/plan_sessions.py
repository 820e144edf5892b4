"""The sessions a plan's progress is counted from, read for the plan tab and the due list alike.

Only columns are read (patient, plan, day, modality), never a session's stored details, so
a session whose details cannot be decoded still counts towards its plan. Which of these
count, and when the next is due, is the domain's ``plan_standing``.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.models import ModalityEntry, TreatmentPlan, TreatmentSession
from scardesk.domain.enums import Modality
from scardesk.domain.intervals import IntervalSettings
from scardesk.domain.plan_standing import GivenSession, plan_standing, plan_start
from scardesk.domain.plans import PlanItem, ProgressLine
from scardesk.domain.time import to_muscat

_log = logging.getLogger(__name__)
_CHUNK = 900  # stays under SQLite's bound-parameter limit


def given_sessions(session: Session, patient_ids: Iterable[int]) -> dict[int, list[GivenSession]]:
    """Every not-voided session with its modalities, per patient."""
    ids = sorted(set(patient_ids))
    found: dict[int, list[GivenSession]] = defaultdict(list)
    for chunk in (ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK)):
        rows = session.execute(
            select(
                TreatmentSession.patient_id,
                TreatmentSession.id,
                TreatmentSession.performed_at,
                TreatmentSession.plan_id,
                ModalityEntry.modality,
                ModalityEntry.id,
            )
            .join(ModalityEntry, ModalityEntry.session_id == TreatmentSession.id)
            .where(TreatmentSession.patient_id.in_(chunk), TreatmentSession.voided_at.is_(None))
        )
        for patient_id, session_id, performed_at, plan_id, modality, entry_id in rows:
            try:
                kind = Modality(modality)
            except ValueError:
                # Not a modality this version knows: it cannot count towards any plan item.
                _log.error("stored record cannot be read: modality_entries #%s", entry_id)
                continue
            found[patient_id].append(
                GivenSession(session_id, to_muscat(performed_at).date(), plan_id, kind)
            )
    return found


def standing_of(
    row: TreatmentPlan,
    items: tuple[PlanItem, ...],
    sessions: Iterable[GivenSession],
    settings: IntervalSettings,
) -> list[ProgressLine]:
    """``plan_standing`` for one stored plan."""
    return plan_standing(
        row.id, plan_start(row.started_on, row.created_at), items, sessions, settings
    )

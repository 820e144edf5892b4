"""The safety gate at booking time, told to whoever books in terms their role may read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from scardesk.db.engine import Database
from scardesk.db.unit_of_work import Actor
from scardesk.domain.enums import Modality
from scardesk.domain.permissions import Permission
from scardesk.domain.safety import PlannedTreatment
from scardesk.domain.safety.booking import BookingSafety, for_booking
from scardesk.services.access import check, permitted
from scardesk.services.sessions import SessionService


class BookingSafetyService:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._sessions = SessionService(database)

    def check(
        self, actor: Actor, patient_id: int, modalities: Sequence[Modality], on: date
    ) -> BookingSafety:
        """Counts of findings for everyone who books; the findings for clinicians only."""
        check(self._db, actor, Permission.MANAGE_APPOINTMENTS)
        planned = PlannedTreatment(modalities=frozenset(modalities))
        result = self._sessions.gate_for_booking(patient_id, planned, on)
        show = permitted(self._db, actor, Permission.VIEW_CLINICAL)
        return for_booking(result, show_details=show)

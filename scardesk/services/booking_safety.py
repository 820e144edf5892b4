"""The safety gate at booking time, told to whoever books in terms their role may read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from scardesk.db.engine import Database
from scardesk.db.unit_of_work import Actor
from scardesk.domain.enums import Modality
from scardesk.domain.permissions import Permission, allows
from scardesk.domain.safety import PlannedTreatment
from scardesk.domain.safety.booking import BookingSafety, for_booking
from scardesk.services.sessions import SessionService


class BookingSafetyService:
    def __init__(self, database: Database) -> None:
        self._sessions = SessionService(database)

    def check(
        self, actor: Actor, patient_id: int, modalities: Sequence[Modality], on: date
    ) -> BookingSafety:
        """Counts of findings for everyone who books; the findings for clinicians only."""
        planned = PlannedTreatment(modalities=frozenset(modalities))
        result = self._sessions.check_gate(actor, patient_id, planned, on)
        show = actor.role is None or allows(actor.role, Permission.VIEW_CLINICAL)
        return for_booking(result, show_details=show)

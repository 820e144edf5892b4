"""Do the copies of a session's values on its toxin entries still equal the session's own?

Each toxin entry carries its session's id and time (revision 0013), patient, practitioner and
void (0014) so that lot recall reads a lot's uses in time order off one index and no session.
The copies are not audited (``models.base.COPY_OF``): what vouches for them is this comparison
with the values they copy, which are. An entry whose copy differs would be listed by the
recall at the wrong time, under the wrong patient, or not at all.
"""

from __future__ import annotations

from sqlalchemy import Engine, inspect, or_, select

from scardesk.db.models import ModalityEntry, ToxinEntry, TreatmentSession
from scardesk.domain.messages import Message, Verbatim

_SHOWN = 5


def copy_problems(engine: Engine) -> list[Message]:
    """One finding naming the toxin entries (by id) whose copies differ from their session."""
    with engine.connect() as connection:
        columns = {column["name"] for column in inspect(connection).get_columns("toxin_entries")}
        if "performed_at" not in columns:
            return []  # a file from before revision 0013 (a backup being checked): no copies
        differs = [
            ToxinEntry.session_id != ModalityEntry.session_id,
            ToxinEntry.performed_at != TreatmentSession.performed_at,
        ]
        if "session_voided_at" in columns:  # revision 0014 on
            differs += [
                ToxinEntry.patient_id != TreatmentSession.patient_id,
                ToxinEntry.practitioner_id != TreatmentSession.practitioner_id,
                ToxinEntry.session_voided_at.is_distinct_from(TreatmentSession.voided_at),
            ]
        query = (
            select(ToxinEntry.id)
            .join(ModalityEntry, ModalityEntry.id == ToxinEntry.modality_entry_id)
            .join(TreatmentSession, TreatmentSession.id == ModalityEntry.session_id)
            .where(or_(*differs))
            .order_by(ToxinEntry.id)
        )
        ids = [str(row_id) for row_id in connection.execute(query).scalars()]
    if not ids:
        return []
    shown: object = Verbatim(", ".join(ids[:_SHOWN]))
    if len(ids) > _SHOWN:
        shown = Message("tamper.ids_and_more", {"shown": shown, "more": len(ids) - _SHOWN})
    params = {"n": len(ids), "table": Verbatim("toxin_entries"), "ids": shown}
    return [Message("integrity.session_copy", params)]

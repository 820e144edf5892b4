"""The one way a read of a patient's record is logged.

Where reads are recorded, and why there:

* A service method that hands one record to a user who asked to open it records the read in
  the same unit of work as the read itself: ``patient_header.open`` (patient.open),
  ``sessions.open`` (session.view), ``assessments.open`` (assessment.view), ``photos.image``
  (photo.view: each fetch of a full image is one look at it), ``consents.signature``
  (consent.view). Issuing or reprinting a PDF and exporting the patient's copy were already
  audited as one event each ("document.issue", "document.reprint", "patient.export", with the
  patient's id): the report counts those as document.print / document.export
  (``READ_LIKE_ACTIONS``) rather than write a second event for the same act. A read that
  fails (refused, not found) rolls back with its event: nothing is logged that was not shown.
  ``get`` and ``list_for_patient`` stay plain reads: the screens call them again after every
  save to refresh what is already on screen, and other services call them to compute things
  no one looks at; likewise ``patient_header.refresh`` redraws an open workspace's header.
  The patient form and the session editor open the header themselves (they can be reached
  from lists without the workspace), so each of them logs its own patient.open.
* The workspace builds and loads every tab of a patient at once, and reloads them whenever the
  record changes. What a person *sees* is the tab brought to the front, so the workspace logs
  one "viewed the history / sessions / plan…" event through ``ReadLog.record`` each time the
  user brings a tab forward; a refresh in place after a save logs nothing.
* The photo grid is one look at the patient's photos, logged as photos.view when the tab is
  shown; a thumbnail is too small to examine a scar on, and logging every one of 40 thumbnails
  on each visit would bury the views that matter. Each full image opened (compare view) is
  logged on its own with the photo's id.
* Search is not a read of a record: it writes nothing, and its terms are never stored anywhere.
"""

from __future__ import annotations

from typing import Any

from scardesk.db.engine import Database
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.permissions import Permission
from scardesk.domain.read_events import ReadKind, needed_permission, read_action
from scardesk.services.access import check
from scardesk.services.history import require_patient


def note_read(
    uow: UnitOfWork,
    kind: ReadKind,
    patient_id: int,
    row_table: str | None = None,
    row_id: int | None = None,
    *,
    detail: dict[str, Any] | None = None,
) -> None:
    """Log a read inside a unit of work that already checked the reader's permission.

    ``detail`` is for counts and flags only: never a name, a search term or clinical text."""
    uow.note(
        row_table or "patients",
        row_id if row_table else patient_id,
        action=read_action(kind),
        after=detail,
        patient_id=patient_id,
    )


class ReadLog:
    def __init__(self, database: Database) -> None:
        self._db = database

    def record(
        self,
        actor: Actor,
        kind: ReadKind,
        patient_id: int,
        row_table: str | None = None,
        row_id: int | None = None,
    ) -> None:
        """Log that ``actor`` saw ``kind`` of the patient's record (one audit event).

        Refused, and nothing logged, unless the reader may see what they say they read: a
        screen cannot log a view that the services would not have shown.
        """
        check(self._db, actor, Permission.VIEW_DEMOGRAPHICS)  # the least any read needs
        kind = ReadKind(kind)
        check(self._db, actor, needed_permission(kind))
        with UnitOfWork(self._db, actor, read_action(kind)) as uow:
            require_patient(uow.session, patient_id)
            note_read(uow, kind, patient_id, row_table, row_id)

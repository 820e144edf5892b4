"""Logs which tab of a patient's workspace a person looked at (see ``services/read_log``).

A tab's content is built the first time it is shown (or asked for) and reloads whenever the
record changes, so a load says nothing about what was seen. Bringing a tab to the front does:
each time a tab becomes the current one, one read of its kind is logged. The Details tab is
covered by the opening of the record itself (patient.open).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget

from scardesk.domain.read_events import ReadKind
from scardesk.ui.context import ScreenContext
from scardesk.ui.tasks import run_logged_read

TAB_READS: dict[str, ReadKind] = {
    "history": ReadKind.HISTORY_VIEW,
    "consents": ReadKind.CONSENTS_VIEW,
    "assessments": ReadKind.ASSESSMENTS_VIEW,
    "photos": ReadKind.PHOTOS_VIEW,
    "plan": ReadKind.PLAN_VIEW,
    "sessions": ReadKind.SESSIONS_VIEW,
    "documents": ReadKind.DOCUMENTS_VIEW,
}


class TabReads(QObject):
    def __init__(
        self,
        context: ScreenContext,
        patient_id: int,
        tabs: QTabWidget,
        keys: list[str],
        on_failed: Callable[[BaseException], object],
    ) -> None:
        super().__init__(tabs)
        self._context = context
        self._patient_id = patient_id
        self._keys = keys
        self._on_failed = on_failed
        tabs.currentChanged.connect(self._shown)

    def _shown(self, index: int) -> None:
        if not 0 <= index < len(self._keys):
            return
        kind = TAB_READS.get(self._keys[index])
        if kind is None:
            return
        log, actor = self._context.services.read_log, self._context.signed_in.actor
        run_logged_read(
            self._context.runner,
            lambda: log.record(actor, kind, self._patient_id),
            None,
            self._on_failed,
        )

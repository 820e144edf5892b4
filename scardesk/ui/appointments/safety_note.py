"""The booking dialog's note on what the safety check will say at the visit.

Clinicians see each finding; the front desk sees only how many there are and that the
practitioner will review them, because findings name clinical facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from scardesk.domain.enums import Modality
from scardesk.domain.safety import Level
from scardesk.domain.safety.booking import BookingSafety
from scardesk.ui.context import ScreenContext
from scardesk.ui.safety.words import ClinicPolicy, words
from scardesk.ui.tr import _t

_NOTE_STYLE = (
    "background: #eef4fb; color: #1f3b57; border: 1px solid #c9dcf0; border-radius: 6px;"
    " padding: 8px 10px;"
)
_LEVEL_MARK = {Level.BLOCK: "⛔", Level.NEEDS_OVERRIDE: "⚠", Level.WARN: "•"}


class SafetyNote(QLabel):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._generation = 0
        self.result: BookingSafety | None = None
        self.setTextFormat(Qt.TextFormat.PlainText)  # findings quote recorded facts
        self.setWordWrap(True)
        self.setStyleSheet(_NOTE_STYLE)
        self.hide()

    def refresh(self, patient_id: int | None, modalities: Sequence[Modality], day: date) -> None:
        """Check in the background; a newer request makes an older answer irrelevant."""
        self._generation += 1
        generation = self._generation
        if patient_id is None or not modalities:
            self._show(generation, None)
            return
        service, actor = self._context.services.booking_safety, self._context.signed_in.actor
        self._context.runner.run(
            lambda: service.check(actor, patient_id, tuple(modalities), day),
            lambda result: self._show(generation, result),
            lambda _error: self._show(generation, None),  # advice only: never stops a booking
        )

    def _show(self, generation: int, result: BookingSafety | None) -> None:
        if generation != self._generation:
            return
        self.result = result
        if result is None or result.clear:
            self.setText(_t("Safety check: nothing found for these treatments on that day."))
            self.setVisible(result is not None)
            return
        counts = _t(
            "{blocks} would stop it, {overrides} need the practitioner's reason, {warnings} to note"
        ).format(blocks=result.blocks, overrides=result.needs_override, warnings=result.warnings)
        lines = [_t("Safety check at the visit: {counts}.").format(counts=counts)]
        if result.findings is None:
            lines.append(_t("The practitioner will review them before treating."))
        else:
            lines += [
                f"{_LEVEL_MARK[f.level]} {words(f, ClinicPolicy()).title}" for f in result.findings
            ]
        self.setText("\n".join(lines))
        self.show()

"""How every screen shows a record that cannot be read, and a list that could not be read.

A stored record this version cannot decode comes from the services as an
``UnreadableRecord``: its row says so in red ("Session of 12 Mar 2026 — cannot be read,
record #4711; ask your administrator") among the rows that did read. A list whose whole read
failed shows ``load_failed_text`` in place of the list, never its "nothing recorded yet" line.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QTableWidgetItem

from scardesk.domain.errors import UnreadableRecordError
from scardesk.domain.time import to_muscat
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.ui import labels
from scardesk.ui.errors import describe_error, log_unexpected
from scardesk.ui.style import ERROR, ERROR_SOFT
from scardesk.ui.tr import _t

UNREADABLE_FOREGROUND = QColor(ERROR)
UNREADABLE_BACKGROUND = QColor(ERROR_SOFT)


def record_kind(table: str) -> str:
    """What a stored table's record is called on screen ("Session", "Assessment"…)."""
    names = {
        "treatment_sessions": _t("Session"),
        "modality_entries": _t("Session"),
        "assessments": _t("Assessment"),
        "treatment_plans": _t("Treatment plan"),
        "plan_items": _t("Treatment plan"),
        "consents": _t("Consent"),
        "history_entries": _t("History answer"),
        "photos": _t("Photo"),
        "issued_documents": _t("Document"),
        "session_amendments": _t("Session amendment"),
        "adverse_events": _t("Session"),
    }
    return names.get(table, _t("Record"))


def day_text(when: datetime | date | None) -> str:
    if isinstance(when, datetime):
        return labels.day_text(to_muscat(when).date())
    if isinstance(when, date):
        return labels.day_text(when)
    return ""


def unreadable_text(item: UnreadableRecord) -> str:
    """The full sentence: what, when (if known), that it cannot be read, and its number."""
    kind, day = record_kind(item.table), day_text(item.when)
    if day:
        return _t("{kind} of {day} — cannot be read, record #{id}; ask your administrator").format(
            kind=kind, day=day, id=item.row_id
        )
    return _t("{kind} — cannot be read, record #{id}; ask your administrator").format(
        kind=kind, id=item.row_id
    )


def short_text(item: UnreadableRecord) -> str:
    """For a cell beside the date column: the sentence without the date."""
    return _t("Cannot be read — record #{id}; ask your administrator").format(id=item.row_id)


def error_text(error: UnreadableRecordError, when: datetime | date | None = None) -> str:
    """The message of a single record that failed to open."""
    placeholder = UnreadableRecord(error.table, error.row_id or 0, when)
    return unreadable_text(placeholder)


def count_text(count: int) -> str:
    """ "1 record cannot be read" — for summaries beside a list."""
    return _t("%n record(s) cannot be read", None, count)


def load_failed_text() -> str:
    """The state a list shows when it could not be read at all (never its empty state)."""
    return _t(
        "This list could not be read, so nothing is shown. Try again; if it keeps failing, "
        "ask your administrator."
    )


def note_failure(error: BaseException) -> str:
    """Log a failed list read when it is a defect, and give the text of the error state."""
    if describe_error(error).unexpected:
        log_unexpected(error)
    return load_failed_text()


def style_item(item: QTableWidgetItem) -> None:
    """Red text on a pale red ground: an unreadable row must stand out from the rest."""
    item.setForeground(QBrush(UNREADABLE_FOREGROUND))
    item.setBackground(QBrush(UNREADABLE_BACKGROUND))


def warning_label(text: str = "") -> QLabel:
    """A red banner for "N records cannot be read" or a failed read; hidden until set."""
    label = QLabel(text)
    label.setObjectName("formError")
    label.setWordWrap(True)
    label.setVisible(bool(text))
    return label


def show_warning(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def set_list_state(
    label: QLabel, empty_text: str, error: BaseException | None, rows: int | None = None
) -> None:
    """The one empty state of every list, which also says when the list could not be read.

    With ``error`` the label says the list could not be read (red), never ``empty_text``: a
    list that failed must not look like one with nothing in it. Without, it says ``empty_text``
    (muted). Given ``rows`` (the rows shown), the label is shown exactly when there are none or
    the read failed; otherwise the caller shows it.
    """
    if error is None:
        label.setText(empty_text)
        label.setObjectName("muted")
    else:
        label.setText(note_failure(error))
        label.setObjectName("formError")
    label.style().unpolish(label)  # the stylesheet keys on the object name
    label.style().polish(label)
    if rows is not None:
        label.setVisible(error is not None or rows == 0)


class _ListOverlay(QLabel):
    """A centred, wrapped label covering a list's viewport, resized with it."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view.viewport())
        self._viewport = view.viewport()
        self.setObjectName("muted")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Clicks and drops still reach the list underneath (a photo dropped on the grid).
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._viewport.installEventFilter(self)
        self._fit()
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        margin = 24
        self.setGeometry(self._viewport.rect().adjusted(margin, margin, -margin, -margin))


def list_state_label(view: QAbstractScrollArea) -> QLabel:
    """A label laid over ``view`` (a table, a photo grid) for ``set_list_state``: an empty or
    unreadable list says so where its rows would be. Hidden until ``set_list_state`` shows it."""
    return _ListOverlay(view)

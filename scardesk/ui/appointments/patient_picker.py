"""Choosing the patient for a booking: type a name (either script), phone or civil number.

Each match shows the date of birth, the file number and the phone under the names, so two
namesakes never look alike. Down moves from the search into the list; Enter, or a click, picks
the patient there — Enter never reaches the dialog's Book button. Once a patient is picked the
list folds away, so it never covers the chosen patient's card.

The search runs on the task runner after a short pause in typing, and every search carries a
generation number so a slow answer to an older query cannot replace the newer list. The picker
shows at most a handful of matches: a booking needs one patient, not a browser.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from scardesk.domain.patient_search import SearchPage
from scardesk.services.container import Services
from scardesk.services.session import Actor
from scardesk.ui.labels import both_names, day_text, phone_text
from scardesk.ui.tasks import Runner
from scardesk.ui.tr import _t

DEBOUNCE_MS = 200
MATCHES = 8
_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class PatientChoice:
    """The patient a booking is for, as the picker and the follow-up list know it."""

    id: int
    name_latin: str
    name_arabic: str
    phone_display: str | None = None
    date_of_birth: date | None = None

    def identity(self) -> str:
        """Born …  ·  File #…  ·  phone: what tells two namesakes apart."""
        parts = []
        if self.date_of_birth is not None:
            parts.append(_t("Born {day}").format(day=day_text(self.date_of_birth)))
        parts.append(_t("File #{number}").format(number=self.id))
        if self.phone_display:
            parts.append(phone_text(self.phone_display))
        return "  ·  ".join(parts)

    def label(self) -> str:
        names = both_names(self.name_latin, self.name_arabic).replace("\n", "  ·  ")
        return f"{names}\n{self.identity()}"


class PatientPicker(QWidget):
    """``chosen_changed`` fires with the new PatientChoice, or None when the choice is cleared."""

    chosen_changed = Signal(object)

    def __init__(
        self, services: Services, actor: Actor, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._runner = runner
        self._generation = 0
        self._choices: dict[int, PatientChoice] = {}
        self.chosen: PatientChoice | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_t("Name in Arabic or English, phone or civil number"))
        self.search.setAccessibleName(_t("Find the patient"))
        self.search.setClearButtonEnabled(True)
        self.matches = QListWidget()
        self.matches.setAccessibleName(_t("Matching patients"))
        self.matches.setFixedHeight(150)  # about three two-line matches; more means type more
        self.matches.hide()
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("chosenPatient")
        self.chosen_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chosen_label.setStyleSheet(
            "QLabel#chosenPatient { background: #e3f1ef; border-radius: 6px; padding: 6px 9px;"
            " font-weight: 600; }"
        )
        self.chosen_label.hide()
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addWidget(self.status)
        layout.addWidget(self.chosen_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.matches.itemClicked.connect(self._pick)
        self.search.installEventFilter(self)
        self.matches.installEventFilter(self)
        self.status.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from the search enters the list; Enter picks there and stays in the picker."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.search and self.matches.isVisible() and self.matches.count():
            if key == Qt.Key.Key_Down:
                self.matches.setFocus()
                self.matches.setCurrentRow(max(self.matches.currentRow(), 0))
                return True
            if key in _ENTER:
                self.choose_row(max(self.matches.currentRow(), 0))
                return True
        if watched is self.matches and key in _ENTER:
            item = self.matches.currentItem()
            if item is not None:
                self._pick(item)
            return True  # never the dialog's default button
        return False

    def set_fixed(self, choice: PatientChoice) -> None:
        """Show ``choice`` as the patient and hide the search (moving, or booking from a list)."""
        self._set_chosen(choice)
        self.search.hide()
        self.matches.hide()

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self.matches.clear()
            self.matches.hide()
            self.status.hide()
            return

        def task() -> SearchPage:
            return self._services.search.search(self._actor, text, limit=MATCHES)

        self._runner.run(task, lambda page: self._show(generation, page))

    def _show(self, generation: int, page: SearchPage) -> None:
        if generation != self._generation:
            return  # an older query answered late
        self.matches.blockSignals(True)
        self.matches.clear()
        self._choices = {}
        for row in page.rows:
            choice = PatientChoice(
                row.id, row.name_latin, row.name_arabic, row.phone_display, row.date_of_birth
            )
            self._choices[row.id] = choice
            item = QListWidgetItem(choice.label())
            item.setData(_ID_ROLE, row.id)
            self.matches.addItem(item)
        self.matches.blockSignals(False)
        self.matches.setVisible(bool(page.rows))
        if page.rows:
            self.status.setText(
                _t("More patients match: type more of the name.") if page.has_more else ""
            )
        else:
            self.status.setText(_t("No patient matches. Register them on Patients first."))
        self.status.setVisible(bool(self.status.text()))

    def choose_row(self, row: int) -> None:
        self.matches.setCurrentRow(row)
        item = self.matches.item(row)
        if item is not None:
            self._pick(item)

    def _pick(self, item: QListWidgetItem) -> None:
        self._set_chosen(self._choices[item.data(_ID_ROLE)])
        # The list folds away once the patient is chosen: it never covers the chosen card.
        self.matches.hide()
        self.status.hide()

    def _set_chosen(self, choice: PatientChoice) -> None:
        self.chosen = choice
        self.chosen_label.setText(choice.label())
        self.chosen_label.show()
        self.chosen_changed.emit(choice)

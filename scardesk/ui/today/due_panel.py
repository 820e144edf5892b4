"""Who to phone: patients due a session or their toxin review, with nothing booked.

The follow-up service ranks the list (most overdue first) and hands over one page at a time;
this panel fetches the next only when asked. "Book" on a row opens the booking dialog with the
patient and the due modalities already filled in.

A page is read off the due index (revision 0015): about 10 ms at a million patients, where
ranking every active plan in Python took 55-80 s (``benchmarks/bench_due.py``). The read still
goes through ``SlowRead`` (its own thread, one at a time, the newest request next): a burst of
bookings reloads the list once rather than once each, and never holds up a search.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from scardesk.domain.enums import Modality
from scardesk.domain.scheduling import DueReason, DueRow
from scardesk.ui.appointments.booking import BookingRequest
from scardesk.ui.appointments.patient_picker import PatientChoice
from scardesk.ui.tasks import SlowRead
from scardesk.ui.today.delegates import ButtonDelegate
from scardesk.ui.today.model import DueTableModel
from scardesk.ui.today.panel import TodayPanel
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import set_list_state
from scardesk.ui.widgets.record_table import RECORD_ROLE
from scardesk.ui.widgets.table_columns import fit_columns

PAGE_SIZE = 50


class DuePanel(TodayPanel):
    """``book_requested`` carries the DueRow whose Book button (or Enter) was used."""

    book_requested = Signal(object)
    count_changed = Signal(int, bool)  # rows shown, whether more follow

    def _build(self) -> None:
        self._generation = 0
        self._reads = SlowRead(self._context.runner)
        self.page_size = PAGE_SIZE
        self.model = DueTableModel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        self.explanation = QLabel(
            _t(
                "Patients whose next session is due by their plan, or whose 2-week toxin review "
                "is due, and who have nothing booked. Most overdue first."
            )
        )
        self.explanation.setObjectName("muted")
        self.explanation.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(_t("Patients due for follow-up"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(50)
        self.table.setShowGrid(False)
        self.delegate = ButtonDelegate(self.table)
        self.table.setItemDelegateForColumn(DueTableModel.ACTION, self.delegate)
        self.delegate.clicked.connect(self.book_requested)
        self.table.activated.connect(
            lambda index: self.book_requested.emit(index.data(RECORD_ROLE))
        )
        # Columns fit their contents, and rows their wrapped text (as Today's appointments do):
        # in Arabic two modality names take two lines of a taller script, which fixed 50 px
        # rows and a fixed 190 px column cut to a few words (seen at 1280×720).
        fit_columns(
            self.table,
            stretch=DueTableModel.DUE_FOR,
            keep=(
                DueTableModel.PHONE,
                DueTableModel.DUE_SINCE,
                DueTableModel.OVERDUE,
                DueTableModel.ACTION,
            ),
            rows=True,
        )
        self._empty_text = _t("Nobody is due for follow-up today.")
        self.empty_label = QLabel(self._empty_text)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.more_button = QPushButton(_t("Show more"))
        self.more_button.hide()
        self.more_button.clicked.connect(self.load_more)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.more_button)

        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(footer)

    def reload(self) -> None:
        self._fetch(0)

    def load_more(self) -> None:
        if self._reads.busy:  # the list is being read again: its pages would not follow on
            return
        self._fetch(self.model.rowCount())

    def _fetch(self, offset: int) -> None:
        self._generation += 1
        generation = self._generation
        services, actor, today = (
            self._context.services,
            self._context.signed_in.actor,
            self._clock(),
        )

        def task() -> tuple[list[DueRow], bool]:
            return services.followup.due_list(actor, today, limit=self.page_size, offset=offset)

        self._reads.run(
            task,
            lambda page: self._show(generation, offset, page),
            lambda error: self._failed(generation, error),
        )

    def _failed(self, generation: int, error: BaseException) -> None:
        """The list could not be read: say so in its place, never "nobody is due"."""
        if generation != self._generation:
            return
        self.model.set_rows([])
        self.model.has_more = False
        self.more_button.hide()
        self.table.hide()
        set_list_state(self.empty_label, self._empty_text, error)
        self.empty_label.show()

    def _show(self, generation: int, offset: int, page: tuple[list[DueRow], bool]) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        rows, has_more = page
        if offset == 0:
            self.model.set_rows(rows)
        else:
            self.model.append_rows(rows)
        self.model.has_more = has_more
        self.more_button.setVisible(has_more)
        empty = self.model.rowCount() == 0
        set_list_state(self.empty_label, self._empty_text, None)
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)
        self.count_changed.emit(self.model.rowCount(), has_more)


def booking_request_for(row: DueRow, day: date) -> BookingRequest:
    """The booking form for a due patient: them, what they are due for and who sees them, on
    ``day`` — or the first working day after it when the clinic or practitioner is off."""
    patient = PatientChoice(
        row.patient_id, row.name_latin, row.name_arabic, row.phone_display, row.date_of_birth
    )
    review = DueReason.TOXIN_REVIEW in row.reasons
    planned = (
        tuple(m for m in row.modalities if not (review and m is Modality.TOXIN))
        if DueReason.PLAN_SESSION in row.reasons
        else ()
    )
    if row.book_on is not None and row.book_on > day:
        day = row.book_on
    return BookingRequest(
        day, patient, modalities=planned, toxin_review=review, practitioner_id=row.practitioner_id
    )

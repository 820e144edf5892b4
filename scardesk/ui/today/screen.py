"""Today: the front desk's landing screen.

The day's appointments by time, with who sees whom, what is planned and where each visit
stands; a patient walking in is marked "Arrived" with one click on their row. The date row
looks at other days (Muscat calendar days). A second tab lists the patients due for a
follow-up with their phone numbers, for the desk to call and book in one click.

Lists are loaded through the task runner and shown through thin models; every write goes
through a service and its ``Changes`` are published on the change bus, to which this screen
(like every other) listens to reload — so a booking made anywhere shows up here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.enums import AppointmentStatus
from scardesk.domain.records import Changes, UserRecord
from scardesk.domain.scheduling import AppointmentRecord, DueRow
from scardesk.domain.time import muscat_today, utc_now
from scardesk.services.container import Services
from scardesk.services.session import Actor
from scardesk.ui.appointments.booking import BookingDialog, BookingRequest
from scardesk.ui.appointments.cancel import CancelDialog
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import heading_day_text, number_text, user_name
from scardesk.ui.qt_dates import python_date
from scardesk.ui.today.delegates import LOCAL_STYLE, ButtonDelegate
from scardesk.ui.today.due_panel import DuePanel, booking_request_for
from scardesk.ui.today.model import AppointmentTableModel
from scardesk.ui.today.reminders_panel import RemindersPanel
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import set_list_state
from scardesk.ui.widgets.date_fields import date_edit
from scardesk.ui.widgets.record_table import RECORD_ROLE, SORT_ROLE
from scardesk.ui.widgets.shortcut_keys import with_keys
from scardesk.ui.widgets.table_columns import fit_columns

_M = AppointmentTableModel
_BOOKED = AppointmentStatus.BOOKED


class TodayScreen(QWidget):
    def __init__(
        self,
        context: ScreenContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], date] = muscat_today,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._clock = clock
        self._generation = 0
        self._scroll_target: int | None = None
        self.errors = ErrorPresenter(self)
        self.dialog: BookingDialog | CancelDialog | None = None
        self.model = AppointmentTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)

        self.setStyleSheet(LOCAL_STYLE)
        self._build()
        self._build_actions()
        context.change_bus.changed.connect(self._on_changed)
        self.show_day(clock())
        self.due_panel.reload()
        self.reminders_panel.reload()

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        # The page scrolls rather than forcing a minimum window width on a small screen.
        body = QWidget()
        body.setObjectName("todayBody")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)
        self.title = QLabel(_t("Today"))
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")

        self.previous_button = QToolButton()
        self.previous_button.setText("‹")
        self.previous_button.setToolTip(_t("Previous day (Alt+Left)"))
        self.previous_button.setAccessibleName(_t("Previous day"))
        # Numbers only: the heading above names the weekday in the user's language.
        self.date_edit = date_edit()
        self.date_edit.setAccessibleName(_t("Day shown"))
        self.next_button = QToolButton()
        self.next_button.setText("›")
        self.next_button.setToolTip(_t("Next day (Alt+Right)"))
        self.next_button.setAccessibleName(_t("Next day"))
        self.today_button = QPushButton(_t("Today"))
        self.practitioner_filter = QComboBox()
        self.practitioner_filter.setAccessibleName(_t("Practitioner filter"))
        self.practitioner_filter.addItem(_t("All practitioners"), None)
        self.practitioner_filter.setMinimumWidth(190)
        self.new_button = QPushButton(_t("&New booking"))
        self.new_button.setObjectName("primary")
        self.new_button.setShortcut(QKeySequence(_t("Ctrl+N")))
        self.new_button.setToolTip(_t("Book an appointment (Ctrl+N)"))

        controls = QHBoxLayout()
        controls.setSpacing(6)
        for widget in (self.previous_button, self.date_edit, self.next_button, self.today_button):
            controls.addWidget(widget)
        controls.addSpacing(16)
        filter_label = QLabel(_t("&Practitioner"))
        filter_label.setBuddy(self.practitioner_filter)
        controls.addWidget(filter_label)
        controls.addWidget(self.practitioner_filter)
        controls.addStretch(1)
        controls.addWidget(self.new_button)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(_t("Appointments of the day"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(_M.TIME, Qt.SortOrder.AscendingOrder)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(50)
        # Columns fit their contents (an Arabic treatment name is longer than its English one,
        # and fixed widths cut it to "…" while the patient column stood half empty); the
        # patient column takes what is left; the time, the status and the arrive button stay whole.
        # A narrowed column wraps its text, and rows grow to it: a long treatment name shows
        # whole on two lines, not as "…".
        fit_columns(self.table, stretch=_M.PATIENT, keep=(_M.TIME, _M.STATUS, _M.ACTION), rows=True)
        self.arrive_delegate = ButtonDelegate(self.table)
        self.table.setItemDelegateForColumn(_M.ACTION, self.arrive_delegate)
        self.arrive_delegate.clicked.connect(self.mark_arrived)
        self.table.activated.connect(self._row_activated)

        self.empty_label = QLabel(_t("No appointments on this day."))
        self.empty_label.setObjectName("muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMinimumHeight(80)
        self.empty_label.hide()
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(6)

        appointments = QWidget()
        inner = QVBoxLayout(appointments)
        inner.setContentsMargins(0, 8, 0, 0)
        inner.addWidget(self.table, 1)
        inner.addWidget(self.empty_label)
        inner.addLayout(self.action_row)
        # On its own line: beside seven buttons it made the page wider than a 1200 px window.
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        inner.addWidget(self.summary)

        self.due_panel = DuePanel(self._context, self._clock, self.errors)
        self.due_panel.book_requested.connect(self.book_due)
        self.due_panel.count_changed.connect(self._due_counted)
        self.tabs = QTabWidget()
        self.tabs.addTab(appointments, _t("Appointments"))
        self.tabs.addTab(self.due_panel, _t("Due for follow-up"))
        self.reminders_panel = RemindersPanel(self._context, self._clock, self.errors)
        self.tabs.addTab(self.reminders_panel, _t("Reminders"))

        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(controls)
        layout.addWidget(self.tabs, 1)

        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(lambda: self.show_day(self._clock()))
        self.date_edit.dateChanged.connect(lambda _d: self.reload_day())
        self.practitioner_filter.currentIndexChanged.connect(lambda _i: self.reload_day())
        self.new_button.clicked.connect(lambda: self.open_booking(BookingRequest(self.day())))
        self._context.runner.run(
            self._context.services.users.practitioners,
            self._fill_practitioners,
            lambda error: self.errors.show(error, self),
        )

    def _build_actions(self) -> None:
        def action(
            text: str, handler: Callable[[AppointmentRecord], None], keys: str = ""
        ) -> QAction:
            made = QAction(text, self)
            if keys:
                # On the table (its context menu lists the keys); the button's tooltip shows them.
                made.setShortcut(QKeySequence(keys))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                made.setToolTip(with_keys(text, made.shortcut()))
            made.triggered.connect(lambda: self._on_selected(handler))
            self.table.addAction(made)
            button = QToolButton()
            button.setDefaultAction(made)
            self.action_row.addWidget(button)
            return made

        self.arrived_action = action(_t("Mark arrived"), self.mark_arrived, _t("Ctrl+Shift+A"))
        self.no_show_action = action(_t("No-show"), self.mark_no_show, _t("Ctrl+Shift+N"))
        self.done_action = action(_t("Done"), self.mark_done, _t("Ctrl+Shift+D"))
        self.move_action = action(_t("Move…"), self.open_move, _t("Ctrl+M"))
        self.cancel_action = action(_t("Cancel…"), self.open_cancel, _t("Ctrl+Shift+X"))
        self.open_action = action(_t("Open patient"), self.open_patient, _t("Ctrl+O"))
        self.aftercare_action = action(_t("Aftercare sheet"), self.print_aftercare, _t("Ctrl+P"))
        self.action_row.addStretch(1)
        previous = QAction(self)
        previous.setShortcut(QKeySequence(_t("Alt+Left")))
        previous.triggered.connect(lambda: self._step(-1))
        following = QAction(self)
        following.setShortcut(QKeySequence(_t("Alt+Right")))
        following.triggered.connect(lambda: self._step(1))
        self.addActions([previous, following])
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    def _fill_practitioners(self, users: list[UserRecord]) -> None:
        for user in users:
            self.practitioner_filter.addItem(user_name(user), user.id)

    # --- the day ----------------------------------------------------------------------------
    def day(self) -> date:
        return python_date(self.date_edit.date())

    def show_day(self, day: date) -> None:
        if day == self.day():
            self.reload_day()
        else:
            self.date_edit.setDate(QDate(day.year, day.month, day.day))  # reloads

    def _step(self, days: int) -> None:
        self.show_day(self.day() + timedelta(days=days))

    def reload_day(self) -> None:
        self._generation += 1
        generation = self._generation
        day, practitioner = self.day(), self.practitioner_filter.currentData()
        services, actor = self._context.services, self._context.signed_in.actor
        self._context.runner.run(
            lambda: services.appointments.day_list(actor, day, practitioner),
            lambda records: self._show_day(generation, day, records),
            lambda error: self._day_failed(generation, error),
        )

    def _day_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:  # never "no appointments" after a failed read
            self.model.set_rows([])
            self.table.hide()
            set_list_state(self.empty_label, _t("No appointments on this day."), error)
            self.empty_label.show()

    def _show_day(self, generation: int, day: date, records: list[AppointmentRecord]) -> None:
        if generation != self._generation:
            return  # the user already moved to another day
        today = self._clock()
        self.model.arrival_enabled = day == today
        self.model.set_rows(records)
        self.title.setText(_t("Today") if day == today else _t("Appointments"))
        self.subtitle.setText(heading_day_text(python_date(self.date_edit.date())))
        self.today_button.setEnabled(day != today)
        set_list_state(self.empty_label, _t("No appointments on this day."), None)
        self.empty_label.setVisible(not records)
        self.table.setVisible(bool(records))
        if day == today:
            self._scroll_to_next(records)
        else:
            self._scroll_target = None
            self.table.scrollToTop()
        active = [r for r in records if r.status is not AppointmentStatus.CANCELLED]
        arrived = sum(
            r.status in (AppointmentStatus.ARRIVED, AppointmentStatus.DONE) for r in records
        )
        self.summary.setText(
            _t("%n appointment(s)", "", len(active))
            + " · "
            + _t("{arrived} arrived or seen").format(arrived=number_text(arrived))
        )
        self._update_actions()

    def _scroll_to_next(self, records: list[AppointmentRecord]) -> None:
        """Bring the first visit still to come (or still booked) into view, not 8 o'clock."""
        now = utc_now()
        self._scroll_target = next(
            (r.id for r in records if r.status is _BOOKED or r.ends_at > now), None
        )
        QTimer.singleShot(0, self._apply_scroll)  # after the view has laid the rows out

    def _apply_scroll(self) -> None:
        row = self.model.row_of(self._scroll_target) if self._scroll_target else None
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._apply_scroll)  # built hidden: scrolling waited until now

    def _due_counted(self, count: int, more: bool) -> None:
        label = _t("Due for follow-up ({count})").format(
            count=number_text(f"{count}+" if more else count)
        )
        self.tabs.setTabText(1, label)

    def _on_changed(self, changes: Changes) -> None:
        if changes.appointments or changes.patients or changes.sessions:
            self.reload_day()
            self.due_panel.reload()

    # --- acting on a row --------------------------------------------------------------------
    def selected(self) -> AppointmentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def _on_selected(self, handler: Callable[[AppointmentRecord], None]) -> None:
        record = self.selected()
        if record is not None:
            handler(record)

    def _update_actions(self) -> None:
        record = self.selected()
        status = record.status if record else None
        self.arrived_action.setEnabled(status is _BOOKED)
        self.no_show_action.setEnabled(status is _BOOKED)
        self.move_action.setEnabled(status is _BOOKED)
        self.cancel_action.setEnabled(status is _BOOKED)
        self.done_action.setEnabled(status in (_BOOKED, AppointmentStatus.ARRIVED))
        self.open_action.setEnabled(record is not None)
        # The sheet is built from the recorded session, so only a visit that was done has one.
        self.aftercare_action.setEnabled(status is AppointmentStatus.DONE)

    def _row_activated(self, index: QModelIndex) -> None:
        if index.column() != _M.ACTION:  # the action column's button does its own thing
            self.open_patient(index.data(RECORD_ROLE))

    def open_patient(self, record: AppointmentRecord) -> None:
        """The patient's workspace (Enter or double-click on a row), through the main window."""
        self._context.open_patient(record.patient_id)

    def print_aftercare(self, record: AppointmentRecord) -> None:
        """One click: issue (or re-open) the aftercare sheet of the session done at this visit."""
        from scardesk.ui.documents.actions import print_aftercare_for_appointment

        print_aftercare_for_appointment(self._context, record.id, self)

    def mark_arrived(self, record: AppointmentRecord) -> None:
        self._write(lambda s, a: s.appointments.mark_arrived(a, record.id, record.version))

    def mark_no_show(self, record: AppointmentRecord) -> None:
        self._write(lambda s, a: s.appointments.mark_no_show(a, record.id, record.version))

    def mark_done(self, record: AppointmentRecord) -> None:
        self._write(lambda s, a: s.appointments.mark_done(a, record.id, record.version))

    def _write(
        self, command: Callable[[Services, Actor], tuple[AppointmentRecord, Changes]]
    ) -> None:
        services, actor = self._context.services, self._context.signed_in.actor

        def done(result: tuple[AppointmentRecord, Changes]) -> None:
            record, _changes = result
            self.model.replace(record)  # at once; the reload the bus triggers confirms it
            self._update_actions()

        self._context.run_command(
            lambda: command(services, actor), done, lambda e: self.errors.show(e, self)
        )

    # --- dialogs ----------------------------------------------------------------------------
    def open_booking(self, request: BookingRequest) -> BookingDialog:
        dialog = BookingDialog(self._context, request, parent=self)
        self._open(dialog)
        return dialog

    def open_move(self, record: AppointmentRecord) -> None:
        self._open(
            BookingDialog(self._context, BookingRequest(self.day()), moving=record, parent=self)
        )

    def open_cancel(self, record: AppointmentRecord) -> None:
        self._open(CancelDialog(self._context, record, parent=self))

    def book_due(self, row: DueRow) -> None:
        self.open_booking(booking_request_for(row, max(self.day(), self._clock())))

    def _open(self, dialog: BookingDialog | CancelDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QWidget) -> None:
        if self.dialog is dialog:
            self.dialog = None


def build(context: ScreenContext) -> QWidget:
    return TodayScreen(context)

"""Today › Reminders: tomorrow's appointments and due follow-ups, one message per patient.

"Open in WhatsApp" hands a ``https://wa.me/…?text=…`` link to the system (ScarDesk itself makes
no network call) and marks the reminder sent; "Copy message" copies it for another channel and
marks it too. A reminder someone else already sent says who and when, and is not sent again.
Patients without a reminders consent, or who asked for a call or no reminders, are listed with
the reason and cannot be messaged. Only names, times, practitioner and treatment are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.permissions import Permission, Standing, granted
from scardesk.domain.records import Changes
from scardesk.domain.reminders import Channel, ReminderKind, whatsapp_url
from scardesk.domain.time import to_muscat
from scardesk.services.reminders import AlreadySentError, ReminderRow
from scardesk.ui.labels import both_names, day_text, modality_name, person_name, phone_text
from scardesk.ui.qt_dates import python_date
from scardesk.ui.tasks import SlowRead, run_logged_read
from scardesk.ui.today.panel import TodayPanel
from scardesk.ui.today.reminder_templates import TemplatesDialog
from scardesk.ui.tr import _t, listed
from scardesk.ui.unreadable import set_list_state
from scardesk.ui.widgets.date_fields import date_edit
from scardesk.ui.widgets.row_select import select_row
from scardesk.ui.widgets.table_columns import fit_columns
from scardesk.ui.widgets.text_area import TextArea

PATIENT, WHEN, PHONE, FOR, STATUS = range(5)


class RemindersPanel(TodayPanel):
    def _build(self) -> None:
        self.rows: list[ReminderRow] = []
        self._reads = SlowRead(self._context.runner)
        #: How a link reaches the system's browser or WhatsApp; tests read the URL instead.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        #: Where the CSV goes; tests answer without a file dialog.
        self.choose_export_path: Callable[[], str] = self._ask_export_path
        self.dialog: TemplatesDialog | None = None

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(_t("Appointments on")))
        self.day_edit = date_edit()
        tomorrow = self._clock() + timedelta(days=1)
        self.day_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.day_edit.dateChanged.connect(lambda _d: self.reload())
        bar.addWidget(self.day_edit)
        bar.addStretch(1)
        self.templates_button = QPushButton(_t("Message templates…"))
        self.templates_button.clicked.connect(self.edit_templates)
        user = self._context.signed_in.user
        standing = Standing(user.role, user.active, user.clinical_lead, user.privacy_officer)
        # The wording is the clinic's: whoever manages its settings edits it.
        self.templates_button.setVisible(Permission.MANAGE_SETTINGS in granted(standing))
        self.export_button = QPushButton(_t("Export for SMS (CSV or Excel)…"))
        self.export_button.setToolTip(
            _t("The reminders still to send, as a CSV file or an Excel workbook.")
        )
        self.export_button.clicked.connect(self.export_list)
        bar.addWidget(self.templates_button)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                _t("Patient"),
                _t("When"),
                _t("Phone"),
                _t("For"),
                _t("Status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # The status is what the desk acts on ("No consent to reminders"): it stays whole, and
        # the practitioner and treatments give way first on a laptop.
        fit_columns(self.table, stretch=FOR, keep=(WHEN, STATUS), rows=True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.empty_label = QLabel(self._empty_text())
        self.empty_label.setObjectName("muted")
        self.empty_label.setWordWrap(True)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.table, 1)
        listing_layout.addWidget(self.empty_label)

        self.preview = TextArea()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(_t("Message"))
        self.preview.setPlaceholderText(_t("Choose a patient to read the message sent."))
        # The list and the message share the height: on a 1280x720 laptop a fixed message box
        # left room for five patients, so the desk drags the divider to see more of either.
        # The message starts tall enough for both languages' two lines each.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(listing)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        lines = self.preview.fontMetrics().lineSpacing()
        self.preview.setMinimumHeight(2 * lines + 12)
        self.splitter.setSizes([10 * lines, 5 * lines + 12])
        layout.addWidget(self.splitter, 1)
        actions = QHBoxLayout()
        self.channel = QComboBox()
        self.channel.setAccessibleName(_t("Prefers"))
        for value, text in (
            (Channel.WHATSAPP, _t("Prefers WhatsApp")),
            (Channel.SMS, _t("Prefers SMS")),
            (Channel.CALL, _t("Prefers a phone call")),
            (Channel.NONE, _t("No reminders")),
        ):
            self.channel.addItem(text, value)
        self.channel.activated.connect(lambda _i: self.set_channel())
        self.whatsapp_button = QPushButton(_t("Open in WhatsApp"))
        self.whatsapp_button.setObjectName("primary")
        self.whatsapp_button.clicked.connect(self.send_whatsapp)
        self.copy_button = QPushButton(_t("Copy message"))
        self.copy_button.clicked.connect(self.copy_message)
        actions.addWidget(self.channel)
        actions.addStretch(1)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.whatsapp_button)
        layout.addLayout(actions)
        self._selected()
        self._context.change_bus.changed.connect(self._changed)

    # --- loading ----------------------------------------------------------------------------
    def day(self) -> date:
        return python_date(self.day_edit.date())

    def reload(self) -> None:
        service, actor = self._context.services.reminders, self._context.signed_in.actor
        day, today = self.day(), self._clock()
        # Through SlowRead, as the due panel: one read at a time, the newest request next.
        self._reads.run(lambda: service.for_day(actor, day, today), self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        """The list could not be read: say so where it would be, never "nothing to remind"."""
        self.rows = []
        self.table.setRowCount(0)
        self.table.hide()
        set_list_state(self.empty_label, self._empty_text(), error)
        self.empty_label.show()
        self._selected()

    def _empty_text(self) -> str:
        return _t("No appointments or follow-ups to remind for this day. Choose another day above.")

    def _changed(self, changes: Changes) -> None:
        if changes.appointments or changes.patients or changes.settings:
            self.reload()

    def _show(self, rows: list[ReminderRow]) -> None:
        keep = self.current()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (
                both_names(row.name_latin, row.name_arabic),
                self._when(row),
                phone_text(row.phone_display) if row.phone_display else _t("no phone"),
                self._for(row),
                self.status_text(row),
            )
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        set_list_state(self.empty_label, self._empty_text(), None)
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if keep is not None:
            for index, row in enumerate(rows):
                if (row.kind, row.patient_id, row.due_on) == (
                    keep.kind,
                    keep.patient_id,
                    keep.due_on,
                ):
                    select_row(self.table, index)
        self._selected()

    def _when(self, row: ReminderRow) -> str:
        if row.kind is ReminderKind.APPOINTMENT and row.at is not None:
            return f"{to_muscat(row.at):%H:%M}"
        return _t("Follow-up due {day}").format(day=day_text(row.due_on))

    def _for(self, row: ReminderRow) -> str:
        treatments = listed(modality_name(m) for m in row.treatments)
        practitioner = person_name(row.practitioner, row.practitioner_arabic)
        return " · ".join(part for part in (practitioner, treatments) if part)

    def status_text(self, row: ReminderRow) -> str:
        if row.sent_at is not None:
            at = to_muscat(row.sent_at)
            return _t("Sent by {name} at {time}").format(name=row.sent_by, time=f"{at:%H:%M}")
        if not row.consented:
            return _t("No consent to reminders")
        if row.channel is Channel.NONE:
            return _t("Asked for no reminders")
        if row.channel is Channel.CALL:
            return _t("Prefers a phone call")
        if row.phone is None:
            return _t("No phone number")
        return _t("To send")

    def current(self) -> ReminderRow | None:
        index = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self.rows[index] if selected and 0 <= index < len(self.rows) else None

    def _selected(self) -> None:
        row = self.current()
        self.preview.setPlainText(row.message if row else "")
        can_send = row is not None and row.may_send and row.sent_at is None
        self.whatsapp_button.setEnabled(
            can_send and row is not None and row.channel is Channel.WHATSAPP
        )
        self.copy_button.setEnabled(can_send)
        self.channel.setEnabled(row is not None)
        if row is not None:
            self.channel.setCurrentIndex(self.channel.findData(row.channel))

    # --- commands ---------------------------------------------------------------------------
    def send_whatsapp(self) -> None:
        row = self.current()
        if row is None or row.phone is None:
            return
        self._mark(
            row, "whatsapp", lambda: self.open_url(QUrl(whatsapp_url(row.phone or "", row.message)))
        )

    def copy_message(self) -> None:
        row = self.current()
        if row is None:
            return
        self._mark(row, "copied", lambda: QGuiApplication.clipboard().setText(row.message))

    def _mark(self, row: ReminderRow, channel: str, then: Callable[[], object]) -> None:
        """Mark first: if another desk sent it meanwhile, nothing is opened or copied."""
        service, actor = self._context.services.reminders, self._context.signed_in.actor
        self._context.run_command(
            lambda: service.mark_sent(actor, row, channel),
            lambda _result: then(),
            self._mark_failed,
        )

    def _mark_failed(self, error: BaseException) -> None:
        self._errors.show(error, self)
        if isinstance(error, AlreadySentError):
            self.reload()

    def set_channel(self) -> None:
        row = self.current()
        value = self.channel.currentData()
        if row is None or value is None or Channel(value) is row.channel:
            return
        service, actor = self._context.services.reminders, self._context.signed_in.actor
        patient, channel = row.patient_id, Channel(value)
        self._context.run_command(
            lambda: service.set_channel(actor, patient, channel), None, self._errors_shown
        )

    def _errors_shown(self, error: BaseException) -> None:
        self._errors.show(error, self)

    def export_list(self) -> None:
        """The reminders an SMS service may send (consented, not a call, not yet sent), as CSV
        or, when the chosen name ends in .xlsx, as an Excel workbook with phones as text; each
        patient on the list is audited (``ReminderService.export_for_sms``)."""
        path = self.choose_export_path()
        if not path:
            return
        service, actor, rows = (
            self._context.services.reminders,
            self._context.signed_in.actor,
            self.rows,
        )
        run_logged_read(
            self._context.runner,
            lambda: service.export_for_sms(actor, rows, Path(path)),
            None,
            self._errors_shown,
        )

    def _ask_export_path(self) -> str:
        name = f"reminders-{self.day():%Y-%m-%d}.xlsx"
        path, chosen_filter = QFileDialog.getSaveFileName(
            self,
            _t("Export reminders for SMS"),
            name,
            ";;".join((_t("Excel workbook (*.xlsx)"), _t("CSV files (*.csv)"))),
        )
        if path and not Path(path).suffix:
            path += ".csv" if "csv" in chosen_filter else ".xlsx"
        return path

    def edit_templates(self) -> TemplatesDialog:
        self.dialog = TemplatesDialog(self._context, self)
        self.dialog.open()
        return self.dialog

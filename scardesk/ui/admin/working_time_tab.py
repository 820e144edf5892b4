"""Admin › Working time: the clinic's working days and hours (with breaks), public holidays and
practitioners' days off. Proposals and bookings read them; every change is audited."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.errors import ValidationError
from scardesk.domain.records import Changes, UserRecord
from scardesk.domain.time import muscat_today
from scardesk.domain.working_calendar import hours_text, parse_hours
from scardesk.services.working_time import WorkingTime
from scardesk.ui.appointments.working_time import weekday_name
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter, sentence
from scardesk.ui.labels import day_text, isolated, user_name
from scardesk.ui.messages import field_texts
from scardesk.ui.qt_dates import python_date
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import list_state_label, set_list_state
from scardesk.ui.widgets.date_fields import date_edit
from scardesk.ui.widgets.error_line import ErrorLine

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: The week as an Omani calendar shows it: Saturday first, then Sunday to Friday.
_WEEK_ORDER = (5, 6, 0, 1, 2, 3, 4)


class WorkingTimeTab(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._errors = ErrorPresenter(self)
        self._version = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self._week_box())
        lists = QHBoxLayout()
        lists.addWidget(self._holiday_box(), 1)
        lists.addWidget(self._day_off_box(), 1)
        layout.addLayout(lists, 1)
        context.change_bus.changed.connect(self._changed)
        self.reload()
        context.runner.run(
            context.services.users.practitioners, self._fill_practitioners, self._fail
        )

    # --- building ---------------------------------------------------------------------------
    def _week_box(self) -> QGroupBox:
        box = QGroupBox(_t("Working week"))
        grid = QGridLayout(box)
        self.day_boxes = {day: QCheckBox(weekday_name(day)) for day in _WEEK_ORDER}
        for column, day in enumerate(_WEEK_ORDER):
            grid.addWidget(self.day_boxes[day], 0, column)
        grid.addWidget(QLabel(_t("Opening hours (Muscat time)")), 1, 0, 1, 2)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(_t("e.g. 09:00-12:00, 12:30-21:00"))
        self.hours.setToolTip(
            _t("Stretches separated by commas; the gaps are breaks, e.g. the midday prayer.")
        )
        grid.addWidget(self.hours, 1, 2, 1, 5)
        self.week_error = ErrorLine()
        grid.addWidget(self.week_error, 2, 0, 1, 7)
        self.save_week_button = QPushButton(_t("Save working week"))
        self.save_week_button.setObjectName("primary")
        self.save_week_button.clicked.connect(self.save_week)
        self.week_saved = QLabel()
        self.week_saved.setObjectName("muted")
        grid.addWidget(self.save_week_button, 3, 0, 1, 2)
        grid.addWidget(self.week_saved, 3, 2, 1, 5)
        return box

    def _holiday_box(self) -> QGroupBox:
        box = QGroupBox(_t("Public holidays"))
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        self.holiday_date = _date_edit()
        self.holiday_name = QLineEdit()
        self.holiday_name.setPlaceholderText(_t("e.g. National Day"))
        self.add_holiday_button = QPushButton(_t("Add holiday"))
        self.add_holiday_button.clicked.connect(self.add_holiday)
        row.addWidget(self.holiday_date)
        row.addWidget(self.holiday_name, 1)
        row.addWidget(self.add_holiday_button)
        column.addLayout(row)
        self.holiday_error = ErrorLine()
        column.addWidget(self.holiday_error)
        self.holidays = QListWidget()
        self.holidays.setAccessibleName(_t("Public holidays"))
        _keep_rows_visible(self.holidays)
        column.addWidget(self.holidays, 1)
        # Said where the rows would be, and "could not be read" rather than "none" on a failure.
        self.holidays_empty = list_state_label(self.holidays)
        self.remove_holiday_button = QPushButton(_t("Remove holiday"))
        self.remove_holiday_button.setEnabled(False)
        self.remove_holiday_button.clicked.connect(self.remove_holiday)
        self.holidays.currentItemChanged.connect(
            lambda item, _old: self.remove_holiday_button.setEnabled(item is not None)
        )
        column.addWidget(self.remove_holiday_button)
        return box

    def _day_off_box(self) -> QGroupBox:
        box = QGroupBox(_t("Practitioners' days off"))
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        self.off_practitioner = QComboBox()
        self.off_practitioner.setAccessibleName(_t("Practitioner"))
        self.off_date = _date_edit()
        self.add_day_off_button = QPushButton(_t("Add day off"))
        self.add_day_off_button.clicked.connect(self.add_day_off)
        row.addWidget(self.off_practitioner, 1)
        row.addWidget(self.off_date)
        row.addWidget(self.add_day_off_button)
        column.addLayout(row)
        self.day_off_error = ErrorLine()
        column.addWidget(self.day_off_error)
        self.days_off = QListWidget()
        self.days_off.setAccessibleName(_t("Days off"))
        _keep_rows_visible(self.days_off)
        column.addWidget(self.days_off, 1)
        self.days_off_empty = list_state_label(self.days_off)
        self.remove_day_off_button = QPushButton(_t("Remove day off"))
        self.remove_day_off_button.setEnabled(False)
        self.remove_day_off_button.clicked.connect(self.remove_day_off)
        self.days_off.currentItemChanged.connect(
            lambda item, _old: self.remove_day_off_button.setEnabled(item is not None)
        )
        column.addWidget(self.remove_day_off_button)
        return box

    # --- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        service, actor = self._context.services.working_time, self._context.signed_in.actor
        self._context.runner.run(lambda: service.current(actor), self._show, self._load_failed)

    def _changed(self, changes: Changes) -> None:
        if changes.settings:
            self.reload()

    def _show(self, current: WorkingTime) -> None:
        self._version = current.version
        for day, box in self.day_boxes.items():
            box.setChecked(day in current.calendar.weekdays)
        self.hours.setText(hours_text(current.calendar.hours))
        self.holidays.clear()
        for holiday in current.holidays:
            weekday = weekday_name(holiday.day.weekday())
            item = QListWidgetItem(f"{weekday} {day_text(holiday.day)}  ·  {holiday.name}")
            item.setData(_ID_ROLE, holiday.id)
            self.holidays.addItem(item)
        set_list_state(self.holidays_empty, _no_holidays(), None, rows=len(current.holidays))
        self.days_off.clear()
        for off in current.days_off:
            note = f"  ·  {off.note}" if off.note else ""
            weekday = weekday_name(off.day.weekday())
            text = f"{isolated(off.practitioner)}  ·  {weekday} {day_text(off.day)}{note}"
            item = QListWidgetItem(text)
            item.setData(_ID_ROLE, off.id)
            self.days_off.addItem(item)
        set_list_state(self.days_off_empty, _no_days_off(), None, rows=len(current.days_off))

    def _fill_practitioners(self, users: list[UserRecord]) -> None:
        self.off_practitioner.clear()
        for user in users:
            self.off_practitioner.addItem(user_name(user), user.id)

    def _fail(self, error: BaseException) -> None:
        self._errors.show(error, self)

    def _load_failed(self, error: BaseException) -> None:
        """Neither list could be read: each says so, never that there is nothing in it."""
        self.holidays.clear()
        self.days_off.clear()
        set_list_state(self.holidays_empty, _no_holidays(), error, rows=0)
        set_list_state(self.days_off_empty, _no_days_off(), error, rows=0)
        self._fail(error)

    # --- commands ---------------------------------------------------------------------------
    def save_week(self) -> None:
        self.week_error.hide()
        self.week_saved.clear()
        weekdays = frozenset(day for day, box in self.day_boxes.items() if box.isChecked())
        try:
            hours = parse_hours(self.hours.text())
        except ValidationError as error:
            self._show_error(self.week_error, error)
            return
        service, actor, version = (
            self._context.services.working_time,
            self._context.signed_in.actor,
            self._version,
        )
        self._context.run_command(
            lambda: service.save_week(actor, weekdays, hours, version),
            lambda _changes: self.week_saved.setText(_t("Saved.")),
            lambda error: self._failed(self.week_error, error),
        )

    def add_holiday(self) -> None:
        self.holiday_error.hide()
        day, name = python_date(self.holiday_date.date()), self.holiday_name.text()
        service, actor = self._context.services.working_time, self._context.signed_in.actor
        self._context.run_command(
            lambda: service.add_holiday(actor, day, name),
            lambda _changes: self.holiday_name.clear(),
            lambda error: self._failed(self.holiday_error, error),
        )

    def remove_holiday(self) -> None:
        item = self.holidays.currentItem()
        if item is None:
            return
        holiday_id = int(item.data(_ID_ROLE))
        service, actor = self._context.services.working_time, self._context.signed_in.actor
        self._context.run_command(
            lambda: service.remove_holiday(actor, holiday_id), None, self._fail
        )

    def add_day_off(self) -> None:
        self.day_off_error.hide()
        user_id = self.off_practitioner.currentData()
        if user_id is None:
            self.day_off_error.setText(_t("Choose the practitioner who is off."))
            self.day_off_error.show()
            return
        day: date = python_date(self.off_date.date())
        service, actor = self._context.services.working_time, self._context.signed_in.actor
        self._context.run_command(
            lambda: service.add_day_off(actor, int(user_id), day),
            None,
            lambda error: self._failed(self.day_off_error, error),
        )

    def remove_day_off(self) -> None:
        item = self.days_off.currentItem()
        if item is None:
            return
        day_off_id = int(item.data(_ID_ROLE))
        service, actor = self._context.services.working_time, self._context.signed_in.actor
        self._context.run_command(
            lambda: service.remove_day_off(actor, day_off_id), None, self._fail
        )

    def _failed(self, line: ErrorLine, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self._show_error(line, error)
        else:
            self._fail(error)

    @staticmethod
    def _show_error(line: ErrorLine, error: ValidationError) -> None:
        line.setText("\n".join(sentence(m) for m in field_texts(error).values()))
        line.show()


def _no_holidays() -> str:
    return _t("No public holidays entered yet.")


def _no_days_off() -> str:
    return _t("No days off entered yet.")


def _keep_rows_visible(rows: QListWidget) -> None:
    """A list never squeezed below a handful of rows: on a short screen the tab scrolls instead,
    rather than showing a list one row high."""
    rows.setMinimumHeight(rows.fontMetrics().height() * 6)


def _date_edit() -> QDateEdit:
    # The clinic's day, not the computer's: late in the evening they differ.
    today = muscat_today()
    return date_edit(QDate(today.year, today.month, today.day))

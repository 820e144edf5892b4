"""Admin › Working time, driven as the admin would: the week, the hours, holidays, days off."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from scardesk.domain.enums import Role
from scardesk.domain.working_calendar import OMAN_WEEK
from scardesk.ui.admin import AdminScreen


def open_tab(open_window, make_user):  # type: ignore[no-untyped-def]
    admin = make_user("first.admin", Role.ADMIN)
    make_user("s.harthy", Role.PRACTITIONER)
    window = open_window(admin)
    assert window.show_screen("admin")
    screen = window.pages["admin"]
    assert isinstance(screen, AdminScreen)
    screen.tabs.setCurrentWidget(screen.working_time)
    return screen.working_time, admin


def test_the_admin_adds_saturday_and_changes_the_hours(
    qtbot, open_window, make_user, services, tmp_path: Path
) -> None:
    tab, admin = open_tab(open_window, make_user)
    assert {d for d, box in tab.day_boxes.items() if box.isChecked()} == OMAN_WEEK
    assert tab.hours.text() == "09:00–12:00, 12:30–21:00"
    qtbot.mouseClick(tab.day_boxes[5], Qt.MouseButton.LeftButton)  # Saturday
    tab.hours.selectAll()
    qtbot.keyClicks(tab.hours, "08:00-12:00, 12:45-20:00")
    qtbot.mouseClick(tab.save_week_button, Qt.MouseButton.LeftButton)
    assert tab.week_saved.text() == "Saved."
    calendar = services.working_time.calendar(admin.actor)
    assert calendar.weekdays == OMAN_WEEK | {5}
    assert tab.hours.text() == "08:00–12:00, 12:45–20:00"
    tab.window().grab().save(str(tmp_path / "working_time.png"))


def test_wrong_hours_are_named_and_nothing_is_saved(qtbot, open_window, make_user, services):
    tab, admin = open_tab(open_window, make_user)
    tab.hours.selectAll()
    qtbot.keyClicks(tab.hours, "9 till late")
    qtbot.mouseClick(tab.save_week_button, Qt.MouseButton.LeftButton)
    assert tab.week_error.isVisible() and "9 till late" in tab.week_error.text()
    assert services.working_time.current(admin.actor).version == 0


def test_a_holiday_and_a_day_off_are_added_and_removed(qtbot, open_window, make_user, services):
    tab, admin = open_tab(open_window, make_user)
    assert tab.holidays_empty.isVisible() and not tab.remove_holiday_button.isEnabled()
    tab.holiday_date.setDate(QDate(2026, 11, 18))
    qtbot.keyClicks(tab.holiday_name, "National Day")
    qtbot.mouseClick(tab.add_holiday_button, Qt.MouseButton.LeftButton)
    assert tab.holidays.count() == 1
    assert tab.holidays.item(0).text() == "Wednesday 18/11/2026  ·  National Day"
    tab.off_date.setDate(QDate(2026, 11, 19))
    qtbot.mouseClick(tab.add_day_off_button, Qt.MouseButton.LeftButton)
    assert tab.days_off.count() == 1 and "Thursday 19/11/2026" in tab.days_off.item(0).text()
    calendar = services.working_time.calendar(admin.actor)
    assert calendar.closed(date(2026, 11, 18)) is not None
    tab.holidays.setCurrentRow(0)
    qtbot.mouseClick(tab.remove_holiday_button, Qt.MouseButton.LeftButton)
    assert tab.holidays.count() == 0 and tab.holidays_empty.isVisible()
    assert services.working_time.calendar(admin.actor).closed(date(2026, 11, 18)) is None

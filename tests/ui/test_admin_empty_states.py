"""Admin lists and boxes that start empty say so, in the user's language.

The public-holiday and days-off lists of Working time say they are empty where their rows would
be, and that they could not be read when the read failed (never "none" for a list that failed);
the result box of Maintenance says what will appear there before anything has been run.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from scardesk.db.engine import open_database
from scardesk.domain.enums import Role
from scardesk.ui.admin import AdminScreen
from scardesk.ui.unreadable import load_failed_text
from tests.ui.patient_helpers import make_context


def _admin_screen(qtbot, services, make_user, runner) -> AdminScreen:  # type: ignore[no-untyped-def]
    screen = AdminScreen(make_context(services, make_user("first.admin", Role.ADMIN), runner))
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _in_list(label, view) -> bool:  # type: ignore[no-untyped-def]
    """Shown, and inside the list's own area, where its rows would be."""
    return label.isVisible() and view.viewport().isAncestorOf(label)


def test_the_empty_holiday_and_days_off_lists_say_so_inside_the_list(
    qtbot, services, make_user, runner
) -> None:
    screen = _admin_screen(qtbot, services, make_user, runner)
    screen.tabs.setCurrentWidget(screen.working_time)
    tab = screen.working_time
    assert tab.holidays.count() == 0 and tab.days_off.count() == 0
    assert _in_list(tab.holidays_empty, tab.holidays)
    assert tab.holidays_empty.text() == "No public holidays entered yet."
    assert _in_list(tab.days_off_empty, tab.days_off)
    assert tab.days_off_empty.text() == "No days off entered yet."
    assert tab.holidays_empty.objectName() == tab.days_off_empty.objectName() == "muted"


def test_lists_that_could_not_be_read_say_so_not_that_they_are_empty(
    qtbot, services, make_user, runner, tmp_path: Path, monkeypatch
) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    with database.engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE public_holidays RENAME TO public_holidays_gone")
    database.dispose()
    errors: list[BaseException] = []
    monkeypatch.setattr(
        "scardesk.ui.errors.ErrorPresenter.show", lambda s, e, p=None: errors.append(e)
    )
    screen = _admin_screen(qtbot, services, make_user, runner)
    screen.tabs.setCurrentWidget(screen.working_time)
    tab = screen.working_time
    assert errors  # reported as every failure is
    for label, view in ((tab.holidays_empty, tab.holidays), (tab.days_off_empty, tab.days_off)):
        assert _in_list(label, view)
        assert label.text() == load_failed_text()
        assert label.objectName() == "formError"


def test_the_backup_result_box_says_what_it_is_for_before_anything_runs(
    qtbot, services, make_user, runner
) -> None:
    screen = _admin_screen(qtbot, services, make_user, runner)
    screen.tabs.setCurrentWidget(screen.maintenance)
    result = screen.maintenance.result
    assert result.toPlainText() == ""
    assert result.placeholderText() == "No backup or check run yet. Its result will show here."


def test_the_empty_states_are_in_arabic(qtbot, services, make_user, runner, arabic) -> None:
    screen = _admin_screen(qtbot, services, make_user, runner)
    screen.tabs.setCurrentWidget(screen.working_time)
    texts = (
        screen.working_time.holidays_empty.text(),
        screen.working_time.days_off_empty.text(),
        screen.maintenance.result.placeholderText(),
    )
    for text in texts:
        assert text and not any("a" <= c.lower() <= "z" for c in text), text
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft

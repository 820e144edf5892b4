"""Admin › Working time fits a 1280×720 laptop without scrolling (issue 15): the tallest Admin
tab (Safety rules) once made every tab as tall as itself, so the holiday and day-off lists and
their Remove buttons sat below the fold. Each tab now scrolls by itself."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QDate, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from scardesk.domain.enums import Role
from scardesk.domain.time import muscat_today


def _shown_in(widget: QWidget, area: QAbstractScrollArea) -> bool:
    """``widget`` lies wholly inside ``area``'s viewport, as it is scrolled now."""
    viewport = area.viewport()
    place = QRect(widget.mapTo(viewport, widget.rect().topLeft()), widget.size())
    return viewport.rect().contains(place)


def _scroll_area(widget: QWidget) -> QAbstractScrollArea:
    """The nearest scroll area holding ``widget``: what the user would have to scroll."""
    parent = widget.parentWidget()
    while not isinstance(parent, QAbstractScrollArea):
        assert parent is not None, "not in a scroll area"
        parent = parent.parentWidget()
    return parent


def _working_time(qtbot, open_window, make_user, size):
    window = open_window(make_user("first.admin", Role.ADMIN))
    if size is None:
        window.showMaximized()
    else:
        window.showNormal()
        window.resize(*size)
    window.show_screen("admin")
    screen = window.page("admin")
    screen.tabs.setCurrentWidget(screen.working_time)
    qtbot.wait(20)
    return screen.working_time


def _not_in_sight(tab) -> list[str]:
    area = _scroll_area(tab)
    wanted = {
        "holidays": tab.holidays,
        "days off": tab.days_off,
        "remove holiday": tab.remove_holiday_button,
        "remove day off": tab.remove_day_off_button,
        "save week": tab.save_week_button,
    }
    missing = [name for name, widget in wanted.items() if not _shown_in(widget, area)]
    if area.verticalScrollBar().maximum() > 0 or area.horizontalScrollBar().maximum() > 0:
        missing.append("the tab scrolls")
    return missing


@pytest.mark.parametrize("size", [None, (1600, 1000)], ids=["laptop-maximised", "desktop"])
def test_working_time_lists_are_in_sight(qtbot, open_window, make_user, size) -> None:
    tab = _working_time(qtbot, open_window, make_user, size)
    assert _not_in_sight(tab) == []
    assert tab.holidays.height() >= tab.holidays.fontMetrics().height() * 6


def test_working_time_lists_are_in_sight_in_arabic(qtbot, open_window, make_user, arabic) -> None:
    tab = _working_time(qtbot, open_window, make_user, None)
    assert _not_in_sight(tab) == []


def test_a_tall_admin_tab_scrolls_by_itself(qtbot, open_window, make_user) -> None:
    """Safety rules is taller than the laptop screen: it scrolls, the window does not grow."""
    window = open_window(make_user("first.admin", Role.ADMIN))
    window.showMaximized()
    window.show_screen("admin")
    screen = window.page("admin")
    screen.tabs.setCurrentWidget(screen.rules)
    qtbot.wait(20)
    area = _scroll_area(screen.rules)
    assert area.verticalScrollBar().maximum() > 0
    assert window.height() <= 720


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_new_holidays_and_days_off_start_on_the_clinic_s_day(
    qtbot, open_window, make_user, monkeypatch: pytest.MonkeyPatch, zone: str
) -> None:
    """The computer's clock may be in another zone (14 h ahead of UTC, 11 h behind): at any
    moment one of the two is on another day than Muscat; the fields still start on Muscat's."""
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        tab = _working_time(qtbot, open_window, make_user, None)
        today = muscat_today()
        muscat = QDate(today.year, today.month, today.day)
        assert (tab.holiday_date.date(), tab.off_date.date()) == (muscat, muscat)
    finally:
        monkeypatch.undo()
        time.tzset()

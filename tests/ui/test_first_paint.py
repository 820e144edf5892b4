"""Work that waits for a window's first paint (issue #16): start-up installs the application-wide
event filters that way, so the sign-in window does not wait for them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QVBoxLayout, QWidget

from scardesk.ui.widgets.app_filters import replay_polish
from scardesk.ui.widgets.first_paint import when_painted
from scardesk.ui.widgets.keyboard_guard import KeyboardGuard
from scardesk.ui.widgets.wheel_guard import WheelGuard

NEVER = 60_000  # a fallback no test waits for


def test_the_work_runs_once_just_after_the_window_is_painted(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    painted: list[bool] = []
    when_painted(window, lambda: painted.append(window.isVisible()), fallback_ms=NEVER)
    QCoreApplication.processEvents()
    assert painted == []  # not shown, not painted: nothing yet
    window.show()
    qtbot.waitUntil(lambda: bool(painted))
    window.repaint()
    QCoreApplication.processEvents()
    assert painted == [True]


def test_a_window_that_is_never_painted_gets_the_work_after_the_fallback(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    ran: list[int] = []
    when_painted(window, lambda: ran.append(1), fallback_ms=20)
    qtbot.waitUntil(lambda: bool(ran))
    window.show()
    window.repaint()
    QCoreApplication.processEvents()
    assert ran == [1]


def test_a_window_deleted_before_its_paint_still_gets_the_work_done(qtbot) -> None:
    window = QWidget()
    ran: list[int] = []
    when_painted(window, lambda: ran.append(1), fallback_ms=NEVER)
    window.deleteLater()
    qtbot.waitUntil(lambda: bool(ran))
    assert ran == [1]


def test_filters_installed_after_a_window_was_shown_set_up_its_widgets_as_at_polish(
    qtbot,
) -> None:
    """The sign-in window's language box is polished before the wheel guard exists: replayed,
    the guard still takes the wheel's focus away from it."""
    window = QDialog()
    qtbot.addWidget(window)
    box = QComboBox(window)
    QVBoxLayout(window).addWidget(box)
    window.show()
    qtbot.waitExposed(window)
    box.setFocusPolicy(Qt.FocusPolicy.WheelFocus)  # as Qt makes it, before any guard saw it
    replay_polish([WheelGuard(), KeyboardGuard()], window)
    assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus

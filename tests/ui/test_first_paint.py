"""Work that waits for a window's first paint (issue #16): start-up installs the application-wide
event filters that way, so the sign-in window does not wait for them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QVBoxLayout, QWidget

from scardesk.ui.widgets.app_filters import replay_polish
from scardesk.ui.widgets.first_paint import when_painted
from scardesk.ui.widgets.keyboard_guard import KeyboardGuard
from scardesk.ui.widgets.wheel_guard import WheelGuard

NEVER = 60_000  # a fallback no test waits for
ROOT = Path(__file__).resolve().parents[2]

#: A window never painted whose owner lets it go; then the fallback, then the watch's own
#: deferred deletion. With the window held by the watch, that deletion took the window with it
#: and the window's ``destroyed`` signal called into the half-deleted watch: a segmentation
#: fault in the second ``processEvents`` (CI, 2026-12-07, a later test's event processing).
_LET_GO_BEFORE_ITS_PAINT = """
import time
from PySide6.QtWidgets import QApplication, QWidget
from scardesk.ui.widgets.first_paint import when_painted
app = QApplication([])
ran = []
window = QWidget()
when_painted(window, lambda: ran.append(1), fallback_ms=20)
del window
time.sleep(0.1)
app.processEvents()
app.processEvents()
print(ran)
"""


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


def test_the_watch_leaves_its_window_to_its_owner_and_works_just_after_the_window_went(
    qtbot,
) -> None:
    window = QWidget()
    gone: list[int] = []
    window.destroyed.connect(lambda: gone.append(1))
    ran: list[int] = []
    when_painted(window, lambda: ran.append(1), fallback_ms=NEVER)
    del window  # its one owner lets it go
    assert gone == [1]  # the watch did not keep it
    assert ran == []  # nor ran the work inside the window's destructor
    qtbot.waitUntil(lambda: bool(ran))
    assert ran == [1]


def test_a_window_let_go_before_its_paint_ends_cleanly_after_the_fallback() -> None:
    """In a process of its own: the sequence that crashed would kill a test process."""
    done = subprocess.run(
        [sys.executable, "-c", _LET_GO_BEFORE_ITS_PAINT],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "[1]"), done.stderr


def test_a_cancelled_watch_runs_nothing_and_is_gone(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    ran: list[int] = []
    watch = when_painted(window, lambda: ran.append(1), fallback_ms=20)
    watch.cancel()
    window.show()
    qtbot.wait(100)  # painted, and past the fallback
    assert ran == []
    assert not shiboken6.isValid(watch)  # deleted: nothing of it is left to fire

"""Scrolling a form with the mouse wheel never changes a value in it (issue 9, point 7).

Real wheel events go to every spin box, date edit, combo box and slider of every editing
form; none may change, and the form's scroll area moves instead. Once the user has clicked
into a field, the wheel changes it as usual, so the guard is not just a disabled wheel.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from scardesk.ui.assessment.editor import AssessmentEditor
from scardesk.ui.consultation.plan_tab import PlanTab
from scardesk.ui.widgets.unsaved import form_values
from scardesk.ui.widgets.wheel_guard import WheelGuard, install_wheel_guard
from tests.ui.form_helpers import (
    FORMS,
    FormClinic,
    clear_focus,
    field_value,
    form_clinic,
    open_form,
    value_fields,
    wheel,
)


@pytest.fixture
def clinic(services, make_user) -> FormClinic:
    return form_clinic(services, make_user)


def _enable_every_field(qtbot, form: QWidget) -> None:  # type: ignore[no-untyped-def]
    """The plan's spin boxes are live only for a ticked modality: tick them all."""
    if isinstance(form, PlanTab):
        for row in form.rows.values():
            qtbot.mouseClick(row.include, Qt.MouseButton.LeftButton, pos=QPoint(8, 8))
            assert row.include.isChecked()


@pytest.mark.parametrize("name", list(FORMS))
def test_the_wheel_over_any_value_field_changes_nothing(qtbot, clinic, name) -> None:
    form = open_form(qtbot, clinic, name)
    _enable_every_field(qtbot, form)
    clear_focus()
    fields = value_fields(form)
    before = form_values(form)
    for field in fields:
        assert field.focusPolicy() != Qt.FocusPolicy.WheelFocus, field  # no focus by wheel
        original = field_value(field)
        for notches in (1, -1, -3):  # up, down, and a fast flick down
            wheel(field, notches)
            assert not field.hasFocus()
            assert field_value(field) == original, (name, type(field).__name__)
    assert form_values(form) == before


def test_every_clinical_form_has_value_fields_to_scroll_over(qtbot, clinic) -> None:
    """The test above is not vacuous: the clinical forms do hold wheel-able fields."""
    for name in ("assessment editor", "session editor", "plan tab", "booking dialog"):
        form = open_form(qtbot, clinic, name)
        _enable_every_field(qtbot, form)
        assert len(value_fields(form)) >= 2, name


def test_without_the_guard_the_same_wheel_would_change_scar_s(qtbot, clinic, qapp) -> None:
    """The events the tests send are the kind that changed SCAR-S in the field."""
    editor = open_form(qtbot, clinic, "assessment editor")
    assert isinstance(editor, AssessmentEditor)
    clear_focus()
    guard = qapp.findChild(WheelGuard)
    qapp.removeEventFilter(guard)
    try:
        before = editor.grade.scar_s.currentIndex()
        wheel(editor.grade.scar_s, -1)
        assert editor.grade.scar_s.currentIndex() != before
    finally:
        qapp.installEventFilter(guard)


def test_the_wheel_over_a_field_scrolls_the_form_instead(qtbot, clinic) -> None:
    editor = open_form(qtbot, clinic, "assessment editor", size=(900, 420))
    assert isinstance(editor, AssessmentEditor)
    clear_focus()
    bar = editor.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    box = editor.gb.boxes[next(iter(editor.gb.boxes))]
    before = box.value()
    wheel(box, -2)
    assert bar.value() > 0  # the form moved down
    assert box.value() == before


def test_after_clicking_into_a_field_the_wheel_changes_it(qtbot, clinic) -> None:
    editor = open_form(qtbot, clinic, "assessment editor")
    assert isinstance(editor, AssessmentEditor)
    clear_focus()
    scar_s = editor.grade.scar_s
    editor.scroll_area.ensureWidgetVisible(scar_s)
    qtbot.mouseClick(scar_s, Qt.MouseButton.LeftButton)  # opens the list…
    qtbot.keyClick(QApplication.activePopupWidget() or scar_s, Qt.Key.Key_Escape)  # …closed
    # Focus comes back once the closed list has hidden, which under load lands after the key
    # event returns (it failed once on a bare machine): wait for it, and fail if it never does.
    qtbot.waitUntil(scar_s.hasFocus, timeout=3000)
    before = scar_s.currentIndex()
    wheel(scar_s, -1)
    assert scar_s.currentIndex() == before + 1

    box = editor.gb.boxes[next(iter(editor.gb.boxes))]
    editor.scroll_area.ensureWidgetVisible(box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.hasFocus()
    wheel(box, 1)
    assert box.value() == 1
    qtbot.keyClick(box, Qt.Key.Key_Tab)  # tabbing on: the wheel no longer reaches it
    wheel(box, 1)
    assert box.value() == 1


def test_a_field_reached_with_tab_takes_the_wheel(qtbot, clinic) -> None:
    form = open_form(qtbot, clinic, "rules tab")
    first = value_fields(form)[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    before = field_value(first)
    wheel(first, 1)
    assert field_value(first) != before


def test_installing_twice_keeps_one_guard(qapp) -> None:
    assert install_wheel_guard(qapp) is install_wheel_guard(qapp)
    assert len(qapp.findChildren(WheelGuard)) == 1


def test_the_application_start_up_installs_the_guard(tmp_path) -> None:
    """``prepare_application`` (what ``run_gui`` calls) installs it, in a fresh process."""
    code = (
        "from scardesk.ui.shell import prepare_application\n"
        "from scardesk.ui.widgets.wheel_guard import wheel_guard_installed\n"
        "app = prepare_application('en')\n"
        "raise SystemExit(0 if wheel_guard_installed(app) else 3)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", code], env=env, timeout=120, check=False)
    assert done.returncode == 0


def test_the_guard_leaves_scroll_bars_alone(qtbot, clinic) -> None:
    editor = open_form(qtbot, clinic, "assessment editor", size=(900, 420))
    assert isinstance(editor, AssessmentEditor)
    bar = editor.scroll_area.verticalScrollBar()
    wheel(bar, -2)
    assert bar.value() > 0
    assert isinstance(bar, QWidget)

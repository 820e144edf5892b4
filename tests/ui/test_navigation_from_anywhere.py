"""With a patient open, the keyboard, the Go menu and the sidebar still take you anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.form_helpers import FormClinic, answering_discard, edit_like_a_user, form_clinic
from tests.ui.patient_helpers import register

QUESTION = "Discard changes?"
CTRL = Qt.KeyboardModifier.ControlModifier


def _open(qtbot, open_window, clinic: FormClinic):  # type: ignore[no-untyped-def]
    window = open_window(clinic.doctor.signed_in)
    window.show_screen("patients")
    workspace = window.open_patient(clinic.patient_id)
    workspace.tabs.setFocus()
    assert window.stack.currentWidget() is workspace
    return window, workspace


def _focused() -> object:
    return QApplication.focusWidget()


def test_ctrl_f_leaves_the_patient_for_the_search_box(qtbot, open_window, services, make_user):
    window, _workspace = _open(qtbot, open_window, form_clinic(services, make_user))
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    page = window.pages["patients"]
    assert window.stack.currentWidget() is page
    assert _focused() is page.search_edit


def test_ctrl_number_of_the_highlighted_screen_leaves_the_patient(
    qtbot, open_window, services, make_user
):
    clinic = form_clinic(services, make_user)
    window, _workspace = _open(qtbot, open_window, clinic)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # Patients: the row the sidebar still marks
    assert window.stack.currentWidget() is window.pages["patients"]
    window.open_patient(clinic.patient_id)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.stack.currentWidget() is window.pages["today"]


def test_clicking_the_highlighted_sidebar_row_leaves_the_patient(
    qtbot, open_window, services, make_user
):
    window, _workspace = _open(qtbot, open_window, form_clinic(services, make_user))
    row = window.navigation.keys().index("patients")
    rect = window.navigation.visualItemRect(window.navigation.item(row))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.pages["patients"]


def test_esc_and_alt_left_go_back(qtbot, open_window, services, make_user):
    clinic = form_clinic(services, make_user)
    window, workspace = _open(qtbot, open_window, clinic)
    qtbot.keyClick(workspace.tabs, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.pages["patients"]
    workspace = window.open_patient(clinic.patient_id)
    workspace.tabs.setFocus()
    qtbot.keyClick(workspace.tabs, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget() is window.pages["patients"]


def test_leaving_an_edited_patient_by_keyboard_asks(qtbot, open_window, services, make_user):
    clinic = form_clinic(services, make_user)
    window, workspace = _open(qtbot, open_window, clinic)
    workspace.show_tab("plan")
    edit_like_a_user(qtbot, workspace.tabs.currentWidget())
    with answering_discard("Keep editing") as seen:
        qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert seen == [QUESTION] and window.stack.currentWidget() is workspace
    window.activateWindow()  # the question's box has gone: the window is active again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with answering_discard("Discard") as seen:
        qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert seen == [QUESTION] and window.stack.currentWidget() is window.pages["today"]
    assert window.workspace is None


def test_recent_patients_reopen_from_the_go_menu(qtbot, open_window, services, make_user):
    clinic = form_clinic(services, make_user)
    window, _workspace = _open(qtbot, open_window, clinic)
    other = register(
        services, clinic.doctor.signed_in, name_latin="Salim Al Harthy", civil_number="30405060"
    ).id
    window.open_patient(other)
    names = [action.text() for action in window.recent_menu.actions()]
    assert len(names) == 2 and "Salim Al Harthy" in names[0]
    assert window.recent_menu.actions()[1].shortcut().toString() == "Alt+Shift+2"
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    qtbot.keyClick(
        window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.workspace is not None and window.workspace.patient_id == clinic.patient_id
    assert window.stack.currentWidget() is window.workspace


def test_every_go_menu_item_shows_its_shortcut(open_window, services, make_user):
    clinic = form_clinic(services, make_user)
    window = open_window(clinic.doctor.signed_in)
    for menu in window.menuBar().findChildren(type(window.recent_menu)):
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            assert not action.shortcut().isEmpty(), action.text()


def test_the_sidebar_marks_patients_while_a_record_is_open_and_back_restores_it(
    qtbot, open_window, services, make_user
):
    clinic = form_clinic(services, make_user)
    window = open_window(clinic.doctor.signed_in)
    window.show_screen("products")
    workspace = window.open_patient(clinic.patient_id)
    assert window.navigation.current_key() == "patients"  # not "Products & lots" over a record
    assert window.current_screen() == "products"  # still where Back returns
    qtbot.mouseClick(workspace.back_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.pages["products"]
    assert window.navigation.current_key() == "products"


def test_keeping_an_edited_record_keeps_patients_marked(qtbot, open_window, services, make_user):
    clinic = form_clinic(services, make_user)
    window = open_window(clinic.doctor.signed_in)
    window.show_screen("products")
    workspace = window.open_patient(clinic.patient_id)
    workspace.show_tab("plan")
    edit_like_a_user(qtbot, workspace.tabs.currentWidget())
    with answering_discard("Keep editing") as seen:
        window.show_screen("today")
    assert seen == [QUESTION] and window.stack.currentWidget() is workspace
    assert window.navigation.current_key() == "patients"

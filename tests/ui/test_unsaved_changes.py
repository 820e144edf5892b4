"""Unsaved work is never thrown away without asking (issue 9, point 8).

Each editing dialog is driven as a person would: an edit, then Esc, Cancel or the window's
close button. "Discard changes?" must appear (the real message box, answered by clicking its
button); "Keep editing" keeps the dialog open with the edit, "Discard" closes it and nothing
is saved; an unchanged dialog closes without a question. The tabs are left by switching
patient, going Back, changing screen, signing out or closing the main window.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from scardesk.domain.enums import Role
from scardesk.ui.admin import AdminScreen
from scardesk.ui.widgets.unsaved import form_values
from tests.ui.form_helpers import (
    DIALOGS,
    FormClinic,
    answering_discard,
    edit_like_a_user,
    form_clinic,
    open_form,
)
from tests.ui.patient_helpers import register

QUESTION = "Discard changes?"


@pytest.fixture
def clinic(services, make_user) -> FormClinic:
    return form_clinic(services, make_user)


def _cancel_button(dialog: QDialog) -> QPushButton:
    """The dialog's own Cancel (or Close) button, wherever the form put it."""
    for box in dialog.findChildren(QDialogButtonBox):
        button = box.button(QDialogButtonBox.StandardButton.Cancel)
        if button is not None:
            return button
    for button in dialog.findChildren(QPushButton):
        if button.text() in ("Cancel", "Close") and button.isVisible():
            return button
    raise AssertionError("no Cancel button")


def _stored(clinic: FormClinic) -> tuple[object, ...]:
    """Counts of what the forms could have written; a discarded form changes none of them."""
    doctor, admin = clinic.doctor.signed_in.actor, clinic.admin.signed_in.actor
    services = clinic.services
    patient = services.patients.get(doctor, clinic.patient_id)
    return (
        len(services.assessments.list_for_patient(doctor, clinic.patient_id)),
        len(services.sessions.list_for_patient(doctor, clinic.patient_id)),
        len(services.consents.list_for_patient(doctor, clinic.patient_id)),
        len(services.products.list_products(admin)),
        len(services.products.list_lots(admin, clinic.botox_id)),
        len(services.users.list_users(admin)),
        patient.version,
        *(plan.status for plan in services.plans.list_for_patient(doctor, clinic.patient_id)),
    )


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialog_asks_before_throwing_an_edit_away(qtbot, clinic, name) -> None:
    dialog = open_form(qtbot, clinic, name)
    assert isinstance(dialog, QDialog)
    stored = _stored(clinic)
    edit_like_a_user(qtbot, dialog)
    edited = form_values(dialog)

    with answering_discard("Keep editing") as seen:
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert seen == [QUESTION]
    assert dialog.isVisible() and form_values(dialog) == edited

    with answering_discard("Keep editing") as seen:
        dialog.close()  # the title bar's close button
    assert seen == [QUESTION]
    assert dialog.isVisible() and form_values(dialog) == edited

    with answering_discard("Discard") as seen:
        qtbot.mouseClick(_cancel_button(dialog), Qt.MouseButton.LeftButton)
    assert seen == [QUESTION]
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert _stored(clinic) == stored


@pytest.mark.parametrize("name", DIALOGS)
def test_an_unchanged_dialog_closes_without_a_question(qtbot, clinic, name) -> None:
    dialog = open_form(qtbot, clinic, name)
    assert isinstance(dialog, QDialog)
    with answering_discard(None) as seen:
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert seen == []
    assert not dialog.isVisible()


def test_an_edit_undone_by_hand_is_no_change(qtbot, clinic) -> None:
    dialog = open_form(qtbot, clinic, "new product")
    edit_like_a_user(qtbot, dialog)
    edit = dialog.focusWidget()
    for _ in range(2):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    with answering_discard(None) as seen:
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert seen == [] and not dialog.isVisible()


def test_a_saved_session_closes_without_a_question(qtbot, clinic) -> None:
    from scardesk.domain.enums import Modality
    from scardesk.ui.sessions.common import modality_name
    from scardesk.ui.sessions.editor import SessionEditor
    from scardesk.ui.sessions.modality_cards import PeelCard

    editor = SessionEditor(clinic.doctor, clinic.patient_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    peel_name = modality_name(Modality.CHEMICAL_PEEL)
    next(a for a in editor.add_menu.actions() if a.text() == peel_name).trigger()
    peel = editor.cards[-1]
    assert isinstance(peel, PeelCard)
    qtbot.keyClicks(peel.agent, "Glycolic acid")
    peel.peel_depth.setCurrentIndex(peel.peel_depth.findText("Superficial"))
    qtbot.mouseClick(editor.events.none_box, Qt.MouseButton.LeftButton)
    editor.run_gate_now()
    for finding in editor.safety.result.needs_override:
        editor.safety.reason_field(finding.rule_code).setText("discussed and agreed")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.saved_record is not None and editor.next_step is not None
    with answering_discard(None) as seen:
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert seen == [] and not editor.isVisible()


# --- tabs inside the main window ---------------------------------------------------------------


def _doctor_window(open_window, clinic: FormClinic):  # type: ignore[no-untyped-def]
    window = open_window(clinic.doctor.signed_in)
    workspace = window.open_patient(clinic.patient_id)
    return window, workspace


@pytest.mark.parametrize("tab_key", ["history", "plan"])
def test_switching_patient_with_an_edited_tab_asks(
    qtbot, services, open_window, clinic, tab_key
) -> None:
    window, workspace = _doctor_window(open_window, clinic)
    assert workspace.show_tab(tab_key)
    tab = workspace.tabs.currentWidget()
    edit_like_a_user(qtbot, tab)
    edited = form_values(tab)
    other = register(
        services, clinic.doctor.signed_in, name_latin="Salim Al Harthy", civil_number="30405060"
    ).id

    with answering_discard("Keep editing") as seen:
        assert window.open_patient(other) is workspace
    assert seen == [QUESTION]
    assert window.workspace is workspace and workspace.isVisible()
    assert form_values(tab) == edited

    with answering_discard("Discard") as seen:
        opened = window.open_patient(other)
    assert seen == [QUESTION]
    assert opened is not workspace and opened.patient_id == other


def test_back_and_changing_screen_ask_and_discarding_drops_the_workspace(
    qtbot, open_window, clinic
) -> None:
    window, workspace = _doctor_window(open_window, clinic)
    workspace.show_tab("plan")
    edit_like_a_user(qtbot, workspace.tabs.currentWidget())
    shown_key = window.current_screen()

    with answering_discard("Keep editing") as seen:
        qtbot.mouseClick(workspace.back_button, Qt.MouseButton.LeftButton)
    assert seen == [QUESTION] and window.stack.currentWidget() is workspace

    other_key = next(k for k in list(window.navigation.keys()) if k != shown_key)
    with answering_discard("Keep editing") as seen:
        window.show_screen(other_key)
    assert seen == [QUESTION] and window.stack.currentWidget() is workspace
    assert window.current_screen() == shown_key  # the sidebar did not move either

    with answering_discard("Discard") as seen:
        window.show_screen(other_key)
    assert seen == [QUESTION]
    assert window.workspace is None and window.current_screen() == other_key


def test_an_unedited_workspace_is_left_without_a_question(qtbot, open_window, clinic) -> None:
    window, workspace = _doctor_window(open_window, clinic)
    for key in workspace.tab_keys:
        workspace.show_tab(key)
    with answering_discard(None) as seen:
        qtbot.mouseClick(workspace.back_button, Qt.MouseButton.LeftButton)
        window.open_patient(clinic.patient_id)
        window.close()
    assert seen == []
    assert not window.isVisible()


def test_closing_the_window_and_signing_out_ask(qtbot, open_window, clinic) -> None:
    window, workspace = _doctor_window(open_window, clinic)
    workspace.show_tab("history")
    edit_like_a_user(qtbot, workspace.tabs.currentWidget())
    signed_out: list[bool] = []
    window.sign_out_requested.connect(lambda: signed_out.append(True))

    with answering_discard("Keep editing") as seen:
        window.close()
    assert seen == [QUESTION] and window.isVisible()

    with answering_discard("Keep editing") as seen:
        window.sign_out_action.trigger()
    assert seen == [QUESTION] and signed_out == []

    with answering_discard("Discard") as seen:
        window.sign_out_action.trigger()
    assert seen == [QUESTION] and signed_out == [True]
    with answering_discard(None) as seen:
        window.close()  # what the shell does next: no second question
    assert seen == [] and not window.isVisible()


def test_an_open_dialog_counts_when_the_window_closes(qtbot, open_window, clinic) -> None:
    from scardesk.ui.assessment.editor import AssessmentEditor

    window, workspace = _doctor_window(open_window, clinic)
    editor = AssessmentEditor(clinic.doctor, clinic.patient_id, parent=workspace)
    editor.show()
    qtbot.waitExposed(editor)
    edit_like_a_user(qtbot, editor)
    with answering_discard("Keep editing") as seen:
        window.close()
    assert seen == [QUESTION] and window.isVisible()


def test_a_dialog_saved_earlier_does_not_count_when_the_window_closes(
    qtbot, open_window, make_user
) -> None:
    from scardesk.ui.admin.users_tab import AddUserDialog

    window = open_window(make_user("first.admin", Role.ADMIN))
    window.show_screen("admin")
    screen = window.pages["admin"]
    assert isinstance(screen, AdminScreen)
    dialog = AddUserDialog(screen.users._context, screen)
    dialog.show()
    for row, text in (
        (dialog.username, "reception"),
        (dialog.display_name, "Reception"),
        (dialog.password, "Front-desk-2026"),
        (dialog.repeat, "Front-desk-2026"),
    ):
        qtbot.keyClicks(row.edit, text)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.created is not None and not dialog.isVisible()
    with answering_discard(None) as seen:
        window.close()
    assert seen == [] and not window.isVisible()


@pytest.mark.parametrize("tab", ["clinic", "content"])
def test_admin_tabs_ask_before_another_screen_and_discarding_reloads(
    qtbot, services, open_window, make_user, tab
) -> None:
    window = open_window(make_user("first.admin", Role.ADMIN))
    assert window.show_screen("admin")
    screen = window.pages["admin"]
    assert isinstance(screen, AdminScreen)
    widget = getattr(screen, tab)
    screen.tabs.setCurrentWidget(widget)
    edit_like_a_user(qtbot, widget)
    edited = form_values(widget)
    other = next(k for k in list(window.navigation.keys()) if k != "admin")

    with answering_discard("Keep editing") as seen:
        window.show_screen(other)
    assert seen == [QUESTION]
    assert window.current_screen() == "admin" and form_values(widget) == edited

    with answering_discard("Discard") as seen:
        window.show_screen(other)
    assert seen == [QUESTION] and window.current_screen() == other
    window.show_screen("admin")
    fresh = getattr(window.pages["admin"], tab)
    assert fresh is not widget and form_values(fresh) != edited  # read again from the store


def test_the_safety_rules_screen_asks_before_another_screen_and_discarding_reloads(
    qtbot, services, open_window, make_user
) -> None:
    from dataclasses import replace

    from scardesk.services.session import SYSTEM, SignedIn

    lead = make_user("dr.lead", Role.PRACTITIONER)
    services.accounts.set_clinical_lead(SYSTEM, "dr.lead", True)
    window = open_window(SignedIn(replace(lead.user, clinical_lead=True)))
    assert window.show_screen("safety_rules")
    widget = window.pages["safety_rules"].rules
    box = next(iter(widget.boxes.values()))
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    edited = form_values(widget)
    with answering_discard("Keep editing") as seen:
        window.show_screen("today")
    assert seen == [QUESTION]
    assert window.current_screen() == "safety_rules" and form_values(widget) == edited
    with answering_discard("Discard") as seen:
        window.show_screen("today")
    assert seen == [QUESTION] and window.current_screen() == "today"
    window.show_screen("safety_rules")
    fresh = window.pages["safety_rules"].rules
    assert fresh is not widget and form_values(fresh) != edited  # read again from the store


def test_the_document_editor_asks_before_showing_another_file(qtbot, clinic) -> None:
    tab = open_form(qtbot, clinic, "document text editor")
    edit_like_a_user(qtbot, tab)
    edited = tab.editor.toPlainText()
    with answering_discard("Keep editing") as seen:
        tab.lang_box.setCurrentIndex(1)
    assert seen == [QUESTION]
    assert tab.lang_box.currentIndex() == 0 and tab.editor.toPlainText() == edited
    with answering_discard("Discard") as seen:
        tab.lang_box.setCurrentIndex(1)
    assert seen == [QUESTION] and tab.editor.toPlainText() != edited


def test_the_question_is_translatable_and_keeps_editing_by_default(qtbot, clinic) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    dialog = open_form(qtbot, clinic, "new product")
    edit_like_a_user(qtbot, dialog)
    found: list[tuple[str, str, str]] = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and not found:
            found.append((box.windowTitle(), box.defaultButton().text(), box.escapeButton().text()))
            qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc in the question: keep editing

    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(inspect)
    timer.start(30)
    dialog.reject()
    timer.stop()
    assert found == [(QUESTION, "Keep editing", "Keep editing")]
    assert dialog.isVisible()

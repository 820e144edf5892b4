"""Merging two files of one person from the workspace, driven as a practitioner would."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton

from scardesk.domain.enums import Role
from scardesk.services.session import SYSTEM
from scardesk.ui.patients.merge_dialog import LEFT, RIGHT, MergeDialog
from tests.helpers import aisha
from tests.ui.attest_helpers import type_password

SHOTS = os.environ.get("SCARDESK_SCREENSHOTS")


@pytest.fixture
def pair(services) -> tuple[int, int]:
    first, _ = services.patients.register(SYSTEM, aisha())
    second, _ = services.patients.register(
        SYSTEM,
        aisha(
            name_latin="Aysha Al-Balushi",
            phone="9765 4321",
            civil_number="K1234567",
            document_type="passport",
            document_expiry="31/12/2030",
            email="aysha@example.om",
        ),
    )
    return first.id, second.id


def _click_item(qtbot, dialog: MergeDialog, row: int) -> None:
    item = dialog.candidates.item(row)
    rect = dialog.candidates.visualItemRect(item)
    qtbot.mouseClick(dialog.candidates.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _pick(qtbot, button: QRadioButton) -> None:
    """Click a radio button on its circle, as a person does (its row is wider than its text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _open_dialog(qtbot, window, patient_id: int) -> MergeDialog:
    workspace = window.open_patient(patient_id)
    assert workspace.merge_button.isVisible()
    qtbot.mouseClick(workspace.merge_button, Qt.MouseButton.LeftButton)
    dialog = workspace.merge_dialog
    assert isinstance(dialog, MergeDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_a_practitioner_merges_two_files_choosing_survivor_fields_and_reason(
    qtbot, services, open_window, make_user, pair
) -> None:
    first_id, second_id = pair
    window = open_window(make_user("dr.salma", Role.PRACTITIONER))
    dialog = _open_dialog(qtbot, window, first_id)
    assert not dialog.merge_button.isEnabled()

    qtbot.keyClicks(dialog.find_edit, f"#{second_id}")
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.candidates.count() == 1
    _click_item(qtbot, dialog, 0)
    assert dialog.preview is not None and dialog.preview.merged.id == second_id
    # New rows appear on the next turn of the event loop: wait until they can be seen.
    qtbot.waitUntil(lambda: dialog.choice_buttons["document"][RIGHT].isVisible())
    # Side by side: this file's passport-less details on the left, the other's on the right.
    left, right = dialog.choice_buttons["document"]
    assert "12345678" in left.text() and "K1234567" in right.text()
    assert left.isChecked()
    # The other file stays: its own values are now chosen; it takes this file's phone.
    _pick(qtbot, dialog.keep_right)
    assert dialog.choice_buttons["document"][RIGHT].isChecked()
    _pick(qtbot, dialog.choice_buttons["phone"][LEFT])
    _pick(qtbot, dialog.choice_buttons["name_latin"][LEFT])
    assert not dialog.merge_button.isEnabled()  # no reason yet
    qtbot.keyClicks(dialog.reason.edit, "registered twice at the desk")
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "merge-dialog.png"))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    attest = dialog.attest
    assert attest is not None and "belong to the same person" in attest.statement.text()
    type_password(qtbot, attest, "not-mine-1")
    assert attest.isVisible() and "not right" in attest.error.text()
    assert services.patients.get(SYSTEM, first_id).merged_into_id is None  # nothing merged
    with qtbot.waitSignal(dialog.merged) as merged:
        type_password(qtbot, dialog.attest)
    assert merged.args == [second_id]

    survivor = services.patients.get(SYSTEM, second_id)
    assert survivor.data.phone == "+96891234567"  # taken from the file that went
    assert survivor.data.name_latin == "Aisha Al Balushi"
    assert (survivor.data.document_type.value, survivor.data.civil_number) == (
        "passport",
        "K1234567",
    )
    gone = services.patients.get(SYSTEM, first_id)
    assert gone.merged_into_id == second_id and gone.archived_at is not None
    assert "registered twice at the desk" in (gone.archive_reason or "")
    # The window now shows the file that stayed, and says which file it took in.
    workspace = window.workspace
    assert workspace is not None and workspace.patient_id == second_id
    assert f"#{first_id}" in workspace.note_label.text()


def test_opening_the_merged_file_shows_the_survivor_with_a_note(
    qtbot, services, open_window, make_user, pair
) -> None:
    first_id, second_id = pair
    services.merge.merge(SYSTEM, (second_id, 1), (first_id, 1), {}, "same person")
    window = open_window(make_user("desk.one", Role.FRONT_DESK))
    workspace = window.open_patient(first_id)
    assert workspace.patient_id == second_id
    assert window.stack.currentWidget() is workspace
    note = workspace.note_label
    assert note.isVisible()
    assert f"File #{first_id} was merged into this record" in note.text()
    if SHOTS:
        window.resize(1280, 800)
        qtbot.wait(50)
        window.grab().save(os.path.join(SHOTS, "merged-file-opened.png"))


def test_the_front_desk_has_no_merge_button(qtbot, open_window, make_user, pair) -> None:
    window = open_window(make_user("desk.one", Role.FRONT_DESK))
    workspace = window.open_patient(pair[0])
    assert not workspace.merge_button.isVisible()


def test_an_admin_may_merge(qtbot, open_window, make_user, pair) -> None:
    window = open_window(make_user("first.admin", Role.ADMIN))
    assert window.open_patient(pair[0]).merge_button.isVisible()


def test_the_patient_list_finds_a_merged_file_by_number_and_opens_the_survivor(
    qtbot, services, open_window, make_user, pair
) -> None:
    first_id, second_id = pair
    services.merge.merge(SYSTEM, (second_id, 1), (first_id, 1), {}, "same person")
    window = open_window(make_user("desk.one", Role.FRONT_DESK))
    window.show_screen("patients")
    screen = window.pages["patients"]
    qtbot.keyClicks(screen.search_edit, f"#{first_id}")
    screen.flush_search()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    shown = screen.model.index(0, 0).data()
    assert f"merged into file #{second_id}" in shown
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
    assert window.workspace is not None and window.workspace.patient_id == second_id
    assert f"File #{first_id} was merged" in window.workspace.note_label.text()


def test_the_results_list_says_what_to_do_before_a_search_and_when_nothing_matches(
    qtbot, open_window, make_user, pair
) -> None:
    first_id, second_id = pair
    window = open_window(make_user("dr.salma", Role.PRACTITIONER))
    dialog = _open_dialog(qtbot, window, first_id)
    state = dialog.candidates_state
    assert state.isVisible() and "#file number" in state.text()  # not a blank box

    qtbot.keyClicks(dialog.find_edit, "Zzyzx")
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.candidates.count() == 0
    assert state.isVisible() and state.text().startswith("No other record matches")

    dialog.find_edit.clear()
    qtbot.keyClicks(dialog.find_edit, f"#{second_id}")
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.candidates.count() == 1 and not state.isVisible()

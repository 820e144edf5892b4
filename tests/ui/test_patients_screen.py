"""The Patients screen driven as a receptionist would: typing, arrows, Enter, Esc, Ctrl+N/F."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from scardesk.domain.enums import Role
from scardesk.ui.patients.model import NAME_ARABIC, NAME_LATIN
from scardesk.ui.patients.screen import PatientsScreen
from tests.helpers import aisha
from tests.ui.patient_helpers import clinic, make_context, type_text


@pytest.fixture
def desk(make_user):
    return make_user("f.desk", Role.FRONT_DESK)


@pytest.fixture
def screen(qtbot, services, desk):
    clinic(services, desk)
    widget = PatientsScreen(make_context(services, desk))
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def _shown(screen: PatientsScreen, column: int = NAME_LATIN) -> list[str]:
    model = screen.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _settle(qtbot, screen: PatientsScreen) -> None:
    """Wait for the debounce pause to pass and the search to answer."""
    qtbot.waitUntil(lambda: not screen._debounce.isActive() and not screen.model.loading)


def _search(qtbot, screen: PatientsScreen, ascii_text: str) -> list[str]:
    screen.search_edit.clear()
    qtbot.keyClicks(screen.search_edit, ascii_text)
    _settle(qtbot, screen)
    return _shown(screen)


def test_empty_box_lists_newest_registrations_first(screen):
    assert _shown(screen) == [
        "Mariam Al Lawati",
        "Fatma Al Said",
        "Ahmed Al Harthy",
        "Aisha Al Balushi",
    ]


def test_typing_a_latin_name_narrows_the_list_as_you_type(qtbot, screen):
    qtbot.keyClicks(screen.search_edit, "al h")
    _settle(qtbot, screen)
    assert _shown(screen) == ["Ahmed Al Harthy"]
    assert "1 shown" in screen.status_label.text()


def test_name_parts_in_any_order_and_partial_words(qtbot, screen):
    assert _search(qtbot, screen, "balu ais") == ["Aisha Al Balushi"]


def test_arabic_typed_without_hamza_finds_the_name_written_with_it(qtbot, screen):
    type_text(screen.search_edit, "احمد")  # stored as أحمد
    _settle(qtbot, screen)
    assert _shown(screen, NAME_ARABIC) == ["أحمد الحارثي"]


def test_arabic_taa_marbuta_folds_to_haa(qtbot, screen):
    type_text(screen.search_edit, "فاطمه")  # stored as فاطمة
    _settle(qtbot, screen)
    assert _shown(screen) == ["Fatma Al Said"]


@pytest.mark.parametrize("typed", ["92345678", "+968 9234 5678", "00968 9234-5678", "9234"])
def test_phone_in_any_format_finds_the_patient(qtbot, screen, typed):
    assert _search(qtbot, screen, typed) == ["Ahmed Al Harthy"]


def test_civil_number_finds_the_patient(qtbot, screen):
    assert _search(qtbot, screen, "99887766") == ["Fatma Al Said"]


@pytest.mark.parametrize("typed", ["1985-11-20", "20/11/1985", "20.11.1985"])
def test_date_of_birth_in_any_format_finds_the_patient(qtbot, screen, typed):
    assert _search(qtbot, screen, typed) == ["Ahmed Al Harthy"]


def test_too_few_digits_asks_for_more_instead_of_listing_everyone(qtbot, screen):
    assert _search(qtbot, screen, "92") == []
    assert "at least 4 digits" in screen.status_label.text()


def test_no_match_says_so_and_mentions_hidden_archived_patients(qtbot, screen):
    assert _search(qtbot, screen, "zzzz") == []
    assert "No patient matches ‘zzzz’" in screen.status_label.text()
    assert "Show archived" in screen.status_label.text()


def test_archived_patients_appear_only_when_asked(qtbot, screen, services, desk):
    mariam = services.search.search(desk.actor, "mariam").rows[0]
    services.patients.archive(desk.actor, mariam.id, mariam.version, "duplicate record")
    assert _search(qtbot, screen, "mariam") == []
    qtbot.mouseClick(screen.archived_box, Qt.MouseButton.LeftButton)
    _settle(qtbot, screen)
    assert _shown(screen) == ["Mariam Al Lawati"]


def test_arrows_move_the_selection_without_leaving_the_search_box(qtbot, screen):
    screen.search_edit.setFocus()
    assert screen.current_patient_id() == screen.model.row_record(0).id
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Down)
    assert screen.current_patient_id() == screen.model.row_record(2).id
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Up)
    assert screen.current_patient_id() == screen.model.row_record(1).id
    assert screen.search_edit.hasFocus()


def test_enter_opens_the_selected_patient(qtbot, services, desk):
    clinic(services, desk)
    opened: list[int] = []
    context = replace(make_context(services, desk), open_patient=opened.append)
    screen = PatientsScreen(context)
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.search_edit, "fatma")
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)  # before the pause has even passed
    qtbot.waitUntil(lambda: bool(opened))
    assert services.patients.get(desk.actor, opened[0]).data.name_latin == "Fatma Al Said"


def test_enter_in_the_main_window_shows_the_patient_workspace(qtbot, services, desk, open_window):
    clinic(services, desk)
    window = open_window(desk)
    window.show_screen("patients")
    screen = window.pages["patients"]
    qtbot.keyClicks(screen.search_edit, "fatma")
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None)
    assert window.stack.currentWidget() is window.workspace
    assert "Fatma Al Said" in window.workspace.header.visible_text()
    assert window.workspace.tab_keys[0] == "details"


def test_escape_clears_the_search(qtbot, screen):
    _search(qtbot, screen, "fatma")
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_Escape)
    _settle(qtbot, screen)
    assert screen.search_edit.text() == ""
    assert len(_shown(screen)) == 4


def test_ctrl_n_opens_registration_with_the_searched_name(qtbot, screen):
    _search(qtbot, screen, "Salma Al Hinai")
    qtbot.keyClick(screen.search_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.form is not None and screen.form.isVisible())
    assert screen.form.is_new
    assert screen.form.fields["name_latin"].text() == "Salma Al Hinai"


def test_a_registration_elsewhere_shows_up_in_the_list(qtbot, screen, services, desk):
    _search(qtbot, screen, "salma")
    record, changes = services.patients.register(
        desk.actor,
        aisha(name_latin="Salma Al Hinai", name_arabic="", phone="9456 7890", civil_number=""),
    )
    screen._context.change_bus.publish(changes)
    assert _shown(screen) == ["Salma Al Hinai"]
    assert record.id == screen.model.row_record(0).id


def test_ctrl_f_from_another_screen_puts_the_caret_in_the_search_box(qtbot, open_window, make_user):
    window = open_window(make_user("f.desk2", Role.FRONT_DESK))
    assert window.current_screen() == "today"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["patients"]
    assert isinstance(page, PatientsScreen)
    qtbot.waitUntil(page.search_edit.hasFocus)
    qtbot.keyClicks(page.search_edit, "x")  # typing goes straight in
    assert page.search_edit.text() == "x"

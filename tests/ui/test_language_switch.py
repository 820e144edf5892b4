"""Each user's language, switched in the app (File › Preferences…) and on the sign-in window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import event, select

from scardesk.db.models import AuditEvent
from scardesk.domain.display_prefs import DEFAULT, DigitStyle, DisplayPreferences, Language
from scardesk.domain.enums import Role
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui import display
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.i18n import install_translation
from scardesk.ui.language import LAST_LANGUAGE_KEY, LanguageChoice
from scardesk.ui.login import SignInDialog
from scardesk.ui.main_window import MainWindow
from scardesk.ui.preferences_dialog import PreferencesDialog
from scardesk.ui.shell import GuiSession
from scardesk.ui.widgets.unsaved import unsaved_under
from tests.ui.arabic_qm import ARABIC, build_arabic_qm
from tests.ui.conftest import PASSWORD
from tests.ui.form_helpers import answering_discard, edit_like_a_user
from tests.ui.patient_helpers import register

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


@pytest.fixture(autouse=True)
def english_again(qapp: QApplication) -> Iterator[None]:
    """The translator and the display preferences are the application's: put English back."""
    yield
    install_translation(qapp, "en")
    display.set_current(DEFAULT)


@pytest.fixture
def qm_folder(tmp_path: Path) -> Path:
    return build_arabic_qm(tmp_path / "i18n")


def _session(qtbot, services, runner, window_state, qm_folder, username="m.santos"):
    services.users.create_first_admin("s.admin", "Salma Admin", PASSWORD)
    services.users.add_user(SYSTEM, "m.santos", "Maria Santos", Role.FRONT_DESK, PASSWORD)
    languages = LanguageChoice(window_state, folder=qm_folder)
    session = GuiSession(
        services,
        runner=runner,
        change_bus=ChangeBus(),
        window_state=window_state,
        errors=ErrorPresenter(),
        languages=languages,
    )
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.username.edit, username)
    qtbot.keyClicks(dialog.password.edit, PASSWORD)
    qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)
    window = session.main_window
    assert window is not None
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return session, window


def _choose_in_dialog(qtbot, window: MainWindow, preferences: DisplayPreferences) -> None:
    """Open Preferences with its shortcut, pick like a user, press Apply."""
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.language.setCurrentIndex(dialog.language.findData(preferences.language.value))
    dialog.digits.setCurrentIndex(dialog.digits.findData(preferences.digits.value))
    if dialog.hijri.isChecked() != preferences.show_hijri:
        qtbot.mouseClick(dialog.hijri, Qt.MouseButton.LeftButton)
    apply = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(apply, Qt.MouseButton.LeftButton)


def test_choosing_arabic_in_preferences_mirrors_and_translates_the_window_on_the_same_connection(
    qtbot, services, runner, window_state, qm_folder
) -> None:
    session, window = _session(qtbot, services, runner, window_state, qm_folder)
    engine = services.users._db.engine
    connections: list[object] = []
    event.listen(engine, "connect", lambda *_: connections.append(1))
    arabic = DisplayPreferences(Language.ARABIC, DigitStyle.ARABIC_INDIC, show_hijri=True)
    assert window.preferences_action.text() == "P&references…"

    _choose_in_dialog(qtbot, window, arabic)

    rebuilt = session.main_window
    assert rebuilt is not None and rebuilt is not window
    assert QApplication.layoutDirection() == RTL and rebuilt.layoutDirection() == RTL
    assert rebuilt.preferences_action.text() == ARABIC["P&references…"]
    assert display.current() == arabic and rebuilt.signed_in.user.display == arabic
    assert services.users._db.engine is engine and connections == []  # no reconnection
    assert window_state.value(LAST_LANGUAGE_KEY) == "ar"
    assert services.users.authenticate("m.santos", PASSWORD).display == arabic
    rebuilt.close_without_asking()


def test_the_change_is_audited_as_the_users_own(
    qtbot, services, runner, window_state, qm_folder
) -> None:
    session, window = _session(qtbot, services, runner, window_state, qm_folder)
    _choose_in_dialog(qtbot, window, DisplayPreferences(Language.ARABIC))
    with services.users._db.sessions() as db_session:
        event_row = db_session.scalars(
            select(AuditEvent).where(AuditEvent.action == "user.set_display_preferences")
        ).one()
    assert event_row.user_id == window.signed_in.user.id == event_row.entity_id
    assert session.main_window is not None
    session.main_window.close_without_asking()


def test_switching_back_to_english_unmirrors_and_says_it_in_english(
    qtbot, services, runner, window_state, qm_folder
) -> None:
    session, window = _session(qtbot, services, runner, window_state, qm_folder)
    _choose_in_dialog(qtbot, window, DisplayPreferences(Language.ARABIC))
    arabic_window = session.main_window
    assert arabic_window is not None
    arabic_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is arabic_window)
    _choose_in_dialog(qtbot, arabic_window, DEFAULT)
    english = session.main_window
    assert english is not None and english is not arabic_window
    assert QApplication.layoutDirection() == LTR
    assert english.preferences_action.text() == "P&references…"
    english.close_without_asking()


def test_the_open_patient_and_its_tab_are_open_again_after_the_switch(
    qtbot, services, runner, window_state, qm_folder
) -> None:
    session, window = _session(qtbot, services, runner, window_state, qm_folder)
    patient = register(services, window.signed_in)
    assert window.show_screen("patients")
    workspace = window.open_patient(patient.id)
    workspace.tabs.setCurrentIndex(workspace.tabs.count() - 1)
    tab = workspace.tabs.currentIndex()

    _choose_in_dialog(qtbot, window, DisplayPreferences(Language.ARABIC))

    rebuilt = session.main_window
    assert rebuilt is not None and rebuilt.workspace is not None
    assert rebuilt.stack.currentWidget() is rebuilt.workspace
    assert rebuilt.workspace.patient_id == patient.id
    assert rebuilt.workspace.tabs.currentIndex() == tab
    assert rebuilt.current_screen() == "patients"
    assert [pid for pid, _name in rebuilt.recent] == [patient.id]
    rebuilt.close_without_asking()


def test_unsaved_edits_are_asked_about_first_and_keeping_them_changes_nothing(
    qtbot, services, runner, window_state, qm_folder
) -> None:
    services.users.create_first_admin("s.admin", "Salma Admin", PASSWORD)
    window = _signed_in_admin(qtbot, services, runner, window_state, qm_folder)
    assert window.show_screen("admin")
    admin = window.pages["admin"]
    admin.tabs.setCurrentWidget(admin.content)
    edit_like_a_user(qtbot, admin.content)  # the wording of a printed sheet, not yet saved
    assert unsaved_under(window), "the test needs unsaved work to protect"

    with answering_discard("Keep editing") as seen:
        saved = window.save_preferences(DisplayPreferences(Language.ARABIC))
    assert seen and not saved
    assert QApplication.layoutDirection() == LTR and unsaved_under(window)
    assert services.users.authenticate("s.admin", PASSWORD).display == DEFAULT

    with answering_discard("Discard") as seen:
        saved = window.save_preferences(DisplayPreferences(Language.ARABIC))
    assert seen and saved
    assert QApplication.layoutDirection() == RTL
    assert services.users.authenticate("s.admin", PASSWORD).display.language is Language.ARABIC
    window.close_without_asking()


def test_the_sign_in_window_switches_language_and_the_workstation_remembers_it(
    qtbot, runner, window_state, qm_folder
) -> None:
    languages = LanguageChoice(window_state, folder=qm_folder)
    languages.start()
    dialog = SignInDialog(None, runner, languages=languages)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.submit_button.text() == "Sign in"
    qtbot.keyClicks(dialog.username.edit, "m.santos")

    dialog.language.setCurrentIndex(dialog.language.findData("ar"))

    assert dialog.submit_button.text() == ARABIC["Sign in"]
    assert dialog.username.label.text() == ARABIC["&User name"]
    assert dialog.username.text() == "m.santos"  # what was typed stays
    assert QApplication.layoutDirection() == RTL and dialog.layoutDirection() == RTL
    assert window_state.value(LAST_LANGUAGE_KEY) == "ar"

    # The next start on this workstation opens in Arabic.
    again = LanguageChoice(QSettings(window_state.fileName(), QSettings.Format.IniFormat))
    again.folder = qm_folder
    assert again.workstation_language() is Language.ARABIC
    again.start()
    second = SignInDialog(None, runner, languages=again)
    qtbot.addWidget(second)
    assert second.language.currentData() == "ar"
    assert second.submit_button.text() == ARABIC["Sign in"]


def test_a_new_workstation_starts_in_english(window_state) -> None:
    assert LanguageChoice(window_state).workstation_language() is Language.ENGLISH


def test_the_users_own_language_is_applied_at_sign_in(
    qtbot, services, runner, window_state, qm_folder
) -> None:
    services.users.create_first_admin("s.admin", "Salma Admin", PASSWORD)
    admin = SignedIn(services.users.authenticate("s.admin", PASSWORD))
    arabic = DisplayPreferences(Language.ARABIC, show_hijri=True)
    services.users.set_display_preferences(admin.actor, arabic)
    window = _signed_in_admin(qtbot, services, runner, window_state, qm_folder)
    assert display.current() == arabic
    assert QApplication.layoutDirection() == RTL
    assert window.preferences_action.text() == ARABIC["P&references…"]
    window.close_without_asking()


def _signed_in_admin(qtbot, services, runner, window_state, qm_folder) -> MainWindow:
    session = GuiSession(
        services,
        runner=runner,
        change_bus=ChangeBus(),
        window_state=window_state,
        errors=ErrorPresenter(),
        languages=LanguageChoice(window_state, folder=qm_folder),
    )
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.username.edit, "s.admin")
    qtbot.keyClicks(dialog.password.edit, PASSWORD)
    qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)
    assert session.main_window is not None
    return session.main_window


def test_the_one_run_override_wins_over_the_workstation_and_the_user_and_is_not_remembered(
    window_state,
) -> None:
    window_state.setValue(LAST_LANGUAGE_KEY, "en")
    languages = LanguageChoice(window_state, override=Language.ARABIC)
    assert languages.workstation_language() is Language.ARABIC
    assert languages.sign_in(DEFAULT).language is Language.ARABIC
    assert window_state.value(LAST_LANGUAGE_KEY) == "en"
    # Picking a language by hand is the person's choice and ends the override.
    assert languages.choose(Language.ENGLISH).language is Language.ENGLISH
    assert languages.sign_in(DEFAULT).language is Language.ENGLISH


def test_the_language_option_is_the_apps_and_the_aftercare_option_keeps_its_own() -> None:
    from scardesk.cli import build_parser

    parser = build_parser()
    assert parser.parse_args(["--language", "ar"]).ui_language == "ar"
    assert parser.parse_args([]).ui_language is None
    sheet = parser.parse_args(["aftercare", "5", "--language", "en", "-o", "x.pdf"])
    assert sheet.language == "en" and sheet.ui_language is None
    with pytest.raises(SystemExit):
        parser.parse_args(["--language", "fr"])


def test_scardesk_language_ar_starts_the_app_in_arabic_for_this_run(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scardesk.cli import main

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert main(["--data-dir", str(tmp_path), "--language", "ar", "--check-start"]) == 0
    assert display.current().language is Language.ARABIC

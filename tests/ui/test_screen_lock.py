"""The lock screen (issue #11 item 2): idle and Ctrl+L lock, the same password unlocks with the
unsaved form as it was, and another person signing in never sees the first person's work."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from scardesk.domain.enums import Role
from scardesk.services.container import Services
from scardesk.services.session import SignedIn
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.login import SignInDialog
from scardesk.ui.main_window import MainWindow
from scardesk.ui.patients.form import PatientFormDialog
from scardesk.ui.shell import GuiSession, make_main_window
from scardesk.ui.workspace import PatientWorkspace
from tests.ui.conftest import PASSWORD
from tests.ui.patient_helpers import register

PATIENT = "Aisha Al Balushi"
TYPED = "Way 3021, Al Khuwair"


def _visible_texts() -> str:
    """Every label on screen, in every visible window of the application."""
    texts = []
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            texts.append(top.windowTitle())
            texts += [label.text() for label in top.findChildren(QLabel) if label.isVisible()]
    return "\n".join(texts)


def _edit_details(qtbot, window: MainWindow, patient_id: int) -> PatientFormDialog:
    """Open the patient, choose Edit details… and type an address without saving."""
    workspace = window.open_patient(patient_id)
    assert PATIENT in workspace.header.latin_label.text()
    workspace.show_tab("details")
    details = workspace.tabs.currentWidget()
    qtbot.mouseClick(details.edit_button, Qt.MouseButton.LeftButton)
    dialog = details.form_dialog
    assert isinstance(dialog, PatientFormDialog) and dialog.isVisible()
    address = dialog.fields["address"]
    address.edit.clear()
    qtbot.keyClicks(address.edit, TYPED)
    return dialog


def _unlock(qtbot, window: MainWindow, password: str) -> None:
    page = window.screen_lock.page
    qtbot.keyClicks(page.password.edit, password)
    qtbot.keyClick(page.password.edit, Qt.Key.Key_Return)


@pytest.fixture
def desk(make_user) -> SignedIn:
    return make_user("f.desk", Role.FRONT_DESK)


def test_ctrl_l_hides_the_patient_and_the_dialog_and_the_password_gives_them_back(
    qtbot, services: Services, open_window, desk
) -> None:
    patient = register(services, desk)
    window = open_window(desk)
    dialog = _edit_details(qtbot, window, patient.id)
    workspace = window.workspace
    assert isinstance(workspace, PatientWorkspace)

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.locked
    assert window.screen_lock.content.isHidden()
    assert not workspace.header.latin_label.isVisible()
    assert not dialog.isVisible()
    assert PATIENT not in window.windowTitle()
    assert PATIENT not in _visible_texts() and TYPED not in _visible_texts()
    assert "Locked — \u2068F.Desk\u2069" in window.screen_lock.page.title.text()
    assert not window.menuBar().isVisible()
    assert not window.find_patient_action.isEnabled()  # Ctrl+F and friends do nothing now
    grab = window.grab()
    assert grab.width() > 0  # what a screen capture of the locked window holds: the lock page

    _unlock(qtbot, window, PASSWORD)
    assert not window.locked
    assert dialog.isVisible() and dialog.fields["address"].text() == TYPED
    assert workspace.header.latin_label.isVisible()
    assert window.menuBar().isVisible() and window.find_patient_action.isEnabled()
    assert window.windowTitle().startswith("ScarDesk")


def test_tab_never_reaches_the_hidden_content(qtbot, services, open_window, desk) -> None:
    register(services, desk)
    window = open_window(desk)
    window.show_screen("patients")
    window.lock_action.trigger()
    page = window.screen_lock.page
    seen: set[int] = set()
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is None or page.isAncestorOf(focus) or focus is page, focus
        seen.add(id(focus))
    assert window.screen_lock.content.isHidden()


def test_a_wrong_password_says_so_and_stays_locked(qtbot, services, open_window, desk) -> None:
    patient = register(services, desk)
    window = open_window(desk)
    dialog = _edit_details(qtbot, window, patient.id)
    window.lock_action.trigger()
    page = window.screen_lock.page

    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert "Type your password" in page.form_error.text()

    _unlock(qtbot, window, "Not-my-password-1")
    assert window.locked and not dialog.isVisible()
    assert "not right" in page.form_error.text() and page.form_error.isVisible()
    assert page.password.text() == ""

    _unlock(qtbot, window, PASSWORD)
    assert not window.locked and dialog.fields["address"].text() == TYPED


def test_locks_are_audited_with_their_reason(qtbot, tmp_path, open_window, desk) -> None:
    from sqlalchemy import select

    from scardesk.db.engine import open_database
    from scardesk.db.models import AuditEvent

    window = open_window(desk)
    window.lock_action.trigger()
    _unlock(qtbot, window, PASSWORD)
    database = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    with database.sessions() as session:
        rows = session.execute(
            select(AuditEvent.action, AuditEvent.after).where(AuditEvent.user_id == desk.user.id)
        ).all()
    database.dispose()
    assert ("user.lock_screen", {"reason": "manual"}) in [tuple(row) for row in rows]
    assert "user.unlock_screen" in [row.action for row in rows]


def _idle_window(qtbot, services, desk, window_state, ms_per_minute: int) -> MainWindow:
    window = make_main_window(
        services,
        desk,
        change_bus=ChangeBus(),
        window_state=window_state,
        idle_ms_per_minute=ms_per_minute,
    )
    qtbot.addWidget(window)
    # An hour of these short minutes while the test sets up: it says when the countdown counts.
    window.screen_lock.set_idle_minutes(60)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_idle_minutes_lock_the_window_but_typing_keeps_it_open(
    qtbot, services, desk, window_state
) -> None:
    # Five "minutes" of 60 ms: 300 ms without input locks.
    window = _idle_window(qtbot, services, desk, window_state, 60)
    window.find_patient()
    search = QApplication.focusWidget()
    assert isinstance(search, QWidget)
    window.screen_lock.set_idle_minutes(5)  # the clinic's default, counted from now
    for _ in range(10):  # 10 × 80 ms of typing: longer than the idle time, never idle
        qtbot.keyClick(search, Qt.Key.Key_A)
        qtbot.wait(80)
        assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.screen_lock.content.isHidden()


def test_the_clinic_setting_decides_the_idle_minutes(
    qtbot, services, desk, make_user, window_state
) -> None:
    from scardesk.domain.records import Changes
    from scardesk.services.settings import ClinicDetails

    admin = make_user("first.admin", Role.ADMIN)
    services.settings.save_clinic(admin.actor, ClinicDetails("Qurum", "", "", "", None, 0, 2))
    window = make_main_window(
        services, desk, change_bus=ChangeBus(), window_state=window_state, idle_ms_per_minute=1000
    )
    qtbot.addWidget(window)
    assert window.screen_lock.idle.minutes == 2
    details = services.settings.clinic()
    services.settings.save_clinic(
        admin.actor, ClinicDetails("Qurum", "", "", "", None, details.version, 30)
    )
    window.change_bus.changed.emit(Changes(settings=True))
    assert window.screen_lock.idle.minutes == 30
    assert "Qurum" in window.screen_lock.page.clinic_label.text()


# --- another person signs in ----------------------------------------------------------------


def _sign_in(qtbot, session: GuiSession, username: str) -> MainWindow:
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.username.edit, username)
    qtbot.keyClicks(dialog.password.edit, PASSWORD)
    qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)
    window = session.main_window
    assert window is not None and window.signed_in.user.username == username
    return window


@pytest.fixture
def session(qtbot, services, runner, window_state) -> Callable[[], GuiSession]:
    made: list[GuiSession] = []

    def make() -> GuiSession:
        gui = GuiSession(
            services,
            runner=runner,
            change_bus=ChangeBus(),
            window_state=window_state,
            errors=ErrorPresenter(),
        )
        made.append(gui)
        gui.start()
        return gui

    yield make
    for gui in made:
        gui.close_all()


def test_another_user_signs_in_and_never_sees_the_first_users_form(
    qtbot, services, make_user, desk, session
) -> None:
    make_user("first.admin", Role.ADMIN)
    patient = register(services, desk)
    gui = session()
    first = _sign_in(qtbot, gui, "f.desk")
    dialog = _edit_details(qtbot, first, patient.id)
    qtbot.keyClick(first, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    qtbot.mouseClick(first.screen_lock.page.switch_button, Qt.MouseButton.LeftButton)
    assert not first.isVisible() and gui.kept == {desk.user.id: first}
    second = _sign_in(qtbot, gui, "first.admin")
    assert second is not first and second.isVisible() and not second.locked
    assert not first.isVisible() and not dialog.isVisible()
    assert PATIENT not in _visible_texts() and TYPED not in _visible_texts()

    second.sign_out_action.trigger()  # the first user's window comes back, still locked
    assert gui.main_window is first and first.isVisible() and first.locked
    assert not dialog.isVisible() and PATIENT not in _visible_texts()
    _unlock(qtbot, first, PASSWORD)
    assert not first.locked and dialog.isVisible()
    assert dialog.fields["address"].text() == TYPED


def test_the_first_user_signing_in_again_gets_their_own_window(
    qtbot, services, desk, session
) -> None:
    patient = register(services, desk)
    gui = session()
    first = _sign_in(qtbot, gui, "f.desk")
    dialog = _edit_details(qtbot, first, patient.id)
    first.lock_screen()
    first.screen_lock.page.switch_button.click()
    again = _sign_in(qtbot, gui, "f.desk")
    assert again is first and not first.locked and not gui.kept
    assert dialog.isVisible() and dialog.fields["address"].text() == TYPED


def test_cancelling_the_other_sign_in_returns_to_the_lock(qtbot, services, desk, session) -> None:
    gui = session()
    first = _sign_in(qtbot, gui, "f.desk")
    first.lock_screen()
    first.screen_lock.page.switch_button.click()
    assert isinstance(gui.dialog, SignInDialog)
    finished: list[bool] = []
    gui.finished.connect(lambda: finished.append(True))
    qtbot.keyClick(gui.dialog, Qt.Key.Key_Escape)
    assert gui.main_window is first and first.isVisible() and first.locked
    assert finished == []


def test_a_locked_window_with_unsaved_work_is_not_closed(
    qtbot, services, open_window, desk
) -> None:
    patient = register(services, desk)
    window = open_window(desk)
    _edit_details(qtbot, window, patient.id)
    window.lock_screen()
    window.close()
    assert window.isVisible() and window.locked


def test_ctrl_l_in_an_open_dialog_locks_its_window(qtbot, services, open_window, desk) -> None:
    patient = register(services, desk)
    window = open_window(desk)
    dialog = _edit_details(qtbot, window, patient.id)
    qtbot.keyClick(dialog.fields["address"].edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked and not dialog.isVisible()
    assert dialog.fields["address"].text() == TYPED  # the key did not type into the form


def test_a_dialog_finished_while_locked_is_not_shown_again(
    qtbot, services, open_window, desk
) -> None:
    patient = register(services, desk)
    window = open_window(desk)
    dialog = _edit_details(qtbot, window, patient.id)
    finished: list[int] = []
    dialog.finished.connect(finished.append)  # the application's own connection stays
    window.lock_screen()
    dialog.done(0)  # as a background save coming back would
    _unlock(qtbot, window, PASSWORD)
    assert not dialog.isVisible() and finished == [0]


def test_unlocking_through_the_real_background_runner(qtbot, services, desk, window_state) -> None:
    from scardesk.ui.tasks import TaskRunner

    failures: list[BaseException] = []
    runner = TaskRunner(failures.append)
    window = make_main_window(
        services, desk, runner=runner, change_bus=ChangeBus(), window_state=window_state
    )
    qtbot.addWidget(window)
    window.show()
    window.lock_screen()
    page = window.screen_lock.page
    _unlock(qtbot, window, "Not-my-password-1")
    assert not page.card.isEnabled()  # busy while the worker hashes
    qtbot.waitUntil(page.form_error.isVisible, timeout=5000)
    assert window.locked and page.card.isEnabled()
    _unlock(qtbot, window, PASSWORD)
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)
    assert runner.wait_until_idle(5000) and failures == []


def test_a_deactivated_account_cannot_unlock_but_someone_else_may_sign_in(
    qtbot, services, open_window, make_user, desk
) -> None:
    admin = make_user("first.admin", Role.ADMIN)
    window = open_window(desk)
    window.lock_screen()
    services.accounts.set_active(admin.actor, desk.user.username, False)
    _unlock(qtbot, window, PASSWORD)
    page = window.screen_lock.page
    assert window.locked and "no longer active" in page.form_error.text()
    assert not page.unlock_button.isEnabled() and page.switch_button.isEnabled()


def test_a_locked_window_closes_once_the_application_forgets_its_forms(
    qtbot, services, open_window, desk
) -> None:
    from scardesk.ui.widgets.unsaved import forget_all

    patient = register(services, desk)
    window = open_window(desk)
    _edit_details(qtbot, window, patient.id)
    window.lock_screen()
    forget_all()  # what shutdown and the test teardown do
    window.close()
    assert not window.isVisible()


def test_idle_lock_during_the_discard_question_keeps_the_edit(
    qtbot, services, desk, window_state
) -> None:
    """The "Discard changes?" question left unanswered: the lock ends it as Keep editing."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    patient = register(services, desk)
    window = _idle_window(qtbot, services, desk, window_state, 60)
    dialog = _edit_details(qtbot, window, patient.id)

    def give_up() -> None:  # should the lock never come, fail instead of waiting for ever
        for box in dialog.findChildren(QMessageBox):
            box.done(0)

    guard = QTimer(dialog)  # goes with the dialog, never outlives the test
    guard.setSingleShot(True)
    guard.timeout.connect(give_up)
    guard.start(10_000)
    window.screen_lock.set_idle_minutes(5)
    dialog.reject()  # Esc: the question waits in its own event loop until the lock comes
    assert window.locked and not dialog.isVisible()
    _unlock(qtbot, window, PASSWORD)
    assert dialog.isVisible() and dialog.fields["address"].text() == TYPED

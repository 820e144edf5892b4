"""The main window: who sees which screens, the status bar, keyboard, placeholders, sign-out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from scardesk.domain.enums import Role
from scardesk.domain.permissions import Permission
from scardesk.domain.records import Changes
from scardesk.services.session import SYSTEM
from scardesk.services.settings import ClinicDetails
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.login import SignInDialog
from scardesk.ui.messages import message_text
from scardesk.ui.navigation import PlaceholderPage, ScreenSpec
from scardesk.ui.shell import GuiSession, make_main_window
from tests.ui.conftest import PASSWORD


def test_status_bar_names_the_database_and_the_signed_in_user(open_window, make_user, services):
    window = open_window(make_user("first.admin", Role.ADMIN))
    assert message_text(services.database_label) in window.database_label.text()
    assert "clinic.sqlite3" in window.database_label.text()
    assert "First Admin" in window.user_label.text()
    assert "Administrator" in window.user_label.text()


def test_front_desk_sees_no_clinical_or_admin_screens(open_window, make_user):
    window = open_window(make_user("f.desk", Role.FRONT_DESK))
    assert window.navigation.titles() == ["Today", "Patients"]
    assert not window.show_screen("assessments")
    assert not window.show_screen("admin")
    assert set(window.pages) <= {"today", "patients"}  # built on demand, never the others


def test_practitioner_sees_clinical_screens_but_not_admin(open_window, make_user):
    window = open_window(make_user("p.doctor", Role.PRACTITIONER))
    assert window.navigation.titles() == [
        "Today",
        "Patients",
        "Assessments",
        "Sessions",
        "Products & lots",
    ]


def test_admin_sees_admin_but_no_clinical_screens(open_window, make_user):
    window = open_window(make_user("first.admin", Role.ADMIN))
    assert window.navigation.titles() == ["Today", "Patients", "Admin", "Products & lots"]


def test_ctrl_f_selects_patients(qtbot, open_window, make_user):
    window = open_window(make_user("f.desk", Role.FRONT_DESK))
    assert window.current_screen() == "today"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "patients"
    assert window.stack.currentWidget() is window.pages["patients"]


def test_ctrl_number_switches_screens_and_skips_hidden_ones(qtbot, open_window, make_user):
    window = open_window(make_user("p.doctor", Role.PRACTITIONER))
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "sessions"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # Admin: not theirs
    assert window.current_screen() == "sessions"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "today"


def test_clicking_a_navigation_row_shows_its_screen(qtbot, open_window, make_user):
    window = open_window(make_user("p.doctor", Role.PRACTITIONER))
    row = window.navigation.keys().index("assessments")
    rect = window.navigation.visualItemRect(window.navigation.item(row))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.stack.currentWidget()
    assert page is window.pages["assessments"] and not isinstance(page, PlaceholderPage)


@pytest.mark.parametrize("role", list(Role))
def test_every_screen_a_role_can_open_is_real(open_window, make_user, role):
    window = open_window(make_user(f"user.{role.value}".replace("_", ""), role))
    screen_keys = window.navigation.keys()  # the list the role sees, in order
    for key in screen_keys:
        assert window.show_screen(key)
        assert window.stack.currentWidget() is window.pages[key]
    placeholders = [key for key, page in window.pages.items() if isinstance(page, PlaceholderPage)]
    assert placeholders == []


def test_a_screen_is_built_only_when_first_shown(open_window, make_user):
    window = open_window(make_user("desk.one", Role.FRONT_DESK))
    assert set(window.pages) == {"today"}  # the landing screen, nothing else yet
    window.show_screen("patients")
    assert set(window.pages) == {"today", "patients"}


def test_a_screen_not_built_yet_says_so_visibly(qtbot):
    spec = ScreenSpec("reports", "Reports", "clinic-wide figures", 9, Permission.VIEW_AUDIT)
    page = PlaceholderPage(spec)
    qtbot.addWidget(page)
    page.show()
    assert "Reports — clinic-wide figures" in page.visible_text()
    assert "This screen arrives in a later release." in page.visible_text()
    assert page.message_label.isVisible()


def test_window_title_names_the_clinic_and_follows_settings_changes(
    qtbot, services, make_user, runner, window_state
):
    signed_in = make_user("first.admin", Role.ADMIN)
    bus = ChangeBus()
    window = make_main_window(
        services, signed_in, runner=runner, change_bus=bus, window_state=window_state
    )
    qtbot.addWidget(window)
    assert window.windowTitle() == "ScarDesk — ScarDesk"
    _saved, changes = services.settings.save_clinic(
        signed_in.actor, ClinicDetails("Qurum Scar Clinic", "عيادة القرم", "", "", None, 0)
    )
    bus.publish(changes)
    assert window.windowTitle() == "ScarDesk — Qurum Scar Clinic"


def test_geometry_is_remembered_per_machine(qtbot, services, make_user, runner, tmp_path):
    state = QSettings(str(tmp_path / "state.ini"), QSettings.Format.IniFormat)
    signed_in = make_user("first.admin", Role.ADMIN)
    first = make_main_window(services, signed_in, runner=runner, window_state=state)
    qtbot.addWidget(first)
    with qtbot.waitExposed(first):
        first.show()
    # 1200×780 by default, but never taller than the screen (the tests' is 1280×720).
    assert first.width() == 1200
    assert first.frameGeometry().height() <= first.screen().availableGeometry().height()
    first.resize(700, 500)
    qtbot.waitUntil(lambda: first.width() == 700)
    first.close()
    second = make_main_window(services, signed_in, runner=runner, window_state=state)
    qtbot.addWidget(second)
    with qtbot.waitExposed(second):
        second.show()
    assert (second.width(), second.height()) == (700, 500)


def test_change_bus_ignores_empty_changes(qtbot):
    bus = ChangeBus()
    with qtbot.assertNotEmitted(bus.changed):
        bus.publish(Changes())
    with qtbot.waitSignal(bus.changed) as signal:
        bus.publish(Changes(patients=frozenset({7})))
    assert signal.args == [Changes(patients=frozenset({7}))]


def test_sign_out_returns_to_the_sign_in_dialog(qtbot, services, runner, window_state, errors):
    services.users.create_first_admin("s.admin", "Salma", PASSWORD)
    services.users.add_user(SYSTEM, "f.desk", "Fatma", Role.FRONT_DESK, PASSWORD)
    session = GuiSession(
        services, runner=runner, change_bus=ChangeBus(), window_state=window_state, errors=errors
    )
    session.start()
    dialog = session.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.username.edit, "f.desk")
    qtbot.keyClicks(dialog.password.edit, PASSWORD)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    window = session.main_window
    assert window is not None and window.isVisible()

    window.sign_out_action.trigger()

    assert session.main_window is None
    assert not window.isVisible()
    assert isinstance(session.dialog, SignInDialog) and session.dialog is not dialog
    assert session.dialog.isVisible()
    assert session.dialog.username.text() == ""
    qtbot.addWidget(session.dialog)
    QApplication.processEvents()

"""The Admin screen driven as an administrator would: users, clinic details, backups, audit log;
and the Safety rules screen a clinical lead edits them on."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from scardesk.domain.enums import Role
from scardesk.services.container import Services
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui.admin import AdminScreen
from scardesk.ui.admin.rules_tab import RulesTab
from scardesk.ui.admin.safety_rules_screen import SafetyRulesScreen
from scardesk.ui.admin.users_tab import AddUserDialog
from scardesk.ui.main_window import MainWindow


def _admin_screen(
    open_window: Callable[[SignedIn], MainWindow], make_user: Callable[[str, Role], SignedIn]
) -> AdminScreen:
    window = open_window(make_user("first.admin", Role.ADMIN))
    assert window.show_screen("admin")
    screen = window.pages["admin"]
    assert isinstance(screen, AdminScreen)
    return screen


def test_the_admin_sees_the_users(open_window, make_user) -> None:
    screen = _admin_screen(open_window, make_user)
    names = [screen.users.table.item(r, 0).text() for r in range(screen.users.table.rowCount())]
    assert names == ["first.admin"]


def test_adding_a_user_shows_field_errors_then_saves(
    qtbot: QtBot, services: Services, open_window, make_user
) -> None:
    screen = _admin_screen(open_window, make_user)
    dialog = AddUserDialog(screen.users._context, screen)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username.edit, "1bad")
    qtbot.keyClicks(dialog.display_name.edit, "Reception")
    qtbot.keyClicks(dialog.password.edit, "short")
    qtbot.keyClicks(dialog.repeat.edit, "short")
    assert dialog.meter.label.text() == "too short"
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "user name" in dialog.username.error()
    assert "at least 12 characters" in dialog.password.error()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(services.users.list_users(screen.users._context.signed_in.actor)) == 1

    for row, text in ((dialog.username, "reception"), (dialog.password, "Front-desk-2026")):
        row.edit.clear()
        qtbot.keyClicks(row.edit, text)
    dialog.repeat.edit.clear()
    qtbot.keyClicks(dialog.repeat.edit, "Front-desk-2026")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.created is not None and dialog.created.username == "reception"


def test_saving_clinic_details_validates_the_phone(
    qtbot: QtBot, services: Services, open_window, make_user
) -> None:
    screen = _admin_screen(open_window, make_user)
    clinic = screen.clinic
    qtbot.keyClicks(clinic.name.edit, "Scar Clinic Muscat")
    clinic.name_arabic.edit.insert("عيادة الندبات مسقط")
    qtbot.keyClicks(clinic.phone.edit, "123")
    qtbot.mouseClick(clinic.save_button, Qt.MouseButton.LeftButton)
    assert clinic.phone.error()  # says what an Omani number looks like
    assert services.settings.clinic().version == 0
    clinic.phone.edit.clear()
    qtbot.keyClicks(clinic.phone.edit, "2412 3456")
    qtbot.mouseClick(clinic.save_button, Qt.MouseButton.LeftButton)
    saved = services.settings.clinic()
    assert (saved.name_arabic, saved.phone) == ("عيادة الندبات مسقط", "+96824123456")


def test_back_up_now_reports_a_verified_copy(qtbot: QtBot, open_window, make_user) -> None:
    screen = _admin_screen(open_window, make_user)
    qtbot.mouseClick(screen.maintenance.backup_button, Qt.MouseButton.LeftButton)
    assert "Verified backup written to" in screen.maintenance.result.toPlainText()
    qtbot.mouseClick(screen.maintenance.check_button, Qt.MouseButton.LeftButton)
    assert "All checks passed" in screen.maintenance.result.toPlainText()


def test_the_audit_log_lists_sign_ins_and_verifies_the_chain(
    qtbot: QtBot, open_window, make_user
) -> None:
    screen = _admin_screen(open_window, make_user)
    actions = [entry.action for entry in screen.audit.model.entries()]
    assert "user.sign_in" in actions and "user.add" in actions
    qtbot.mouseClick(screen.audit.verify_button, Qt.MouseButton.LeftButton)
    assert "whole" in screen.audit.chain_label.text()


def test_front_desk_has_no_admin_screen(open_window, make_user) -> None:
    window = open_window(make_user("desk.one", Role.FRONT_DESK))
    assert not window.show_screen("admin")


def test_every_rule_parameter_has_a_field():
    from scardesk.domain.safety import GateParameters
    from scardesk.ui.admin.rules_tab import setting_groups

    rows = [setting.key for _, settings in setting_groups() for setting in settings]
    assert rows == list(GateParameters.CATALOGUE)


def _lead_rules(
    open_window: Callable[[SignedIn], MainWindow],
    make_user: Callable[[str, Role], SignedIn],
    services: Services,
) -> tuple[MainWindow, RulesTab]:
    """A practitioner the admin made a clinical lead, on the Safety rules screen (Ctrl+7)."""
    practitioner = make_user("dr.lead", Role.PRACTITIONER)
    services.accounts.set_clinical_lead(SYSTEM, "dr.lead", True)
    window = open_window(SignedIn(replace(practitioner.user, clinical_lead=True)))
    assert "Safety rules" in window.navigation.titles()
    QTest.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "safety_rules"
    screen = window.pages["safety_rules"]
    assert isinstance(screen, SafetyRulesScreen)
    return window, screen.rules


def test_a_clinical_lead_edits_a_safety_rule_for_the_whole_clinic(
    qtbot: QtBot, services: Services, open_window, make_user
) -> None:
    window, rules = _lead_rules(open_window, make_user, services)
    actor = window.signed_in.actor
    assert rules.save_button.isVisible() and not rules.leads_note.isVisible()
    assert rules.boxes["toxin_retreatment_days"].value() == 84  # the reference's 12 weeks
    rules.boxes["toxin_cap_units"].setValue(0)
    qtbot.mouseClick(rules.save_button, Qt.MouseButton.LeftButton)
    assert rules.field_errors["toxin_cap_units"].isVisibleTo(rules)
    assert services.rules.current(actor).version == 0
    rules.boxes["toxin_cap_units"].setValue(400)
    rules.boxes["toxin_retreatment_days"].setValue(90)
    qtbot.mouseClick(rules.save_button, Qt.MouseButton.LeftButton)
    saved = services.rules.current(actor)
    assert saved.parameters.toxin_retreatment_days == 90
    qtbot.mouseClick(rules.defaults_button, Qt.MouseButton.LeftButton)
    assert rules.boxes["toxin_retreatment_days"].value() == 84  # shown, not yet saved


def test_a_clinical_lead_sets_the_toxin_units_per_point_ceiling_with_a_field_error(
    qtbot: QtBot, services: Services, open_window, make_user
) -> None:
    from PySide6.QtWidgets import QLabel

    window, rules = _lead_rules(open_window, make_user, services)
    actor = window.signed_in.actor
    box = rules.boxes["toxin_max_units_per_point"]
    labels = [w.text() for w in rules.findChildren(QLabel)]
    assert "At most, per injection point (clinic policy)" in labels
    assert "Botulinum toxin" in labels  # the spec's settings under its name
    assert box.value() == 10 and "Clinic policy" in box.toolTip()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "0")
    qtbot.mouseClick(rules.save_button, Qt.MouseButton.LeftButton)
    error = rules.field_errors["toxin_max_units_per_point"]
    assert error.isVisibleTo(rules) and "from 1 to 1000" in error.text()
    assert services.rules.current(actor).version == 0  # nothing stored
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "12")
    qtbot.mouseClick(rules.save_button, Qt.MouseButton.LeftButton)
    assert services.rules.current(actor).parameters.toxin_max_units_per_point == 12


def test_the_admin_sees_the_safety_rules_read_only_and_whom_to_ask(
    qtbot: QtBot, services: Services, open_window, make_user
) -> None:
    make_user("dr.lead", Role.PRACTITIONER)
    services.accounts.set_clinical_lead(SYSTEM, "dr.lead", True)
    screen = _admin_screen(open_window, make_user)
    window = screen.window()
    assert isinstance(window, MainWindow)
    assert "safety_rules" not in list(window.navigation.keys())
    screen.tabs.setCurrentWidget(screen.rules)
    rules = screen.rules
    assert not rules.save_button.isVisibleTo(rules)
    assert not rules.defaults_button.isVisibleTo(rules)
    assert rules.leads_note.isVisibleTo(rules)
    assert rules.leads_note.text() == (
        "Only a clinical lead can change these; ask one of: Dr.Lead."
    )
    box = rules.boxes["toxin_retreatment_days"]
    assert box.isReadOnly() and box.value() == 84
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "99")
    assert box.value() == 84


def test_a_practitioner_who_is_not_a_lead_has_no_safety_rules_screen(
    open_window, make_user
) -> None:
    window = open_window(make_user("dr.plain", Role.PRACTITIONER))
    assert "safety_rules" not in list(window.navigation.keys())
    assert not window.show_screen("safety_rules")


def test_the_maintenance_tab_shows_the_audit_seal_and_key_fingerprint(
    qtbot: QtBot, open_window, make_user
) -> None:
    screen = _admin_screen(open_window, make_user)
    label = screen.maintenance.anchor_label
    qtbot.waitUntil(lambda: "Audit seal: event" in label.text())
    first = label.text()
    assert "Audit key fingerprint:" in first
    # Written as the audit log writes times (Muscat, dd/mm/yyyy), never ISO in UTC.
    assert re.search(r"\(written \d\d/\d\d/\d{4} \d\d:\d\d:\d\d\)", first)
    assert not re.search(r"\d{4}-\d\d-\d\dT", first)
    qtbot.mouseClick(screen.maintenance.backup_button, Qt.MouseButton.LeftButton)
    # The backup is audited, so the seal moves on and the tab shows the new head.
    qtbot.waitUntil(lambda: label.text() != first)


def test_the_idle_lock_minutes_are_checked_before_saving(
    qtbot: QtBot, services: Services, open_window, make_user
) -> None:
    clinic = _admin_screen(open_window, make_user).clinic
    assert clinic.auto_lock.text() == "5"  # the default on clinical workstations
    qtbot.keyClicks(clinic.name.edit, "Scar Clinic Muscat")
    for typed, expected in (("0", "1 to 60"), ("61", "1 to 60"), ("five", "whole number")):
        clinic.auto_lock.edit.clear()
        qtbot.keyClicks(clinic.auto_lock.edit, typed)
        qtbot.mouseClick(clinic.save_button, Qt.MouseButton.LeftButton)
        assert expected in clinic.auto_lock.error(), typed
        assert services.settings.clinic().version == 0  # nothing saved
    qtbot.keyClicks(clinic.auto_lock.edit, "x")
    assert clinic.auto_lock.error() == ""  # typing clears the message
    clinic.auto_lock.edit.clear()
    qtbot.keyClicks(clinic.auto_lock.edit, "15")
    qtbot.mouseClick(clinic.save_button, Qt.MouseButton.LeftButton)
    assert clinic.auto_lock.error() == ""
    assert services.settings.clinic().auto_lock_minutes == 15

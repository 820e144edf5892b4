"""Keyboard-first forms (issue #15): Tab walks each form in reading order, Tab leaves a table,
Enter in a list picks the row and never presses the dialog's default button, and the focused
widget wears a ring the eye finds.

Each form is driven as a user would: focus on its first field, then Tab, Tab, Tab… on whatever
has the focus, recording where the focus goes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.enums import Answer, Modality
from scardesk.ui.admin.clinic_tab import ClinicTab
from scardesk.ui.admin.users_tab import AddUserDialog
from scardesk.ui.admin.working_time_tab import WorkingTimeTab
from scardesk.ui.appointments.booking import BookingDialog
from scardesk.ui.assessment.editor import AssessmentEditor
from scardesk.ui.consultation.history_question import QuestionRow
from scardesk.ui.consultation.history_tab import HistoryTab
from scardesk.ui.consultation.plan_tab import PlanTab
from scardesk.ui.login.dialog import SignInDialog
from scardesk.ui.patients.form import PatientFormDialog
from scardesk.ui.patients.screen import PatientsScreen
from scardesk.ui.products.dialogs import ProductDialog, ReceiveLotDialog
from scardesk.ui.sessions.editor import SessionEditor
from scardesk.ui.style import ACCENT, apply_style
from scardesk.ui.widgets.consent_dialogs import CaptureConsentDialog
from scardesk.ui.widgets.tab_order import tab_stops
from scardesk.ui.widgets.text_area import TextArea
from tests.ui.form_helpers import FormClinic, form_clinic, open_form
from tests.ui.patient_helpers import make_context
from tests.ui.today_helpers import make_clinic, open_today

Named = list[tuple[str, QWidget]]


@pytest.fixture
def clinic(services, make_user) -> FormClinic:
    return form_clinic(services, make_user)


def activate(qtbot, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def tab_chain(qtbot, start: QWidget, presses: int) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Where the focus goes from ``start`` on each Tab (a field Tab stays in, such as the day,
    month and year of a date, counts once)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    chain = [start]
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None, f"Tab lost the focus after {chain[-1]!r}"
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is not chain[-1]:
            chain.append(now)
    return chain


def order_problems(chain: list[QWidget], expected: Named) -> list[str]:
    """The named fields Tab never reached, or reached out of the expected order."""
    missing = [name for name, widget in expected if widget not in chain]
    if missing:
        return [f"not reached by Tab: {missing}"]
    reached = sorted(expected, key=lambda pair: chain.index(pair[1]))
    if [name for name, _ in reached] != [name for name, _ in expected]:
        return [f"Tab order {[name for name, _ in reached]}"]
    return []


# --- the forms and the order their named fields must come in -------------------------------
def _patient_form(qtbot, c: FormClinic) -> tuple[QWidget, Named]:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, c, "patient form")
    assert isinstance(form, PatientFormDialog)
    names = (
        "name_latin",
        "name_arabic",
        "date_of_birth",
        "sex",
        "document_type",
        "civil_number",
        "phone",
        "email",
    )
    rows = {name: form.fields[name] for name in names}
    fields: Named = [(name, getattr(row, "edit", None) or row.combo) for name, row in rows.items()]
    return form, [*fields, ("Close", form.cancel_button), ("Save", form.save_button)]


def _booking(qtbot, c: FormClinic) -> tuple[QWidget, Named]:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, c, "booking dialog")
    assert isinstance(form, BookingDialog)
    return form, [
        ("patient search", form.picker.search),
        ("practitioner", form.practitioner),
        ("first treatment", form.modality_boxes[Modality.TOXIN]),
        ("last treatment", form.modality_boxes[list(Modality)[-1]]),
        ("day", form.date_edit),
        ("time", form.time_edit),
        ("duration", form.duration),
        ("notes", form.notes),
        ("Book", form.confirm),
    ]


def _session(qtbot, c: FormClinic) -> tuple[QWidget, Named]:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, c, "session editor")
    assert isinstance(form, SessionEditor)
    cards = {type(card).__name__: card for card in form.cards}
    toxin, needling = cards["ToxinCard"], cards["MicroneedlingCard"]
    laser, peel = cards["LaserCard"], cards["PeelCard"]
    return form, [
        ("when", form.when.performed_at),
        ("cleansing", form.preparation.cleansing),
        ("anaesthetic minutes", form.preparation.minutes),
        ("toxin product", toxin.product),  # type: ignore[attr-defined]
        ("needling device", needling.device),  # type: ignore[attr-defined]
        ("needling passes", needling.passes),  # type: ignore[attr-defined]
        ("laser device", laser.device),  # type: ignore[attr-defined]
        ("peel agent", peel.agent),  # type: ignore[attr-defined]
        ("+ Add modality", form.add_button),
        ("no adverse events", form.events.none_box),
        ("notes", form.notes.notes),
        ("Cancel", form.cancel_button),
    ]


def _consent(qtbot, c: FormClinic) -> tuple[QWidget, Named]:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, c, "consent capture")
    assert isinstance(form, CaptureConsentDialog)
    return form, [
        ("purpose", form.purpose),
        ("form version", form.form_version.edit),
        ("clear signature", form.clear_button),
        ("save", form.save_button),
    ]


def _new_user(qtbot, c: FormClinic) -> tuple[QWidget, Named]:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, c, "new user")
    assert isinstance(form, AddUserDialog)
    return form, [
        ("user name", form.username.edit),
        ("display name", form.display_name.edit),
        ("role", form.role),
        ("licence", form.licence.edit),
        ("password", form.password.edit),
        ("repeat", form.repeat.edit),
    ]


def _clinic_tab(qtbot, c: FormClinic) -> tuple[QWidget, Named]:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, c, "clinic tab")
    assert isinstance(form, ClinicTab)
    return form, [
        ("name", form.name.edit),
        ("name in Arabic", form.name_arabic.edit),
        ("address", form.address.edit),
        ("phone", form.phone.edit),
        ("save", form.save_button),
    ]


def _sign_in(qtbot, c: FormClinic) -> tuple[QWidget, Named]:  # type: ignore[no-untyped-def]
    form = SignInDialog(c.services.users, c.doctor.runner)
    qtbot.addWidget(form)
    with qtbot.waitExposed(form):
        form.show()
    buttons = [b for b in form.findChildren(QPushButton) if b.isVisible()]
    return form, [("user name", form.username.edit), ("password", form.password.edit)] + [
        (b.text(), b) for b in buttons if b.isDefault()
    ]


def _history_tab(qtbot, c: FormClinic) -> tuple[QWidget, Named]:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, c, "history tab")
    assert isinstance(form, HistoryTab)
    rows = list(form.rows.values())
    first, second, last = rows[0], rows[1], rows[-1]
    return form, [
        ("reviewed today", form.review_button),
        # One stop per question, as for radio buttons: the arrow keys choose among its answers.
        ("first question", first.buttons[Answer.YES]),
        ("second question", second.buttons[Answer.YES]),
        ("last question", last.buttons[Answer.YES]),
    ]


def _plan_tab(qtbot, c: FormClinic) -> tuple[QWidget, Named]:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, c, "plan tab")
    assert isinstance(form, PlanTab)
    rows = list(form.rows.values())
    first, last = rows[0], rows[-1]
    first.include.setChecked(True)  # its sessions, interval and notes open only when included
    return form, [
        ("save plan", form.save_button),
        ("first modality", first.include),
        ("its sessions", first.sessions),
        ("its interval", first.interval),
        ("its notes", first.notes),
        ("last modality", last.include),
        ("goals", form.goals),
        ("first session on", form.started_on.edit),
    ]


def _working_time(qtbot, c: FormClinic) -> tuple[QWidget, Named]:  # type: ignore[no-untyped-def]
    form = WorkingTimeTab(c.admin)
    qtbot.addWidget(form)
    form.resize(1000, 640)
    with qtbot.waitExposed(form):
        form.show()
    days = list(form.day_boxes.values())
    return form, [
        ("first working day", days[0]),
        ("last working day", days[-1]),
        ("opening hours", form.hours),
        ("save week", form.save_week_button),
        ("holiday date", form.holiday_date),
        ("holiday name", form.holiday_name),
        ("add holiday", form.add_holiday_button),
        ("practitioner off", form.off_practitioner),
        ("day off", form.off_date),
        ("add day off", form.add_day_off_button),
    ]


def _new_product(qtbot, c: FormClinic) -> tuple[QWidget, Named]:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, c, "new product")
    assert isinstance(form, ProductDialog)
    return form, [
        ("brand", form.brand.edit),
        ("name", form.name.edit),
        ("modality", form.modality.combo),
        ("counted in", form.unit_kind.combo),
        ("vial size", form.vial_units.edit),
        ("use within", form.use_within.edit),
        ("price", form.price.edit),
    ]


def _lot_receipt(qtbot, c: FormClinic) -> tuple[QWidget, Named]:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, c, "lot receipt")
    assert isinstance(form, ReceiveLotDialog)
    return form, [
        ("lot number", form.lot_number.edit),
        ("expiry", form.expiry.edit),
        ("packs", form.quantity.edit),
    ]


def _assessment(qtbot, c: FormClinic) -> tuple[QWidget, Named]:  # type: ignore[no-untyped-def]
    form = open_form(qtbot, c, "assessment editor")
    assert isinstance(form, AssessmentEditor)

    def opening(name: str) -> QWidget:  # a region's counts stay disabled until one is picked
        return next(w for w in tab_stops(getattr(form, name)) if w.isEnabled())

    first = {name: opening(name) for name in ("regions", "skin", "grade")}
    later = {name: opening(name) for name in ("suitability", "gb", "ecca")}
    return form, [
        ("assessed at", form.assessed_at),
        *[(f"{name} section", widget) for name, widget in first.items()],
        ("suitability section", later["suitability"]),
        ("notes", form.notes),
        ("Goodman-Baron section", later["gb"]),
        ("ECCA section", later["ecca"]),
        ("Cancel", form.cancel_button),
        ("Save", form.save_button),
    ]


FORM_ORDERS: dict[str, Callable[..., tuple[QWidget, Named]]] = {
    "patient form": _patient_form,
    "booking dialog": _booking,
    "session editor": _session,
    "consent capture": _consent,
    "new user": _new_user,
    "clinic tab": _clinic_tab,
    "sign in": _sign_in,
    "history tab": _history_tab,
    "plan tab": _plan_tab,
    "working time tab": _working_time,
    "new product": _new_product,
    "lot receipt": _lot_receipt,
    "assessment editor": _assessment,
}


@pytest.mark.parametrize("name", list(FORM_ORDERS))
def test_tab_walks_each_form_in_reading_order(qtbot, clinic, name) -> None:
    form, expected = FORM_ORDERS[name](qtbot, clinic)
    activate(qtbot, form)
    chain = tab_chain(qtbot, expected[0][1], presses=120)
    assert order_problems(chain, expected) == []


def test_the_order_check_fails_when_two_fields_swap(qtbot, clinic) -> None:
    """The check above can fail: swap Tab between two booking fields and it notices."""
    form, expected = _booking(qtbot, clinic)
    activate(qtbot, form)
    assert isinstance(form, BookingDialog)
    QWidget.setTabOrder(form.picker.search, form.date_edit)  # day now comes right after search
    chain = tab_chain(qtbot, form.picker.search, presses=60)
    assert order_problems(chain, expected) != []


def test_a_notes_box_passes_tab_on_instead_of_typing_it(qtbot, clinic) -> None:
    form, _ = _session(qtbot, clinic)
    activate(qtbot, form)
    assert isinstance(form, SessionEditor)
    notes = form.notes.notes
    assert isinstance(notes, TextArea)
    chain = tab_chain(qtbot, notes, presses=1)
    assert notes.toPlainText() == "" and chain[-1] is not notes


# --- tables and lists -------------------------------------------------------------------------
def test_tab_leaves_the_today_table_both_ways(qtbot, services, make_user) -> None:
    today = make_clinic(services, make_user)
    today.book(today.aisha_id, today.at(9))
    today.book(today.khalid_id, today.at(10))
    screen = open_today(qtbot, today)
    activate(qtbot, screen)
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.proxy.index(0, 1))
    qtbot.keyClick(screen.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not screen.table
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not screen.table
    assert screen.table.currentIndex().row() == 0  # Tab did not walk the cells either


def test_enter_on_a_today_row_opens_that_patient(qtbot, services, make_user) -> None:
    today = make_clinic(services, make_user)
    today.book(today.khalid_id, today.at(10))
    opened: list[int] = []
    today.context = dataclasses.replace(today.context, open_patient=opened.append)
    screen = open_today(qtbot, today)
    activate(qtbot, screen)
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.proxy.index(0, 1))
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened == [today.khalid_id]


def test_enter_in_the_patients_list_opens_the_patient(qtbot, services, make_user) -> None:
    from scardesk.domain.enums import Role
    from tests.ui.patient_helpers import register

    desk = make_user("f.desk", Role.FRONT_DESK)
    patient = register(services, desk)
    opened: list[int] = []
    context = dataclasses.replace(make_context(services, desk), open_patient=opened.append)
    screen = PatientsScreen(context)
    qtbot.addWidget(screen)
    with qtbot.waitExposed(screen):
        screen.show()
    activate(qtbot, screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.table.model().index(0, 0))
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert opened == [patient.id]


def test_enter_in_a_list_picks_and_never_presses_the_default_button(qtbot) -> None:
    """Any list in any dialog: Enter activates the row; OK stays unpressed."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    rows = QListWidget()
    rows.addItems(["first", "second"])
    ok = QPushButton("OK")
    ok.setDefault(True)
    ok.clicked.connect(dialog.accept)
    layout.addWidget(rows)
    layout.addWidget(ok)
    picked: list[str] = []
    rows.activated.connect(lambda index: picked.append(index.data()))
    with qtbot.waitExposed(dialog):
        dialog.show()
    activate(qtbot, dialog)
    rows.setFocus()
    qtbot.keyClick(rows, Qt.Key.Key_Down)
    qtbot.keyClick(rows, Qt.Key.Key_Return)
    assert picked == ["second"]
    assert dialog.isVisible() and dialog.result() == 0
    qtbot.keyClick(rows, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is ok
    qtbot.keyClick(ok, Qt.Key.Key_Return)  # away from the list, Enter is the dialog's again
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_down_and_enter_in_the_booking_picker_pick_the_patient(qtbot, clinic, services) -> None:
    form, _ = _booking(qtbot, clinic)
    activate(qtbot, form)
    assert isinstance(form, BookingDialog)
    form.picker.search.setFocus()
    qtbot.keyClicks(form.picker.search, "Aisha")
    qtbot.waitUntil(form.picker.matches.isVisible)
    qtbot.keyClick(form.picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(form.picker.matches, Qt.Key.Key_Enter)
    assert form.picker.chosen is not None and form.isVisible()


# --- the focus ring -----------------------------------------------------------------------------
def _is_accent(image: QImage, x: int, y: int) -> bool:
    colour, accent = image.pixelColor(x, y), QColor(ACCENT)
    return all(
        abs(a - b) <= 24 for a, b in zip(colour.getRgb()[:3], accent.getRgb()[:3], strict=True)
    )


def _ring_width(image: QImage) -> int:
    """How many accent pixels deep the left edge is, half-way down."""
    y = image.height() // 2
    start = next((x for x in range(4) if _is_accent(image, x, y)), 4)
    return next((x for x in range(start, 10) if not _is_accent(image, x, y)), 10) - start


@pytest.fixture
def styled(qapp):  # type: ignore[no-untyped-def]
    apply_style(qapp)
    yield
    qapp.setStyleSheet("")


def test_the_focused_field_table_and_button_wear_a_two_pixel_ring(
    qtbot, styled, services, make_user, tmp_path: Path
) -> None:
    today = make_clinic(services, make_user)
    today.book(today.aisha_id, today.at(9))
    screen = open_today(qtbot, today)
    screen.resize(1280, 720)
    activate(qtbot, screen)
    field = QLineEdit(screen)
    field.setGeometry(900, 10, 200, 34)
    field.show()
    for widget in (field, screen.table, screen.previous_button, screen.practitioner_filter):
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        qtbot.wait(10)
        assert _ring_width(_around(widget)) >= 2, f"{type(widget).__name__} shows no focus ring"
        screen.new_button.setFocus()  # elsewhere: the ring goes with the focus
        qtbot.waitUntil(screen.new_button.hasFocus)
        qtbot.wait(10)
        assert _ring_width(_around(widget)) < 2
    screen.table.setFocus()
    screen.grab().save(str(tmp_path / "today-table-focused.png"))


def _around(widget: QWidget) -> QImage:
    """The widget as the window shows it, with the 2 px around it (a focus frame lies there)."""
    window = widget.window()
    corner = widget.mapTo(window, widget.rect().topLeft())
    area = widget.rect().translated(corner).adjusted(-2, 0, 0, 0)
    return window.grab(area).toImage()


def test_check_boxes_show_the_focus(qtbot, styled) -> None:
    box = QCheckBox("Skin cleansed")
    other = QCheckBox("Antiviral")
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.addWidget(box)
    layout.addWidget(other)
    qtbot.addWidget(holder)
    with qtbot.waitExposed(holder):
        holder.show()
    activate(qtbot, holder)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.wait(10)
    assert _ring_width(box.grab().toImage()) >= 2


# --- shortcuts shown where the action is ----------------------------------------------------
def test_every_today_action_has_a_shortcut_shown_in_its_tooltip(qtbot, services, make_user) -> None:
    screen = open_today(qtbot, make_clinic(services, make_user))
    actions = [a for a in screen.table.actions() if a.text()]
    assert len(actions) == 7
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys and f"({keys})" in action.toolTip(), action.text()
    assert len({a.shortcut().toString() for a in actions}) == len(actions)


def test_a_today_shortcut_acts_on_the_selected_row(qtbot, services, make_user) -> None:
    today = make_clinic(services, make_user)
    booked = today.book(today.aisha_id, today.at(9))
    screen = open_today(qtbot, today)
    activate(qtbot, screen)
    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.keyClick(
        screen.table,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    day = services.appointments.day_list(today.doctor.actor, today.at(9).date())
    assert [(a.id, a.status.value) for a in day] == [(booked.id, "arrived")]


def test_every_menu_action_shows_a_shortcut(qtbot, open_window, services, make_user) -> None:
    from scardesk.domain.enums import Role

    window = open_window(make_user("first.admin", Role.ADMIN))
    missing = [
        action.text()
        for menu_action in window.menuBar().actions()
        for action in menu_action.menu().actions()
        if action.text() and action.menu() is None and action.shortcut().isEmpty()
    ]
    assert missing == []


def test_enter_opens_a_row_where_a_double_click_does(qtbot) -> None:
    """Documents, assessments, the sessions screen and the audit log open a row on double-click;
    Enter does the same there, once, and never presses the dialog's default button."""
    from scardesk.ui.widgets.keyboard_guard import activate_on_enter

    dialog = QDialog()
    qtbot.addWidget(dialog)
    rows = QListWidget(dialog)
    rows.addItems(["first", "second"])
    ok = QPushButton("OK", dialog)
    ok.setDefault(True)
    ok.clicked.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(rows)
    layout.addWidget(ok)
    opened: list[str] = []
    rows.doubleClicked.connect(lambda index: opened.append(index.data()))
    activate_on_enter(rows, lambda index: opened.append(index.data()))
    with qtbot.waitExposed(dialog):
        dialog.show()
    activate(qtbot, dialog)
    rows.setFocus()
    rows.setCurrentRow(1)
    qtbot.keyClick(rows, Qt.Key.Key_Return)
    assert opened == ["second"] and dialog.result() == 0


# --- the patient's tabs: every button has keys, and only the tab shown hears them ---------------
def _workspace(qtbot, open_window, services, make_user):  # type: ignore[no-untyped-def]
    clinic = form_clinic(services, make_user)
    window = open_window(clinic.doctor.signed_in)
    workspace = window.open_patient(clinic.patient_id)
    return window, workspace


def _tab_buttons(page: QWidget) -> list[QPushButton]:
    """The action buttons of one tab; a medical-history question's answer and Undo buttons are
    part of its answer (picked with Tab and the arrow keys), not actions of the tab."""
    return [
        button
        for button in page.findChildren(QPushButton)
        if not any(isinstance(p, QuestionRow) for p in _ancestors(button, page))
    ]


def _ancestors(widget: QWidget, top: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        found.append(parent)
        parent = parent.parentWidget()
    return found


#: Keys heard anywhere in the window (the menus, Ctrl+F…); the Today table's keys are its own.
WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def test_every_button_on_the_patient_tabs_shows_its_shortcut(
    qtbot, open_window, services, make_user
) -> None:
    window, workspace = _workspace(qtbot, open_window, services, make_user)
    global_keys = {
        action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty() and action.shortcutContext() in WINDOW_WIDE
    }
    problems: list[str] = []
    for key in workspace.tab_keys:
        buttons = _tab_buttons(workspace.tab(key))
        assert buttons, key
        keys = [b.shortcut().toString() for b in buttons]
        for button in buttons:
            shown = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if not shown or f"({shown})" not in button.toolTip():
                problems.append(f"{key}: {button.text()!r} shows no shortcut")
            elif button.shortcut().toString() in global_keys:
                problems.append(f"{key}: {button.text()!r} takes a window-wide key {shown}")
        if len(set(keys)) != len(keys):
            problems.append(f"{key}: two buttons share keys {keys}")
    assert problems == []


def _record_presses(*buttons: QPushButton) -> list[str]:
    """What each button would do is replaced by a note of which one was pressed: the test is
    about where the keys go, and an opened editor or file chooser would only be in the way."""
    pressed: list[str] = []
    for button in buttons:
        button.clicked.disconnect()
        button.clicked.connect(lambda _checked=False, b=button: pressed.append(b.text()))
    return pressed


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
#: A button pressed by its keys shows itself pressed for 100 ms before it clicks (animateClick).
CLICK_SHOWN_MS = 300


def test_the_same_keys_press_only_the_button_of_the_tab_shown(
    qtbot, open_window, services, make_user
) -> None:
    window, workspace = _workspace(qtbot, open_window, services, make_user)
    assessments_tab = workspace.tab("assessments")
    sessions_tab = workspace.tab("sessions")
    new_assessment, new_session = assessments_tab.new_button, sessions_tab.new_button
    assert new_assessment.shortcut() == new_session.shortcut()
    pressed = _record_presses(new_assessment, new_session)
    for key, expected in (("assessments", new_assessment), ("sessions", new_session)):
        workspace.show_tab(key)
        qtbot.waitUntil(expected.isVisible)
        activate(qtbot, window)  # the offscreen platform drops it when the focused tab hides
        workspace.tabs.setFocus()
        pressed.clear()
        qtbot.keyClick(workspace.tabs, Qt.Key.Key_I, CTRL_SHIFT)
        qtbot.wait(CLICK_SHOWN_MS)
        assert pressed == [expected.text()], key


def test_a_disabled_button_does_not_answer_its_keys(
    qtbot, open_window, services, make_user
) -> None:
    window, workspace = _workspace(qtbot, open_window, services, make_user)
    workspace.show_tab("assessments")
    tab = workspace.tab("assessments")
    qtbot.waitUntil(tab.void_button.isVisible)
    pressed = _record_presses(tab.void_button)
    assert not tab.void_button.isEnabled()  # nothing selected
    activate(qtbot, window)
    workspace.tabs.setFocus()
    qtbot.keyClick(workspace.tabs, Qt.Key.Key_V, CTRL_SHIFT)
    qtbot.wait(CLICK_SHOWN_MS)
    assert pressed == []
    tab.void_button.setEnabled(True)  # the check can fail: enabled, the same keys press it
    qtbot.keyClick(workspace.tabs, Qt.Key.Key_V, CTRL_SHIFT)
    qtbot.waitUntil(lambda: pressed == [tab.void_button.text()])

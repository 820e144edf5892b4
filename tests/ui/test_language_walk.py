"""Every screen, patient tab and dialog, walked in Arabic and in English, read for leftovers.

In Arabic the window must lie right to left and no visible text may still be English: every
Latin word left on screen must be a proper noun, unit, code or the test clinic's own data (the
allow-list below says which, and why). In English no raw code or enum value may show
(``front_desk``, ``omani_id``, ``toxin.units_missing``). Both walks read what a person sees:
labels, buttons, group and tab titles, placeholders, combo-box items, table and list headers,
menus and window titles. A tab or stacked page that is not the current one is read too: the walk
turns every tab widget and stacked widget it meets to each of its pages in turn (and so on inside
them), so a sub-tab of a screen or a dialog is read as well as the first one.
"""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from scardesk.domain.display_prefs import DisplayPreferences
from scardesk.domain.enums import Modality, Role, ViewAngle
from scardesk.domain.plans import PlanInput, PlanItemInput
from scardesk.domain.scheduling import AppointmentInput
from scardesk.domain.sessions import MicroneedlingInput, SessionInput, SessionRecord
from scardesk.domain.time import muscat_today, utc_now
from scardesk.services.session import SignedIn
from scardesk.ui import display
from scardesk.ui.admin.printed_names_dialog import PrintedNamesDialog
from scardesk.ui.appointments.cancel import CancelDialog
from scardesk.ui.consultation.plan_tab import StopPlanDialog
from scardesk.ui.login.passphrase import PassphraseDialog
from scardesk.ui.main_window import MainWindow
from scardesk.ui.patients.dialogs import DuplicateDialog
from scardesk.ui.photos.compare import CompareDialog
from scardesk.ui.preferences_dialog import PreferencesDialog
from scardesk.ui.products.lots_tab import LotsTab
from scardesk.ui.sessions.editor import SessionEditor
from scardesk.ui.sessions.signing import ask_to_sign
from scardesk.ui.sessions.view import SessionView
from scardesk.ui.today.reminder_templates import TemplatesDialog
from tests.helpers import aisha
from tests.ui.patient_helpers import make_context
from tests.ui.session_helpers import SessionClinic, session_clinic
from tests.ui.test_fits_laptop_screen import ADMIN_DIALOGS, PRACTITIONER_DIALOGS, DialogMaker

# Latin words an Arabic screen may show. Proper nouns and brand names stay in Latin letters on
# Omani clinics' own forms; units, scales and keys are written the same in both languages.
ALLOWED_LATIN = {
    # the product and scale names clinicians use as they are
    "ScarDesk",
    "SQLite",
    "PostgreSQL",
    "ECCA",
    "TCA",
    "CROSS",
    "Goodman",
    "Dermapen",
    "Baron",
    "SCAR",
    "Fitzpatrick",
    "EMLA",
    "Orentreich",
    "Botox",
    "Dysport",
    "Xeomin",
    "Azzalure",
    "Bocouture",
    "Vistabel",
    "Letybo",
    "Relfydess",
    "Alluzience",
    "Nabota",
    "Botulax",
    "WhatsApp",
    "Excel",
    "USB",
    "NAS",
    "SMS",
    "QR",
    "PDF",
    "CSV",
    "XLSX",
    "PNG",
    "JPEG",
    "SPF",
    "HSV",
    "ALS",
    "CO",
    "Er",
    "YAG",
    "Nd",
    "NAFL",
    "AFL",
    # each language is offered under its own name, so a reader of either can find theirs
    "English",
    # scar types keep their Latin name in brackets for clinicians
    "icepick",
    "ice",
    "pick",
    "boxcar",
    "rolling",
    # units and keys
    "U",
    "mL",
    "ml",
    "mm",
    "nm",
    "cm",
    "J",
    "mJ",
    "Hz",
    "ms",
    "kg",
    "mg",
    "IU",
    "KB",
    "Ctrl",
    "Alt",
    "Shift",
    "Esc",
    "Enter",
    "Tab",
    "Del",
    "Delete",
    "Home",
    "End",
    "PgUp",
    "PgDn",
    "Backspace",
    "Left",
    "Right",
    "Up",
    "Down",
    "F1",
    "F2",
    "F3",
    "F4",
    "F5",
    "F6",
    "F11",
    "F12",
    "Space",
    "Return",
}

# The names the test clinic is built with (tests/helpers.py, session_clinic, make_user): data,
# shown as typed, in whichever language the screen is.
TEST_CLINIC_WORDS = {
    *("Aisha", "Al", "Balushi", "Dr", "Salma", "First", "Admin", "Desk", "User"),
    *("OLD", "Aftercare"),  # a lot number and a document title the tests give
    "abobotulinumtoxinA",  # the generic name the test clinic's Dysport is entered with
}
# Account names the test clinic signs in with: data, though shaped like a dotted code.
TEST_USERNAMES = ("dr.salma", "first.admin", "desk.user")
# Examples in placeholders show what to type, and some of it is Latin by nature.
EXAMPLE_WORDS = {"name", "example", "com", "albalushi", "Harthy", "onabotulinumtoxinA"}
# Roman numerals of the Fitzpatrick types, abbreviations clinicians read in Latin.
CLINICAL_ABBREVIATIONS = {"II", "III", "IV", "VI", "GB", "DOACs", "Roaccutane", "GPS"}

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z]+")
_RAW_CODE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b|\b[a-z]{2,}\.[a-z_]{2,}(?:\.[a-z_]+)*\b")
# A file path or an e-mail address is data, whatever the language.
_PATH_OR_ADDRESS = re.compile(r"/\S+|\S+@\S+")
# A code with a digit in it (a lot "C1234AB", a file "#12") is data or an example of it.
_CODE = re.compile(r"\b\w*\d\w*\b")
_TAG = re.compile(r"<[^>]+>")
# A key fingerprint ("ABAE 8AEA 9ACC ...") or a digest is data too, even when a group is all
# letters.
_HEX_GROUPS = re.compile(r"\b[0-9A-F]{4}(?: [0-9A-F]{4}){2,}\b|\b[0-9a-f]{12,}\b")
# A quoted heading of the document markup ("'## Do'") is syntax to type, English in every language.
_MARKUP_EXAMPLE = re.compile(r"'##[^']*'")
# So is a message template's field ("{practitioner}"): the reminder editor lists them to type.
_TEMPLATE_FIELD = re.compile(r"\{[a-z_]+\}")


def shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person can see in ``window`` now."""
    texts: list[tuple[str, str]] = [("window title", window.windowTitle())]

    def add(widget: QWidget, text: str) -> None:
        if text and text.strip():
            texts.append((f"{type(widget).__name__} {widget.objectName()}".strip(), text))

    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QLabel):
            add(widget, _TAG.sub(" ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            add(widget, widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget, widget.tabText(index))
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            add(widget, widget.placeholderText())
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, widget.itemText(index))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            for section in range(widget.count()):
                if not widget.isSectionHidden(section):
                    header = widget.model().headerData(section, widget.orientation())
                    add(widget, str(header) if header is not None else "")
    for menu in window.findChildren(QMenu):
        add(menu, menu.title())
        for action in menu.actions():
            add(menu, action.text())
    return texts


def _page_holders(window: QWidget, skip: Sequence[QWidget]) -> list[QWidget]:
    """The tab widgets and stacked widgets of ``window`` a person can see now; a tab widget's
    own stack is its tabs, not a second holder."""
    holders: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QTabWidget, QStackedWidget)) or widget.window() is not window:
            continue
        if isinstance(widget, QStackedWidget) and isinstance(widget.parentWidget(), QTabWidget):
            continue
        if widget.isVisibleTo(window) and not any(widget is s for s in skip):
            holders.append(widget)
    return holders


def texts_on_every_page(  # type: ignore[no-untyped-def]
    qtbot, window: QWidget, skip: Sequence[QWidget] = ()
) -> list[tuple[str, str]]:
    """``shown_texts`` of ``window`` as it is, then with each page of each tab widget and stacked
    widget shown in turn, nested ones included; every holder is put back on its first page shown.
    ``skip`` lists holders the caller turns itself (the window's screens, the patient's tabs)."""
    texts = shown_texts(window)
    turned: list[QWidget] = list(skip)

    def turn_pages() -> None:
        for holder in _page_holders(window, turned):
            turned.append(holder)
            assert isinstance(holder, (QTabWidget, QStackedWidget))
            start = holder.currentIndex()
            for index in range(holder.count()):
                if index == start:
                    continue
                holder.setCurrentIndex(index)
                qtbot.wait(1)
                texts.extend(shown_texts(window))
                turn_pages()
            holder.setCurrentIndex(start)

    turn_pages()
    return texts


def latin_leftovers(texts: list[tuple[str, str]], data_words: set[str]) -> list[str]:
    found = []
    for where, text in texts:
        plain = _TEMPLATE_FIELD.sub(" ", _MARKUP_EXAMPLE.sub(" ", text.replace("&", "")))
        plain = _CODE.sub(" ", _PATH_OR_ADDRESS.sub(" ", _HEX_GROUPS.sub(" ", plain)))
        words = set(_LATIN_WORD.findall(plain))
        left = words - ALLOWED_LATIN - EXAMPLE_WORDS - CLINICAL_ABBREVIATIONS - data_words
        if left:
            found.append(f"{where}: {text!r}")
    return found


def raw_codes(texts: list[tuple[str, str]]) -> list[str]:
    def without_data(text: str) -> str:
        for username in TEST_USERNAMES:
            text = text.replace(username, " ")
        return _PATH_OR_ADDRESS.sub(" ", text)

    return [f"{where}: {text!r}" for where, text in texts if _RAW_CODE.search(without_data(text))]


def _data_words(services) -> set[str]:  # type: ignore[no-untyped-def]
    """The test clinic's own Latin data: the names ``tests/helpers.py`` and ``session_clinic``
    build it with (patients, staff, products), shown as typed."""
    return TEST_CLINIC_WORDS


def _walk(qtbot, window: MainWindow, patient_id: int) -> dict[str, list[tuple[str, str]]]:
    seen: dict[str, list[tuple[str, str]]] = {}
    # The walk turns these itself: one screen, one patient tab at a time.
    skip: list[QWidget] = [window.stack, window.screen_lock.frame]
    keys = window.navigation.keys()
    for key in keys:
        window.show_screen(key)
        qtbot.wait(5)
        seen[f"screen {key}"] = texts_on_every_page(qtbot, window, skip)
    workspace = window.open_patient(patient_id)
    skip.append(workspace.tabs)
    for index, key in enumerate(workspace.tab_keys):
        workspace.tabs.setCurrentIndex(index)
        qtbot.wait(5)
        seen[f"patient tab {key}"] = texts_on_every_page(qtbot, window, skip)
    return seen


def _signed_in(role: Role, clinic, make_user) -> SignedIn:  # type: ignore[no-untyped-def]
    if role is Role.PRACTITIONER:
        return clinic.context.signed_in
    return make_user("first.admin" if role is Role.ADMIN else "desk.user", role)


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.PRACTITIONER, Role.ADMIN])
def test_every_screen_reads_in_arabic_right_to_left(
    qtbot, arabic, open_window, services, make_user, role
):
    clinic = session_clinic(services, make_user)
    window = open_window(_signed_in(role, clinic, make_user))
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    data = _data_words(services)
    left = {
        place: problems
        for place, texts in _walk(qtbot, window, clinic.patient_id).items()
        if (problems := latin_leftovers(texts, data))
    }
    assert not left, "\n".join(f"{place}: {p}" for place, ps in left.items() for p in ps)


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.PRACTITIONER, Role.ADMIN])
def test_no_screen_shows_a_raw_code_in_english(qtbot, open_window, services, make_user, role):
    clinic = session_clinic(services, make_user)
    window = open_window(_signed_in(role, clinic, make_user))
    found = {
        place: problems
        for place, texts in _walk(qtbot, window, clinic.patient_id).items()
        if (problems := raw_codes(texts))
    }
    assert not found, "\n".join(f"{place}: {p}" for place, ps in found.items() for p in ps)


def _dialog_texts(qtbot, dialog) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """What ``dialog`` shows on every page, read in the language installed now; in Arabic it
    must lie right to left."""
    # qtbot closes the dialog after the test: it must not have deleted itself on done() before.
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = texts_on_every_page(qtbot, dialog)
    direction = dialog.layoutDirection()
    dialog.done(0)
    if display.current().right_to_left:
        assert direction == Qt.LayoutDirection.RightToLeft
    return texts


def _session(c: SessionClinic) -> SessionRecord:
    """A recorded (unsigned) microneedling session of the test patient."""
    form = SessionInput(
        performed_at=utc_now(),
        modalities=(MicroneedlingInput("Dermapen 4", 1.5, 3, None, ("cheek_left",)),),
        adverse_events_none=True,
        cleansing_done=True,
    )
    sessions, actor = c.context.services.sessions, c.context.signed_in.actor
    record, *_ = sessions.record_session(actor, c.patient_id, form, {}, None)
    return record


def _cancel(c: SessionClinic, w: MainWindow) -> CancelDialog:
    start = utc_now() + timedelta(days=1)
    doctor = c.context.signed_in
    form = AppointmentInput(c.patient_id, doctor.user.id, start, 30, ("microneedling",))
    record, *_ = c.context.services.appointments.book(doctor.actor, form)
    return CancelDialog(c.context, record, parent=w)


def _stop_plan(c: SessionClinic, w: MainWindow) -> StopPlanDialog:
    form = PlanInput((PlanItemInput(Modality.MICRONEEDLING, 4),))
    plan, _ = c.context.services.plans.create(c.context.signed_in.actor, c.patient_id, form)
    return StopPlanDialog(c.context, plan, w)


def _archive_lot(c: SessionClinic, w: MainWindow) -> QDialog:
    """The reason prompt, opened as a person opens it: the lots tab's "Archive lot…"."""
    tab = LotsTab(c.context, muscat_today, parent=w)
    tab.choose_product(c.botox_id)
    rows = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    tab.view.selectionModel().select(tab.proxy.index(0, 0), rows)
    tab.archive()
    assert tab.last_dialog is not None, "archiving the first lot opens the reason prompt"
    return tab.last_dialog


def _duplicates(c: SessionClinic, w: MainWindow) -> DuplicateDialog:
    search, actor = c.context.services.search, c.context.signed_in.actor
    matches = search.find_duplicates(actor, aisha())
    assert matches, "the test patient must be found as a possible duplicate of herself"
    return DuplicateDialog(matches, w)


def _jpeg(shade: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (400, 500), (shade, 120, 100)).save(buffer, "JPEG")
    return buffer.getvalue()


def _compare(c: SessionClinic, w: MainWindow) -> CompareDialog:
    photos, actor = c.context.services.photos, c.context.signed_in.actor
    start = datetime.now(UTC) - timedelta(days=90)
    infos = [
        photos.import_photo(
            actor,
            c.patient_id,
            _jpeg(150 + n * 20),
            "p.jpg",
            ViewAngle.FRONT,
            taken_at=start + timedelta(days=n * 84),
        )[0]
        for n in range(2)
    ]
    return CompareDialog(c.context, infos, infos[0], infos[1], parent=w)


# Dialogs the laptop-fit test does not open, read here too.
MORE_PRACTITIONER_DIALOGS: dict[str, DialogMaker] = {
    "preferences": lambda c, w: PreferencesDialog(DisplayPreferences(), parent=w),
    "reminder messages": lambda c, w: TemplatesDialog(c.context, parent=w),
    "session view": lambda c, w: SessionView(c.context, _session(c).id, parent=w),
    "sign session password": lambda c, w: ask_to_sign(
        w, c.context, _session(c), lambda _r: None, lambda _e: None
    ),
    "amend session reason": lambda c, w: SessionEditor(
        c.context, c.patient_id, record=_session(c), parent=w
    ),
    "cancel appointment": _cancel,
    "stop plan": _stop_plan,
    "archive lot reason": _archive_lot,
    "database passphrase": lambda c, w: PassphraseDialog(
        lambda _passphrase: None, "/srv/scardesk/clinic.sqlite3", keyring_available=True, parent=w
    ),
    "duplicate patient": _duplicates,
    "photo compare": _compare,
}
MORE_ADMIN_DIALOGS: dict[str, DialogMaker] = {
    "printed names": lambda c, w: PrintedNamesDialog(
        c.context,
        c.context.services.accounts.find(c.context.signed_in.actor, "dr.salma"),
        parent=w,
    ),
}
PRACTITIONER_DIALOGS = PRACTITIONER_DIALOGS | MORE_PRACTITIONER_DIALOGS
ADMIN_DIALOGS = ADMIN_DIALOGS | MORE_ADMIN_DIALOGS


@pytest.mark.parametrize("name", sorted(PRACTITIONER_DIALOGS))
def test_every_practitioner_dialog_reads_in_arabic(
    qtbot, arabic, open_window, services, make_user, name
):
    clinic = session_clinic(services, make_user)
    window = open_window(clinic.context.signed_in)
    texts = _dialog_texts(qtbot, PRACTITIONER_DIALOGS[name](clinic, window))
    left = latin_leftovers(texts, _data_words(services) | {"Aisha", "Al", "Balushi"})
    assert not left, "\n".join(left)


@pytest.mark.parametrize("name", sorted(ADMIN_DIALOGS))
def test_every_admin_dialog_reads_in_arabic(
    qtbot, arabic, open_window, services, make_user, runner, name
):
    clinic = session_clinic(services, make_user)
    admin: SignedIn = make_user("first.admin", Role.ADMIN)
    window = open_window(admin)
    as_admin = dataclasses.replace(clinic, context=make_context(services, admin, runner))
    texts = _dialog_texts(qtbot, ADMIN_DIALOGS[name](as_admin, window))
    left = latin_leftovers(texts, _data_words(services) | {"dr", "salma", "Xk", "pq", "Lm"})
    assert not left, "\n".join(left)


@pytest.mark.parametrize("name", sorted(PRACTITIONER_DIALOGS))
def test_no_practitioner_dialog_shows_a_raw_code_in_english(
    qtbot, open_window, services, make_user, name
):
    clinic = session_clinic(services, make_user)
    window = open_window(clinic.context.signed_in)
    found = raw_codes(_dialog_texts(qtbot, PRACTITIONER_DIALOGS[name](clinic, window)))
    assert not found, "\n".join(found)


@pytest.mark.parametrize("name", sorted(ADMIN_DIALOGS))
def test_no_admin_dialog_shows_a_raw_code_in_english(
    qtbot, open_window, services, make_user, runner, name
):
    clinic = session_clinic(services, make_user)
    admin: SignedIn = make_user("first.admin", Role.ADMIN)
    window = open_window(admin)
    as_admin = dataclasses.replace(clinic, context=make_context(services, admin, runner))
    found = raw_codes(_dialog_texts(qtbot, ADMIN_DIALOGS[name](as_admin, window)))
    assert not found, "\n".join(found)

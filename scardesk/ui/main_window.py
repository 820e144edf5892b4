"""The main window: navigation on the left, the chosen screen on the right, who and where below.

It owns no data: it is built for one signed-in user and thrown away on sign-out, so nothing
the previous user saw survives into the next session. Window geometry is per-machine state and
lives in ``QSettings``; clinic-wide settings (the clinic's name) come from the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.display_prefs import DisplayPreferences
from scardesk.domain.records import Changes
from scardesk.services.container import Services
from scardesk.services.session import SignedIn
from scardesk.services.settings import ClinicDetails
from scardesk.ui import display
from scardesk.ui.change_bus import ChangeBus, run_command
from scardesk.ui.context import ScreenContext
from scardesk.ui.labels import isolated, role_name, user_name
from scardesk.ui.lock import MS_PER_MINUTE, ScreenLock
from scardesk.ui.login.change_password import ChangePasswordDialog
from scardesk.ui.messages import message_text
from scardesk.ui.navigation import NavigationList, PlaceholderPage, ScreenSpec, visible_screens
from scardesk.ui.preferences_dialog import PreferencesDialog
from scardesk.ui.screens import build_screen
from scardesk.ui.tr import _t
from scardesk.ui.widgets.screen_fit import fit_size, keep_inside
from scardesk.ui.widgets.unsaved import may_leave_all, unsaved_under

if TYPE_CHECKING:
    from scardesk.ui.workspace import PatientWorkspace
from scardesk.ui.tasks import Runner

DEFAULT_SIZE = (1200, 780)
RECENT_COUNT = 5
GEOMETRY_KEY = "main_window/geometry"
SIDEBAR_WIDTH = 232
PATIENTS_KEY = "patients"  # the sidebar row a patient's record belongs under


def _plain_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and paths are user data, not markup
    if name:
        label.setObjectName(name)
    return label


@dataclass(frozen=True)
class WindowPlace:
    """Where the user was, so a window rebuilt in another language opens on the same place."""

    screen: str | None
    patient_id: int | None
    patient_tab: int
    recent: tuple[tuple[int, str], ...]


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    #: The user saved new display preferences (the ``UserRecord`` carrying them): the shell
    #: applies them and rebuilds the window in their language.
    preferences_saved = Signal(object)
    #: "Sign in as someone else…" on the lock screen: the shell keeps this window hidden.
    switch_user_requested = Signal()
    closed = Signal()

    def __init__(
        self,
        services: Services,
        signed_in: SignedIn,
        *,
        runner: Runner,
        change_bus: ChangeBus,
        window_state: QSettings,
        idle_ms_per_minute: int = MS_PER_MINUTE,
        place: WindowPlace | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self.signed_in = signed_in
        self._runner = runner
        self._window_state = window_state
        self.change_bus = change_bus
        self.specs: list[ScreenSpec] = visible_screens(signed_in.user)
        self.pages: dict[str, QWidget] = {}
        self.screen_actions: dict[str, QAction] = {}
        # The screen the stack shows, or that Back returns to from a patient's record (while a
        # record is open the sidebar marks Patients instead: the record is patient work).
        self._shown_key: str | None = None
        self._close_without_asking = False
        self._idle_ms_per_minute = idle_ms_per_minute

        self.setWindowTitle(self._title(""))
        self._build_body()
        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        change_bus.changed.connect(self._on_changed)
        self._load_clinic()
        if place is not None:  # rebuilt in another language: only what is shown is built
            self.go_to(place)
        elif self.specs:
            self.show_screen(self.specs[0].key)

    # --- building -------------------------------------------------------------------------
    def _build_body(self) -> None:
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)

        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(SIDEBAR_WIDTH)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(14, 18, 14, 14)
        side.setSpacing(4)
        side.addWidget(_plain_label("ScarDesk", "brand"))
        self.clinic_label = _plain_label("", "clinicName")
        self.clinic_label.setWordWrap(True)
        self.clinic_label.hide()
        side.addWidget(self.clinic_label)
        side.addSpacing(14)
        self.navigation = NavigationList(self.specs)
        side.addWidget(self.navigation, 1)

        user_card = QFrame()
        user_card.setObjectName("userCard")
        card = QVBoxLayout(user_card)
        card.setContentsMargins(10, 8, 10, 8)
        card.setSpacing(0)
        name = _plain_label(user_name(self.signed_in.user))
        name.setStyleSheet("font-weight: 600;")
        name.setWordWrap(True)
        # Keep an Arabic name in line with the role beneath it instead of flipping to the right.
        name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        card.addWidget(name)
        card.addWidget(_plain_label(role_name(self.signed_in.user.role), "muted"))
        side.addWidget(user_card)

        self.stack = QStackedWidget()
        context = ScreenContext(
            self.services, self.signed_in, self._runner, self.change_bus, self.open_patient
        )
        self.context = context
        self.workspace: PatientWorkspace | None = None
        # Screens are built the first time they are shown: start-up pays for one, not all.
        self._slots: dict[str, QWidget] = {}
        for spec in self.specs:
            slot = QWidget()
            self._slots[spec.key] = slot
            self.stack.addWidget(slot)
        self.navigation.screen_chosen.connect(self._show_page)

        row.addWidget(sidebar)
        row.addWidget(self.stack, 1)
        # The lock screen replaces all of this (not painted over it) while the window is locked.
        self.screen_lock = ScreenLock(
            self,
            body,
            users=self.services.users,
            runner=self._runner,
            signed_in=self.signed_in,
            ms_per_minute=self._idle_ms_per_minute,
        )
        self.screen_lock.switch_user_requested.connect(self.switch_user_requested)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_t("&File"))
        self.change_password_action = QAction(_t("Change my &password…"), self)
        self.change_password_action.setShortcut(QKeySequence(_t("Ctrl+Shift+P")))
        self.change_password_action.triggered.connect(self.change_password)
        file_menu.addAction(self.change_password_action)
        self.preferences_action = QAction(_t("P&references…"), self)
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.triggered.connect(self.open_preferences)
        file_menu.addAction(self.preferences_action)
        self.sign_out_action = QAction(_t("Sign &out"), self)
        self.sign_out_action.setShortcut(QKeySequence(_t("Ctrl+Shift+L")))
        self.sign_out_action.triggered.connect(self.request_sign_out)
        file_menu.addAction(self.sign_out_action)
        self.lock_action = QAction(_t("&Lock screen"), self)
        self.lock_action.setShortcut(QKeySequence(_t("Ctrl+L")))
        self.lock_action.triggered.connect(self.lock_screen)
        self.screen_lock.shortcut = self.lock_action.shortcut()
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(_t("&Quit"), self)
        quit_action.setShortcut(QKeySequence(_t("Ctrl+Q")))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(_t("&Go"))
        for spec in self.specs:
            action = QAction(spec.title.replace("&", "&&"), self)  # a literal &, not a mnemonic
            action.setShortcut(QKeySequence(f"Ctrl+{spec.shortcut_number}"))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.show_screen(key))
            go_menu.addAction(action)
            self.screen_actions[spec.key] = action
        if "patients" in self._slots:
            go_menu.addSeparator()
            self.find_patient_action = QAction(_t("&Find a patient"), self)
            # Spelled out: some platform themes (offscreen) map StandardKey.Find to nothing.
            self.find_patient_action.setShortcut(QKeySequence(_t("Ctrl+F")))
            self.find_patient_action.triggered.connect(self.find_patient)
            go_menu.addAction(self.find_patient_action)
        self.recent: list[tuple[int, str]] = []
        self.recent_menu = go_menu.addMenu(_t("&Recent patients"))
        self.recent_menu.setEnabled(False)

    def _build_status_bar(self) -> None:
        user = self.signed_in.user
        self.database_label = _plain_label(
            _t("Database: {label}").format(label=message_text(self.services.database_label))
        )
        # Isolated: an Arabic name cannot reorder the English sentence around it.
        self.user_label = _plain_label(
            _t("Signed in: {name} ({role})").format(
                name=isolated(user_name(user)), role=role_name(user.role)
            )
        )
        self.statusBar().addWidget(self.database_label, 1)
        if self.services.transport_warning:
            # The detail names the server and the fix; the sentence itself is translated.
            self.transport_warning_label = _plain_label(
                _t("Warning: the connection to the database server is not encrypted"),
                "formError",
            )
            self.transport_warning_label.setToolTip(self.services.transport_warning)
            self.statusBar().addWidget(self.transport_warning_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().setSizeGripEnabled(False)

    # --- behaviour -------------------------------------------------------------------------
    def show_screen(self, key: str) -> bool:
        """Switch to screen ``key``; False (and no change) if this user may not see it.

        From a patient's workspace the sidebar marks Patients, so choosing Patients again
        changes no row: it is shown directly (asking first about unsaved work in the
        workspace)."""
        if key == self.navigation.current_key():
            return self._show_page(key)
        return self.navigation.select(key)

    def find_patient(self) -> None:
        """Ctrl+F: show Patients with the caret in its search box, even if it is already shown."""
        if self.show_screen("patients"):
            focus = getattr(self.page("patients"), "focus_search", None)
            if callable(focus):
                focus()

    def lock_screen(self) -> None:
        """Ctrl+L: cover the window now; the same password (or another sign-in) opens it."""
        self.screen_lock.lock("manual")

    @property
    def locked(self) -> bool:
        return self.screen_lock.locked

    def current_screen(self) -> str | None:
        """The screen shown, or the one Back returns to from a patient's record."""
        return self._shown_key

    def open_patient(self, patient_id: int) -> PatientWorkspace:
        """Show one patient's workspace in place of the current screen; Back returns to it.

        The previous patient's workspace is thrown away, so unsaved work in it is asked about
        first; if the user keeps editing, that workspace stays and is returned.
        """
        from scardesk.ui.workspace import PatientWorkspace

        if self.workspace is not None and not self._may_leave(self.workspace):
            self.stack.setCurrentWidget(self.workspace)
            return self.workspace
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
        self.workspace = PatientWorkspace(self.context, patient_id)
        self.workspace.back_requested.connect(self._leave_workspace)
        self.workspace.shown.connect(self._remember_recent)
        if self.workspace.shown_name:  # the header arrived before the connection
            self._remember_recent(patient_id, self.workspace.shown_name)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self._mark_shown()
        if self.workspace.merged_into is not None:  # its header already said so
            return self._follow_merge(patient_id, self.workspace.merged_into)
        self.workspace.redirect.connect(
            lambda survivor_id: self._follow_merge(patient_id, survivor_id)
        )
        return self.workspace

    def _remember_recent(self, patient_id: int, name: str) -> None:
        """Most recent first, each patient once, at most ``RECENT_COUNT``; for this session only
        (the next person to sign in does not see who was opened before)."""
        self.recent = [(patient_id, name)] + [r for r in self.recent if r[0] != patient_id]
        del self.recent[RECENT_COUNT:]
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, (patient_id, name) in enumerate(self.recent, start=1):
            action = self.recent_menu.addAction(f"&{number}  {name}  #{patient_id}")
            action.setShortcut(QKeySequence(f"Alt+Shift+{number}"))
            action.triggered.connect(lambda _c=False, pid=patient_id: self.open_patient(pid))
        self.recent_menu.setEnabled(bool(self.recent))

    def _follow_merge(self, merged_id: int, survivor_id: int) -> PatientWorkspace:
        """A merged file opens the record it was merged into, saying so."""
        workspace = self.open_patient(survivor_id)
        workspace.show_redirect_note(merged_id)
        return workspace

    def _leave_workspace(self) -> None:
        key = self.current_screen()
        if key is not None:
            self._show_page(key)

    def _show_page(self, key: str) -> bool:
        """Show screen ``key``; False if the user chose to keep editing where they were."""
        page = self.page(key)
        current = self.stack.currentWidget()
        if current is not page and not self._may_leave(current):
            self._mark_shown()  # the sidebar follows what is still shown
            return False
        self._shown_key = key
        self.stack.setCurrentWidget(page)
        self._mark_shown()  # Back from a record: the sidebar leaves Patients
        return True

    def _mark_shown(self) -> None:
        """The sidebar marks what the stack shows; a patient's record is under Patients (a user
        without that screen keeps the row the record was opened from)."""
        workspace = self.workspace
        shows_record = workspace is not None and self.stack.currentWidget() is workspace
        if not (shows_record and self._select_quietly(PATIENTS_KEY)):
            self._select_quietly(self._shown_key)

    def _select_quietly(self, key: str | None) -> bool:
        if key is None:
            return False
        self.navigation.blockSignals(True)
        selected = self.navigation.select(key)
        self.navigation.blockSignals(False)
        return selected

    def _may_leave(self, widget: QWidget | None) -> bool:
        """Ask before leaving a screen or workspace with unsaved work; discarded work goes."""
        if widget is None or not unsaved_under(widget):
            return True
        if not may_leave_all(widget):
            return False
        self._throw_away(widget)  # so the discarded edits are not there on return
        return True

    def _throw_away(self, widget: QWidget) -> None:
        if widget is self.workspace:
            self.workspace = None
        else:
            key = next((k for k, page in self.pages.items() if page is widget), None)
            if key is None:
                return
            del self.pages[key]
            slot = QWidget()  # rebuilt from the database the next time it is shown
            self._slots[key] = slot
            self.stack.insertWidget(self.stack.indexOf(widget), slot)
        self.stack.removeWidget(widget)
        widget.deleteLater()

    def page(self, key: str) -> QWidget:
        """The screen for ``key``, built (in place of its empty slot) on first use."""
        if key not in self.pages:
            spec = next(spec for spec in self.specs if spec.key == key)
            page = build_screen(key, self.context) or PlaceholderPage(spec)
            slot = self._slots[key]
            self.stack.insertWidget(self.stack.indexOf(slot), page)
            self.stack.removeWidget(slot)
            slot.deleteLater()
            self.pages[key] = page
        return self.pages[key]

    def _title(self, clinic_name: str) -> str:
        return _t("ScarDesk — {clinic}").format(clinic=clinic_name or "ScarDesk")

    def _load_clinic(self) -> None:
        self._runner.run(self.services.settings.clinic, self._apply_clinic)

    def _apply_clinic(self, details: ClinicDetails) -> None:
        self.screen_lock.set_title(self._title(details.name or details.name_arabic))
        self.screen_lock.set_clinic(details.name or details.name_arabic)
        self.screen_lock.set_idle_minutes(details.auto_lock_minutes)
        lines = [name for name in (details.name, details.name_arabic) if name]
        self.clinic_label.setText("\n".join(lines))
        self.clinic_label.setVisible(bool(lines))

    def _on_changed(self, changes: Changes) -> None:
        if changes.settings:
            self._load_clinic()

    def _restore_geometry(self) -> None:
        saved = self._window_state.value(GEOMETRY_KEY)
        if not (isinstance(saved, QByteArray) and self.restoreGeometry(saved)):
            fit_size(self, *DEFAULT_SIZE)
        keep_inside(self)  # saved on a bigger screen, or a second monitor since unplugged

    def change_password(self) -> ChangePasswordDialog:
        """The signed-in user's own password (not forced: Cancel keeps the old one)."""
        dialog = ChangePasswordDialog(
            self.services.users,
            self._runner,
            self.signed_in.user,
            parent=self,
            change_bus=self.change_bus,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_preferences(self) -> PreferencesDialog:
        """Language, digits, Hijri date: the user's own, saved with their account."""
        dialog = PreferencesDialog(display.current(), parent=self)
        dialog.accepted.connect(lambda: self.save_preferences(dialog.chosen()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def save_preferences(self, chosen: DisplayPreferences) -> bool:
        """Save ``chosen`` (audited) and hand it to the shell; False when nothing was saved:
        nothing changed, or the user kept editing unsaved work the rebuild would lose."""
        if chosen == display.current():
            return False
        if not may_leave_all(self):
            return False
        users, actor = self.services.users, self.signed_in.actor
        run_command(
            self._runner,
            self.change_bus,
            lambda: users.set_display_preferences(actor, chosen),
            self.preferences_saved.emit,
        )
        return True

    def place(self) -> WindowPlace:
        workspace = self.workspace
        shown = workspace is not None and self.stack.currentWidget() is workspace
        return WindowPlace(
            screen=self.current_screen(),
            patient_id=workspace.patient_id if shown and workspace is not None else None,
            patient_tab=workspace.tabs.currentIndex() if shown and workspace is not None else 0,
            recent=tuple(self.recent),
        )

    def go_to(self, place: WindowPlace) -> None:
        """Open the same screen, and the same patient on the same tab, as ``place``."""
        self.recent = list(place.recent)
        self._fill_recent_menu()
        if place.screen is not None and place.patient_id is not None:
            # Back returns to the screen the patient was opened from; that screen itself is
            # built when Back shows it, not now under the workspace.
            self._shown_key = place.screen
        elif place.screen is not None:
            self.show_screen(place.screen)
        if place.patient_id is not None:
            workspace = self.open_patient(place.patient_id)
            workspace.tabs.setCurrentIndex(place.patient_tab)

    def request_sign_out(self) -> None:
        if may_leave_all(self):
            self.sign_out_requested.emit()

    def close_without_asking(self) -> None:
        """Close even with unsaved work (shutdown by the application, not by the user)."""
        self._close_without_asking = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked and not self._close_without_asking and self.screen_lock.unsaved_work:
            event.ignore()  # a locked user's unsaved work is theirs to keep or discard
            return
        if not self._close_without_asking and not may_leave_all(self):
            event.ignore()  # the user keeps editing
            return
        self._window_state.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._window_state.sync()
        super().closeEvent(event)
        self.closed.emit()

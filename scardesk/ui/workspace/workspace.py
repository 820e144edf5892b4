"""One patient's workspace: the shared header, then a tab per kind of record."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from scardesk.domain.patient_header import PatientHeader
from scardesk.domain.permissions import Permission, allows
from scardesk.domain.records import Changes
from scardesk.ui.context import ScreenContext
from scardesk.ui.documents.export_action import PatientExporter
from scardesk.ui.documents.readers_dialog import ReadersAction
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.patients.merge_dialog import MergeDialog
from scardesk.ui.tr import _t, listed
from scardesk.ui.widgets.patient_header import PatientHeaderWidget
from scardesk.ui.widgets.screen_fit import ScrollingTabs
from scardesk.ui.workspace.tab_reads import TabReads
from scardesk.ui.workspace.tabs import visible_tabs


class PatientWorkspace(QWidget):
    """Opened from the patient list, Today or the due list; ``back_requested`` returns there."""

    back_requested = Signal()
    #: The record shown, once its header arrived: (patient id, name) for "Recent patients".
    shown = Signal(int, str)
    #: The file opened was merged into the one carried here: show that one instead.
    redirect = Signal(int)

    def __init__(
        self, context: ScreenContext, patient_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self._errors = ErrorPresenter(self)
        self.merged_into: int | None = None
        self.shown_name = ""  # set once the header arrived (a synchronous runner: at once)
        self.merge_dialog: MergeDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        bar = QHBoxLayout()
        self.back_button = QPushButton(_t("← Back"))
        self.back_button.setToolTip(_t("Back to the list (Esc or Alt+Left)"))
        self.back_button.clicked.connect(self.back_requested)
        for keys in (_t("Esc"), _t("Alt+Left")):
            back = QAction(self)
            back.setShortcut(QKeySequence(keys))
            # Only while this workspace (or a field in it) has the focus: a dialog's Esc is its own.
            back.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            back.triggered.connect(self.back_requested)
            self.addAction(back)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        self.merge_button = QPushButton(_t("Merge with another record…"))
        self.merge_button.setToolTip(
            _t("Two files of one person: move everything into one of them")
        )
        self.merge_button.setVisible(allows(context.signed_in.user.role, Permission.MERGE_PATIENTS))
        self.merge_button.clicked.connect(self.ask_merge)
        bar.addWidget(self.merge_button)
        self.exporter = PatientExporter(context, patient_id, self)
        self.export_button = self.exporter.button()
        bar.addWidget(self.export_button)
        self.readers = ReadersAction(context, patient_id, self)
        self.readers_button = self.readers.button()
        bar.addWidget(self.readers_button)
        layout.addLayout(bar)
        self.header = PatientHeaderWidget(context.signed_in.user.role)
        layout.addWidget(self.header)
        # Where a merged file went, or which files this one took in: said, never silent.
        self.note_label = QLabel()
        self.note_label.setObjectName("notice")
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(
            "color: #115e59; background: #e3f1ef; border: 1px solid #b9dcd7;"
            " border-radius: 6px; padding: 6px 10px;"
        )
        self.note_label.hide()
        layout.addWidget(self.note_label)
        self._redirect_note = ""
        self._redirected_from: int | None = None
        self.tabs = ScrollingTabs()  # a tall tab scrolls; the window never outgrows the screen
        # Each tab's content is built the first time it is looked at (or asked for by ``tab``):
        # building every tab up front cost seconds (the history form alone ~0.5 s), paid again
        # on every language switch. Until then a tab holds an empty page: nothing loaded, nothing
        # unsaved, nothing listening to the change bus; built, it reads the record fresh.
        self._specs = visible_tabs(context)
        self.tab_keys: list[str] = [spec.key for spec in self._specs]
        self._built: dict[str, QWidget] = {}
        for spec in self._specs:
            self.tabs.addTab(QWidget(), spec.title)
        if not self.tab_keys:
            empty = QLabel(_t("Nothing more to show for this patient yet."))
            empty.setObjectName("muted")
            layout.addWidget(empty)
        layout.addWidget(self.tabs, 1)
        if self.tab_keys:
            self.tab(self.tab_keys[self.tabs.currentIndex()])  # the tab shown is built at once
        # Before the reads: a tab brought to the front exists before its read is logged.
        self.tabs.currentChanged.connect(self._build_shown)
        # Connected once the tabs exist: adding the first one is not a person looking at it.
        self.tab_reads = TabReads(
            context, patient_id, self.tabs, self.tab_keys, lambda e: self._errors.show(e, self)
        )
        context.change_bus.changed.connect(self._on_changed)
        self.reload_header(opening=True)

    def tab(self, key: str) -> QWidget:
        """The content of tab ``key``, built now if it was never shown (without showing it, so
        no read is logged). Raises ``KeyError`` for a tab this user does not have."""
        page = self._built.get(key)
        if page is None:
            index = self.tab_keys.index(key) if key in self.tab_keys else -1
            if index < 0:
                raise KeyError(key)
            page = self._specs[index].factory(self.context, self.patient_id)
            self.tabs.replace_page(index, page)
            self._built[key] = page
        return page

    def is_built(self, key: str) -> bool:
        return key in self._built

    def _build_shown(self, index: int) -> None:
        if 0 <= index < len(self.tab_keys):
            self.tab(self.tab_keys[index])

    def show_tab(self, key: str) -> bool:
        if key not in self.tab_keys:
            return False
        self.tabs.setCurrentIndex(self.tab_keys.index(key))
        return True

    def reload_header(self, *, opening: bool = False) -> None:
        """Opening the workspace logs the read (patient.open); the header shown again after a
        save, or with a redirect note, is the same look at the record and logs nothing."""
        actor = self.context.signed_in.actor
        service = self.context.services.patient_header
        read = service.open if opening else service.refresh
        self.context.runner.run(
            lambda: read(actor, self.patient_id),
            self._show_header,
            lambda error: self._errors.show(error, self),
            write=opening,  # opening a record is audited (who viewed it)
        )

    def _show_header(self, header: PatientHeader) -> None:
        if header.merged_into_id is not None:
            self.merged_into = header.merged_into_id
            self.redirect.emit(header.merged_into_id)
            return
        self.header.set_header(header)
        self.shown_name = header.name_latin or header.name_arabic
        self.shown.emit(header.id, self.shown_name)
        notes = [self._redirect_note] if self._redirect_note else []
        others = [pid for pid in header.merged_from if pid != self._redirected_from]
        if others:
            files = listed(f"#{pid}" for pid in others)
            notes.append(
                _t("This record also holds file {files}, merged into it.").format(files=files)
            )
        self.note_label.setText(" ".join(notes))
        self.note_label.setVisible(bool(notes))

    def show_redirect_note(self, merged_id: int) -> None:
        """Say that the file asked for was merged into this one (kept across header reloads)."""
        text = _t("File #{merged} was merged into this record (file #{survivor}).")
        self._redirect_note = text.format(merged=merged_id, survivor=self.patient_id)
        self._redirected_from = merged_id  # said once, not again in the list of merged files
        self.reload_header()

    def ask_merge(self) -> None:
        dialog = MergeDialog(self.context, self.patient_id, self)
        self.merge_dialog = dialog
        dialog.merged.connect(self._merged)
        dialog.open()

    def _merged(self, survivor_id: int) -> None:
        if survivor_id != self.patient_id:
            self.context.open_patient(survivor_id)

    def _on_changed(self, changes: Changes) -> None:
        if self.patient_id in changes.patients:
            self.reload_header()

"""The patient workspace's Documents tab: print a sheet, a form or a summary; open past ones.

Everything listed was issued and stored; opening one shows the stored bytes (a reprint), so
the copy handed out again is the one in the file. The visit summary button exists only for
those who may read clinical records.
"""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.documents import SheetLanguage, SheetOptions
from scardesk.domain.enums import Modality
from scardesk.domain.errors import UnreadableRecordError
from scardesk.domain.issued_documents import IssuedDocumentRecord, SessionChoice
from scardesk.domain.permissions import Permission, allows
from scardesk.domain.records import Changes
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.ui import display
from scardesk.ui.context import ScreenContext
from scardesk.ui.documents import actions
from scardesk.ui.documents.preview import PdfPreviewDialog
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import modality_name, moment_text
from scardesk.ui.tr import _t, listed
from scardesk.ui.unreadable import (
    count_text,
    day_text,
    note_failure,
    short_text,
    show_warning,
    style_item,
    unreadable_text,
    warning_label,
)
from scardesk.ui.widgets.keyboard_guard import activate_on_enter
from scardesk.ui.widgets.row_select import select_row
from scardesk.ui.widgets.selection_actions import SelectionActions
from scardesk.ui.widgets.shortcut_keys import give_shortcut
from scardesk.ui.widgets.table_columns import fit_columns

COLUMNS = 5


class DocumentsTab(QWidget):
    def __init__(
        self, context: ScreenContext, patient_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self.documents: list[IssuedDocumentRecord | UnreadableRecord] = []
        self.last_preview: PdfPreviewDialog | None = None
        self._errors = ErrorPresenter(self)
        role = context.signed_in.user.role
        grid = QGridLayout()
        self.session_box = QComboBox()
        # Qt's own default model, held by its real type: an unreadable session's row is disabled.
        self._session_rows = QStandardItemModel(self.session_box)
        self.session_box.setModel(self._session_rows)
        self.aftercare_button = QPushButton(_t("Print aftercare sheet"))
        self.aftercare_button.setObjectName("primary")
        # Print-time choices for the aftercare sheet: its languages, and large print.
        self.language_box = QComboBox()
        for text, language in (
            (_t("Arabic and English"), SheetLanguage.BOTH),
            (_t("Arabic only"), SheetLanguage.AR),
            (_t("English only"), SheetLanguage.EN),
        ):
            self.language_box.addItem(text, language.value)
        self.large_print_box = QCheckBox(_t("Large print"))
        self.large_print_box.setToolTip(_t("Arabic 20 pt, English 14 pt, for older patients"))
        sheet_choices = QHBoxLayout()
        sheet_choices.addWidget(self.language_box)
        sheet_choices.addWidget(self.large_print_box)
        grid.addWidget(QLabel(_t("Session")), 0, 0)
        grid.addWidget(self.session_box, 0, 1)
        grid.addLayout(sheet_choices, 0, 2)
        grid.addWidget(self.aftercare_button, 0, 3)
        self.modality_box = QComboBox()
        for modality in Modality:
            self.modality_box.addItem(modality_name(modality), modality.value)
        self.consent_button = QPushButton(_t("Print consent form"))
        grid.addWidget(QLabel(_t("Consent form for")), 1, 0)
        grid.addWidget(self.modality_box, 1, 1)
        grid.addWidget(self.consent_button, 1, 3)
        self.summary_button = QPushButton(_t("Print visit summary"))
        self.summary_button.setVisible(allows(role, Permission.VIEW_CLINICAL))
        grid.addWidget(self.summary_button, 2, 3)
        grid.setColumnStretch(1, 1)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                _t("Issued"),
                _t("Document"),
                _t("Pages"),
                _t("Issued by"),
                _t("Content versions"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        fit_columns(self.table)
        self.open_button = QPushButton(_t("Open / print again"))
        # Ctrl+P prints the aftercare sheet here as on Today; Ctrl+Shift+O opens, as on Sessions.
        give_shortcut(self.aftercare_button, _t("Ctrl+P"))
        give_shortcut(self.consent_button, _t("Ctrl+Shift+F"))
        give_shortcut(self.summary_button, _t("Ctrl+Shift+Y"))
        give_shortcut(self.open_button, _t("Ctrl+Shift+O"))
        self.empty_label = QLabel(_t("No document has been issued for this patient yet."))
        self.empty_label.setObjectName("muted")
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty_label)
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        self.problem = warning_label()  # unreadable records, or a tab that could not be read
        layout.addWidget(self.problem)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.aftercare_button.clicked.connect(self.print_aftercare)
        self.consent_button.clicked.connect(self.print_consent)
        self.summary_button.clicked.connect(self.print_summary)
        self.open_button.clicked.connect(self.open_selected)
        self.row_actions = SelectionActions(self.table, [self.open_button])
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        activate_on_enter(self.table, lambda _index: self.open_selected())
        context.change_bus.changed.connect(self._on_changed)
        self.reload()

    # --- loading -------------------------------------------------------------------

    def reload(self) -> None:
        actor = self.context.signed_in.actor
        service = self.context.services.documents
        self.context.runner.run(
            lambda: (
                service.printable_sessions(actor, self.patient_id),
                service.list_for_patient(actor, self.patient_id),
            ),
            self._show,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        """Nothing could be read: say so; never "no document" or "no session recorded"."""
        self.session_box.clear()
        self.aftercare_button.setEnabled(False)
        self.documents = []
        self.table.setRowCount(0)
        self.empty_label.hide()
        show_warning(self.problem, note_failure(error))

    def _show(
        self,
        loaded: tuple[
            list[SessionChoice | UnreadableRecord], list[IssuedDocumentRecord | UnreadableRecord]
        ],
    ) -> None:
        sessions, documents = loaded
        chosen = self.session_box.currentData()
        self.session_box.clear()
        for choice in sessions:
            if isinstance(choice, UnreadableRecord):
                # Listed so it is not mistaken for "no session", but it cannot be printed.
                self.session_box.addItem(unreadable_text(choice), None)
                self._session_rows.item(self.session_box.count() - 1).setEnabled(False)
            elif not choice.voided:
                self.session_box.addItem(_session_label(choice), choice.session_id)
        if chosen is not None and self.session_box.findData(chosen) >= 0:
            self.session_box.setCurrentIndex(self.session_box.findData(chosen))
        elif self.session_box.currentData() is None:
            for index in range(self.session_box.count()):
                if self.session_box.itemData(index) is not None:
                    self.session_box.setCurrentIndex(index)
                    break
        has_sessions = any(
            self.session_box.itemData(i) is not None for i in range(self.session_box.count())
        )
        self.aftercare_button.setEnabled(has_sessions)
        if self.session_box.count() == 0:
            self.session_box.addItem(_t("No session recorded yet"), None)
        self.documents = documents
        self.table.setRowCount(len(documents))
        for row, doc in enumerate(documents):
            self._fill_row(row, doc)
        unreadable = [d for d in [*sessions, *documents] if isinstance(d, UnreadableRecord)]
        show_warning(self.problem, count_text(len(unreadable)) if unreadable else "")
        self.empty_label.setVisible(not documents)
        if documents:
            select_row(self.table, 0)

    def _on_changed(self, changes: Changes) -> None:
        # A document issued here, from Today or from a session screen comes as Changes.documents.
        if self.patient_id in changes.patients or changes.sessions or changes.documents:
            self.reload()

    # --- actions -------------------------------------------------------------------

    def _shown(self, dialog: PdfPreviewDialog) -> None:
        self.last_preview = dialog

    def print_aftercare(self) -> None:
        session_id = self.session_box.currentData()
        if session_id is not None:
            actions.print_aftercare(
                self.context, int(session_id), self, self._shown, options=self.sheet_options()
            )

    def sheet_options(self) -> SheetOptions:
        """The languages and print size chosen beside the aftercare button, and the Hijri date
        when the user reads it on screen too."""
        language = SheetLanguage(self.language_box.currentData())
        return SheetOptions(
            language, self.large_print_box.isChecked(), show_hijri=display.current().show_hijri
        )

    def print_consent(self) -> None:
        modality = Modality(self.modality_box.currentData())
        actions.print_consent(self.context, self.patient_id, modality, self, self._shown)

    def print_summary(self) -> None:
        actions.print_visit_summary(self.context, self.patient_id, self, self._shown)

    def _fill_row(self, row: int, doc: IssuedDocumentRecord | UnreadableRecord) -> None:
        if isinstance(doc, UnreadableRecord):
            cells: tuple[str, ...] = (day_text(doc.when), short_text(doc), "", "", "")
        else:
            cells = (
                moment_text(doc.issued_at),
                actions.kind_title(doc.kind, doc.modality),
                str(doc.pages),
                doc.issued_by_name,
                doc.content_version,
            )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if isinstance(doc, UnreadableRecord):
                style_item(item)
                item.setToolTip(unreadable_text(doc))
            self.table.setItem(row, column, item)

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.documents):
            doc = self.documents[row]
            if isinstance(doc, UnreadableRecord):
                self._errors.show(UnreadableRecordError(doc.table, doc.row_id, ""), self)
                return
            actions.open_issued(self.context, doc, self, self._shown)


def _session_label(choice: SessionChoice) -> str:
    done = listed(modality_name(m) for m in choice.modalities)
    return f"{moment_text(choice.performed_at)} — {done}"


def build(context: ScreenContext, patient_id: int) -> QWidget:
    return DocumentsTab(context, patient_id)

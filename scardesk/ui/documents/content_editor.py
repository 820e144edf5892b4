"""Admin tab: edit the wording of aftercare sheets and consent forms without touching code.

Pick the document kind, modality and language; the text in use (the clinic's copy or ours)
opens in a plain editor, left to right whatever the language so the markup reads in order, with
a live preview beside it laid out as the patient reads it (right to left for Arabic; see
``content_preview``). "Validate and preview" checks the text with
the same parser the printer uses and shows a sample sheet; "Save" writes the clinic's copy
(refused with the line at fault when the text has a mistake); "Revert" goes back to our text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.documents import ContentKind, Lang
from scardesk.domain.enums import Modality
from scardesk.domain.errors import ValidationError
from scardesk.domain.issued_documents import ContentFileInfo
from scardesk.ui.context import ScreenContext
from scardesk.ui.documents import actions
from scardesk.ui.documents.content_preview import preview_html
from scardesk.ui.documents.preview import PdfPreviewDialog
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import modality_name
from scardesk.ui.messages import field_texts
from scardesk.ui.tr import _t
from scardesk.ui.widgets.unsaved import UnsavedChanges

#: The preview follows typing after this pause, not on every key.
PREVIEW_DELAY_MS = 150


class ContentEditorTab(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._errors = ErrorPresenter(self)
        self.files: dict[str, ContentFileInfo] = {}
        self._shown: tuple[ContentKind, Modality | None, Lang] | None = None  # file in editor
        self.last_preview: PdfPreviewDialog | None = None
        self.kind_box = QComboBox()
        self.kind_box.addItem(_t("Aftercare sheet"), ContentKind.AFTERCARE.value)
        self.kind_box.addItem(_t("Consent form"), ContentKind.CONSENT.value)
        self.kind_box.addItem(_t("Headings, labels, warning signs"), ContentKind.COMMON.value)
        self.modality_box = QComboBox()
        for modality in Modality:
            self.modality_box.addItem(modality_name(modality), modality.value)
        self.lang_box = QComboBox()
        self.lang_box.addItem(_t("English"), Lang.EN.value)
        self.lang_box.addItem(_t("Arabic"), Lang.AR.value)
        self.state_label = QLabel()
        self.state_label.setObjectName("muted")
        picker = QHBoxLayout()
        for box in (self.kind_box, self.modality_box, self.lang_box):
            picker.addWidget(box)
            box.currentIndexChanged.connect(self.load_selected)
        picker.addWidget(self.state_label, 1)
        self.editor = QPlainTextEdit()
        self.editor.setFont(QFont("DejaVu Sans", 11))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setObjectName("contentSource")
        self.rendered = QTextBrowser()
        self.rendered.setObjectName("contentPreview")
        self.rendered.setOpenLinks(False)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.editor.textChanged.connect(self._preview_timer.start)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # quotes the admin's own text
        self.help_label = QLabel(
            _t(
                "One item per line starting with \"- \". Headings ('## Do') stay in English in "
                "every language. Raise the version when you change the words."
            )
        )
        self.help_label.setObjectName("muted")
        self.help_label.setWordWrap(True)
        self.preview_button = QPushButton(_t("Validate and preview"))
        self.save_button = QPushButton(_t("Save clinic's text"))
        self.save_button.setObjectName("primary")
        self.revert_button = QPushButton(_t("Revert to ScarDesk's text"))
        self.saved_label = QLabel()
        self.saved_label.setObjectName("muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.help_label)
        layout.addWidget(self._panes(), 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        # Only the text is the admin's work; the pickers choose which file is shown.
        self.unsaved = UnsavedChanges(self, ignored=self._pickers)
        self.refresh_list()

    def _panes(self) -> QSplitter:
        """The source on the left of the splitter, its rendering beside it."""
        panes = QSplitter(Qt.Orientation.Horizontal)
        for title, widget in ((_t("Source"), self.editor), (_t("Preview"), self.rendered)):
            pane = QWidget()
            column = QVBoxLayout(pane)
            column.setContentsMargins(0, 0, 0, 0)
            heading = QLabel(title)
            heading.setObjectName("muted")
            column.addWidget(heading)
            column.addWidget(widget, 1)
            panes.addWidget(pane)
        panes.setChildrenCollapsible(False)
        return panes

    def refresh_preview(self) -> None:
        self._preview_timer.stop()
        _kind, _modality, lang = self.selection()
        html = preview_html(self.editor.toPlainText(), right_to_left=lang is Lang.AR)
        scroll = self.rendered.verticalScrollBar().value()
        self.rendered.setHtml(html)
        self.rendered.verticalScrollBar().setValue(scroll)  # typing does not jump the preview

    def _pickers(self) -> tuple[QWidget, ...]:
        return (self.kind_box, self.modality_box, self.lang_box)

    # --- what is selected ----------------------------------------------------------

    def selection(self) -> tuple[ContentKind, Modality | None, Lang]:
        kind = ContentKind(self.kind_box.currentData())
        modality = None if kind is ContentKind.COMMON else Modality(self.modality_box.currentData())
        return kind, modality, Lang(self.lang_box.currentData())

    def select(self, kind: ContentKind, modality: Modality | None, lang: Lang) -> None:
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind.value))
        if modality is not None:
            self.modality_box.setCurrentIndex(self.modality_box.findData(modality.value))
        self.lang_box.setCurrentIndex(self.lang_box.findData(lang.value))
        self.load_selected()

    def _name(self) -> str:
        kind, modality, lang = self.selection()
        if modality is None:
            return f"{kind.value}.{lang.value}"
        return f"{kind.value}/{modality.value}.{lang.value}"

    # --- loading -------------------------------------------------------------------

    def refresh_list(self) -> None:
        actor = self.context.signed_in.actor
        self.context.runner.run(
            lambda: self.context.services.documents.content_files(actor),
            self._listed,
            self._fail,
        )

    def _listed(self, files: list[ContentFileInfo]) -> None:
        self.files = {f.name: f for f in files}
        self.load_selected()

    def load_selected(self) -> None:
        shown = self._shown
        if shown is not None and self.selection() != shown and not self.unsaved.may_leave(self):
            self._choose(*shown)  # keep the edited text and the pickers on its file
            return
        kind, modality, lang = self.selection()
        self.modality_box.setEnabled(kind is not ContentKind.COMMON)
        self._set_direction(lang)
        self.error_label.clear()
        self.saved_label.clear()
        info = self.files.get(self._name())
        if info is not None:
            source = _t("clinic's own text") if info.source == "clinic" else _t("ScarDesk's text")
            self.state_label.setText(
                _t("Version %1 · %2").replace("%1", info.version).replace("%2", source)
            )
            self.revert_button.setEnabled(info.source == "clinic")
        actor = self.context.signed_in.actor
        self.context.runner.run(
            lambda: self.context.services.documents.read_content(actor, kind, modality, lang),
            lambda text: self._show_text(text, (kind, modality, lang)),
            self._fail,
        )

    def _show_text(self, text: str, shown: tuple[ContentKind, Modality | None, Lang]) -> None:
        self.editor.setPlainText(text)
        self._shown = shown
        self.refresh_preview()
        self.unsaved.mark_clean()

    def _choose(self, kind: ContentKind, modality: Modality | None, lang: Lang) -> None:
        """Put the pickers back on the file being edited, without loading it again."""
        for box, value in (
            (self.kind_box, kind.value),
            (self.modality_box, modality.value if modality else None),
            (self.lang_box, lang.value),
        ):
            if value is not None:
                box.blockSignals(True)
                box.setCurrentIndex(box.findData(value))
                box.blockSignals(False)

    def _set_direction(self, lang: Lang) -> None:
        """The source reads left to right in every language (markup such as ``- [key=spf]``
        stays in order and Arabic runs are still shaped and read right to left inside each
        line); the preview is laid out the way the patient reads the language."""
        ltr, rtl = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft
        self.editor.setLayoutDirection(ltr)
        option = QTextOption(self.editor.document().defaultTextOption())
        option.setTextDirection(ltr)
        option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        self.editor.document().setDefaultTextOption(option)
        direction = rtl if lang is Lang.AR else ltr
        self.rendered.setLayoutDirection(direction)
        rendered_option = QTextOption(self.rendered.document().defaultTextOption())
        rendered_option.setTextDirection(direction)
        self.rendered.document().setDefaultTextOption(rendered_option)

    # --- actions -------------------------------------------------------------------

    def preview(self) -> None:
        kind, modality, lang = self.selection()
        text = self.editor.toPlainText()
        actor = self.context.signed_in.actor
        self.error_label.clear()
        self.context.runner.run(
            lambda: self.context.services.documents.preview_content(
                actor, kind, modality, lang, text
            ),
            self._show_preview,
            self._refused,
        )

    def _show_preview(self, pdf: bytes) -> None:
        title = _t("Preview: %1").replace("%1", self._name())
        self.last_preview = actions.show_preview(pdf, title, "preview.pdf", self)

    def save(self) -> None:
        kind, modality, lang = self.selection()
        text = self.editor.toPlainText()
        if not text.endswith("\n"):
            text += "\n"
        actor = self.context.signed_in.actor
        self.error_label.clear()
        self.context.run_command(
            lambda: self.context.services.documents.save_content_override(
                actor, kind, modality, lang, text
            ),
            self._saved,
            self._refused,
        )

    def _saved(self, info: ContentFileInfo) -> None:
        self._updated(info, _t("Saved: the next printed document uses this text."))

    def _reverted(self, info: ContentFileInfo) -> None:
        self._updated(info, _t("Reverted: ScarDesk's text is used again."))

    def _updated(self, info: ContentFileInfo, message: str) -> None:
        self.unsaved.forget()  # stored (or reverted): reloading the file loses nothing
        self.files[info.name] = info
        self.load_selected()
        self.saved_label.setText(message)

    def revert(self) -> None:
        kind, modality, lang = self.selection()
        actor = self.context.signed_in.actor
        self.context.run_command(
            lambda: self.context.services.documents.revert_content(actor, kind, modality, lang),
            self._reverted,
            self._fail,
        )

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ValidationError):
            self._fail(error)
            return
        self.error_label.setText("\n".join(field_texts(error).values()))
        # The line at fault is a parameter of the coded message, whatever language it is shown in.
        lines = [said.params.get("line") for said in error.field_messages.values()]
        found = next((line for line in lines if isinstance(line, int)), None)
        if found is not None:
            self._go_to_line(found)

    def _go_to_line(self, number: int) -> None:
        block = self.editor.document().findBlockByNumber(number - 1)
        if block.isValid():
            cursor = QTextCursor(block)
            cursor.select(QTextCursor.SelectionType.LineUnderCursor)
            self.editor.setTextCursor(cursor)
            self.editor.setFocus()

    def _fail(self, error: BaseException) -> None:
        self._errors.show(error, self)

"""The clinic's reminder messages, edited in both languages with their placeholders."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.errors import ValidationError
from scardesk.services.reminders import StoredTemplates
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter, sentence
from scardesk.ui.messages import field_texts
from scardesk.ui.tr import _t
from scardesk.ui.widgets.error_line import ErrorLine


class TemplatesDialog(QDialog):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._errors = ErrorPresenter(self)
        self._version = 0
        self.setWindowTitle(_t("Reminder messages"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            _t(
                "Placeholders: {name}, {date}, {time}, {clinic}, {practitioner}. A missing value "
                "leaves out its connecting word (at, with, في, مع …); a part in square brackets, "
                "e.g. [ with {practitioner}], is left out whole. The Arabic text is sent first, "
                "then the English."
            )
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.edits: dict[str, QPlainTextEdit] = {}
        self.error_lines: dict[str, ErrorLine] = {}
        for key, label, rtl in (
            ("appointment_ar", _t("Appointment reminder (Arabic)"), True),
            ("appointment_en", _t("Appointment reminder (English)"), False),
            ("follow_up_ar", _t("Follow-up reminder (Arabic)"), True),
            ("follow_up_en", _t("Follow-up reminder (English)"), False),
        ):
            caption = QLabel(label)
            edit = QPlainTextEdit()
            edit.setMaximumHeight(70)
            edit.setAccessibleName(label)
            if rtl:
                edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            caption.setBuddy(edit)
            self.edits[key] = edit
            self.error_lines[key] = ErrorLine()
            layout.addWidget(caption)
            layout.addWidget(edit)
            layout.addWidget(self.error_lines[key])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        service, actor = context.services.reminders, context.signed_in.actor
        context.runner.run(
            lambda: service.templates(actor), self._show, lambda e: self._errors.show(e, self)
        )

    def _show(self, stored: StoredTemplates) -> None:
        self._version = stored.version
        for key, text in stored.templates.as_mapping().items():
            self.edits[key].setPlainText(text)

    def save(self) -> None:
        for line in self.error_lines.values():
            line.hide()
        texts = {key: edit.toPlainText() for key, edit in self.edits.items()}
        service, actor, version = (
            self._context.services.reminders,
            self._context.signed_in.actor,
            self._version,
        )
        self._context.run_command(
            lambda: service.save_templates(actor, texts, version),
            lambda _result: self.accept(),
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            for key, message in field_texts(error).items():
                line = self.error_lines.get(key)
                if line is not None:
                    line.setText(sentence(message))
                    line.show()
            return
        self._errors.show(error, self)

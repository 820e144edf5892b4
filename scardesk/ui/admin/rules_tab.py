"""The safety rules' intervals, windows and caps for the whole clinic.

Each value starts at the clinical reference's default; only a clinical lead may change it
(on the Safety rules screen). The Admin screen shows the same values read-only, naming the
leads to ask. Every workstation reads the same stored set (the gate, plans, follow-up list).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.errors import ValidationError
from scardesk.domain.modalities import SPECS
from scardesk.domain.modalities.spec import Setting, Unit
from scardesk.domain.records import Changes, UserRecord
from scardesk.domain.safety import GateParameters
from scardesk.domain.safety.facts import GENERAL_SETTINGS
from scardesk.services.settings import RuleSettings
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import in_language, modality_name, user_name
from scardesk.ui.messages import field_texts
from scardesk.ui.tr import _t, listed
from scardesk.ui.widgets.error_line import ErrorLine
from scardesk.ui.widgets.number_boxes import NumberBox
from scardesk.ui.widgets.unsaved import UnsavedChanges

DEFAULTS = GateParameters()


def setting_groups() -> list[tuple[str, tuple[Setting, ...]]]:
    """The rows of the tab as the specs declare them: each modality's settings under its name,
    then the rules that concern every treatment. Nothing here names a modality."""
    groups = [
        (modality_name(spec.modality), spec.settings) for spec in SPECS.values() if spec.settings
    ]
    groups.append((_t("Every treatment"), GENERAL_SETTINGS))
    return groups


def unit_text(unit: Unit, count: int) -> str:
    """The unit after a number, agreeing with it ("1 day", "2 days"; Arabic's six forms)."""
    if unit is Unit.DAYS:
        return _t("day(s)", "unit after a number", count)
    if unit is Unit.MONTHS:
        return _t("month(s)", "unit after a number", count)
    return _t("unit(s)", "unit after a number", count)


class RulesTab(QWidget):
    def __init__(
        self, context: ScreenContext, parent: QWidget | None = None, *, editable: bool = True
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.editable = editable
        self._errors = ErrorPresenter(self)
        self._version = 0
        layout = QVBoxLayout(self)
        intro = QLabel(
            _t(
                "The safety check uses these numbers for every patient. They start at the "
                "clinical reference's values; change them only on the medical director's word."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # Read-only: who can change these, filled in once the leads are loaded.
        self.leads_note = QLabel()
        self.leads_note.setObjectName("muted")
        self.leads_note.setTextFormat(Qt.TextFormat.PlainText)  # staff names are user data
        self.leads_note.setWordWrap(True)
        self.leads_note.setVisible(not editable)
        layout.addWidget(self.leads_note)
        form = QFormLayout()
        self.boxes: dict[str, QSpinBox] = {}
        self.field_errors: dict[str, QLabel] = {}
        for heading, settings in setting_groups():
            title = QLabel(heading)
            title.setObjectName("fieldLabel")
            font = title.font()
            font.setBold(True)  # a group heading whether or not the app's style sheet is on
            title.setFont(font)
            title.setContentsMargins(0, 8, 0, 0)
            form.addRow(title)
            for setting in settings:
                self._add_row(form, setting)
        layout.addLayout(form)
        bar = QHBoxLayout()
        self.save_button = QPushButton(_t("Save rules"))
        self.save_button.setObjectName("primary")
        self.defaults_button = QPushButton(_t("Back to the reference's values"))
        self.status = QLabel()
        self.status.setObjectName("muted")
        bar.addWidget(self.save_button)
        bar.addWidget(self.defaults_button)
        bar.addWidget(self.status, 1)
        self.save_button.setVisible(editable)
        self.defaults_button.setVisible(editable)
        layout.addLayout(bar)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.defaults_button.clicked.connect(lambda: self._fill(DEFAULTS))
        self.unsaved = UnsavedChanges(self)
        self.reload()

    def _add_row(self, form: QFormLayout, setting: Setting) -> None:
        box = NumberBox()
        # Wider than the setting's range: a value out of it gets the service's message by its
        # field rather than being silently clamped.
        box.setRange(0, max(10_000, setting.high))
        if not self.editable:
            box.setReadOnly(True)
            box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        # The suffix follows the value: "1 day", never "1 days".
        box.valueChanged.connect(lambda value: box.setSuffix(f" {unit_text(setting.unit, value)}"))
        box.setSuffix(f" {unit_text(setting.unit, box.value())}")
        box.setToolTip(
            _t("Clinic policy, not a label figure; default: {value}").format(value=setting.default)
            if setting.policy
            else _t("Reference default: {value}").format(value=setting.default)
        )
        error = ErrorLine()
        row = QVBoxLayout()
        row.addWidget(box)
        row.addWidget(error)
        form.addRow(in_language(setting.label_en, setting.label_ar), row)
        self.boxes[setting.key] = box
        self.field_errors[setting.key] = error

    def reload(self) -> None:
        actor = self._context.signed_in.actor
        self._context.runner.run(
            lambda: self._context.services.rules.current(actor),
            self._show,
            lambda error: self._errors.show(error, self),
        )
        if not self.editable:
            self._context.runner.run(
                self._context.services.users.clinical_leads,
                self._show_leads,
                lambda error: self._errors.show(error, self),
            )

    def _show_leads(self, leads: list[UserRecord]) -> None:
        names = listed(user_name(lead) for lead in leads)
        self.leads_note.setText(
            _t("Only a clinical lead can change these; ask one of: {names}.").format(names=names)
            if leads
            else _t(
                "Only a clinical lead can change these, and the clinic has none yet: make a "
                "practitioner a clinical lead on the Users tab."
            )
        )

    def _show(self, settings: RuleSettings) -> None:
        self._version = settings.version
        self._fill(settings.parameters)
        self.unsaved.mark_clean()  # the stored rules

    def _fill(self, parameters: GateParameters) -> None:
        for name, box in self.boxes.items():
            box.setValue(parameters.value(name))

    def values(self) -> dict[str, int]:
        return {name: box.value() for name, box in self.boxes.items()}

    def save(self) -> None:
        for error in self.field_errors.values():
            error.hide()
        actor, values = self._context.signed_in.actor, self.values()
        self._context.run_command(
            lambda: self._context.services.rules.save(actor, values, self._version),
            self._saved,
            self._failed,
        )

    def _saved(self, result: tuple[RuleSettings, Changes]) -> None:
        settings, _changes = result
        self._show(settings)
        self.status.setText(_t("Saved: every workstation now uses these values."))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            for name, message in field_texts(error).items():
                label = self.field_errors.get(name)
                if label is not None:
                    label.setText(message)
                    label.show()
            return
        self._errors.show(error, self)

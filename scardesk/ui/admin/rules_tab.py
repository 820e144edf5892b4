"""The safety rules' intervals, windows and caps for the whole clinic.

Each value starts at the clinical reference's default; only a clinical lead may change it
(on the Safety rules screen). The Admin screen shows the same values read-only, naming the
leads to ask. Every workstation reads the same stored set (the gate, plans, follow-up list).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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
from scardesk.domain.records import Changes, UserRecord
from scardesk.domain.safety import GateParameters
from scardesk.services.settings import RuleSettings
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.widgets.error_line import ErrorLine
from scardesk.ui.widgets.unsaved import UnsavedChanges

DEFAULTS = GateParameters()
# Set by the clinic itself rather than taken from a label; the tooltip says so.
CLINIC_POLICY = frozenset({"toxin_max_units_per_point", "history_review_days"})


def _t(text: str) -> str:
    return QCoreApplication.translate("RulesTab", text)


def parameter_labels() -> dict[str, tuple[str, str]]:
    """Each parameter's label and unit, in the order a clinician thinks of them."""
    days, months, units = _t("days"), _t("months"), _t("units")
    return {
        "toxin_retreatment_days": (_t("Toxin: no sooner than"), days),
        "toxin_review_days": (_t("Toxin: review visit after"), days),
        "toxin_cap_units": (_t("Toxin: at most, one product"), units),
        "toxin_cap_window_days": (_t("Toxin: … within any window of"), days),
        "toxin_max_units_per_point": (
            _t("Toxin: at most, per injection point (clinic policy)"),
            units,
        ),
        "microneedling_days": (_t("Microneedling: interval"), days),
        "fractional_laser_days": (_t("Fractional laser: interval"), days),
        "peel_superficial_days": (_t("Superficial peel: interval"), days),
        "peel_medium_deep_days": (_t("Medium or deep peel: interval"), days),
        "subcision_days": (_t("Subcision: interval"), days),
        "tca_cross_days": (_t("TCA CROSS: interval"), days),
        "isotretinoin_fully_ablative_laser_months": (
            _t("Isotretinoin → fully ablative laser: wait"),
            months,
        ),
        "isotretinoin_medium_deep_peel_months": (
            _t("Isotretinoin → medium/deep peel: wait"),
            months,
        ),
        "isotretinoin_tca_cross_months": (_t("Isotretinoin → TCA CROSS: wait"), months),
        "isotretinoin_subcision_warn_months": (
            _t("Isotretinoin → subcision: warn within (no delay needed)"),
            months,
        ),
        "history_review_days": (_t("Medical history: review at least every"), days),
        "sun_avoidance_days": (_t("Sun exposure → laser or peel: wait"), days),
        "retinoid_stop_days_microneedling": (_t("Stop topical retinoids before needling"), days),
        "retinoid_stop_days_laser": (_t("Stop topical retinoids before laser"), days),
        "retinoid_stop_days_peel": (_t("Stop topical retinoids before a peel"), days),
    }


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
            self.tr(
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
        for name, (label, unit) in parameter_labels().items():
            box = QSpinBox()
            box.setRange(0, 10_000)
            if not editable:
                box.setReadOnly(True)
                box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
            box.setSuffix(f" {unit}")
            default = getattr(DEFAULTS, name)
            box.setToolTip(
                self.tr("Clinic policy, not a label figure; default: {value}").format(value=default)
                if name in CLINIC_POLICY
                else self.tr("Reference default: {value}").format(value=default)
            )
            error = ErrorLine()
            row = QVBoxLayout()
            row.addWidget(box)
            row.addWidget(error)
            form.addRow(label, row)
            self.boxes[name] = box
            self.field_errors[name] = error
        layout.addLayout(form)
        bar = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save rules"))
        self.save_button.setObjectName("primary")
        self.defaults_button = QPushButton(self.tr("Back to the reference's values"))
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
        names = ", ".join(lead.display_name for lead in leads)
        self.leads_note.setText(
            self.tr("Only a clinical lead can change these; ask one of: {names}.").format(
                names=names
            )
            if leads
            else self.tr(
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
            box.setValue(getattr(parameters, name))

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
        self.status.setText(self.tr("Saved: every workstation now uses these values."))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            for name, message in error.field_errors.items():
                label = self.field_errors.get(name)
                if label is not None:
                    label.setText(message)
                    label.show()
            return
        self._errors.show(error, self)

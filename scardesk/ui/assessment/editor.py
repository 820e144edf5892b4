"""The assessment editor: a new assessment, or an amendment of a stored one.

Everything the practitioner records is an input (counts, area, grade, skin type, verdicts,
notes); the Goodman & Baron and ECCA totals are shown live from the domain's formulas and the
service stores its own recomputation of them. The save runs through the task runner as a write
and publishes what changed on the change bus; a validation error is shown under the section it
concerns, anything else through the one error presenter.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.assessment import NOTES_MAX, AssessmentInput, AssessmentRecord, counts_as_dict
from scardesk.domain.enums import FacialRegion, Modality, ScarType
from scardesk.domain.errors import ValidationError
from scardesk.domain.records import Changes
from scardesk.domain.time import MUSCAT, to_muscat, utc_now
from scardesk.ui.assessment.region_panel import RegionCountsPanel
from scardesk.ui.assessment.sections import (
    EccaSection,
    GoodmanBaronSection,
    GradeSection,
    SkinTypeSection,
    SuitabilitySection,
)
from scardesk.ui.assessment.texts import scar_type_label
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter, field_label, sentence
from scardesk.ui.messages import field_texts
from scardesk.ui.tr import _t
from scardesk.ui.widgets.card import Card, plain_label
from scardesk.ui.widgets.date_fields import date_time_edit
from scardesk.ui.widgets.error_line import ErrorLine
from scardesk.ui.widgets.face_map import region_name
from scardesk.ui.widgets.screen_fit import fit_size
from scardesk.ui.widgets.text_area import TextArea
from scardesk.ui.widgets.unsaved import DiscardGuard

_MUSCAT_ZONE = QTimeZone(4 * 3600)


class AssessmentEditor(DiscardGuard, QDialog):
    """Open with ``open()`` (never ``exec()`` in tests); ``saved_record`` is set on success."""

    def __init__(
        self,
        context: ScreenContext,
        patient_id: int,
        record: AssessmentRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self.record = record
        self.saved_record: AssessmentRecord | None = None
        self._errors = ErrorPresenter(self)
        self.setWindowTitle(_t("Amend assessment") if record else _t("New assessment"))
        fit_size(self, 1320, 860)
        self._build()
        if record is not None:
            self._load(record)

    # --- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 14)
        top = QHBoxLayout()
        title = plain_label(self.windowTitle())
        title.setObjectName("dialogTitle")
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(plain_label(_t("Assessed (Muscat time)")))
        self.assessed_at = date_time_edit()
        self.assessed_at.setTimeZone(_MUSCAT_ZONE)
        self.assessed_at.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(utc_now().timestamp()), _MUSCAT_ZONE)
        )
        top.addWidget(self.assessed_at)
        outer.addLayout(top)
        self.when_error = ErrorLine()
        outer.addWidget(self.when_error, 0, Qt.AlignmentFlag.AlignRight)

        columns = QHBoxLayout()
        columns.setSpacing(12)
        self.regions = RegionCountsPanel()
        self.skin = SkinTypeSection()
        self.grade = GradeSection()
        self.suitability = SuitabilitySection()
        self.gb = GoodmanBaronSection()
        self.ecca = EccaSection()
        self.notes_card = Card(_t("Notes"))
        self.notes = TextArea()
        self.notes.setPlaceholderText(_t("Findings, what was discussed with the patient…"))
        self.notes.setAccessibleName(_t("Notes"))
        self.notes.setMinimumHeight(110)
        self.notes.textChanged.connect(lambda: self.notes_card.error.set_message(""))
        self.notes_card.body.addWidget(self.notes)
        self.notes_card.finish()
        self.regions.ecca_suggested.connect(self.ecca.set_values)
        left = self._column(self.regions, self.skin)
        middle = self._column(self.grade, self.suitability, self.notes_card)
        right = self._column(self.gb, self.ecca)
        for column, stretch in ((left, 10), (middle, 10), (right, 11)):
            columns.addWidget(column, stretch)
        body = QWidget()
        body.setLayout(columns)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.form_error = QLabel()
        self.form_error.setObjectName("formError")
        self.form_error.setTextFormat(Qt.TextFormat.PlainText)
        self.form_error.setWordWrap(True)
        self.form_error.hide()
        outer.addWidget(self.form_error)
        buttons = QHBoxLayout()
        self.totals_summary = plain_label(muted=True)
        buttons.addWidget(self.totals_summary)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(_t("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton(
            _t("Save amendment") if self.record else _t("Save assessment")
        )
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        for section in (self.gb, self.ecca):
            section.changed.connect(self._update_summary)
        self._update_summary()

    @staticmethod
    def _column(*cards: QWidget) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        for card in cards:
            layout.addWidget(card)
        layout.addStretch(1)
        return column

    def _update_summary(self) -> None:
        self.totals_summary.setText(
            _t("Goodman & Baron {gb} / 84 · ECCA {ecca} / 540").format(
                gb=self.gb.total_value(), ecca=self.ecca.total_value()
            )
        )

    # --- data ---------------------------------------------------------------------------------
    def _load(self, record: AssessmentRecord) -> None:
        data = record.data
        local = to_muscat(data.assessed_at)
        self.assessed_at.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(local.timestamp()), _MUSCAT_ZONE)
        )
        self.regions.set_counts({(r.region, r.scar_type): r.count for r in data.regions})
        self.skin.set_skin_type(data.fitzpatrick)
        self.grade.set_grade(data.gb_grade)
        self.grade.set_scar_s(data.scar_s_face)
        self.gb.set_values(counts_as_dict(data.gb_counts))
        self.ecca.set_values(counts_as_dict(data.ecca_counts))
        self.suitability.set_values(data.suitability)
        self.notes.setPlainText(data.notes or "")

    def assessed_at_value(self) -> datetime:
        seconds = self.assessed_at.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds, MUSCAT)

    def form(self) -> AssessmentInput:
        skin = self.skin.skin_type()
        grade = self.grade.grade()
        return AssessmentInput(
            assessed_at=self.assessed_at_value(),
            fitzpatrick=skin.value if skin else "",
            gb_grade=grade.value if grade else "",
            gb_counts=self.gb.values(),
            ecca_counts=self.ecca.values(),
            region_counts={
                (region.value, scar.value): n for (region, scar), n in self.regions.counts().items()
            },
            suitability=self.suitability.values(),
            scar_s_face=self.grade.scar_s_value(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        form = self.form()
        if len(form.notes.strip()) > NOTES_MAX:
            self.show_validation(
                ValidationError(
                    {"notes": f"the notes are too long: at most {NOTES_MAX} characters"}
                )
            )
            return
        actor = self.context.signed_in.actor
        service = self.context.services.assessments
        record = self.record
        if record is None:
            task = lambda: service.create(actor, self.patient_id, form)  # noqa: E731
        else:
            task = lambda: service.amend(actor, record.id, record.version, form)  # noqa: E731
        self.save_button.setEnabled(False)
        self.context.run_command(task, self._saved, self._failed)

    def _saved(self, result: tuple[AssessmentRecord, Changes]) -> None:
        record, _changes = result
        self.saved_record = record
        self.save_button.setEnabled(True)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self.show_validation(error)
        else:
            self._errors.show(error, self)

    # --- errors -------------------------------------------------------------------------------
    def show_validation(self, error: ValidationError) -> None:
        """Each message under the section it concerns; unknown fields in the banner."""
        leftover: list[str] = []
        for key, message in field_texts(error).items():
            text = sentence(message)
            head, _, rest = key.partition(".")
            if key == "assessed_at":
                self.when_error.set_message(text)
            elif key == "fitzpatrick":
                self.skin.error.set_message(text)
            elif key in ("gb_grade", "scar_s_face"):
                self.grade.error.set_message(text)
            elif head == "gb":
                self.gb.error.set_message(f"{field_label(rest)}: {message}")
            elif head == "ecca":
                self.ecca.error.set_message(f"{field_label(rest)}: {message}")
            elif head == "region":
                self.regions.error.set_message(self._region_message(rest, message))
            elif head == "suitability" and rest in Modality.__members__.values():
                self.suitability.errors[Modality(rest)].set_message(text)
            elif key == "notes":
                self.notes_card.error.set_message(text)
            else:
                leftover.append(f"{field_label(key)}: {message}")
        shown = [line for line in self._error_lines().values() if not line.isHidden()]
        if shown:
            self.scroll_area.ensureWidgetVisible(shown[0], 50, 80)  # the first problem in view
        banner = _t("Nothing was saved: correct the fields marked in red.")
        if leftover:
            banner += "\n" + "\n".join(leftover)
        self.form_error.setText(banner)
        self.form_error.show()

    @staticmethod
    def _region_message(rest: str, message: str) -> str:
        region_text, _, type_text = rest.partition(".")
        try:
            where = (
                f"{region_name(FacialRegion(region_text))}, {scar_type_label(ScarType(type_text))}"
            )
        except ValueError:
            where = rest
        return f"{where}: {message}"

    def error_texts(self) -> dict[str, str]:
        """What each section's error line says now (for tests and screenshots)."""
        return {
            key: line.text() for key, line in self._error_lines().items() if not line.isHidden()
        }

    def _error_lines(self) -> dict[str, ErrorLine]:
        return {
            "assessed_at": self.when_error,
            "fitzpatrick": self.skin.error,
            "grade": self.grade.error,
            "gb": self.gb.error,
            "ecca": self.ecca.error,
            "regions": self.regions.error,
            "notes": self.notes_card.error,
            **{f"suitability.{m.value}": line for m, line in self.suitability.errors.items()},
        }

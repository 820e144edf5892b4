"""The parts of the assessment form, each a small widget with its own inline error line.

Totals are never typed: every change of a count asks the domain (``goodman_baron_score``,
``ecca_score``) for the total, so the figure on screen is the one that will be stored.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
)

from scardesk.domain.assessment import KELOID_AREA_MAX, Suitability, pih_risk
from scardesk.domain.enums import Fitzpatrick, GoodmanBaronGrade, Modality
from scardesk.domain.scoring import (
    ECCA_MAX,
    ECCA_WEIGHTS,
    GOODMAN_BARON_MAX,
    EccaCounts,
    GoodmanBaronCounts,
    ecca_count_score,
    ecca_score,
    goodman_baron_breakdown,
    goodman_baron_score,
)
from scardesk.ui.assessment import texts
from scardesk.ui.assessment.parts import TotalLabel, count_box
from scardesk.ui.labels import modality_name, number_text
from scardesk.ui.style import MUTED
from scardesk.ui.tr import _n, _t
from scardesk.ui.widgets.card import Card, plain_label
from scardesk.ui.widgets.error_line import ErrorLine
from scardesk.ui.widgets.number_boxes import DecimalBox

SCAR_S_LABELS = (
    _n("clear"),
    _n("almost clear"),
    _n("mild"),
    _n("moderate"),
    _n("severe"),
    _n("very severe"),
)


class GradeSection(Card):
    """Goodman & Baron qualitative grade: every grade's defining text is in view while choosing."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__(_t("Goodman & Baron qualitative grade"))
        self.body.addWidget(
            plain_label(
                _t("Grade the worst clinically relevant scarring, judged at 50 cm."),
                muted=True,
                wrap=True,
            )
        )
        self.group = QButtonGroup(self)
        self.buttons: dict[GoodmanBaronGrade | None, QRadioButton] = {}
        self.definitions: dict[GoodmanBaronGrade, QLabel] = {}
        none = QRadioButton(_t("Not graded"))
        self.buttons[None] = none
        self.group.addButton(none)
        self.body.addWidget(none)
        for grade in GoodmanBaronGrade:
            button = QRadioButton(texts.grade_title(grade))
            button.setToolTip(texts.grade_text(grade))
            definition = plain_label(texts.grade_text(grade), muted=True, wrap=True)
            definition.setContentsMargins(24, 0, 0, 4)
            self.buttons[grade] = button
            self.definitions[grade] = definition
            self.group.addButton(button)
            self.body.addWidget(button)
            self.body.addWidget(definition)
        none.setChecked(True)
        self.group.buttonToggled.connect(self._toggled)
        self.scar_s = QComboBox()
        self.scar_s.addItem(_t("SCAR-S (face): not scored"), None)
        for value, name in enumerate(SCAR_S_LABELS):
            self.scar_s.addItem(
                _t("SCAR-S (face): {n} · {name}").format(n=number_text(value), name=_t(name)), value
            )
        self.scar_s.currentIndexChanged.connect(self.changed)
        self.body.addWidget(self.scar_s)
        self.finish()

    def grade(self) -> GoodmanBaronGrade | None:
        for grade, button in self.buttons.items():
            if button.isChecked():
                return grade
        return None

    def set_grade(self, grade: GoodmanBaronGrade | None) -> None:
        self.buttons[grade].setChecked(True)

    def scar_s_value(self) -> int | None:
        value = self.scar_s.currentData()
        return value if isinstance(value, int) else None

    def set_scar_s(self, value: int | None) -> None:
        self.scar_s.setCurrentIndex(0 if value is None else value + 1)

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        chosen = self.grade()
        for grade, label in self.definitions.items():
            label.setStyleSheet(f"color: {'#1f2933' if grade is chosen else MUTED};")
        self.error.set_message("")
        self.changed.emit()


class GoodmanBaronSection(Card):
    """Counts per quantitative subtype and the keloid area; the total follows as they type."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__(_t("Goodman & Baron quantitative score"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.boxes: dict[str, QSpinBox] = {}
        self.points: dict[str, QLabel] = {}
        row = 0
        for category, subtypes in texts.GB_CATEGORIES:
            heading = plain_label(_t(category))
            heading.setStyleSheet("font-weight: 600; margin-top: 4px;")
            grid.addWidget(heading, row, 0, 1, 3)
            row += 1
            for name, label in subtypes:
                row = self._add_row(grid, row, name, _t(label), count_box())
        self.keloid = DecimalBox()
        self.keloid.setRange(0.0, KELOID_AREA_MAX)
        self.keloid.setDecimals(1)
        self.keloid.setSingleStep(0.5)
        self.keloid.setSuffix(" cm²")
        self.keloid.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.keloid.valueChanged.connect(self._recompute)
        heading = plain_label(_t("D · keloidal or hypertrophic (by area)"))
        heading.setStyleSheet("font-weight: 600; margin-top: 4px;")
        grid.addWidget(heading, row, 0, 1, 3)
        grid.addWidget(
            plain_label(_t("Total area: < 5 → 6, 5–20 → 12, > 20 cm² → 18"), wrap=True), row + 1, 0
        )
        grid.addWidget(self.keloid, row + 1, 1)
        self.points["keloid_area_cm2"] = plain_label(muted=True)
        grid.addWidget(self.points["keloid_area_cm2"], row + 1, 2)
        grid.setColumnStretch(0, 1)
        self.body.addLayout(grid)
        self.total = TotalLabel()
        self.body.addWidget(self.total)
        self.finish()
        self._recompute()

    def _add_row(self, grid: QGridLayout, row: int, name: str, label: str, box: QSpinBox) -> int:
        text = plain_label(label, wrap=True)
        text.setBuddy(box)
        box.setAccessibleName(label)
        box.valueChanged.connect(self._recompute)
        self.boxes[name] = box
        self.points[name] = plain_label(muted=True)
        grid.addWidget(text, row, 0)
        grid.addWidget(box, row, 1)
        grid.addWidget(self.points[name], row, 2)
        return row + 1

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {name: box.value() for name, box in self.boxes.items()}
        values["keloid_area_cm2"] = self.keloid.value()
        return values

    def set_values(self, values: Mapping[str, object]) -> None:
        for name, box in self.boxes.items():
            box.setValue(int(values.get(name, 0) or 0))  # type: ignore[call-overload]
        self.keloid.setValue(float(values.get("keloid_area_cm2", 0.0) or 0.0))  # type: ignore[arg-type]

    def counts(self) -> GoodmanBaronCounts:
        return GoodmanBaronCounts(**self.values())  # type: ignore[arg-type]

    def total_value(self) -> int:
        return goodman_baron_score(self.counts())

    def _recompute(self) -> None:
        parts = goodman_baron_breakdown(self.counts())
        for name, label in self.points.items():
            label.setText(_t("+{n}").format(n=number_text(parts[name])) if parts[name] else "")
        self.total.setText(
            _t("Total {total} / {most}").format(
                total=number_text(self.total_value()), most=number_text(GOODMAN_BARON_MAX)
            )
        )
        self.error.set_message("")
        self.changed.emit()


class EccaSection(Card):
    """ECCA: six weighted items, each scored from its count; the total follows as they type."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__(_t("ECCA score"))
        self.body.addWidget(
            plain_label(
                _t("Count per item: none → 0, fewer than 5 → 1, 5 to 20 → 2, more than 20 → 3."),
                muted=True,
                wrap=True,
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.boxes: dict[str, QSpinBox] = {}
        self.points: dict[str, QLabel] = {}
        for row, (name, label) in enumerate(texts.ECCA_ITEMS):
            box = count_box()
            box.setAccessibleName(_t(label))
            box.valueChanged.connect(self._recompute)
            self.boxes[name] = box
            self.points[name] = plain_label(muted=True)
            grid.addWidget(plain_label(_t(label), wrap=True), row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(self.points[name], row, 2)
        grid.setColumnStretch(0, 1)
        self.body.addLayout(grid)
        self.total = TotalLabel()
        self.body.addWidget(self.total)
        self.finish()
        self._recompute()

    def values(self) -> dict[str, object]:
        return {name: box.value() for name, box in self.boxes.items()}

    def set_values(self, values: Mapping[str, object]) -> None:
        for name, box in self.boxes.items():
            box.setValue(int(values.get(name, 0) or 0))  # type: ignore[call-overload]

    def total_value(self) -> int:
        return ecca_score(EccaCounts(**self.values()))  # type: ignore[arg-type]

    def _recompute(self) -> None:
        for name, label in self.points.items():
            part = ECCA_WEIGHTS[name] * ecca_count_score(self.boxes[name].value())
            label.setText(_t("+{n}").format(n=number_text(part)) if part else "")
        self.total.setText(
            _t("Total {total} / {most}").format(
                total=number_text(self.total_value()), most=number_text(ECCA_MAX)
            )
        )
        self.error.set_message("")
        self.changed.emit()


class SkinTypeSection(Card):
    """Fitzpatrick type with its description, and the PIH caution for types IV–VI."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__(_t("Fitzpatrick skin type"))
        self.combo = QComboBox()
        self.combo.addItem(_t("Not recorded"), None)
        for skin in Fitzpatrick:
            self.combo.addItem(_t("Type {numeral}").format(numeral=skin.value), skin.value)
        self.combo.setAccessibleName(_t("Fitzpatrick skin type"))
        self.description = plain_label(muted=True, wrap=True)
        self.warning = plain_label(wrap=True)
        self.warning.setStyleSheet(
            "color: #8a4b08; background: #fff4e0; border: 1px solid #f3d19c;"
            " border-radius: 6px; padding: 6px 8px;"
        )
        self.body.addWidget(self.combo)
        self.body.addWidget(self.description)
        self.body.addWidget(self.warning)
        self.combo.currentIndexChanged.connect(self._update)
        self.finish()
        self._update()

    def skin_type(self) -> Fitzpatrick | None:
        value = self.combo.currentData()  # Qt hands enum members back as plain strings
        return Fitzpatrick(value) if value else None

    def set_skin_type(self, skin: Fitzpatrick | None) -> None:
        self.combo.setCurrentIndex(0 if skin is None else list(Fitzpatrick).index(skin) + 1)

    def _update(self) -> None:
        skin = self.skin_type()
        self.description.setText(
            texts.fitzpatrick_text(skin)
            if skin
            else _t("Required before any laser or peel is planned.")
        )
        self.warning.setText(
            _t(
                "Higher risk of post-inflammatory hyperpigmentation and keloid after lasers and "
                "peels: prefer nonablative lasers, do a test spot, prime the skin and insist on "
                "sunscreen."
            )
        )
        self.warning.setVisible(pih_risk(skin))
        self.error.set_message("")
        self.changed.emit()


class SuitabilitySection(Card):
    """The practitioner's verdict per modality; blank means not judged yet."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__(_t("Suitability by treatment"))
        grid = QGridLayout()
        self.combos: dict[Modality, QComboBox] = {}
        self.errors: dict[Modality, ErrorLine] = {}
        for row, modality in enumerate(Modality):
            combo = QComboBox()
            combo.addItem(_t("Not judged"), None)
            for verdict in Suitability:
                combo.addItem(texts.suitability_label(verdict), verdict.value)
            combo.setAccessibleName(modality_name(modality))
            combo.currentIndexChanged.connect(lambda _i, m=modality: self._edited(m))
            self.combos[modality] = combo
            self.errors[modality] = ErrorLine()
            grid.addWidget(plain_label(modality_name(modality)), row * 2, 0)
            grid.addWidget(combo, row * 2, 1)
            grid.addWidget(self.errors[modality], row * 2 + 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.body.addLayout(grid)
        self.finish()

    def values(self) -> dict[str, str]:
        return {
            modality.value: str(combo.currentData())
            for modality, combo in self.combos.items()
            if combo.currentData()
        }

    def set_values(self, verdicts: Mapping[Modality, Suitability]) -> None:
        for modality, combo in self.combos.items():
            verdict = verdicts.get(modality)
            combo.setCurrentIndex(0 if verdict is None else list(Suitability).index(verdict) + 1)

    def _edited(self, modality: Modality) -> None:
        self.errors[modality].set_message("")
        self.changed.emit()

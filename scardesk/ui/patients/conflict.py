"""What to do when another workstation saved the same patient first.

Nothing is ever overwritten silently: the service refused the save (ConflictError), and this
dialog lays the user's version beside the stored one, field by field, with the differences
marked. The user then keeps theirs (the form reloads the stored version), overwrites it with
their own on purpose (saved on top of the stored version), or goes back to editing.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.errors import ValidationError
from scardesk.domain.records import PatientInput, PatientRecord
from scardesk.domain.time import muscat_today
from scardesk.domain.validation import validate_patient
from scardesk.ui.patients.form_fields import input_of, sections
from scardesk.ui.tr import _t

CHANGED_BACKGROUND = "#fff4e0"
FIELD, MINE, THEIRS = range(3)


class ConflictChoice(Enum):
    BACK_TO_EDITING = "back"
    KEEP_THEIRS = "keep_theirs"
    OVERWRITE_WITH_MINE = "overwrite"


def _normalised(mine: PatientInput) -> PatientInput:
    """The user's input written the way stored values are shown, so only real changes differ."""
    try:
        return input_of(validate_patient(mine, muscat_today()))
    except ValidationError:
        return mine


def compare(mine: PatientInput, theirs: PatientRecord) -> list[tuple[str, str, str, str]]:
    """(field name, label, my text, their text) for every form field, in form order."""
    mine_shown = _normalised(mine)
    theirs_shown = input_of(theirs.data)
    rows = []
    for _title, specs in sections():
        for spec in specs:
            choices = dict(spec.choices)
            mine_value = getattr(mine_shown, spec.name)
            theirs_value = getattr(theirs_shown, spec.name)
            rows.append(
                (
                    spec.name,
                    spec.label,
                    choices.get(mine_value, mine_value) if mine_value else "",
                    choices.get(theirs_value, theirs_value) if theirs_value else "",
                )
            )
    return rows


class ConflictDialog(QDialog):
    """``choice`` holds the decision once the dialog is finished."""

    def __init__(
        self, mine: PatientInput, theirs: PatientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Changed on another computer"))
        self.setMinimumSize(760, 560)
        self.choice = ConflictChoice.BACK_TO_EDITING
        self.theirs = theirs
        self.rows = compare(mine, theirs)
        self.differing = [name for name, _label, a, b in self.rows if a != b]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 18)
        layout.setSpacing(10)
        title = QLabel(_t("Someone else saved this patient while you were editing"))
        title.setObjectName("dialogTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        intro = QLabel(
            _t(
                "Nothing of yours has been saved yet, and their version is safe. "
                "The two versions differ in %n field(s), highlighted below. "
                "Choose which version to keep.",
                "",
                len(self.differing),
            ),
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(len(self.rows), 3)
        self.table.setHorizontalHeaderLabels([_t("Field"), _t("Your version"), _t("Saved version")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(THEIRS, QHeaderView.ResizeMode.Stretch)
        bold = QFont()
        bold.setBold(True)
        for number, (name, label, my_text, their_text) in enumerate(self.rows):
            changed = name in self.differing
            for column, text in ((FIELD, label), (MINE, my_text), (THEIRS, their_text)):
                item = QTableWidgetItem(text or "—")  # items are plain text, never markup
                if changed:
                    item.setBackground(QBrush(QColor(CHANGED_BACKGROUND)))
                    item.setFont(bold)
                item.setData(Qt.ItemDataRole.UserRole, name)
                self.table.setItem(number, column, item)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(_t("Back to editing"))
        self.keep_button = QPushButton(_t("Keep the saved version"))
        self.overwrite_button = QPushButton(_t("Overwrite with mine"))
        self.overwrite_button.setObjectName("primary")
        self.overwrite_button.setToolTip(
            _t("Saves your version on top of theirs; their change stays in the audit log.")
        )
        self.keep_button.setDefault(True)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.overwrite_button)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(lambda: self._finish(ConflictChoice.BACK_TO_EDITING))
        self.keep_button.clicked.connect(lambda: self._finish(ConflictChoice.KEEP_THEIRS))
        self.overwrite_button.clicked.connect(
            lambda: self._finish(ConflictChoice.OVERWRITE_WITH_MINE)
        )

    def _finish(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice is ConflictChoice.BACK_TO_EDITING:
            self.reject()
        else:
            self.accept()

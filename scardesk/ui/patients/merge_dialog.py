"""Merging two records of one person: find the other file, compare, choose, give a reason.

The two records stand side by side, this one on the left. The user picks which file stays,
then, for each detail where they differ, which value it keeps; the counts underneath say how
much each file holds (never what: an admin may merge without reading clinical notes). Merging
moves everything to the file that stays and archives the other, pointing at it (see
services.merge); nothing is deleted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.errors import ConflictError
from scardesk.domain.merge import MERGE_FIELDS, MergePreview, MergeResult, MergeSide
from scardesk.domain.patient_search import PatientRow, SearchPage
from scardesk.domain.records import Changes, PatientData
from scardesk.domain.validation import REASON_MAX, format_phone_display
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import day_text, isolated, ltr_text, phone_text
from scardesk.ui.patients.dialogs import plain_label
from scardesk.ui.patients.form_fields import document_choices, fitzpatrick_choices
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import list_state_label, set_list_state
from scardesk.ui.widgets.attest_dialog import AttestDialog, ask_to_attest
from scardesk.ui.widgets.field_row import FieldRow
from scardesk.ui.widgets.patient_header import sex_label
from scardesk.ui.widgets.screen_fit import fit_size

LEFT, RIGHT = 0, 1
_EMPTY = "—"


def field_titles() -> dict[str, str]:
    return {
        "name_latin": _t("Name (Latin)"),
        "name_arabic": _t("Name (Arabic)"),
        "date_of_birth": _t("Date of birth"),
        "sex": _t("Sex"),
        "document": _t("Identity document"),
        "phone": _t("Phone"),
        "email": _t("E-mail"),
        "address": _t("Address"),
        "emergency_contact": _t("Emergency contact"),
        "fitzpatrick": _t("Skin type"),
    }


def table_titles() -> dict[str, str]:
    return {
        "appointments": _t("Appointments"),
        "treatment_sessions": _t("Sessions"),
        "photos": _t("Photos"),
        "issued_documents": _t("Printed documents"),
        "assessments": _t("Assessments"),
        "treatment_plans": _t("Treatment plans"),
        "consents": _t("Consents"),
        "history_entries": _t("History answers"),
        "safety_overrides": _t("Safety overrides"),
    }


def field_text(data: PatientData, key: str) -> str:
    """One merge field of ``data`` as the user reads it."""
    if key == "date_of_birth":
        return day_text(data.date_of_birth)
    if key == "sex":
        return sex_label(data.sex)
    if key == "document":
        if not data.civil_number:
            return ""
        kinds = dict(document_choices())
        kind = kinds.get(data.document_type.value, "") if data.document_type else ""
        text = f"{kind} {ltr_text(data.civil_number)}".strip()
        if data.document_expiry:
            text += " · " + _t("expires {day}").format(day=day_text(data.document_expiry))
        return text
    # Numbers in the reader's digits and left to right, as the patient's record shows them.
    if key == "phone":
        return phone_text(format_phone_display(data.phone)) if data.phone else ""
    if key == "emergency_contact":
        phone = data.emergency_contact_phone
        shown = phone_text(format_phone_display(phone)) if phone else ""
        parts = [data.emergency_contact_name or "", shown]
        return " · ".join(part for part in parts if part)
    if key == "fitzpatrick":
        return (
            dict(fitzpatrick_choices()).get(data.fitzpatrick.value, "") if data.fitzpatrick else ""
        )
    value = getattr(data, key)
    return str(value) if value else ""


def row_text(row: PatientRow) -> str:
    parts = [f"#{row.id}", row.name_latin, day_text(row.date_of_birth)]
    parts += [ltr_text(row.phone_display or ""), ltr_text(row.civil_number or "")]
    if row.archived:
        parts.append(_t("archived"))
    if row.name_arabic:
        # Isolated, and last: an Arabic run would otherwise pull the digits after it
        # into right-to-left order (a phone shown as "4321 9765 968+").
        parts.append(isolated(row.name_arabic))
    return "  ·  ".join(part for part in parts if part)


def _before_search() -> str:
    return _t("Find the other file of this person by name, phone, document number or #file number.")


class MergeDialog(QDialog):
    """``merged`` carries the id of the file that stayed, once the merge is saved."""

    merged = Signal(int)

    def __init__(self, context: ScreenContext, patient_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._context = context
        self._actor = context.signed_in.actor
        self.patient_id = patient_id
        self.errors = ErrorPresenter(self)
        self.preview: MergePreview | None = None
        self.attest: AttestDialog | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.choice_buttons: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        self._texts: dict[str, tuple[str, str]] = {}
        self.setWindowTitle(_t("Merge two records"))
        fit_size(self, 900, 760)  # the comparison scrolls on a smaller screen
        self._build()

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)
        layout.addWidget(plain_label(_t("Merge two records of one person"), "dialogTitle"))
        layout.addWidget(
            plain_label(
                _t(
                    "Everything recorded under the file that goes (appointments, sessions, photos, "
                    "printed documents, assessments, plans, consents, history) moves to the file "
                    "that stays. The other file is archived and points to it; nothing is deleted."
                ),
                "muted",
            )
        )
        find = QHBoxLayout()
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(
            _t("Find the other record: name, phone, document number or #file number")
        )
        self.find_edit.setAccessibleName(_t("Find the other record"))
        self.find_button = QPushButton(_t("Find"))
        find.addWidget(self.find_edit, 1)
        find.addWidget(self.find_button)
        layout.addLayout(find)
        self.candidates = QListWidget()
        self.candidates.setMaximumHeight(96)
        self.candidates.setAccessibleName(_t("Records found"))
        layout.addWidget(self.candidates)
        # Before a search the list says what to type, not nothing at all.
        self.candidates_state = list_state_label(self.candidates)
        set_list_state(self.candidates_state, _before_search(), None, rows=0)
        self.status_label = plain_label("", "muted")
        layout.addWidget(self.status_label)

        stays = QHBoxLayout()
        stays.addWidget(plain_label(_t("The file that stays:")))
        self.keep_left = QRadioButton()
        self.keep_right = QRadioButton()
        self.keep_left.setChecked(True)
        self._stays = QButtonGroup(self)
        self._stays.addButton(self.keep_left, LEFT)
        self._stays.addButton(self.keep_right, RIGHT)
        stays.addWidget(self.keep_left)
        stays.addWidget(self.keep_right)
        stays.addStretch(1)
        layout.addLayout(stays)

        self.compare = QWidget()
        self.grid = QGridLayout(self.compare)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.compare)
        layout.addWidget(scroll, 1)

        self.reason = FieldRow(
            _t("Reason for the merge"), hint=_t("e.g. registered twice, same civil card")
        )
        self.reason.edit.setMaxLength(REASON_MAX)
        layout.addWidget(self.reason)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(_t("Cancel"))
        self.merge_button = QPushButton(_t("Merge"))
        self.merge_button.setObjectName("primary")
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.merge_button)
        layout.addLayout(buttons)

        self.find_button.clicked.connect(self.search)
        self.find_edit.returnPressed.connect(self.search)
        self.candidates.currentItemChanged.connect(self._candidate_chosen)
        self._stays.idClicked.connect(lambda _id: self._default_choices())
        self.reason.edit.textChanged.connect(lambda _text: self._update_state())
        self.cancel_button.clicked.connect(self.reject)
        self.merge_button.clicked.connect(self.merge)
        self._show_compare(None)

    # --- finding the other record -------------------------------------------------------------
    def search(self) -> None:
        query = self.find_edit.text()
        self._context.runner.run(
            lambda: self._context.services.search.search(
                self._actor, query, include_archived=True, limit=20
            ),
            self._found,
            self._search_failed,
        )

    def _search_failed(self, error: BaseException) -> None:
        self.candidates.clear()
        self.status_label.setText("")
        set_list_state(self.candidates_state, "", error, rows=0)
        self.errors.show(error, self)

    def _found(self, page: SearchPage) -> None:
        self.candidates.clear()
        rows = [
            row for row in page.rows if row.id != self.patient_id and row.merged_into_id is None
        ]
        for row in rows:
            item = QListWidgetItem(row_text(row))
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.candidates.addItem(item)
        self.status_label.setText(
            _t("%n record(s) found: choose the other file of this person.", "", len(rows))
            if rows
            else ""
        )
        no_match = _t("No other record matches. Try a phone, document number or #file number.")
        set_list_state(self.candidates_state, no_match, None, rows=len(rows))

    def _candidate_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        self.load_preview(int(item.data(Qt.ItemDataRole.UserRole)))

    def load_preview(self, other_id: int) -> None:
        self._context.runner.run(
            lambda: self._context.services.merge.preview(self._actor, self.patient_id, other_id),
            self._show_compare,
            lambda error: self.errors.show(error, self),
        )

    # --- comparing ---------------------------------------------------------------------------
    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.groups = {}
        self.choice_buttons = {}
        self._texts = {}

    def _show_compare(self, preview: MergePreview | None) -> None:
        self.preview = preview
        self._clear_grid()
        if preview is None:
            self.keep_left.setText(_t("this file"))
            self.keep_right.setText(_t("the other file"))
            self.grid.addWidget(
                plain_label(_t("Find and choose the other record to compare them."), "muted"),
                0,
                0,
                1,
                3,
            )
            self._update_state()
            return
        left, right = preview.survivor, preview.merged
        self.keep_left.setText(_t("file #{id} (this one)").format(id=left.id))
        self.keep_right.setText(_t("file #{id}").format(id=right.id))
        for column, title in ((1, self.keep_left.text()), (2, self.keep_right.text())):
            heading = plain_label(title)
            heading.setStyleSheet("font-weight: 700;")
            self.grid.addWidget(heading, 0, column)
        titles = field_titles()
        line = 1
        for field in MERGE_FIELDS:
            texts = (field_text(left.data, field.key), field_text(right.data, field.key))
            self.grid.addWidget(plain_label(titles[field.key]), line, 0)
            group = QButtonGroup(self)
            pair = []
            for side, text in enumerate(texts):
                button = QRadioButton(text or _EMPTY)
                button.setAccessibleName(f"{titles[field.key]}: {text or _EMPTY}")
                group.addButton(button, side)
                self.grid.addWidget(button, line, 1 + side)
                pair.append(button)
            if texts[LEFT] == texts[RIGHT]:
                for button in pair:
                    button.setEnabled(False)
            self.groups[field.key] = group
            self.choice_buttons[field.key] = (pair[0], pair[1])
            self._texts[field.key] = texts
            line += 1
        self._default_choices()
        self.grid.setRowMinimumHeight(line, 12)  # a gap before the counts
        heading = plain_label(_t("What each file holds"))
        heading.setWordWrap(False)
        heading.setStyleSheet("font-weight: 700;")
        self.grid.addWidget(heading, line + 1, 0, 1, 3)
        line += 2
        for table, title in table_titles().items():
            mine, theirs = preview.counts.get(table, (0, 0))
            self.grid.addWidget(plain_label(title), line, 0)
            self.grid.addWidget(plain_label(str(mine)), line, 1)
            self.grid.addWidget(plain_label(str(theirs)), line, 2)
            line += 1
        self.grid.setRowStretch(line, 1)
        # Rows keep a readable height; the scroll area scrolls instead of squeezing them.
        # (Counted from the font: the new widgets are not shown yet, so no size hint holds.)
        row_height = self.fontMetrics().height() + 8
        for row in range(line):
            self.grid.setRowMinimumHeight(row, max(self.grid.rowMinimumHeight(row), row_height))
        self._update_state()

    def _default_choices(self) -> None:
        """Each field starts on the value of the file that stays, unless that one is blank."""
        stays = LEFT if self.keep_left.isChecked() else RIGHT
        other = RIGHT if stays == LEFT else LEFT
        for key, texts in self._texts.items():
            side = other if not texts[stays] and texts[other] else stays
            self.choice_buttons[key][side].setChecked(True)

    def _update_state(self) -> None:
        ready = self.preview is not None and bool(self.reason.text().strip())
        self.merge_button.setEnabled(ready)
        self.keep_left.setEnabled(self.preview is not None)
        self.keep_right.setEnabled(self.preview is not None)

    # --- merging -----------------------------------------------------------------------------
    def choices(self) -> dict[str, MergeSide]:
        """Each field's choice, relative to the file that stays."""
        stays = LEFT if self.keep_left.isChecked() else RIGHT
        return {
            key: MergeSide.SURVIVOR if group.checkedId() == stays else MergeSide.MERGED
            for key, group in self.groups.items()
        }

    def merge(self) -> None:
        preview = self.preview
        if preview is None:
            return
        left = (preview.survivor.id, preview.survivor.version)
        right = (preview.merged.id, preview.merged.version)
        survivor, merged = (left, right) if self.keep_left.isChecked() else (right, left)
        choices = self.choices()
        reason = self.reason.text()
        service = self._context.services.merge
        # Approving a merge attests both files are one person: the approver's password is asked.
        self.attest = ask_to_attest(
            self,
            self._context,
            title=_t("Approve the merge"),
            statement=_t(
                "I have checked that these two files belong to the same person and approve "
                "merging them. Everything recorded under the other file moves to the one that "
                "stays."
            ),
            action=_t("Merge"),
            task=lambda password: service.merge(
                self._actor, survivor, merged, choices, reason, password=password
            ),
            on_done=self._done,
            on_failed=self._failed,
        )

    def _done(self, result: tuple[MergeResult, Changes]) -> None:
        outcome, _changes = result
        self.merged.emit(outcome.survivor.id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.errors.show(error, self)
        if isinstance(error, ConflictError) and self.preview is not None:
            self.load_preview(self.preview.merged.id)  # show what is stored now

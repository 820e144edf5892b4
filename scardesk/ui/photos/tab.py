"""The patient's Photos tab: thumbnails, import (button or drag and drop), and comparison.

Photos need the patient's consent to clinical photos (Oman PDPL): importing without it opens
the consent capture first, and the import continues once consent is stored. Files are read,
cleaned (metadata, GPS included, removed by the service) and stored in the background; the
grid paints from metadata at once and fills in thumbnails as they arrive.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.assessment import AssessmentSummary
from scardesk.domain.enums import ConsentPurpose, ViewAngle
from scardesk.domain.errors import ConsentRequiredError, ValidationError
from scardesk.domain.photos import VIEW_TEXT, PhotoInfo, comparison_pairs
from scardesk.domain.records import Changes
from scardesk.domain.time import to_muscat
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import day_text
from scardesk.ui.messages import field_texts
from scardesk.ui.photos.compare import CompareDialog
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import (
    list_state_label,
    note_failure,
    set_list_state,
    show_warning,
    unreadable_text,
    warning_label,
)
from scardesk.ui.widgets.shortcut_keys import give_shortcut
from scardesk.ui.widgets.thumbnails import ThumbnailGrid

PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".png"})
THUMBNAIL_BATCH = 24  # thumbnails per background query: the first screenful shows quickly


@dataclass(frozen=True)
class ImportOutcome:
    imported: list[PhotoInfo]
    problems: list[str]
    changes: Changes


def photo_files(paths: Sequence[Path]) -> list[Path]:
    return [p for p in paths if p.suffix.lower() in PHOTO_SUFFIXES and p.is_file()]


class PhotosTab(QWidget):
    def __init__(
        self, context: ScreenContext, patient_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self._errors = ErrorPresenter(self)
        self._photos: list[PhotoInfo] = []
        self._pending: list[Path] = []
        self.consent_dialog: QDialog | None = None
        self.compare_dialog: CompareDialog | None = None
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        bar = QHBoxLayout()
        self.import_button = QPushButton(_t("Import photos…"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.choose_files)
        bar.addWidget(self.import_button)
        bar.addWidget(QLabel(_t("Tag as")))
        self.view_tag = QComboBox()
        for view in ViewAngle:
            self.view_tag.addItem(_t(VIEW_TEXT[view]), view.value)
        self.view_tag.setAccessibleName(_t("View of the imported photos"))
        bar.addWidget(self.view_tag)
        bar.addWidget(QLabel(_t("for")))
        self.link = QComboBox()
        self.link.setAccessibleName(_t("Assessment the photos belong to"))
        self.link.setMinimumWidth(220)
        bar.addWidget(self.link)
        bar.addStretch(1)
        bar.addWidget(QLabel(_t("Show")))
        self.filter = QComboBox()
        self.filter.addItem(_t("All views"), None)
        for view in ViewAngle:
            self.filter.addItem(_t(VIEW_TEXT[view]), view.value)
        self.filter.currentIndexChanged.connect(self._show_filtered)
        bar.addWidget(self.filter)
        self.compare_button = QPushButton(_t("Compare…"))
        self.compare_button.setToolTip(
            _t("Select two photos of one view, or let ScarDesk pick the first and latest.")
        )
        self.compare_button.clicked.connect(self.compare)
        give_shortcut(self.import_button, _t("Ctrl+Shift+I"))
        give_shortcut(self.compare_button, _t("Ctrl+Shift+C"))
        bar.addWidget(self.compare_button)
        layout.addLayout(bar)
        self.hint = QLabel(
            _t(
                "Drop JPEG or PNG photos here. "
                "GPS position and other metadata are removed before storing."
            )
        )
        self.hint.setObjectName("muted")
        layout.addWidget(self.hint)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.problem = warning_label()  # unreadable photos, or a list that could not be read
        layout.addWidget(self.problem)
        self.grid = ThumbnailGrid()
        self.grid.setAcceptDrops(False)
        self.grid.photo_activated.connect(lambda _pid: self.compare())
        layout.addWidget(self.grid, 1)
        self._some_unreadable = False
        self.empty_state = list_state_label(self.grid)
        context.change_bus.changed.connect(self._on_changed)
        self.reload()

    # --- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        actor = self.context.signed_in.actor
        services = self.context.services

        def load() -> tuple[
            list[PhotoInfo | UnreadableRecord], list[AssessmentSummary | UnreadableRecord]
        ]:
            return (
                services.photos.list_for_patient(actor, self.patient_id),
                services.assessments.list_for_patient(actor, self.patient_id),
            )

        self.context.runner.run(load, self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._photos = []
        self.grid.set_photos([])
        self._some_unreadable = False
        set_list_state(self.empty_state, "", error, rows=0)
        show_warning(self.problem, note_failure(error))

    def _show(
        self,
        loaded: tuple[
            list[PhotoInfo | UnreadableRecord], list[AssessmentSummary | UnreadableRecord]
        ],
    ) -> None:
        listed, every = loaded
        self._photos = [p for p in listed if isinstance(p, PhotoInfo)]
        # A photo cannot be linked to an assessment that cannot be read; both are listed above.
        assessments = [a for a in every if isinstance(a, AssessmentSummary)]
        unreadable = [p for p in listed if isinstance(p, UnreadableRecord)]
        self._some_unreadable = bool(unreadable)  # then the list is not "empty"
        show_warning(self.problem, "\n".join(unreadable_text(p) for p in unreadable))
        chosen = self.link.currentData()
        self.link.clear()
        self.link.addItem(_t("no assessment"), None)
        for summary in assessments:
            self.link.addItem(
                _t("assessment of {date}").format(
                    date=day_text(to_muscat(summary.assessed_at).date())
                ),
                summary.id,
            )
        if assessments:
            # New photos usually belong to the latest assessment.
            self.link.setCurrentIndex(max(1, self.link.findData(chosen)))
        self._show_filtered()

    def filtered_view(self) -> ViewAngle | None:
        value = self.filter.currentData()  # Qt hands enum members back as plain strings
        return ViewAngle(value) if value else None

    def _show_filtered(self) -> None:
        view = self.filtered_view()
        shown = [p for p in self._photos if view is None or p.view is view]
        self.grid.set_photos(shown)
        empty_text = (
            _t(
                "No photos yet. Drop JPEG or PNG photos here, or press Import photos, "
                "to start this patient's photo record."
            )
            if not self._photos
            else _t("No photos of this view. Choose All views to see the others.")
        )
        rows = len(shown) or int(self._some_unreadable)
        set_list_state(self.empty_state, empty_text, None, rows=rows)
        ids = [p.id for p in shown]
        photos = self.context.services.photos
        actor = self.context.signed_in.actor
        for start in range(0, len(ids), THUMBNAIL_BATCH):
            self.context.runner.run(
                partial(photos.thumbnails, actor, ids[start : start + THUMBNAIL_BATCH]),
                self.grid.set_thumbnails,
                lambda e: self._errors.show(e, self),
            )

    # --- import -------------------------------------------------------------------------------
    def choose_files(self) -> None:
        dialog = QFileDialog(self, _t("Import photos"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(_t("Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"))
        dialog.filesSelected.connect(lambda files: self.import_files([Path(f) for f in files]))
        dialog.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if photo_files(paths):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.import_files(paths)

    def import_files(self, paths: Sequence[Path]) -> None:
        """Import ``paths`` (what a drop or the file dialog delivers), asking for consent first."""
        files = photo_files(paths)
        if not files:
            self._say(_t("Only JPEG and PNG photos can be imported."), error=True)
            return
        self._pending = files
        actor = self.context.signed_in.actor
        photos = self.context.services.photos
        self.context.runner.run(
            lambda: photos.has_photo_consent(actor, self.patient_id),
            self._consent_checked,
            lambda e: self._errors.show(e, self),
        )

    def _consent_checked(self, has_consent: bool) -> None:
        if has_consent:
            self._import_pending()
        else:
            self.ask_for_consent()

    def ask_for_consent(self) -> QDialog:
        from scardesk.ui.widgets.consent_dialogs import CaptureConsentDialog

        dialog = CaptureConsentDialog(
            self.context, self.patient_id, ConsentPurpose.CLINICAL_PHOTOS, self, fixed_purpose=True
        )
        dialog.captured.connect(lambda _record: self._import_pending())
        dialog.rejected.connect(
            lambda: self._say(
                _t("Nothing was imported: the patient has not consented to clinical photos."),
                error=True,
            )
        )
        self.consent_dialog = dialog
        dialog.open()
        return dialog

    def _import_pending(self) -> None:
        files, self._pending = self._pending, []
        if not files:
            return
        actor = self.context.signed_in.actor
        photos = self.context.services.photos
        view = ViewAngle(self.view_tag.currentData())
        assessment_id = self.link.currentData()
        patient_id = self.patient_id

        def run() -> ImportOutcome:
            imported: list[PhotoInfo] = []
            problems: list[str] = []
            for path in files:
                try:
                    info, _changes = photos.import_photo(
                        actor,
                        patient_id,
                        path.read_bytes(),
                        path.name,
                        view,
                        assessment_id=assessment_id,
                    )
                    imported.append(info)
                except ValidationError as error:
                    problems.extend(field_texts(error).values())
                except OSError:
                    problems.append(f"{path.name}: the file could not be read")
            # Nothing imported, nothing to tell the other screens.
            touched = frozenset({patient_id}) if imported else frozenset()
            return ImportOutcome(imported, problems, Changes(patients=touched))

        self.import_button.setEnabled(False)
        self.context.run_command(run, self._imported, self._import_failed)

    def _imported(self, outcome: ImportOutcome) -> None:
        self.import_button.setEnabled(True)
        text = _t("%n photo(s) imported; metadata removed.", None, len(outcome.imported))
        if outcome.problems:
            text += (
                "\n" + _t("Not imported:") + "\n" + "\n".join(f"• {p}" for p in outcome.problems)
            )
        self._say(text, error=bool(outcome.problems))

    def _import_failed(self, error: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(error, ConsentRequiredError):
            self.ask_for_consent()
            return
        self._errors.show(error, self)

    def _say(self, text: str, *, error: bool = False) -> None:
        colour = "#b42318" if error else "#115e59"
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setText(text)
        self.message.show()

    # --- comparison ---------------------------------------------------------------------------
    def compare(self) -> CompareDialog | None:
        selected = [self.grid.info(pid) for pid in self.grid.selected_ids()]
        if len(selected) == 2 and selected[0].view is selected[1].view:
            earlier, later = sorted(selected, key=lambda p: (p.taken_at, p.id))
        else:
            view = self.filtered_view()
            pairs = [p for p in comparison_pairs(self._photos) if view is None or p.view is view]
            if selected:
                pairs = [p for p in pairs if p.view is selected[0].view] or pairs
            if not pairs:
                self._say(
                    _t("Comparing needs two photos of the same view taken on different days."),
                    error=True,
                )
                return None
            earlier, later = pairs[0].earlier, pairs[0].later
        self.compare_dialog = CompareDialog(self.context, self._photos, earlier, later, self)
        self.compare_dialog.open()
        return self.compare_dialog

    def _on_changed(self, changes: Changes) -> None:
        if self.patient_id in changes.patients:
            self.reload()

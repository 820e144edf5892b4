"""The patient's Assessments tab: the list, the score trend, and the photos of the chosen point.

The first paint needs only the list and the trend (two narrow queries, no image bytes); the
thumbnails of the chosen assessment load afterwards in the background.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scardesk.domain.assessment import AssessmentRecord, AssessmentSummary, TrendPoint
from scardesk.domain.errors import UnreadableRecordError, ValidationError
from scardesk.domain.photos import PhotoInfo
from scardesk.domain.records import Changes
from scardesk.domain.unreadable import UnreadableRecord
from scardesk.ui.assessment.editor import AssessmentEditor
from scardesk.ui.assessment.list_model import DATE, AssessmentListModel
from scardesk.ui.assessment.trend_chart import TrendChart
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter, sentence
from scardesk.ui.messages import field_texts
from scardesk.ui.tasks import run_logged_read
from scardesk.ui.tr import _t
from scardesk.ui.unreadable import (
    count_text,
    note_failure,
    show_warning,
    unreadable_text,
    warning_label,
)
from scardesk.ui.widgets.card import Card, plain_label
from scardesk.ui.widgets.error_line import ErrorLine
from scardesk.ui.widgets.keyboard_guard import activate_on_enter
from scardesk.ui.widgets.record_table import RECORD_ROLE, SORT_ROLE
from scardesk.ui.widgets.row_select import select_row
from scardesk.ui.widgets.selection_actions import SelectionActions
from scardesk.ui.widgets.shortcut_keys import give_shortcut
from scardesk.ui.widgets.table_columns import fit_columns
from scardesk.ui.widgets.thumbnails import ThumbnailGrid
from scardesk.ui.widgets.unsaved import DiscardGuard


class VoidDialog(DiscardGuard, QDialog):
    """Asks why an assessment is withdrawn from use; it is kept, never deleted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Void assessment"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                _t("The assessment stays in the record, marked as void, with your reason."),
                wrap=True,
            )
        )
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(_t("Reason, e.g. entered for the wrong patient"))
        self.reason.setAccessibleName(_t("Reason"))
        layout.addWidget(self.reason)
        self.error = ErrorLine()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.void_button = QPushButton(_t("Void assessment"))
        buttons.addButton(self.void_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class AssessmentsTab(QWidget):
    def __init__(
        self, context: ScreenContext, patient_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self._errors = ErrorPresenter(self)
        self.editor: AssessmentEditor | None = None
        self.void_dialog: VoidDialog | None = None
        self._points: dict[int, TrendPoint] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        bar = QHBoxLayout()
        self.new_button = QPushButton(_t("New assessment"))
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_assessment)
        self.amend_button = QPushButton(_t("Amend…"))
        self.amend_button.clicked.connect(self.amend_selected)
        self.void_button = QPushButton(_t("Void…"))
        self.void_button.clicked.connect(self.void_selected)
        self.show_voided = QCheckBox(_t("Show voided"))
        self.show_voided.toggled.connect(self.reload)
        for widget in (self.new_button, self.amend_button, self.void_button):
            bar.addWidget(widget)
        # The same keys as on the other tabs; only the tab shown answers them.
        give_shortcut(self.new_button, _t("Ctrl+Shift+I"))
        give_shortcut(self.amend_button, _t("Ctrl+Shift+M"))
        give_shortcut(self.void_button, _t("Ctrl+Shift+V"))
        bar.addStretch(1)
        bar.addWidget(self.show_voided)
        layout.addLayout(bar)

        self.model = AssessmentListModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # The list shares the tab with the trend: on a laptop its columns must give way, not be cut.
        fit_columns(self.table, keep=[DATE])
        self.table.doubleClicked.connect(lambda _index: self.amend_selected())
        activate_on_enter(self.table, lambda _index: self.amend_selected())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.row_actions = SelectionActions(self.table, [self.amend_button, self.void_button])

        self.chart = TrendChart()
        self.chart.point_clicked.connect(self.show_point)
        self.photos_title = plain_label(_t("Photos of the chosen assessment"))
        self.photos_title.setStyleSheet("font-weight: 600;")
        self.photos = ThumbnailGrid(strip=True)
        self.no_photos = plain_label(muted=True, wrap=True)
        trend = Card(_t("Score trend"))
        trend.body.addWidget(self.chart, 1)
        trend.body.addWidget(self.photos_title)
        trend.body.addWidget(self.no_photos)
        trend.body.addWidget(self.photos)
        trend.finish()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(trend)
        # The six columns need about 480 px, whole headings included, even in the default
        # 1200 px window; the trend still reads well in the rest.
        splitter.setStretchFactor(0, 11)
        splitter.setStretchFactor(1, 9)
        splitter.setSizes([550, 450])
        layout.addWidget(splitter, 1)
        self.status = QLabel()
        self.status.setObjectName("muted")
        layout.addWidget(self.status)
        self.problem = warning_label()  # unreadable rows, or a list that could not be read
        layout.addWidget(self.problem)
        context.change_bus.changed.connect(self._on_changed)
        self.reload()

    # --- loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        actor = self.context.signed_in.actor
        services = self.context.services
        include_voided = self.show_voided.isChecked()

        def load() -> tuple[list[AssessmentSummary | UnreadableRecord], list[TrendPoint]]:
            return (
                services.assessments.list_for_patient(actor, self.patient_id, include_voided),
                services.trend.points(actor, self.patient_id),
            )

        self.context.runner.run(load, self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        """The list could not be read: say so where it would be, never "no assessments"."""
        self.model.set_rows([])
        self._points = {}
        text = note_failure(error)
        self.chart.empty_text = text
        self.chart.set_points([])
        self.status.setText("")
        show_warning(self.problem, text)

    def _show(
        self, loaded: tuple[list[AssessmentSummary | UnreadableRecord], list[TrendPoint]]
    ) -> None:
        summaries, points = loaded
        selected = self.chart.selected()
        self.model.set_rows(summaries)
        self._points = {p.assessment_id: p for p in points}
        unreadable = [s for s in summaries if isinstance(s, UnreadableRecord)]
        self.chart.empty_text = count_text(len(unreadable)) if unreadable else None
        self.chart.set_points(points)
        current = len(
            [s for s in summaries if isinstance(s, AssessmentSummary) and s.voided_at is None]
        )
        self.status.setText(
            _t(
                "%n current assessment(s). Scores are computed from the stored counts.",
                None,
                current,
            )
        )
        show_warning(self.problem, "\n".join(unreadable_text(item) for item in unreadable))
        target = (
            selected if selected in self._points else (points[-1].assessment_id if points else None)
        )
        if target is not None:
            self.show_point(target)
        else:
            self.photos.set_photos([])
            self.no_photos.setText(_t("Record an assessment to start the trend."))

    def show_point(self, assessment_id: int) -> None:
        """Select that assessment in the list and chart, and load its photos in the background."""
        self.chart.set_selected(assessment_id)
        row = self.model.row_of(assessment_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if self.table.currentIndex().row() != index.row():
                select_row(self.table, index.row())
        point = self._points.get(assessment_id)
        ids = list(point.photo_ids) if point else []
        self.no_photos.setText("" if ids else _t("No photos are linked to this assessment."))
        self.no_photos.setVisible(not ids)
        photos = self.context.services.photos
        actor = self.context.signed_in.actor
        if not ids:
            self.photos.set_photos([])
            return

        def load_infos() -> list:
            wanted = set(ids)
            listed = photos.list_for_patient(actor, self.patient_id)
            return [p for p in listed if isinstance(p, PhotoInfo) and p.id in wanted]

        self.context.runner.run(
            load_infos, self._show_photo_infos, lambda e: self._errors.show(e, self)
        )

    def _show_photo_infos(self, infos: list) -> None:
        self.photos.set_photos(infos)
        photos = self.context.services.photos
        actor = self.context.signed_in.actor
        ids = [p.id for p in infos]
        self.context.runner.run(
            lambda: photos.thumbnails(actor, ids),
            self.photos.set_thumbnails,
            lambda e: self._errors.show(e, self),
        )

    def _row_changed(self, current, _previous) -> None:
        summary = self.selected_summary()
        if (
            isinstance(summary, AssessmentSummary)
            and summary.id in self._points
            and summary.id != self.chart.selected()
        ):
            self.show_point(summary.id)

    def selected_item(self) -> AssessmentSummary | UnreadableRecord | None:
        index = self.table.currentIndex()
        return self.proxy.data(index, RECORD_ROLE) if index.isValid() else None

    def selected_summary(self) -> AssessmentSummary | None:
        found = self.selected_item()
        return found if isinstance(found, AssessmentSummary) else None

    def _acting_on(self) -> AssessmentSummary | None:
        """The assessment to amend or void; an unreadable row is said so, never acted on."""
        found = self.selected_item()
        if isinstance(found, UnreadableRecord):
            self._errors.show(UnreadableRecordError(found.table, found.row_id, ""), self)
            return None
        return found

    # --- commands -----------------------------------------------------------------------------
    def new_assessment(self) -> AssessmentEditor:
        self.editor = AssessmentEditor(self.context, self.patient_id, parent=self)
        self.editor.open()
        return self.editor

    def amend_selected(self) -> None:
        summary = self._acting_on()
        if summary is None:
            return
        if summary.voided_at is not None:
            self._errors.show(
                ValidationError({"assessment": "a voided assessment cannot be amended"}), self
            )
            return
        actor = self.context.signed_in.actor
        service = self.context.services.assessments
        # Opening an assessment is a logged read (assessment.view)
        run_logged_read(
            self.context.runner,
            lambda: service.open(actor, summary.id),
            self._open_amend,
            lambda e: self._errors.show(e, self),
        )

    def _open_amend(self, record: AssessmentRecord) -> None:
        self.editor = AssessmentEditor(self.context, self.patient_id, record, parent=self)
        self.editor.open()

    def void_selected(self) -> VoidDialog | None:
        summary = self._acting_on()
        if summary is None:
            return None
        dialog = VoidDialog(self)
        dialog.accepted.connect(lambda: self._void(summary, dialog.reason.text()))
        self.void_dialog = dialog
        dialog.open()
        return dialog

    def _void(self, summary: AssessmentSummary, reason: str) -> None:
        actor = self.context.signed_in.actor
        service = self.context.services.assessments

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError) and self.void_dialog is not None:
                self.void_dialog.error.set_message(
                    sentence(next(iter(field_texts(error).values())))
                )
                self.void_dialog.open()
            else:
                self._errors.show(error, self)

        self.context.run_command(
            lambda: service.void(actor, summary.id, summary.version, reason), on_failed=failed
        )

    def _on_changed(self, changes: Changes) -> None:
        if self.patient_id in changes.patients:
            self.reload()

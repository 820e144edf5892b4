"""One patient's workspace: the shared header, then a tab per kind of record."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from scardesk.domain.patient_header import PatientHeader
from scardesk.domain.records import Changes
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.patients.header import PatientHeaderWidget
from scardesk.ui.screens import ScreenContext
from scardesk.ui.workspace.tabs import visible_tabs


class PatientWorkspace(QWidget):
    """Opened from the patient list, Today or the due list; ``back_requested`` returns there."""

    back_requested = Signal()

    def __init__(
        self, context: ScreenContext, patient_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.patient_id = patient_id
        self._errors = ErrorPresenter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.clicked.connect(self.back_requested)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.header = PatientHeaderWidget(context.signed_in.user.role)
        layout.addWidget(self.header)
        self.tabs = QTabWidget()
        self.tab_keys: list[str] = []
        for spec in visible_tabs(context):
            self.tabs.addTab(spec.factory(context, patient_id), spec.title)
            self.tab_keys.append(spec.key)
        if not self.tab_keys:
            empty = QLabel(self.tr("Nothing more to show for this patient yet."))
            empty.setObjectName("muted")
            layout.addWidget(empty)
        layout.addWidget(self.tabs, 1)
        context.change_bus.changed.connect(self._on_changed)
        self.reload_header()

    def show_tab(self, key: str) -> bool:
        if key not in self.tab_keys:
            return False
        self.tabs.setCurrentIndex(self.tab_keys.index(key))
        return True

    def reload_header(self) -> None:
        actor = self.context.signed_in.actor
        service = self.context.services.patient_header
        self.context.runner.run(
            lambda: service.open(actor, self.patient_id),
            self._show_header,
            lambda error: self._errors.show(error, self),
            write=True,  # opening a record is audited (who viewed it)
        )

    def _show_header(self, header: PatientHeader) -> None:
        self.header.set_header(header)

    def _on_changed(self, changes: Changes) -> None:
        if self.patient_id in changes.patients:
            self.reload_header()

"""The Admin screen: one tab per duty, each loading its data off the UI thread."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from scardesk.ui.admin.audit_tab import AuditTab
from scardesk.ui.admin.clinic_tab import ClinicTab
from scardesk.ui.admin.maintenance_tab import MaintenanceTab
from scardesk.ui.admin.rules_tab import RulesTab
from scardesk.ui.admin.users_tab import UsersTab
from scardesk.ui.admin.working_time_tab import WorkingTimeTab
from scardesk.ui.context import ScreenContext
from scardesk.ui.documents.content_editor import ContentEditorTab
from scardesk.ui.tr import _t
from scardesk.ui.widgets.screen_fit import ScrollingTabs


class AdminScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        title = QLabel(_t("Admin"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        # Each tab scrolls by itself: the tallest one (Safety rules) no longer makes every tab as
        # tall as itself, which on a 1280×720 laptop pushed Working time's lists below the fold.
        # It also lets the window shrink below a tab's natural width.
        self.tabs = ScrollingTabs()
        self.users = UsersTab(context)
        self.clinic = ClinicTab(context)
        self.maintenance = MaintenanceTab(context)
        self.audit = AuditTab(context)
        self.rules = RulesTab(context, editable=False)  # a clinical lead edits them
        self.content = ContentEditorTab(context)
        self.working_time = WorkingTimeTab(context)
        self.tabs.addTab(self.users, _t("Users"))
        self.tabs.addTab(self.clinic, _t("Clinic details"))
        self.tabs.addTab(self.working_time, _t("Working time"))
        self.tabs.addTab(self.rules, _t("Safety rules"))
        self.tabs.addTab(self.maintenance, _t("Backups and checks"))
        self.tabs.addTab(self.content, _t("Document text"))
        self.tabs.addTab(self.audit, _t("Audit log"))
        layout.addWidget(self.tabs, 1)


def build(context: ScreenContext) -> QWidget:
    return AdminScreen(context)

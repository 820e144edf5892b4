"""The audit log on its own, for privacy officers who are not administrators."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from scardesk.ui.admin.audit_tab import AuditTab
from scardesk.ui.context import ScreenContext
from scardesk.ui.tr import _t


class AuditScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        title = QLabel(_t("Audit log"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.audit = AuditTab(context)
        layout.addWidget(self.audit, 1)


def build(context: ScreenContext) -> QWidget:
    return AuditScreen(context)

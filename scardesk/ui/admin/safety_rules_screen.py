"""The Safety rules screen: a clinical lead edits the clinic's intervals, waits and caps.

Shown only to a practitioner the clinic made a clinical lead (Permission.EDIT_SAFETY_RULES);
the save is checked again by the service. The Admin screen shows the same values read-only.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from scardesk.ui.admin.rules_tab import RulesTab
from scardesk.ui.context import ScreenContext
from scardesk.ui.tr import _t


class SafetyRulesScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        title = QLabel(_t("Safety rules"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.rules = RulesTab(context, editable=True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.rules)
        layout.addWidget(scroll, 1)


def build(context: ScreenContext) -> QWidget:
    return SafetyRulesScreen(context)

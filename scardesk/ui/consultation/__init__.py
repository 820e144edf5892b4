"""The practitioner's consultation tabs: medical history, consent ledger and treatment plan.

The consent dialogs live in ``ui/widgets/consent_dialogs.py``: the photo import opens the capture
dialog too, when clinical-photo consent is missing.
"""

from scardesk.ui.consultation.consents_tab import ConsentsTab
from scardesk.ui.consultation.history_tab import HistoryTab
from scardesk.ui.consultation.plan_tab import PlanTab

__all__ = [
    "ConsentsTab",
    "HistoryTab",
    "PlanTab",
]

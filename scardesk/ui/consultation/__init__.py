"""The practitioner's consultation tabs: medical history, consent ledger and treatment plan.

``CaptureConsentDialog`` is exported for other screens (the photo import asks for clinical-photo
consent with it before importing).
"""

from scardesk.ui.consultation.consent_dialogs import CaptureConsentDialog, WithdrawConsentDialog
from scardesk.ui.consultation.consents_tab import ConsentsTab
from scardesk.ui.consultation.history_tab import HistoryTab
from scardesk.ui.consultation.plan_tab import PlanTab

__all__ = [
    "CaptureConsentDialog",
    "ConsentsTab",
    "HistoryTab",
    "PlanTab",
    "WithdrawConsentDialog",
]

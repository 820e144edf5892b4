"""Which tabs a patient workspace shows, and who may see each.

Each feature adds one ``TabSpec`` to ``tab_specs()``; clinical tabs carry ``VIEW_CLINICAL`` so the
front desk never sees them (clinical reference §1).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from scardesk.domain.permissions import Permission, allows
from scardesk.ui.context import ScreenContext
from scardesk.ui.tr import _t

#: Builds a tab for one patient. The widget reloads itself when the change bus says so.
TabFactory = Callable[[ScreenContext, int], QWidget]


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    permission: Permission
    factory: TabFactory


def tab_specs() -> list[TabSpec]:
    """Every tab in the order of a consultation. Imports are local: a tab costs nothing until
    a workspace is built."""
    from scardesk.ui import consultation
    from scardesk.ui.assessment.list import AssessmentsTab
    from scardesk.ui.documents.patient_tab import DocumentsTab
    from scardesk.ui.photos.tab import PhotosTab
    from scardesk.ui.sessions.tab import SessionsTab
    from scardesk.ui.workspace.details_tab import DetailsTab

    clinical = Permission.VIEW_CLINICAL
    return [
        TabSpec("details", _t("Details"), Permission.VIEW_DEMOGRAPHICS, DetailsTab),
        TabSpec("history", _t("Medical history"), clinical, consultation.HistoryTab),
        TabSpec("consents", _t("Consents"), clinical, consultation.ConsentsTab),
        TabSpec("assessments", _t("Assessments"), clinical, AssessmentsTab),
        TabSpec("photos", _t("Photos"), clinical, PhotosTab),
        TabSpec("plan", _t("Treatment plan"), clinical, consultation.PlanTab),
        TabSpec("sessions", _t("Sessions"), clinical, SessionsTab),
        TabSpec("documents", _t("Documents"), Permission.PRINT_HANDOUTS, DocumentsTab),
    ]


def visible_tabs(context: ScreenContext) -> list[TabSpec]:
    role = context.signed_in.user.role
    return [spec for spec in tab_specs() if allows(role, spec.permission)]

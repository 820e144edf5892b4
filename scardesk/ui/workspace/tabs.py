"""Which tabs a patient workspace shows, and who may see each.

Each feature adds one ``TabSpec`` to ``tab_specs()``; clinical tabs carry ``VIEW_CLINICAL`` so the
front desk never sees them (clinical reference §1).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from scardesk.domain.permissions import Permission, allows
from scardesk.ui.screens import ScreenContext

#: Builds a tab for one patient. The widget reloads itself when the change bus says so.
TabFactory = Callable[[ScreenContext, int], QWidget]


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    permission: Permission
    factory: TabFactory


def _t(text: str) -> str:
    return QCoreApplication.translate("PatientWorkspace", text)


def tab_specs() -> list[TabSpec]:
    """Every tab in display order. Imports are local so a tab costs nothing until it is built."""
    from scardesk.ui.workspace.details_tab import DetailsTab

    specs: list[TabSpec] = [
        TabSpec("details", _t("Details"), Permission.VIEW_DEMOGRAPHICS, DetailsTab)
    ]
    from scardesk.ui import consultation

    specs += [
        TabSpec(
            "history", _t("Medical history"), Permission.VIEW_CLINICAL, consultation.HistoryTab
        ),
        TabSpec("consents", _t("Consents"), Permission.VIEW_CLINICAL, consultation.ConsentsTab),
        TabSpec("plan", _t("Treatment plan"), Permission.VIEW_CLINICAL, consultation.PlanTab),
    ]
    from scardesk.ui.assessment.list import AssessmentsTab
    from scardesk.ui.photos.tab import PhotosTab

    specs += [
        TabSpec("assessments", _t("Assessments"), Permission.VIEW_CLINICAL, AssessmentsTab),
        TabSpec("photos", _t("Photos"), Permission.VIEW_CLINICAL, PhotosTab),
    ]
    from scardesk.ui.documents.patient_tab import DocumentsTab

    specs.append(TabSpec("documents", _t("Documents"), Permission.PRINT_HANDOUTS, DocumentsTab))
    from scardesk.ui.sessions.tab import SessionsTab

    specs.append(TabSpec("sessions", _t("Sessions"), Permission.VIEW_CLINICAL, SessionsTab))
    return specs


def visible_tabs(context: ScreenContext) -> list[TabSpec]:
    role = context.signed_in.user.role
    return [spec for spec in tab_specs() if allows(role, spec.permission)]

"""Every screen and dialog fits a 1280×720 laptop (the screen all UI tests run on, see conftest).

For each role that reaches it, each screen, each tab of a patient's workspace and each dialog is
shown, and then: the window lies inside the screen's available area, and every visible button
lies inside it too — a button in a scroll area counts when its scroll area does (it is one
scroll away), a button below the bottom edge of a dialog does not.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QDialog, QWidget
from reportlab.pdfgen import canvas

from scardesk.domain.enums import Role
from scardesk.domain.records import PatientInput
from scardesk.services.session import SignedIn
from scardesk.ui.admin.account_dialogs import ChangeRoleDialog, OneTimePasswordDialog
from scardesk.ui.admin.users_tab import AddUserDialog
from scardesk.ui.appointments.booking import BookingDialog
from scardesk.ui.appointments.request import BookingRequest
from scardesk.ui.assessment.editor import AssessmentEditor
from scardesk.ui.assessment.list import VoidDialog
from scardesk.ui.documents.preview import PdfPreviewDialog
from scardesk.ui.documents.readers_dialog import ReadersDialog
from scardesk.ui.login.change_password import ChangePasswordDialog
from scardesk.ui.login.dialog import FirstAdminDialog, SignInDialog
from scardesk.ui.main_window import MainWindow
from scardesk.ui.patients.conflict import ConflictDialog
from scardesk.ui.patients.dialogs import ArchiveDialog
from scardesk.ui.patients.form import PatientFormDialog
from scardesk.ui.patients.merge_dialog import MergeDialog
from scardesk.ui.products.dialogs import AdjustStockDialog, ProductDialog, ReceiveLotDialog
from scardesk.ui.sessions.editor import SessionEditor
from scardesk.ui.widgets.consent_dialogs import CaptureConsentDialog, WithdrawConsentDialog
from tests.ui.patient_helpers import make_context
from tests.ui.session_helpers import SessionClinic, session_clinic

SCREEN = (1280, 720)


def screen_area() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _scroll_viewport(widget: QWidget) -> QWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            return parent.viewport()
        parent = parent.parentWidget()
    return None


def misplaced(window: QWidget) -> list[str]:
    """What of ``window`` lies outside the screen: the window itself, then its buttons."""
    area = screen_area()
    problems = []
    if not area.contains(window.frameGeometry()):
        problems.append(f"window {window.frameGeometry().getRect()} outside {area.getRect()}")
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.window() is not window:
            continue
        viewport = _scroll_viewport(button)
        shown = global_rect(viewport) if viewport is not None else global_rect(button)
        inside_window = QRect(window.mapToGlobal(window.rect().topLeft()), window.size())
        if not (area.contains(shown) and inside_window.contains(shown)):
            problems.append(f"button {button.text()!r} at {shown.getRect()}")
    return problems


def test_the_tests_run_on_a_laptop_screen(qapp):
    assert screen_area().size().toTuple() == SCREEN


def _visit_everything(qtbot, window: MainWindow, patient_id: int) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    keys = window.navigation.keys()
    for key in keys:
        window.show_screen(key)
        qtbot.wait(5)
        seen[f"screen {key}"] = misplaced(window)
    workspace = window.open_patient(patient_id)
    for index, key in enumerate(workspace.tab_keys):
        workspace.tabs.setCurrentIndex(index)
        qtbot.wait(5)
        seen[f"patient tab {key}"] = misplaced(window)
    return seen


@pytest.mark.parametrize("role", [Role.FRONT_DESK, Role.PRACTITIONER, Role.ADMIN])
def test_every_screen_and_patient_tab_fits(qtbot, open_window, services, make_user, role):
    clinic = session_clinic(services, make_user)
    signed_in = (
        clinic.context.signed_in if role is Role.PRACTITIONER else make_user("desk.user", role)
    )
    if role is Role.ADMIN:
        signed_in = make_user("first.admin", role)
    window = open_window(signed_in)
    seen = _visit_everything(qtbot, window, clinic.patient_id)
    assert {name: problems for name, problems in seen.items() if problems} == {}
    assert window.height() <= SCREEN[1]  # opening a patient no longer stretches the window


def test_nothing_scrolls_sideways_at_the_default_window_size(
    qtbot, open_window, services, make_user
):
    clinic = session_clinic(services, make_user)
    window = open_window(clinic.context.signed_in)
    wide = []
    keys = window.navigation.keys()
    for key in keys:
        window.show_screen(key)
        qtbot.wait(5)
        for area in window.page(key).findChildren(QAbstractScrollArea):
            bar = area.horizontalScrollBar()
            if area.isVisible() and bar.isVisible() and bar.maximum() > 0:
                wide.append((key, area.objectName() or type(area).__name__))
    assert wide == []


DialogMaker = Callable[[SessionClinic, MainWindow], QDialog]


def _lot(clinic: SessionClinic):  # type: ignore[no-untyped-def]
    products = clinic.context.services.products
    return products.list_lots(clinic.context.signed_in.actor, clinic.botox_id)[0]


def _consent(clinic: SessionClinic):  # type: ignore[no-untyped-def]
    consents = clinic.context.services.consents
    return consents.list_for_patient(clinic.context.signed_in.actor, clinic.patient_id)[0]


def _patient(clinic: SessionClinic):  # type: ignore[no-untyped-def]
    return clinic.context.services.patients.get(clinic.context.signed_in.actor, clinic.patient_id)


def _minimal_pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "A page")
    page.save()
    return buffer.getvalue()


PRACTITIONER_DIALOGS: dict[str, DialogMaker] = {
    "session editor": lambda c, w: SessionEditor(c.context, c.patient_id, parent=w),
    "assessment editor": lambda c, w: AssessmentEditor(c.context, c.patient_id, parent=w),
    "new patient": lambda c, w: PatientFormDialog(c.context, parent=w),
    "edit patient": lambda c, w: PatientFormDialog(c.context, _patient(c), parent=w),
    "booking": lambda c, w: BookingDialog(c.context, BookingRequest(_today()), parent=w),
    "merge": lambda c, w: MergeDialog(c.context, c.patient_id, parent=w),
    "archive": lambda c, w: ArchiveDialog("Aisha Al Balushi", parent=w),
    "conflict": lambda c, w: ConflictDialog(_input(c), _patient(c), parent=w),
    "void assessment": lambda c, w: VoidDialog(parent=w),
    "capture consent": lambda c, w: CaptureConsentDialog(c.context, c.patient_id, parent=w),
    "withdraw consent": lambda c, w: WithdrawConsentDialog(c.context, _consent(c), parent=w),
    "record readers": lambda c, w: ReadersDialog(c.context, c.patient_id, parent=w),
    "pdf preview": lambda c, w: PdfPreviewDialog(_minimal_pdf(), "Aftercare", parent=w),
    "new product": lambda c, w: ProductDialog(c.context, parent=w),
    "receive lot": lambda c, w: ReceiveLotDialog(c.context, _product(c), _today(), parent=w),
    "adjust stock": lambda c, w: AdjustStockDialog(c.context, _lot(c), parent=w),
    "change password": lambda c, w: ChangePasswordDialog(
        c.context.services.users, c.context.runner, c.context.signed_in.user, parent=w
    ),
    "sign in": lambda c, w: SignInDialog(c.context.services.users, c.context.runner, parent=w),
    "first admin": lambda c, w: FirstAdminDialog(
        c.context.services.users, c.context.runner, parent=w
    ),
}
ADMIN_DIALOGS: dict[str, DialogMaker] = {
    "add user": lambda c, w: AddUserDialog(c.context, parent=w),
    "change role": lambda c, w: ChangeRoleDialog("dr.salma", Role.PRACTITIONER, parent=w),
    "one-time password": lambda c, w: OneTimePasswordDialog("dr.salma", "Xk3-pq9-Lm2", parent=w),
}


def _today():  # type: ignore[no-untyped-def]
    from scardesk.domain.time import muscat_today

    return muscat_today()


def _product(clinic: SessionClinic):  # type: ignore[no-untyped-def]
    products = clinic.context.services.products
    return products.get_product(clinic.context.signed_in.actor, clinic.botox_id)


def _input(clinic: SessionClinic) -> PatientInput:
    from tests.helpers import aisha

    return aisha()


def _check_dialog(qtbot, window: MainWindow, dialog: QDialog) -> list[str]:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(5)
    problems = misplaced(dialog)
    dialog.done(0)
    return problems


@pytest.mark.parametrize("name", sorted(PRACTITIONER_DIALOGS))
def test_every_practitioner_dialog_fits(qtbot, open_window, services, make_user, name):
    clinic = session_clinic(services, make_user)
    window = open_window(clinic.context.signed_in)
    dialog = PRACTITIONER_DIALOGS[name](clinic, window)
    assert _check_dialog(qtbot, window, dialog) == []


@pytest.mark.parametrize("name", sorted(ADMIN_DIALOGS))
def test_every_admin_dialog_fits(qtbot, open_window, services, make_user, runner, name):
    clinic = session_clinic(services, make_user)
    admin: SignedIn = make_user("first.admin", Role.ADMIN)
    window = open_window(admin)
    as_admin = dataclasses.replace(clinic, context=make_context(services, admin, runner))
    dialog = ADMIN_DIALOGS[name](as_admin, window)
    assert _check_dialog(qtbot, window, dialog) == []

"""The main dialogs, opened over a demo clinic's main window, for ``screenshots_sizes.py``.

Each maker gets the window's ``ScreenContext`` and a demo patient id and returns the dialog as a
user would first see it; the caller shows it, grabs it and closes it. The same dialogs as the
1280×720 fit test (``tests/ui/test_fits_laptop_screen.py``), made from the demo's own records.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget
from reportlab.pdfgen import canvas

from scardesk.domain.enums import Role
from scardesk.domain.time import muscat_today
from scardesk.ui import display
from scardesk.ui.admin.account_dialogs import ChangeRoleDialog, OneTimePasswordDialog
from scardesk.ui.admin.users_tab import AddUserDialog
from scardesk.ui.appointments.booking import BookingDialog
from scardesk.ui.appointments.request import BookingRequest
from scardesk.ui.assessment.editor import AssessmentEditor
from scardesk.ui.assessment.list import VoidDialog
from scardesk.ui.context import ScreenContext
from scardesk.ui.documents.preview import PdfPreviewDialog
from scardesk.ui.documents.readers_dialog import ReadersDialog
from scardesk.ui.login.change_password import ChangePasswordDialog
from scardesk.ui.login.dialog import SignInDialog
from scardesk.ui.patients.dialogs import ArchiveDialog
from scardesk.ui.patients.form import PatientFormDialog
from scardesk.ui.patients.merge_dialog import MergeDialog
from scardesk.ui.preferences_dialog import PreferencesDialog
from scardesk.ui.products.dialogs import AdjustStockDialog, ProductDialog, ReceiveLotDialog
from scardesk.ui.sessions.editor import SessionEditor
from scardesk.ui.widgets.consent_dialogs import CaptureConsentDialog, WithdrawConsentDialog

Maker = Callable[[ScreenContext, int, QWidget], QDialog]


def _pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Aftercare")
    page.save()
    return buffer.getvalue()


def _first_lot(context: ScreenContext):  # type: ignore[no-untyped-def]
    products = context.services.products
    actor = context.signed_in.actor
    for product in products.list_products(actor):
        lots = products.list_lots(actor, product.id)
        if lots:
            return lots[0]
    raise LookupError("the demo has no lot")


def _first_product(context: ScreenContext):  # type: ignore[no-untyped-def]
    return context.services.products.list_products(context.signed_in.actor)[0]


def _withdraw(context: ScreenContext, patient_id: int, parent: QWidget) -> QDialog:
    consents = context.services.consents.list_for_patient(context.signed_in.actor, patient_id)
    return WithdrawConsentDialog(context, consents[0], parent=parent)


def _edit_patient(context: ScreenContext, patient_id: int, parent: QWidget) -> QDialog:
    patient = context.services.patients.get(context.signed_in.actor, patient_id)
    return PatientFormDialog(context, patient, parent=parent)


PRACTITIONER: dict[str, Maker] = {
    "session-editor": lambda c, p, w: SessionEditor(c, p, parent=w),
    "assessment-editor": lambda c, p, w: AssessmentEditor(c, p, parent=w),
    "new-patient": lambda c, p, w: PatientFormDialog(c, parent=w),
    "edit-patient": _edit_patient,
    "booking": lambda c, p, w: BookingDialog(c, BookingRequest(muscat_today()), parent=w),
    "merge": lambda c, p, w: MergeDialog(c, p, parent=w),
    "archive": lambda c, p, w: ArchiveDialog("Aisha Al Balushi", parent=w),
    "void-assessment": lambda c, p, w: VoidDialog(parent=w),
    "capture-consent": lambda c, p, w: CaptureConsentDialog(c, p, parent=w),
    "withdraw-consent": _withdraw,
    "pdf-preview": lambda c, p, w: PdfPreviewDialog(_pdf(), "Aftercare", parent=w),
    "new-product": lambda c, p, w: ProductDialog(c, parent=w),
    "receive-lot": lambda c, p, w: ReceiveLotDialog(c, _first_product(c), muscat_today(), parent=w),
    "adjust-stock": lambda c, p, w: AdjustStockDialog(c, _first_lot(c), parent=w),
    "change-password": lambda c, p, w: ChangePasswordDialog(
        c.services.users, c.runner, c.signed_in.user, parent=w
    ),
    "preferences": lambda c, p, w: PreferencesDialog(display.current(), parent=w),
    "sign-in": lambda c, p, w: SignInDialog(c.services.users, c.runner, parent=w),
}
ADMIN: dict[str, Maker] = {
    # Only those who may read the audit trail see who read a record; a practitioner is refused.
    "record-readers": lambda c, p, w: ReadersDialog(c, p, parent=w),
    "add-user": lambda c, p, w: AddUserDialog(c, parent=w),
    "change-role": lambda c, p, w: ChangeRoleDialog("dr.salma", Role.PRACTITIONER, parent=w),
    "one-time-password": lambda c, p, w: OneTimePasswordDialog("dr.salma", "Xk3-pq9-Lm2", parent=w),
}
BY_ROLE = {"practitioner": PRACTITIONER, "admin": ADMIN}

"""Every editing form of the app, opened on one clinic, for tests that go through all of them.

``FORMS`` maps a name to a function that builds and shows one form; ``FormClinic`` holds what
they need (a practitioner's and an administrator's context, a patient with a consent, a toxin
product with lots). Also: a real wheel event, and a way to answer "Discard changes?".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from scardesk.domain.enums import Modality, Role
from scardesk.domain.plans import PlanInput, PlanItemInput
from scardesk.domain.time import muscat_today
from scardesk.services.container import Services
from scardesk.ui.admin.clinic_tab import ClinicTab
from scardesk.ui.admin.rules_tab import RulesTab
from scardesk.ui.admin.users_tab import AddUserDialog
from scardesk.ui.appointments.booking import BookingDialog
from scardesk.ui.appointments.request import BookingRequest
from scardesk.ui.assessment.editor import AssessmentEditor
from scardesk.ui.assessment.list import VoidDialog
from scardesk.ui.consultation.history_tab import HistoryTab
from scardesk.ui.consultation.plan_tab import PlanTab, StopPlanDialog
from scardesk.ui.context import ScreenContext
from scardesk.ui.documents.content_editor import ContentEditorTab
from scardesk.ui.patients.dialogs import ArchiveDialog
from scardesk.ui.patients.form import PatientFormDialog
from scardesk.ui.products.dialogs import AdjustStockDialog, ProductDialog, ReceiveLotDialog
from scardesk.ui.sessions.common import modality_name
from scardesk.ui.sessions.editor import SessionEditor
from scardesk.ui.widgets.consent_dialogs import CaptureConsentDialog, WithdrawConsentDialog
from scardesk.ui.widgets.unsaved import DISCARD_BOX_NAME
from scardesk.ui.widgets.wheel_guard import is_guarded
from tests.ui.patient_helpers import make_context
from tests.ui.session_helpers import session_clinic


@dataclass(frozen=True)
class FormClinic:
    services: Services
    doctor: ScreenContext
    admin: ScreenContext
    patient_id: int
    botox_id: int


def form_clinic(services: Services, make_user) -> FormClinic:  # type: ignore[no-untyped-def]
    clinic = session_clinic(services, make_user)
    admin = make_context(services, make_user("first.admin", Role.ADMIN))
    return FormClinic(services, clinic.context, admin, clinic.patient_id, clinic.botox_id)


def _session_with_every_modality(c: FormClinic) -> QWidget:
    editor = SessionEditor(c.doctor, c.patient_id)
    for modality in Modality:  # toxin, microneedling, laser and peel cards, all at once
        action = next(a for a in editor.add_menu.actions() if a.text() == modality_name(modality))
        action.trigger()
    return editor


def _patient_form(c: FormClinic) -> QWidget:
    record = c.services.patients.get(c.doctor.signed_in.actor, c.patient_id)
    return PatientFormDialog(c.doctor, record)


def _withdraw(c: FormClinic) -> QWidget:
    consent = c.services.consents.list_for_patient(c.doctor.signed_in.actor, c.patient_id)[0]
    return WithdrawConsentDialog(c.doctor, consent)


def _product(c: FormClinic) -> QWidget:
    product = c.services.products.get_product(c.admin.signed_in.actor, c.botox_id)
    return ProductDialog(c.admin, product)


def _receive(c: FormClinic) -> QWidget:
    product = c.services.products.get_product(c.admin.signed_in.actor, c.botox_id)
    return ReceiveLotDialog(c.admin, product, muscat_today())


def _adjust(c: FormClinic) -> QWidget:
    lot = c.services.products.list_lots(c.admin.signed_in.actor, c.botox_id)[0]
    return AdjustStockDialog(c.admin, lot)


def _stop_plan(c: FormClinic) -> QWidget:
    item = PlanItemInput(Modality.MICRONEEDLING, 4)
    plan, _ = c.services.plans.create(c.doctor.signed_in.actor, c.patient_id, PlanInput((item,)))
    return StopPlanDialog(c.doctor, plan, None)  # type: ignore[arg-type]


FORMS: dict[str, Callable[[FormClinic], QWidget]] = {
    "assessment editor": lambda c: AssessmentEditor(c.doctor, c.patient_id),
    "session editor": _session_with_every_modality,
    "history tab": lambda c: HistoryTab(c.doctor, c.patient_id),
    "plan tab": lambda c: PlanTab(c.doctor, c.patient_id),
    "patient form": _patient_form,
    "new patient form": lambda c: PatientFormDialog(c.doctor),
    "booking dialog": lambda c: BookingDialog(c.doctor, BookingRequest(muscat_today())),
    "consent capture": lambda c: CaptureConsentDialog(c.doctor, c.patient_id),
    "consent withdrawal": _withdraw,
    "new product": lambda c: ProductDialog(c.admin, None),
    "product edit": _product,
    "lot receipt": _receive,
    "stock adjustment": _adjust,
    "rules tab": lambda c: RulesTab(c.admin),
    "clinic tab": lambda c: ClinicTab(c.admin),
    "document text editor": lambda c: ContentEditorTab(c.admin),
    "new user": lambda c: AddUserDialog(c.admin),
    "plan stop": _stop_plan,
    "assessment void": lambda c: VoidDialog(),
    "patient archive": lambda c: ArchiveDialog("Aisha Al Balushi"),
}

DIALOGS = [
    name
    for name in FORMS
    if name not in ("history tab", "plan tab", "rules tab", "clinic tab", "document text editor")
]


def open_form(qtbot, clinic: FormClinic, name: str, size: tuple[int, int] = (1000, 640)) -> QWidget:  # type: ignore[no-untyped-def]
    form = FORMS[name](clinic)
    qtbot.addWidget(form)
    form.resize(*size)  # smaller than the content: the forms that scroll have to
    with qtbot.waitExposed(form):
        form.show()
    return form


def value_fields(form: QWidget) -> list[QWidget]:
    """The spin boxes, date and time edits, combo boxes and sliders the user can see."""
    return [
        w
        for w in form.findChildren(QWidget)
        if is_guarded(w) and w.isVisibleTo(form) and w.isEnabled()
    ]


def field_value(widget: QWidget) -> object:
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    assert isinstance(widget, QAbstractSlider)
    return widget.value()


def wheel(widget: QWidget, notches: int) -> QWheelEvent:
    """One real wheel event over the middle of ``widget``; positive notches scroll up."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre)),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event


def clear_focus() -> None:
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()


def edit_like_a_user(qtbot, form: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Click into the form's first free text field and type, as a person would."""
    for edit in form.findChildren(QLineEdit):
        parent = edit.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox) or not edit.isVisibleTo(form):
            continue
        if edit.isEnabled() and not edit.isReadOnly():
            qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(edit, "Xy")
            return
    for text in [*form.findChildren(QPlainTextEdit), *form.findChildren(QTextEdit)]:
        if text.isVisibleTo(form) and text.isEnabled() and not text.isReadOnly():
            qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton)
            qtbot.keyClicks(text, "Xy")
            return
    raise AssertionError("no text field to edit")


@contextmanager
def answering_discard(choice: str | None) -> Iterator[list[str]]:
    """Answer each "Discard changes?" that appears with the button ``choice`` ("Discard" or
    "Keep editing"); the list collects the question of each box seen. ``choice`` None: a box
    that appears is answered "Keep editing" (so the test cannot hang) and still recorded."""
    seen: list[str] = []
    timer = QTimer()

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == DISCARD_BOX_NAME:
            seen.append(box.text())
            wanted = choice or "Keep editing"
            button = next(b for b in box.buttons() if b.text() == wanted)
            button.click()

    timer.timeout.connect(look)
    timer.start(30)
    try:
        yield seen
    finally:
        timer.stop()

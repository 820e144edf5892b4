"""Opening a patient's form from any screen (Patients, Today, the due list)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from scardesk.domain.records import PatientRecord
from scardesk.ui.context import ScreenContext
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.patients.form import PatientFormDialog


def open_patient_form(
    context: ScreenContext,
    patient_id: int,
    parent: QWidget | None,
    show: Callable[[PatientFormDialog], None] | None = None,
) -> None:
    """Load patient ``patient_id`` off the UI thread, then open their form.

    ``show`` receives the built dialog (default: ``open()`` it); screens pass their own to keep
    a reference or connect ``saved``.
    """
    presenter = ErrorPresenter(parent)

    def opened(record: PatientRecord) -> None:
        form = PatientFormDialog(context, record, parent)
        (show or PatientFormDialog.open)(form)

    context.runner.run(
        lambda: context.services.patients.get(context.signed_in.actor, patient_id),
        opened,
        lambda error: presenter.show(error, parent),
    )

"""One-click issuing from anywhere: the Documents tab, Today's rows, a session screen.

Each function runs the service off the UI thread (issuing renders a PDF and writes it), then
opens the preview with the stored bytes. ``on_shown`` receives the dialog (tests, and screens
that want to refresh a list once a document exists).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from scardesk.domain.documents import SheetOptions
from scardesk.domain.enums import Modality
from scardesk.domain.issued_documents import DocumentKind, IssuedDocumentRecord
from scardesk.ui import display
from scardesk.ui.context import ScreenContext
from scardesk.ui.documents.preview import PdfPreviewDialog
from scardesk.ui.errors import ErrorPresenter
from scardesk.ui.labels import modality_name
from scardesk.ui.tasks import run_logged_read
from scardesk.ui.tr import _t

OnShown = Callable[[PdfPreviewDialog], None]


def kind_title(kind: DocumentKind, modality: Modality | None = None) -> str:
    if kind is DocumentKind.AFTERCARE:
        return _t("Aftercare sheet")
    if kind is DocumentKind.CONSENT:
        return _t("Consent form") + (f": {modality_name(modality)}" if modality else "")
    return _t("Visit summary")


def file_name(record: IssuedDocumentRecord) -> str:
    """A file name with ids and the date only: names stay out of file listings and logs."""
    day = record.issued_at.date().isoformat()
    if record.kind is DocumentKind.AFTERCARE:
        return f"aftercare-session-{record.session_id}-{day}.pdf"
    if record.kind is DocumentKind.CONSENT:
        modality = record.modality.value if record.modality else "form"
        return f"consent-{modality}-patient-{record.patient_id}-{day}.pdf"
    return f"visit-summary-patient-{record.patient_id}-{day}.pdf"


def show_preview(
    pdf: bytes, title: str, name: str, parent: QWidget | None, on_shown: OnShown | None = None
) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(pdf, title, name, parent)
    dialog.setModal(False)
    dialog.open()
    if on_shown is not None:
        on_shown(dialog)
    return dialog


def _issue(
    context: ScreenContext,
    parent: QWidget,
    task: Callable[[], IssuedDocumentRecord],
    on_shown: OnShown | None,
) -> None:
    errors = ErrorPresenter(parent)

    def shown(record: IssuedDocumentRecord) -> None:
        assert record.pdf is not None
        title = kind_title(record.kind, record.modality)
        show_preview(record.pdf, title, file_name(record), parent, on_shown)

    context.run_command(task, shown, lambda error: errors.show(error, parent))


def print_aftercare(
    context: ScreenContext,
    session_id: int,
    parent: QWidget,
    on_shown: OnShown | None = None,
    *,
    options: SheetOptions | None = None,
) -> None:
    """Issue (or re-issue unchanged) a session's aftercare sheet and preview it, in the
    languages and print size chosen."""
    actor = context.signed_in.actor
    service = context.services.documents
    _issue(
        context,
        parent,
        lambda: service.issue_aftercare(actor, session_id, options=options),
        on_shown,
    )


def print_aftercare_for_appointment(
    context: ScreenContext, appointment_id: int, parent: QWidget, on_shown: OnShown | None = None
) -> None:
    """The hook for Today's row action: the sheet of the session recorded for the booking."""
    actor = context.signed_in.actor
    service = context.services.documents
    _issue(
        context,
        parent,
        lambda: service.issue_aftercare_for_appointment(
            actor, appointment_id, options=SheetOptions(show_hijri=display.current().show_hijri)
        ),
        on_shown,
    )


def print_consent(
    context: ScreenContext,
    patient_id: int,
    modality: Modality,
    parent: QWidget,
    on_shown: OnShown | None = None,
) -> None:
    actor = context.signed_in.actor
    service = context.services.documents
    options = _display_options()
    _issue(
        context,
        parent,
        lambda: service.issue_consent(actor, patient_id, modality, options=options),
        on_shown,
    )


def print_visit_summary(
    context: ScreenContext, patient_id: int, parent: QWidget, on_shown: OnShown | None = None
) -> None:
    actor = context.signed_in.actor
    service = context.services.documents
    options = _display_options()
    _issue(
        context,
        parent,
        lambda: service.issue_visit_summary(actor, patient_id, options=options),
        on_shown,
    )


def _display_options() -> SheetOptions:
    """The consent form and the visit summary print the Hijri date when the user reads it on
    screen too (the display preference), as the aftercare sheet does."""
    return SheetOptions(show_hijri=display.current().show_hijri)


def open_issued(
    context: ScreenContext,
    record: IssuedDocumentRecord,
    parent: QWidget,
    on_shown: OnShown | None = None,
) -> None:
    """Preview a stored document: the reprint is the stored bytes (audited as a reprint)."""
    actor = context.signed_in.actor
    service = context.services.documents
    errors = ErrorPresenter(parent)
    title = kind_title(record.kind, record.modality)
    run_logged_read(
        context.runner,
        lambda: service.reprint(actor, record.id),
        lambda pdf: show_preview(pdf, title, file_name(record), parent, on_shown),
        lambda error: errors.show(error, parent),
    )

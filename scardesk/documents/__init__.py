"""Printed documents: aftercare sheets, consent forms and visit summaries as PDF bytes.

Each ``render_*`` is a pure function of a record (``scardesk.domain.documents``), the
clinic-editable text (:class:`ContentLibrary`) and the styles here: no database, no Qt, no
clock. The same record and content always give the same bytes.
"""

from scardesk.documents.aftercare import render_aftercare
from scardesk.documents.consent import (
    consent_form_version,
    consent_wording,
    render_consent,
    wording_held,
)
from scardesk.documents.content import ContentFile, ContentLibrary, content_version_label
from scardesk.documents.layout import RenderedDocument
from scardesk.documents.summary import render_visit_summary

__all__ = [
    "ContentFile",
    "ContentLibrary",
    "RenderedDocument",
    "consent_form_version",
    "consent_wording",
    "content_version_label",
    "render_aftercare",
    "render_consent",
    "render_visit_summary",
    "wording_held",
]

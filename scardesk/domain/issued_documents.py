"""Records of issued documents and of the clinic-editable content, as the screens see them.

An issued document is stored once, bytes and SHA-256 together, so a reprint is the very same
file; these records carry what a list or a preview needs without moving every PDF around.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from scardesk.domain.documents import ContentKind, Lang
from scardesk.domain.enums import Modality
from scardesk.domain.records import Changes


class DocumentKind(StrEnum):
    """What was issued (the ``kind`` column of ``issued_documents``)."""

    AFTERCARE = "aftercare"
    CONSENT = "consent"
    VISIT_SUMMARY = "visit_summary"


@dataclass(frozen=True, slots=True)
class IssuedDocumentRecord:
    """One stored document. ``pdf`` is filled when the document was just issued (so the
    preview can open at once) and left out of lists; fetch it with ``reprint``.

    ``reused`` is True when an identical document (same SHA-256) had already been issued for
    the same session or patient, and that stored one was returned instead of a duplicate.
    ``issued_by_name`` is "command line" for documents the CLI issued.
    """

    id: int
    kind: DocumentKind
    patient_id: int
    session_id: int | None
    modality: Modality | None
    content_version: str
    sha256: str
    pages: int
    size_bytes: int
    issued_at: datetime
    issued_by_id: int | None
    issued_by_name: str
    pdf: bytes | None = None
    reused: bool = False
    #: What the command that returned this changed, for the change bus; empty on one read back.
    changes: Changes = field(default_factory=Changes, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class SessionChoice:
    """A session the aftercare sheet can be printed for: no clinical detail beyond the
    modalities, which the sheet itself shows to the patient."""

    session_id: int
    performed_at: datetime
    modalities: tuple[Modality, ...]
    voided: bool


@dataclass(frozen=True, slots=True)
class ContentFileInfo:
    """One editable content file as the admin's list shows it. ``source`` is ``"bundled"``
    or ``"clinic"`` (the clinic's override is in use)."""

    kind: ContentKind
    modality: Modality | None
    lang: Lang
    version: str
    title: str
    source: str
    #: What the command that returned this changed, for the change bus; empty on one read back.
    changes: Changes = field(default_factory=Changes, compare=False, repr=False)

    @property
    def name(self) -> str:
        """e.g. ``aftercare/toxin.ar`` or ``common.en`` (as in the printed footer)."""
        if self.modality is None:
            return f"{self.kind.value}.{self.lang.value}"
        return f"{self.kind.value}/{self.modality.value}.{self.lang.value}"

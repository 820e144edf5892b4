"""The patient's own copy of their record (Oman PDPL right of access, clinical reference §8).

One ZIP per request: ``record.pdf`` (bilingual, the whole record), ``record.json`` (the same
data for another system), ``photos/*.jpg``, ``documents/*.pdf`` (every issued document exactly
as stored), ``signatures/*.png`` (each consent's signature as captured) and ``README.txt`` in
English and Arabic.

Only roles that may read clinical records may export one (``VIEW_CLINICAL``): the copy holds
the history, photos and notes the front desk never sees. The command line acts as SYSTEM.

The export is one audited event ("patient.export", entity ``patients`` / the patient's id) in
one unit of work; the finished ZIP is renamed into place inside that unit of work, so an export
that could not be written is not audited as done, and a failed commit removes the file again.
The audit event and the log hold ids, counts and the file's SHA-256: no names, no path (a file
name chosen in a dialog may well be the patient's name).
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from scardesk.db.engine import Database
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.documents import ContentLibrary
from scardesk.documents.patient_copy import render_patient_copy
from scardesk.documents.patient_copy_text import README
from scardesk.domain.errors import StorageRefusedError
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.time import muscat_today, utc_now
from scardesk.services import document_content as content
from scardesk.services.access import check
from scardesk.services.export_files import move_into_place, record_json, write_zip_atomically
from scardesk.services.export_record import gather
from scardesk.services.history import require_patient

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was written, for the screen's message and the command line's line of output."""

    path: Path
    patient_id: int
    size_bytes: int
    sha256: str
    pdf_pages: int
    photos: int
    documents: int
    unreadable: int
    seconds: float


def suggested_file_name(patient_id: int, on: datetime | None = None) -> str:
    """A file name with the file number and the day only, never the patient's name."""
    day = muscat_today(on or utc_now()).isoformat()
    return f"patient-{patient_id}-record-{day}.zip"


class PatientExportService:
    def __init__(
        self,
        database: Database,
        library: ContentLibrary | None = None,
        content_dir: Path | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self._db = database
        override = content.content_dir_for(database) if content_dir is None else content_dir
        self._library = (library or ContentLibrary()).with_override(override)
        self._clock = clock

    def export(
        self, actor: Actor, patient_id: int, destination: Path, *, overwrite: bool = False
    ) -> ExportResult:
        """Write the patient's copy to ``destination`` (a ``.zip``); audited as "patient.export".

        An existing file is refused unless ``overwrite`` (a save dialog has already asked).
        """
        check(self._db, actor, Permission.VIEW_CLINICAL)
        started = time.perf_counter()
        destination = Path(destination)
        if destination.is_dir():
            raise StorageRefusedError(Message("export.is_a_folder", {"path": str(destination)}))
        if not overwrite and destination.exists():
            raise StorageRefusedError(Message("export.file_exists", {"path": str(destination)}))
        with self._db.sessions() as session:
            require_patient(session, patient_id)  # NotFoundError before any work
        moment = self._clock()
        gathered = gather(self._db, actor, patient_id, moment)
        rendered = render_patient_copy(gathered.record, gathered.clinic, self._library)
        entries = [
            ("README.txt", README.encode("utf-8"), True),
            ("record.pdf", rendered.pdf, True),
            ("record.json", record_json(gathered.record), True),
            *((photo.path, photo.data, False) for photo in gathered.photos),
            *((doc.path, doc.data, False) for doc in gathered.documents),
            *((sig.path, sig.data, False) for sig in gathered.signatures),
        ]
        temporary, size = write_zip_atomically(destination, entries, moment)
        placed = False
        try:
            digest = _sha256(temporary)
            with UnitOfWork(self._db, actor, "patient.export") as uow:
                require_patient(uow.session, patient_id)
                uow.note(
                    "patients",
                    patient_id,
                    after={
                        "sha256": digest,
                        "bytes": size,
                        "photos": len(gathered.photos),
                        "documents": len(gathered.documents),
                        "unreadable": gathered.unreadable_count,
                        "format_version": gathered.record["version"],
                    },
                )
                move_into_place(temporary, destination, overwrite=overwrite)
                placed = True
        except BaseException:
            temporary.unlink(missing_ok=True)
            if placed:  # written, but the audit event did not commit: take the file back
                destination.unlink(missing_ok=True)
            raise
        seconds = time.perf_counter() - started
        _log.info(
            "patient %s exported: %d bytes, %d photos, %d documents, %d unreadable, %.2f s",
            patient_id,
            size,
            len(gathered.photos),
            len(gathered.documents),
            gathered.unreadable_count,
            seconds,
        )
        return ExportResult(
            path=destination,
            patient_id=patient_id,
            size_bytes=size,
            sha256=digest,
            pdf_pages=rendered.pages,
            photos=len(gathered.photos),
            documents=len(gathered.documents),
            unreadable=gathered.unreadable_count,
            seconds=seconds,
        )


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()

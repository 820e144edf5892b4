"""Exporting a recall report to a file — CSV, XLSX or PDF — straight from the database.

Rows go from the database cursor into the file batch by batch, so a 65,000-row CSV or XLSX
takes as little memory as a 2,000-row one (a PDF grows by ReportLab's compressed pages only),
and the caller can show progress and stop. The file is
written beside its final name and only renamed into place once complete; a stop or a failure
leaves nothing behind. The rename happens inside the audited transaction (action
``recall.export``), and the file is removed again if that transaction then fails.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import BinaryIO, Protocol

from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import Lot, Product, User
from scardesk.db.unit_of_work import Actor, UnitOfWork
from scardesk.domain.documents import ClinicHeader
from scardesk.domain.errors import (
    CancelledError,
    NotFoundError,
    StorageRefusedError,
    ValidationError,
)
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.products import RecallHeading, RecallRow
from scardesk.domain.time import to_muscat, utc_now
from scardesk.services.access import check
from scardesk.services.document_builders import clinic_header
from scardesk.services.recall import count_uses, recall_batches

#: Who printed, when the command line (acting as the system) exports.
COMMAND_LINE_PRINTER = "administrator (command line)"

#: Told (rows written, rows in all) after each batch.
Progress = Callable[[int, int], None]


class ExportFormat(Enum):
    CSV = "csv"
    XLSX = "xlsx"
    PDF = "pdf"


def format_for(path: Path) -> ExportFormat:
    """The format a file name asks for, from its suffix; anything else is refused by name."""
    suffix = path.suffix.lower().lstrip(".")
    for kind in ExportFormat:
        if kind.value == suffix:
            return kind
    message = (
        Message("export.wrong_suffix", {"name": path.name, "suffix": f".{suffix}"})
        if suffix
        else Message("export.no_suffix", {"name": path.name})
    )
    raise ValidationError({"output": message})


@dataclass(frozen=True, slots=True)
class RecallExport:
    path: Path
    format: ExportFormat
    rows: int
    size_bytes: int


class _Writer(Protocol):
    def write(self, rows: tuple[RecallRow, ...]) -> None: ...

    def close(self) -> None: ...


def _printer(session: Session, actor: Actor) -> str:
    if actor.user_id is None:
        return COMMAND_LINE_PRINTER
    user = session.get(User, actor.user_id)
    return user.display_name if user is not None else COMMAND_LINE_PRINTER


def export_recall(
    database: Database,
    actor: Actor,
    lot_id: int,
    path: Path,
    *,
    progress: Progress | None = None,
    stop: Callable[[], bool] | None = None,
) -> RecallExport:
    """Write the report of ``lot_id`` to ``path`` in the format its suffix names.

    ``stop`` is asked after each batch; when it says yes the partial file is removed, nothing
    is audited and :class:`CancelledError` is raised.
    """
    check(database, actor, Permission.MANAGE_PRODUCTS)
    kind = format_for(path)
    temporary: Path | None = None
    renamed = False
    try:
        with UnitOfWork(database, actor, "recall.export") as uow:
            lot = uow.session.get(Lot, lot_id)
            if lot is None:
                raise NotFoundError(Message("not_found.lot", {"id": lot_id}))
            product = uow.session.get(Product, lot.product_id)
            assert product is not None
            connection = uow.session.connection()
            total = count_uses(connection, lot_id)
            heading = RecallHeading(
                product_label=f"{product.brand} ({product.nonproprietary_name})",
                lot_number=lot.lot_number,
                expiry_date=lot.expiry_date,
                sessions=total,
                printed_at=to_muscat(utc_now()).replace(tzinfo=None),
                printed_by=_printer(uow.session, actor),
            )
            clinic = clinic_header(uow.session) if kind is ExportFormat.PDF else None
            temporary = _temporary_beside(path)
            written = 0
            with open(temporary, "wb") as stream:
                writer = _writer(kind, stream, heading, clinic)
                for batch in recall_batches(connection, lot_id):
                    writer.write(batch)
                    written += len(batch)
                    if progress is not None:
                        progress(written, total)
                    if stop is not None and stop():
                        raise CancelledError(Message("export.stopped"))
                writer.close()
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
            renamed = True
            uow.note("lots", lot_id, after={"rows": written, "format": kind.value})
    except BaseException as error:
        # Nothing half-written stays, and no file stays that the audit trail does not name.
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        if renamed:
            path.unlink(missing_ok=True)
        if isinstance(error, OSError):
            reason = str(error.strerror or error)
            refused = Message("export.cannot_write_file", {"name": path.name}, reason)
            raise StorageRefusedError(refused) from error
        raise
    return RecallExport(path, kind, written, path.stat().st_size)


def _temporary_beside(path: Path) -> Path:
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except OSError as error:
        reason = str(error.strerror or error)
        refused = Message("export.cannot_write_in_folder", {"folder": str(path.parent)}, reason)
        raise StorageRefusedError(refused) from error
    os.close(handle)
    return Path(name)


def _writer(
    kind: ExportFormat, stream: BinaryIO, heading: RecallHeading, clinic: ClinicHeader | None
) -> _Writer:
    # Imported here: a CSV export need not load ReportLab, nor the window any of them.
    from scardesk.documents import recall_sheets

    if kind is ExportFormat.CSV:
        return recall_sheets.CsvRecallWriter(stream, heading)
    if kind is ExportFormat.XLSX:
        return recall_sheets.XlsxRecallWriter(stream, heading)
    from scardesk.documents.recall import PdfRecallWriter

    assert clinic is not None
    return PdfRecallWriter(stream, heading, clinic)

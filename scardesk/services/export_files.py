"""Writing the patient's copy as one ZIP file, never as half of one.

The ZIP is written to a temporary file beside the destination and only renamed onto it once it
is complete and synced, so a failed export (a full disk, a photo that cannot be read) leaves the
folder as it was. Photos and PDFs are already compressed: they are stored, not deflated again.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from PIL import Image, UnidentifiedImageError

from scardesk.domain.errors import ScarDeskError, StorageRefusedError, UnreadableRecordError
from scardesk.domain.messages import Message
from scardesk.services.atomic_files import replace_atomically

JPEG_TYPES = ("image/jpeg", "image/jpg")


def as_jpeg(data: bytes, media_type: str) -> bytes:
    """The stored image as JPEG bytes: unchanged when it is one, else re-encoded (no metadata)."""
    if media_type.lower() in JPEG_TYPES and data[:3] == b"\xff\xd8\xff":
        return data
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            rgb = image.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise UnreadableRecordError("photo_images", None, type(error).__name__) from error
    out = io.BytesIO()
    rgb.save(out, "JPEG", quality=92)
    return out.getvalue()


def record_json(record: dict[str, Any]) -> bytes:
    """UTF-8 JSON, keys in reading order, Arabic as itself (not ``\\u`` escapes)."""
    return (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _info(name: str, moment: datetime, compress: bool) -> zipfile.ZipInfo:
    stamp = moment.timetuple()[:6]
    info = zipfile.ZipInfo(name, date_time=(max(stamp[0], 1980), *stamp[1:]))
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    return info


def write_zip_atomically(
    destination: Path,
    entries: Iterable[tuple[str, bytes, bool]],
    moment: datetime,
) -> tuple[Path, int]:
    """Write ``(name, bytes, compress)`` entries into a temporary ZIP beside ``destination``.

    Returns the temporary file (to be renamed by :func:`move_into_place`) and its size. On any
    failure the temporary file is removed and the error raised.
    """
    folder = destination.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{destination.name}.", suffix=".part")
    except OSError as error:
        raise _refused(destination, error) from error
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            with zipfile.ZipFile(stream, "w") as archive:
                for entry, data, compress in entries:
                    archive.writestr(_info(entry, moment, compress), data)
            stream.flush()
            os.fsync(stream.fileno())
        return temporary, temporary.stat().st_size
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _refused(destination, error) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_bytes_atomically(destination: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``destination`` and rename it into place, so a
    failure leaves no half file. A failure is refused with a coded message (its OS reason)."""
    try:
        replace_atomically(destination, data)
    except OSError as error:
        raise _cannot_write(destination, error) from error


def _cannot_write(destination: Path, error: OSError) -> ScarDeskError:
    # A plain refusal, not StorageRefusedError: the screens title that one "The database
    # cannot be used safely", and here only the chosen folder is at fault.
    params = {"name": destination.name}
    return ScarDeskError(Message("export.cannot_write_file", params, str(error.strerror or error)))


def move_into_place(temporary: Path, destination: Path, *, overwrite: bool) -> None:
    """Rename the finished ZIP onto ``destination``; an existing file is kept unless allowed."""
    try:
        if not overwrite and destination.exists():
            raise StorageRefusedError(Message("export.file_exists", {"path": str(destination)}))
        os.replace(temporary, destination)
    except OSError as error:
        raise _refused(destination, error) from error
    finally:
        temporary.unlink(missing_ok=True)


def _refused(destination: Path, error: OSError) -> StorageRefusedError:
    params = {"path": str(destination)}
    return StorageRefusedError(Message("export.write_failed", params, str(error.strerror or error)))

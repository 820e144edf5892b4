"""The clinic's own copies of the document text: where they live, saving, reverting, preview.

Where: next to an SQLite database, ``<data folder>/content/`` (the folder the database file is
in), so a backup of that folder carries the wording with the records. A PostgreSQL clinic has
no data folder of its own: ``SCARDESK_CONTENT_DIR`` names a folder every workstation can read
(a shared drive is fine here: these are small text files read once per document, not a
database), and without it the user's data folder (``platformdirs``) is used.

A save is checked by the same parser the renderers use before anything is written, then written
to a temporary file beside the target and moved into place, so a crash never leaves half a
file that would stop every sheet from printing. An edited text must carry a new version
(consent forms are signed against a version). Reverting moves the clinic's copy aside into
``content/.reverted/`` rather than deleting it.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from scardesk.db.engine import Database
from scardesk.db.location import default_data_dir
from scardesk.documents.content import (
    ARCHIVE_FOLDER,
    ContentFile,
    ContentLibrary,
    parse_content,
    relative_path,
)
from scardesk.domain.documents import ContentKind, Lang
from scardesk.domain.enums import Modality
from scardesk.domain.errors import NotFoundError, ValidationError
from scardesk.domain.issued_documents import ContentFileInfo
from scardesk.domain.messages import Message
from scardesk.domain.modalities import spec_of
from scardesk.domain.time import utc_now
from scardesk.services.atomic_files import replace_atomically

ENV_CONTENT_DIR = "SCARDESK_CONTENT_DIR"
REVERTED_FOLDER = ".reverted"


def content_dir_for(database: Database) -> Path:
    """The clinic's override folder for this database (see the module docstring)."""
    sqlite = database.sqlite_path()
    if sqlite is not None:
        return sqlite.parent / "content"
    configured = os.environ.get(ENV_CONTENT_DIR)
    if configured:
        return Path(configured)
    return default_data_dir() / "content"


def every_name() -> list[tuple[ContentKind, Modality | None, Lang]]:
    """Every content file a clinic may edit, in the order the admin's list shows them."""
    names: list[tuple[ContentKind, Modality | None, Lang]] = [
        (ContentKind.COMMON, None, lang) for lang in Lang
    ]
    for kind in (ContentKind.AFTERCARE, ContentKind.CONSENT):
        names += [(kind, modality, lang) for modality in Modality for lang in Lang]
    return names


def check_name(kind: ContentKind, modality: Modality | None) -> None:
    if (kind is ContentKind.COMMON) != (modality is None):
        raise ValidationError(
            {
                "modality": Message("content.common_has_no_modality")
                if kind is ContentKind.COMMON
                else Message("content.modality_missing")
            }
        )


def info(file: ContentFile) -> ContentFileInfo:
    return ContentFileInfo(
        kind=file.kind,
        modality=file.modality,
        lang=file.lang,
        version=file.version,
        title=file.title,
        source=file.source,
    )


def parse_edit(
    library: ContentLibrary, kind: ContentKind, modality: Modality | None, lang: Lang, text: str
) -> ContentFile:
    """Parse an edited text as the clinic's copy would be parsed (errors name the line)."""
    check_name(kind, modality)
    target = library.override_dir or Path("content")
    path = target / relative_path(kind, lang, modality)
    return parse_content(text, kind, lang, modality, source="clinic", path=path)


def require_new_version(current: ContentFile, edited: ContentFile, text: str) -> None:
    """Changed words need a new version: a signed consent names the version it was signed on."""
    if edited.version != current.version:
        return
    if current.path.read_text(encoding="utf-8") == text:
        return
    raise ValidationError(
        {"version": Message("content.version_unchanged", {"version": current.version})}
    )


def write_atomically(path: Path, text: str) -> str:
    """Write ``text`` (UTF-8) to ``path`` via a temporary file and a rename; returns SHA-256."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    replace_atomically(path, data)
    return hashlib.sha256(data).hexdigest()


def archive_in_use(
    library: ContentLibrary, kind: ContentKind, modality: Modality | None, lang: Lang
) -> Path | None:
    """Keep the clinic's wording in use now readable under its version before it is replaced.

    A consent signed on the clinic's version 2026-12-2 must reprint with those words after the
    clinic raises the version: the copy goes to ``<kind>/archive/KEY@VERSION.LANG.md`` in the
    clinic's folder, where ``ContentLibrary.load_version`` finds it. An archived version is
    never overwritten (it is the wording that was in use, and may have been signed). ScarDesk's
    own text needs no copy: it stays in the bundled folder. Returns the archive's path, or None
    when nothing needed keeping.
    """
    if modality is None or library.override_dir is None:
        return None  # the common text carries no signature; only per-modality files are kept
    current = library.load(kind, lang, modality)
    if current.source != "clinic":
        return None
    relative = relative_path(kind, lang, modality)
    name = f"{spec_of(modality).content_key}@{current.version}.{lang.value}.md"
    target = library.override_dir / relative.parent / ARCHIVE_FOLDER / name
    if not target.exists():
        write_atomically(target, current.path.read_text(encoding="utf-8"))
    return target


def move_aside(
    override_dir: Path, kind: ContentKind, modality: Modality | None, lang: Lang
) -> Path:
    """Move the clinic's copy into ``.reverted/`` with a UTC stamp; returns where it went."""
    relative = relative_path(kind, lang, modality)
    source = override_dir / relative
    if not source.exists():
        raise NotFoundError(Message("content.no_clinic_copy", {"path": relative.as_posix()}))
    stamp = utc_now().strftime("%Y%m%dT%H%M%S%fZ")
    target = override_dir / REVERTED_FOLDER / relative.parent / f"{relative.name}.{stamp}"
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)
    return target


class PreviewLibrary(ContentLibrary):
    """The clinic's library with one file replaced by an edit that is not saved yet."""

    def __init__(self, base: ContentLibrary, edited: ContentFile) -> None:
        super().__init__(base.override_dir, base.bundled_dir)
        self._cache = base._cache
        self._edited = edited

    def load(self, kind: ContentKind, lang: Lang, modality: Modality | None = None) -> ContentFile:
        edited = self._edited
        if (kind, lang, modality) == (edited.kind, edited.lang, edited.modality):
            return edited
        return super().load(kind, lang, modality)

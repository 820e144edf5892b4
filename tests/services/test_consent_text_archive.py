"""A clinic raising the version of a consent text keeps the old words readable (issue 14 §7):
a consent signed on the clinic's earlier wording, or on ScarDesk's own that the clinic's copy
replaced, reprints with the words the patient signed. Archived wording is never overwritten."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scardesk.db.engine import Database
from scardesk.documents import ContentLibrary
from scardesk.domain.documents import ContentKind, Lang
from scardesk.domain.enums import Modality
from scardesk.services.documents import DocumentService
from tests.helpers import ADMIN

CONSENT, TOXIN, EN = ContentKind.CONSENT, Modality.TOXIN, Lang.EN


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    return tmp_path / "content"


@pytest.fixture
def service(database: Database, content_dir: Path) -> DocumentService:
    return DocumentService(database, content_dir=content_dir)


def _save(service: DocumentService, version: str, sentence: str) -> None:
    """The clinic edits the text in use: a new sentence under a raised version."""
    text = service.read_content(ADMIN, CONSENT, TOXIN, EN)
    text = re.sub(r"(?m)^version: .*$", f"version: {version}", text, count=1)
    text = text.replace("## What the treatment is\n", f"## What the treatment is\n{sentence}\n")
    service.save_content_override(ADMIN, CONSENT, TOXIN, EN, text)


def _words(library: ContentLibrary, version: str) -> str:
    kept = library.load_version(CONSENT, EN, TOXIN, version)
    assert kept is not None, f"no copy of version {version} is held"
    return kept.path.read_text(encoding="utf-8")


def test_each_raised_version_keeps_the_words_signed_before_it(
    service: DocumentService, content_dir: Path
) -> None:
    library = ContentLibrary(content_dir)
    ours = library.load(CONSENT, EN, TOXIN).version
    _save(service, "2030-01-1", "Clinic wording one.")
    # ScarDesk's own text, replaced by the clinic's copy, still reads under its version.
    assert "Clinic wording one." not in _words(library, ours)
    _save(service, "2030-01-2", "Clinic wording two.")
    first = _words(library, "2030-01-1")
    assert "Clinic wording one." in first and "Clinic wording two." not in first
    archived = content_dir / "consent" / "archive" / "toxin@2030-01-1.en.md"
    assert archived.is_file()
    _save(service, "2030-01-3", "Clinic wording three.")
    assert archived.read_text(encoding="utf-8") == first  # never overwritten
    assert "Clinic wording two." in _words(library, "2030-01-2")
    # Going back to ScarDesk's text keeps the clinic's last wording readable too.
    service.revert_content(ADMIN, CONSENT, TOXIN, EN)
    assert library.load(CONSENT, EN, TOXIN).version == ours
    assert "Clinic wording three." in _words(library, "2030-01-3")

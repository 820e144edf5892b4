"""The start-up warm-up lays out every modality's wording and leaves nothing behind."""

from __future__ import annotations

from scardesk.documents import ContentLibrary
from scardesk.documents.warmup import _SAMPLE, warm_up
from scardesk.domain.enums import Modality


def test_the_warm_up_sample_covers_every_modality() -> None:
    assert {done.modality for done in _SAMPLE.modalities} == set(Modality)


def test_warming_up_renders_without_touching_the_database_or_disk(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    warm_up(ContentLibrary())
    assert list(tmp_path.iterdir()) == []

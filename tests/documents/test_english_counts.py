"""English documents count in words: "1 read", "2 reads", never "read(s)"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from scardesk.documents.readers import ReadersReport, render_readers_pdf
from scardesk.domain.english import counted
from scardesk.domain.read_events import ReaderRow, ReadKind
from tests.documents.pdf_checks import all_text


@pytest.mark.parametrize(
    ("count", "expected"), [(0, "0 passes"), (1, "1 pass"), (2, "2 passes"), (11, "11 passes")]
)
def test_counted_picks_the_form(count: int, expected: str) -> None:
    assert counted(count, "pass", "passes") == expected


def _read(event_id: int) -> ReaderRow:
    return ReaderRow(
        event_id=event_id,
        occurred_at=datetime(2026, 12, 1, 9, event_id, tzinfo=UTC),
        user_name="dr.noor",
        role=None,
        kind=ReadKind.PATIENT_OPEN,
        entity="patients",
        entity_id=7,
    )


@pytest.mark.parametrize(("reads", "expected"), [(1, "1read·"), (3, "3reads·")])
def test_readers_pdf_counts_its_reads_in_words(reads: int, expected: str) -> None:
    report = ReadersReport(
        patient_id=7,
        rows=tuple(_read(n) for n in range(1, reads + 1)),
        made_at=datetime(2026, 12, 1, 10, 0, tzinfo=UTC),
        made_by="admin",
    )
    text = all_text(render_readers_pdf(report))  # whitespace dropped
    assert expected in text
    assert "(s)" not in text

"""PostgreSQL looks for a name with a broad word among the newest registrations first
(``search.NEWEST_WINDOW``): whatever that window holds, every page must be the page the indexed
statement gives. Hypothesis draws the query (words cut short, in any order, Latin or Arabic),
and the page; every window size from one patient to all of them is tried against the same
search with an empty window, which always leaves the answer to the index."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scardesk.db.engine import Database
from scardesk.db.unit_of_work import SYSTEM
from scardesk.domain.records import PatientInput
from scardesk.services import search as search_module
from scardesk.services.patients import PatientService
from scardesk.services.search import PatientSearchService
from tests.helpers import FRONT_DESK

FIRST = ("Ahmed", "Aisha", "Salim", "Said", "Sara", "Hamad", "Huda", "Bader")
FAMILY = ("Al Harthy", "Al Hinai", "Al Balushi", "Al Busaidi", "Al Saadi")
FIRST_AR = ("أحمد", "عائشة", "سالم", "سعيد", "سارة", "حمد", "هدى", "بدر")
FAMILY_AR = ("الحارثي", "الهنائي", "البلوشي", "البوسعيدي", "السعدي")
PATIENTS = 40
WORDS = sorted({word.lower() for name in (*FIRST, *FAMILY) for word in name.split()}) + sorted(
    {word for name in (*FIRST_AR, *FAMILY_AR) for word in name.split()}
)


def _register_clinic(database: Database) -> None:
    """Forty patients whose names share first letters and words, so short words are broad."""
    service = PatientService(database)
    for index in range(PATIENTS):
        first, middle = index % len(FIRST), (index * 5 + 1) % len(FIRST)
        family = (index * 3) % len(FAMILY)
        form = PatientInput(
            name_latin=f"{FIRST[first]} {FIRST[middle]} {FAMILY[family]}",
            name_arabic=f"{FIRST_AR[first]} {FIRST_AR[middle]} {FAMILY_AR[family]}",
            date_of_birth="1990-01-01",
            sex="female" if index % 2 else "male",
            phone="",
            civil_number="",
            document_type="",
        )
        service.register(SYSTEM, form)


typed_word = st.sampled_from(WORDS).flatmap(
    lambda word: st.integers(1, len(word)).map(lambda length: word[:length])
)


@pytest.fixture
def clinic(database: Database) -> PatientSearchService:
    if database.kind != "postgresql":
        pytest.skip("only PostgreSQL walks the newest registrations first")
    _register_clinic(database)
    return PatientSearchService(database)


def _page(search: PatientSearchService, query: str, window: int, **page: int) -> object:
    kept = search_module.NEWEST_WINDOW
    search_module.NEWEST_WINDOW = window
    try:
        found = search.search(FRONT_DESK, query, **page)
    finally:
        search_module.NEWEST_WINDOW = kept
    return [row.id for row in found.rows], found.has_more


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    words=st.lists(typed_word, min_size=1, max_size=3),
    limit=st.integers(1, 12),
    offset=st.integers(0, 20),
)
def test_the_newest_window_never_changes_a_page(
    clinic: PatientSearchService, words: list[str], limit: int, offset: int
) -> None:
    query = " ".join(words)
    expected = _page(clinic, query, 0, limit=limit, offset=offset)  # the index answers
    for window in range(1, PATIENTS + 2):
        assert _page(clinic, query, window, limit=limit, offset=offset) == expected, (query, window)

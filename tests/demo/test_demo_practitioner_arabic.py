"""Demo practitioners have Arabic display names (issue 14 §4), so the Arabic column of a printed
sheet names the practitioner in Arabic letters, not Latin ones."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from scardesk.db.engine import open_database
from scardesk.db.models import TreatmentSession, User
from scardesk.demo import generate_demo
from scardesk.demo.pools import PRACTITIONER_NAMES, arabic_practitioner_name
from scardesk.domain.enums import Role
from scardesk.services.container import build_services
from tests.documents.pdf_checks import arabic_present, column_text, normalise
from tests.helpers import first_user

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
ARABIC_LETTERS = range(0x0600, 0x0700)


def test_every_demo_practitioner_name_is_spelt_in_arabic_letters() -> None:
    for latin in PRACTITIONER_NAMES:
        arabic = arabic_practitioner_name(latin)
        assert arabic.startswith("د. ")
        assert all(ord(ch) in ARABIC_LETTERS for ch in arabic.replace(" ", "").replace(".", ""))


def test_a_demo_aftercare_sheet_names_the_practitioner_in_arabic(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        generate_demo(database, 20, seed=5, now=NOW)
        with database.sessions() as session:
            practitioners = session.execute(
                select(User.display_name, User.display_name_arabic).where(
                    User.role == Role.PRACTITIONER
                )
            ).all()
            session_id, latin = session.execute(
                select(TreatmentSession.id, User.display_name)
                .join(User, User.id == TreatmentSession.practitioner_id)
                .where(TreatmentSession.voided_at.is_(None))
                .limit(1)
            ).one()
        assert practitioners
        assert all(arabic == arabic_practitioner_name(name) for name, arabic in practitioners)
        services = build_services(database)
        printed: list[bytes] = []
        actor = first_user(database, Role.PRACTITIONER)
        services.documents.issue_aftercare(actor, session_id, deliver=printed.append)
        arabic_column = column_text(printed[0], "ar")
        assert arabic_present(arabic_practitioner_name(latin), arabic_column)
        assert normalise(latin) not in arabic_column
        assert normalise(latin) in column_text(printed[0], "en")
    finally:
        database.dispose()


def test_every_demo_user_has_an_arabic_display_name(tmp_path: Path) -> None:
    """Receptionists and the manager too: an Arabic reader sees their names in Arabic letters
    on the sign-in card, the status bar and the audit log."""
    database = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        generate_demo(database, 5, seed=5, now=NOW)
        with database.sessions() as session:
            names = session.execute(select(User.role, User.display_name_arabic)).all()
        assert {role for role, _ in names} == set(Role)
        for _, arabic in names:
            letters = arabic.replace(" ", "").replace(".", "").replace(":", "")
            assert letters and all(ord(ch) in ARABIC_LETTERS for ch in letters), arabic
    finally:
        database.dispose()

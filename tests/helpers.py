"""Small builders shared by the database and service tests."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from scardesk.db.engine import Database
from scardesk.db.models import AuditEvent, Base, User
from scardesk.db.prepared_read import PreparedRead, prepared_reads
from scardesk.db.unit_of_work import SYSTEM, Actor, UnitOfWork
from scardesk.domain.enums import Role
from scardesk.domain.records import PatientInput
from scardesk.domain.time import utc_now

ADMIN = Actor(user_id=1, role=Role.ADMIN)
FRONT_DESK = Actor(user_id=2, role=Role.FRONT_DESK)
PRACTITIONER = Actor(user_id=3, role=Role.PRACTITIONER)

#: The password of the staff users add_staff makes: signing, capturing a consent and approving
#: a merge ask for it (services.attest).
STAFF_PASSWORD = "Staff-password-7"


#: argon2id at its lowest cost (8 KiB, one pass, one lane): what the tests hash with, see the
#: ``cheap_password_hashing`` fixture in tests/conftest.py. At the production cost a hash or a
#: check takes 0.2 s on an idle core and 0.6 s on a loaded CI one, and the UI tests alone made
#: ~2 per test; what the cost buys is covered by the tests marked ``production_password_cost``.
TEST_HASHER = PasswordHasher.from_parameters(CHEAPEST)


@cache
def staff_password_hash() -> str:
    """Hashed once per test run, at the test cost whichever test asks first: every check of a
    staff password (attest, sign-in) is then as cheap, even after a production-cost test."""
    return TEST_HASHER.hash(STAFF_PASSWORD)


def aisha(**overrides: str) -> PatientInput:
    values = {
        "name_latin": "Aisha Al Balushi",
        "name_arabic": "عائشة البلوشي",
        "date_of_birth": "5/3/1990",
        "sex": "female",
        "phone": "9123 4567",
        "civil_number": "12345678",
        "document_type": "omani_id",
    }
    values.update(overrides)
    return PatientInput(**values)


def count(database: Database, model: type[Base]) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def audit_count(database: Database) -> int:
    return count(database, AuditEvent)


def add_staff(database: Database, *, audited: bool = True) -> None:
    """Users whose ids match the ADMIN, FRONT_DESK and PRACTITIONER actors above."""
    rows = [
        {
            "id": actor.user_id,
            "username": username,
            "display_name": username.title(),
            "role": actor.role.value,
            "password_hash": staff_password_hash(),
            "active": True,
            "is_demo": False,
            "created_at": utc_now(),
            "version": 1,
        }
        for actor, username in ((ADMIN, "admin"), (FRONT_DESK, "desk"), (PRACTITIONER, "dr.salma"))
        if actor.role is not None
    ]
    with database.sessions() as session:  # the shared `database` fixture may have added them
        present = set(session.scalars(select(User.id)))
    rows = [row for row in rows if row["id"] not in present]
    if not rows:
        return
    if audited:  # through a unit of work, as the app adds users: checks find an audit event
        with UnitOfWork(database, SYSTEM, "test.staff") as uow:
            uow.session.add_all(
                User(**{k: v for k, v in row.items() if k != "version"}) for row in rows
            )
    else:
        with database.engine.begin() as connection:
            connection.execute(insert(User), rows)
    catch_up_user_ids(database)


def add_user_row(
    session: Session, username: str = "p", display_name: str = "P", role: str = "practitioner"
) -> int:
    """A user added inside a test's own unit of work, flushed so that its id can be used by the
    rows added next."""
    user = User(
        username=username,
        display_name=display_name,
        role=role,
        password_hash="x",
        created_at=utc_now(),
    )
    session.add(user)
    session.flush()
    return user.id


def catch_up_user_ids(database: Database) -> None:
    """Users inserted with explicit ids leave PostgreSQL's sequence behind: move it past them,
    so the next account the app makes does not collide."""
    if database.engine.dialect.name == "postgresql":
        with database.engine.begin() as connection:
            connection.execute(
                text("SELECT setval(pg_get_serial_sequence('users', 'id'), max(id)) FROM users")
            )


def open_staffed(url: str, *, audited: bool = True) -> Database:
    """``open_database`` plus the users behind the ADMIN, FRONT_DESK and PRACTITIONER actors
    (unaudited for tests that read the audit log from its first event)."""
    from scardesk.db.engine import open_database

    database = open_database(url)
    add_staff(database, audited=audited)
    return database


def make_clinical_lead(database: Database, actor: Actor) -> Actor:
    """Give ``actor``'s user the clinical-lead permission (the safety rules' editors)."""
    with database.engine.begin() as connection:
        connection.execute(update(User).where(User.id == actor.user_id).values(clinical_lead=True))
    return actor


def first_user(database: Database, role: Role) -> Actor:
    """The first active stored user with ``role`` (the demo clinic's own staff, for instance)."""
    with database.sessions() as session:
        user_id = session.scalar(
            select(User.id).where(User.role == role.value, User.active).order_by(User.id)
        )
    assert user_id is not None, f"no active {role.value} in this database"
    return Actor(user_id, role)


def compiled_search_pages(
    database: Database, *, windowed: bool = False
) -> dict[tuple, PreparedRead]:
    """The search page statements compiled so far for ``database``, by shape (``windowed``:
    PostgreSQL's walk over the newest registrations)."""
    return {
        key[1]: read
        for key, read in prepared_reads(database.engine).items()
        if isinstance(key, tuple) and key[0] == "search.page" and key[2] is windowed
    }

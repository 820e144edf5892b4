"""The storage rules of the record store, each against a real database."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path, PurePosixPath

import pytest
from sqlalchemy import select, text

from scardesk.db.engine import open_database
from scardesk.db.location import ENV_DATABASE_URL, network_folder_reason, resolve_database_url
from scardesk.db.models import AuditEvent, Patient
from scardesk.db.unit_of_work import SYSTEM, DeleteRefusedError, UnitOfWork
from scardesk.domain.errors import ConflictError, StorageRefusedError
from scardesk.domain.time import utc_now
from scardesk.services.patients import PatientService
from tests.helpers import ADMIN, aisha, audit_count, count, open_staffed


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sqlite_connections_use_the_safe_settings(sqlite_url: str) -> None:
    database = open_staffed(sqlite_url)
    with database.engine.connect() as connection:
        pragma = lambda name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == 10_000
    database.dispose()


def test_database_url_comes_from_the_command_line_then_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(ENV_DATABASE_URL, "postgresql+psycopg://clinic@server/scardesk")
    assert resolve_database_url("sqlite:///x.sqlite3", None) == "sqlite:///x.sqlite3"
    assert resolve_database_url(None, tmp_path) == "postgresql+psycopg://clinic@server/scardesk"
    monkeypatch.delenv(ENV_DATABASE_URL)
    assert resolve_database_url(None, tmp_path) == f"sqlite:///{tmp_path / 'clinic.sqlite3'}"


@pytest.mark.parametrize(
    ("path", "mounts"),
    [
        ("/mnt/clinic/clinic.sqlite3", [("/", "ext4"), ("/mnt/clinic", "cifs")]),
        ("/srv/share/db/clinic.sqlite3", [("/", "ext4"), ("/srv/share", "nfs4")]),
        ("/home/reception/OneDrive - Clinic/clinic.sqlite3", [("/", "ext4")]),
        ("/home/reception/Dropbox/ScarDesk/clinic.sqlite3", [("/", "ext4")]),
        ("/Users/dr/Google Drive/clinic.sqlite3", [("/", "apfs")]),
        ("//fileserver/clinic/clinic.sqlite3", []),
    ],
)
def test_network_and_sync_folders_are_recognised(path: str, mounts: list[tuple[str, str]]) -> None:
    assert network_folder_reason(PurePosixPath(path), mounts) is not None


def test_a_local_folder_is_accepted() -> None:
    mounts = [("/", "ext4"), ("/mnt/clinic", "cifs")]
    assert network_folder_reason(PurePosixPath("/home/dr/clinic.sqlite3"), mounts) is None


def test_sqlite_in_a_sync_folder_is_refused_without_creating_it(tmp_path: Path) -> None:
    folder = tmp_path / "Dropbox" / "ScarDesk"
    with pytest.raises(StorageRefusedError, match="PostgreSQL"):
        open_database(f"sqlite:///{folder / 'clinic.sqlite3'}")
    assert not folder.exists()


def test_a_file_that_is_not_sqlite_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    path.write_bytes(b"this is a spreadsheet, not a database" * 200)
    before = _sha(path)
    with pytest.raises(StorageRefusedError, match="not an SQLite database"):
        open_database(f"sqlite:///{path}")
    assert _sha(path) == before
    assert not Path(f"{path}-wal").exists()


def test_a_foreign_sqlite_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    before = _sha(path)
    with pytest.raises(StorageRefusedError, match="not a ScarDesk database"):
        open_database(f"sqlite:///{path}")
    assert _sha(path) == before


def test_a_database_from_a_newer_scardesk_is_refused_and_left_unchanged(sqlite_url: str) -> None:
    open_database(sqlite_url).dispose()
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = _sha(path)
    with pytest.raises(StorageRefusedError, match="newer version of ScarDesk"):
        open_database(sqlite_url)
    assert _sha(path) == before


def test_a_newer_postgres_schema_is_refused(postgres_url: str) -> None:
    database = open_staffed(postgres_url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    database.dispose()
    with pytest.raises(StorageRefusedError, match="newer version of ScarDesk"):
        open_database(postgres_url)


def test_a_stale_save_from_another_workstation_is_a_conflict(database_url: str) -> None:
    desk, laptop = open_staffed(database_url), open_database(database_url)
    record, _ = PatientService(desk).register(ADMIN, aisha())
    PatientService(laptop).update(ADMIN, record.id, record.version, aisha(phone="7123 4567"))
    with pytest.raises(ConflictError):
        PatientService(desk).update(ADMIN, record.id, record.version, aisha(phone="9999 0000"))
    assert PatientService(desk).get(ADMIN, record.id).data.phone == "+96871234567"
    desk.dispose()
    laptop.dispose()


def test_a_save_racing_another_commit_is_a_conflict_on_postgres(postgres_url: str) -> None:
    # SQLite writers queue at BEGIN IMMEDIATE, so this race can only happen on a server.
    desk, laptop = open_staffed(postgres_url), open_database(postgres_url)
    record, _ = PatientService(desk).register(ADMIN, aisha())
    with pytest.raises(ConflictError), UnitOfWork(desk, ADMIN, "patient.edit") as uow:
        row = uow.get_for_update(Patient, record.id, record.version)
        PatientService(laptop).update(ADMIN, record.id, record.version, aisha(phone="7123 4567"))
        row.phone = "+96899990000"
    assert PatientService(desk).get(ADMIN, record.id).data.phone == "+96871234567"
    desk.dispose()
    laptop.dispose()


def test_rows_are_never_deleted(database_url: str) -> None:
    database = open_staffed(database_url)
    record, _ = PatientService(database).register(ADMIN, aisha())
    with pytest.raises(DeleteRefusedError), UnitOfWork(database, ADMIN, "patient.delete") as uow:
        uow.session.delete(uow.session.get(Patient, record.id))
    assert count(database, Patient) == 1
    database.dispose()


def test_every_write_is_audited_with_user_values_and_time(database_url: str) -> None:
    database = open_staffed(database_url, audited=False)
    record, _ = PatientService(database).register(ADMIN, aisha())
    PatientService(database).update(ADMIN, record.id, record.version, aisha(phone="7123 4567"))
    with database.sessions() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
    assert [(e.action, e.entity, e.entity_id, e.user_id) for e in events] == [
        ("patient.register", "patients", record.id, ADMIN.user_id),
        ("patient.edit", "patients", record.id, ADMIN.user_id),
    ]
    assert events[0].before is None and events[0].after["name_arabic"] == "عائشة البلوشي"
    assert events[1].before["phone"] == "+96891234567"
    assert events[1].after["phone"] == "+96871234567"
    assert events[1].prev_hash == events[0].hash
    assert events[1].occurred_at.tzinfo is not None
    database.dispose()


def test_a_failed_unit_of_work_leaves_neither_rows_nor_audit(database_url: str) -> None:
    database = open_staffed(database_url, audited=False)
    with pytest.raises(RuntimeError), UnitOfWork(database, SYSTEM, "patient.register") as uow:
        now = utc_now()
        uow.session.add(
            Patient(
                name_latin="X",
                date_of_birth=date(1990, 1, 1),
                sex="male",
                created_at=now,
                updated_at=now,
            )
        )
        uow.session.flush()
        raise RuntimeError("power cut halfway")
    assert count(database, Patient) == 0
    assert audit_count(database) == 0
    database.dispose()


def test_the_audit_table_refuses_updates_and_deletes(database_url: str) -> None:
    database = open_staffed(database_url, audited=False)
    PatientService(database).register(ADMIN, aisha())
    for statement in ("UPDATE audit_events SET action = 'x'", "DELETE FROM audit_events"):
        with pytest.raises(Exception, match="append-only"), database.engine.begin() as connection:
            connection.execute(text(statement))
    assert audit_count(database) == 1
    database.dispose()


def test_a_value_flagged_as_modified_is_audited_without_crashing(database_url: str) -> None:
    from sqlalchemy.orm.attributes import flag_modified

    from scardesk.db.audit import UNKNOWN_PRIOR_VALUE, verify_chain
    from scardesk.db.models import ClinicSettings
    from scardesk.domain.codecs import encode_rule_parameters
    from scardesk.domain.safety import GateParameters

    database = open_staffed(database_url)
    stored = encode_rule_parameters(GateParameters())
    with UnitOfWork(database, SYSTEM, "settings.create") as uow:
        uow.session.add(ClinicSettings(id=1, rule_parameters=stored))
    with UnitOfWork(database, SYSTEM, "settings.edit") as uow:
        row = uow.session.get(ClinicSettings, 1)
        assert row is not None
        row.rule_parameters["parameters"]["toxin_retreatment_days"] = 90
        flag_modified(row, "rule_parameters")
    with database.sessions() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last is not None and last.before is not None and last.after is not None
        assert last.before["rule_parameters"] == UNKNOWN_PRIOR_VALUE
        changed = GateParameters(toxin_retreatment_days=90)
        assert last.after["rule_parameters"] == encode_rule_parameters(changed)
        assert verify_chain(session) is None
    database.dispose()

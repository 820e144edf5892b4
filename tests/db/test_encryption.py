"""Encryption at rest: an encrypted clinic leaks no name, civil number or photo to its bytes,
opens only with its passphrase, converts safely, and its backups are encrypted too."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from scardesk.db import cipher
from scardesk.db.backup import backup_sqlite, restore_sqlite
from scardesk.db.encrypt import encrypt_sqlite
from scardesk.db.engine import Database, open_database
from scardesk.db.integrity import check_database, check_sqlite_file
from scardesk.db.models import Patient, Photo
from scardesk.domain.enums import ConsentPurpose, ViewAngle
from scardesk.domain.errors import StorageRefusedError, ValidationError
from scardesk.services.consents import ConsentService
from scardesk.services.patients import PatientService
from scardesk.services.photos import PhotoService
from tests.helpers import FRONT_DESK, PRACTITIONER, STAFF_PASSWORD, add_staff, aisha, count

KEY = "olive tree by the wadi"
CANARIES = [
    ("Zubaida Qx-Canary Harthy", "زبيدة الكناري الحارثية", "87654321"),
    ("Marwan Wq-Sentinel Said", "مروان الحارس السعيدي", "11223344"),
]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def png_signature() -> bytes:
    out = io.BytesIO()
    Image.new("L", (50, 20), 255).save(out, "PNG")
    return out.getvalue()


def photo_jpeg() -> bytes:
    image = Image.new("RGB", (640, 480))
    image.putdata(
        [((x * 7) % 256, (y * 3) % 256, (x * y) % 256) for y in range(480) for x in range(640)]
    )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def write_canaries(database: Database) -> list[bytes]:
    """Registers the canary patients with a photo; returns every byte string that must not leak."""
    add_staff(database, audited=True)
    needles: list[bytes] = []
    for latin, arabic, civil in CANARIES:
        patient = PatientService(database).register(
            FRONT_DESK, aisha(name_latin=latin, name_arabic=arabic, civil_number=civil)
        )[0]
        for text in (latin.split()[1], arabic.split()[1], civil):
            needles += [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
        ConsentService(database).capture(
            PRACTITIONER,
            patient.id,
            ConsentPurpose.CLINICAL_PHOTOS,
            "2026-1",
            png_signature(),
            password=STAFF_PASSWORD,
        )
        info, _ = PhotoService(database).import_photo(
            PRACTITIONER, patient.id, photo_jpeg(), "face.jpg", ViewAngle.FRONT
        )
        stored = PhotoService(database).image(PRACTITIONER, info.id).data
        # Windows from the middle of the stored JPEG (its header is the same in every JPEG).
        needles += [stored[offset : offset + 48] for offset in range(2000, len(stored) - 48, 4000)]
    return needles


def leaks(path: Path, needles: list[bytes]) -> list[bytes]:
    data = path.read_bytes()
    return [needle for needle in needles if needle in data]


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cipher, "_provided", {})
    monkeypatch.delenv(cipher.ENV_DATABASE_KEY, raising=False)


@pytest.fixture
def new_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'data' / 'clinic.sqlite3'}"


@pytest.fixture
def encrypted(new_url: str) -> Iterator[Database]:
    database = open_database(new_url, key=KEY)
    yield database
    database.dispose()


def test_an_encrypted_clinic_leaks_no_canary_to_its_file_wal_or_backup(
    encrypted: Database, tmp_path: Path
) -> None:
    needles = write_canaries(encrypted)
    path = encrypted.sqlite_path()
    assert path is not None
    wal = path.with_name(path.name + "-wal")
    # Checked while the app still has it open: the latest pages sit in the -wal.
    assert wal.is_file() and wal.stat().st_size > 0
    backup = backup_sqlite(encrypted, tmp_path / "backups-out.sqlite3").path
    for file in (path, wal, backup):
        assert file.stat().st_size > 0
        assert not cipher.SQLITE_HEADER.startswith(file.read_bytes()[:16])
        assert leaks(file, needles) == [], file
    assert check_sqlite_file(backup, key=KEY).ok
    assert not check_sqlite_file(backup).ok  # and it needs the key to be read at all


def test_the_same_canaries_are_readable_in_a_plain_clinic(tmp_path: Path) -> None:
    """The control: the search above would find them if they were there."""
    database = open_database(f"sqlite:///{tmp_path / 'plain.sqlite3'}")
    try:
        needles = write_canaries(database)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.dispose()
    found = leaks(tmp_path / "plain.sqlite3", needles)
    assert CANARIES[0][2].encode() in found and CANARIES[1][1].split()[1].encode() in found
    assert any(len(needle) == 48 for needle in found)  # the photo


def test_an_encrypted_file_asks_for_a_passphrase_rather_than_calling_it_damaged(
    encrypted: Database, new_url: str
) -> None:
    path = encrypted.sqlite_path()
    assert path is not None
    encrypted.dispose()
    with pytest.raises(
        cipher.PassphraseNeededError, match=r"it is encrypted \(enter its passphrase"
    ):
        open_database(new_url)


def test_a_wrong_passphrase_is_refused_and_nothing_is_touched(
    encrypted: Database, new_url: str
) -> None:
    path = encrypted.sqlite_path()
    assert path is not None
    encrypted.dispose()
    for extra in ("-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    before = sha256(path)
    with pytest.raises(cipher.WrongPassphraseError, match="passphrase does not open"):
        open_database(new_url, key="not the passphrase")
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_the_passphrase_can_come_from_the_environment(
    encrypted: Database, new_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    encrypted.dispose()
    monkeypatch.setenv(cipher.ENV_DATABASE_KEY, KEY)
    database = open_database(new_url)
    try:
        assert database.key == KEY and "(encrypted)" in database.describe()
        assert check_database(database).ok
    finally:
        database.dispose()


def test_the_key_is_never_rendered_with_the_engine_url(encrypted: Database) -> None:
    assert KEY not in str(encrypted.engine.url)
    assert KEY not in repr(encrypted.engine)
    assert KEY not in encrypted.describe()


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    try:
        write_canaries(database)
    finally:
        database.dispose()
    return path


def test_encrypt_converts_a_plain_clinic_and_keeps_the_plain_file(plain: Path) -> None:
    plain_rows = _patients_plain(plain)
    result = encrypt_sqlite(plain, KEY)
    assert result.path == plain and cipher.is_encrypted_file(plain)
    assert result.plain_kept_at.is_file() and not cipher.is_encrypted_file(result.plain_kept_at)
    assert ".plain-" in result.plain_kept_at.name
    database = open_database(f"sqlite:///{plain}", key=KEY)
    try:
        assert count(database, Patient) == plain_rows == 2
        assert count(database, Photo) == 2
        assert check_database(database).ok
    finally:
        database.dispose()


def test_encrypt_refuses_a_short_passphrase_an_encrypted_file_and_a_missing_one(
    plain: Path, tmp_path: Path
) -> None:
    before = sha256(plain)
    with pytest.raises(ValidationError) as refused:
        encrypt_sqlite(plain, "short")
    assert "passphrase" in refused.value.field_errors
    assert sha256(plain) == before
    encrypt_sqlite(plain, KEY)
    with pytest.raises(StorageRefusedError, match="already encrypted"):
        encrypt_sqlite(plain, KEY)
    missing = tmp_path / "nowhere" / "clinic.sqlite3"
    with pytest.raises(StorageRefusedError, match="no database"):
        encrypt_sqlite(missing, KEY)
    assert not missing.parent.exists()


def test_encrypt_refuses_while_the_database_is_in_use(plain: Path) -> None:
    database = open_database(f"sqlite:///{plain}")
    try:
        PatientService(database).register(FRONT_DESK, aisha(civil_number="55554444"))  # in -wal
        with database.sessions() as session:  # a reader holding a snapshot
            session.scalar(select(func.count()).select_from(Patient))
            with pytest.raises(StorageRefusedError, match="in use"):
                encrypt_sqlite(plain, KEY)
    finally:
        database.dispose()
    assert not cipher.is_encrypted_file(plain)
    assert [p for p in plain.parent.iterdir() if ".plain-" in p.name] == []


def _patients_plain(path: Path) -> int:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM patients").fetchone()[0])
    finally:
        connection.close()


def test_restore_of_an_encrypted_backup_checks_the_passphrase(
    encrypted: Database, new_url: str, tmp_path: Path
) -> None:
    write_canaries(encrypted)
    backup = backup_sqlite(encrypted, tmp_path / "one.sqlite3").path
    path = encrypted.sqlite_path()
    assert path is not None
    encrypted.dispose()
    before = sha256(path)
    with pytest.raises(StorageRefusedError, match="passphrase does not open"):
        restore_sqlite(new_url, backup, key="someone else's passphrase")
    assert sha256(path) == before
    result = restore_sqlite(new_url, backup, key=KEY)
    assert result.replaced_kept_at is not None and cipher.is_encrypted_file(path)
    database = open_database(new_url, key=KEY)
    try:
        assert count(database, Patient) == 2
    finally:
        database.dispose()


def test_a_plain_backup_is_not_restored_over_an_encrypted_clinic(
    encrypted: Database, new_url: str, tmp_path: Path
) -> None:
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        plain_backup = backup_sqlite(other, tmp_path / "plain-backup.sqlite3").path
    finally:
        other.dispose()
    path = encrypted.sqlite_path()
    assert path is not None
    encrypted.dispose()
    before = sha256(path)
    with pytest.raises(StorageRefusedError, match="leave patient data readable"):
        restore_sqlite(new_url, plain_backup, key=KEY)
    assert sha256(path) == before


def test_an_encrypted_backup_without_a_passphrase_is_refused(
    encrypted: Database, tmp_path: Path
) -> None:
    backup = backup_sqlite(encrypted, tmp_path / "one.sqlite3").path
    target = tmp_path / "elsewhere" / "clinic.sqlite3"
    with pytest.raises(StorageRefusedError, match="encrypted"):
        restore_sqlite(target, backup)
    assert not target.exists()

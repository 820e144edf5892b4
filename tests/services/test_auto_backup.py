"""Automatic backups on both databases: schedule, verified copies with manifests, thinning out."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from scardesk.db.engine import Database, open_database
from scardesk.domain.backup_policy import BackupSchedule, Retention, backup_name
from scardesk.domain.errors import PermissionDeniedError, UnreadableRecordError, ValidationError
from scardesk.services.auto_backup import SCHEDULE_FILE, AutoBackupService
from tests.db.test_backup import seed_patients
from tests.helpers import ADMIN, FRONT_DESK, add_staff, audit_count, open_staffed


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    if database_url.startswith("postgresql") and shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not on PATH")
    opened = open_staffed(database_url)
    seed_patients(opened, 6)
    yield opened
    opened.dispose()


@pytest.fixture
def service(database: Database, tmp_path: Path) -> AutoBackupService:
    return AutoBackupService(database, tmp_path / "settings")


def _schedule(tmp_path: Path, **changes: object) -> BackupSchedule:
    values: dict[str, object] = {"folder": str(tmp_path / "usb" / "ScarDesk backups")}
    values.update(changes)
    return BackupSchedule(**values)  # type: ignore[arg-type]


def test_a_saved_schedule_reads_back_and_is_audited(
    service: AutoBackupService, database: Database, tmp_path: Path
) -> None:
    assert service.schedule() is None
    before = audit_count(database)
    saved = service.save_schedule(ADMIN, _schedule(tmp_path, daily_at=time(20, 30)))
    assert service.schedule() == saved
    assert Path(saved.folder).is_dir()
    assert audit_count(database) == before + 1


def test_a_wrong_schedule_changes_nothing(
    service: AutoBackupService, database: Database, tmp_path: Path
) -> None:
    before = audit_count(database)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for wrong in (
        _schedule(tmp_path, folder="relative/path"),
        _schedule(tmp_path, folder=str(blocker)),
    ):
        with pytest.raises(ValidationError) as refused:
            service.save_schedule(ADMIN, wrong)
        assert "folder" in refused.value.field_errors
    assert service.schedule() is None
    assert not (tmp_path / "settings" / SCHEDULE_FILE).exists()
    assert audit_count(database) == before


def test_the_front_desk_cannot_set_or_read_backups(
    service: AutoBackupService, tmp_path: Path
) -> None:
    with pytest.raises(PermissionDeniedError):
        service.save_schedule(FRONT_DESK, _schedule(tmp_path))
    with pytest.raises(PermissionDeniedError):
        service.status(FRONT_DESK)


def test_a_run_writes_a_verified_backup_with_its_manifest(
    service: AutoBackupService, tmp_path: Path
) -> None:
    service.save_schedule(ADMIN, _schedule(tmp_path))
    entry = service.run(ADMIN, "manual")
    backup = Path(entry.path)
    assert backup.is_file() and backup.parent == tmp_path / "usb" / "ScarDesk backups"
    assert entry.patients == 6 and entry.sessions == 0 and entry.reason == "manual"
    status = service.status(ADMIN)
    assert status.last_good == entry and not status.stale
    assert service.preview(ADMIN, backup) == entry


def test_old_backups_are_thinned_out_and_other_files_left_alone(
    service: AutoBackupService, tmp_path: Path
) -> None:
    schedule = service.save_schedule(
        ADMIN, _schedule(tmp_path, retention=Retention(keep_daily=3, keep_weekly=0, keep_monthly=0))
    )
    folder = Path(schedule.folder)
    made = datetime(2026, 11, 1, 19)
    for day in range(10):
        (folder / backup_name(made + timedelta(days=day), ".sqlite3")).write_bytes(b"old")
    (folder / "holiday-photos.zip").write_bytes(b"someone else's")
    service.run(ADMIN, "manual")
    ours = sorted(p.name for p in folder.iterdir() if p.name.startswith("scardesk-"))
    backups = [name for name in ours if not name.endswith((".json", ".seal"))]
    assert len(backups) == 3  # today's and the two newest old days
    assert backup_name(made + timedelta(days=9), ".sqlite3") in backups
    assert (folder / "holiday-photos.zip").exists()


def test_the_daily_backup_runs_once_after_its_time(
    service: AutoBackupService, tmp_path: Path
) -> None:
    service.save_schedule(ADMIN, _schedule(tmp_path, daily_at=time(0, 0)))
    assert service.run_if_due() is not None
    assert service.run_if_due() is None  # made since today's time


def test_sign_out_backup_waits_for_the_last_workstation(
    service: AutoBackupService, database: Database, database_url: str, tmp_path: Path
) -> None:
    service.save_schedule(ADMIN, _schedule(tmp_path, on_last_sign_out=True))
    if database.kind == "sqlite":
        other = open_staffed(database_url)  # a second workstation, announced like the app
        try:
            assert service.run_at_sign_out() is None
        finally:
            other.dispose()
    entry = service.run_at_sign_out()
    assert entry is not None and entry.reason == "last sign-out"


def test_a_damaged_schedule_file_is_an_error_not_no_schedule(
    service: AutoBackupService, tmp_path: Path
) -> None:
    service.save_schedule(ADMIN, _schedule(tmp_path))
    path = tmp_path / "settings" / SCHEDULE_FILE
    path.write_text(json.dumps({"v": 99}))
    with pytest.raises(UnreadableRecordError):
        service.schedule()
    with pytest.raises(UnreadableRecordError):
        service.run_if_due()


def test_an_unplugged_backup_disk_is_reported(service: AutoBackupService, tmp_path: Path) -> None:
    schedule = service.save_schedule(ADMIN, _schedule(tmp_path))
    shutil.rmtree(schedule.folder)
    status = service.status(ADMIN)
    assert status.folder_problem and status.stale and status.last_good is None


def test_the_manifest_carries_the_audit_head_of_the_backup(
    service: AutoBackupService, database: Database, tmp_path: Path
) -> None:
    service.save_schedule(ADMIN, _schedule(tmp_path))
    entry = service.run(ADMIN, "manual")
    assert entry.audit_seq is not None and entry.audit_seq > 0
    assert entry.audit_link and len(entry.audit_link) == 16
    assert service.preview(ADMIN, Path(entry.path)).audit_seq == entry.audit_seq


def test_an_encrypted_clinic_backs_up_encrypted_and_previews_with_its_passphrase(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'data' / 'clinic.sqlite3'}"
    database = open_database(url, key="olive tree by the wadi")
    add_staff(database)
    try:
        seed_patients(database, 4)
        service = AutoBackupService(database, tmp_path / "data")
        service.save_schedule(ADMIN, _schedule(tmp_path))
        entry = service.run(ADMIN, "manual")
        backup = Path(entry.path)
        assert not backup.read_bytes().startswith(b"SQLite format 3")
        assert entry.patients == 4 and entry.audit_seq
        _manifest = backup.with_name(backup.name + ".json")
        _manifest.unlink()  # preview must then read the encrypted file itself
        assert service.preview(ADMIN, backup).patients == 4
        _arguments, environment = service.restore_request(ADMIN, backup)
        assert environment["SCARDESK_DATABASE_URL"] == url
        assert environment["SCARDESK_DATABASE_KEY"] == "olive tree by the wadi"
    finally:
        database.dispose()

"""Backups that make themselves: daily and at the last sign-out, verified, thinned out.

Each backup is the same verified copy as "Back up now" (``db.backup``), written into the folder
the admin chose with a small manifest beside it (when, by whom, why, how many patients and
sessions), so Admin can list and preview backups without opening them. After each one the folder
is thinned out by the retention rule (``domain.backup_policy.to_keep``); only files with our own
name pattern are ever removed there, and only backups — never a database in use.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from scardesk.db import backup as backups
from scardesk.db import cipher
from scardesk.db.audit_seal import anchor_summary
from scardesk.db.engine import Database
from scardesk.db.integrity import check_sqlite_file
from scardesk.db.location import ENV_DATABASE_URL
from scardesk.db.models import Patient, TreatmentSession, User
from scardesk.db.unit_of_work import SYSTEM, Actor, UnitOfWork
from scardesk.domain.backup_policy import (
    BackupEntry,
    BackupSchedule,
    BackupStatus,
    backup_stamp,
    is_stale,
    manifest_from_json,
    manifest_to_json,
    schedule_from_json,
    schedule_to_json,
    scheduled_due,
    to_keep,
    validate_schedule,
)
from scardesk.domain.errors import StorageRefusedError, UnreadableRecordError, ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.permissions import Permission
from scardesk.domain.records import Changes
from scardesk.services.access import check
from scardesk.services.atomic_files import replace_atomically

log = logging.getLogger(__name__)

SCHEDULE_FILE = "backup-schedule.json"


def _now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


class AutoBackupService:
    """This computer's automatic backups of the clinic database."""

    def __init__(self, database: Database, settings_folder: Path) -> None:
        self._db = database
        self._file = settings_folder / SCHEDULE_FILE

    # --- the schedule ------------------------------------------------------------------------

    def schedule(self) -> BackupSchedule | None:
        """The stored schedule; None when none was set. A damaged file is an error, not None."""
        try:
            text = self._file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            data = json.loads(text)
        except ValueError as error:
            raise UnreadableRecordError(str(self._file), None, str(error)) from error
        if not isinstance(data, dict):
            raise UnreadableRecordError(str(self._file), None, "not a JSON object")
        return schedule_from_json(data, source=str(self._file))

    def save_schedule(self, actor: Actor, schedule: BackupSchedule) -> BackupSchedule:
        check(self._db, actor, Permission.BACKUP)
        schedule = validate_schedule(schedule)
        _ensure_writable(Path(schedule.folder))
        body = schedule_to_json(schedule)
        with UnitOfWork(self._db, actor, "backup.schedule") as uow:
            uow.note("backup_schedule", None, after=body)
            _write_atomically(self._file, json.dumps(body, indent=2))
        return replace(schedule, changes=Changes(backups=True))

    # --- making backups ----------------------------------------------------------------------

    def run(self, actor: Actor, reason: str) -> BackupEntry:
        """Make a verified backup into the schedule's folder now, then thin the folder out."""
        check(self._db, actor, Permission.BACKUP)
        schedule = self._required_schedule()
        folder = Path(schedule.folder)
        _ensure_writable(folder)
        if self._db.kind == "sqlite":
            result = backups.backup_sqlite(self._db, folder, actor=actor)
            patients, sessions, seq, link = _read_backup(result.path, self._db.key)
        else:
            patients, sessions = self._count_live()
            # The head just before the dump: what a restore of it must reach at least.
            anchor = anchor_summary(self._db)
            seq, link = (anchor.seq, anchor.link) if anchor else (None, None)
            result = backups.backup_postgres(self._db, folder, actor=actor)
        made_at = backup_stamp(result.path.name) or _now().replace(tzinfo=None)
        entry = BackupEntry(
            path=str(result.path),
            made_at=made_at,
            bytes=result.bytes,
            made_by=self._who(actor),
            reason=reason,
            patients=patients,
            sessions=sessions,
            audit_seq=seq,
            audit_link=link,
        )
        _write_atomically(_manifest_path(result.path), json.dumps(manifest_to_json(entry)))
        self._thin_out(folder, schedule)
        return replace(entry, changes=Changes(backups=True))

    def run_if_due(self, now: datetime | None = None) -> BackupEntry | None:
        """The daily backup, when its time has passed and none was made since."""
        schedule = self.schedule()
        if schedule is None:
            return None
        now = now or _now()
        last = self._newest_stamp(Path(schedule.folder))
        naive_now = now.replace(tzinfo=None)
        if not scheduled_due(schedule, last, naive_now):
            return None
        return self.run(SYSTEM, "daily")

    def run_at_sign_out(self) -> BackupEntry | None:
        """The sign-out backup, when the schedule asks for it and nobody else is still working."""
        schedule = self.schedule()
        if schedule is None or not schedule.on_last_sign_out:
            return None
        if self._db.others_open():
            return None  # not the last one out: the last workstation will back up
        return self.run(SYSTEM, "last sign-out")

    # --- what Admin shows --------------------------------------------------------------------

    def status(self, actor: Actor, now: datetime | None = None) -> BackupStatus:
        check(self._db, actor, Permission.BACKUP)
        schedule = self.schedule()
        if schedule is None:
            return BackupStatus(None, (), stale=True)
        folder = Path(schedule.folder)
        try:
            entries = tuple(self._entries(folder))
        except OSError as error:
            return BackupStatus(schedule, (), stale=True, folder_problem=str(error))
        newest = entries[0].made_at if entries else None
        now = (now or _now()).replace(tzinfo=None)
        return BackupStatus(schedule, entries, stale=is_stale(newest, now))

    def preview(self, actor: Actor, path: Path) -> BackupEntry:
        """What a backup holds, before restoring it: its manifest, or the file itself checked."""
        check(self._db, actor, Permission.BACKUP)
        manifest = _manifest_path(path)
        if manifest.is_file():
            return manifest_from_json(json.loads(manifest.read_text("utf-8")), path=str(path))
        if path.suffix != ".sqlite3":
            raise StorageRefusedError(Message("backup.no_manifest", {"path": str(path)}))
        report = check_sqlite_file(
            path, key=self._db.key if cipher.is_encrypted_file(path) else None
        )
        if not report.sound:
            raise StorageRefusedError(
                Message("backup.not_usable", {"path": str(path), "detail": report.summary()})
            )
        patients, sessions, seq, link = _read_backup(path, self._db.key)
        made_at = backup_stamp(path.name) or datetime.fromtimestamp(path.stat().st_mtime)
        size = path.stat().st_size
        return BackupEntry(str(path), made_at, size, "", "", patients, sessions, seq, link)

    def restore_request(self, actor: Actor, path: Path) -> tuple[list[str], dict[str, str]]:
        """The ``scardesk`` arguments and environment that restore ``path`` once this app closes.

        A running app cannot replace the database it has open; the restore runs in a new process
        that waits for this one to close (``--wait``), verifies and restores, then starts
        ScarDesk again. The database URL travels in the environment, never on a command line
        where other users of the computer could read a password.
        """
        self.preview(actor, path)  # a file that is no backup is refused here, before closing
        url = self._db.engine.url
        environment = {ENV_DATABASE_URL: url.render_as_string(hide_password=False)}
        if self._db.key is not None:
            # The restoring process opens the same encrypted clinic; the environment, like the
            # URL's, is readable only by this user.
            path_url = f"sqlite:///{url.database}"
            environment = {ENV_DATABASE_URL: path_url, cipher.ENV_DATABASE_KEY: self._db.key}
        arguments = ["restore", str(path), "--wait", "120", "--then-start"]
        return arguments, environment

    # --- helpers -----------------------------------------------------------------------------

    def _required_schedule(self) -> BackupSchedule:
        schedule = self.schedule()
        if schedule is None:
            raise ValidationError({"folder": Message("backup.schedule_missing")})
        return schedule

    def _who(self, actor: Actor) -> str:
        if actor.user_id is None:
            return "ScarDesk (automatic)"
        with self._db.sessions() as session:
            user = session.get(User, actor.user_id)
            return user.display_name if user is not None else f"user {actor.user_id}"

    def _count_live(self) -> tuple[int, int]:
        with self._db.sessions() as session:
            patients = session.scalar(select(func.count()).select_from(Patient)) or 0
            sessions = session.scalar(select(func.count()).select_from(TreatmentSession)) or 0
        return patients, sessions

    def _entries(self, folder: Path) -> list[BackupEntry]:
        found: list[BackupEntry] = []
        for path in folder.iterdir():
            stamp = backup_stamp(path.name)
            if stamp is None or not path.is_file():
                continue
            try:
                found.append(
                    manifest_from_json(
                        json.loads(_manifest_path(path).read_text("utf-8")), path=str(path)
                    )
                )
            except (OSError, ValueError, UnreadableRecordError):
                # A backup without a readable manifest is still listed, from its name and size.
                found.append(BackupEntry(str(path), stamp, path.stat().st_size))
        return sorted(found, key=lambda entry: entry.made_at, reverse=True)

    def _newest_stamp(self, folder: Path) -> datetime | None:
        try:
            stamps = [backup_stamp(path.name) for path in folder.iterdir()]
        except OSError:
            return None
        made = [stamp for stamp in stamps if stamp is not None]
        return max(made) if made else None

    def _thin_out(self, folder: Path, schedule: BackupSchedule) -> None:
        ours = {path: backup_stamp(path.name) for path in folder.iterdir()}
        stamped = {path: stamp for path, stamp in ours.items() if stamp is not None}
        keep = to_keep(stamped.values(), schedule.retention)
        for path, stamp in stamped.items():
            if stamp in keep:
                continue
            path.unlink(missing_ok=True)
            _manifest_path(path).unlink(missing_ok=True)
            path.with_name(path.name + ".seal").unlink(missing_ok=True)
            log.info("removed an old backup by the retention rule: %s", path.name)


def _manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def _read_backup(path: Path, key: str | None) -> tuple[int, int, int | None, str | None]:
    """Patients, sessions and the audit chain's head (seq, keyed link) of a backup file, read
    without changing it (read-only, immutable; with its passphrase when it is encrypted)."""
    if cipher.is_encrypted_file(path):
        if key is None:
            raise StorageRefusedError(Message("backup.needs_passphrase", {"path": str(path)}))
        connection = cipher.connect(path, key, immutable=True)
    else:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        patients = connection.execute("SELECT count(*) FROM patients").fetchone()[0]
        sessions = connection.execute("SELECT count(*) FROM treatment_sessions").fetchone()[0]
        head = connection.execute(
            "SELECT seq, mac FROM audit_events WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    seq, link = (int(head[0]), str(head[1] or "")[:16]) if head else (None, None)
    return int(patients), int(sessions), seq, link


def _ensure_writable(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".scardesk-probe-"):
            pass
    except OSError as error:
        raise ValidationError(
            {
                "folder": Message(
                    "backup.folder_not_writable", technical=str(error.strerror or error)
                )
            }
        ) from error


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_atomically(path, text.encode("utf-8"))

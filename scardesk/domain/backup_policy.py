"""When a computer backs the clinic up on its own, and which of its backups it keeps.

A clinic forgets to press "Back up now". So a workstation can do it by itself every day at a set
time and when the last person signs out, into a folder the admin chose (a USB disk or a NAS is
fine for backups, unlike for the live database), and thin the folder out the way backup tapes
always were: the newest of each of the last 7 days, of the last 4 weeks and of the last 12 months.

The schedule belongs to the computer that makes the backups (the disk is plugged into that one),
so it is kept in a small file in that computer's data folder, read and written by the codec here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from pathlib import PurePath
from typing import Any

from scardesk.domain.errors import UnreadableRecordError, ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.records import Changes

SCHEMA_VERSION = 1
#: A backup older than this is reported as stale in Admin.
STALE_AFTER = timedelta(days=1)
#: The names automatic (and manual) backups get: ``scardesk-20261204-180000.sqlite3``.
BACKUP_NAME = re.compile(r"^scardesk-(\d{8}-\d{6})(?:-\d+)?\.(sqlite3|dump)$")
_LIMITS = {"keep_daily": (1, 366), "keep_weekly": (0, 104), "keep_monthly": (0, 120)}


@dataclass(frozen=True)
class Retention:
    """How many backups of each span to keep; the newest in each day/week/month counts."""

    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12


@dataclass(frozen=True)
class BackupSchedule:
    """Where this computer puts its automatic backups, and when it makes them."""

    folder: str
    daily_at: time | None = time(19, 0)
    on_last_sign_out: bool = True
    retention: Retention = field(default_factory=Retention)
    #: What the command that returned this changed, for the change bus; empty on one read back.
    changes: Changes = field(default_factory=Changes, compare=False, repr=False)


def validate_schedule(schedule: BackupSchedule) -> BackupSchedule:
    """The schedule as given, or a ValidationError naming each wrong field."""
    errors: dict[str, Message] = {}
    folder = schedule.folder.strip()
    if not folder:
        errors["folder"] = Message("backup.folder_missing")
    elif not PurePath(folder).is_absolute() and not folder.startswith("\\\\"):
        errors["folder"] = Message("backup.folder_not_absolute")
    for name, (low, high) in _LIMITS.items():
        value = getattr(schedule.retention, name)
        if not low <= value <= high:
            errors[name] = Message("backup.retention_out_of_range", {"low": low, "high": high})
    if schedule.daily_at is None and not schedule.on_last_sign_out:
        errors["daily_at"] = Message("backup.when_missing")
    if errors:
        raise ValidationError(errors)
    return BackupSchedule(folder, schedule.daily_at, schedule.on_last_sign_out, schedule.retention)


def backup_stamp(name: str) -> datetime | None:
    """When a backup file of ours was made, from its name; None for anyone else's file."""
    found = BACKUP_NAME.match(name)
    return datetime.strptime(found.group(1), "%Y%m%d-%H%M%S") if found else None


def backup_name(made_at: datetime, suffix: str) -> str:
    return f"scardesk-{made_at:%Y%m%d-%H%M%S}{suffix}"


def to_keep(stamps: Iterable[datetime], retention: Retention) -> set[datetime]:
    """The backups to keep: the newest of each of the last N days, weeks and months that have one.

    The newest backup of all is always kept, whatever the numbers say.
    """
    ordered = sorted(set(stamps), reverse=True)
    keep: set[datetime] = set(ordered[:1])
    spans: tuple[tuple[int, Any], ...] = (
        (retention.keep_daily, lambda stamp: stamp.date()),
        (retention.keep_weekly, lambda stamp: stamp.isocalendar()[:2]),
        (retention.keep_monthly, lambda stamp: (stamp.year, stamp.month)),
    )
    for count, bucket_of in spans:
        seen: list[object] = []
        for stamp in ordered:
            bucket = bucket_of(stamp)
            if bucket in seen:
                continue
            if len(seen) == count:
                break
            seen.append(bucket)
            keep.add(stamp)
    return keep


def scheduled_due(schedule: BackupSchedule, last_made: datetime | None, now: datetime) -> bool:
    """True once today's backup time has passed and no backup was made since it."""
    if schedule.daily_at is None:
        return False
    today_at = datetime.combine(now.date(), schedule.daily_at, tzinfo=now.tzinfo)
    if now < today_at:
        return False
    return last_made is None or last_made < today_at


def is_stale(last_good: datetime | None, now: datetime) -> bool:
    return last_good is None or now - last_good > STALE_AFTER


@dataclass(frozen=True)
class BackupEntry:
    """One backup in the folder, as Admin lists and previews it."""

    path: str
    made_at: datetime
    bytes: int
    made_by: str = ""
    reason: str = ""
    patients: int | None = None
    sessions: int | None = None
    #: The audit chain's head inside the backup (event number, start of its keyed link): a
    #: restored database whose chain stops short of it has lost events.
    audit_seq: int | None = None
    audit_link: str | None = None
    #: What the command that returned this changed, for the change bus; empty on one read back.
    changes: Changes = field(default_factory=Changes, compare=False, repr=False)


@dataclass(frozen=True)
class BackupStatus:
    """What Admin shows about this computer's automatic backups."""

    schedule: BackupSchedule | None
    entries: tuple[BackupEntry, ...]
    stale: bool
    #: Why the folder could not be read (unplugged USB disk …); None when it could.
    folder_problem: str | None = None

    @property
    def last_good(self) -> BackupEntry | None:
        return self.entries[0] if self.entries else None


# --- the codec of the schedule file ---------------------------------------------------------------


def schedule_to_json(schedule: BackupSchedule) -> dict[str, Any]:
    return {
        "v": SCHEMA_VERSION,
        "folder": schedule.folder,
        "daily_at": schedule.daily_at.strftime("%H:%M") if schedule.daily_at else None,
        "on_last_sign_out": schedule.on_last_sign_out,
        "keep_daily": schedule.retention.keep_daily,
        "keep_weekly": schedule.retention.keep_weekly,
        "keep_monthly": schedule.retention.keep_monthly,
    }


def schedule_from_json(data: Mapping[str, Any], *, source: str) -> BackupSchedule:
    """Read a stored schedule; a shape this version does not know is refused, never guessed."""
    try:
        if data.get("v") != SCHEMA_VERSION:
            raise ValueError(f"unknown schema version {data.get('v')!r}")
        daily = data["daily_at"]
        schedule = BackupSchedule(
            folder=str(data["folder"]),
            daily_at=datetime.strptime(daily, "%H:%M").time() if daily else None,
            on_last_sign_out=bool(data["on_last_sign_out"]),
            retention=Retention(
                keep_daily=int(data["keep_daily"]),
                keep_weekly=int(data["keep_weekly"]),
                keep_monthly=int(data["keep_monthly"]),
            ),
        )
        return validate_schedule(schedule)
    except (KeyError, TypeError, ValueError, AttributeError, ValidationError) as error:
        raise UnreadableRecordError(source, None, f"{type(error).__name__}: {error}") from error


# --- the codec of a backup's manifest (written beside each backup) --------------------------------


def manifest_to_json(entry: BackupEntry) -> dict[str, Any]:
    return {
        "v": SCHEMA_VERSION,
        "made_at": entry.made_at.isoformat(),
        "bytes": entry.bytes,
        "made_by": entry.made_by,
        "reason": entry.reason,
        "patients": entry.patients,
        "sessions": entry.sessions,
        "audit_seq": entry.audit_seq,
        "audit_link": entry.audit_link,
    }


def manifest_from_json(data: Mapping[str, Any], *, path: str) -> BackupEntry:
    try:
        if data.get("v") != SCHEMA_VERSION:
            raise ValueError(f"unknown schema version {data.get('v')!r}")
        return BackupEntry(
            path=path,
            made_at=datetime.fromisoformat(data["made_at"]),
            bytes=int(data["bytes"]),
            made_by=str(data["made_by"]),
            reason=str(data["reason"]),
            patients=None if data["patients"] is None else int(data["patients"]),
            sessions=None if data["sessions"] is None else int(data["sessions"]),
            audit_seq=None if data.get("audit_seq") is None else int(data["audit_seq"]),
            audit_link=None if data.get("audit_link") is None else str(data["audit_link"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise UnreadableRecordError(path, None, f"{type(error).__name__}: {error}") from error

"""Which backups a folder keeps, when the daily one is due, and the schedule file's codec."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scardesk.domain.backup_policy import (
    BackupSchedule,
    Retention,
    backup_name,
    backup_stamp,
    is_stale,
    schedule_from_json,
    schedule_to_json,
    scheduled_due,
    to_keep,
    validate_schedule,
)
from scardesk.domain.errors import UnreadableRecordError, ValidationError

START = datetime(2026, 1, 1, 19, 0)


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_and_12_months() -> None:
    stamps = [START + timedelta(days=day) for day in range(400)]
    kept = to_keep(stamps, Retention())
    newest = max(stamps)
    days = {stamp.date() for stamp in kept if newest - stamp < timedelta(days=7)}
    assert len(days) == 7
    assert len(kept) <= 7 + 4 + 12
    months = {(stamp.year, stamp.month) for stamp in kept}
    assert len(months) == 12
    assert newest in kept


def test_two_backups_on_one_day_keep_the_newer() -> None:
    morning, evening = datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 19)
    assert to_keep([morning, evening], Retention(1, 0, 0)) == {evening}


stamp_lists = st.lists(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
    min_size=1,
    max_size=60,
)
retentions = st.builds(
    Retention,
    keep_daily=st.integers(1, 30),
    keep_weekly=st.integers(0, 10),
    keep_monthly=st.integers(0, 24),
)


@given(stamp_lists, retentions)
def test_retention_keeps_the_newest_and_never_more_than_asked(
    stamps: list[datetime], retention: Retention
) -> None:
    kept = to_keep(stamps, retention)
    assert max(stamps) in kept
    assert kept <= set(stamps)
    assert len(kept) <= 1 + retention.keep_daily + retention.keep_weekly + retention.keep_monthly
    # The newest of each of the last keep_daily days that have a backup is there.
    days = sorted({stamp.date() for stamp in stamps}, reverse=True)[: retention.keep_daily]
    for day in days:
        assert max(stamp for stamp in stamps if stamp.date() == day) in kept


def test_the_daily_backup_is_due_once_its_time_has_passed() -> None:
    schedule = BackupSchedule("/media/usb", daily_at=time(19, 0))
    today = datetime(2026, 12, 4)
    assert not scheduled_due(schedule, None, today.replace(hour=18, minute=59))
    assert scheduled_due(schedule, None, today.replace(hour=19))
    assert scheduled_due(schedule, today - timedelta(hours=1), today.replace(hour=20))
    assert not scheduled_due(schedule, today.replace(hour=19, minute=5), today.replace(hour=22))
    no_time = BackupSchedule("/media/usb", daily_at=None, on_last_sign_out=True)
    assert not scheduled_due(no_time, None, today.replace(hour=23))


def test_stale_after_a_day_or_when_there_is_none() -> None:
    now = datetime(2026, 12, 4, 12)
    assert is_stale(None, now)
    assert is_stale(now - timedelta(hours=25), now)
    assert not is_stale(now - timedelta(hours=23), now)


def test_names_round_trip_and_other_files_are_not_ours() -> None:
    made = datetime(2026, 12, 4, 18, 30, 5)
    assert backup_stamp(backup_name(made, ".sqlite3")) == made
    assert backup_stamp("scardesk-20261204-183005-1.dump") == made
    for other in ("clinic.sqlite3", "scardesk-replaced-20261204-183005.dump", "notes.txt"):
        assert backup_stamp(other) is None


@pytest.mark.parametrize(
    ("schedule", "field"),
    [
        (BackupSchedule(""), "folder"),
        (BackupSchedule("backups/usb"), "folder"),
        (BackupSchedule("/media/usb", retention=Retention(keep_daily=0)), "keep_daily"),
        (BackupSchedule("/media/usb", retention=Retention(keep_monthly=500)), "keep_monthly"),
        (BackupSchedule("/media/usb", daily_at=None, on_last_sign_out=False), "daily_at"),
    ],
)
def test_a_wrong_schedule_names_the_field(schedule: BackupSchedule, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_schedule(schedule)
    assert field in refused.value.field_errors


@given(
    st.builds(
        BackupSchedule,
        folder=st.sampled_from(["/media/usb/backups", "/mnt/nas/clinic", "\\\\nas\\clinic"]),
        daily_at=st.one_of(st.none(), st.times().map(lambda t: t.replace(second=0, microsecond=0))),
        on_last_sign_out=st.just(True),
        retention=retentions,
    )
)
def test_the_schedule_codec_round_trips(schedule: BackupSchedule) -> None:
    assert schedule_from_json(schedule_to_json(schedule), source="f") == schedule


@given(st.dictionaries(st.text(max_size=10), st.one_of(st.none(), st.integers(), st.text())))
def test_a_schedule_file_of_another_shape_is_unreadable_never_guessed(
    data: dict[str, object],
) -> None:
    with pytest.raises(UnreadableRecordError):
        schedule_from_json(data, source="backup-schedule.json")

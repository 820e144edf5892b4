"""The clinic's working time, stored and audited: the admin sets the week, holidays and days
off; proposals land on working days."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from sqlalchemy import select

from scardesk.db.engine import Database
from scardesk.db.models import PublicHoliday
from scardesk.domain.errors import ConflictError, PermissionDeniedError, ValidationError
from scardesk.domain.working_calendar import OMAN_WEEK, Opening, WorkingCalendar
from scardesk.services.sessions import SessionService
from scardesk.services.working_time import WorkingTimeService
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, audit_count
from tests.services.session_fixtures import TODAY, combined_session, make_clinic

SATURDAY_TOO = frozenset(OMAN_WEEK | {5})
HOURS = (Opening(time(8), time(12)), Opening(time(12, 30), time(20)))


def test_a_new_clinic_works_omans_week(database: Database) -> None:
    current = WorkingTimeService(database).current(FRONT_DESK)
    assert current.calendar == WorkingCalendar() and current.version == 0


def test_the_admin_sets_the_week_and_it_is_audited(database: Database) -> None:
    service = WorkingTimeService(database)
    before = audit_count(database)
    service.save_week(ADMIN, SATURDAY_TOO, HOURS, expected_version=0)
    assert audit_count(database) == before + 1
    current = service.current(PRACTITIONER)
    assert current.calendar.weekdays == SATURDAY_TOO and current.calendar.hours == HOURS
    with pytest.raises(ConflictError):
        service.save_week(ADMIN, OMAN_WEEK, HOURS, expected_version=0)  # another desk first


def test_only_the_admin_changes_working_time(database: Database) -> None:
    service = WorkingTimeService(database)
    for refused in (FRONT_DESK, PRACTITIONER):
        with pytest.raises(PermissionDeniedError):
            service.save_week(refused, OMAN_WEEK, HOURS, 0)
        with pytest.raises(PermissionDeniedError):
            service.add_holiday(refused, TODAY, "National Day")


def test_a_wrong_week_changes_nothing(database: Database) -> None:
    service = WorkingTimeService(database)
    before = audit_count(database)
    with pytest.raises(ValidationError) as error:
        service.save_week(ADMIN, frozenset(), HOURS, 0)
    assert "weekdays" in error.value.field_errors
    assert audit_count(database) == before and service.current(ADMIN).version == 0


def test_a_removed_holiday_stops_counting_but_is_kept(database: Database) -> None:
    service = WorkingTimeService(database)
    service.add_holiday(ADMIN, date(2026, 11, 18), "  National   Day ")
    [holiday] = service.current(FRONT_DESK).holidays
    assert holiday.name == "National Day"
    assert service.calendar(FRONT_DESK).closed(date(2026, 11, 18)) is not None
    service.remove_holiday(ADMIN, holiday.id)
    assert service.current(FRONT_DESK).holidays == ()
    with database.sessions() as session:
        assert session.scalars(select(PublicHoliday)).one().removed_at is not None
    with pytest.raises(ValidationError):
        service.add_holiday(ADMIN, TODAY, "   ")


def test_the_next_session_and_toxin_review_land_on_working_days(database: Database) -> None:
    clinic = make_clinic(database)
    times = WorkingTimeService(database)
    due = TODAY + timedelta(days=28)  # microneedling again: a Tuesday, made a holiday
    times.add_holiday(ADMIN, due, "Eid al-Fitr")
    times.add_day_off(ADMIN, PRACTITIONER.user_id or 0, TODAY + timedelta(days=14), "Course")
    [off] = times.current(ADMIN).days_off
    assert off.note == "Course" and off.practitioner
    _record, _result, proposal, _changes = SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic)
    )
    assert proposal.next_on == due + timedelta(days=1)
    assert proposal.toxin_review_on == TODAY + timedelta(days=15)

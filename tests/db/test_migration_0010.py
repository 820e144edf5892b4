"""Revision 0010 on a clinic that already has its details and staff."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select

from scardesk.db import schema
from scardesk.db.models import CLINIC_SETTINGS_ID, ClinicSettings, User
from scardesk.services.settings import ClinicDetails, SettingsService
from tests.helpers import ADMIN, open_staffed


def test_upgrading_keeps_clinic_details_and_users_and_leaves_the_new_fields_empty(
    database_url: str,
) -> None:
    database = open_staffed(database_url)
    details = ClinicDetails("Al Khuwair Clinic", "عيادة الخوير", "Way 1", "السكة 1", None, 0)
    SettingsService(database).save_clinic(ADMIN, details)
    with database.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0009")
    schema.upgrade(database.engine)
    assert schema.is_current(database.engine)
    with database.sessions() as session:
        row = session.get(ClinicSettings, CLINIC_SETTINGS_ID)
        assert row is not None
        assert (row.name, row.address) == ("Al Khuwair Clinic", "Way 1")
        assert (row.hours, row.hours_arabic, row.moh_licence, row.whatsapp) == ("", "", None, None)
        users = session.scalars(select(User)).all()
        assert users and all(user.display_name_arabic is None for user in users)
    database.dispose()

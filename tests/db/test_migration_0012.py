"""Revision 0012 on a clinic that already has staff: everyone reads English until they choose."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect, select

from scardesk.db import schema
from scardesk.db.models import User
from scardesk.domain.display_prefs import DEFAULT, DigitStyle, DisplayPreferences, Language
from scardesk.services.users import UserService
from tests.helpers import FRONT_DESK, STAFF_PASSWORD, open_staffed


def test_upgrading_keeps_the_users_and_gives_them_the_default_preferences(
    database_url: str,
) -> None:
    database = open_staffed(database_url)
    with database.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0011")
    schema.upgrade(database.engine)
    assert schema.is_current(database.engine)
    with database.sessions() as session:
        users = session.scalars(select(User).order_by(User.id)).all()
        assert [user.username for user in users] == ["admin", "desk", "dr.salma"]
        assert all(
            (user.display_language, user.display_digits, user.display_hijri)
            == ("en", "western", False)
            for user in users
        )
    service = UserService(database)
    assert service.authenticate("desk", STAFF_PASSWORD).display == DEFAULT
    chosen = DisplayPreferences(Language.ARABIC, DigitStyle.WESTERN, show_hijri=True)
    service.set_display_preferences(FRONT_DESK, chosen)
    assert service.authenticate("desk", STAFF_PASSWORD).display == chosen
    database.dispose()


def test_downgrading_to_0011_drops_the_columns_and_keeps_the_users(database_url: str) -> None:
    database = open_staffed(database_url)
    with database.engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0011")
    columns = {column["name"] for column in inspect(database.engine).get_columns("users")}
    assert "display_language" not in columns and "username" in columns
    with database.engine.connect() as connection:
        assert connection.scalar(select(User.username).where(User.id == 2)) == "desk"
    database.dispose()

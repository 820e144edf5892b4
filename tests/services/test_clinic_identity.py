"""Admin → Clinic details: hours, licence, WhatsApp number and the logo, validated and audited."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import select

from scardesk.db.engine import Database
from scardesk.db.models import AuditEvent
from scardesk.domain.errors import PermissionDeniedError, ValidationError
from scardesk.domain.validation import validate_omani_mobile
from scardesk.services.clinic_logo import LOGO_MAX_BYTES
from scardesk.services.settings import ClinicDetails, SettingsService
from tests.helpers import ADMIN, FRONT_DESK

BASE = ClinicDetails("Qurum Scar Clinic", "عيادة القرم", "Way 1", "السكة 1", None, 0)


def _image(kind: str, size: tuple[int, int] = (300, 120)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (15, 94, 107)).save(buffer, kind)
    return buffer.getvalue()


@pytest.fixture
def settings(database: Database) -> SettingsService:
    return SettingsService(database)


def _actions(database: Database) -> list[str]:
    with database.sessions() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_hours_licence_and_whatsapp_are_saved(settings: SettingsService) -> None:
    details = ClinicDetails(
        **{
            **_fields(BASE),
            "hours": "Sat–Thu 9:00–21:00",
            "hours_arabic": "السبت إلى الخميس",
            "moh_licence": "MOH/1187",
            "whatsapp": "9123 4567",
        }
    )
    saved, _ = settings.save_clinic(ADMIN, details)
    assert (saved.hours, saved.hours_arabic, saved.moh_licence) == (
        "Sat–Thu 9:00–21:00",
        "السبت إلى الخميس",
        "MOH/1187",
    )
    assert saved.whatsapp == "+96891234567"


@pytest.mark.parametrize("typed", ["2412 3456", "+44 20 7946 0958", "12"])
def test_a_whatsapp_number_that_is_not_an_omani_mobile_is_refused(
    settings: SettingsService, typed: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        settings.save_clinic(ADMIN, ClinicDetails(**{**_fields(BASE), "whatsapp": typed}))
    assert "whatsapp" in caught.value.field_errors
    assert settings.clinic().version == 0  # nothing saved


def _fields(details: ClinicDetails) -> dict[str, object]:
    return {name: getattr(details, name) for name in details.__dataclass_fields__}


@given(st.text(alphabet="0123456789 +", max_size=16))
def test_an_omani_mobile_is_e164_with_9_or_7_first_or_refused(typed: str) -> None:
    try:
        value = validate_omani_mobile(typed)
    except ValidationError as error:
        assert set(error.field_errors) == {"whatsapp"}
        return
    assert value is None or (len(value) == 12 and value[:5] in ("+9689", "+9687"))


@pytest.mark.parametrize("kind", ["PNG", "JPEG"])
def test_a_logo_is_stored_replaced_removed_and_audited(
    database: Database, settings: SettingsService, kind: str
) -> None:
    saved, _ = settings.save_clinic(ADMIN, BASE)
    logo = _image(kind)
    with_logo, _ = settings.set_logo(ADMIN, logo, saved.version)
    assert with_logo.logo == logo
    replaced, _ = settings.set_logo(ADMIN, _image("PNG", (64, 64)), with_logo.version)
    assert replaced.logo != logo
    removed, _ = settings.set_logo(ADMIN, None, replaced.version)
    assert removed.logo is None
    assert _actions(database).count("settings.logo") == 3


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"GIF89a not really", "PNG or JPEG"),
        (b"\x89PNG" + b"0" * (LOGO_MAX_BYTES + 1), "the limit is 512 KB"),
        (_image("GIF"), "GIF image"),
        (_image("PNG", (4, 4)), "pixels"),
    ],
)
def test_a_bad_logo_is_refused_with_a_clear_message_and_nothing_changes(
    settings: SettingsService, data: bytes, says: str
) -> None:
    saved, _ = settings.save_clinic(ADMIN, BASE)
    with pytest.raises(ValidationError) as caught:
        settings.set_logo(ADMIN, data, saved.version)
    assert says in caught.value.field_errors["logo"]
    assert settings.clinic() == saved


def test_the_front_desk_may_not_change_the_logo(settings: SettingsService) -> None:
    saved, _ = settings.save_clinic(ADMIN, BASE)
    with pytest.raises(PermissionDeniedError):
        settings.set_logo(FRONT_DESK, _image("PNG"), saved.version)

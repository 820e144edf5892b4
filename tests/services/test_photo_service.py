"""Photo import: JPEG/PNG only, consent first, orientation applied, every metadata byte gone."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image

from scardesk.db.engine import Database
from scardesk.db.models import Photo
from scardesk.domain.enums import ConsentPurpose, ViewAngle
from scardesk.domain.errors import ConsentRequiredError, PermissionDeniedError, ValidationError
from scardesk.domain.time import utc_now
from scardesk.services.consents import ConsentService
from scardesk.services.patients import PatientService
from scardesk.services.photos import MAX_LONG_SIDE, THUMBNAIL_LONG_SIDE, PhotoService
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, STAFF_PASSWORD, aisha, audit_count, count

GPS_IFD, EXIF_IFD, ORIENTATION = 0x8825, 0x8769, 0x0112


def png_signature() -> bytes:
    out = io.BytesIO()
    Image.new("L", (50, 20), 255).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def patient_id(database: Database) -> int:
    pid = PatientService(database).register(FRONT_DESK, aisha())[0].id
    ConsentService(database).capture(
        PRACTITIONER,
        pid,
        ConsentPurpose.CLINICAL_PHOTOS,
        "2026-1",
        png_signature(),
        password=STAFF_PASSWORD,
    )
    return pid


def phone_jpeg(width: int = 3000, height: int = 2000, shade: int = 0) -> bytes:
    """A JPEG as a phone writes it: GPS position, capture time, rotate-90 orientation tag."""
    image = Image.new("RGB", (width, height), (200, 150 + shade, 120))
    image.paste((20, 20, 20), (0, 0, width // 4, height // 4))  # a dark corner to follow
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    exif[0x010F] = "PhoneMaker"
    exif[GPS_IFD] = {1: "N", 2: (23.0, 35.0, 18.0), 3: "E", 4: (58.0, 24.0, 36.0)}
    exif[EXIF_IFD] = {36867: "2026:03:01 10:00:00"}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), quality=95)
    return out.getvalue()


def test_the_phone_jpeg_under_test_really_carries_gps() -> None:
    with Image.open(io.BytesIO(phone_jpeg())) as image:
        assert image.getexif().get_ifd(GPS_IFD)[1] == "N"


def test_import_strips_all_metadata_applies_orientation_and_downscales(
    database: Database, patient_id: int
) -> None:
    info, changes = PhotoService(database).import_photo(
        PRACTITIONER, patient_id, phone_jpeg(), "IMG_0001.JPG", ViewAngle.FRONT
    )
    assert changes.patients == {patient_id}
    stored = PhotoService(database).image(PRACTITIONER, info.id).data
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG"
        assert len(image.getexif()) == 0
        assert not {"exif", "icc_profile", "xmp"} & set(image.info)
        # Orientation 6 turns 3000×2000 into portrait before the 2048 px cap.
        assert image.size == (1365, MAX_LONG_SIDE) == (info.width, info.height)
        assert image.getpixel((image.width - 10, 10))[0] < 60  # the dark corner moved right
    assert b"PhoneMaker" not in stored and b"Exif" not in stored
    assert info.taken_at == datetime(2026, 3, 1, 6, 0, tzinfo=UTC)  # 10:00 in Muscat


def test_thumbnails_are_small_and_listed_without_image_bytes(
    database: Database, patient_id: int
) -> None:
    service = PhotoService(database)
    first, _ = service.import_photo(
        PRACTITIONER, patient_id, phone_jpeg(), "a.jpg", ViewAngle.LEFT_45
    )
    [listed] = service.list_for_patient(PRACTITIONER, patient_id)
    assert listed == first and not hasattr(listed, "data")
    thumb = service.thumbnails(PRACTITIONER, [first.id])[first.id]
    with Image.open(io.BytesIO(thumb)) as image:
        assert max(image.size) == THUMBNAIL_LONG_SIDE and len(image.getexif()) == 0


def test_png_with_transparency_is_stored_as_jpeg(database: Database, patient_id: int) -> None:
    out = io.BytesIO()
    Image.new("RGBA", (800, 600), (255, 0, 0, 128)).save(out, "PNG")
    info, _ = PhotoService(database).import_photo(
        PRACTITIONER, patient_id, out.getvalue(), "scan.png", ViewAngle.RIGHT_PROFILE
    )
    assert (info.media_type, info.width, info.height) == ("image/jpeg", 800, 600)


def test_other_formats_and_non_images_are_refused_with_a_clear_message(
    database: Database, patient_id: int
) -> None:
    gif = io.BytesIO()
    Image.new("RGB", (10, 10)).save(gif, "GIF")
    service = PhotoService(database)
    with pytest.raises(ValidationError, match="GIF image: import JPEG or PNG"):
        service.import_photo(PRACTITIONER, patient_id, gif.getvalue(), "x.jpg", ViewAngle.FRONT)
    with pytest.raises(ValidationError, match="not a picture"):
        service.import_photo(PRACTITIONER, patient_id, b"%PDF-1.7 ...", "x.png", ViewAngle.FRONT)
    assert count(database, Photo) == 0


def test_without_photo_consent_import_asks_for_it_and_stores_nothing(database: Database) -> None:
    pid = PatientService(database).register(FRONT_DESK, aisha())[0].id
    service = PhotoService(database)
    assert not service.has_photo_consent(PRACTITIONER, pid)
    before = audit_count(database)
    with pytest.raises(ConsentRequiredError) as raised:
        service.import_photo(PRACTITIONER, pid, phone_jpeg(), "a.jpg", ViewAngle.FRONT)
    assert raised.value.purpose == ConsentPurpose.CLINICAL_PHOTOS.value
    assert count(database, Photo) == 0 and audit_count(database) == before


def test_a_withdrawn_photo_consent_stops_imports(database: Database, patient_id: int) -> None:
    consents = ConsentService(database)
    [record] = consents.list_for_patient(PRACTITIONER, patient_id)
    consents.withdraw(PRACTITIONER, record.id, record.version, "patient asked")
    with pytest.raises(ConsentRequiredError):
        PhotoService(database).import_photo(
            PRACTITIONER, patient_id, phone_jpeg(), "a.jpg", ViewAngle.FRONT
        )


def test_the_same_photo_twice_is_refused(database: Database, patient_id: int) -> None:
    service = PhotoService(database)
    service.import_photo(PRACTITIONER, patient_id, phone_jpeg(), "a.jpg", ViewAngle.FRONT)
    with pytest.raises(ValidationError, match="already in the record"):
        service.import_photo(PRACTITIONER, patient_id, phone_jpeg(), "copy.jpg", ViewAngle.FRONT)
    assert count(database, Photo) == 1


def test_comparison_pairs_the_first_and_latest_of_one_view(
    database: Database, patient_id: int
) -> None:
    service = PhotoService(database)
    start = utc_now() - timedelta(days=90)
    ids = [
        service.import_photo(
            PRACTITIONER,
            patient_id,
            phone_jpeg(600, 400, shade),
            "f.jpg",
            ViewAngle.FRONT,
            taken_at=start + timedelta(days=30 * shade),
        )[0].id
        for shade in range(3)
    ]
    service.import_photo(
        PRACTITIONER, patient_id, phone_jpeg(600, 400, 9), "l.jpg", ViewAngle.LEFT_45
    )
    [pair] = service.comparison_pairs(PRACTITIONER, patient_id)
    assert (pair.view, pair.earlier.id, pair.later.id) == (ViewAngle.FRONT, ids[0], ids[2])


def test_a_voided_photo_leaves_the_list_but_stays_stored(
    database: Database, patient_id: int
) -> None:
    service = PhotoService(database)
    info, _ = service.import_photo(PRACTITIONER, patient_id, phone_jpeg(), "a.jpg", ViewAngle.FRONT)
    service.void(PRACTITIONER, info.id, "wrong patient")
    assert service.list_for_patient(PRACTITIONER, patient_id) == []
    assert count(database, Photo) == 1


def test_front_desk_and_admin_never_see_or_import_photos(
    database: Database, patient_id: int
) -> None:
    service = PhotoService(database)
    info, _ = service.import_photo(PRACTITIONER, patient_id, phone_jpeg(), "a.jpg", ViewAngle.FRONT)
    for actor in (FRONT_DESK, ADMIN):
        with pytest.raises(PermissionDeniedError):
            service.import_photo(actor, patient_id, phone_jpeg(500, 500), "b.jpg", ViewAngle.FRONT)
        with pytest.raises(PermissionDeniedError):
            service.list_for_patient(actor, patient_id)
        with pytest.raises(PermissionDeniedError):
            service.thumbnails(actor, [info.id])
        with pytest.raises(PermissionDeniedError):
            service.image(actor, info.id)
        with pytest.raises(PermissionDeniedError):
            service.void(actor, info.id, "x")
    assert count(database, Photo) == 1

"""The Photos tab: import as a drop would (metadata gone), consent first, thumbnails in the grid."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt

from scardesk.domain.enums import ConsentPurpose, Role, ViewAngle
from scardesk.ui.photos.tab import PhotosTab
from tests.ui.attest_helpers import type_password
from tests.ui.conftest import PASSWORD
from tests.ui.patient_helpers import make_context, register

GPS_IFD = 0x8825


def gps_jpeg(path: Path, colour: tuple[int, int, int] = (200, 150, 120)) -> Path:
    """A phone-like JPEG whose EXIF carries a GPS position (Muscat) and a camera model."""
    image = Image.new("RGB", (640, 480), colour)
    exif = Image.Exif()
    exif[0x0110] = "Clinic Phone 12"  # camera model
    exif[GPS_IFD] = {1: "N", 2: (23.0, 35.0, 17.0), 3: "E", 4: (58.0, 24.0, 2.0)}
    image.save(path, "JPEG", exif=exif.tobytes())
    with Image.open(path) as check:  # the fixture really carries GPS
        assert check.getexif().get_ifd(GPS_IFD)
    return path


def signature_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (300, 100), "white").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def context(services, make_user):
    return make_context(services, make_user("dr.maryam", Role.PRACTITIONER))


@pytest.fixture
def patient_id(services, context) -> int:
    return register(services, context.signed_in).id


def _consent(services, context, patient_id: int) -> None:
    services.consents.capture(
        context.signed_in.actor,
        patient_id,
        ConsentPurpose.CLINICAL_PHOTOS,
        "2026-1",
        signature_png(),
        password=PASSWORD,
    )


def _tab(qtbot, context, patient_id: int) -> PhotosTab:
    tab = PhotosTab(context, patient_id)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    return tab


def test_an_imported_photo_is_stored_without_exif_or_gps(
    qtbot, services, context, patient_id, tmp_path
) -> None:
    _consent(services, context, patient_id)
    tab = _tab(qtbot, context, patient_id)
    tab.view_tag.setCurrentIndex(tab.view_tag.findData(ViewAngle.LEFT_45.value))
    tab.import_files([gps_jpeg(tmp_path / "IMG_0001.jpg")])
    photos = services.photos.list_for_patient(context.signed_in.actor, patient_id)
    assert [p.view for p in photos] == [ViewAngle.LEFT_45]
    stored = services.photos.image(context.signed_in.actor, photos[0].id).data
    with Image.open(io.BytesIO(stored)) as image:
        assert not image.getexif()
        assert "exif" not in image.info
    assert b"Clinic Phone" not in stored
    assert "1 photo imported" in tab.message.text()


def test_the_grid_shows_the_imported_photo_with_its_thumbnail(
    qtbot, services, context, patient_id, tmp_path
) -> None:
    _consent(services, context, patient_id)
    tab = _tab(qtbot, context, patient_id)
    tab.import_files([gps_jpeg(tmp_path / "a.jpg")])
    assert len(tab.grid.photo_ids()) == 1
    assert tab.grid.loaded_ids() == tab.grid.photo_ids()


def test_importing_without_photo_consent_asks_for_it_first(
    qtbot, services, context, patient_id, tmp_path
) -> None:
    tab = _tab(qtbot, context, patient_id)
    tab.import_files([gps_jpeg(tmp_path / "a.jpg")])
    dialog = tab.consent_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.purpose.currentData() in (ConsentPurpose.CLINICAL_PHOTOS, "clinical_photos")
    assert services.photos.list_for_patient(context.signed_in.actor, patient_id) == []
    dialog.form_version.set_text("2026-1")
    pad = dialog.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 30))
    qtbot.mouseMove(pad, QPoint(120, 60))
    qtbot.mouseMove(pad, QPoint(200, 40))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(200, 40))
    dialog.save()
    type_password(qtbot, dialog.attest)
    assert len(services.photos.list_for_patient(context.signed_in.actor, patient_id)) == 1


def test_declining_consent_imports_nothing_and_says_so(
    qtbot, services, context, patient_id, tmp_path
) -> None:
    tab = _tab(qtbot, context, patient_id)
    tab.import_files([gps_jpeg(tmp_path / "a.jpg")])
    tab.consent_dialog.reject()
    assert services.photos.list_for_patient(context.signed_in.actor, patient_id) == []
    assert "not consented" in tab.message.text()


def test_files_that_are_not_jpeg_or_png_are_refused(qtbot, context, patient_id, tmp_path) -> None:
    tab = _tab(qtbot, context, patient_id)
    text = tmp_path / "notes.txt"
    text.write_text("not a photo")
    tab.import_files([text])
    assert "Only JPEG and PNG" in tab.message.text()
    assert tab.consent_dialog is None


def test_a_damaged_file_is_reported_and_the_others_are_imported(
    qtbot, services, context, patient_id, tmp_path
) -> None:
    _consent(services, context, patient_id)
    tab = _tab(qtbot, context, patient_id)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff not really a jpeg")
    tab.import_files([broken, gps_jpeg(tmp_path / "good.jpg")])
    assert len(services.photos.list_for_patient(context.signed_in.actor, patient_id)) == 1
    assert "broken.jpg" in tab.message.text()


def test_compare_opens_the_first_and_latest_photo_of_a_view(
    qtbot, services, context, patient_id, tmp_path
) -> None:
    _consent(services, context, patient_id)
    actor = context.signed_in.actor
    first_day = datetime.now(UTC) - timedelta(days=60)
    for days, colour in ((0, (200, 100, 100)), (30, (100, 200, 100)), (60, (100, 100, 200))):
        path = gps_jpeg(tmp_path / f"{days}.jpg", colour)
        services.photos.import_photo(
            actor,
            patient_id,
            path.read_bytes(),
            path.name,
            ViewAngle.FRONT,
            taken_at=first_day + timedelta(days=days, minutes=-1),
        )
    tab = _tab(qtbot, context, patient_id)
    dialog = tab.compare()
    assert dialog is not None
    ids = [
        p.id
        for p in sorted(
            services.photos.list_for_patient(actor, patient_id), key=lambda p: p.taken_at
        )
    ]
    assert (dialog.left.photo_id(), dialog.right.photo_id()) == (ids[0], ids[-1])
    assert not dialog.left.view.item.pixmap().isNull()

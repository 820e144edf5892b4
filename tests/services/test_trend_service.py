"""The score trend: one point per current assessment, with its photos."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from PIL import Image

from scardesk.db.engine import Database
from scardesk.domain.assessment import AssessmentInput
from scardesk.domain.enums import ConsentPurpose, ViewAngle
from scardesk.domain.errors import PermissionDeniedError
from scardesk.domain.time import utc_now
from scardesk.services.assessments import AssessmentService
from scardesk.services.consents import ConsentService
from scardesk.services.patients import PatientService
from scardesk.services.photos import PhotoService
from scardesk.services.trend import TrendService
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, STAFF_PASSWORD, aisha


def image_bytes(fmt: str, shade: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (shade, 80, 80)).save(out, fmt)
    return out.getvalue()


def test_points_are_oldest_first_with_recomputed_totals_and_linked_photos(
    database: Database,
) -> None:
    pid = PatientService(database).register(FRONT_DESK, aisha())[0].id
    ConsentService(database).capture(
        PRACTITIONER,
        pid,
        ConsentPurpose.CLINICAL_PHOTOS,
        "2026-1",
        image_bytes("PNG", 255),
        password=STAFF_PASSWORD,
    )
    assessments, photos = AssessmentService(database), PhotoService(database)
    start = utc_now() - timedelta(days=120)
    made = []
    for visit, rolling in enumerate((30, 15, 4)):
        form = AssessmentInput(
            assessed_at=start + timedelta(days=40 * visit),
            ecca_counts={"rolling": rolling},
            gb_counts={"shallow_broad_atrophic": rolling},
        )
        made.append(assessments.create(PRACTITIONER, pid, form)[0])
    first_photo, _ = photos.import_photo(
        PRACTITIONER,
        pid,
        image_bytes("JPEG", 10),
        "a.jpg",
        ViewAngle.FRONT,
        assessment_id=made[0].id,
    )
    photos.import_photo(PRACTITIONER, pid, image_bytes("JPEG", 90), "b.jpg", ViewAngle.FRONT)
    assessments.void(PRACTITIONER, made[1].id, made[1].version, "entered twice")
    points = TrendService(database).points(PRACTITIONER, pid)
    assert [(p.assessment_id, p.ecca_total, p.gb_total) for p in points] == [
        (made[0].id, 75, 6),
        (made[2].id, 25, 2),
    ]
    assert points[0].photo_ids == (first_photo.id,) and points[1].photo_ids == ()


def test_front_desk_and_admin_cannot_see_the_trend(database: Database) -> None:
    pid = PatientService(database).register(FRONT_DESK, aisha())[0].id
    for actor in (FRONT_DESK, ADMIN):
        with pytest.raises(PermissionDeniedError):
            TrendService(database).points(actor, pid)

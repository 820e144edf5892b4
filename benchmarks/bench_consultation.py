"""Consultation benchmark: opening a patient's assessment history (20 assessments, 100 photos).

The screen's first paint needs the assessment list, the score trend and the photos' metadata
(no image bytes); thumbnails load afterwards in the background. Each is timed as a median
over many runs and printed beside a bare SQL select of the same rows measured in the same
run, because the machines are shared and noisy. The target is first paint <= 200 ms; nothing
is asserted. Run from the repository root:

    .venv/bin/python benchmarks/bench_consultation.py [--runs 50] [--postgres-url URL]

PostgreSQL is measured too when ``--postgres-url`` or SCARDESK_TEST_POSTGRES_URL points at a
server (a database is created for the run and dropped afterwards).
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from bench_foundation import fresh_postgres  # one scratch database helper for the benchmarks
from PIL import Image
from sqlalchemy import insert, select

from scardesk.db.engine import Database, open_database
from scardesk.db.models import Assessment, Photo, PhotoBlob, User
from scardesk.db.unit_of_work import Actor
from scardesk.domain.assessment import AssessmentInput
from scardesk.domain.enums import ConsentPurpose, Role, ViewAngle
from scardesk.domain.records import PatientInput
from scardesk.domain.time import utc_now
from scardesk.services.assessments import AssessmentService
from scardesk.services.consents import ConsentService
from scardesk.services.passwords import hash_password
from scardesk.services.patients import PatientService
from scardesk.services.photos import PhotoService
from scardesk.services.trend import TrendService

ASSESSMENTS = 20
PASSWORD = "bench-Practitioner-1"
PHOTOS_PER_ASSESSMENT = 5
TARGET_MS = 200.0
PRACTITIONER = Actor(user_id=1, role=Role.PRACTITIONER)


def _camera_jpeg(seed: int) -> bytes:
    """A 3000×2000 noisy JPEG: noise compresses badly, so stored sizes are on the heavy side."""
    noise = Image.effect_noise((3000, 2000), 40 + seed % 20).convert("RGB")
    out = io.BytesIO()
    noise.save(out, "JPEG", quality=90)
    return out.getvalue()


def populate(database: Database) -> int:
    """One patient with 20 assessments (regions, both scales) and 100 photos imported."""
    with database.engine.begin() as conn:
        conn.execute(
            insert(User),
            [
                {
                    "id": 1,
                    "username": "dr.bench",
                    "display_name": "Dr Bench",
                    "role": Role.PRACTITIONER.value,
                    "password_hash": hash_password(PASSWORD),
                    "active": True,
                    "is_demo": True,
                    "created_at": utc_now(),
                    "version": 1,
                }
            ],
        )
    patient = PatientService(database).register(
        PRACTITIONER,
        PatientInput(name_latin="Bench Patient", date_of_birth="1/1/1990", sex="female"),
    )[0]
    signature = io.BytesIO()
    Image.new("L", (200, 60), 255).save(signature, "PNG")
    ConsentService(database).capture(
        PRACTITIONER,
        patient.id,
        ConsentPurpose.CLINICAL_PHOTOS,
        "2026-1",
        signature.getvalue(),
        password=PASSWORD,  # a consent is attested with the practitioner's password
    )
    assessments, photos = AssessmentService(database), PhotoService(database)
    start = utc_now() - timedelta(days=30 * ASSESSMENTS)
    views = list(ViewAngle)
    for n in range(ASSESSMENTS):
        form = AssessmentInput(
            assessed_at=start + timedelta(days=30 * n),
            fitzpatrick="IV",
            gb_grade="3",
            gb_counts={"macular": 25 - n, "deep_broad_atrophic": 12, "keloid_area_cm2": 3.0},
            ecca_counts={"icepick": 6, "boxcar": 22 - n, "rolling": 9},
            region_counts={
                ("cheek_left", "icepick"): 3,
                ("cheek_right", "boxcar_deep"): 5,
                ("forehead", "rolling"): 2,
            },
            notes="Bench assessment",
        )
        record, _ = assessments.create(PRACTITIONER, patient.id, form)
        for k in range(PHOTOS_PER_ASSESSMENT):
            photos.import_photo(
                PRACTITIONER,
                patient.id,
                _camera_jpeg(n * PHOTOS_PER_ASSESSMENT + k),
                f"IMG_{n}_{k}.jpg",
                views[k],
                taken_at=form.assessed_at,
                assessment_id=record.id,
            )
    return patient.id


def measure(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and p95 in milliseconds, after one warm-up call."""
    action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def report(label: str, figures: tuple[float, float], baseline: tuple[float, float]) -> None:
    ratio = figures[0] / baseline[0] if baseline[0] else float("inf")
    print(
        f"  {label:<44} median {figures[0]:8.2f} ms  p95 {figures[1]:8.2f} ms   "
        f"bare SQL {baseline[0]:7.2f} ms  ratio {ratio:5.1f}x"
    )


def run(database: Database, runs: int) -> None:
    started = time.perf_counter()
    patient_id = populate(database)
    print(f"  populated in {time.perf_counter() - started:.1f} s")
    assessments, trend, photos = (
        AssessmentService(database),
        TrendService(database),
        PhotoService(database),
    )

    def first_paint() -> object:
        return (
            assessments.list_for_patient(PRACTITIONER, patient_id),
            trend.points(PRACTITIONER, patient_id),
            photos.list_for_patient(PRACTITIONER, patient_id),
        )

    def bare_first_paint() -> object:
        with database.engine.connect() as conn:
            rows = conn.execute(
                select(Assessment.__table__).where(Assessment.patient_id == patient_id)
            ).all()
            meta = conn.execute(
                select(
                    Photo.id,
                    Photo.view_angle,
                    Photo.taken_at,
                    Photo.width,
                    Photo.height,
                    Photo.assessment_id,
                    Photo.sha256,
                ).where(Photo.patient_id == patient_id)
            ).all()
            return rows, meta

    ids = [p.id for p in photos.list_for_patient(PRACTITIONER, patient_id)]

    def bare_thumbnails() -> object:
        with database.engine.connect() as conn:
            return conn.execute(select(Photo.id, Photo.thumbnail).where(Photo.id.in_(ids))).all()

    def bare_image() -> object:
        with database.engine.connect() as conn:
            return conn.execute(
                select(PhotoBlob.image).where(PhotoBlob.photo_id == ids[0])
            ).scalar()

    def naive_list() -> object:
        with database.sessions() as session:  # every column of the row, thumbnails included
            return list(session.scalars(select(Photo).where(Photo.patient_id == patient_id)))

    paint = measure(first_paint, runs)
    report("first paint (list + trend + photo metadata)", paint, measure(bare_first_paint, runs))
    thumbs = photos.thumbnails(PRACTITIONER, ids)
    kb = sum(len(t) for t in thumbs.values()) / 1024
    report(
        f"100 thumbnails ({kb:.0f} KB), background",
        measure(lambda: photos.thumbnails(PRACTITIONER, ids), runs),
        measure(bare_thumbnails, runs),
    )
    size = len(photos.image(PRACTITIONER, ids[0]).data) / 1024
    report(
        f"one full image ({size:.0f} KB)",
        measure(lambda: photos.image(PRACTITIONER, ids[0]), runs),
        measure(bare_image, runs),
    )
    naive = measure(naive_list, max(5, runs // 5))
    print(f"  (for contrast: ORM list of whole photo rows, thumbnails included: {naive[0]:.1f} ms)")
    verdict = "within" if paint[0] <= TARGET_MS else "OVER"
    print(f"  first paint median {paint[0]:.1f} ms: {verdict} the {TARGET_MS:.0f} ms target")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--postgres-url", default=os.environ.get("SCARDESK_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        print("SQLite")
        database = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        try:
            run(database, args.runs)
        finally:
            database.dispose()
    if args.postgres_url:
        print("PostgreSQL")
        with fresh_postgres(args.postgres_url) as url:
            database = open_database(url)
            try:
                run(database, args.runs)
            finally:
                database.dispose()


if __name__ == "__main__":
    main()

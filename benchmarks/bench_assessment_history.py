"""Opening a patient's assessment history: 20 assessments and 100 photos (target: first paint
≤ 200 ms, images loading in the background).

Measured, each a median over ``--repeat`` runs in a fresh widget, beside the bare service
calls the screen needs (the baseline, same run, same database), with their ratio:

- Assessments tab: construction → list and trend delivered by the real background runner →
  painted (``repaint``) — the first paint; then → the chosen point's thumbnails shown.
- Photos tab: construction → grid of 100 tiles painted; then → all 100 thumbnails shown.

Nothing is asserted (shared, noisy machines).

    .venv/bin/python benchmarks/bench_assessment_history.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import io
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw
from PySide6.QtWidgets import QApplication

from scardesk.db.engine import open_database
from scardesk.domain.assessment import AssessmentInput
from scardesk.domain.enums import ConsentPurpose, FacialRegion, Role, ScarType, ViewAngle
from scardesk.domain.records import PatientInput
from scardesk.services.container import Services, build_services
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui.assessment.list import AssessmentsTab
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.context import ScreenContext
from scardesk.ui.photos.tab import PhotosTab
from scardesk.ui.tasks import TaskRunner

#: Not made of the user names: a password holding one is refused.
PASSWORD = "Scar-Lantern-41"
ASSESSMENTS = 20
PHOTOS_PER_ASSESSMENT = 5


def _photo(rng: random.Random) -> bytes:
    """A 1600 × 1200 JPEG with some structure (flat colour would compress unrealistically)."""
    image = Image.new("RGB", (1600, 1200), (rng.randint(150, 220), 140, 120))
    draw = ImageDraw.Draw(image)
    for _ in range(400):
        x, y = rng.randint(0, 1600), rng.randint(0, 1200)
        r = rng.randint(3, 40)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(rng.randint(90, 230), 110, 100))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def build_clinic(folder: Path) -> tuple[Services, SignedIn, int]:
    services = build_services(open_database(f"sqlite:///{folder / 'bench.sqlite3'}"))
    services.users.create_first_admin("bench.admin", "Bench Admin", PASSWORD)
    user = services.users.add_user(SYSTEM, "dr.bench", "Dr Bench", Role.PRACTITIONER, PASSWORD)
    signed_in = SignedIn(user)
    actor = signed_in.actor
    patient, _ = services.patients.register(
        actor,
        PatientInput(
            name_latin="Aisha Al Balushi",
            name_arabic="عائشة البلوشي",
            date_of_birth="5/3/1990",
            sex="female",
        ),
    )
    signature = io.BytesIO()
    Image.new("RGB", (200, 80), "white").save(signature, "PNG")
    services.consents.capture(
        actor,
        patient.id,
        ConsentPurpose.CLINICAL_PHOTOS,
        "2026-1",
        signature.getvalue(),
        password=PASSWORD,  # a consent is attested with the practitioner's password
    )
    rng = random.Random(7)
    start = datetime.now(UTC) - timedelta(days=30 * ASSESSMENTS)
    views = list(ViewAngle)
    for index in range(ASSESSMENTS):
        when = start + timedelta(days=30 * index)
        form = AssessmentInput(
            assessed_at=when,
            fitzpatrick="IV",
            gb_grade="3",
            gb_counts={"punched_out_shallow_small": 30 - index, "linear_troughed": 22 - index},
            ecca_counts={"rolling": 25 - index, "boxcar": 12},
            region_counts={
                (FacialRegion.CHEEK_LEFT.value, ScarType.ROLLING.value): 12 - index // 2,
                (FacialRegion.CHEEK_RIGHT.value, ScarType.BOXCAR_DEEP.value): 8,
            },
        )
        record, _ = services.assessments.create(actor, patient.id, form)
        for view in views[:PHOTOS_PER_ASSESSMENT]:
            services.photos.import_photo(
                actor,
                patient.id,
                _photo(rng),
                "p.jpg",
                view,
                taken_at=when,
                assessment_id=record.id,
            )
    return services, signed_in, patient.id


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the screen did not finish loading")
        app.processEvents()
        time.sleep(0.0005)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as temp:
        started = time.perf_counter()
        services, signed_in, patient_id = build_clinic(Path(temp))
        print(
            f"clinic built: {ASSESSMENTS} assessments, "
            f"{ASSESSMENTS * PHOTOS_PER_ASSESSMENT} photos in {time.perf_counter() - started:.1f} s"
        )
        actor = signed_in.actor
        runner = TaskRunner(on_error=lambda error: print("task failed:", error))
        context = ScreenContext(services, signed_in, runner, ChangeBus())

        bare, first_paint, strip = [], [], []
        photo_bare, grid_paint, grid_full = [], [], []
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            services.assessments.list_for_patient(actor, patient_id)
            services.trend.points(actor, patient_id)
            bare.append(time.perf_counter() - t0)

            t0 = time.perf_counter()
            tab = AssessmentsTab(context, patient_id)
            tab.resize(1200, 700)
            tab.show()
            wait_until(app, lambda tab=tab: bool(tab.chart.points()))
            tab.repaint()
            first_paint.append(time.perf_counter() - t0)
            wait_until(app, lambda tab=tab: len(tab.photos.loaded_ids()) == PHOTOS_PER_ASSESSMENT)
            strip.append(time.perf_counter() - t0)
            runner.wait_until_idle()
            tab.close()
            tab.deleteLater()

            t0 = time.perf_counter()
            photos = services.photos.list_for_patient(actor, patient_id)
            total = len(photos)
            services.photos.thumbnails(actor, [p.id for p in photos])
            photo_bare.append(time.perf_counter() - t0)

            t0 = time.perf_counter()
            grid = PhotosTab(context, patient_id)
            grid.resize(1200, 700)
            grid.show()
            wait_until(app, lambda grid=grid, n=total: len(grid.grid.photo_ids()) == n)
            grid.repaint()
            grid_paint.append(time.perf_counter() - t0)
            wait_until(app, lambda grid=grid, n=total: len(grid.grid.loaded_ids()) == n)
            grid_full.append(time.perf_counter() - t0)
            runner.wait_until_idle()
            grid.close()
            grid.deleteLater()
            app.processEvents()

        base = median_ms(bare)
        print(f"\nmedians over {args.repeat} runs (ms)")
        print(f"  bare list_for_patient + trend.points     {base:8.1f}")
        print(
            f"  Assessments tab first paint              {median_ms(first_paint):8.1f}"
            f"   ratio {median_ms(first_paint) / base:5.1f}x   target <= 200 ms"
        )
        print(f"  ... + the chosen point's 5 thumbnails    {median_ms(strip):8.1f}")
        photo_base = median_ms(photo_bare)
        print(f"  bare photo list + 100 thumbnails         {photo_base:8.1f}")
        print(
            f"  Photos tab first paint (100 tiles)       {median_ms(grid_paint):8.1f}"
            f"   ratio {median_ms(grid_paint) / photo_base:5.1f}x"
        )
        print(
            f"  ... + all 100 thumbnails shown           {median_ms(grid_full):8.1f}"
            f"   ratio {median_ms(grid_full) / photo_base:5.1f}x"
        )


if __name__ == "__main__":
    main()

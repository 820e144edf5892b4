"""Render the scar assessment, photos and trend screens offscreen into ``screenshots/``.

A demo patient with an Arabic name, a course of four assessments with Arabic notes, and
photos of two views; then the editor (new and with errors), the Assessments tab with its
trend, the Photos tab, the comparison, the face map in points mode and the navigation screen.
Look at every PNG.
"""

from __future__ import annotations

import io
import os
import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PIL import Image, ImageDraw, ImageFilter
from PySide6.QtWidgets import QScrollArea

from scardesk.domain.assessment import AssessmentInput
from scardesk.domain.enums import (
    ConsentPurpose,
    FacialRegion,
    Fitzpatrick,
    GoodmanBaronGrade,
    Modality,
    Role,
    ScarType,
    ViewAngle,
)
from scardesk.domain.records import PatientInput
from scardesk.services.session import SYSTEM, SignedIn
from scardesk.ui.assessments_screen import AssessmentsScreen
from scardesk.ui.change_bus import ChangeBus
from scardesk.ui.screens import ScreenContext
from scardesk.ui.shell import prepare_application
from scardesk.ui.tasks import SyncTaskRunner
from scardesk.ui.widgets.face_map import FaceMapWidget, MapMode
from scardesk.ui.workspace import PatientWorkspace
from screenshots import DEMO_PASSWORD, ROOT, demo_services, save

NOTES = (
    "ندبات متدحرجة وصندوقية على الخدين، أكثر وضوحاً على الخد الأيسر.\n"
    "ناقشنا مع المريضة الحقن الموضعي مع الإبرة الدقيقة كل 4–6 أسابيع."
)


def _face_photo(shade: int, rng: random.Random) -> bytes:
    """A soft, face-like placeholder (not a real person)."""
    image = Image.new("RGB", (900, 1200), (236, 232, 228))
    draw = ImageDraw.Draw(image)
    skin = (shade, int(shade * 0.78), int(shade * 0.66))
    draw.ellipse((170, 140, 730, 1000), fill=skin)
    for _ in range(60):
        x, y = rng.randint(250, 650), rng.randint(500, 850)
        r = rng.randint(4, 12)
        draw.ellipse(
            (x - r, y - r, x + r, y + r), fill=(shade - 30, int(shade * 0.7), int(shade * 0.6))
        )
    image = image.filter(ImageFilter.GaussianBlur(3))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88)
    return buffer.getvalue()


def _signature() -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGB", (300, 100), "white")
    ImageDraw.Draw(image).line((20, 70, 90, 30, 160, 70, 260, 35), fill="black", width=3)
    image.save(buffer, "PNG")
    return buffer.getvalue()


def main() -> None:
    prepare_application()
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as folder:
        services, _admin = demo_services(Path(folder))
        user = services.users.add_user(
            SYSTEM, "dr.maryam", "د. مريم الرواحي", Role.PRACTITIONER, DEMO_PASSWORD
        )
        doctor = SignedIn(user)
        actor = doctor.actor
        patient, _ = services.patients.register(
            actor,
            PatientInput(
                name_latin="Aisha Al Balushi",
                name_arabic="عائشة البلوشي",
                date_of_birth="5/3/1994",
                sex="female",
                phone="9123 4567",
                fitzpatrick="IV",
            ),
        )
        other, _ = services.patients.register(
            actor,
            PatientInput(
                name_latin="Ahmed Al Harthy",
                name_arabic="أحمد الحارثي",
                date_of_birth="20/11/1985",
                sex="male",
                phone="9234 5678",
            ),
        )
        services.consents.capture(
            actor, patient.id, ConsentPurpose.CLINICAL_PHOTOS, "2026-1", _signature()
        )
        start = datetime.now(UTC) - timedelta(days=150)
        for index, (shallow, troughed, rolling) in enumerate(
            ((24, 14, 22), (18, 11, 16), (12, 8, 9), (9, 4, 6))
        ):
            when = start + timedelta(days=42 * index)
            record, _ = services.assessments.create(
                actor,
                patient.id,
                AssessmentInput(
                    assessed_at=when,
                    fitzpatrick="IV",
                    gb_grade="3" if index < 2 else "2",
                    gb_counts={
                        "punched_out_shallow_small": shallow,
                        "linear_troughed": troughed,
                        "macular": 6,
                    },
                    ecca_counts={"rolling": rolling, "boxcar": shallow, "icepick": 3},
                    region_counts={
                        ("cheek_left", "rolling"): rolling,
                        ("cheek_right", "boxcar_shallow"): shallow // 2,
                        ("temple_left", "icepick"): 3,
                    },
                    suitability={"toxin": "suitable", "fractional_laser": "caution"},
                    notes=NOTES if index == 3 else "",
                ),
            )
            for view in (ViewAngle.FRONT, ViewAngle.LEFT_45):
                services.photos.import_photo(
                    actor,
                    patient.id,
                    _face_photo(205 - index * 6, rng),
                    "p.jpg",
                    view,
                    taken_at=when,
                    assessment_id=record.id,
                )
        services.assessments.create(
            actor,
            other.id,
            AssessmentInput(assessed_at=datetime.now(UTC) - timedelta(days=2), gb_grade="2"),
        )

        # Built without the main window so these shots never depend on other screens' state.
        context = ScreenContext(services, doctor, SyncTaskRunner(), ChangeBus())
        screen = AssessmentsScreen(context)
        screen.resize(1100, 560)
        save(screen, out, "assessments-screen.png")
        workspace = PatientWorkspace(context, patient.id)
        workspace.resize(1280, 860)
        workspace.show_tab("assessments")
        tab = workspace.tabs.currentWidget()
        points = tab.chart.points()
        tab.show_point(points[1].assessment_id)
        save(workspace, out, "assessments-tab-trend.png")
        workspace.show_tab("photos")
        save(workspace, out, "photos-tab.png")
        photos_tab = workspace.tabs.currentWidget()
        dialog = photos_tab.compare()
        dialog.resize(1200, 760)
        save(dialog, out, "photos-compare.png")
        dialog.left.view.zoom_by(2.2)
        dialog.left.view.horizontalScrollBar().setValue(
            dialog.left.view.horizontalScrollBar().maximum() // 2
        )
        save(dialog, out, "photos-compare-zoomed.png")
        dialog.close()

        workspace.show_tab("assessments")
        tab.show_point(points[-1].assessment_id)  # the latest has the Arabic notes
        tab.amend_selected()
        editor = tab.editor
        editor.resize(1320, 900)
        editor.regions.select_region(FacialRegion.CHEEK_LEFT)
        save(editor, out, "assessment-editor-amend.png")
        editor.findChild(QScrollArea).ensureWidgetVisible(editor.notes)
        save(editor, out, "assessment-editor-arabic-notes.png")
        fresh = tab.new_assessment()
        fresh.resize(1320, 900)
        fresh.regions.select_region(FacialRegion.CHEEK_RIGHT)
        fresh.regions.boxes[ScarType.BOXCAR_DEEP].setValue(5)
        fresh.grade.set_grade(GoodmanBaronGrade.SEVERE)
        fresh.suitability.combos[Modality.CHEMICAL_PEEL].setCurrentIndex(1)
        fresh.save()  # no skin type: the peel verdict is refused inline
        save(fresh, out, "assessment-editor-errors.png")
        fresh.skin.set_skin_type(Fitzpatrick.V)
        save(fresh, out, "assessment-editor-skin-type.png")

        face = FaceMapWidget(mode=MapMode.POINTS)
        face.resize(380, 470)
        for x, y, label in (
            (0.33, 0.57, "4 U"),
            (0.67, 0.57, "4 U"),
            (0.5, 0.2, "2 U"),
            (0.28, 0.66, "3 U"),
        ):
            face.add_point(x, y, label)
        save(face, out, "face-map-points.png")
        workspace.close()


if __name__ == "__main__":
    main()

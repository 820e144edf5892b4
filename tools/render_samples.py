"""Render sample documents into samples/ and convert every page to PNG for a visual check.

Run: ``.venv/bin/python tools/render_samples.py``. Needs ``pdftoppm`` (poppler-utils). The
samples cover the hard cases: Arabic-only and very long names, markup characters, every
modality on one sheet, a signed and a blank consent form, a visit summary.
"""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scardesk.documents import (  # noqa: E402
    ContentLibrary,
    render_aftercare,
    render_consent,
    render_visit_summary,
)
from scardesk.domain.documents import (  # noqa: E402
    AftercareRecord,
    ClinicHeader,
    ConsentRecord,
    ModalityDone,
    PatientNames,
    ScorePoint,
    SessionLine,
    VisitSummaryRecord,
)
from scardesk.domain.enums import Modality  # noqa: E402


def logo() -> bytes:
    """A stand-in clinic logo drawn here, so the samples need no image file."""
    image = Image.new("RGB", (240, 240), "white")
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, 220, 220), fill=(15, 94, 107))
    draw.ellipse((75, 75, 165, 165), fill="white")
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


CLINIC = ClinicHeader(
    name="Al Khuwair Skin Clinic",
    name_arabic="عيادة الخوير للجلدية",
    address="Way 3021, Building 14, Al Khuwair, Muscat",
    address_arabic="السكة 3021، المبنى 14، الخوير، مسقط",
    phone_e164="+96824123456",
    logo_png=logo(),
)
ALL = (
    ModalityDone(Modality.TOXIN, ("forehead", "cheek_left"), "Botox (onabotulinumtoxinA)", 20.0),
    ModalityDone(
        Modality.MICRONEEDLING,
        ("cheek_left", "cheek_right"),
        None,
        None,
        (("Needle depth", "1.5 mm"),),
    ),
    ModalityDone(Modality.FRACTIONAL_LASER, ("chin",), "Fraxel CO2, 10600 nm", None),
    ModalityDone(Modality.CHEMICAL_PEEL, ("nose",), "TCA 15%", None),
)


def samples() -> dict[str, object]:
    library = ContentLibrary()
    arabic_only = PatientNames(None, "فاطمة بنت سالم بن حمد البلوشي")
    long_names = PatientNames(
        "Aisha bint Mohammed bin Salim bin Hamad bin Abdullah Al-Balushi Al-Siyabi Al-Harthy <b>&",
        "عائشة بنت محمد بن سالم بن حمد بن عبدالله البلوشي السيابي الحارثي",
    )
    appointment = datetime(2026, 11, 29, 6, 30, tzinfo=UTC)
    return {
        "aftercare_all_modalities": render_aftercare(
            AftercareRecord(
                CLINIC, long_names, date(2026, 11, 15), "Dr. Layla Al-Hinai", ALL, appointment
            ),
            library,
        ),
        "aftercare_toxin_arabic_only": render_aftercare(
            AftercareRecord(
                CLINIC, arabic_only, date(2026, 11, 15), "د. ليلى الهنائية", ALL[:1], None
            ),
            library,
        ),
        "consent_toxin_blank": render_consent(
            ConsentRecord(
                CLINIC, long_names, Modality.TOXIN, None, None, None, "Dr. Layla Al-Hinai"
            ),
            library,
        ),
        "consent_laser_signed": render_consent(
            ConsentRecord(
                CLINIC,
                arabic_only,
                Modality.FRACTIONAL_LASER,
                "2026-11-1",
                datetime(2026, 11, 15, 5, 0, tzinfo=UTC),
                logo(),
                "Dr. Layla Al-Hinai",
            ),
            library,
        ),
        "visit_summary": render_visit_summary(
            VisitSummaryRecord(
                CLINIC,
                long_names,
                date(1994, 3, 5),
                date(2026, 11, 15),
                "Dr. Layla Al-Hinai",
                (
                    "Herpes simplex: yes (antiviral before laser)",
                    "Isotretinoin stopped 2025-12",
                    "حساسية: لا يوجد",
                ),
                (
                    ScorePoint(date(2026, 5, 1), 42, 180),
                    ScorePoint(date(2026, 8, 1), 33, 140),
                    ScorePoint(date(2026, 11, 1), 25, None),
                ),
                (
                    SessionLine(
                        date(2026, 5, 1),
                        (Modality.TOXIN, Modality.MICRONEEDLING),
                        "Botox lot C1234 exp 2027-01, 20 U; Dermapen 1.5 mm",
                    ),
                ),
                ("2026-05-02 mild bruising left cheek, resolved in 5 days",),
            ),
            library,
        ),
    }


def main() -> None:
    out = ROOT / "samples"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    for name, document in samples().items():
        pdf_path = out / f"{name}.pdf"
        pdf_path.write_bytes(document.pdf)  # type: ignore[attr-defined]
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(pdf_path), str(out / name)], check=True)
        print(f"{pdf_path.name}: {document.pages} page(s)")  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()

"""Render one sample sheet when the app starts, so the patient's sheet comes out at once.

The first render after start-up pays for registering fonts, parsing the wording and measuring
every line of it (about twice a later render); doing that once on a background thread while
the user signs in keeps the aftercare sheet within its time after start-up.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from scardesk.documents.aftercare import render_aftercare
from scardesk.documents.content import ContentLibrary
from scardesk.documents.fonts import register_fonts
from scardesk.domain.documents import (
    AftercareRecord,
    ClinicHeader,
    ModalityDone,
    PatientNames,
    SheetLanguage,
    SheetOptions,
)
from scardesk.domain.enums import Modality

_SAMPLE = AftercareRecord(
    clinic=ClinicHeader("Clinic", "عيادة", "Muscat", "مسقط", "+96824123456", None),
    patient=PatientNames("Sample Patient", "مريض تجريبي"),
    session_date=date(2026, 1, 1),
    practitioner="Dr Sample",
    modalities=tuple(ModalityDone(m, ("forehead", "cheek_left")) for m in Modality),
    next_appointment=datetime(2026, 1, 15, 6, 0, tzinfo=UTC),
)


#: Each print choice sets the wording at its own size (Arabic only at 16 pt, large print at
#: 20/14 pt), and the layouts are kept per line and size: without these the first sheet of a
#: kind took up to 117 ms on a loaded machine.
_CHOICES = (
    SheetOptions(),
    SheetOptions(SheetLanguage.AR),
    SheetOptions(SheetLanguage.EN),
    SheetOptions(large_print=True),
)


def warm_up(library: ContentLibrary) -> None:
    """Register every face and lay out every modality's wording once for each print choice;
    the results are thrown away."""
    register_fonts()  # Amiri too, which a sheet registers only when a character needs it
    for options in _CHOICES:
        render_aftercare(_SAMPLE, library, options=options)
    # The WhatsApp QR code's module is imported by the first sheet that draws one (layout.py
    # keeps it out of the command line's start); here, so that sheet does not pay for it.
    import reportlab.graphics.barcode.qr  # noqa: F401

"""A clinic ready for the session screens: a practitioner, a consented patient with a reviewed
history, two toxin products with a good lot, an expired lot and another product's lot.

Everything goes through the services except what a service refuses on purpose: an expired lot
cannot be received today, so it is received "earlier" (``today`` in the past).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QPoint, Qt

from scardesk.domain.enums import (
    Answer,
    ConsentPurpose,
    FacialRegion,
    HistoryFact,
    Modality,
    Role,
    UnitKind,
)
from scardesk.domain.history import HistoryAnswerInput
from scardesk.domain.products import ProductInput
from scardesk.domain.time import muscat_today
from scardesk.services.container import Services
from scardesk.services.session import SignedIn
from scardesk.ui.context import ScreenContext
from tests.ui.conftest import PASSWORD
from tests.ui.patient_helpers import make_context, register


@dataclass(frozen=True)
class SessionClinic:
    context: ScreenContext
    patient_id: int
    botox_id: int
    dysport_id: int
    good_lot: str
    expired_lot: str
    other_lot: str


def _signature_png() -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage, QPainter, QPen

    image = QImage(300, 100, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setPen(QPen(Qt.GlobalColor.black, 3))
    for n in range(8):
        painter.drawLine(20 + n * 30, 60 - (n % 2) * 30, 50 + n * 30, 30 + (n % 2) * 30)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def session_clinic(
    services: Services,
    make_user,  # type: ignore[no-untyped-def]
    *,
    name: str = "dr.salma",
    yes: tuple[HistoryFact, ...] = (),
    **patient: str,
) -> SessionClinic:
    """``yes`` lists history facts answered yes (to raise a finding); the rest are no."""
    signed_in: SignedIn = make_user(name, Role.PRACTITIONER)
    actor = signed_in.actor
    patient_id = register(services, signed_in, fitzpatrick="IV", **patient).id
    answers = [
        HistoryAnswerInput(fact, Answer.YES if fact in yes else Answer.NO) for fact in HistoryFact
    ]
    services.history.record(actor, patient_id, answers)
    signature = _signature_png()
    for purpose in ConsentPurpose:
        services.consents.capture(actor, patient_id, purpose, "1", signature, password=PASSWORD)
    products = services.products
    botox, _ = products.add_product(
        actor,
        ProductInput("Botox", "onabotulinumtoxinA", Modality.TOXIN, UnitKind.TOXIN_UNITS, 100, 24),
    )
    dysport, _ = products.add_product(
        actor,
        ProductInput(
            "Dysport", "abobotulinumtoxinA", Modality.TOXIN, UnitKind.TOXIN_UNITS, 300, 24
        ),
    )
    today = muscat_today()
    products.receive_lot(actor, botox.id, "C1234", today + timedelta(days=200), 5)
    products.receive_lot(
        actor, botox.id, "OLD1", today - timedelta(days=1), 5, today=today - timedelta(days=60)
    )
    products.receive_lot(actor, dysport.id, "D777", today + timedelta(days=200), 5)
    return SessionClinic(
        make_context(services, signed_in), patient_id, botox.id, dysport.id, "C1234", "OLD1", "D777"
    )


def click_face(qtbot, face, region: FacialRegion, dx: int = 0, dy: int = 0) -> None:  # type: ignore[no-untyped-def]
    """A left click on the face map near ``region``'s centre, offset by ``dx``, ``dy`` pixels."""
    centre = face.region_centre(region).toPoint()
    qtbot.mouseClick(face, Qt.MouseButton.LeftButton, pos=centre + QPoint(dx, dy))

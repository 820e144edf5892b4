"""A small clinic written only through units of work, so every row has its audit event.

(``tests.services.session_fixtures.make_clinic`` seeds with bare Core inserts, which the audit
check rightly reports as rows added outside ScarDesk.)
"""

from __future__ import annotations

from datetime import timedelta

from scardesk.db.engine import Database
from scardesk.db.models import Consent, HistoryEntry, Lot, Product, User
from scardesk.db.unit_of_work import SYSTEM, UnitOfWork
from scardesk.domain.enums import Answer, ConsentPurpose, HistoryFact
from scardesk.services.patients import PatientService
from scardesk.services.sessions import SessionService
from tests.helpers import ADMIN, PRACTITIONER, aisha
from tests.services.session_fixtures import NOW, TODAY, Clinic, combined_session


def audited_clinic(database: Database, patients: int = 3) -> Clinic:
    """Users, ``patients`` patients (the first consented, with history and products), audited."""
    with UnitOfWork(database, SYSTEM, "test.setup") as uow:
        for n, name, role in (
            (1, "admin", "admin"),
            (2, "desk", "front_desk"),
            (3, "dr.salma", "practitioner"),
        ):
            uow.session.add(
                User(
                    id=n,
                    username=name,
                    display_name=name.title(),
                    role=role,
                    password_hash="x",
                    created_at=NOW,
                )
            )
    service = PatientService(database)
    first = service.register(ADMIN, aisha(fitzpatrick="IV"))[0].id
    for n in range(1, patients):
        service.register(
            ADMIN, aisha(name_latin="Patient " + "ABCDEFGH"[n], civil_number=f"{n:08d}")
        )
    with UnitOfWork(database, SYSTEM, "test.setup") as uow:
        session = uow.session
        for fact in HistoryFact:
            session.add(
                HistoryEntry(
                    patient_id=first,
                    fact=fact.value,
                    answer=Answer.NO.value,
                    recorded_at=NOW - timedelta(days=1),
                    recorded_by_id=3,
                )
            )
        for purpose in ConsentPurpose:
            session.add(
                Consent(
                    patient_id=first,
                    purpose=purpose.value,
                    form_version="1",
                    captured_at=NOW - timedelta(days=1),
                    captured_by_id=3,
                )
            )
        product = Product(
            brand="Botox",
            nonproprietary_name="onabotulinumtoxinA",
            modality="toxin",
            unit_kind="toxin_units",
            vial_units=100,
            reconstitution_window_hours=24,
        )
        session.add(product)
        session.flush()
        lot = Lot(
            product_id=product.id,
            lot_number="C1234",
            expiry_date=TODAY + timedelta(days=200),
            quantity_received=50,
            quantity_in_stock=50,
            received_at=NOW,
        )
        session.add(lot)
        session.flush()
        ids = (product.id, lot.id)
    return Clinic(first, ids[0], ids[1], ids[1], ids[1])


def record_session(database: Database, clinic: Clinic, notes: str = "Skin calm.") -> int:
    record, *_ = SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic, post_notes=notes)
    )
    return record.id

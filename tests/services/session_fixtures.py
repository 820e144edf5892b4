"""A clinic ready for treatment sessions: users, a consented patient with a reviewed history,
a toxin product with lots. Shared by the session, product and recall service tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert, select

from scardesk.db.engine import Database
from scardesk.db.models import (
    Consent,
    HistoryEntry,
    Lot,
    ModalityEntry,
    Product,
    ToxinEntry,
    TreatmentSession,
    User,
)
from scardesk.db.unit_of_work import UnitOfWork
from scardesk.domain.enums import Answer, ConsentPurpose, HistoryFact
from scardesk.domain.sessions import (
    MicroneedlingInput,
    PointInput,
    SessionInput,
    ToxinInput,
)
from scardesk.services.patients import PatientService
from scardesk.services.session_store import copy_session_to_entries
from tests.helpers import ADMIN, add_staff, aisha, catch_up_user_ids, staff_password_hash

NOW = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)  # 10:00 in Muscat
TODAY = date(2026, 3, 10)


@dataclass(frozen=True)
class Clinic:
    patient_id: int
    product_id: int
    lot_id: int
    expired_lot_id: int
    other_product_lot_id: int


def add_users(database: Database) -> None:
    """The shared ADMIN, FRONT_DESK and PRACTITIONER users, and a second practitioner (4)."""
    add_staff(database)
    with database.engine.begin() as connection:
        connection.execute(
            insert(User),
            [
                {
                    "id": n,
                    "username": name,
                    "display_name": name.title(),
                    "role": role,
                    "password_hash": staff_password_hash(),
                    "created_at": NOW,
                }
                for n, name, role in ((4, "dr.omar", "practitioner"),)
            ],
        )
    catch_up_user_ids(database)


def make_clinic(database: Database, name: str = "Aisha Al Balushi") -> Clinic:
    add_users(database)
    patient, _ = PatientService(database).register(ADMIN, aisha(name_latin=name, fitzpatrick="IV"))
    with database.engine.begin() as connection:
        connection.execute(
            insert(HistoryEntry),
            [
                {
                    "patient_id": patient.id,
                    "fact": fact.value,
                    "answer": Answer.NO.value,
                    "recorded_at": NOW - timedelta(days=1),
                    "recorded_by_id": 3,
                }
                for fact in HistoryFact
            ],
        )
        connection.execute(
            insert(Consent),
            [
                {
                    "patient_id": patient.id,
                    "purpose": purpose.value,
                    "form_version": "1",
                    "captured_at": NOW - timedelta(days=1),
                    "captured_by_id": 3,
                }
                for purpose in ConsentPurpose
            ],
        )
        ids = (
            connection.execute(
                insert(Product).returning(Product.id),
                [
                    {
                        "brand": "Botox",
                        "nonproprietary_name": "onabotulinumtoxinA",
                        "modality": "toxin",
                        "unit_kind": "toxin_units",
                        "vial_units": 100,
                        "reconstitution_window_hours": 24,
                    },
                    {
                        "brand": "Dysport",
                        "nonproprietary_name": "abobotulinumtoxinA",
                        "modality": "toxin",
                        "unit_kind": "toxin_units",
                        "vial_units": 300,
                        "reconstitution_window_hours": 24,
                    },
                ],
            )
            .scalars()
            .all()
        )
        lots = (
            connection.execute(
                insert(Lot).returning(Lot.id),
                [
                    {
                        "product_id": ids[0],
                        "lot_number": "C1234",
                        "expiry_date": TODAY + timedelta(days=200),
                        "quantity_received": 5,
                        "quantity_in_stock": 5,
                        "received_at": NOW,
                    },
                    {
                        "product_id": ids[0],
                        "lot_number": "OLD1",
                        "expiry_date": TODAY - timedelta(days=1),
                        "quantity_received": 5,
                        "quantity_in_stock": 5,
                        "received_at": NOW,
                    },
                    {
                        "product_id": ids[1],
                        "lot_number": "D777",
                        "expiry_date": TODAY + timedelta(days=200),
                        "quantity_received": 5,
                        "quantity_in_stock": 5,
                        "received_at": NOW,
                    },
                ],
            )
            .scalars()
            .all()
        )
    return Clinic(patient.id, ids[0], lots[0], lots[1], lots[2])


def toxin_entry(
    clinic: Clinic, points: int = 10, units: float = 2.0, **overrides: object
) -> ToxinInput:
    values: dict[str, object] = {
        "product_id": clinic.product_id,
        "lot_id": clinic.lot_id,
        "vial_units": 100.0,
        "diluent_ml": 2.5,
        "reconstituted_at": NOW - timedelta(hours=1),
        "points": tuple(PointInput(0.2 + i / 100, 0.3, units, "forehead") for i in range(points)),
        "total_units": points * units,
        "waste_units": 1.0,
    }
    values.update(overrides)
    return ToxinInput(**values)  # type: ignore[arg-type]


def combined_session(clinic: Clinic, **overrides: object) -> SessionInput:
    values: dict[str, object] = {
        "performed_at": NOW,
        "modalities": (
            toxin_entry(clinic),
            MicroneedlingInput("Dermapen 4", 1.5, 3, "hyaluronic acid", ("cheek_left",)),
        ),
        "adverse_events_none": True,
        "cleansing_done": True,
        "anaesthetic_agent": "EMLA 5%",
        "anaesthetic_minutes": 30,
        "post_notes": "Skin calm.",
    }
    values.update(overrides)
    return SessionInput(**values)  # type: ignore[arg-type]


def lot_stock(database: Database, lot_id: int) -> int:
    """Vials of a lot still in stock, read back from the database."""
    with database.sessions() as session:
        lot = session.get(Lot, lot_id)
        assert lot is not None
        return lot.quantity_in_stock


def toxin_copies(database: Database) -> list[tuple[int, datetime, int, datetime]]:
    """(copied session id, copied time, the session's id, the session's time) per entry."""
    with database.sessions() as session:
        found = session.execute(
            select(
                ToxinEntry.session_id,
                ToxinEntry.performed_at,
                ModalityEntry.session_id,
                TreatmentSession.performed_at,
            )
            .join(ModalityEntry, ModalityEntry.id == ToxinEntry.modality_entry_id)
            .join(TreatmentSession, TreatmentSession.id == ModalityEntry.session_id)
            .order_by(ToxinEntry.id)
        ).all()
    return [tuple(row) for row in found]  # type: ignore[misc]


def void_session(database: Database, session_id: int, at: datetime = NOW) -> None:
    """Void a session the way a ScarDesk void must (the app has no screen for it yet): the
    session's void audited by its unit of work, and its toxin entries' copies set in the same
    transaction (``session_store.copy_session_to_entries``)."""
    with UnitOfWork(database, ADMIN, "session.void") as uow:
        row = uow.session.get(TreatmentSession, session_id)
        assert row is not None
        row.voided_at, row.void_reason = at, "wrong patient"
        copy_session_to_entries(uow.session, row)


def session_copies(database: Database) -> list[tuple[tuple[object, ...], tuple[object, ...]]]:
    """(what the entry carries, what its session holds) per toxin entry: session id, time,
    patient, practitioner, void."""
    with database.sessions() as session:
        found = session.execute(
            select(
                ToxinEntry.session_id,
                ToxinEntry.performed_at,
                ToxinEntry.patient_id,
                ToxinEntry.practitioner_id,
                ToxinEntry.session_voided_at,
                TreatmentSession.id,
                TreatmentSession.performed_at,
                TreatmentSession.patient_id,
                TreatmentSession.practitioner_id,
                TreatmentSession.voided_at,
            )
            .join(ModalityEntry, ModalityEntry.id == ToxinEntry.modality_entry_id)
            .join(TreatmentSession, TreatmentSession.id == ModalityEntry.session_id)
            .order_by(ToxinEntry.id)
        ).all()
    return [(tuple(row[:5]), tuple(row[5:])) for row in found]

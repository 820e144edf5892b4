"""What the safety gate needs, read from the database: patient facts, plan, parameters.

Rows are read inside the session's own transaction (so the gate sees exactly what is being
saved) and interpreted by the same domain rules the history and consent services use.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from functools import reduce
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scardesk.db.decoding import reading
from scardesk.db.models import (
    Assessment,
    Consent,
    HistoryEntry,
    Lot,
    ModalityEntry,
    Patient,
    Product,
    ToxinEntry,
    TreatmentSession,
)
from scardesk.domain.codecs import decode_entry
from scardesk.domain.consents import valid_purposes
from scardesk.domain.enums import (
    Answer,
    ConsentPurpose,
    Fitzpatrick,
    HistoryFact,
    Modality,
    PeelDepth,
    Sex,
)
from scardesk.domain.errors import ValidationError
from scardesk.domain.history import latest_answers
from scardesk.domain.messages import Message
from scardesk.domain.modalities import SPECS, spec_of
from scardesk.domain.products import product_label
from scardesk.domain.safety import (
    GateParameters,
    HistoryAnswer,
    PatientFacts,
    PlannedTreatment,
    PreviousSession,
    ToxinDose,
)
from scardesk.domain.safety.rules_dose import toxin_vial_units
from scardesk.domain.sessions import SessionInput, ToxinInput
from scardesk.domain.time import muscat_today, utc_now
from scardesk.services.consents import consent_record
from scardesk.services.history import history_answer
from scardesk.services.listing import read_each, readable
from scardesk.services.products import lot_record


def _history(
    session: Session, patient: Patient
) -> tuple[dict[HistoryFact, HistoryAnswer], date | None]:
    """The newest answer per fact (the history domain's rule) and the last review day."""
    rows = session.scalars(select(HistoryEntry).where(HistoryEntry.patient_id == patient.id))
    entries = [history_answer(row) for row in rows]
    current = latest_answers(entries)
    answers = {
        fact: HistoryAnswer(entry.answer, entry.fact_date, muscat_today(entry.recorded_at))
        for fact, entry in current.items()
    }
    # Pregnancy and breastfeeding do not apply to a male patient: not a question left open.
    if patient.sex == Sex.MALE.value:
        for fact in (HistoryFact.PREGNANT, HistoryFact.BREASTFEEDING):
            answers.setdefault(fact, HistoryAnswer(Answer.NO, None, None))
    recorded = [entry.recorded_at for entry in current.values()]
    return answers, muscat_today(max(recorded)) if recorded else None


def _consents(
    session: Session, patient_id: int
) -> tuple[frozenset[ConsentPurpose], frozenset[ConsentPurpose]]:
    """Valid purposes now (the consent domain's rule), and those only ever withdrawn."""
    # A consent that cannot be decoded is valid for nothing: the gate then asks for it.
    rows = session.scalars(select(Consent).where(Consent.patient_id == patient_id))
    records = readable(read_each("consents", rows, consent_record))
    valid = valid_purposes(records, utc_now())
    withdrawn = {record.purpose for record in records if record.withdrawn_at is not None}
    return frozenset(valid), frozenset(withdrawn - valid)


def _previous(
    session: Session, patient_id: int, exclude: int | None
) -> tuple[PreviousSession, ...]:
    query = (
        select(TreatmentSession.id, TreatmentSession.performed_at, ModalityEntry)
        .join(ModalityEntry, ModalityEntry.session_id == TreatmentSession.id)
        .where(TreatmentSession.patient_id == patient_id, TreatmentSession.voided_at.is_(None))
    )
    if exclude is not None:
        query = query.where(TreatmentSession.id != exclude)
    rows = session.execute(query).all()
    toxin_query = (
        select(
            ToxinEntry.modality_entry_id,
            ToxinEntry.total_units,
            Product.brand,
            Product.nonproprietary_name,
        )
        .join(Product, Product.id == ToxinEntry.product_id)
        .where(ToxinEntry.modality_entry_id.in_([entry.id for _, _, entry in rows]))
    )
    toxins = {
        m_id: (units, product_label(b, n)) for m_id, units, b, n in session.execute(toxin_query)
    }
    found: list[PreviousSession] = []
    for _, performed_at, entry in rows:
        modality = Modality(entry.modality)
        units, label = toxins.get(entry.id, (None, None))
        with reading("modality_entries", entry.id):
            settings = decode_entry(entry.modality, entry.areas, entry.parameters).settings
        # As the gate reads a planned session of the same modality (a laser's ablation).
        details = spec_of(modality).plan_details((settings,))
        found.append(
            PreviousSession(
                on=muscat_today(performed_at),
                modality=modality,
                toxin_units=math.ceil(units) if units is not None else None,
                toxin_product=label,
                laser_fully_ablative=details.get("laser_fully_ablative"),
                peel_depth=spec_of(modality).depth_of(settings),
            )
        )
    return tuple(sorted(found, key=lambda item: item.on))


def _skin_type(session: Session, patient: Patient) -> Fitzpatrick | None:
    """The skin type on the patient's record, else the one noted at their latest assessment."""
    if patient.fitzpatrick:
        return Fitzpatrick(patient.fitzpatrick)
    noted = session.scalar(
        select(Assessment.fitzpatrick)
        .where(
            Assessment.patient_id == patient.id,
            Assessment.voided_at.is_(None),
            Assessment.fitzpatrick.is_not(None),
        )
        .order_by(Assessment.assessed_at.desc(), Assessment.id.desc())
        .limit(1)
    )
    return Fitzpatrick(noted) if noted else None


def patient_facts(
    session: Session, patient: Patient, exclude_session: int | None = None
) -> PatientFacts:
    history, reviewed = _history(session, patient)
    valid, withdrawn = _consents(session, patient.id)
    return PatientFacts(
        history=history,
        fitzpatrick=_skin_type(session, patient),
        consents=valid,
        withdrawn_consents=withdrawn,
        history_reviewed_on=reviewed,
        previous_sessions=_previous(session, patient.id, exclude_session),
    )


def planned_from(
    form: SessionInput, labels: dict[int, str], doses: tuple[ToxinDose, ...] = ()
) -> PlannedTreatment:
    """The gate's view of a session being saved. ``labels`` maps product id → label.

    ``doses`` are the toxin entries with their lots as stored (:func:`toxin_doses`).

    The gate compares one toxin product at a time (units of brands are never added), so the
    units planned are those of the first toxin product; a second product in the same
    session is still charted but only the first is checked against the cap.
    """
    toxins = [m for m in form.modalities if isinstance(m, ToxinInput)]  # toxin's own rows
    first = toxins[0].product_id if toxins else None
    units = sum(m.total_units for m in toxins if m.product_id == first)
    planned = PlannedTreatment(
        modalities=frozenset(m.modality for m in form.modalities),
        toxin_units=math.ceil(units - 1e-9) if toxins else None,
        toxin_product=labels.get(first) if first is not None else None,
        antiviral_prophylaxis=form.antiviral_prophylaxis,
        toxin_doses=doses,
    )
    # The details each modality's spec reads from its entries (a laser's ablation, a peel's
    # depth); ``None`` stays "not recorded yet" for a modality not in the session.
    details: dict[str, Any] = {}
    for spec in SPECS.values():
        entries = [m for m in form.modalities if m.modality is spec.modality]
        if entries:
            details.update(spec.plan_details(entries))
    return replace(planned, **details)


def _toxin_products(session: Session, form: SessionInput) -> dict[int, Product]:
    ids = {m.product_id for m in form.modalities if isinstance(m, ToxinInput)}
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(ids)))}


def toxin_doses(
    session: Session, form: SessionInput, products: dict[int, Product]
) -> tuple[ToxinDose, ...]:
    """Each toxin entry with its product's vial size and its lot as stored, whatever its state.

    A lot id that names no lot gives ``lot=None``; the gate then says so, live in the editor.
    """
    entries = [m for m in form.modalities if isinstance(m, ToxinInput)]
    lot_ids = {m.lot_id for m in entries}
    lots = (
        {row.id: lot_record(row) for row in session.scalars(select(Lot).where(Lot.id.in_(lot_ids)))}
        if entries
        else {}
    )
    doses: list[ToxinDose] = []
    for number, entry in enumerate(entries, start=1):
        product = products.get(entry.product_id)
        doses.append(
            ToxinDose(
                number=number,
                product_id=entry.product_id,
                product=product_label(product.brand, product.nonproprietary_name)
                if product
                else "no product chosen",
                units_per_vial=product.vial_units if product else None,
                vial_units=entry.vial_units,
                given_units=entry.total_units,
                waste_units=entry.waste_units,
                point_units=tuple(point.units for point in entry.points),
                lot=lots.get(entry.lot_id),
            )
        )
    return tuple(doses)


def planned_for(session: Session, form: SessionInput) -> PlannedTreatment:
    """The gate's view of ``form`` with product labels, vials and lots read from the database."""
    products = _toxin_products(session, form)
    labels = {pid: product_label(p.brand, p.nonproprietary_name) for pid, p in products.items()}
    return planned_from(form, labels, toxin_doses(session, form, products))


def refuse_overdrawn_vials(session: Session, form: SessionInput) -> None:
    """A correction may not record more units from a lot than its vials hold.

    Amendments do not run the whole gate (the session has happened: a correction records
    what was done), but a vial that gives more than it holds is a slip, never a fact.
    """
    planned = planned_for(session, form)
    day = muscat_today(form.performed_at)
    found = toxin_vial_units(planned, PatientFacts(), GateParameters(), day)
    if found:
        said = [_overdrawn(item.facts) for item in found]
        raise ValidationError({"modalities": reduce(_then, said)})


def _overdrawn(facts: Mapping[str, str]) -> Message:
    """The ``toxin_vial_units`` finding as a message, from the facts it carries."""
    params = {
        "lot": facts["lot"],
        "drawn": facts["units_drawn"],
        "n": int(facts["vials_opened"]),
        "held": facts["units_in_vials_opened"],
    }
    return Message("correction.vials_overdrawn", params)


def _then(first: Message, second: Message) -> Message:
    return Message("message.then", {"first": first, "second": second})


def done_today(form: SessionInput) -> list[tuple[Modality, PeelDepth | None]]:
    return [(m.modality, spec_of(m.modality).depth_of(m)) for m in form.modalities]

"""Open every record of a clinic the way the app does, counting what was opened.

Used by the every-record test and by ``benchmarks/every_record.py``. Each read goes through the
service the screens call (a session through ``SessionService.get`` and ``list_for_patient``,
an assessment through ``AssessmentService.get``, …) and each printable document through the
same builders and renderer the document service uses, without storing the PDFs. Anything the
app could not read raises and stops the walk.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select

from scardesk.db.engine import Database
from scardesk.db.models import (
    Appointment,
    Assessment,
    Consent,
    HistoryEntry,
    Patient,
    TreatmentPlan,
    TreatmentSession,
)
from scardesk.db.unit_of_work import Actor
from scardesk.documents import ContentLibrary, render_aftercare, render_visit_summary
from scardesk.domain.documents import ScorePoint
from scardesk.domain.history import QUESTIONNAIRE
from scardesk.domain.time import muscat_today, to_muscat
from scardesk.services import document_builders as build
from scardesk.services.container import Services, build_services

#: What the walk opens, against the table whose every row it must have opened.
TABLES = {
    "sessions": TreatmentSession,
    "assessments": Assessment,
    "plans": TreatmentPlan,
    "consents": Consent,
    "history answers": HistoryEntry,
    "appointments": Appointment,
}


@dataclass
class Walk:
    opened: Counter[str] = field(default_factory=Counter)
    seconds: Counter[str] = field(default_factory=Counter)

    @staticmethod
    def stored(database: Database) -> dict[str, int]:
        """Rows per table, to compare with what was opened."""
        with database.sessions() as session:
            return {
                kind: int(session.scalar(select(func.count()).select_from(model)) or 0)
                for kind, model in TABLES.items()
            }


def walk_clinic(database: Database, actor: Actor, *, documents_every: int = 1) -> Walk:
    """Open every patient's whole record; render every aftercare sheet and visit summary
    (of every ``documents_every``-th patient only when larger than 1; none when 0)."""
    walk = Walk()
    services = build_services(database)
    library = ContentLibrary()
    with database.sessions() as session:
        patients = list(session.scalars(select(Patient.id).order_by(Patient.id)))
    for position, patient_id in enumerate(patients):
        started = time.perf_counter()
        for listed in services.sessions.list_for_patient(actor, patient_id):
            assert services.sessions.get(actor, listed.id) == listed
            walk.opened["sessions"] += 1
        for summary in services.assessments.list_for_patient(actor, patient_id):
            services.assessments.get(actor, summary.id)
            walk.opened["assessments"] += 1
        for plan in services.plans.list_for_patient(actor, patient_id):
            services.plans.get(actor, plan.id)
            services.plans.progress(actor, plan.id)
            walk.opened["plans"] += 1
        walk.opened["consents"] += len(services.consents.list_for_patient(actor, patient_id))
        walk.opened["history answers"] += len(services.history.entries(actor, patient_id))
        services.history.current_answers(actor, patient_id)
        walk.opened["patients"] += 1
        walk.seconds["records"] += time.perf_counter() - started
        if documents_every and position % documents_every == 0:
            started = time.perf_counter()
            walk.opened["aftercare sheets"] += _aftercare_sheets(database, library, patient_id)
            _visit_summary(database, services, actor, library, patient_id)
            walk.opened["visit summaries"] += 1
            walk.seconds["documents"] += time.perf_counter() - started
    started = time.perf_counter()
    with database.sessions() as session:
        appointment_ids = list(session.scalars(select(Appointment.id)))
    for appointment_id in appointment_ids:
        services.appointments.get(actor, appointment_id)
        walk.opened["appointments"] += 1
    walk.seconds["records"] += time.perf_counter() - started
    return walk


def _aftercare_sheets(database: Database, library: ContentLibrary, patient_id: int) -> int:
    rendered = 0
    with database.sessions() as session:
        rows = session.scalars(
            select(TreatmentSession).where(
                TreatmentSession.patient_id == patient_id, TreatmentSession.voided_at.is_(None)
            )
        ).all()
        for row in rows:
            document = render_aftercare(build.aftercare_record(session, row), library)
            assert document.pdf.startswith(b"%PDF")
            rendered += 1
    return rendered


def _visit_summary(
    database: Database, services: Services, actor: Actor, library: ContentLibrary, patient_id: int
) -> None:
    """As ``DocumentService.issue_visit_summary`` builds it, without storing the PDF."""
    answers = services.history.current_answers(actor, patient_id)
    ordered = [answers[q.fact] for q in QUESTIONNAIRE if q.fact in answers]
    scores = [
        ScorePoint(to_muscat(p.assessed_at).date(), p.gb_total, p.ecca_total)
        for p in services.trend.points(actor, patient_id)
    ]
    with database.sessions() as session:
        patient = build.require_patient_row(session, patient_id)
        record = build.summary_record(
            session, patient, ordered, scores, muscat_today(), "every-record walk"
        )
    assert render_visit_summary(record, library).pdf.startswith(b"%PDF")

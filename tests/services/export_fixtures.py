"""A patient with a bit of everything, for the export tests: history (one answer voided),
consents (one withdrawn), an assessment, a signed and amended toxin + microneedling session,
photos (one voided), a plan and two issued documents. Arabic free text where a person would
type it."""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from PIL import Image

from scardesk.db.engine import Database
from scardesk.domain.enums import Answer, ConsentPurpose, HistoryFact, Modality, ViewAngle
from scardesk.domain.history import HistoryAnswerInput
from scardesk.domain.plans import PlanInput, PlanItemInput
from scardesk.domain.time import utc_now
from scardesk.services.assessments import AssessmentService
from scardesk.services.consents import ConsentService
from scardesk.services.documents import DocumentService
from scardesk.services.history import HistoryService
from scardesk.services.photos import PhotoService
from scardesk.services.plans import PlanService
from scardesk.services.sessions import SessionService
from tests.helpers import PRACTITIONER, STAFF_PASSWORD
from tests.services.session_fixtures import TODAY, combined_session, make_clinic
from tests.services.test_assessment_service import form as assessment_form

LATIN = "Aisha Al Balushi"
ARABIC = "عائشة البلوشي"
ALLERGY_DETAIL = "حساسية من البنسلين"
PLAN_GOALS = "تحسين الندبات على الخدين"
LOT = "C1234"


@dataclass(frozen=True)
class FullRecord:
    patient_id: int
    session_id: int
    assessment_id: int
    photo_ids: tuple[int, ...]
    voided_photo_id: int
    document_ids: tuple[int, ...]
    withdrawn_consent_id: int


def picture(shade: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 120 + shade, 110)).save(out, "JPEG", quality=90)
    return out.getvalue()


def signature() -> bytes:
    out = io.BytesIO()
    Image.new("L", (50, 20), 255).save(out, "PNG")
    return out.getvalue()


def full_record(database: Database, content_dir: Path) -> FullRecord:
    clinic = make_clinic(database, name=LATIN)
    pid = clinic.patient_id
    now = utc_now()
    history = HistoryService(database)
    answers, _ = history.record(
        PRACTITIONER,
        pid,
        [
            HistoryAnswerInput(HistoryFact.OTHER_ALLERGIES, Answer.YES, detail=ALLERGY_DETAIL),
            HistoryAnswerInput(HistoryFact.HERPES_SIMPLEX, Answer.YES),
        ],
        now=now - timedelta(hours=3),
    )
    history.void(PRACTITIONER, answers[1].entry_id, "asked the wrong question")
    consents = ConsentService(database)
    marketing, _ = consents.capture(
        PRACTITIONER,
        pid,
        ConsentPurpose.MARKETING_PHOTOS,
        "2026-1",
        signature(),
        password=STAFF_PASSWORD,
    )
    consents.withdraw(PRACTITIONER, marketing.id, marketing.version, "changed her mind")
    assessment, _ = AssessmentService(database).create(
        PRACTITIONER, pid, assessment_form(assessed_at=now - timedelta(hours=2))
    )
    plan, _ = PlanService(database).create(
        PRACTITIONER,
        pid,
        PlanInput((PlanItemInput(Modality.MICRONEEDLING, 4, 30),), PLAN_GOALS, TODAY),
    )
    sessions = SessionService(database)
    record, *_ = sessions.record_session(
        PRACTITIONER, pid, combined_session(clinic, plan_id=plan.id)
    )
    signed, _ = sessions.sign(PRACTITIONER, record.id, record.version, password=STAFF_PASSWORD)
    corrected = dataclasses.replace(signed.content, post_notes="احمرار خفيف في اليوم التالي")
    sessions.amend(PRACTITIONER, signed.id, signed.version, corrected, "patient called")
    photos = PhotoService(database)
    ids = []
    for shade, view in enumerate((ViewAngle.FRONT, ViewAngle.LEFT_45, ViewAngle.RIGHT_45)):
        info, _ = photos.import_photo(
            PRACTITIONER, pid, picture(10 * (shade + 1)), "x.jpg", view, assessment_id=None
        )
        ids.append(info.id)
    photos.void(PRACTITIONER, ids[2], "another patient's photo")
    documents = DocumentService(database, content_dir=content_dir)
    summary = documents.issue_visit_summary(PRACTITIONER, pid)
    aftercare = documents.issue_aftercare(PRACTITIONER, record.id)
    return FullRecord(
        patient_id=pid,
        session_id=record.id,
        assessment_id=assessment.id,
        photo_ids=tuple(ids),
        voided_photo_id=ids[2],
        document_ids=(summary.id, aftercare.id),
        withdrawn_consent_id=marketing.id,
    )

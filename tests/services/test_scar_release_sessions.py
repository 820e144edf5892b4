"""Subcision and TCA CROSS through the services: recorded beside toxin, read back whole, audited,
due again at their intervals, and printed on the aftercare sheet, consent form and summary."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from scardesk.db.engine import Database
from scardesk.db.models import AuditEvent, HistoryEntry, ModalityEntry
from scardesk.domain.enums import Answer, Frosting, HistoryFact, Modality, SubcisionInstrument
from scardesk.domain.errors import ValidationError
from scardesk.domain.sessions import SubcisionInput, TcaCrossInput
from scardesk.services.documents import DocumentService
from scardesk.services.sessions import SessionBlockedError, SessionService
from tests.documents.pdf_checks import all_text, arabic_present, column_text, normalise
from tests.helpers import PRACTITIONER
from tests.services.session_fixtures import NOW, TODAY, Clinic, combined_session, make_clinic
from tests.services.session_fixtures import toxin_entry as toxin

SUBCISION = SubcisionInput(
    instrument=SubcisionInstrument.NOKOR,
    gauge=18,
    scars_released=7,
    technique="fanning, deep dermis",
    anaesthetic_agent="lidocaine",
    anaesthetic_percent=1.0,
    with_adrenaline=True,
    anaesthetic_ml=3.0,
    haemostasis=True,
    areas=("cheek_left", "cheek_right"),
)
TCA = TcaCrossInput(
    concentration_percent=100,
    applicator="sharpened wooden stick",
    scars_treated=14,
    frosting=Frosting.ALL,
    areas=("temple_left",),
)


@pytest.fixture
def clinic(database: Database) -> Clinic:
    return make_clinic(database)


def _record(database: Database, clinic: Clinic, *entries: object, **more: object):  # type: ignore[no-untyped-def]
    form = combined_session(clinic, modalities=entries, **more)
    return SessionService(database).record_session(PRACTITIONER, clinic.patient_id, form)


def test_both_are_recorded_beside_toxin_and_read_back_whole(
    database: Database, clinic: Clinic
) -> None:
    record, result, proposal, changes = _record(
        database, clinic, toxin(clinic), SUBCISION, TCA, antiviral_prophylaxis=True
    )
    # The patient is skin type IV: TCA CROSS warns of PIH and suggests a test spot (§6a).
    assert {(f.rule_code, f.level.value) for f in result.findings} == {
        ("skin_type_pih.tca_cross", "warn")
    }
    assert "test spot" in result.findings[0].message.lower()
    stored = SessionService(database).list_for_patient(PRACTITIONER, clinic.patient_id)
    assert [s.id for s in stored] == [record.id]
    _toxin, subcision, tca = stored[0].content.modalities
    assert subcision == SUBCISION and tca == TCA
    assert proposal.next_on == TODAY + timedelta(days=28)  # both about 4–6 weeks
    assert set(proposal.modalities) == {Modality.SUBCISION, Modality.TCA_CROSS}
    with database.sessions() as session:
        kinds = list(session.scalars(select(ModalityEntry.modality).order_by(ModalityEntry.id)))
        audited = set(
            session.scalars(select(AuditEvent.entity).where(AuditEvent.action == "session.record"))
        )
    assert kinds == ["toxin", "subcision", "tca_cross"]
    assert "modality_entries" in audited
    assert changes.sessions == {record.id}


def test_a_bad_entry_is_refused_field_by_field_and_nothing_is_saved(
    database: Database, clinic: Clinic
) -> None:
    bad = TcaCrossInput(0, " ", 0, "frozen", ())  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as raised:
        _record(database, clinic, SUBCISION, bad)
    assert set(raised.value.field_errors) == {
        "modalities.1.concentration_percent",
        "modalities.1.applicator",
        "modalities.1.scars_treated",
        "modalities.1.frosting",
    }
    assert SessionService(database).list_for_patient(PRACTITIONER, clinic.patient_id) == []


def test_an_anaesthetic_allergy_blocks_subcision(database: Database, clinic: Clinic) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            HistoryEntry.__table__.insert(),
            {
                "patient_id": clinic.patient_id,
                "fact": HistoryFact.ALLERGY_LOCAL_ANAESTHETIC.value,
                "answer": Answer.YES.value,
                "recorded_at": NOW - timedelta(hours=1),
                "recorded_by_id": 3,
            },
        )
    with pytest.raises(SessionBlockedError) as raised:
        _record(database, clinic, SUBCISION)
    blocked = {f.rule_code for f in raised.value.result.blocked}
    assert "allergy_local_anaesthetic.subcision" in blocked


def test_tca_cross_without_antiviral_after_cold_sores_needs_a_reason(
    database: Database, clinic: Clinic
) -> None:
    with database.engine.begin() as connection:
        connection.execute(
            HistoryEntry.__table__.insert(),
            {
                "patient_id": clinic.patient_id,
                "fact": HistoryFact.HERPES_SIMPLEX.value,
                "answer": Answer.YES.value,
                "recorded_at": NOW - timedelta(hours=1),
                "recorded_by_id": 3,
            },
        )
    with pytest.raises(SessionBlockedError) as raised:
        _record(database, clinic, TCA)
    assert "herpes_simplex.tca_cross" in raised.value.missing_overrides
    record, result, *_ = SessionService(database).record_session(
        PRACTITIONER,
        clinic.patient_id,
        combined_session(clinic, modalities=(TCA,)),
        overrides={"herpes_simplex.tca_cross": "valaciclovir started yesterday by her GP"},
    )
    assert record.id and "herpes_simplex.tca_cross" in {f.rule_code for f in result.findings}


@pytest.mark.parametrize("entry", [SUBCISION, TCA], ids=["subcision", "tca_cross"])
def test_the_aftercare_sheet_and_consent_form_print_in_both_languages(
    database: Database, clinic: Clinic, tmp_path: Path, entry: SubcisionInput | TcaCrossInput
) -> None:
    from scardesk.documents import ContentLibrary
    from scardesk.domain.documents import ContentKind, Lang

    record, *_ = _record(database, clinic, entry, antiviral_prophylaxis=True)
    service = DocumentService(database, content_dir=tmp_path / "content")
    library = ContentLibrary()
    modality = entry.modality
    sheet = service.issue_aftercare(PRACTITIONER, record.id).pdf
    form = service.issue_consent(PRACTITIONER, clinic.patient_id, modality).pdf
    assert sheet is not None and form is not None
    for pdf, kind, sections in (
        (sheet, ContentKind.AFTERCARE, ("expect", "do", "dont", "urgent")),
        (form, ContentKind.CONSENT, ("treatment", "benefits", "risks", "statement")),
    ):
        english, arabic = column_text(pdf, "en"), column_text(pdf, "ar")
        en = library.load(kind, Lang.EN, modality)
        ar = library.load(kind, Lang.AR, modality)
        for section in sections:
            for item in en.items(section):
                assert normalise(item) in english, item
            for item in ar.items(section):
                assert arabic_present(item, arabic), item


def test_the_visit_summary_lists_their_settings(
    database: Database, clinic: Clinic, tmp_path: Path
) -> None:
    _record(database, clinic, toxin(clinic), SUBCISION, TCA, antiviral_prophylaxis=True)
    service = DocumentService(database, content_dir=tmp_path / "content")
    pdf = service.issue_visit_summary(PRACTITIONER, clinic.patient_id, TODAY).pdf
    assert pdf is not None
    text = all_text(pdf)
    assert normalise("Nokor needle 18G, 7 scars released") in text
    assert normalise("TCA 100% with sharpened wooden stick, 14 scars") in text

"""Issuing, storing, reprinting and auditing printed documents; the clinic's own wording."""

from __future__ import annotations

import hashlib
import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import insert, select

from scardesk.db.engine import Database
from scardesk.db.models import Appointment, AuditEvent, IssuedDocument
from scardesk.db.unit_of_work import SYSTEM
from scardesk.documents import ContentLibrary, consent_form_version
from scardesk.domain.codecs import encode_planned
from scardesk.domain.consents import purpose_for_modality
from scardesk.domain.documents import ContentKind, Lang
from scardesk.domain.enums import Modality
from scardesk.domain.errors import PermissionDeniedError, ValidationError
from scardesk.domain.issued_documents import DocumentKind
from scardesk.domain.plans import PlanInput, PlanItemInput
from scardesk.domain.time import to_muscat
from scardesk.services.accounts import AccountService
from scardesk.services.consents import ConsentService
from scardesk.services.documents import DocumentService
from scardesk.services.plans import PlanService
from scardesk.services.sessions import SessionService
from tests.documents.pdf_checks import all_text, arabic_present, column_text, normalise, page_count
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, STAFF_PASSWORD, count
from tests.services.session_fixtures import NOW, Clinic, combined_session, make_clinic


@pytest.fixture
def clinic(database: Database) -> Clinic:
    return make_clinic(database)


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    return tmp_path / "content"


@pytest.fixture
def service(database: Database, content_dir: Path) -> DocumentService:
    return DocumentService(database, content_dir=content_dir)


@pytest.fixture
def session_id(database: Database, clinic: Clinic) -> int:
    record, *_ = SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic)
    )
    return record.id


def _actions(database: Database) -> list[str]:
    with database.sessions() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def _book(database: Database, patient_id: int, days: int, status: str = "booked") -> None:
    with database.engine.begin() as connection:
        connection.execute(
            insert(Appointment),
            {
                "patient_id": patient_id,
                "practitioner_id": 3,
                "starts_at": NOW + timedelta(days=days),
                "duration_minutes": 30,
                "planned_modalities": encode_planned([Modality.TOXIN]),
                "status": status,
                "is_toxin_review": False,
                "created_by_id": 2,
                "created_at": NOW,
            },
        )


def _signature() -> bytes:
    image = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    for x in range(20, 280):
        image.putpixel((x, 50 + (x % 9)), (0, 0, 0, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_the_front_desk_issues_a_sessions_aftercare_sheet_and_it_is_stored_whole(
    database: Database, service: DocumentService, session_id: int
) -> None:
    issued = service.issue_aftercare(FRONT_DESK, session_id)
    assert issued.pdf is not None and issued.pdf.startswith(b"%PDF")
    with database.sessions() as session:
        row = session.get(IssuedDocument, issued.id)
        assert row is not None
        assert bytes(row.pdf) == issued.pdf
        assert row.sha256 == hashlib.sha256(issued.pdf).hexdigest() == issued.sha256
        assert (row.kind, row.session_id, row.issued_by_id) == ("aftercare", session_id, 2)
    assert "aftercare/toxin@" in issued.content_version
    assert "aftercare/microneedling@" in issued.content_version


def test_the_aftercare_sheet_shows_product_units_and_the_next_booked_appointment(
    database: Database, service: DocumentService, clinic: Clinic, session_id: int
) -> None:
    _book(database, clinic.patient_id, 30, status="cancelled")
    _book(database, clinic.patient_id, 14)
    _book(database, clinic.patient_id, 60)
    text = normalise(all_text(service.issue_aftercare(FRONT_DESK, session_id).pdf or b""))
    assert "AishaAlBalushi" in text
    assert "Botox(onabotulinumtoxinA)" in text
    assert "20units" in text
    assert "24March2026" in text  # 14 days after the session, not the cancelled one


def test_without_a_booking_the_sheet_names_the_visit_to_call_for_and_the_toxin_review(
    service: DocumentService, session_id: int
) -> None:
    """Toxin + microneedling on 10 March 2026, nothing booked: the next session is due at the
    shorter interval (microneedling, 28 days), the toxin review at 14 days."""
    text = normalise(all_text(service.issue_aftercare(FRONT_DESK, session_id).pdf or b""))
    assert "Noappointmentisbooked" not in text
    assert "Yournextappointment:around7April2026—pleasecalltobook" in text
    assert "Toxinreview:around24March2026—pleasecalltobook" in text
    assert "Microneedling,1.5mm" in text


@pytest.mark.parametrize(
    ("planned", "expected"),
    [
        # Microneedling every 6 weeks on the plan: 10 March + 42 days, not the clinic's 28.
        (4, "Yournextappointment:around21April2026—pleasecalltobook"),
        # The plan's one microneedling session is done: no date to call for.
        (1, "Yournextappointment:Noappointmentisbookedyet"),
    ],
)
def test_without_a_booking_the_next_visit_comes_from_the_patients_active_plan(
    database: Database, service: DocumentService, clinic: Clinic, planned: int, expected: str
) -> None:
    item = PlanItemInput(Modality.MICRONEEDLING, planned, interval_days=42)
    PlanService(database).create(
        PRACTITIONER, clinic.patient_id, PlanInput((item,), started_on=date(2026, 3, 1))
    )
    record, *_ = SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic)
    )
    text = normalise(all_text(service.issue_aftercare(FRONT_DESK, record.id).pdf or b""))
    assert expected in text
    # The toxin review stays on its own line whatever the plan says.
    assert "Toxinreview:around24March2026—pleasecalltobook" in text


def test_a_booking_near_the_review_date_stands_for_the_review(
    database: Database, service: DocumentService, clinic: Clinic, session_id: int
) -> None:
    _book(database, clinic.patient_id, 15)
    text = normalise(all_text(service.issue_aftercare(FRONT_DESK, session_id).pdf or b""))
    assert "Toxinreview" not in text and "pleasecalltobook" not in text


def test_issuing_the_same_sheet_again_returns_the_stored_one_without_a_duplicate(
    database: Database, service: DocumentService, session_id: int
) -> None:
    first = service.issue_aftercare(FRONT_DESK, session_id)
    again = service.issue_aftercare(PRACTITIONER, session_id)
    assert (again.id, again.sha256, again.reused) == (first.id, first.sha256, True)
    assert count(database, IssuedDocument) == 1
    assert _actions(database).count("document.issue") == 2


def test_a_reprint_gives_the_identical_bytes_and_is_audited(
    database: Database, service: DocumentService, clinic: Clinic, session_id: int
) -> None:
    issued = service.issue_aftercare(FRONT_DESK, session_id)
    _book(database, clinic.patient_id, 14)  # the sheet would now print differently
    assert service.reprint(FRONT_DESK, issued.id) == issued.pdf
    assert "document.reprint" in _actions(database)


def test_issuing_is_audited_with_the_documents_hash(
    database: Database, service: DocumentService, session_id: int
) -> None:
    issued = service.issue_aftercare(FRONT_DESK, session_id)
    with database.sessions() as session:
        event = session.scalar(
            select(AuditEvent).where(
                AuditEvent.action == "document.issue", AuditEvent.entity == "issued_documents"
            )
        )
    assert event is not None and event.after is not None
    assert event.after["sha256"] == issued.sha256
    assert event.after["pdf"]["sha256"] == issued.sha256  # bytes are hashed, not copied


def test_a_consent_form_carries_the_signature_captured_on_the_current_wording(
    database: Database, service: DocumentService, clinic: Clinic
) -> None:
    version = consent_form_version(ContentLibrary(), Modality.TOXIN)
    ConsentService(database).capture(
        PRACTITIONER,
        clinic.patient_id,
        purpose_for_modality(Modality.TOXIN),
        version,
        _signature(),
        now=NOW + timedelta(days=1),
        password=STAFF_PASSWORD,
    )
    blank = service.issue_consent(FRONT_DESK, clinic.patient_id, Modality.MICRONEEDLING)
    signed = service.issue_consent(FRONT_DESK, clinic.patient_id, "toxin")
    assert signed.modality is Modality.TOXIN
    assert b"/Subtype /Image" in (signed.pdf or b"")
    assert b"/Subtype /Image" not in (blank.pdf or b"")
    assert "Dr.Salma" in normalise(all_text(signed.pdf or b""))  # who captured it


def test_a_consent_signed_on_an_earlier_kept_wording_prints_signed_with_those_words(
    database: Database, service: DocumentService, clinic: Clinic
) -> None:
    """The toxin form was 2026-11-1 before the off-label statement (2026-12-1): a consent
    signed then reprints signed, with the words signed, not blank and not the new ones."""
    ConsentService(database).capture(
        PRACTITIONER,
        clinic.patient_id,
        purpose_for_modality(Modality.TOXIN),
        "2026-11-1",
        _signature(),
        now=NOW + timedelta(days=1),
        password=STAFF_PASSWORD,
    )
    issued = service.issue_consent(FRONT_DESK, clinic.patient_id, Modality.TOXIN)
    assert b"/Subtype /Image" in (issued.pdf or b"")
    text = all_text(issued.pdf or b"")
    assert normalise("Patient's signature: " + "_" * 28) not in text
    assert "off-label" not in text.lower()
    assert "consent/toxin@2026-11-1" in issued.content_version


def test_a_consent_signed_on_a_wording_not_held_prints_blank_for_signing_again(
    service: DocumentService, clinic: Clinic
) -> None:
    # The fixture's consents were captured on form version "1", of which no copy is held.
    issued = service.issue_consent(FRONT_DESK, clinic.patient_id, Modality.TOXIN)
    assert b"/Subtype /Image" not in (issued.pdf or b"")
    assert "____" in all_text(issued.pdf or b"")


def test_an_unknown_modality_is_refused_with_the_choices(
    service: DocumentService, clinic: Clinic
) -> None:
    with pytest.raises(ValidationError, match="expected one of toxin"):
        service.issue_consent(FRONT_DESK, clinic.patient_id, "filler")


def test_the_visit_summary_lists_history_scores_sessions_and_lots(
    service: DocumentService, clinic: Clinic, session_id: int
) -> None:
    issued = service.issue_visit_summary(PRACTITIONER, clinic.patient_id)
    text = normalise(all_text(issued.pdf or b""))
    assert issued.kind is DocumentKind.VISIT_SUMMARY and page_count(issued.pdf or b"") >= 1
    assert "lotC1234,20units" in text
    assert "Dermapen4,1.5mmx3" in text
    assert "questionsanswered,nonepositive." in text  # every answer in the fixture is "no"


def test_the_front_desk_may_not_issue_or_list_a_visit_summary(
    service: DocumentService, clinic: Clinic, session_id: int
) -> None:
    with pytest.raises(PermissionDeniedError):
        service.issue_visit_summary(FRONT_DESK, clinic.patient_id)
    summary = service.issue_visit_summary(PRACTITIONER, clinic.patient_id)
    with pytest.raises(PermissionDeniedError):
        service.reprint(FRONT_DESK, summary.id)
    service.issue_aftercare(FRONT_DESK, session_id)
    kinds = [d.kind for d in service.list_for_patient(FRONT_DESK, clinic.patient_id)]
    assert kinds == [DocumentKind.AFTERCARE]
    assert len(service.list_for_patient(PRACTITIONER, clinic.patient_id)) == 2


def test_the_front_desk_may_not_edit_the_wording(service: DocumentService) -> None:
    with pytest.raises(PermissionDeniedError):
        service.read_content(FRONT_DESK, ContentKind.AFTERCARE, Modality.TOXIN, Lang.EN)


def _edited(service: DocumentService, version: str = "2026-12-5") -> str:
    text = service.read_content(ADMIN, ContentKind.AFTERCARE, Modality.TOXIN, Lang.EN)
    text = text.replace("version: 2026-12-1", f"version: {version}")
    return text.replace("## Do\n", "## Do\n- Drink a glass of water with Zanzibar honey.\n")


def test_a_saved_override_is_used_and_marked_clinic_on_the_next_sheet(
    database: Database, service: DocumentService, content_dir: Path, session_id: int
) -> None:
    saved = service.save_content_override(
        ADMIN, ContentKind.AFTERCARE, Modality.TOXIN, Lang.EN, _edited(service)
    )
    assert (saved.source, saved.version) == ("clinic", "2026-12-5")
    assert (content_dir / "aftercare" / "toxin.en.md").exists()
    issued = service.issue_aftercare(FRONT_DESK, session_id)
    assert "aftercare/toxin.en@2026-12-5+clinic" in issued.content_version
    assert "Zanzibarhoney" in normalise(all_text(issued.pdf or b""))
    assert "content.save" in _actions(database)


def test_invalid_wording_is_refused_with_its_line_and_nothing_is_written(
    service: DocumentService, content_dir: Path
) -> None:
    text = _edited(service).replace("## Don't", "## Never")
    with pytest.raises(ValidationError) as refused:
        service.save_content_override(ADMIN, ContentKind.AFTERCARE, Modality.TOXIN, Lang.EN, text)
    message = " ".join(refused.value.field_errors.values())
    assert "line " in message and "'## Never'" in message and "expected one of" in message
    assert not content_dir.exists() or not any(content_dir.rglob("*.md"))


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("[key=sun for=4 weeks]", "tag part"),
        ("[key=sun for=4y]", "duration '4y' is not valid"),
        ("[key=Sun]", "key 'Sun'"),
        ("[key=spf spf=5]", "spf '5'"),
        ("[key=sun only=ablative]", "no variants"),
        ("[key=sun colour=red]", "tag name 'colour' is not known"),
    ],
)
def test_a_malformed_timed_item_is_refused_and_nothing_is_written(
    service: DocumentService, content_dir: Path, tag: str, expected: str
) -> None:
    text = _edited(service).replace("## Don't\n", f"## Don't\n- {tag} Avoid the sun.\n")
    with pytest.raises(ValidationError) as refused:
        service.save_content_override(ADMIN, ContentKind.AFTERCARE, Modality.TOXIN, Lang.EN, text)
    message = " ".join(refused.value.field_errors.values())
    assert "toxin.en.md" in " ".join(refused.value.field_errors) and "line " in message
    assert expected in message
    assert not content_dir.exists() or not any(content_dir.rglob("*.md"))


def test_changed_wording_under_the_same_version_is_refused(service: DocumentService) -> None:
    with pytest.raises(ValidationError, match="expected a new version"):
        service.save_content_override(
            ADMIN,
            ContentKind.AFTERCARE,
            Modality.TOXIN,
            Lang.EN,
            _edited(service, version="2026-12-1"),
        )


def test_reverting_goes_back_to_the_bundled_text_and_keeps_the_clinics_copy(
    service: DocumentService, content_dir: Path
) -> None:
    service.save_content_override(
        ADMIN, ContentKind.AFTERCARE, Modality.TOXIN, Lang.EN, _edited(service)
    )
    reverted = service.revert_content(ADMIN, ContentKind.AFTERCARE, Modality.TOXIN, Lang.EN)
    assert reverted.source == "bundled"
    assert len(list((content_dir / ".reverted").rglob("toxin.en.md.*"))) == 1


def test_a_preview_renders_the_unsaved_text_and_writes_nothing(
    service: DocumentService, content_dir: Path
) -> None:
    pdf = service.preview_content(
        ADMIN, ContentKind.AFTERCARE, Modality.TOXIN, Lang.EN, _edited(service)
    )
    assert "Zanzibarhoney" in normalise(all_text(pdf))
    assert not content_dir.exists()
    listed = {f.name: f.source for f in service.content_files(ADMIN)}
    every = len(Lang) * (1 + 2 * len(Modality))  # common, then aftercare and consent per modality
    assert listed["aftercare/toxin.en"] == "bundled" and len(listed) == every == 26


def test_todays_row_prints_the_sheet_of_the_session_recorded_for_its_appointment(
    database: Database, service: DocumentService, clinic: Clinic
) -> None:
    _book(database, clinic.patient_id, 0)
    with database.sessions() as session:
        appointment_id = session.scalars(select(Appointment.id)).one()
    with pytest.raises(ValidationError, match="no session has been recorded"):
        service.issue_aftercare_for_appointment(FRONT_DESK, appointment_id)
    record, *_ = SessionService(database).record_session(
        PRACTITIONER, clinic.patient_id, combined_session(clinic), appointment_id=appointment_id
    )
    issued = service.issue_aftercare_for_appointment(FRONT_DESK, appointment_id)
    assert issued.session_id == record.id


def test_warming_up_parses_the_wording_the_service_itself_prints_with(
    database: Database, content_dir: Path
) -> None:
    """The app warms the service's own library while the user signs in (issue #16): the first
    sheet then reads the wording already parsed instead of parsing it again."""
    library = ContentLibrary()
    service = DocumentService(database, library=library, content_dir=content_dir)
    assert not library._cache  # nothing parsed yet
    service.warm_up()
    parsed = {entry.path for entry in library._cache.values()}  # shared with the service's own
    for modality in Modality:
        for lang in Lang:
            assert library.load(ContentKind.AFTERCARE, lang, modality).path in parsed


def test_the_issue_time_is_the_pdfs_creation_date_and_printed_on_every_page(
    database: Database, service: DocumentService, clinic: Clinic, session_id: int
) -> None:
    issued = service.issue_aftercare(FRONT_DESK, session_id)
    reader = PdfReader(io.BytesIO(issued.pdf or b""))
    local = to_muscat(issued.issued_at)
    assert reader.metadata["/CreationDate"] == local.strftime("D:%Y%m%d%H%M%S+04'00'")
    assert issued.issued_at.microsecond == 0
    for page in reader.pages:
        text = normalise(page.extract_text())
        assert f"File#{clinic.patient_id}" in text
        assert normalise(f"Issued {local.day}") in text


def test_a_changed_sheet_is_issued_anew_with_the_new_issue_time(
    database: Database, service: DocumentService, clinic: Clinic, session_id: int
) -> None:
    first = service.issue_aftercare(FRONT_DESK, session_id)
    _book(database, clinic.patient_id, 14)  # the sheet now names the next appointment
    second = service.issue_aftercare(FRONT_DESK, session_id)
    assert second.id != first.id and not second.reused
    assert service.issue_aftercare(FRONT_DESK, session_id).id == second.id
    assert count(database, IssuedDocument) == 2


def test_a_summary_from_the_command_line_names_the_administrator(
    database: Database, service: DocumentService, clinic: Clinic
) -> None:
    issued = service.issue_visit_summary(SYSTEM, clinic.patient_id)
    assert issued.issued_by_name == "administrator (command line)"
    assert normalise("administrator (command line)") in all_text(issued.pdf or b"")


def test_the_arabic_column_prints_the_practitioners_arabic_name_and_licence(
    database: Database, service: DocumentService, session_id: int
) -> None:
    accounts = AccountService(database)
    doctor = next(a for a in accounts.list_accounts(ADMIN) if a.id == PRACTITIONER.user_id)
    accounts.set_printed_names(
        ADMIN, doctor.username, "Dr Salma Al-Harthy", "د. سلمى الحارثية", "OM-1187"
    )
    pdf = service.issue_aftercare(FRONT_DESK, session_id).pdf or b""
    assert arabic_present("د. سلمى الحارثية", column_text(pdf, "ar"))
    assert normalise("Dr Salma Al-Harthy, licence no. OM-1187") in column_text(pdf, "en")
    assert "OM1187" in column_text(pdf, "ar").replace("-", "")

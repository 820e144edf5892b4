"""The patient's copy (PDPL right of access): one ZIP with the whole record, audited once."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select, update

from scardesk.db.engine import Database, open_database
from scardesk.db.models import AuditEvent, IssuedDocument, ModalityEntry
from scardesk.db.unit_of_work import SYSTEM
from scardesk.domain.errors import (
    NotFoundError,
    PermissionDeniedError,
    StorageRefusedError,
)
from scardesk.services.export_files import as_jpeg
from scardesk.services.patient_export import PatientExportService
from tests.documents.pdf_checks import (
    all_text,
    arabic_present,
    column_text,
    font_names,
    normalise,
)
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, audit_count
from tests.services import export_fixtures as fx


@pytest.fixture
def database(migrated_url: str) -> Iterator[Database]:
    opened = open_database(migrated_url)
    yield opened
    opened.dispose()


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    return tmp_path / "content"


@pytest.fixture
def record(database: Database, content_dir: Path) -> fx.FullRecord:
    return fx.full_record(database, content_dir)


@pytest.fixture
def service(database: Database, content_dir: Path) -> PatientExportService:
    return PatientExportService(database, content_dir=content_dir)


def _export(
    service: PatientExportService, record: fx.FullRecord, tmp_path: Path
) -> zipfile.ZipFile:
    out = tmp_path / "out" / "copy.zip"
    service.export(PRACTITIONER, record.patient_id, out)
    return zipfile.ZipFile(out)


def _json(archive: zipfile.ZipFile) -> dict:
    return json.loads(archive.read("record.json").decode("utf-8"))


def test_the_zip_holds_every_part_of_the_record(
    service: PatientExportService, record: fx.FullRecord, tmp_path: Path
) -> None:
    archive = _export(service, record, tmp_path)
    names = archive.namelist()
    assert {"README.txt", "record.pdf", "record.json"} <= set(names)
    photos = [n for n in names if n.startswith("photos/")]
    documents = [n for n in names if n.startswith("documents/")]
    assert len(photos) == 3 and all(n.endswith(".jpg") for n in photos)
    assert any("-voided" in n for n in photos)  # a voided photo is kept, and marked
    assert len(documents) == 2 and all(n.endswith(".pdf") for n in documents)
    signatures = [n for n in names if n.startswith("signatures/")]
    assert len(signatures) == 1 and archive.read(signatures[0]).startswith(b"\x89PNG")
    for name in photos:
        with Image.open(io.BytesIO(archive.read(name))) as image:
            assert image.format == "JPEG"
    readme = archive.read("README.txt").decode("utf-8")
    assert "record.json" in readme and "نسخة من سجل المريض" in readme


def test_issued_documents_are_the_very_bytes_that_were_issued(
    database: Database, service: PatientExportService, record: fx.FullRecord, tmp_path: Path
) -> None:
    archive = _export(service, record, tmp_path)
    data = _json(archive)
    with database.sessions() as session:
        stored = {row.id: row.sha256 for row in session.scalars(select(IssuedDocument))}
    listed = {d["id"]: d for d in data["documents"]}
    assert set(listed) == set(record.document_ids)
    for doc_id, digest in stored.items():
        pdf = archive.read(listed[doc_id]["file"])
        assert hashlib.sha256(pdf).hexdigest() == digest == listed[doc_id]["sha256"]


def test_the_json_holds_the_whole_record_in_documented_keys(
    service: PatientExportService, record: fx.FullRecord, tmp_path: Path
) -> None:
    data = _json(_export(service, record, tmp_path))
    assert (data["format"], data["version"]) == ("scardesk-patient-export", 1)
    patient = data["patient"]
    assert (patient["id"], patient["name_latin"], patient["name_arabic"]) == (
        record.patient_id,
        fx.LATIN,
        fx.ARABIC,
    )
    assert patient["date_of_birth"] == "1990-03-05" and patient["phone"] == "+96891234567"
    assert patient["identity_document"] == {
        "type": "omani_id",
        "number": "12345678",
        "expiry": None,
    }
    allergy = [h for h in data["medical_history"] if h["fact"] == "other_allergies"]
    assert allergy[-1]["detail"] == fx.ALLERGY_DETAIL and allergy[-1]["answer"] == "yes"
    assert [a["current"] for a in allergy] == [False, True]  # the older "no" was replaced
    assert any(h["void_reason"] == "asked the wrong question" for h in data["medical_history"])
    [withdrawn] = [c for c in data["consents"] if c["id"] == record.withdrawn_consent_id]
    assert withdrawn["withdrawal_reason"] == "changed her mind" and withdrawn["withdrawn_at"]
    assert withdrawn["signature_file"] == f"signatures/consent-{withdrawn['id']}.png"
    [assessment] = data["assessments"]
    assert (assessment["goodman_baron_score"], assessment["ecca_score"]) == (23, 55)
    [session] = data["sessions"]
    toxin, needling = session["modalities"]
    assert (toxin["modality"], toxin["lot_number"], toxin["total_units"]) == ("toxin", fx.LOT, 20)
    assert [p["units"] for p in toxin["points"]] == [2.0] * 10
    assert needling["device"] == "Dermapen 4" and needling["needle_depth_mm"] == 1.5
    assert session["signed_at"] and session["post_notes"] == "احمرار خفيف في اليوم التالي"
    [amendment] = session["amendments"]
    assert amendment["reason"] == "patient called" and amendment["changed"] == ["post_notes"]
    assert amendment["before"]["post_notes"] == "Skin calm."
    assert data["plans"][0]["goals"] == fx.PLAN_GOALS
    assert [p["voided_at"] is not None for p in data["photos"]] == [False, False, True]
    assert "T" in session["performed_at"] and session["performed_at"].endswith("+00:00")


def test_the_json_round_trips_and_names_the_files_it_sits_beside(
    service: PatientExportService, record: fx.FullRecord, tmp_path: Path
) -> None:
    archive = _export(service, record, tmp_path)
    raw = archive.read("record.json")
    data = json.loads(raw)
    assert json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8") + b"\n" == raw
    named = {p["file"] for p in data["photos"]} | {d["file"] for d in data["documents"]}
    named |= {c["signature_file"] for c in data["consents"] if c["signature_file"]}
    files = {n for n in archive.namelist() if n.startswith(("photos/", "documents/", "signat"))}
    assert named == files


def test_the_pdf_shows_the_record_with_the_arabic_name(
    service: PatientExportService, record: fx.FullRecord, tmp_path: Path
) -> None:
    pdf = _export(service, record, tmp_path).read("record.pdf")
    text = all_text(pdf)
    for expected in (
        fx.LATIN,
        "Dermapen4",
        f"lot{fx.LOT}",
        "total20U",
        "G&B23/84",
        "ECCA55/540",
        "WITHDRAWN",
        "changedhermind",
        "AMENDED",
        "patientcalled",
        "VOIDED",
        "12345678",
        "+96891234567",
    ):
        assert expected.replace(" ", "") in text, expected
    assert arabic_present(fx.ARABIC, column_text(pdf, "ar"))
    assert arabic_present("نسخة المريض من سجله الطبي", column_text(pdf, "ar"))
    assert arabic_present(fx.ALLERGY_DETAIL, text)
    fonts = font_names(pdf)
    assert fonts and all("+" in name for name in fonts)  # every font an embedded subset
    assert {name.split("+", 1)[1] for name in fonts} >= {"NotoSans-Regular", "NotoNaskhArabic-Bold"}


def test_every_page_of_the_record_copy_names_the_patient(
    service: PatientExportService, record: fx.FullRecord, tmp_path: Path
) -> None:
    """Name, file number, date of birth and page x of y at the foot of every page."""
    pdf = _export(service, record, tmp_path).read("record.pdf")
    pages = [normalise(p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages]
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert normalise(f"{fx.LATIN} · File #{record.patient_id}") in text
        assert normalise("Born") in text
        assert normalise(f"Page {number} of {len(pages)}") in text


def test_the_export_is_one_audited_event_with_the_patient_id(
    database: Database, service: PatientExportService, record: fx.FullRecord, tmp_path: Path
) -> None:
    before = audit_count(database)
    out = tmp_path / "copy.zip"
    result = service.export(PRACTITIONER, record.patient_id, out)
    assert audit_count(database) == before + 1
    with database.sessions() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    assert (event.action, event.entity, event.entity_id) == (
        "patient.export",
        "patients",
        record.patient_id,
    )
    assert event.user_id == PRACTITIONER.user_id
    assert event.after["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest() == result.sha256
    assert fx.LATIN not in json.dumps(event.after) and fx.ARABIC not in json.dumps(event.after)


def test_the_log_names_the_patient_by_id_only(
    service: PatientExportService,
    record: fx.FullRecord,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.DEBUG, logger="scardesk"):
        service.export(PRACTITIONER, record.patient_id, tmp_path / "copy.zip")
    assert f"patient {record.patient_id} exported" in caplog.text
    for secret in (fx.LATIN, fx.ARABIC, "12345678", "91234567"):
        assert secret not in caplog.text


@pytest.mark.parametrize("actor", [FRONT_DESK, ADMIN], ids=["front_desk", "admin"])
def test_roles_that_may_not_read_clinical_records_are_refused(
    database: Database, service: PatientExportService, record: fx.FullRecord, tmp_path, actor
) -> None:
    before = audit_count(database)
    out = tmp_path / "copy.zip"
    with pytest.raises(PermissionDeniedError):
        service.export(actor, record.patient_id, out)
    assert not out.exists() and not list(tmp_path.glob(".copy.zip.*"))
    assert audit_count(database) == before


def test_an_unknown_patient_is_not_found_and_writes_nothing(
    database: Database, service: PatientExportService, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    with pytest.raises(NotFoundError, match="patient 999 does not exist"):
        service.export(SYSTEM, 999, folder / "copy.zip")
    assert not folder.exists()


def test_an_existing_file_is_kept_unless_replacing_is_allowed(
    service: PatientExportService, record: fx.FullRecord, tmp_path: Path
) -> None:
    out = tmp_path / "copy.zip"
    out.write_bytes(b"keep me")
    with pytest.raises(StorageRefusedError, match="already exists"):
        service.export(PRACTITIONER, record.patient_id, out)
    assert out.read_bytes() == b"keep me"
    service.export(PRACTITIONER, record.patient_id, out, overwrite=True)
    assert zipfile.is_zipfile(out)


def test_a_failed_export_leaves_no_half_zip_and_no_audit_event(
    database: Database,
    service: PatientExportService,
    record: fx.FullRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The disk fills up while the photos are written (an OSError from the third file on)."""
    written: list[str] = []
    real_writestr = zipfile.ZipFile.writestr

    def filling_disk(self: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes) -> None:
        if len(written) == 3:
            raise OSError(28, "No space left on device")
        written.append(info.filename)
        real_writestr(self, info, data)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", filling_disk)
    before = audit_count(database)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(StorageRefusedError, match="No space left on device"):
        service.export(PRACTITIONER, record.patient_id, folder / "copy.zip")
    assert list(folder.iterdir()) == []
    assert audit_count(database) == before


def test_an_unreadable_record_appears_as_unreadable_never_dropped(
    database: Database, service: PatientExportService, record: fx.FullRecord, tmp_path: Path
) -> None:
    with database.engine.begin() as connection:
        entry_id = connection.execute(
            select(ModalityEntry.id).where(ModalityEntry.session_id == record.session_id).limit(1)
        ).scalar_one()
        connection.execute(
            update(ModalityEntry)
            .where(ModalityEntry.id == entry_id)
            .values(parameters={"energy_mj": 5})
        )
    out = tmp_path / "copy.zip"
    result = service.export(PRACTITIONER, record.patient_id, out)
    archive = zipfile.ZipFile(out)
    [session] = _json(archive)["sessions"]
    assert session["unreadable"] is True
    assert (session["table"], session["id"]) == ("treatment_sessions", record.session_id)
    assert session["part"] == f"modality_entries #{entry_id}"
    assert result.unreadable == 1
    text = all_text(archive.read("record.pdf"))
    assert f"Cannotberead:treatment_sessions#{record.session_id}" in text
    assert "1storedrecordcouldnotbereadbythisversionofScarDesk" in text


def test_a_photo_stored_in_another_format_is_exported_as_jpeg() -> None:
    out = io.BytesIO()
    Image.new("RGBA", (20, 10), (10, 200, 30, 128)).save(out, "PNG")
    converted = as_jpeg(out.getvalue(), "image/png")
    with Image.open(io.BytesIO(converted)) as image:
        assert image.format == "JPEG" and image.size == (20, 10)
    jpeg = fx.picture(0)
    assert as_jpeg(jpeg, "image/jpeg") is jpeg  # a stored JPEG is handed over unchanged

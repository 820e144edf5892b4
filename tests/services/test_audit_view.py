"""The audit viewer service: each filter, keyset paging under new writes, access, exports."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from scardesk.db.engine import Database
from scardesk.db.models import User
from scardesk.domain.audit_labels import ActionGroup
from scardesk.domain.audit_sentences import render
from scardesk.domain.audit_view import AuditFilters
from scardesk.domain.errors import (
    AuthenticationError,
    PermissionDeniedError,
    ScarDeskError,
    StorageRefusedError,
)
from scardesk.services.container import Services, build_services
from tests.helpers import ADMIN, FRONT_DESK, PRACTITIONER, STAFF_PASSWORD, aisha


@pytest.fixture
def services(database: Database) -> Services:
    return build_services(database)


def _clinic(services: Services) -> tuple[int, int]:
    """Two patients; the first edited by the practitioner and opened by the desk; sign-ins."""
    first, _ = services.patients.register(FRONT_DESK, aisha())
    second, _ = services.patients.register(
        FRONT_DESK, aisha(civil_number="87654321", phone="9555 1234", name_arabic="مريم")
    )
    services.patients.update(
        PRACTITIONER, first.id, first.version, aisha(phone="7123 4567", name_arabic="عائشة سالم")
    )
    services.patient_header.open(FRONT_DESK, first.id)
    services.users.authenticate("dr.salma", STAFF_PASSWORD)
    with pytest.raises(AuthenticationError):
        services.users.authenticate("dr.salma", "not the password")
    return first.id, second.id


def _sentences(services: Services, filters: AuditFilters) -> list[str]:
    return [render(e.sentence) for e in services.audit.page(ADMIN, filters).entries]


def test_each_filter_keeps_only_its_events(services: Services) -> None:
    first, second = _clinic(services)
    by_patient = services.audit.page(ADMIN, AuditFilters(patient_id=first)).entries
    assert {e.patient_id for e in by_patient} == {first}
    assert [e.action for e in by_patient] == [
        "read.patient.open",
        "patient.edit",
        "patient.register",
    ]
    assert render(by_patient[1].sentence) == (
        "Dr.Salma changed the details of patient 1: Arabic name from عائشة البلوشي to "
        "عائشة سالم; phone from +968 9123 4567 to +968 7123 4567"
    )
    assert by_patient[0].user_name == "Desk" and by_patient[0].role == "front_desk"

    by_user = services.audit.page(ADMIN, AuditFilters(user_id=3)).entries
    assert [e.action for e in by_user] == ["user.sign_in", "patient.edit"]

    assert _sentences(services, AuditFilters(group=ActionGroup.SIGN_INS)) == [
        "Someone failed to sign in",
        "Dr.Salma signed in",
    ]
    exact = services.audit.page(ADMIN, AuditFilters(action="patient.register")).entries
    assert [e.patient_id for e in exact] == [second, first]
    both = AuditFilters(patient_id=first, user_id=2, group=ActionGroup.READS)
    assert _sentences(services, both) == ["Desk opened patient 1"]


def test_the_date_filter_takes_whole_muscat_days(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    moments = iter(
        [
            datetime(2026, 3, 9, 19, 59, tzinfo=UTC),  # 23:59 on the 9th in Muscat
            datetime(2026, 3, 9, 20, 0, tzinfo=UTC),  # 00:00 on the 10th
            datetime(2026, 3, 12, 8, 0, tzinfo=UTC),
        ]
    )
    with monkeypatch.context() as patched:
        patched.setattr("scardesk.db.unit_of_work.utc_now", lambda: next(moments))
        for n in range(3):
            services.patients.register(FRONT_DESK, aisha(civil_number=f"1111111{n}"))
    day = datetime(2026, 3, 10).date()

    def ids(filters: AuditFilters) -> list[int | None]:
        entries = services.audit.page(ADMIN, filters).entries
        return [e.patient_id for e in entries if e.action == "patient.register"]

    assert ids(AuditFilters(since=day, until=day)) == [2]
    assert ids(AuditFilters(since=day)) == [3, 2]
    assert ids(AuditFilters(until=day)) == [2, 1]
    assert ids(AuditFilters(since=day + timedelta(days=3))) == []


def test_pages_have_no_gaps_or_repeats_while_new_events_arrive(services: Services) -> None:
    for n in range(12):
        services.patients.register(FRONT_DESK, aisha(civil_number=f"2{n:07d}"))
    registered = AuditFilters(action="patient.register")
    page = services.audit.page(ADMIN, registered, limit=5)
    seen = [e.id for e in page.entries]
    expected = seen[0]
    while page.has_more:
        # Someone registers a patient between two pages: it is newer, so it is never shown here.
        services.patients.register(FRONT_DESK, aisha(civil_number=f"3{len(seen):07d}"))
        page = services.audit.page(ADMIN, registered, before_id=page.last_id, limit=5)
        seen += [e.id for e in page.entries]
    assert len(seen) == 12 == len(set(seen))
    assert seen == sorted(seen, reverse=True) and seen[0] == expected


def test_only_admins_and_privacy_officers_read_the_log(
    services: Services, database: Database
) -> None:
    for actor in (FRONT_DESK, PRACTITIONER):
        for call in (
            lambda a=actor: services.audit.page(a),
            lambda a=actor: services.audit.users(a),
            lambda a=actor: services.audit.export_csv(a),
            lambda a=actor: services.audit.export_pdf(a),
        ):
            with pytest.raises(PermissionDeniedError):
                call()
    with database.engine.begin() as connection:
        connection.execute(update(User).where(User.id == 2).values(privacy_officer=True))
    assert services.audit.page(FRONT_DESK).entries


def test_clinical_values_show_only_to_a_viewer_who_may_read_clinical_records(
    services: Services, database: Database
) -> None:
    from scardesk.db.unit_of_work import UnitOfWork

    first, _ = _clinic(services)
    with UnitOfWork(database, PRACTITIONER, "session.edit") as uow:
        uow.note(
            "treatment_sessions",
            9,
            before={"post_notes": "redness"},
            after={"post_notes": "mild redness"},
            patient_id=first,
        )
    edited = AuditFilters(action="session.edit")
    assert _sentences(services, edited) == ["Dr.Salma changed the notes of a session of patient 1"]
    with database.engine.begin() as connection:
        connection.execute(update(User).where(User.id == 3).values(privacy_officer=True))
    shown = [render(e.sentence) for e in services.audit.page(PRACTITIONER, edited).entries]
    assert shown == [
        "Dr.Salma changed the notes of a session of patient 1 from redness to mild redness"
    ]


def test_viewing_and_exporting_are_audited(services: Services) -> None:
    first, _ = _clinic(services)
    page = services.audit.page(ADMIN, AuditFilters(patient_id=first), limit=1)
    services.audit.page(ADMIN, AuditFilters(patient_id=first), before_id=page.last_id)
    views = services.audit.page(ADMIN, AuditFilters(action="audit.view")).entries
    # The first page of each filter is audited (later pages are not), after its rows are read:
    # this page does not list its own view yet.
    assert [e.patient_id for e in views] == [first]
    assert render(views[0].sentence) == "Admin viewed the audit trail of patient 1"
    services.audit.export_csv(ADMIN, AuditFilters(patient_id=first))
    exported = services.audit.page(ADMIN, AuditFilters(action="audit.export")).entries
    assert [render(e.sentence) for e in exported] == ["Admin exported the audit trail of patient 1"]


def test_the_csv_has_a_bom_and_arabic_intact(services: Services, database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(update(User).where(User.id == 3).values(display_name="سلمى الحارثي"))
    first, _ = _clinic(services)
    done = services.audit.export_csv(ADMIN, AuditFilters(patient_id=first))
    assert done.data.startswith(b"\xef\xbb\xbf") and not done.truncated
    rows = list(csv.reader(io.StringIO(done.data.decode("utf-8-sig"))))
    assert rows[0] == ["Time (Muscat)", "Who", "Role", "What happened", "Patient", "Action"]
    edit = next(row for row in rows if row[5] == "patient.edit")
    assert edit[1:3] == ["سلمى الحارثي", "Practitioner"]
    assert edit[3].startswith("سلمى الحارثي changed the details of patient 1: Arabic name from")
    assert "عائشة سالم" in edit[3] and edit[4] == str(first)
    assert done.rows == len(rows) - 1


def test_the_csv_disarms_formulas_and_translates_its_words(
    services: Services, database: Database
) -> None:
    with database.engine.begin() as connection:
        connection.execute(update(User).where(User.id == 2).values(display_name="=HYPERLINK()"))
    first, _ = _clinic(services)
    done = services.audit.export_csv(
        ADMIN, AuditFilters(patient_id=first), lambda text: text.replace("Who", "من")
    )
    rows = list(csv.reader(io.StringIO(done.data.decode("utf-8-sig"))))
    assert rows[0][1] == "من"
    assert rows[1][1] == "'=HYPERLINK()"


def test_the_pdf_renders_with_embedded_fonts(services: Services) -> None:
    first, _ = _clinic(services)
    done = services.audit.export_pdf(ADMIN, AuditFilters(patient_id=first))
    assert done.data.startswith(b"%PDF") and done.rows == 3
    assert b"/FontFile2" in done.data and b"Helvetica" not in done.data


def test_a_report_about_one_patient_names_them_on_every_page(services: Services) -> None:
    """Filtered to one patient, every page's foot carries name, file number, date of birth
    and page x of y; a report about the whole clinic names no patient."""
    import io

    from pypdf import PdfReader

    from tests.documents.pdf_checks import normalise

    first, _ = _clinic(services)
    for _ in range(60):  # enough events for a second page
        services.patient_header.open(FRONT_DESK, first)
    done = services.audit.export_pdf(ADMIN, AuditFilters(patient_id=first))
    pages = [normalise(p.extract_text()) for p in PdfReader(io.BytesIO(done.data)).pages]
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert normalise(f"Aisha Al Balushi · File #{first} · Born 5 March 1990") in text
        assert normalise(f"Page {number} of {len(pages)}") in text
    whole = services.audit.export_pdf(ADMIN, AuditFilters())
    assert "AishaAlBalushi·File#" not in normalise(
        PdfReader(io.BytesIO(whole.data)).pages[0].extract_text()
    )


def test_an_export_written_to_a_file_is_audited_with_it(services: Services, tmp_path: Path) -> None:
    """The file is written in the export's transaction: a file that cannot be written leaves
    no "exported" event, and the refusal is coded (said in the user's language on screen)."""
    first, _ = _clinic(services)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "trail.csv"
    done = services.audit.export_csv(ADMIN, AuditFilters(patient_id=first), to=target)
    assert target.read_bytes() == done.data
    blocked = folder / "a-file" / "trail.pdf"  # its folder is a file: nothing can be written
    (folder / "a-file").write_text("not a folder")
    with pytest.raises(ScarDeskError) as caught:
        services.audit.export_pdf(ADMIN, AuditFilters(patient_id=first), to=blocked)
    assert caught.value.message.code == "export.cannot_write_file"
    assert caught.value.message.params["name"] == "trail.pdf"
    assert not isinstance(caught.value, StorageRefusedError)  # the database is fine
    exported = services.audit.page(ADMIN, AuditFilters(action="audit.export")).entries
    assert len(exported) == 1  # the CSV's; the PDF that was not written is not recorded
    assert sorted(path.name for path in folder.iterdir()) == ["a-file", "trail.csv"]

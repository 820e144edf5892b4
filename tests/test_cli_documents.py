"""``scardesk aftercare | consent | summary``: valid PDFs written, and issued like the UI's."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from scardesk.cli import main
from scardesk.db.engine import open_database
from scardesk.db.models import AuditEvent, IssuedDocument
from tests.cli_fixtures import clinic_folder, one_session
from tests.documents.pdf_checks import all_text, normalise, page_count


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A clinic with one recorded toxin + microneedling session (patient 1, session 1)."""
    return clinic_folder(tmp_path, one_session("Maryam Al Harthy"))


@pytest.mark.parametrize("command", ["aftercare", "consent", "summary"])
def test_each_document_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    assert "-o FILE" in capsys.readouterr().out


@pytest.mark.parametrize(
    "words",
    [["aftercare", "1"], ["consent", "1", "--modality", "toxin"], ["summary", "1"]],
    ids=lambda w: w[0],
)
def test_a_document_command_writes_a_pdf_with_the_patients_name(
    words: list[str], data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "doc.pdf"
    assert main([*words, "-o", str(out), "--data-dir", str(data_dir)]) == 0
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF") and page_count(pdf) >= 1
    assert "MaryamAlHarthy" in normalise(all_text(pdf))


def test_the_command_line_stores_and_audits_what_it_wrote(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    assert main(["aftercare", "1", "-o", str(out), "--data-dir", str(data_dir)]) == 0
    database = open_database(f"sqlite:///{data_dir / 'clinic.sqlite3'}")
    try:
        with database.sessions() as session:
            stored = session.scalars(select(IssuedDocument)).one()
            actions = list(session.scalars(select(AuditEvent.action)))
    finally:
        database.dispose()
    assert stored.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert stored.issued_by_id is None  # the command line acts as SYSTEM
    assert "document.issue" in actions


def test_an_unknown_session_fails_with_a_message_and_writes_nothing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "none.pdf"
    assert main(["aftercare", "99", "-o", str(out), "--data-dir", str(data_dir)]) != 0
    assert "session 99 does not exist" in capsys.readouterr().err
    assert not out.exists()


def test_aftercare_prints_in_the_language_and_size_chosen(data_dir: Path, tmp_path: Path) -> None:
    """``--language ar|en|both`` and ``--large-print``: each choice is its own stored sheet,
    named as given ("Microneedling, 1.5 mm") and with the next visit to call for."""
    texts = {}
    for words in (["--language", "en"], ["--language", "ar"], ["--large-print"]):
        out = tmp_path / f"sheet{len(texts)}.pdf"
        assert main(["aftercare", "1", *words, "-o", str(out), "--data-dir", str(data_dir)]) == 0
        texts[" ".join(words)] = normalise(all_text(out.read_bytes()))
    english, arabic, large = texts.values()
    assert "Microneedling,1.5mm" in english and "Microneedling,1.5mm" in large
    assert "pleasecalltobook" in english and "Toxinreview:around" in english
    assert "Microneedling" not in arabic and "Whatwasdonetoday" not in arabic
    assert len(set(texts.values())) == 3


def test_an_unknown_language_is_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["aftercare", "1", "--language", "fr", "-o", str(tmp_path / "x.pdf")])
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_aftercare_prints_the_hijri_date_when_asked(data_dir: Path, tmp_path: Path) -> None:
    plain, hijri = tmp_path / "plain.pdf", tmp_path / "hijri.pdf"
    assert main(["aftercare", "1", "-o", str(plain), "--data-dir", str(data_dir)]) == 0
    assert main(["aftercare", "1", "--hijri", "-o", str(hijri), "--data-dir", str(data_dir)]) == 0
    assert "AH)" not in all_text(plain.read_bytes())
    assert "AH)" in all_text(hijri.read_bytes())


@pytest.mark.parametrize(
    "words", [["consent", "1", "--modality", "toxin"], ["summary", "1"]], ids=lambda w: w[0]
)
def test_consent_and_summary_print_the_hijri_date_when_asked(
    words: list[str], data_dir: Path, tmp_path: Path
) -> None:
    """``--hijri`` on the consent form and the visit summary, as on the aftercare sheet."""
    plain, hijri = tmp_path / "plain.pdf", tmp_path / "hijri.pdf"
    assert main([*words, "-o", str(plain), "--data-dir", str(data_dir)]) == 0
    assert main([*words, "--hijri", "-o", str(hijri), "--data-dir", str(data_dir)]) == 0
    assert "AH)" not in all_text(plain.read_bytes())
    assert "AH)" in all_text(hijri.read_bytes())

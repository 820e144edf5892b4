"""What "Check the database" finds reads in the user's language (issue 12): a tampered audit
chain, a stored record this version cannot read and a foreign key pointing nowhere, each made by
hand in SQL on a demo clinic, come back from the check as coded findings that Admin ›
Maintenance words in Arabic (from the real ``scardesk_ar.qm``) and ``scardesk db check`` in
English. Only data stays in Latin letters: table and column names, row ids, trigger names.

What SQLite itself says about a damaged file cannot be translated: it is the finding's technical
detail, after an Arabic lead-in, on a line of its own, kept left to right.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from scardesk import cli_commands
from scardesk.db.engine import Database, open_database
from scardesk.db.integrity import IntegrityReport, check_database, check_sqlite_file
from scardesk.db.models import ModalityEntry
from scardesk.demo import generate_demo
from scardesk.demo.pools import STAFF_ADMIN
from scardesk.domain.message_catalogue import english
from scardesk.domain.messages import Message
from scardesk.domain.numerals import LRI, PDI
from scardesk.services.container import Services, build_services
from scardesk.services.session import SignedIn
from scardesk.ui.admin import AdminScreen
from scardesk.ui.main_window import MainWindow
from scardesk.ui.messages import message_text
from tests.ui.test_language_walk import latin_leftovers

NOW = datetime(2025, 3, 10, 8, 30, tzinfo=UTC)
#: A left-to-right isolate: what the screens wrap data in (tables, ids, commands, SQLite's words).
ISOLATED = re.compile(f"{LRI}[^{PDI}]*{PDI}")


def _demo_file(folder: Path) -> Path:
    path = folder / "clinic.sqlite3"
    database = open_database(f"sqlite:///{path}")
    try:
        generate_demo(database, 12, seed=3, now=NOW)
    finally:
        database.dispose()
    return path


def _microneedling_entry(path: Path) -> int:
    database = open_database(f"sqlite:///{path}")
    try:
        with database.sessions() as session:
            found = session.scalar(
                select(ModalityEntry.id)
                .where(ModalityEntry.modality == "microneedling")
                .order_by(ModalityEntry.id)
                .limit(1)
            )
    finally:
        database.dispose()
    assert found is not None, "the demo clinic has no microneedling entry"
    return found


def _damage(path: Path) -> int:
    """The three kinds of damage, by hand: returns the broken microneedling entry's id."""
    entry = _microneedling_entry(path)
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute(
            "UPDATE modality_entries SET parameters = "
            "json_set(parameters, '$.needle_depth_mm', 'deep') WHERE id = ?",
            (entry,),
        )
        connection.execute(
            "INSERT INTO region_scar_counts (assessment_id, region, scar_type, count) "
            "VALUES (9999, 'left_cheek', 'boxcar', 3)"
        )
        connection.execute("DROP TRIGGER audit_events_no_update")
        connection.execute(
            "UPDATE audit_events SET after = json_set(after, '$.name_latin', 'X') WHERE id = 7"
        )
        connection.commit()
    finally:
        connection.close()
    return entry


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, int]:
    path = _demo_file(tmp_path)
    return path, _damage(path)


def _report(path: Path) -> IntegrityReport:
    database = open_database(f"sqlite:///{path}")
    try:
        return check_database(database)
    finally:
        database.dispose()


def _finding(report: IntegrityReport, english_start: str) -> Message:
    found = [f for f in report.findings if english(f).startswith(english_start)]
    assert len(found) == 1, report.describe()
    return found[0]


def _arabic_only(text: str) -> None:
    """Arabic, but for the data it names, each kept apart as one left-to-right run."""
    assert any("\u0600" <= ch <= "\u06ff" for ch in text), text
    assert latin_leftovers([("finding", ISOLATED.sub(" ", text))], set()) == []


def test_each_kind_of_damage_is_found_and_said_in_english(
    damaged: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path, entry = damaged
    report = _report(path)
    assert english(_finding(report, f"modality_entries #{entry} ")) == (
        f"modality_entries #{entry} cannot be read by this version of ScarDesk (expected a "
        "number, found text)."
    )
    assert english(_finding(report, "region_scar_counts:")) == (
        "region_scar_counts: 1 row refers to assessments rows that do not exist (a broken "
        "foreign key)."
    )
    assert english(_finding(report, "The audit trail has been tampered with: [edited event]")) == (
        "The audit trail has been tampered with: [edited event] Audit event 7 was changed after "
        "it was written (its content no longer matches its hash)."
    )
    # The command line prints the same English, one finding a line.
    assert cli_commands.db_check(f"sqlite:///{path}") == cli_commands.EXIT_FAILED
    printed = capsys.readouterr().err
    assert f"  - modality_entries #{entry} cannot be read" in printed
    assert "  - region_scar_counts: 1 row refers to assessments" in printed


def test_each_kind_of_damage_reads_in_arabic(damaged: tuple[Path, int], arabic: None) -> None:
    path, entry = damaged
    report = _report(path)
    shown = {english(finding): message_text(finding) for finding in report.findings}
    # Every finding, not just the three made on purpose (the SQL edits also left rows that
    # differ from their audit trail, unaudited rows and a dropped trigger).
    assert len(shown) >= 5
    for text in shown.values():
        _arabic_only(text)
    record = message_text(_finding(report, f"modality_entries #{entry} "))
    assert record == (
        f"لا يستطيع هذا الإصدار من ScarDesk قراءة السجل {LRI}modality_entries #{entry}{PDI} "
        "(المتوقع رقم، والموجود نص)."
    )
    orphan = message_text(_finding(report, "region_scar_counts:"))
    assert orphan.startswith(f"{LRI}region_scar_counts{PDI}: صف واحد يشير إلى صفوف غير موجودة")
    tampered = message_text(
        _finding(report, "The audit trail has been tampered with: [edited event]")
    )
    assert tampered == (
        "جرى العبث بسجل التدقيق: [حدث معدَّل] تغيّر حدث التدقيق 7 بعد كتابته (لم يعد محتواه "
        "يطابق قيمة التجزئة الخاصة به)."
    )


def test_a_count_takes_its_arabic_plural_form(arabic: None) -> None:
    rows = {
        n: message_text(Message("integrity.foreign_key", {"n": n, "table": "t", "parent": "p"}))
        for n in (1, 2, 3, 11)
    }
    assert rows[1].startswith("t: صف واحد يشير")
    assert rows[2].startswith("t: صفان يشيران")
    assert rows[3].startswith("t: 3 صفوف تشير")
    assert rows[11].startswith("t: 11 صفًا يشير")


def test_a_toxin_entry_out_of_step_with_its_session_reads_in_arabic(arabic: None) -> None:
    """The copy check's finding (revisions 0013-0014): the table and ids stay apart as data."""
    from scardesk.domain.messages import Verbatim

    def shown(n: int) -> str:
        params = {"n": n, "table": Verbatim("toxin_entries"), "ids": Verbatim("12, 40")}
        return message_text(Message("integrity.session_copy", params))

    assert shown(2) == (
        f"{LRI}toxin_entries{PDI}: بندا توكسين يختلفان عن جلستيهما في الوقت أو الرقم أو المريض "
        "أو الطبيب المعالج أو الإلغاء (تغيير خارج ScarDesk)؛ ويُدرج استدعاء التشغيلة مثل هذه "
        f"البنود على نحو خاطئ: المعرّفات {LRI}12, 40{PDI}."
    )
    assert shown(3).startswith(f"{LRI}toxin_entries{PDI}: 3 بنود توكسين تختلف")
    for n in (1, 2, 3, 11, 100):
        _arabic_only(shown(n))


def test_what_sqlite_says_stands_apart_after_an_arabic_lead_in(
    tmp_path: Path, qapp, arabic: None
) -> None:
    path = _demo_file(tmp_path)
    with path.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xde\xad\xbe\xef" * 1024)
    report = check_sqlite_file(path)
    first = report.findings[0]
    assert first.technical  # SQLite's own words about the damage
    sentence, lead, technical = message_text(first).split("\n")
    _arabic_only(sentence)
    assert "scardesk restore FILE" in sentence and "SQLite" in sentence
    assert lead == "التفاصيل الفنية (كما وردت، دون ترجمة):"
    assert technical == f"{LRI}{first.technical}{PDI}"
    # In English the same three lines, without isolates.
    sentence, lead, technical = english(first).split("\n")
    assert lead == "Technical detail (as reported, untranslated):"
    assert technical == first.technical and "\u2066" not in english(first)


def test_a_backup_refused_for_its_findings_lists_them_in_arabic(
    damaged: tuple[Path, int], tmp_path: Path, arabic: None
) -> None:
    """The restore check's refusal carries the findings as a message, not English text."""
    from scardesk.db.backup import restore_sqlite
    from scardesk.domain.errors import StorageRefusedError
    from scardesk.ui.errors import describe_error

    path, _ = damaged
    copy = tmp_path / "restore-me.sqlite3"
    shutil.copy(path, copy)
    target = tmp_path / "target"
    target.mkdir()
    live = _demo_file(target)
    database = open_database(f"sqlite:///{live}")
    database.dispose()
    with pytest.raises(StorageRefusedError) as caught:
        restore_sqlite(f"sqlite:///{live}", copy)
    text = describe_error(caught.value).text
    assert "لم تُستعد" in text or "لم يتغير" in text or "لم يُستعد" in text, text
    lines = [line for line in text.splitlines() if line.startswith("- ")]
    assert len(lines) >= 3, text
    for line in lines:
        _arabic_only(line)


# --- the Admin screen ---------------------------------------------------------------------


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    """A demo clinic (its admin signs in), damaged as above."""
    path = _demo_file(tmp_path)
    _damage(path)
    database: Database = open_database(f"sqlite:///{path}")
    yield build_services(database)
    database.dispose()


def test_admin_maintenance_shows_the_findings_in_arabic(
    qtbot: QtBot,
    services: Services,
    open_window: Callable[[SignedIn], MainWindow],
    arabic: None,
) -> None:
    username, password, _ = STAFF_ADMIN
    window = open_window(SignedIn(services.users.authenticate(username, password)))
    assert window.show_screen("admin")
    screen = window.pages["admin"]
    assert isinstance(screen, AdminScreen)
    qtbot.mouseClick(screen.maintenance.check_button, Qt.MouseButton.LeftButton)
    lines = screen.maintenance.result.toPlainText().splitlines()
    bullets = [line for line in lines if line.startswith("• ")]
    assert len(bullets) >= 5, lines
    for line in lines:
        _arabic_only(line)


@pytest.mark.parametrize(
    ("code", "params"),
    [
        ("storage.unreachable", {"url": "postgresql://clinic-server/scardesk"}),
        ("storage.damaged", {"path": "/clinic/clinic.sqlite3", "command": "scardesk restore FILE"}),
        ("export.cannot_write_file", {"name": "recall.xlsx"}),
    ],
)
def test_a_refusal_keeps_the_drivers_words_out_of_its_arabic_sentence(
    code: str, params: dict[str, object], arabic: None
) -> None:
    """The same one rule for every refusal that carries a driver's or the system's words."""
    refusal = Message(code, params, "connection refused: is the server running?")
    sentence, lead, technical = message_text(refusal).split("\n")
    assert "connection" not in sentence
    assert any("\u0600" <= ch <= "\u06ff" for ch in sentence)
    assert lead == "التفاصيل الفنية (كما وردت، دون ترجمة):"
    assert technical == f"{LRI}connection refused: is the server running?{PDI}"
    assert english(refusal).endswith(
        "\nTechnical detail (as reported, untranslated):\n"
        "connection refused: is the server running?"
    )


def test_a_record_that_cannot_be_opened_says_why_in_arabic_when_scardesk_worded_it(
    arabic: None,
) -> None:
    from scardesk.db.decoding import reading
    from scardesk.domain.codecs import decode_entry
    from scardesk.domain.errors import UnreadableRecordError
    from scardesk.ui.messages import error_text

    with pytest.raises(UnreadableRecordError) as caught, reading("modality_entries", 4):
        decode_entry("microneedling", ["forehead"], {"needle_depth_mm": "deep"})
    shown = error_text(caught.value)
    # The first thing the codec meets is the missing device: a coded reason, said in Arabic.
    assert shown == f"تعذّرت قراءة {LRI}modality_entries{PDI} #4: الحقل {LRI}device{PDI} مفقود"
    # Python's own words (no coded reason) stay out of the sentence.
    plain = UnreadableRecordError("modality_entries", 4, "'deep' is not a valid PeelDepth")
    sentence, _lead, technical = error_text(plain).split("\n")
    assert sentence == f"تعذّرت قراءة {LRI}modality_entries{PDI} #4"
    assert technical == f"{LRI}'deep' is not a valid PeelDepth{PDI}"

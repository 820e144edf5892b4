"""Refusals from the database layer and the documents reach the screen in the user's language
(issue 12, point 2): each is raised with a message code, rendered from the real Arabic
translation (``resources/i18n/scardesk_ar.qm``), and still reads as English on the command line.

"No Latin word" is checked with the language walk's own rule (``latin_leftovers``): file paths,
codes with digits, product names such as ScarDesk and SQLite are allowed; the values a message
carries (a revision, a host name) are named as data by each test.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from scardesk.app import refusal_text
from scardesk.db import cipher, presence
from scardesk.db.backup import backup_sqlite, restore_sqlite
from scardesk.db.engine import open_database
from scardesk.domain.enums import Role
from scardesk.domain.errors import ScarDeskError, StorageRefusedError
from scardesk.domain.messages import Message
from scardesk.ui.documents.content_editor import ContentEditorTab
from scardesk.ui.errors import describe_error
from tests.ui.test_language_walk import latin_leftovers


def _arabic_only(text: str, data: set[str] = frozenset()) -> list[str]:  # type: ignore[assignment]
    assert any("\u0600" <= ch <= "\u06ff" for ch in text), text
    return latin_leftovers([("message", text)], set(data))


def _refused(action: object) -> ScarDeskError:
    with pytest.raises(ScarDeskError) as caught:
        action()  # type: ignore[operator]
    return caught.value


@pytest.fixture
def newer_clinic(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    open_database(url).dispose()
    with sqlite3.connect(tmp_path / "clinic.sqlite3") as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    return url


def test_a_database_from_a_newer_scardesk_is_refused_at_start_up_in_arabic(
    newer_clinic: str, arabic: None
) -> None:
    error = _refused(lambda: open_database(newer_clinic))
    assert isinstance(error, StorageRefusedError)
    shown = refusal_text(error)
    assert "أُنشئت قاعدة البيانات" in shown and "9999_from_the_future" in shown
    assert _arabic_only(shown, {"from", "the", "future"}) == []


def test_the_same_refusal_reads_as_english_on_screen_and_on_the_command_line(
    newer_clinic: str, qapp: QApplication
) -> None:
    error = _refused(lambda: open_database(newer_clinic))
    assert isinstance(error, StorageRefusedError)
    assert refusal_text(error).startswith("The database /")
    assert (
        "was created by a newer version of ScarDesk (schema 9999_from_the_future); it was "
        "not opened or changed."
    ) in str(error)


def test_a_foreign_sqlite_file_is_refused_in_arabic(tmp_path: Path, arabic: None) -> None:
    path = tmp_path / "recipes.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    error = _refused(lambda: open_database(f"sqlite:///{path}"))
    assert isinstance(error, StorageRefusedError)
    shown = refusal_text(error)
    assert str(path) in shown and "ليس قاعدة بيانات ScarDesk" in shown
    assert _arabic_only(shown) == []


def test_an_unsupported_database_address_is_refused_in_arabic(arabic: None) -> None:
    from scardesk.cli_checks import check_database_url

    error = _refused(lambda: check_database_url("mysql://clinic@server/records"))
    assert isinstance(error, StorageRefusedError)
    shown = refusal_text(error)
    assert "قاعدة بيانات غير مدعومة" in shown
    # the backend's name and the example address are values, written as they are typed
    assert _arabic_only(shown, {"mysql", "postgresql", "psycopg", "user", "host", "clinic"}) == []
    assert "unsupported database mysql: use an SQLite file" in str(error)


def test_maintenance_refused_while_open_elsewhere_names_each_workstation_in_arabic(
    arabic: None,
) -> None:
    others = [
        presence.Workstation("desk-pc", "fatma", 4242, "09:15"),
        presence.Workstation("room-2", "salma", 77, ""),
    ]
    error = presence.refusal(presence.UPGRADE, others)
    shown = describe_error(error).text
    assert "تعذّرت ترقية قاعدة البيانات لأن ScarDesk مفتوح على جهاز آخر" in shown
    assert "fatma على desk-pc (العملية 4242) منذ 09:15؛ salma على room-2 (العملية 77)" in shown
    assert _arabic_only(shown, {"fatma", "desk", "pc", "salma", "room"}) == []
    assert str(error).startswith(
        "cannot upgrade the database while ScarDesk is open elsewhere: fatma on desk-pc "
        "(process 4242) since 09:15; salma on room-2 (process 77). Close ScarDesk"
    )


def test_an_empty_or_wrong_passphrase_is_refused_in_arabic(tmp_path: Path, arabic: None) -> None:
    empty = _refused(lambda: cipher.provide_key(tmp_path / "clinic.sqlite3", ""))
    assert describe_error(empty).text == "عبارة المرور الفارغة لا تحمي قاعدة البيانات."
    assert str(empty) == "an empty passphrase cannot protect a database."
    wrong = cipher.WrongPassphraseError(tmp_path / "clinic.sqlite3")
    shown = describe_error(wrong).text
    assert shown.startswith("عبارة المرور لا تفتح ") and str(tmp_path) in shown
    assert _arabic_only(shown) == []
    assert str(wrong).startswith("the passphrase does not open ")


# --- backup and restore (Admin → Maintenance and Backups) ---------------------------------------


def test_a_backup_onto_an_existing_file_is_refused_in_arabic(
    services, make_user, tmp_path: Path, arabic: None
) -> None:
    admin = make_user("first.admin", Role.ADMIN)
    existing = tmp_path / "monday.sqlite3"
    existing.write_bytes(b"kept as it is")
    error = _refused(lambda: services.maintenance.backup_now(admin.actor, existing))
    shown = describe_error(error)
    assert shown.text == f"{existing} موجود من قبل؛ اختر اسم ملف جديدًا أو مجلدًا."
    assert _arabic_only(shown.title + " " + shown.text) == []
    assert existing.read_bytes() == b"kept as it is"
    assert str(error) == f"{existing} already exists; choose a new file name or a folder."


def test_a_backup_into_a_missing_folder_is_refused_in_arabic(
    services, make_user, tmp_path: Path, arabic: None
) -> None:
    admin = make_user("first.admin", Role.ADMIN)
    error = _refused(
        lambda: services.maintenance.backup_now(admin.actor, tmp_path / "usb" / "a.sqlite3")
    )
    shown = describe_error(error).text
    assert shown == f"المجلد {tmp_path / 'usb'} غير موجود."
    assert str(error) == f"the folder {tmp_path / 'usb'} does not exist."


@pytest.mark.parametrize(
    ("which", "arabic_end", "english_end"),
    [
        ("missing", " غير موجود أو ليس ملفًا؛ لم يُغيَّر شيء.", " does not exist or is not a file"),
        ("itself", " هو قاعدة البيانات نفسها؛ اختر ملف نسخة احتياطية.", " is the database itself"),
    ],
)
def test_a_restore_of_the_wrong_file_is_refused_in_arabic(
    tmp_path: Path, which: str, arabic_end: str, english_end: str, arabic: None
) -> None:
    clinic = tmp_path / "clinic.sqlite3"
    open_database(f"sqlite:///{clinic}").dispose()
    source = tmp_path / "no-such-backup.sqlite3" if which == "missing" else clinic
    error = _refused(lambda: restore_sqlite(clinic, source))
    shown = describe_error(error).text
    assert shown == f"{source}{arabic_end}"
    assert _arabic_only(shown) == []
    assert str(error).startswith(f"{source}{english_end}")


def test_a_plain_backup_over_an_encrypted_clinic_is_refused_in_arabic(
    tmp_path: Path, arabic: None
) -> None:
    clinic, plain = tmp_path / "clinic.sqlite3", tmp_path / "plain.sqlite3"
    cipher.provide_key(clinic, "olive lantern harbour 47")
    try:
        open_database(f"sqlite:///{clinic}", key="olive lantern harbour 47").dispose()
        open_database(f"sqlite:///{plain}").dispose()
        assert cipher.is_encrypted_file(clinic)
        error = _refused(lambda: restore_sqlite(clinic, plain))
    finally:
        cipher.forget_provided_key(clinic)
    shown = describe_error(error).text
    assert "غير مشفّر لكن قاعدة البيانات" in shown and "مقروءة على القرص" in shown
    assert _arabic_only(shown) == []
    assert "restoring it would leave patient data readable on disk" in str(error)


# --- the clinic's document text (Admin → Document text) ------------------------------------------

#: What an admin types in the content files: headings, tag names and their values are syntax
#: written in Latin in every language, like the "'## Do'" headings the language walk allows.
MARKUP_WORDS = {"key", "sun", "for", "spf", "when", "only", "today", "days", "week", "later"}
MARKUP_WORDS |= {"version", "value", "text", "What", "to", "expect", "Seek", "urgent", "care"}


def _content_editor(open_window, make_user) -> ContentEditorTab:
    from scardesk.ui.admin import AdminScreen

    window = open_window(make_user("first.admin", Role.ADMIN))
    assert window.show_screen("admin")
    screen = window.pages["admin"]
    assert isinstance(screen, AdminScreen)
    screen.tabs.setCurrentWidget(screen.content)
    return screen.content


@pytest.mark.parametrize(
    ("mistake", "arabic_start", "english_start", "line_selected"),
    [
        (
            lambda text: text.replace("## Don't\n", "## Don't\n- [key=sun for=4y] Avoid sun.\n"),
            "السطر ",
            "line ",
            "- [key=sun for=4y] Avoid sun.",
        ),
        (
            lambda text: text.replace("## Don't", "## Dont"),
            "السطر ",
            "line ",
            "## Dont",
        ),
        (
            lambda text: text.split("## Seek urgent care")[0],
            "الأقسام '## Seek urgent care' ناقصة أو فارغة",
            "section(s) '## Seek urgent care' missing or empty",
            None,
        ),
        (
            lambda text: text.replace("version: 2026-12-9", "version: December"),
            "الإصدار 'December' غير صالح",
            "version 'December' is not valid",
            None,
        ),
    ],
)
def test_a_mistake_in_the_document_text_is_explained_in_arabic_at_its_line(
    open_window, make_user, services, mistake, arabic_start, english_start, line_selected, arabic
) -> None:
    from scardesk.documents.content import parse_content
    from scardesk.domain.documents import ContentKind, Lang
    from scardesk.domain.enums import Modality
    from scardesk.domain.errors import ValidationError

    editor = _content_editor(open_window, make_user)
    editor.select(ContentKind.AFTERCARE, Modality.TOXIN, Lang.EN)
    text = mistake(editor.editor.toPlainText().replace("2026-12-1", "2026-12-9", 1))
    editor.editor.setPlainText(text)
    editor.save_button.click()
    shown = editor.error_label.text()
    assert shown.startswith(arabic_start), shown
    assert _arabic_only(shown, MARKUP_WORDS | {"December", "Avoid"}) == []
    if line_selected is not None:  # the line at fault is found from the code, not the words
        assert editor.editor.textCursor().selectedText() == line_selected
    assert not services.documents.content_dir.exists()
    with pytest.raises(ValidationError) as refused:  # the English the command line keeps
        parse_content(
            text,
            ContentKind.AFTERCARE,
            Lang.EN,
            Modality.TOXIN,
            source="clinic",
            path=Path("toxin.en.md"),
        )
    assert next(iter(refused.value.field_errors.values())).startswith(english_start)


# --- where the database may live, and the audit key a save needs ---------------------------------


def test_a_database_in_a_sync_folder_is_refused_at_start_up_with_the_reason_in_arabic(
    tmp_path: Path, arabic: None
) -> None:
    clinic = tmp_path / "Dropbox" / "clinic.sqlite3"
    clinic.parent.mkdir()
    error = _refused(lambda: open_database(f"sqlite:///{clinic}"))
    assert isinstance(error, StorageRefusedError)
    shown = refusal_text(error)
    assert "لأن الملف داخل مجلد Dropbox الذي ينسخ الملف أثناء استخدامه" in shown
    assert _arabic_only(shown, {"Dropbox"}) == []
    assert not clinic.exists()
    assert "because it is inside a Dropbox folder, which copies the file while it is in use" in (
        str(error)
    )


def test_a_save_without_the_audit_key_is_refused_in_arabic(
    services, make_user, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, arabic: None
) -> None:
    make_user("first.admin", Role.ADMIN)  # the chain is keyed on this computer
    monkeypatch.setenv("SCARDESK_AUDIT_DIR", str(tmp_path / "another-computer"))
    error = _refused(lambda: make_user("desk.user", Role.FRONT_DESK))
    shown = describe_error(error).text
    assert "مفتاح التدقيق لقاعدة البيانات هذه" in shown and "فلم يُحفظ شيء" in shown
    commands = {"scardesk", "audit", "key", "export", "import", "FILE"}  # typed as they are
    assert _arabic_only(shown, commands) == []
    assert "is not on this computer, so nothing was saved" in str(error)


# --- a restore asked for in Admin runs in a process of its own ------------------------------------


def test_a_refused_restore_from_admin_starts_scardesk_again_and_says_why_in_arabic(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, arabic: None
) -> None:
    """The restoring process has no terminal: before, its refusal went to stderr and the app,
    closed for the restore, never came back. Now it starts again with the refusal in hand."""
    import scardesk.app
    from scardesk.cli import EXIT_REFUSED, main
    from scardesk.ui.startup import show_restore_refusal

    clinic = tmp_path / "clinic.sqlite3"
    database = open_database(f"sqlite:///{clinic}")
    backup = backup_sqlite(database, tmp_path / "monday.sqlite3").path
    database.dispose()
    before = clinic.read_bytes()
    elsewhere = presence.Presence(clinic)  # a workstation that did not close ScarDesk
    started: list[tuple[str, ScarDeskError | None]] = []

    def run_app(url: str, *, restore_refusal: ScarDeskError | None = None) -> int:
        started.append((url, restore_refusal))  # the window itself is checked below
        return 0

    monkeypatch.setattr(scardesk.app, "run_app", run_app)
    try:
        code = main(["restore", str(backup), "--then-start", "--data-dir", str(tmp_path)])
    finally:
        elsewhere.release()
    assert code == EXIT_REFUSED
    assert clinic.read_bytes() == before
    [(url, refusal)] = started
    assert url.endswith("clinic.sqlite3") and refusal is not None
    assert refusal.message.code == "storage.open_elsewhere"
    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_restore_refusal(parent, refusal)
    qtbot.addWidget(box)
    assert box.windowTitle() == "لم تُستعد النسخة الاحتياطية"
    assert box.text().startswith("تعذّرت الاستعادة لأن ScarDesk مفتوح على جهاز آخر: ")
    assert box.text().endswith("أُعيد تشغيل ScarDesk على قاعدة بيانات العيادة.")
    host_and_user = set(re.findall(r"[A-Za-z]+", elsewhere_names(refusal)))
    assert _arabic_only(box.text(), host_and_user) == []


def elsewhere_names(refusal: ScarDeskError) -> str:
    """The workstations a refusal names (this computer's user and host name: data)."""
    from scardesk.domain.message_catalogue import english

    names = refusal.message.params["names"]
    assert isinstance(names, Message)
    return english(names)


def test_the_status_bar_names_an_encrypted_database_in_arabic(tmp_path: Path, arabic: None) -> None:
    from scardesk.ui.messages import message_text

    clinic = tmp_path / "clinic.sqlite3"
    database = open_database(f"sqlite:///{clinic}", key="olive lantern harbour 47")
    try:
        assert message_text(database.label()) == f"SQLite (مشفّرة) — {clinic}"
        assert database.describe() == f"SQLite (encrypted) — {clinic}"  # the command line
    finally:
        database.dispose()

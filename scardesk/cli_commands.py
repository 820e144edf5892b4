"""What each admin command does; ``cli.py`` only parses arguments."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from scardesk import gc_hold
from scardesk.cli_checks import write_file_atomically
from scardesk.db import presence, schema
from scardesk.db.engine import Database, open_database, sqlite_file_of
from scardesk.db.unit_of_work import SYSTEM
from scardesk.domain.english import counted
from scardesk.domain.errors import ScarDeskError, StorageRefusedError

EXIT_OK, EXIT_FAILED = 0, 1


def _progress_bar(done: int, total: int, started: float) -> None:
    """One line redrawn in place on a terminal; nothing at all into a pipe or a log file."""
    if not sys.stderr.isatty():
        return
    width = 30
    filled = int(width * done / total) if total else width
    elapsed = max(time.perf_counter() - started, 1e-6)
    rate = done / elapsed
    left = (total - done) / rate if rate else 0.0
    sys.stderr.write(
        f"\r[{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,} patients"
        f"  {rate:,.0f}/s  {int(left) // 60}:{int(left) % 60:02d} left "
    )
    sys.stderr.flush()
    if done >= total:
        sys.stderr.write("\n")


def demo(url: str, patients: int, seed: int) -> int:
    from scardesk.demo import generate_demo

    database = open_database(url)
    try:
        started = time.perf_counter()
        summary = generate_demo(
            database, patients, seed, progress=lambda d, t: _progress_bar(d, t, started)
        )
    finally:
        database.dispose()
    print(f"Demo clinic written to {database.describe()} in {summary.seconds:.1f} s:")
    for table, count in summary.counts.items():
        print(f"  {table:<22} {count:>10,}")
    print("Sign in with (demo accounts only):")
    for user in summary.users:
        print(f"  {user.role:<13} {user.username:<22} password: {user.password}")
    return EXIT_OK


def db_upgrade(url: str) -> int:
    database = open_database(url, upgrade=False)
    try:
        before = schema.current_revision(database.engine)
        with presence.alone(database, presence.UPGRADE):
            schema.upgrade(database.engine)
        after = schema.current_revision(database.engine)
    finally:
        database.dispose()
    print(
        f"schema {before or '(empty)'} -> {after}"
        if before != after
        else f"schema {after} is current"
    )
    return EXIT_OK


def db_current(url: str) -> int:
    database = open_database(url, upgrade=False, must_exist=True)
    try:
        current = schema.current_revision(database.engine)
    finally:
        database.dispose()
    head = schema.head_revision()
    state = (
        "current"
        if current == head
        else f"behind (this ScarDesk has {head}; run 'scardesk db upgrade')"
    )
    print(f"{database.describe()}: schema {current or '(empty)'}, {state}")
    return EXIT_OK


def db_reindex(url: str) -> int:
    """Compute the due list's index again from the records (after `db check` found it wrong).

    The index holds nothing anyone wrote, only what follows from the records, so computing it
    again loses nothing; it is one audited action, like any write."""
    from scardesk.db import due_index
    from scardesk.db.unit_of_work import UnitOfWork

    database = open_database(url, must_exist=True)
    try:
        started = time.perf_counter()
        with UnitOfWork(database, SYSTEM, "due_index.rebuild") as uow:
            rows = due_index.rebuild(uow.session.connection())
            uow.note("due_items", None, after={"rows": rows})
    finally:
        database.dispose()
    seconds = time.perf_counter() - started
    print(f"due list index computed again: {counted(rows, 'row', 'rows')} in {seconds:.1f} s")
    return EXIT_OK


def db_check(url: str) -> int:
    from scardesk.db.audit_seal import anchor_summary
    from scardesk.db.integrity import check_database

    # Read-only: a check never changes a byte of what it checks (not even a backup's journal mode).
    database = open_database(url, upgrade=False, must_exist=True, read_only=True)
    try:
        report = check_database(database)
        anchor = anchor_summary(database) if report.ok else None
    finally:
        database.dispose()
    if report.ok:
        print(f"{database.describe()}: all checks passed")
        if anchor is not None and anchor.seq is not None:
            # For the clinic's notebook: what the trail must reach at the next check.
            print(f"audit seal: event {anchor.seq} · {anchor.link}")
            print(f"audit key fingerprint: {anchor.fingerprint or 'not on this computer'}")
        return EXIT_OK
    print(f"{database.describe()}: PROBLEMS FOUND", file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    return EXIT_FAILED


def db_encrypt(url: str, *, remember: bool) -> int:
    from scardesk.cli_passphrase import new_passphrase
    from scardesk.cli_passphrase import remember as remember_passphrase
    from scardesk.db import cipher
    from scardesk.db.encrypt import encrypt_sqlite

    path = sqlite_file_of(url)
    if path is None:
        print(
            "scardesk: db encrypt is for SQLite; encrypt the PostgreSQL server's disk instead "
            "(see the README)",
            file=sys.stderr,
        )
        return EXIT_FAILED
    key = new_passphrase()
    result = encrypt_sqlite(path, key)
    cipher.provide_key(path, key)
    print(f"{result.path} is now encrypted ({result.seconds:.1f} s).")
    print(
        f"The plain, readable copy is kept at {result.plain_kept_at}: check that ScarDesk opens "
        "with the passphrase, then delete that file (and any older plain backups)."
    )
    if remember:
        try:
            print(remember_passphrase(path))
        except ScarDeskError as error:  # the database is encrypted all the same
            print(f"scardesk: {error} It will be asked for at each start.", file=sys.stderr)
    return EXIT_OK


def backup(url: str, dest: Path | None) -> int:
    from scardesk.db import backup as backups

    database = open_database(url, upgrade=False, must_exist=True)
    try:
        if database.kind == "sqlite":
            result = backups.backup_sqlite(database, dest)
        else:
            result = backups.backup_postgres(database, dest)
    finally:
        database.dispose()
    print(
        f"verified backup written to {result.path} ({result.bytes:,} bytes, {result.seconds:.2f} s)"
    )
    if result.unreadable:
        print("The copy keeps stored records this ScarDesk cannot read:", file=sys.stderr)
        for problem in result.unreadable:
            print(f"  - {problem}", file=sys.stderr)
    return EXIT_OK


def restore(url: str, source: Path, *, wait_seconds: float = 0.0) -> int:
    from scardesk.db import backup as backups

    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            if sqlite_file_of(url) is not None:
                result = backups.restore_sqlite(url, source)
            else:
                result = backups.restore_postgres(url, source)
            break
        except presence.OpenElsewhereError:
            # Restoring from Admin: the app that asked is still closing its database.
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.5)
    restored = open_database(url)  # upgrades an older backup's schema, then audits the restore
    try:
        backups.record_restore(restored, result)
    finally:
        restored.dispose()
    kept = (
        f"; the replaced database is kept at {result.replaced_kept_at}"
        if result.replaced_kept_at
        else ""
    )
    print(f"restored {source}{kept}")
    return EXIT_OK


def add_user(url: str, name: str, role: str, display_name: str, licence: str, password: str) -> int:
    # Checked before the database is opened, so a bad name does not create a database.
    from scardesk.services.users import UserService  # only this command needs accounts

    UserService.check_new_user(name, display_name, role, password, licence)
    database: Database = open_database(url)
    try:
        record = UserService(database).add_user(SYSTEM, name, display_name, role, password, licence)
    finally:
        database.dispose()
    print(f"added {record.role.value} '{record.username}' (id {record.id})")
    return EXIT_OK


def issue_document(
    url: str,
    kind: str,
    target_id: int,
    modality: str | None,
    output: Path,
    *,
    language: str = "both",
    large_print: bool = False,
    show_hijri: bool = False,
) -> int:
    """Issue through the document service as SYSTEM and write exactly the stored bytes.

    The file is written inside the issuing transaction: if it cannot be written nothing is
    stored or audited, and if the transaction then fails the file is removed again.
    """
    from scardesk.domain.documents import SheetLanguage, SheetOptions
    from scardesk.services.documents import DocumentService

    gc_hold.release()  # the modules are loaded: what follows is the document's own work
    written: list[Path] = []

    def deliver(pdf: bytes) -> None:
        write_file_atomically(output, pdf)
        written.append(output)

    database = open_database(url, must_exist=True)
    try:
        service = DocumentService(database)
        options = SheetOptions(SheetLanguage(language), large_print, show_hijri)
        if kind == "aftercare":
            record = service.issue_aftercare(SYSTEM, target_id, deliver=deliver, options=options)
        elif kind == "consent":
            record = service.issue_consent(
                SYSTEM, target_id, modality or "", deliver=deliver, options=options
            )
        else:
            record = service.issue_visit_summary(
                SYSTEM, target_id, deliver=deliver, options=options
            )
    except BaseException as error:
        for path in written:
            path.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise StorageRefusedError(
                f"could not write {output} ({error.strerror or error}); nothing was stored"
            ) from error
        raise
    finally:
        database.dispose()
    again = " (identical to the one issued before)" if record.reused else ""
    print(
        f"{kind} document {record.id}{again}: {counted(record.pages, 'page', 'pages')}, "
        f"sha256 {record.sha256}, "
        f"content {record.content_version} -> {output}"
    )
    return EXIT_OK


def export_patient(url: str, patient_id: int, output: Path, *, force: bool) -> int:
    """The patient's copy as SYSTEM; the ZIP appears only once complete and audited."""
    from scardesk.services.patient_export import PatientExportService

    database = open_database(url, must_exist=True)
    try:
        result = PatientExportService(database).export(SYSTEM, patient_id, output, overwrite=force)
    finally:
        database.dispose()
    unreadable = (
        f"; {counted(result.unreadable, 'stored record', 'stored records')} could not be read and "
        f"{'is' if result.unreadable == 1 else 'are'} listed as such"
        if result.unreadable
        else ""
    )
    print(
        f"patient {patient_id} exported to {output}: {result.size_bytes:,} bytes, "
        f"{counted(result.pdf_pages, 'PDF page', 'PDF pages')}, "
        f"{counted(result.photos, 'photo', 'photos')}, "
        f"{counted(result.documents, 'document', 'documents')}, {result.seconds:.2f} s{unreadable}"
    )
    return EXIT_OK


def recall_report(url: str, lot_number: str, output: Path) -> int:
    """The lot's recall report as SYSTEM, streamed into ``output``; audited as an export."""
    from scardesk.services.recall import RecallService

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{done:,}/{total:,} rows")
            sys.stderr.write("\n" if done >= total else "")
            sys.stderr.flush()

    database = open_database(url, must_exist=True)
    try:
        recall = RecallService(database)
        lot_id = recall.lot_id_for(SYSTEM, lot_number)
        result = recall.export(SYSTEM, lot_id, output, progress)
    finally:
        database.dispose()
    print(
        f"recall report of lot {lot_number.strip().upper()}: {result.rows:,} session(s), "
        f"{result.format.value.upper()}, {result.size_bytes:,} bytes -> {output}"
    )
    return EXIT_OK


def audit_key_transfer(url: str, file: Path, *, export: bool) -> int:
    """Copy the audit key to another workstation of the same clinic (PostgreSQL) or back."""
    from scardesk.db.audit import chain_settings
    from scardesk.db.audit_key import export_key, import_key

    database = open_database(url, upgrade=False, must_exist=True)
    try:
        with database.engine.connect() as connection:
            chain = chain_settings(connection)
    finally:
        database.dispose()
    if chain is None:
        raise StorageRefusedError("this database has no keyed audit chain yet; run `db upgrade`")
    if export:
        shown = export_key(chain.chain_id, file)
        print(f"audit key written to {file} (fingerprint {shown}); keep it like a password")
    else:
        shown = import_key(chain.chain_id, file)
        print(f"audit key in place on this computer (fingerprint {shown})")
    return EXIT_OK

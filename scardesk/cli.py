"""The ``scardesk`` command: the app itself and the admin command line."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from scardesk import cli_checks, gc_hold
from scardesk.cli_accounts import add_account_commands
from scardesk.db.location import resolve_database_url
from scardesk.domain.enums import Modality
from scardesk.domain.errors import ScarDeskError, StorageRefusedError, ValidationError

EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2
EXIT_INTERRUPTED = 130


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error (argparse prints the whole usage block first)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_REFUSED, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Sub-commands repeat the options without defaults, so "scardesk --data-dir X demo" and
    # "scardesk demo --data-dir X" both work.
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--database-url",
        default=default,
        help="database to use, e.g. postgresql+psycopg://user@host/clinic "
        "(default: $SCARDESK_DATABASE_URL, else SQLite in the data folder)",
    )
    parser.add_argument(
        "--data-dir", type=Path, default=default, help="folder holding the SQLite database"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="scardesk",
        description="ScarDesk: patient records for post-acne scar clinics. "
        "Without a command, starts the application.",
    )
    _common(parser, top=True)
    checks = parser.add_mutually_exclusive_group()
    checks.add_argument(
        "--exit-after-start",
        action="store_true",
        help="exit as soon as the sign-in window is shown, before the database is opened "
        "(for measuring start-up)",
    )
    checks.add_argument(
        "--check-start",
        action="store_true",
        help="show the sign-in window, open (create, upgrade) the database behind it, then exit: "
        "0 when signing in is ready, 2 when the database is refused (a start-up check)",
    )
    _encrypt_option(parser)
    parser.add_argument(
        "--language",
        dest="ui_language",  # not "language": the aftercare command has its own --language
        choices=["ar", "en"],
        default=None,
        help="the app's language for this run only, ar (Arabic) or en (English); otherwise "
        "the workstation's last language, then each user's own after sign-in",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill a database with a synthetic demo clinic")
    _common(demo)
    demo.add_argument("--patients", type=int, default=5000, help="how many patients (default 5000)")
    demo.add_argument("--seed", type=int, default=1, help="random seed, for repeatable data")
    _encrypt_option(demo)

    db = commands.add_parser("db", help="database schema and integrity")
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    for name, text in (
        ("upgrade", "apply schema migrations"),
        ("current", "show the schema revision"),
        ("check", "check integrity: file, foreign keys, schema, audit chain, every stored record"),
        ("reindex", "compute the due list's index again from the records"),
    ):
        _common(db_commands.add_parser(name, help=text, description=text))
    encrypt = db_commands.add_parser(
        "encrypt",
        help="encrypt the SQLite database at rest (SQLCipher); the passphrase is asked for",
        description="Encrypt the SQLite database with a new passphrase (asked for twice, or "
        "$SCARDESK_DATABASE_KEY). The plain file is kept beside it until you remove it.",
    )
    _common(encrypt)
    encrypt.add_argument(
        "--remember",
        action="store_true",
        help="remember the passphrase on this computer (OS keyring) so ScarDesk opens unasked",
    )

    backup = commands.add_parser("backup", help="make a verified backup")
    _common(backup)
    backup.add_argument(
        "dest", nargs="?", type=Path, help="file or folder (default: data folder/backups)"
    )

    restore = commands.add_parser("restore", help="replace the database with a verified backup")
    _common(restore)
    restore.add_argument("file", type=Path, help="backup file to restore")
    restore.add_argument(
        "--wait",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long for other workstations to close ScarDesk (default: refuse at once)",
    )
    restore.add_argument(
        "--then-start", action="store_true", help="start ScarDesk on the restored database"
    )

    audit_key = commands.add_parser(
        "audit-key",
        help="copy the audit chain's key to another workstation (PostgreSQL clinics)",
        description="Every workstation that writes to a shared database needs the key of its "
        "audit chain: export it on one, import the file on the other, then delete the file.",
    )
    key_commands = audit_key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    for name, text in (
        ("export", "write the key to a new file (readable by you only)"),
        ("import", "take the key from a file another workstation exported"),
    ):
        action = key_commands.add_parser(name, help=text, description=text)
        _common(action)
        action.add_argument("key_file", type=Path, help="the key file")

    user = commands.add_parser("user", help="manage users")
    user_commands = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_commands.add_parser("add", help="add a user (the password is asked for)")
    _common(add)
    add.add_argument("name", help="user name used to sign in, e.g. s.albalushi")
    add.add_argument("--role", required=True, choices=["front_desk", "practitioner", "admin"])
    add.add_argument("--display-name", help="name shown on screens and sheets (default: NAME)")
    add.add_argument("--licence", default="", help="practitioner licence number")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (scripts)",
    )
    add_account_commands(user_commands, _common)
    _document_commands(commands)
    recall = commands.add_parser(
        "recall",
        help="write the recall report of a lot (PDF, CSV or XLSX, from the file's suffix)",
        description="Everyone who received LOT in a session that stands, with contact details, "
        "written to FILE as the Products screen exports it; audited as an export.",
    )
    _common(recall)
    recall.add_argument("lot_number", metavar="LOT", help="lot number as printed, e.g. C1234AB")
    recall.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="FILE",
        help="FILE.pdf, FILE.csv or FILE.xlsx",
    )
    export = commands.add_parser(
        "export",
        help="write a patient's own copy of their record (ZIP: PDF, JSON, photos, documents)",
        description="Write the patient's copy of their whole record (right of access, Oman's "
        "Personal Data Protection Law) as one ZIP file; audited as an export.",
    )
    _common(export)
    export.add_argument("patient_id", metavar="PATIENT_ID", type=int, help="patient file number")
    export.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE", help="ZIP file to write"
    )
    export.add_argument(
        "--force", action="store_true", help="replace FILE if it exists (default: refuse)"
    )
    return parser


#: The dates each document prints with the Hijri date beside them (``--hijri``).
_HIJRI_DATES = {
    "aftercare": "the session date",
    "consent": "date of birth, date signed",
    "summary": "date of birth, date of the summary",
}


def _document_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    """``aftercare``, ``consent`` and ``summary``: issued as the UI issues them (stored with
    their SHA-256 and audited), then written to ``-o FILE``: batch printing and checks."""
    modalities = [modality.value for modality in Modality]  # every modality with a spec
    specs = (
        ("aftercare", "SESSION_ID", "the aftercare sheet of a treatment session"),
        ("consent", "PATIENT_ID", "a patient's consent form for one modality"),
        ("summary", "PATIENT_ID", "a patient's visit summary (file or referral)"),
    )
    for name, target, text in specs:
        command = commands.add_parser(
            name,
            help=f"issue {text} as a PDF",
            description=f"Issue {text}, store it with the patient (audited) and write the PDF.",
        )
        _common(command)
        command.add_argument(
            "target_id", metavar=target, type=int, help=target.lower().replace("_", " ")
        )
        if name == "consent":
            command.add_argument("--modality", required=True, choices=modalities)
        if name == "aftercare":
            command.add_argument(
                "--language",
                choices=["both", "ar", "en"],
                default="both",
                help="languages printed: both side by side (default), Arabic only or English only",
            )
            command.add_argument(
                "--large-print",
                action="store_true",
                help="large print for older patients (Arabic 20 pt, English 14 pt)",
            )
        command.add_argument(
            "--hijri",
            action="store_true",
            help=f"print the civil Hijri date beside the Gregorian one ({_HIJRI_DATES[name]})",
        )
        command.add_argument(
            "-o", "--output", required=True, type=Path, metavar="FILE", help="PDF file to write"
        )


def _encrypt_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--encrypt",
        action="store_true",
        default=argparse.SUPPRESS,
        help="create a new SQLite database encrypted (SQLCipher); the passphrase is asked for",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Whatever goes wrong ends as one line on stderr and a non-zero exit;
    an unexpected error's traceback goes to the log file (argparse's own errors exit 2).

    Called without ``argv`` it is the program (``scardesk``, ``python -m scardesk``) and owns
    the process: the garbage collector is held off while the command's modules load (see
    ``gc_hold``). Called with arguments (a test, a script) it leaves the collector alone."""
    if argv is None:
        gc_hold.hold()
    try:
        return _main(argv)
    finally:
        gc_hold.release()  # if the command did not already


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except ValidationError as error:
        fields = (f"{field}: {message}" for field, message in error.field_errors.items())
        print(_one_line("; ".join(fields)), file=sys.stderr)
        return EXIT_FAILED
    except ScarDeskError as error:
        print(f"scardesk: {_one_line(str(error))}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print("scardesk: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:
        cli_checks.report_unexpected(error)
        return EXIT_FAILED


def _one_line(text: str) -> str:
    """Scripts and people read errors line by line: one error, one line."""
    return "; ".join(line.strip(" -") for line in text.splitlines() if line.strip())


def _dispatch(args: argparse.Namespace) -> int:
    data_dir = cli_checks.check_data_dir(args.data_dir)
    url = resolve_database_url(args.database_url, data_dir)
    if args.command is None and not getattr(args, "encrypt", False):
        # The app shows its sign-in window first: the URL is checked, and an encrypted
        # database unlocked, behind it (see app.py).
        return _run_app(args, url)
    url = cli_checks.check_database_url(url)
    _check_arguments(args)
    handlers: dict[str | None, Callable[[argparse.Namespace, str], int]] = {
        None: _run_app,
        "demo": _demo,
        "db": _db,
        "backup": _backup,
        "restore": _restore,
        "audit-key": _audit_key,
        "user": _user,
        "aftercare": _document,
        "consent": _document,
        "summary": _document,
        "export": _export,
        "recall": _recall,
    }
    from scardesk.cli_passphrase import prepare

    prepare(
        url,
        command=args.command,
        action=getattr(args, "db_command", None),
        encrypt=getattr(args, "encrypt", False),
        also=getattr(args, "file", None),
    )
    if args.command not in ("aftercare", "consent", "summary"):  # those release it themselves
        gc_hold.release()
    return handlers[args.command](args, url)


def _check_arguments(args: argparse.Namespace) -> None:
    """Everything that can be checked without the database, before it is opened or created."""
    if args.command == "demo":
        cli_checks.check_demo(args.patients, args.seed)
    elif args.command in ("aftercare", "consent", "summary"):
        what = "session_id" if args.command == "aftercare" else "patient_id"
        cli_checks.check_record_id(args.target_id, what)
        args.output = cli_checks.check_output_file(args.output)
    elif args.command == "recall":
        from scardesk.services.recall_export import format_for

        format_for(args.output)
        args.output = cli_checks.check_output_file(args.output)
    elif args.command == "export":
        cli_checks.check_record_id(args.patient_id, "patient_id")
        args.output = cli_checks.check_output_file(args.output)
        if args.output.exists() and not args.force:
            raise StorageRefusedError(
                f"-o {args.output} already exists: give another file name, or --force to replace it"
            )
    elif args.command == "backup" and args.dest is not None:
        args.dest = cli_checks.check_backup_destination(args.dest)
    elif args.command == "restore":
        args.file = cli_checks.check_backup_file(args.file)
    elif args.command == "audit-key" and args.key_command == "export":
        args.key_file = cli_checks.check_output_file(args.key_file)
    elif args.command == "audit-key":
        args.key_file = cli_checks.check_backup_file(args.key_file, "key file")


def _run_app(args: argparse.Namespace, url: str) -> int:
    from scardesk.app import run_app

    return run_app(
        url,
        exit_after_start=args.exit_after_start,
        check_start=args.check_start,
        language=getattr(args, "ui_language", None),
    )


def _demo(args: argparse.Namespace, url: str) -> int:
    from scardesk.cli_commands import demo

    return demo(url, args.patients, args.seed)


def _db(args: argparse.Namespace, url: str) -> int:
    from scardesk.cli_commands import db_check, db_current, db_encrypt, db_reindex, db_upgrade

    if args.db_command == "encrypt":
        return db_encrypt(url, remember=args.remember)
    actions = {"upgrade": db_upgrade, "current": db_current, "check": db_check}
    return {**actions, "reindex": db_reindex}[args.db_command](url)


def _backup(args: argparse.Namespace, url: str) -> int:
    from scardesk.cli_commands import backup

    return backup(url, args.dest)


def _restore(args: argparse.Namespace, url: str) -> int:
    from scardesk.cli_commands import restore

    if not args.then_start:
        return restore(url, args.file, wait_seconds=max(0.0, args.wait))
    from scardesk.app import run_app

    # Restoring from Admin: this process was started detached after the app closed, so a
    # refusal printed on stderr would reach nobody. ScarDesk starts again and shows it.
    try:
        restore(url, args.file, wait_seconds=max(0.0, args.wait))
    except ScarDeskError as error:
        print(f"scardesk: {_one_line(str(error))}", file=sys.stderr)
        run_app(url, restore_refusal=error)
        return EXIT_REFUSED
    return run_app(url)


def _audit_key(args: argparse.Namespace, url: str) -> int:
    from scardesk.cli_commands import audit_key_transfer

    return audit_key_transfer(url, args.key_file, export=args.key_command == "export")


def _user(args: argparse.Namespace, url: str) -> int:
    from scardesk.cli_commands import add_user

    if args.user_command != "add":
        from scardesk.cli_accounts import run_account_command

        return run_account_command(args, url)

    try:
        if args.password_stdin:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass("Password: ")
            if getpass.getpass("Repeat password: ") != password:
                print("password: the two entries differ; nothing was saved", file=sys.stderr)
                return EXIT_FAILED
    except (EOFError, OSError, UnicodeDecodeError):
        print("password: no password could be read; nothing was saved", file=sys.stderr)
        return EXIT_FAILED
    return add_user(
        url, args.name, args.role, args.display_name or args.name, args.licence, password
    )


def _document(args: argparse.Namespace, url: str) -> int:
    from scardesk.cli_commands import issue_document

    return issue_document(
        url,
        args.command,
        args.target_id,
        getattr(args, "modality", None),
        args.output,
        language=getattr(args, "language", "both"),
        large_print=getattr(args, "large_print", False),
        show_hijri=getattr(args, "hijri", False),
    )


def _recall(args: argparse.Namespace, url: str) -> int:
    from scardesk.cli_commands import recall_report

    return recall_report(url, args.lot_number, args.output)


def _export(args: argparse.Namespace, url: str) -> int:
    from scardesk.cli_commands import export_patient

    return export_patient(url, args.patient_id, args.output, force=args.force)

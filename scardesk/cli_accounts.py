"""``scardesk user list | reset-password | set-role | deactivate | activate | unlock | set-lead |
set-privacy-officer``: the admin's account work from the command line.

Run as the system actor, like ``user add``: whoever holds the database file (or the server's
credentials) already holds every account. The same guards as in the app apply: the clinic
keeps at least one active administrator.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from scardesk.domain.enums import Role

if TYPE_CHECKING:  # the database layers load only when a command runs, not for --help
    from scardesk.services.accounts import AccountRecord

EXIT_OK = 0
ONE_TIME_HOURS = 72

AddCommon = Callable[[argparse.ArgumentParser], None]
#: The parser class the caller's sub-commands are made with (the CLI's own one-line-error parser).
_Parser = TypeVar("_Parser", bound=argparse.ArgumentParser)


def add_account_commands(
    user_commands: argparse._SubParsersAction[_Parser], common: AddCommon
) -> None:
    """Register the subcommands beside ``user add``; ``common`` adds --database-url/--data-dir."""
    roles = ", ".join(role.value for role in Role)

    def command(name: str, text: str, *, with_name: bool = True) -> argparse.ArgumentParser:
        parser = user_commands.add_parser(name, help=text, description=text)
        common(parser)
        if with_name:
            parser.add_argument("name", help="the account's user name, e.g. s.albalushi")
        return parser

    command("list", "list every account with its role, flags and sign-in state", with_name=False)
    command(
        "reset-password",
        "give the account a new one-time password (printed once); it must be changed at the "
        f"next sign-in, within {ONE_TIME_HOURS} hours",
    )
    set_role = command("set-role", f"change the account's role ({roles})")
    set_role.add_argument("role", metavar="ROLE", help=f"one of {roles}")
    command("deactivate", "switch the account off: it can no longer sign in (nothing is deleted)")
    command("activate", "switch a deactivated account back on")
    command("unlock", "forget the failed sign-ins counted against the account and lift its lock")
    for name, text in (
        ("set-lead", "make a practitioner a clinical lead (may change the safety rules), or not"),
        ("set-privacy-officer", "make the account a privacy officer (reads the audit log), or not"),
    ):
        command(name, text).add_argument("state", choices=["on", "off"], help="on or off")


def run_account_command(args: argparse.Namespace, url: str) -> int:
    from scardesk.db.engine import open_database
    from scardesk.db.unit_of_work import SYSTEM
    from scardesk.services.accounts import AccountService

    database = open_database(url, must_exist=True)
    try:
        accounts = AccountService(database)
        action, name = args.user_command, getattr(args, "name", "")
        if action == "list":
            _print_list(accounts.list_accounts(SYSTEM))
        elif action == "reset-password":
            username = accounts.find(SYSTEM, name).username
            password = accounts.reset_password(SYSTEM, username).password
            print(f"one-time password for '{username}': {password}")
            print(
                f"It must be changed at the next sign-in, within {ONE_TIME_HOURS} hours; "
                "it is not shown again."
            )
        elif action == "set-role":
            record = accounts.set_role(SYSTEM, name, args.role)
            print(f"'{record.username}' is now {record.role.value}")
        elif action in ("deactivate", "activate"):
            record = accounts.set_active(SYSTEM, name, action == "activate")
            print(f"'{record.username}' is {'active' if record.active else 'deactivated'}")
        elif action == "unlock":
            record = accounts.unlock(SYSTEM, name)
            print(f"'{record.username}' is unlocked: failed sign-ins cleared")
        elif action == "set-lead":
            record = accounts.set_clinical_lead(SYSTEM, name, args.state == "on")
            state = "a clinical lead" if record.clinical_lead else "not a clinical lead"
            print(f"'{record.username}' is {state}")
        else:
            record = accounts.set_privacy_officer(SYSTEM, name, args.state == "on")
            state = "a privacy officer" if record.privacy_officer else "not a privacy officer"
            print(f"'{record.username}' is {state}")
    finally:
        database.dispose()
    return EXIT_OK


def _print_list(records: list[AccountRecord]) -> None:
    print(f"{'USER NAME':<24} {'ROLE':<13} {'STATE':<12} {'FLAGS':<34} SIGN-IN  NAME")
    for record in records:
        flags = [
            flag
            for flag, on in (
                ("lead", record.clinical_lead),
                ("privacy-officer", record.privacy_officer),
                ("must-change-password", record.must_change_password),
            )
            if on
        ]
        sign_in = (
            "locked"
            if record.locked
            else f"{record.failed_sign_ins} failed"
            if record.failed_sign_ins
            else "ok"
        )
        state = "active" if record.active else "deactivated"
        print(
            f"{record.username:<24} {record.role.value:<13} {state:<12} "
            f"{','.join(flags) or '-':<34} {sign_in:<8} {record.display_name}"
        )

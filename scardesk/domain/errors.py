"""One exception hierarchy for the whole application.

Domain and services raise these; the UI maps each kind to a dialog or to inline
field messages. Nothing returns ``None`` to mean "failed".

Each error carries a :class:`~scardesk.domain.messages.Message` (a code and parameters) in
``message``, and a validation error one per field in ``field_messages``: the UI renders them in
the user's language. ``str(error)`` and ``field_errors`` are the English rendering, for the
command line and the tests (see :mod:`scardesk.domain.messages`).
"""

from __future__ import annotations

from collections.abc import Mapping

from scardesk.domain.message_catalogue import english
from scardesk.domain.messages import Message, Verbatim

#: A message as raisers give it: coded, or a bare English sentence (shown untranslated). The
#: domain and the services always give a code (``tests/domain/test_message_codes.py`` reads
#: them), and so do the database and document modules whose refusals reach a screen; only
#: what the command line alone prints (its argument checks, ``db encrypt``, ``audit-key``) is
#: still a sentence.
MessageLike = Message | str


def as_message(message: MessageLike) -> Message:
    return message if isinstance(message, Message) else Message.uncoded(message)


class ScarDeskError(Exception):
    """Base of every error ScarDesk raises on purpose; ``message`` is what it says, coded."""

    def __init__(self, message: MessageLike | None = None) -> None:
        self.message = as_message(message) if message else Message("error.unspecified")
        super().__init__(english(self.message))


class ValidationError(ScarDeskError):
    """Input was refused. ``field_messages`` maps each field to what is wrong and what is
    expected; ``field_errors`` is the same in English."""

    def __init__(self, field_errors: Mapping[str, MessageLike]) -> None:
        self.field_messages: dict[str, Message] = {
            name: as_message(message) for name, message in field_errors.items()
        }
        self.field_errors: dict[str, str] = {
            name: english(message) for name, message in self.field_messages.items()
        }
        summary = _summary(self.field_errors)
        super().__init__(
            Message("validation.summary", {"fields": summary})
            if summary
            else Message("validation.invalid_input")
        )


def _summary(field_errors: Mapping[str, str]) -> str:
    return "; ".join(f"{name}: {message}" for name, message in field_errors.items())


class DuplicateDocumentError(ValidationError):
    """The identity document is already registered to another patient.

    A field error on the number like any other, plus ``patient_id`` so the form can take the
    user to that patient instead of registering the person twice.
    """

    def __init__(self, field: str, message: MessageLike, patient_id: int) -> None:
        super().__init__({field: message})
        self.patient_id = patient_id


class AttestationError(ValidationError):
    """Signing, capturing a consent or approving a merge was refused because the signer's
    password was missing or wrong. A field error on ``password``, so a form can show it inline;
    its own kind, so the attestation dialog can keep itself open for another try."""

    def __init__(self) -> None:
        super().__init__({"password": Message("attest.password_wrong")})


class NotFoundError(ScarDeskError):
    """The record asked for does not exist (or is not visible to this user)."""


class ConflictError(ScarDeskError):
    """Another workstation saved the same record first; nothing was overwritten."""

    def __init__(
        self, entity: str, entity_id: int, expected_version: int, actual_version: int | None
    ) -> None:
        self.entity = entity
        self.entity_id = entity_id
        self.expected_version = expected_version
        self.actual_version = actual_version
        super().__init__(
            Message(
                "conflict.changed_elsewhere",
                {
                    "entity": entity,
                    "entity_id": entity_id,
                    "expected": expected_version,
                    "actual": actual_version,
                },
            )
        )


class PermissionDeniedError(ScarDeskError):
    """The acting user's role does not allow this action."""


class AccountInactiveError(PermissionDeniedError):
    """The signed-in account was deactivated (perhaps on another workstation) since sign-in."""


class AuthenticationError(ScarDeskError):
    """Sign-in failed: unknown user, wrong password or inactive account (never saying which)."""


class InvalidCredentialsError(AuthenticationError):
    """The user name or password is not right, or the account is inactive (never which)."""


class SignInWaitError(AuthenticationError):
    """Too many failed sign-ins for this user name: the next try must wait ``seconds``."""

    def __init__(self, message: MessageLike, seconds: int) -> None:
        super().__init__(message)
        self.seconds = seconds


class SignInLockedError(AuthenticationError):
    """So many failed sign-ins for this user name that only an administrator can unlock it."""


class PasswordChangeRequiredError(PermissionDeniedError):
    """The account signed in with a one-time password and must choose its own before working."""


class OneTimePasswordExpiredError(AuthenticationError):
    """A one-time password from a reset was not used in time: ask the administrator again."""


class SafetyBlockError(ScarDeskError):
    """A safety rule blocks the action, or needs an override that was not given."""


class StorageRefusedError(ScarDeskError):
    """The database cannot be used safely: network folder, damaged file, or a newer schema."""


class CancelledError(ScarDeskError):
    """The person stopped a long task (an export): nothing it would have written remains."""


class IntegrityProblem(ScarDeskError):
    """An integrity check found a problem: corruption, broken links or a tampered audit chain."""


class ConsentRequiredError(ScarDeskError):
    """The action needs a valid consent the patient has not given (or has withdrawn).

    Kept apart from PermissionDeniedError because the fix is different: the screen asks the
    patient for the named consent and retries, rather than telling the user they lack a role.
    """

    def __init__(self, purpose: str, message: MessageLike) -> None:
        self.purpose = purpose
        super().__init__(message)


class UnreadableRecordError(ScarDeskError):
    """A stored record cannot be decoded by this version of ScarDesk.

    Raised by the domain codecs when a stored JSON document (or a row's values) is not a shape
    they know. It names the table and row id only — never patient data — so it can be logged,
    shown in a list row ("cannot be read, record #4711") and reported by ``db check``. A list
    that meets one shows that row as unreadable and goes on; it never turns it into "nothing".
    """

    def __init__(
        self, table: str, row_id: int | None, detail: str, *, reason: Message | None = None
    ) -> None:
        self.table = table
        self.row_id = row_id
        self.detail = detail
        #: ``detail`` coded, when ScarDesk worded it (``expected a number, found text``); None
        #: when it is Python's own words, which a check shows as technical detail.
        self.reason = reason
        where: dict[str, object] = {"table": Verbatim(table), "row_id": row_id}
        if reason is not None:
            code = "unreadable.row_because" if row_id is not None else "unreadable.table_because"
            super().__init__(Message(code, {**where, "reason": reason}))
        else:
            # Python's or a codec's own words: kept apart, after the translated sentence.
            code = "unreadable.row" if row_id is not None else "unreadable.table"
            super().__init__(Message(code, where, detail))

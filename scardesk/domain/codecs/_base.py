"""What every codec shares: the version field, the one error, and readers for plain values.

A stored document is a JSON object with ``"v"`` holding its schema version; a document written
before versions existed has none and is read as version 0. A reader takes the raw JSON value and
either returns the domain value or raises ``ValueError``/``TypeError``; ``decoder`` turns every
such failure (and anything else a malformed document provokes) into ``UnreadableRecordError``
naming the table, so nothing but that one error ever leaves a decode.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import fields, is_dataclass
from datetime import datetime
from enum import StrEnum
from functools import wraps
from typing import Any, ParamSpec, TypeVar

from scardesk.domain.errors import UnreadableRecordError, ValidationError
from scardesk.domain.message_catalogue import english
from scardesk.domain.messages import Message, Verbatim

VERSION_KEY = "v"
P = ParamSpec("P")
R = TypeVar("R")
E = TypeVar("E", bound=StrEnum)

#: What a malformed document can make a reader raise; all of it means "cannot be read".
_FAILURES = (
    KeyError,
    TypeError,
    ValueError,
    AttributeError,
    IndexError,
    ValidationError,
    RecursionError,
    OverflowError,
)


class StoredShapeError(TypeError):
    """A stored value of the wrong kind, its reason coded so a check can say it in Arabic."""

    def __init__(self, reason: Message) -> None:
        super().__init__(english(reason))
        self.reason = reason


#: The kinds a JSON value can be, as a reason names them ("expected a number, found text"):
#: each is the code ``stored.kind.<name>``.
STORED_KINDS: dict[type, str] = {
    str: "text",
    bool: "flag",
    int: "whole",
    float: "number",
    list: "list",
    dict: "object",
    type(None): "null",
}


def wrong_kind(expected: str, value: object) -> StoredShapeError:
    """``expected`` (a ``stored.expected_*`` code) with the kind of value found instead."""
    kind = STORED_KINDS.get(type(value))
    found: object = Message(f"stored.kind.{kind}") if kind else Verbatim(type(value).__name__)
    return StoredShapeError(Message(expected, {"found": found}))


def decoder(table: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Wrap a decode function so that any failure leaves as ``UnreadableRecordError(table)``."""

    def wrap(function: Callable[P, R]) -> Callable[P, R]:
        @wraps(function)
        def decode(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return function(*args, **kwargs)
            except UnreadableRecordError:
                raise
            except _FAILURES as error:
                raise UnreadableRecordError(
                    table, None, _detail(error), reason=_reason(error)
                ) from error

        return decode

    return wrap


def _detail(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"missing field {error}"
    if isinstance(error, ValidationError):
        return "; ".join(f"{k}: {v}" for k, v in error.field_errors.items())
    return f"{type(error).__name__}: {error}"[:300]


def _reason(error: Exception) -> Message | None:
    """The failure as a coded reason when ScarDesk worded it; None for Python's own words (an
    unknown enum value...), which a check then shows as technical detail."""
    if isinstance(error, StoredShapeError):
        return error.reason
    if isinstance(error, KeyError) and error.args:
        return Message("stored.missing_field", {"field": Verbatim(str(error.args[0]))})
    return None


def split_version(stored: object, known: int) -> tuple[int, dict[str, Any]]:
    """The document's version (0 when absent) and its other fields."""
    if not isinstance(stored, Mapping):
        raise wrong_kind("stored.expected_object", stored)
    version = stored.get(VERSION_KEY, 0)
    if isinstance(version, bool) or not isinstance(version, int):
        raise ValueError(f"the schema version {version!r} is not a whole number")
    if not 0 <= version <= known:
        raise ValueError(f"schema version {version} is unknown (this ScarDesk reads 0 to {known})")
    return version, {str(k): v for k, v in stored.items() if k != VERSION_KEY}


def only_keys(body: Mapping[str, Any], allowed: set[str] | frozenset[str]) -> None:
    """Refuse a field this version does not have: a misspelt key must not be dropped silently."""
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        reason = Message("stored.unknown_fields", {"fields": Verbatim(", ".join(unknown))})
        raise StoredShapeError(reason)


# --- readers of plain JSON values -----------------------------------------------------------


def text(value: object) -> str:
    if not isinstance(value, str):
        raise wrong_kind("stored.expected_text", value)
    return value


def optional_text(value: object) -> str | None:
    return None if value is None else text(value)


def number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise wrong_kind("stored.expected_number", value)
    if not math.isfinite(value):
        raise StoredShapeError(Message("stored.not_finite"))
    return value


def optional_number(value: object) -> float | None:
    return None if value is None else number(value)


def whole(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise wrong_kind("stored.expected_whole", value)
    return value


def optional_whole(value: object) -> int | None:
    return None if value is None else whole(value)


def flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise wrong_kind("stored.expected_flag", value)
    return value


def optional_flag(value: object) -> bool | None:
    return None if value is None else flag(value)


def moment(value: object) -> datetime:
    """An ISO 8601 time with its offset; a time without one is not a time ScarDesk wrote."""
    parsed = datetime.fromisoformat(text(value))
    if parsed.utcoffset() is None:
        raise ValueError("a stored time has no time zone")
    return parsed


def choice(kind: type[E]) -> Callable[[object], E]:
    def read(value: object) -> E:
        return kind(text(value))

    return read


def names(value: object) -> tuple[str, ...]:
    """A JSON list of texts (region names and the like)."""
    if not isinstance(value, list):
        raise wrong_kind("stored.expected_list", value)
    return tuple(text(item) for item in value)


def plain(value: object) -> Any:
    """A domain value as JSON: enums by value, times in ISO 8601, tuples as lists, records as
    objects."""
    if isinstance(value, StrEnum):  # before ``str``: a StrEnum is one
        return value.value
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [plain(item) for item in value]
    if is_dataclass(value) and not isinstance(value, type):
        return {item.name: plain(getattr(value, item.name)) for item in fields(value)}
    return value

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
                raise UnreadableRecordError(table, None, _detail(error)) from error

        return decode

    return wrap


def _detail(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"missing field {error}"
    if isinstance(error, ValidationError):
        return "; ".join(f"{k}: {v}" for k, v in error.field_errors.items())
    return f"{type(error).__name__}: {error}"[:300]


def split_version(stored: object, known: int) -> tuple[int, dict[str, Any]]:
    """The document's version (0 when absent) and its other fields."""
    if not isinstance(stored, Mapping):
        raise TypeError(f"expected a JSON object, found {type(stored).__name__}")
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
        raise ValueError(f"unknown field(s) {', '.join(unknown)}")


# --- readers of plain JSON values -----------------------------------------------------------


def text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def optional_text(value: object) -> str | None:
    return None if value is None else text(value)


def number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, found {type(value).__name__}")
    if not math.isfinite(value):
        raise ValueError("expected a finite number")
    return value


def optional_number(value: object) -> float | None:
    return None if value is None else number(value)


def whole(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, found {type(value).__name__}")
    return value


def optional_whole(value: object) -> int | None:
    return None if value is None else whole(value)


def flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, found {type(value).__name__}")
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
        raise TypeError(f"expected a list, found {type(value).__name__}")
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

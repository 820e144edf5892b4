"""Clock and calendar helpers.

ScarDesk stores every instant in UTC and shows it in Muscat time. Oman keeps UTC+4 all year
(no daylight saving), so a fixed offset is exact and needs no time-zone database — which
also matters for the frozen Windows build, where ``zoneinfo`` data may be missing.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone

from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.search_text import fold_digits

MUSCAT = timezone(timedelta(hours=4), "Asia/Muscat")
DATE_EXAMPLE = "expected day/month/year with a 4-digit year, e.g. 05/03/1990, or 1990-03-05"

_ISO_DATE = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})", re.ASCII)
_DAY_FIRST_DATE = re.compile(r"([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4})", re.ASCII)
_SHORT_YEAR_DATE = re.compile(r"[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{2}", re.ASCII)


def utc_now() -> datetime:
    """The current instant, time-zone aware, in UTC (what the database stores)."""
    return datetime.now(UTC)


def _require_aware(dt: datetime) -> None:
    # A naive datetime could be local or UTC; guessing would shift clinical times by 4 hours.
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError("a naive datetime has no time zone; pass an aware one (UTC as stored)")


def to_muscat(dt: datetime) -> datetime:
    """The same instant on Muscat wall-clock time, for display and for 'which day was it'."""
    _require_aware(dt)
    return dt.astimezone(MUSCAT)


def muscat_today(now: datetime | None = None) -> date:
    """The calendar day in Oman. Near midnight UTC this differs from the UTC date.

    ``now`` is injectable so callers and tests need no clock patching.
    """
    return to_muscat(now if now is not None else utc_now()).date()


def age_on(dob: date, today: date) -> int:
    """Completed years of age on ``today``.

    Someone born on 29 February becomes a year older on 1 March in common years. Raises
    ValueError when ``today`` is before the birth: an age that does not exist yet is a bug in
    the caller, not something to round to zero.
    """
    if today < dob:
        raise ValueError(f"{today.isoformat()} is before the date of birth {dob.isoformat()}")
    before_birthday = (today.month, today.day) < (dob.month, dob.day)
    return today.year - dob.year - int(before_birthday)


def _quote(text: str, limit: int = 40) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return f"‘{shown}’"


def parse_date_any(text: str, field: str = "date") -> date:
    """A calendar date typed as ``1990-03-05``, ``5/3/1990``, ``05.03.1990`` or ``05-03-1990``.

    Slashes, dots and dashes with the year last are read day first, as written in Oman; a
    four-digit year first means ISO order. Two-digit years are refused rather than guessed.
    Shared by validation and by the search box, which tries it to recognise a date query.
    """
    raw = fold_digits(unicodedata.normalize("NFKC", text)).strip()
    compact = re.sub(r"\s*([-/.])\s*", r"\1", raw)
    if not compact:
        problem = Message("validation.date.missing")
    elif iso := _ISO_DATE.fullmatch(compact):
        return _calendar_day(int(iso[1]), int(iso[3]), int(iso[4]), raw, field)
    elif local := _DAY_FIRST_DATE.fullmatch(compact):
        return _calendar_day(int(local[4]), int(local[3]), int(local[1]), raw, field)
    elif _SHORT_YEAR_DATE.fullmatch(compact):
        problem = Message("validation.date.two_digit_year", {"value": _quote(raw)})
    else:
        problem = Message("validation.date.not_a_date", {"value": _quote(raw)})
    raise ValidationError({field: problem})


def _calendar_day(year: int, month: int, day: int, raw: str, field: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        message = Message("validation.date.not_on_calendar", {"value": _quote(raw)})
        raise ValidationError({field: message}) from None

"""A conversion that remembers its results, for bulk work over values that repeat.

A million-patient demo converts tens of millions of moments, days and JSON texts, but only a
few hundred thousand distinct ones (days back × a clinic day's slots); looking a value up is
about a tenth of converting it again (issue #16).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

#: Values remembered at most; past it the memory starts again (an entry is ~200 bytes).
REMEMBERED_VALUES = 250_000

Convert = Callable[[Any], Any]


def remembering(convert: Convert, exact: type, limit: int = REMEMBERED_VALUES) -> Convert:
    """``convert``, remembering what it gave for values of exactly the type ``exact``.

    ``convert`` must depend on the value alone, and its results must not be changed by whoever
    receives them (they are shared). A datetime is remembered only in UTC: two aware
    datetimes of one zone that differ only in ``fold`` are equal keys yet different moments,
    and UTC has no fold. Other values (None, subclasses, other zones) are converted each time.
    """
    memo: dict[Any, Any] = {}
    known = memo.get
    moments = exact is datetime

    def remembered(value: Any) -> Any:
        kind: type = value.__class__
        if kind is not exact or (moments and value.tzinfo is not UTC):
            return convert(value)
        result = known(value, memo)  # the memo itself: a result that is never a value
        if result is memo:
            if len(memo) >= limit:
                memo.clear()
            result = memo[value] = convert(value)
        return result

    return remembered


__all__ = ["REMEMBERED_VALUES", "remembering"]

"""When a patient is next due, how overdue they are, and recent toxin dose totals.

The defaults follow the clinical reference (§5, §6) but every interval is a clinic setting,
so functions take an IntervalSettings rather than reading constants.
"""

from __future__ import annotations

from datetime import date, timedelta

from scardesk.domain.enums import Modality, PeelDepth
from scardesk.domain.errors import ValidationError
from scardesk.domain.messages import Message
from scardesk.domain.modalities import SPECS, spec_of
from scardesk.domain.modalities.spec import MAX_INTERVAL_DAYS
from scardesk.domain.setting_values import SettingValues, catalogue

__all__ = ["MAX_INTERVAL_DAYS", "IntervalSettings"]


class IntervalSettings(SettingValues):
    """Days between sessions: every interval setting the modality specs declare, with their
    defaults (e.g. ``microneedling_days``, ``toxin_review_days``). Validated on creation so a
    bad setting fails early."""

    __slots__ = ()
    CATALOGUE = catalogue(
        setting for spec in SPECS.values() for setting in spec.settings if setting.interval
    )


def interval_days(
    modality: Modality, settings: IntervalSettings, peel_depth: PeelDepth | None = None
) -> int:
    """The retreatment interval for one modality, as its spec reads the clinic's settings.

    A peel needs its depth: a missing depth is an error rather than a guess, so a deep peel is
    never booked at the superficial interval.
    """
    return spec_of(modality).interval(settings, peel_depth)


def next_due(
    last_done: date,
    modality: Modality,
    settings: IntervalSettings,
    peel_depth: PeelDepth | None = None,
) -> date:
    """The earliest date the next session of ``modality`` is due."""
    return last_done + timedelta(days=interval_days(modality, settings, peel_depth))


def toxin_review_due(injected_on: date, settings: IntervalSettings) -> date:
    """The review visit after a toxin session (about 2 weeks, when the full effect shows)."""
    return injected_on + timedelta(days=settings.toxin_review_days)


def days_between(start: date, end: date) -> int:
    """Signed whole days from ``start`` to ``end`` (negative when ``end`` is earlier)."""
    return (end - start).days


def overdue_days(due: date, today: date) -> int:
    """Days past the due date; 0 when not yet due or due today."""
    return max(0, days_between(due, today))


def toxin_units_in_window(doses: list[tuple[date, int]], on: date, window_days: int = 90) -> int:
    """Units given in the ``window_days`` days ending on ``on`` (both ends counted by day).

    The window is (on − window_days, on]: with 90 days, a dose exactly 90 days earlier has
    left the window, matching "no sooner than 90 days". Doses after ``on`` are ignored. Sum
    doses of one product only: units of different brands are not comparable.
    """
    if window_days < 1:
        raise ValidationError(
            {"window_days": Message("interval.window_too_small", {"n": window_days})}
        )
    total = 0
    for given_on, units in doses:
        if units < 0:
            raise ValidationError({"units": Message("toxin.units_negative", {"value": units})})
        if 0 <= days_between(given_on, on) < window_days:
            total += units
    return total

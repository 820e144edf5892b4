"""When a patient is next due, how overdue they are, and recent toxin dose totals.

The defaults follow the clinical reference (§5, §6) but every interval is a clinic setting,
so functions take an IntervalSettings rather than reading constants.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, timedelta

from scardesk.domain.enums import Modality, PeelDepth
from scardesk.domain.errors import ValidationError
from scardesk.domain.modalities import spec_of

MAX_INTERVAL_DAYS = 3 * 365


@dataclass(frozen=True, slots=True)
class IntervalSettings:
    """Days between sessions per modality. Validated on creation so a bad setting fails early."""

    # 12 weeks = 84 days, as the safety gate uses; the reference's "(90 days)" is a clinic choice.
    toxin_retreatment_days: int = 84
    toxin_review_days: int = 14  # full effect at about 2 weeks
    microneedling_days: int = 28  # 4–6 weeks; the earliest is the reminder date
    fractional_laser_days: int = 28  # about 4 weeks
    peel_superficial_days: int = 14
    peel_medium_deep_days: int = 28  # 2–4 weeks or more
    subcision_days: int = 28  # about 4–6 weeks (§6a); the earliest is the reminder date
    tca_cross_days: int = 28  # about 4–6 weeks (§6a)

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            valid = isinstance(value, int) and not isinstance(value, bool)
            if not valid or not 1 <= value <= MAX_INTERVAL_DAYS:
                expected = f"expected a whole number of days from 1 to {MAX_INTERVAL_DAYS}"
                raise ValidationError({item.name: f"{value!r}: {expected}"})


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
        raise ValidationError({"window_days": f"{window_days} days: expected 1 or more"})
    total = 0
    for given_on, units in doses:
        if units < 0:
            raise ValidationError({"units": f"{units} units is impossible: expected 0 or more"})
        if 0 <= days_between(given_on, on) < window_days:
            total += units
    return total

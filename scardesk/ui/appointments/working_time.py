"""Why a booking is outside working time, in words (the domain gives the reason as a value)."""

from __future__ import annotations

from scardesk.domain.working_calendar import Closure, Outside
from scardesk.ui.labels import day_text, isolated, ltr_text
from scardesk.ui.tr import _t, listed


def weekday_name(weekday: int) -> str:
    """Python's weekday number (Monday 0) as the day's name."""
    return (
        _t("Monday"),
        _t("Tuesday"),
        _t("Wednesday"),
        _t("Thursday"),
        _t("Friday"),
        _t("Saturday"),
        _t("Sunday"),
    )[weekday]


def outside_text(item: Outside, practitioner: str) -> str:
    day = f"{weekday_name(item.day.weekday())} {day_text(item.day)}"
    if item.closure is Closure.WEEKDAY:
        return _t("{day} is not a working day of the clinic.").format(day=day)
    if item.closure is Closure.HOLIDAY:
        return _t("{day} is a public holiday: {name}.").format(day=day, name=item.detail)
    if item.closure is Closure.DAY_OFF:
        return _t("{name} is off on {day}.").format(name=isolated(practitioner), day=day)
    # Each stretch kept left to right: in Arabic, "09:00–12:00" must not read "12:00–09:00".
    stretches = (ltr_text(f"{o.start:%H:%M}–{o.end:%H:%M}") for o in item.hours)
    hours = listed(stretches) if item.hours else item.detail
    return _t("The time is outside the clinic's opening hours on {day}: {hours}.").format(
        day=day, hours=hours
    )

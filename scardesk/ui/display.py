"""The signed-in user's display preferences, for code that formats text for the screen.

One place holds them so a date, a count or a digit is formatted the same way on every screen;
the shell sets them at sign-in and when the user switches language.
"""

from __future__ import annotations

from scardesk.domain.display_prefs import DEFAULT, DisplayPreferences

_current: DisplayPreferences = DEFAULT


def current() -> DisplayPreferences:
    return _current


def set_current(preferences: DisplayPreferences) -> None:
    global _current
    _current = preferences

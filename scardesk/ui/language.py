"""Which language the screens read in, and putting it in place.

Three things decide it: the signed-in user's own preferences (their profile, from the
database), the workstation's last language (``QSettings``: the sign-in window starts in it, so
an Arabic-speaking front desk is greeted in Arabic), and ``scardesk --language`` (for one run
only: it wins over both and is never remembered). A language someone picks by hand — on the
sign-in window or in Preferences — is their choice and ends the one-run override.

Applying a choice installs the translation (which sets the layout direction: mirrored only
when an Arabic translation actually loaded, see ``ui.i18n``) and publishes the preferences to
``ui.display`` for the code that formats dates and digits. Nothing here touches the database.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from scardesk.domain.display_prefs import DisplayPreferences, Language
from scardesk.ui import display
from scardesk.ui.i18n import install_translation

LAST_LANGUAGE_KEY = "display/last_language"
#: Oman's locale for Arabic (Arabic month names, the Gulf's conventions); ``scardesk_ar.qm``
#: is found through it when there is no ``scardesk_ar_OM.qm``.
_LOCALES = {Language.ENGLISH: "en", Language.ARABIC: "ar_OM"}


def locale_name(language: Language) -> str:
    return _LOCALES[language]


class LanguageChoice:
    """Built once per run (``ui.startup``) and handed to the sign-in window and the shell."""

    def __init__(
        self,
        window_state: QSettings,
        *,
        override: Language | None = None,
        folder: Path | None = None,
    ) -> None:
        self._window_state = window_state
        self.override = override
        #: Where the ``.qm`` files are; None: the bundled resources (``ui.i18n``).
        self.folder = folder

    def workstation_language(self) -> Language:
        """The one-run override, else the language last used on this workstation, else English."""
        if self.override is not None:
            return self.override
        stored = self._window_state.value(LAST_LANGUAGE_KEY, "", type=str)
        return Language(str(stored)) if stored in set(Language) else Language.ENGLISH

    def start(self) -> DisplayPreferences:
        """Before anyone signs in: the workstation's language with the default digits."""
        preferences = DisplayPreferences(self.workstation_language())
        self.apply(preferences)
        return preferences

    def choose(self, language: Language) -> DisplayPreferences:
        """Picked by hand on the sign-in window: applied now and remembered here."""
        self.override = None
        preferences = replace(display.current(), language=language)
        self.apply(preferences)
        self._remember(language)
        return preferences

    def for_user(self, stored: DisplayPreferences) -> DisplayPreferences:
        """What a user signing in sees: their own preferences, unless this run was started
        with ``--language`` (their digits and Hijri date are kept either way)."""
        if self.override is None:
            return stored
        return replace(stored, language=self.override)

    def sign_in(self, stored: DisplayPreferences) -> DisplayPreferences:
        preferences = self.for_user(stored)
        self.apply(preferences)
        if self.override is None:
            self._remember(preferences.language)
        return preferences

    def saved(self, preferences: DisplayPreferences) -> DisplayPreferences:
        """The user saved new preferences in the app: theirs from now on, on this run too."""
        self.override = None
        self.apply(preferences)
        self._remember(preferences.language)
        return preferences

    def apply(self, preferences: DisplayPreferences) -> bool:
        """Install the translation and publish ``preferences``; whether a translation loaded."""
        app = QApplication.instance()
        loaded = False
        if isinstance(app, QApplication):
            loaded = install_translation(app, locale_name(preferences.language), self.folder)
        display.set_current(preferences)
        return loaded

    def _remember(self, language: Language) -> None:
        self._window_state.setValue(LAST_LANGUAGE_KEY, language.value)
        self._window_state.sync()

"""The one translation helper of the screens.

``_t("Save")`` translates through the installed ``.qm``. Every call shares the empty context,
like gettext without a message context: one English text gets one Arabic text everywhere, which
keeps the wording consistent, and ``pyside6-lupdate`` extracts the calls with
``-tr-function-alias tr+=_t,QT_TR_NOOP+=_n`` (see ``scripts/i18n.py``). Where one English
word needs two translations, the second argument tells them apart (``_t("Open", "verb")``).
Counts use Qt's numerus forms: ``_t("%n day(s)", None, days)`` gives "1 day"/"2 days" in
English and Arabic's six plural forms.

``_n`` only marks a literal for extraction (a table of texts translated later with ``_t``);
``_np(text, None, COUNTED)`` marks a ``%n`` text the same way but as a plural one, so the ``.ts``
files get its numerus forms (it is translated later with ``_t(text, None, n)``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from scardesk.domain.display_prefs import DigitStyle
from scardesk.domain.numerals import arabic_indic_digits
from scardesk.ui import display


def _t(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    translated = QCoreApplication.translate("", text, disambiguation, n)
    if n >= 0 and display.current().digits is DigitStyle.ARABIC_INDIC:
        return arabic_indic_digits(translated)  # Qt writes %n in Western digits
    return translated


def listed(items: Iterable[str]) -> str:
    """Items of a list in one line, with the reader's separator: "a, b" or Arabic "أ، ب"."""
    return _t(", ", "list separator").join(items)


def _n(text: str) -> str:
    return text


#: The count a ``_np`` mark passes: ``pyside6-lupdate`` makes a text plural only when the call
#: gives a count, and a table of templates has none until a message is shown.
COUNTED = 0


def _np(text: str, disambiguation: str | None = None, n: int = COUNTED) -> str:
    return text

"""How one user wants the screens to read: language, digits and the Hijri date.

A user's preferences are part of their profile; the screens read the signed-in user's through
:mod:`scardesk.ui.display` and the documents take them as an argument. English with Western
digits and no Hijri date is the default for a new clinic.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Language(StrEnum):
    ENGLISH = "en"
    ARABIC = "ar"


class DigitStyle(StrEnum):
    WESTERN = "western"  # 0123456789
    ARABIC_INDIC = "arabic_indic"  # ٠١٢٣٤٥٦٧٨٩


@dataclass(frozen=True, slots=True)
class DisplayPreferences:
    language: Language = Language.ENGLISH
    digits: DigitStyle = DigitStyle.WESTERN
    show_hijri: bool = False

    @property
    def right_to_left(self) -> bool:
        return self.language is Language.ARABIC


DEFAULT = DisplayPreferences()

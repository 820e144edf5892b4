"""Arabic, right to left, for a test: until the Arabic ``.qm`` exists, the application's layout
direction and the display preferences are set by hand, with a few test translations, and both
are put back afterwards so no other test inherits them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from scardesk.domain.display_prefs import DEFAULT, DigitStyle, DisplayPreferences, Language
from scardesk.ui import display
from scardesk.ui.i18n import install_translation

# The texts the custom-painted widgets draw, as the Arabic translation will give them.
TEST_ARABIC = {
    "Patient's right": "يمين المريض",
    "Patient's left": "يسار المريض",
    "Right cheek": "الخد الأيمن",
    "Left cheek": "الخد الأيسر",
    "{units} U": "{units} U",
    "Before": "قبل",
    "After": "بعد",
    "Goodman & Baron (0–84)": "غودمان وبارون (0–84)",
    "ECCA (0–540)": "ECCA (0–540)",
}


class ArabicTestTranslator(QTranslator):
    """Answers from ``TEST_ARABIC`` in any context; everything else stays English."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return TEST_ARABIC.get(source)  # None: not translated, Qt keeps the English

    def isEmpty(self) -> bool:
        return False


def arabic_preferences(
    digits: DigitStyle = DigitStyle.WESTERN, show_hijri: bool = False
) -> DisplayPreferences:
    return DisplayPreferences(language=Language.ARABIC, digits=digits, show_hijri=show_hijri)


@pytest.fixture
def arabic_rtl(qapp: QApplication) -> Iterator[ArabicTestTranslator]:
    """The whole application in Arabic, right to left, for one test."""
    before_direction, before_prefs = qapp.layoutDirection(), display.current()
    translator = ArabicTestTranslator()
    QCoreApplication.installTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    display.set_current(arabic_preferences())
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)
        qapp.setLayoutDirection(before_direction)
        display.set_current(before_prefs)


@pytest.fixture
def display_preferences() -> Iterator[None]:
    """Lets a test call ``display.set_current`` freely: the previous value comes back."""
    before = display.current()
    try:
        yield
    finally:
        display.set_current(before)


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    """The real Arabic translation (the built ``scardesk_ar.qm``) and an Arabic reader's
    display preferences, for one test; English again afterwards."""
    assert install_translation(qapp, "ar"), "resources/i18n/scardesk_ar.qm did not load"
    display.set_current(DisplayPreferences(language=Language.ARABIC))
    yield
    display.set_current(DEFAULT)
    install_translation(qapp, "en")

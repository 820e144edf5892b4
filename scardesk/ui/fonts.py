"""Bundled fonts, registered at start-up so every workstation draws the same glyphs.

A bare clinic PC (or the frozen bundle) may have no Arabic font at all, and then Arabic names
render as empty boxes. Registering the files in ``resources/fonts`` removes that dependency and
makes screens match the printed PDFs, which use the same families.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from scardesk.resources import resource_path

log = logging.getLogger(__name__)

LATIN_FAMILY = "Noto Sans"
#: Tried in order for any character the Latin family lacks (Arabic letters, Arabic digits).
ARABIC_FALLBACKS = ("Noto Sans Arabic", "Noto Naskh Arabic")
UI_POINT_SIZE = 10
_REGISTERED_PROPERTY = "scardeskFontFamilies"


def register_fonts(folder: Path | None = None) -> list[str]:
    """Add every ``.ttf`` in ``folder`` to Qt's font database; return the families it gained."""
    folder = folder if folder is not None else resource_path("fonts")
    families: list[str] = []
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load bundled font %s", path.name)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if not families:
        log.warning("no bundled fonts found in %s: text may render as boxes", folder)
    return families


def ui_font(point_size: int = UI_POINT_SIZE) -> QFont:
    """The application font: Latin first, Arabic families as per-character fallbacks."""
    font = QFont()
    font.setFamilies([LATIN_FAMILY, *ARABIC_FALLBACKS])
    font.setPointSize(point_size)
    return font


def install_fonts(app: QGuiApplication) -> list[str]:
    """Register the bundled fonts once per application and make ``ui_font()`` the default.

    Registering twice would add duplicate faces, so the result is remembered on the
    application object itself rather than in a module global.
    """
    remembered = app.property(_REGISTERED_PROPERTY)
    if remembered:
        families = [str(family) for family in remembered]
    else:
        families = register_fonts()
        app.setProperty(_REGISTERED_PROPERTY, families)
    app.setFont(ui_font())
    return families

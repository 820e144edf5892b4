"""Translations and text direction.

Every visible string goes through ``self.tr`` or ``QCoreApplication.translate`` so a ``.qm``
file in ``resources/translations`` (``scardesk_ar.qm``, ``scardesk_ar_OM.qm``…) can translate
the whole UI. The layout is mirrored right-to-left only when an Arabic translation actually
loaded: a mirrored English screen would help nobody.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from scardesk.resources import resource_path

log = logging.getLogger(__name__)

_TRANSLATOR_NAME = "scardeskTranslator"


def is_right_to_left(locale_name: str) -> bool:
    return QLocale(locale_name).textDirection() == Qt.LayoutDirection.RightToLeft


def translation_candidates(locale_name: str, folder: Path | None = None) -> list[Path]:
    """Most specific first: ``scardesk_ar_OM.qm`` then ``scardesk_ar.qm``."""
    folder = folder if folder is not None else resource_path("translations")
    name = QLocale(locale_name).name()  # normalises "ar-OM" to "ar_OM"
    names = [name, name.split("_")[0]]
    return [folder / f"scardesk_{part}.qm" for part in dict.fromkeys(names)]


def install_translation(app: QApplication, locale_name: str, folder: Path | None = None) -> bool:
    """Load the translation for ``locale_name`` if one exists; set the layout direction to match.

    Returns whether a translation was installed. Calling it again replaces the previous one.
    """
    # Every one of ours, not the first found: a candidate that failed to load waits for its
    # deleteLater under the same name, and findChild would return it instead of the loaded one.
    for previous in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(previous)
        previous.setObjectName("")
        previous.deleteLater()
    loaded = False
    for path in translation_candidates(locale_name, folder):
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            loaded = True
            break
        translator.setObjectName("")  # not found as ours while it waits to be deleted
        translator.deleteLater()
    if not loaded and not QLocale(locale_name).name().startswith("en"):
        log.info("no translation for %s yet; showing English", locale_name)
    rtl = loaded and is_right_to_left(locale_name)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    return loaded

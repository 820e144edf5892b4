"""Translations and text direction.

Every visible string goes through ``_t`` (:mod:`scardesk.ui.tr`) so a ``.qm`` file in
``resources/i18n`` (``scardesk_ar.qm``; ``scardesk_en.qm`` holds English's plural forms), built
at set-up by ``scripts/i18n.py release``, translates the whole UI. The layout is mirrored
right-to-left only when an Arabic translation actually loaded: a mirrored English screen would
help nobody.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from scardesk.resources import resource_path

log = logging.getLogger(__name__)

_TRANSLATOR_NAME = "scardeskTranslator"
# Qt's own texts: the standard buttons (OK, Cancel, Close…), context menus, file dialogs.
_QT_TRANSLATOR_NAME = "qtBaseTranslator"
_QT_WORDS_NAME = "qtWordsTranslator"
#: Qt's standard-button words the app says in its own wording: Qt's Arabic "Cancel" is the bare
#: imperative "ألغ", which reads as a cut-off word beside the app's own "إلغاء الأمر".
_OWN_WORDS = {("QPlatformTheme", "Cancel"): "Cancel"}


def is_right_to_left(locale_name: str) -> bool:
    return QLocale(locale_name).textDirection() == Qt.LayoutDirection.RightToLeft


def translation_candidates(locale_name: str, folder: Path | None = None) -> list[Path]:
    """Most specific first: ``scardesk_ar_OM.qm`` then ``scardesk_ar.qm``."""
    folder = folder if folder is not None else resource_path("i18n")
    name = QLocale(locale_name).name()  # normalises "ar-OM" to "ar_OM"
    names = [name, name.split("_")[0]]
    return [folder / f"scardesk_{part}.qm" for part in dict.fromkeys(names)]


def install_translation(app: QApplication, locale_name: str, folder: Path | None = None) -> bool:
    """Load the translation for ``locale_name`` if one exists; set the layout direction to match.

    Returns whether a translation was installed. Calling it again replaces the previous one.
    """
    for name in (_TRANSLATOR_NAME, _QT_TRANSLATOR_NAME, _QT_WORDS_NAME):
        for previous in app.findChildren(QTranslator, name):
            app.removeTranslator(previous)
            # Unnamed at once: deleteLater waits for the event loop, and a second switch
            # before it runs must not find this one again instead of the installed one.
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
        translator.deleteLater()
    if loaded:
        _install_qt_texts(app, locale_name)
    if not loaded and not QLocale(locale_name).name().startswith("en"):
        log.info("no translation for %s yet; showing English", locale_name)
    rtl = loaded and is_right_to_left(locale_name)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    return loaded


def _install_qt_texts(app: QApplication, locale_name: str) -> None:
    """Qt's own translation of its standard texts, from PySide6's (or the bundle's) Qt."""
    translator = QTranslator(app)
    translator.setObjectName(_QT_TRANSLATOR_NAME)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(locale_name), "qtbase", "_", folder):
        app.installTranslator(translator)
        words = _OwnWords(app)
        words.setObjectName(_QT_WORDS_NAME)
        app.installTranslator(words)  # installed last, asked first
    else:
        translator.deleteLater()
        if not QLocale(locale_name).name().startswith("en"):
            log.warning("Qt's own %s texts not found in %s", locale_name, folder)


class _OwnWords(QTranslator):
    """Answers a few of Qt's own texts with the app's translation of the same word."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        ours = _OWN_WORDS.get((context, source))
        if ours is None:
            return None  # not ours: the next translator (Qt's) answers
        from scardesk.ui.tr import _t

        return _t(ours)

    def isEmpty(self) -> bool:
        return False

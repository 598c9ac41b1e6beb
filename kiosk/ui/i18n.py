"""Switching the UI language at run time with Qt Linguist translations (i18n/*.qm)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kiosk.adapters.translations import LANGUAGE_PROPERTY, SOURCE_LANGUAGE, load_translator
from kiosk.core import languages

log = logging.getLogger("kiosk.i18n")


# Qt's translators are process-wide, so there is one current translator whichever switcher installed it:
# two translators at once would answer from the newer one and leave the older one's language showing.
_installed: list[QTranslator] = []


class LanguageSwitcher:
    """Installs the translator for one language at a time; widgets retranslate on LanguageChange."""

    def __init__(self, catalog: str = "kiosk"):
        self.catalog = catalog
        self.language = SOURCE_LANGUAGE

    def set_language(self, lang: str) -> bool:
        """Switch; False (and English shown) when the language's .qm is missing."""
        app = QCoreApplication.instance()
        app.setProperty(LANGUAGE_PROPERTY, lang)
        while _installed:
            app.removeTranslator(_installed.pop())
        self.language = lang
        QLocale.setDefault(QLocale(lang))  # what Qt words itself: file types in the file dialog, dates
        translator = load_translator(lang, self.catalog)
        if translator is None:
            return lang == SOURCE_LANGUAGE
        app.installTranslator(translator)
        _installed.append(translator)
        if lang != SOURCE_LANGUAGE:
            known = languages.catalog().find(lang)
            self._install_qt_words(app, [lang] + ([known.screens] if known is not None else []))
        return True

    @staticmethod
    def _install_qt_words(app: QCoreApplication, tags: list[str]) -> None:
        """Qt's own translation (qtbase_TAG.qm, shipped with PySide6): the Yes/No, OK/Cancel, Save buttons
        and the file dialog in the staff's language too; the first of `tags` Qt has one for."""
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator()
        if any(qt.load(f"qtbase_{tag}", folder) for tag in tags):
            app.installTranslator(qt)
            _installed.append(qt)
        else:
            log.info("no Qt translation for %s in %s: Qt's own buttons stay in English", tags[0], folder)

"""Switching the UI language at run time with Qt Linguist translations (i18n/*.qm)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk import paths
from kiosk.core import languages

SOURCE_LANGUAGE = "en"  # the strings in the code
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
        app.setProperty("kiosk_language", lang)
        while _installed:
            app.removeTranslator(_installed.pop())
        self.language = lang
        translator = QTranslator()
        qm = paths.translation(f"{self.catalog}_{lang}.qm")
        known = languages.catalog().find(lang)
        if not qm.exists() and known is not None:  # zh_HK shows zh_TW's screens (i18n/languages.toml)
            qm = paths.translation(f"{self.catalog}_{known.screens}.qm")
        if not translator.load(str(qm)):
            if lang != SOURCE_LANGUAGE:  # English still reads right without its plural forms
                log.warning("no translation %s (run: make translations)", qm)
            return lang == SOURCE_LANGUAGE
        app.installTranslator(translator)
        _installed.append(translator)
        return True


def ui_language() -> str:
    """The language the windows are shown in now (the last one a LanguageSwitcher set)."""
    app = QCoreApplication.instance()
    lang = app.property("kiosk_language") if app is not None else None
    return lang or SOURCE_LANGUAGE

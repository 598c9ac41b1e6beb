"""Switching the UI language at run time with Qt Linguist translations (i18n/*.qm)."""
from __future__ import annotations

import functools
import logging
import os
import subprocess
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from kiosk import paths
from kiosk.core import languages

SOURCE_LANGUAGE = "en"  # the strings in the code
log = logging.getLogger("kiosk.i18n")


# Qt's translators are process-wide, so there is one current translator whichever switcher installed it:
# two translators at once would answer from the newer one and leave the older one's language showing.
_installed: list[QTranslator] = []


def _lrelease() -> Path | None:
    """PySide6's own lrelease (pyside6-lrelease runs this one), if this PySide6 ships it."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    return next((tool for tool in (folder / "lrelease", folder / "lrelease.exe") if tool.is_file()), None)


@functools.cache
def _built(qm: Path) -> Path:
    """`qm`, built from its .ts beside it when it is missing: .qm are built files, so a fresh clone or a
    `pip install` without `make translations` (Windows has no make) has sources only. The .qm goes
    beside the .ts, or to the user cache folder where that is read-only; once per process."""
    ts = qm.with_suffix(".ts")
    tool = _lrelease()
    if not ts.exists() or tool is None or _newer(qm, ts):
        return qm
    writable = os.access(qm.parent, os.W_OK)
    folder = qm.parent if writable else Path(platformdirs.user_cache_dir("kiosk")) / "i18n"
    out = folder / qm.name
    if not _newer(out, ts):  # missing, or older than a .ts that a pull brought
        folder.mkdir(parents=True, exist_ok=True)
        partial = out.with_name(f".{out.name}.{os.getpid()}.partial")  # another station may build it too
        done = subprocess.run([str(tool), "-silent", str(ts), "-qm", str(partial)], capture_output=True,
                              text=True, timeout=60)
        if done.returncode != 0 or not partial.exists():
            partial.unlink(missing_ok=True)
            log.warning("could not build %s: %s", out, done.stderr.strip() or done.stdout.strip())
            return qm
        os.replace(partial, out)
        log.info("built the translation %s from %s", out, ts.name)
    return out


def _newer(built: Path, source: Path) -> bool:
    return built.exists() and built.stat().st_mtime >= source.stat().st_mtime


def translation_file(name: str) -> Path:
    """i18n/NAME (a .qm), built first from its .ts source when only that is there."""
    return _built(paths.translation(name))


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


def load_translator(lang: str, catalog: str = "kiosk") -> QTranslator | None:
    """The loaded (not installed) translator of `lang`, or None when its .qm is missing. Works without an
    application and on any thread, so an export can read another language than the one on screen."""
    translator = QTranslator()
    qm = translation_file(f"{catalog}_{lang}.qm")
    known = languages.catalog().find(lang)
    if not qm.exists() and known is not None:  # zh_HK shows zh_TW's screens (i18n/languages.toml)
        qm = translation_file(f"{catalog}_{known.screens}.qm")
    if not translator.load(str(qm)):
        if lang != SOURCE_LANGUAGE:  # English still reads right without its plural forms
            log.warning("no translation %s (run: make translations, or pyside6-lrelease on its .ts)", qm)
        return None
    return translator


def ui_language() -> str:
    """The language the windows are shown in now (the last one a LanguageSwitcher set)."""
    app = QCoreApplication.instance()
    lang = app.property("kiosk_language") if app is not None else None
    return lang or SOURCE_LANGUAGE

"""Reading Qt Linguist translations (i18n/*.qm) of any shipped language, and the one the screens show now.

Below the windows, so the exports name things in a language other than the screens' without importing them.
"""
from __future__ import annotations

import functools
import logging
import os
import subprocess
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk import paths
from kiosk.core import languages

SOURCE_LANGUAGE = "en"  # the strings in the code
LANGUAGE_PROPERTY = "kiosk_language"  # the application property naming the screens' language
log = logging.getLogger("kiosk.i18n")


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
    lang = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return lang or SOURCE_LANGUAGE

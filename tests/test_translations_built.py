"""A fresh clone or `pip install -e .` has only the .ts sources: the first start builds the .qm it needs."""
import shutil
from pathlib import Path

from kiosk import paths
from kiosk.core import languages
from kiosk.store import QueueStore
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.kiosk_window import KioskWindow

ROOT = Path(__file__).parents[1]


def test_chinese_screens_without_make_translations(qtbot, db_path, tmp_path, monkeypatch):
    languages.catalog()  # read from the real tree before the fake one stands in
    clone = tmp_path / "clone"
    (clone / "i18n").mkdir(parents=True)
    shutil.copy(ROOT / "i18n" / "kiosk_zh_CN.ts", clone / "i18n")
    monkeypatch.setattr(paths, "root", lambda: clone)
    store = QueueStore.init(db_path, station="kiosk")
    try:
        window = KioskWindow(store, default_language="zh_CN")
        qtbot.addWidget(window)
        assert [window.back.text(), window.call_staff.text()] == ["返回", "呼叫工作人员"]
        assert (clone / "i18n" / "kiosk_zh_CN.qm").is_file(), "built beside its source, as make translations"
        window.close_worker()
    finally:
        LanguageSwitcher().set_language("en")
        store.close()


def test_a_built_translation_older_than_its_source_is_built_again(qtbot, db_path, tmp_path, monkeypatch):
    """After a pull brings a newer .ts, the next start must not keep showing the old .qm's words."""
    import os

    languages.catalog()
    clone = tmp_path / "clone"
    (clone / "i18n").mkdir(parents=True)
    shutil.copy(ROOT / "i18n" / "kiosk_zh_CN.ts", clone / "i18n")
    stale = clone / "i18n" / "kiosk_zh_CN.qm"
    shutil.copy(ROOT / "i18n" / "kiosk_zh_TW.qm", stale)  # other words: Traditional characters
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    monkeypatch.setattr(paths, "root", lambda: clone)
    store = QueueStore.init(db_path, station="kiosk")
    try:
        window = KioskWindow(store, default_language="zh_CN")
        qtbot.addWidget(window)
        assert window.back.text() == "返回" and window.call_staff.text() == "呼叫工作人员"
        assert not list((clone / "i18n").glob(".*.partial")), "built aside, then put in place"
        window.close_worker()
    finally:
        LanguageSwitcher().set_language("en")
        store.close()

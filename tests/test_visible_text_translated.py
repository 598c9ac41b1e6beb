"""Every text a customer or a teller sees is translated: walk each screen in Chinese and find no English.

lupdate (tests/test_translations.py) only finds strings wrapped in tr(); a literal set without tr(), an
English error message or a config name missing its zh_TW entry shows up here instead, as Latin words on a
Chinese screen. Ticket labels (A001), service letters, numbers and a short list of words used as they are
in Chinese (PIN, QR) are allowed.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.display_window import DisplayWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.kiosk_window import KioskWindow

# ticket labels, service letters, words Chinese uses as they are, the language picker's "English", and key
# names as printed on the keys ("[Ctrl+B]")
ALLOWED = re.compile(r"\b(?:[A-Z]{1,2}\d{3}|[A-Z]|PIN|QR|Code|English|Ctrl|Enter)\b")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
CHINESE = ("zh_CN", "zh_TW")


def visible_texts(root: QWidget) -> dict[str, str]:
    """What is on screen now: each shown label's, button's and field placeholder's text, by widget."""
    texts = {}
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts[f"{type(widget).__name__} {widget.objectName()}"] = widget.text()
        if isinstance(widget, QLineEdit):
            texts[f"placeholder {widget.objectName()}"] = widget.placeholderText()
        if widget.accessibleName():
            texts[f"accessible name of {type(widget).__name__}"] = widget.accessibleName()
    return texts


def english_in(texts: dict[str, str]) -> list[str]:
    return [f"{where}: {text!r}" for where, text in texts.items()
            if LATIN_WORD.search(ALLOWED.sub("", text.replace("&", "")))]


@pytest.fixture
def branch(db_path):
    store = QueueStore.init(db_path, station="setup")
    add_staff(store, "1001", "王芳", Role.LOBBY_MANAGER, "135790")
    for service, priority in [("A", "regular"), ("B", "elderly"), ("C", "green_channel")]:
        store.issue_ticket(service, priority)
    store.open_counter(1)
    yield store
    store.close()


@pytest.mark.parametrize("lang", CHINESE)
def test_every_kiosk_screen_is_in_chinese(qtbot, branch, lang):
    window = KioskWindow(branch, default_language=lang)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    seen = {}

    def answered() -> None:  # the kiosk asks the store on its worker
        qtbot.waitUntil(lambda: window.view is not None and not window.worker.busy)

    def look(screen: str) -> None:
        seen.update({f"{screen} / {where}": text for where, text in visible_texts(window).items()})

    answered()
    look("language")
    window.choose_language(lang)
    answered()
    look("service")
    window.choose_service("A")
    look("priority")
    window.choose_priority("elderly")
    window.voice.setChecked(True)
    look("needs")
    window.issue(("wheelchair",))
    answered()
    look("ticket")
    window.confirm.show_printed()
    look("ticket printed")
    window.print_failed()
    look("printer failed")
    window.reset()
    window.choose_language(lang)
    answered()
    window._show(window.check_in)
    window.check_in_code("")
    look("check-in, empty")
    window.check_in_code("99")
    look("check-in, unknown code")
    window.request_help()
    answered()
    look("help coming")
    window.warn_idle()
    look("idle warning")
    window.set_language(lang)
    window.choose_service("Z")  # unknown service: the error message shows
    window.choose_priority("regular")
    window.issue(())
    answered()
    look("no ticket issued")
    window.close_worker()
    assert english_in(seen) == [], "\n".join(english_in(seen))


@pytest.mark.parametrize("lang", CHINESE)
def test_every_console_page_is_in_chinese(qtbot, branch, db_path, lang):
    switcher = LanguageSwitcher()
    switcher.set_language(lang)
    store = QueueStore(db_path, station="console-1")
    window = ConsoleWindow(store, 1, confirm=lambda question: True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    seen = {f"sign-in / {k}": v for k, v in visible_texts(window).items()}
    window.sign_in.number.setText("1001")
    window.sign_in.pin.setText("135790")
    window.sign_in.submit()
    qtbot.waitUntil(lambda: window.staff is not None and not window.worker.busy)
    window.call_next()
    window.start()  # pressed before the call is answered: refused, and the window says it is working
    seen.update({f"working / {k}": v for k, v in visible_texts(window).items()})
    qtbot.waitUntil(lambda: not window.worker.busy)
    window.start()
    qtbot.waitUntil(lambda: not window.worker.busy)
    seen.update({f"desk / {k}": v for k, v in visible_texts(window).items()})
    try:
        assert english_in(seen) == [], "\n".join(english_in(seen))
    finally:
        window.timer.stop()
        window.close()  # its worker's reads (low ratings, the surge watch) end before the store closes
        switcher.set_language("en")
        store.close()


@pytest.mark.parametrize("lang", CHINESE)
def test_the_hall_display_is_in_chinese(qtbot, branch, lang):
    switcher = LanguageSwitcher()
    switcher.set_language(lang)
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.show_counters(branch.counters(), {})
    window.show_waiting(branch.status()["waiting"])
    window.show_notice(branch.branch.notice_line((lang,)))
    window.show_missing_voice("粵語")
    seen = visible_texts(window)
    switcher.set_language("en")
    assert english_in(seen) == [], "\n".join(english_in(seen))


def test_the_check_finds_english_where_there_is_some(qtbot):
    label = QLabel("请选择 Choose a service")
    qtbot.addWidget(label)
    label.show()
    assert english_in(visible_texts(label)) != []

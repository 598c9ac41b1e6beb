"""The hall display's lines and tiles: a recall marks its line, a tile tells called from served."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from kiosk.core.announce import call_text
from kiosk.station.display_station import DisplayStation
from kiosk.store import QueueStore
from kiosk.ui.display_window import DisplayWindow
from kiosk.ui.i18n import LanguageSwitcher

RECALLED = {"en": "  (recalled)", "zh_CN": "（重呼）", "zh_TW": "（重呼）"}  # after "A002  →  3"
PLEASE_COME = {"en": "A001 please come", "zh_CN": "A001 请到窗口", "zh_TW": "A001 請到櫃檯"}
SERVING = {"en": "Serving A001", "zh_CN": "A001 办理中", "zh_TW": "A001 辦理中"}
FULL_SCREEN = QSize(1920, 1080)


class _Voice:
    """Records what would be spoken, without synthesising it."""

    def __init__(self):
        self.said: list[str] = []

    def speak(self, text, lang, chime=False):
        self.said.append(text)

    def stop(self):
        pass


@pytest.fixture
def teller(db_path, store, clock):
    """A second station on the same file and clock, as a teller's console is."""
    other = QueueStore(db_path, station="console", clock=clock)
    yield other
    other.close()


@pytest.fixture
def board(qtbot, store):
    """Builds the hall display in a language, on the `store` fixture's database."""
    made = []

    def make(lang: str = "en", size: QSize = FULL_SCREEN) -> tuple[DisplayStation, DisplayWindow, _Voice]:
        LanguageSwitcher().set_language(lang)
        window = DisplayWindow()
        qtbot.addWidget(window)
        window.resize(size)
        window.show()
        voice = _Voice()
        station = DisplayStation(store, window, voice, poll_ms=20, backup_every_ms=None)
        made.append(station)
        return station, window, voice

    yield make
    for station in made:
        station.stop()


def recent_texts(window: DisplayWindow) -> list[str]:
    return [label.text() for label in window.recent if label.text()]


@pytest.mark.parametrize("lang", RECALLED)
def test_a_recall_marks_the_tickets_line_instead_of_adding_one(qtbot, board, teller, clock, lang):
    station, window, voice = board(lang)
    for _ in range(4):
        teller.issue_ticket("A")
    teller.open_counter(1)
    teller.open_counter(3)

    def call(counter: int) -> None:
        clock(minutes=2)
        with qtbot.waitSignal(station.call_shown, timeout=2000):
            teller.call_next(counter)

    call(1)  # A001
    teller.start(1)
    teller.finish(1)
    call(3)  # A002
    call(1)  # A003
    assert recent_texts(window) == ["A002  →  3", "A001  →  1"]
    said_before = len(voice.said)

    clock(minutes=1)
    with qtbot.waitSignal(station.call_shown, timeout=2000, check_params_cb=lambda call: call.recall):
        teller.recall(3)
    assert window.call_number.text() == "A002" and "3" in window.call_counter.text(), "shown big again"
    assert window.flash_timer.isActive(), "and flashed again"
    assert call_text("A002", 3, "en") in voice.said[said_before:], "and announced again"
    assert recent_texts(window) == ["A003  →  1", f"A002  →  3{RECALLED[lang]}", "A001  →  1"]

    teller.start(1)
    teller.finish(1)
    call(1)  # A004
    assert window.call_number.text() == "A004"
    assert recent_texts(window) == ["A003  →  1", f"A002  →  3{RECALLED[lang]}", "A001  →  1"], \
        "the recalled ticket keeps one line, still marked"


def test_a_ticket_recalled_again_and_again_leaves_the_other_tickets_their_lines(qtbot, board, store, clock):
    for _ in range(9):
        store.issue_ticket("A")
    store.open_counter(1)
    for _ in range(8):
        clock(minutes=3)
        store.call_next(1)
        store.start(1)
        store.finish(1)
    store.call_next(1)  # A009, whose customer does not come
    for _ in range(40):
        store.recall(1)
    _, window, _ = board()
    assert window.call_number.text() == "A009"
    assert recent_texts(window) == ["A009  →  1  (recalled)", *(f"A00{n}  →  1" for n in range(8, 2, -1))]


@pytest.mark.parametrize("lang", PLEASE_COME)
def test_a_counters_tile_says_please_come_until_the_teller_starts_serving(qtbot, board, teller, clock, lang):
    station, window, _ = board(lang)
    teller.issue_ticket("A")
    teller.open_counter(3)
    with qtbot.waitSignal(station.call_shown, timeout=2000):
        teller.call_next(3)
    tile = window.counter_labels[3]
    assert PLEASE_COME[lang] in tile.text()
    assert SERVING[lang] not in tile.text()

    clock(minutes=1)
    teller.start(3)
    qtbot.waitUntil(lambda: SERVING[lang] in tile.text(), timeout=2000)
    assert PLEASE_COME[lang] not in tile.text()

    clock(minutes=5)
    teller.finish(3)
    qtbot.waitUntil(lambda: "A001" not in tile.text(), timeout=2000)

"""The hall display's lines and tiles: a recall marks its line, a tile tells called from served, and the
board fits both the hall's screen and a quarter of the demo's."""
from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.core.announce import call_text
from kiosk.core.models import CounterMode
from kiosk.station.display_station import DisplayStation
from kiosk.store import QueueStore
from kiosk.ui.display_window import DisplayWindow
from kiosk.ui.i18n import LanguageSwitcher

RECALLED = {"en": "  (recalled)", "zh_CN": "（重呼）", "zh_TW": "（重呼）"}  # after "A002  →  3"
PLEASE_COME = {"en": "A001 please come", "zh_CN": "A001 请到窗口", "zh_TW": "A001 請到櫃檯"}
SERVING = {"en": "Serving A001", "zh_CN": "A001 办理中", "zh_TW": "A001 辦理中"}
DEMO_QUADRANT = QSize(950, 500)  # a quarter of a 1920 x 1080 screen, less the window's frame and title
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
        qtbot.waitUntil(lambda: station.view is not None)  # the first look, on the station's worker
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


def busy_hall(store: QueueStore, clock) -> None:
    """Every kind of tile and line at once: a called ticket, one being served, a recall, the love window,
    a paused and a closed counter, seven recent calls."""
    for service, priority in [("A", "regular")] * 10 + [("A", "elderly"), ("B", "regular"), ("B", "regular")]:
        store.issue_ticket(service, priority)
    store.open_counter(2, mode=CounterMode.LOVE)
    store.call_next(2)  # the elderly customer's A011
    store.recall(2)
    store.start(2)
    store.open_counter(1)
    store.open_counter(3)
    for counter in (1, 3) * 4:
        clock(minutes=1)
        store.call_next(counter)
        store.start(counter)
        store.finish(counter)
    store.call_next(1)
    store.call_next(3)
    store.recall(3)
    store.open_counter(4)
    store.pause_counter(4, "break")


def needed(label: QLabel) -> QSize:
    """The size the label needs to show all its text, by Qt's own measure: its size hint, or for a
    word-wrapped label its height at its width, and its widest line (an unbreakable word can be wider)."""
    if not label.wordWrap():
        return label.sizeHint()
    flags = int(label.alignment()) | int(Qt.TextFlag.TextWordWrap)
    widest = label.fontMetrics().boundingRect(label.contentsRect(), flags, label.text()).width()
    return QSize(widest + label.width() - label.contentsRect().width(), label.heightForWidth(label.width()))


def layout_problems(window: QWidget) -> list[str]:
    """Labels outside the window or their parent, text that does not fit its label, labels that overlap."""
    problems = []
    shown = [w for w in window.findChildren(QLabel) if w.isVisibleTo(window) and w.text()]
    where = {w: QRect(w.mapTo(window, w.rect().topLeft()), w.size()) for w in shown}
    for label in shown:
        name, text = label.objectName(), label.text().replace("\n", " / ")
        if not window.rect().contains(where[label]):
            problems.append(f"{name} {text!r} at {where[label]} is outside the window {window.rect()}")
        if not label.parentWidget().rect().contains(label.geometry()):
            problems.append(f"{name} {text!r} sticks out of its {label.parentWidget().objectName()}")
        need, room = needed(label), label.size()
        scrolls = label is getattr(window, "notice", None)  # the notice line scrolls through its text
        if need.height() > room.height() or (need.width() > room.width() and not scrolls):
            problems.append(f"{name} {text!r} needs {need.width()}x{need.height()}, has {room.width()}x"
                            f"{room.height()}")
    for a, b in combinations(shown, 2):
        if where[a].intersects(where[b]):
            problems.append(f"{a.objectName()} {a.text()!r} overlaps {b.objectName()} {b.text()!r}")
    return problems


def test_the_board_asks_for_no_more_than_a_quarter_of_the_demo_screen(qtbot, store, clock, board):
    busy_hall(store, clock)
    _, window, _ = board("en", DEMO_QUADRANT)
    window.show_missing_voice("yue")
    assert window.minimumSizeHint().boundedTo(DEMO_QUADRANT) == window.minimumSizeHint()
    assert window.minimumSize().boundedTo(DEMO_QUADRANT) == window.minimumSize()
    qtbot.waitUntil(lambda: window.size() == DEMO_QUADRANT, timeout=2000)
    window.resize(FULL_SCREEN)
    window.resize(DEMO_QUADRANT)
    qtbot.waitUntil(lambda: window.size() == DEMO_QUADRANT, timeout=2000)


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
@pytest.mark.parametrize("size", [DEMO_QUADRANT, FULL_SCREEN], ids=["demo quadrant", "full screen"])
def test_nothing_is_clipped_or_overlaps(qtbot, store, clock, board, lang, size):
    busy_hall(store, clock)
    _, window, _ = board(lang, size)
    window.show_missing_voice("yue")
    window.show_backup_failed("disk full")
    qtbot.waitUntil(lambda: window.size() == size, timeout=2000)
    assert "A0" in window.call_number.text() and any(RECALLED[lang] in t for t in recent_texts(window))
    assert len(recent_texts(window)) == window.recent_count
    assert len(window.counter_labels) == 5

    def laid_out_well():
        problems = layout_problems(window)
        assert not problems, "\n".join(problems)

    qtbot.waitUntil(laid_out_well, timeout=2000)


def test_the_hall_screen_keeps_its_large_type(qtbot, store, clock, board):
    busy_hall(store, clock)
    _, window, _ = board("zh_CN", FULL_SCREEN)
    labels = (window.call_number, window.call_counter, window.recent[0], window.counter_labels[1])
    sizes = {label.objectName(): label.font().pixelSize() for label in labels}
    assert sizes == {"callNumber": 220, "callCounter": 120, "recent": 56, "counter": 36}
    window.resize(DEMO_QUADRANT)
    qtbot.waitUntil(lambda: window.call_number.font().pixelSize() < 220, timeout=2000)
    assert window.call_number.font().pixelSize() >= 80, "still the largest text, readable across a desk"

"""The hall display: calls made by another process appear and are announced, in order, once."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.adapters.speech import Speaker
from kiosk.station.display_station import Announcer, DisplayStation
from kiosk.store import QueueStore
from kiosk.store.hall import Call
from kiosk.ui.display_window import DisplayWindow


def kiosk_cli(clock, *args):
    """A `kiosk` command in another process, at the test clock's next instant (`--at`)."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    return subprocess.run([sys.executable, "-m", "kiosk", *map(str, args), "--at", clock().isoformat()],
                          capture_output=True, text=True, check=True, env=env)


@pytest.fixture
def hall(qtbot, db_path):
    store = QueueStore.init(db_path, station="display")
    spoken: list[tuple[str, int]] = []
    speaker = Speaker(player=(), on_spoken=lambda text, wav: spoken.append((text, wav.stat().st_size)))
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    station = DisplayStation(store, window, speaker, poll_ms=20)
    qtbot.waitUntil(lambda: station.view is not None)  # the first look, on the station's worker
    yield station, window, spoken
    station.stop()
    speaker.stop()
    store.close()


def test_call_from_another_process_is_shown_flashed_and_announced(qtbot, hall, db_path, clock):
    station, window, spoken = hall
    kiosk_cli(clock, "issue", "--db", db_path, "--service", "A", "--lang", "en")
    kiosk_cli(clock, "open", "--db", db_path, "--counter", 3, "--services", "A")
    with qtbot.waitSignal(station.call_shown, timeout=10_000) as shown:
        kiosk_cli(clock, "call", "--db", db_path, "--counter", 3)
    assert shown.args[0].label == "A001"
    assert window.call_number.text() == "A001"
    assert "3" in window.call_counter.text()
    assert window.flash_timer.isActive(), "the newest call flashes for those who cannot hear"
    assert "A001" in window.counter_labels[3].text()
    qtbot.waitUntil(lambda: len(spoken) == 2, timeout=20_000)
    assert [text for text, _ in spoken] == ["请 A 零 零 一 号到 3 号窗口",
                                            "Number A zero zero one, please go to counter 3"]
    assert all(size > 10_000 for _, size in spoken), "real speech, not silence"
    assert "Beware of fraud" in window._notice_text, "the notice line comes from the branch config"


def test_recall_announces_again_and_love_window_is_shown(qtbot, hall, db_path, clock):
    station, window, spoken = hall
    kiosk_cli(clock, "issue", "--db", db_path, "--service", "B", "--priority", "elderly")
    kiosk_cli(clock, "open", "--db", db_path, "--counter", 1, "--mode", "love")
    with qtbot.waitSignal(station.call_shown, timeout=10_000):
        kiosk_cli(clock, "call", "--db", db_path, "--counter", 1)
    with qtbot.waitSignal(station.call_shown, timeout=10_000, check_params_cb=lambda c: c.recall):
        kiosk_cli(clock, "recall", "--db", db_path, "--counter", 1)
    assert "Love window" in window.counter_labels[1].text()
    qtbot.waitUntil(lambda: len(spoken) == 4, timeout=30_000)
    assert spoken[0][0] == spoken[2][0] == "请 B 零 零 一 号到 1 号窗口"


def test_announcer_adds_the_tickets_own_language_and_repeats():
    from tests.conftest import branch_time

    call = Call(1, branch_time(9), False, 2, "C015", "zh_TW", "regular")
    announcer = Announcer(Speaker(player=()), ("zh_CN", "en"), repeats=2)
    texts = [text for text, _ in announcer.texts(call)]
    assert texts == ["请 C 零 一 五 号到 2 号窗口", "Number C zero one five, please go to counter 2",
                     "請 C 零 一 五 號到 2 號櫃檯"] * 2
    announcer.speaker.stop()


def test_calls_made_before_the_display_started_are_not_announced(qtbot, db_path):
    store = QueueStore.init(db_path)
    store.issue_ticket("A")
    store.open_counter(1)
    store.call_next(1)
    spoken = []
    speaker = Speaker(player=(), on_spoken=lambda text, wav: spoken.append(text))
    window = DisplayWindow()
    qtbot.addWidget(window)
    station = DisplayStation(store, window, speaker, poll_ms=20)
    qtbot.waitUntil(lambda: window.call_number.text() == "A001")  # shown
    station.stop()
    speaker.close(timeout=10)
    assert spoken == [], "but not spoken again"
    store.close()


class _Voice:
    """Records what would be spoken, without synthesising it (fast, and no speech thread)."""

    def __init__(self):
        self.said: list[tuple[str, str]] = []

    def speak(self, text, lang, chime=False):
        self.said.append((lang, text))

    def stop(self):
        pass


def _board(qtbot, store, voice=None):
    window = DisplayWindow()
    qtbot.addWidget(window)
    station = DisplayStation(store, window, voice or _Voice(), poll_ms=20, backup_every_ms=None)
    qtbot.waitUntil(lambda: station.view is not None)  # the first look, on the station's worker
    return station, window


def _yesterday_at_counter_2(store):
    """Yesterday afternoon counter 2 called A001-A003 and still holds A003."""
    from tests.conftest import branch_time

    store.open_counter(2, at=branch_time(16, day=22))
    for i in range(3):
        store.issue_ticket("A", at=branch_time(16, i, day=22))
    for i in range(3):
        store.call_next(2, at=branch_time(16, 10 + i, day=22))
        if i < 2:
            store.start(2, at=branch_time(16, 10 + i, day=22))
            store.finish(2, at=branch_time(16, 10 + i, day=22))


def test_next_morning_the_board_does_not_show_yesterdays_calls(qtbot, db_path, clock):
    from tests.conftest import branch_time

    store = QueueStore.init(db_path, station="display", clock=clock)
    _yesterday_at_counter_2(store)
    clock.set(branch_time(9, day=23))
    store.issue_ticket("A")  # today's A001
    station, window = _board(qtbot, store)
    assert window.call_number.text() == "", "nobody is called yet today"
    assert all(label.text() == "" for label in window.recent)
    assert "A003" not in window.counter_labels[2].text(), "yesterday's ticket is not 'Serving'"
    station.stop()
    store.close()


def test_a_running_board_clears_at_the_new_business_day_without_any_write(qtbot, db_path, clock):
    from tests.conftest import branch_time

    store = QueueStore.init(db_path, station="display", clock=clock)
    _yesterday_at_counter_2(store)
    store.issue_ticket("B", at=branch_time(16, 30, day=22))
    clock.set(branch_time(16, 40, day=22))
    station, window = _board(qtbot, store)
    assert window.call_number.text() == "A003"
    assert "B 1" in window.waiting.text()
    clock.set(branch_time(8, 30, day=23))  # nobody writes overnight
    qtbot.waitUntil(lambda: window.call_number.text() == "", timeout=2000)
    assert "A003" not in window.counter_labels[2].text()
    assert "B 0" in window.waiting.text(), "yesterday's waiting ticket is not counted today"
    station.stop()
    store.close()


def test_a_saved_configuration_reaches_a_running_display(qtbot, db_path):
    store = QueueStore.init(db_path, station="display")
    voice = _Voice()
    station, window = _board(qtbot, store, voice)
    manager = QueueStore(db_path, station="manager")
    toml = (manager.branch_toml()
            .replace('announce_languages = ["zh_CN", "en"]', 'announce_languages = ["en"]')
            .replace("announcement_repeats = 1", "announcement_repeats = 3")
            .replace("Beware of fraud: our staff", "Mind the scams: our staff"))
    manager.configure(toml)
    qtbot.waitUntil(lambda: "Mind the scams" in window._notice_text, timeout=2000)
    manager.issue_ticket("A", lang="en")
    manager.open_counter(1)
    with qtbot.waitSignal(station.call_shown, timeout=2000):
        manager.call_next(1)
    assert voice.said == [("en", "Number A zero zero one, please go to counter 1")] * 3
    station.stop()
    manager.close()
    store.close()

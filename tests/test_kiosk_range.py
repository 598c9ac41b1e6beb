"""A wait that is unsure is said as a range wherever the kiosk says it: on the ticket screen ("About 10-15
minutes"), aloud ("about 10 to 15 minutes"), on the printed slip and in the come-back-later offer; in zh_CN,
zh_TW and English, walked as a customer would through the real window and station."""
from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt

from kiosk.adapters import ticket_print
from kiosk.adapters.speech import Speaker
from kiosk.core.config import default_toml
from kiosk.station.kiosk_station import KioskStation, TicketPrinter
from kiosk.store import QueueStore
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.kiosk_window import KioskWindow
from tests.conftest import branch_time

FOREX = "E"  # foreign exchange: counter 2 only, not bookable, not at self-service: straight to a ticket
LOANS = "C"  # bookable: a long wait offers slots

# (language button, tag, the screen's range, the spoken range, the slip's range), for a wait of {0}-{1}
SAID = [
    (0, "zh_CN", "预计等候约 {0}-{1} 分钟", "预计等候 {0}到{1} 分钟", "预计等待约 {0}-{1} 分钟"),
    (1, "zh_TW", "預計等候約 {0}-{1} 分鐘", "預計等候 {0}到{1} 分鐘", "預計等候約 {0}-{1} 分鐘"),
    (2, "en", "About {0}-{1} minutes", "about {0} to {1} minutes", "Wait: about {0}-{1} min"),
]


@pytest.fixture
def station(qtbot, db_path, tmp_path):
    store = QueueStore.init(db_path, default_toml().replace("occupancy_cap = 80", "occupancy_cap = 0"),
                            station="kiosk")
    window = KioskWindow(store, default_language="en", languages=LanguageSwitcher())
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    spoken: list[str] = []
    window.speech_requested.connect(lambda text, lang: spoken.append(text))
    window.speech_queued.connect(lambda text, lang: spoken.append(text))
    s = KioskStation(store, window, TicketPrinter(f"pdf:{tmp_path / 'slips'}"), Speaker(player=()))
    s.spoken = spoken
    qtbot.waitUntil(lambda: window.view is not None)
    yield s
    s.close()
    store.close()


def answered(qtbot, window):
    qtbot.waitUntil(lambda: not window.worker.busy)


def choose(qtbot, window, service, lang_index):
    qtbot.mouseClick(window.start.language_buttons[lang_index], Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    qtbot.mouseClick(window.services.buttons[service], Qt.MouseButton.LeftButton)
    answered(qtbot, window)


@pytest.mark.parametrize(("lang_index", "lang", "screen", "aloud", "slip"), SAID)
def test_the_ticket_screen_the_voice_and_the_slip_say_the_range(qtbot, station, lang_index, lang, screen,
                                                               aloud, slip):
    window, store = station.window, station.store
    store.open_counter(2, (FOREX,), at=branch_time(9))
    for _ in range(4):  # four ahead at one counter, 10 skewed minutes each: unsure
        store.issue_ticket(FOREX, at=branch_time(9))
    expected = store.wait_estimate(FOREX)
    assert expected.range_minutes is not None, expected
    window.voice.setChecked(True)
    choose(qtbot, window, FOREX, lang_index)
    qtbot.mouseClick(window.priority.no, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(station.print_finished, timeout=10_000) as printed:
        qtbot.mouseClick(window.needs.print_button, Qt.MouseButton.LeftButton)
    issued, ok, where = printed.args
    assert window.lang == lang and issued.eta_range == expected.range_minutes
    low, high = issued.eta_range
    assert window.stack.currentWidget() is window.confirm
    shown = window.confirm.details.text()
    assert screen.format(low, high) in shown, shown
    assert str(issued.eta_minutes) not in shown.splitlines()[-1].replace(f"{low}-{high}", ""), "one figure"
    qtbot.waitUntil(lambda: any(aloud.format(low, high) in text for text in station.spoken))
    assert ok, where
    text = subprocess.run(["pdftotext", where, "-"], capture_output=True, text=True, check=True).stdout
    assert slip.format(low, high) in text, text


def test_a_sure_wait_is_one_number_everywhere(qtbot, station):
    window, store = station.window, station.store
    store.open_counter(2, (FOREX,), at=branch_time(9))
    window.voice.setChecked(True)
    choose(qtbot, window, FOREX, 2)
    qtbot.mouseClick(window.priority.no, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(station.print_finished, timeout=10_000) as printed:
        qtbot.mouseClick(window.needs.print_button, Qt.MouseButton.LeftButton)
    issued, ok, where = printed.args
    assert (issued.ahead, issued.eta_minutes, issued.eta_range) == (0, 0, None)
    assert window.confirm.details.text().splitlines()[1:] == ["0 people ahead of you", "About 0 minutes"]
    qtbot.waitUntil(lambda: any("No one is ahead of you." in text for text in station.spoken))
    text = subprocess.run(["pdftotext", where, "-"], capture_output=True, text=True, check=True).stdout
    assert "You are next in line" in text and "Wait:" not in text


@pytest.mark.parametrize(("lang_index", "offer"), [
    (0, "现在约需等候 {0}-{1} 分钟。"), (1, "現在約需等候 {0}-{1} 分鐘。"),
    (2, "about {0}-{1} minutes of waiting now.")])
def test_the_come_back_later_offer_says_the_range(qtbot, station, lang_index, offer):
    window, store = station.window, station.store
    store.open_counter(4, (LOANS,), at=branch_time(9))
    for _ in range(4):  # four ahead at one counter, 20 skewed minutes each: long, and unsure
        store.issue_ticket(LOANS, at=branch_time(9))
    expected = store.wait_estimate(LOANS)
    assert expected.range_minutes is not None and expected.minutes > store.branch.shunting.threshold_minutes
    window.voice.setChecked(True)
    choose(qtbot, window, LOANS, lang_index)
    screen = window.booking.offer_screen
    assert window.stack.currentWidget() is screen
    said = offer.format(*expected.range_minutes)
    assert said in screen.body.text(), screen.body.text()
    assert any(said in text for text in station.spoken), "read aloud as shown"


@pytest.mark.parametrize(("lang", "ranged", "nxt", "next_wait"), [
    ("zh_CN", "预计等待约 12-20 分钟", "下一位就是您", "预计等待约 3 分钟"),
    ("zh_TW", "預計等候約 12-20 分鐘", "下一位就是您", "預計等候約 3 分鐘"),
    ("en", "Wait: about 12-20 min", "You are next in line", "Wait: about 3 min")])
def test_the_slip_says_the_range_and_the_wait_of_one_next_in_line(store, lang, ranged, nxt, next_wait):
    """A range replaces the single figure; nobody ahead but every counter busy still prints the wait;
    nothing to wait for prints no wait."""
    ticket = store.issue_ticket("A", lang=lang, at=branch_time(9)).ticket

    def printed(ahead: int, minutes: int, span: tuple[int, int] | None = None) -> list[str]:
        slip = ticket_print.slip_for(ticket, store.branch, ahead, minutes, span)
        return [line.text for line in ticket_print.slip_lines(slip) if line.style == "body"]

    assert printed(4, 16, (12, 20))[1:] == [ranged]
    assert printed(0, 3) == [nxt, next_wait]
    assert printed(0, 0) == [nxt]

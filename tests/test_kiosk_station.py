"""The kiosk station end to end: a ticket taken on the window is printed and, when asked, spoken."""
from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import Qt

from kiosk.adapters.speech import DEFAULT_RATE, SLOWER_RATE, Speaker
from kiosk.core.errors import ConfigError
from kiosk.station.kiosk_station import KioskStation, TicketPrinter
from kiosk.store import QueueStore
from kiosk.ui.kiosk_window import KioskWindow


@pytest.fixture
def station(qtbot, db_path, tmp_path, request):
    store = QueueStore.init(db_path, station="kiosk")
    window = KioskWindow(store, default_language="en")
    qtbot.addWidget(window)
    window.show()
    spoken = []
    speaker = Speaker(player=(), on_spoken=lambda text, wav: spoken.append((text, wav.stat().st_size)))
    printer = TicketPrinter(getattr(request, "param", f"pdf:{tmp_path / 'tickets'}"))
    s = KioskStation(store, window, printer, speaker)
    s.spoken = spoken
    yield s
    s.close()
    store.close()


def answered(qtbot, window):
    """The kiosk asks the store on its worker: its answer is shown."""
    qtbot.waitUntil(lambda: window.view is not None and not window.worker.busy)


def take(qtbot, window):
    answered(qtbot, window)
    window.choose_language("en")
    answered(qtbot, window)
    window.choose_service("A")
    window.choose_priority("elderly")
    qtbot.mouseClick(window.needs.print_button, Qt.MouseButton.LeftButton)


def test_ticket_is_printed_to_pdf_with_its_qr(qtbot, station, tmp_path):
    with qtbot.waitSignal(station.print_finished, timeout=10_000) as done:
        take(qtbot, station.window)
    issued, ok, where = done.args
    assert ok and where.endswith(f"-{issued.ticket.label}.pdf")
    png = tmp_path / "slip"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", where, str(png)], check=True)
    decoded = subprocess.run(["zbarimg", "--raw", "-q", f"{png}.png"], capture_output=True, text=True)
    assert decoded.stdout.strip() == f"KQ1|{issued.ticket.id}|A001|{issued.ticket.business_day}"


@pytest.mark.parametrize("station", ["system:No Such Printer"], indirect=True)
def test_failed_printer_tells_staff_and_shows_the_number_larger(qtbot, station):
    with qtbot.waitSignal(station.print_finished, timeout=10_000) as done:
        take(qtbot, station.window)
    assert done.args[1] is False
    qtbot.waitUntil(lambda: "printer is not working" in station.window.confirm.printing.text())
    qtbot.waitUntil(lambda: station.store.open_help_requests() != [])  # asked on the kiosk's worker
    requests = station.store.open_help_requests()
    assert [(r["kind"], r["ticket_id"]) for r in requests] == [("printer_failed", done.args[0].ticket.id)]


def test_voice_guidance_speaks_the_ticket_digit_by_digit(qtbot, station):
    answered(qtbot, station.window)
    station.window.choose_language("en")
    answered(qtbot, station.window)
    station.window.voice.setChecked(True)
    station.window.choose_service("A")
    station.window.choose_priority("regular")
    with qtbot.waitSignal(station.print_finished, timeout=10_000):
        qtbot.mouseClick(station.window.needs.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("Your number is A zero zero one" in t for t, _ in station.spoken),
                    timeout=10_000)
    assert all(size > 1000 for _, size in station.spoken), "every utterance became real audio"


def test_slower_speech_makes_the_stations_speech_longer_until_the_next_customer(qtbot, station):
    text = "Please wait to be called."

    def spoken_size() -> int:  # the WAV's size: its length, as every utterance is 22050 Hz mono 16-bit
        qtbot.waitUntil(lambda: any(said == text for said, _ in station.spoken), timeout=10_000)
        size = next(size for said, size in station.spoken if said == text)
        station.spoken.clear()
        return size

    station.speak(text, "en")
    normal = spoken_size()
    qtbot.mouseClick(station.window.slower, Qt.MouseButton.LeftButton)
    assert station.speaker.rate == SLOWER_RATE
    station.speak(text, "en")
    slower = spoken_size()
    assert slower >= 1.2 * normal, (normal, slower)
    station.window.reset()
    assert station.speaker.rate == DEFAULT_RATE


def test_bad_printer_setting_is_refused():
    with pytest.raises(ConfigError, match="use pdf:FOLDER"):
        TicketPrinter("laser")


def test_the_ticket_screen_says_take_your_ticket_once_it_is_printed(qtbot, station):
    window = station.window
    answered(qtbot, window)
    window.choose_language("en")
    answered(qtbot, window)
    window.voice.setChecked(True)
    window.choose_service("A")
    window.choose_priority("regular")
    with qtbot.waitSignal(station.print_finished, timeout=10_000) as done:
        qtbot.mouseClick(window.needs.print_button, Qt.MouseButton.LeftButton)
    assert done.args[1] is True
    qtbot.waitUntil(lambda: window.confirm.printing.text() == "Please take your ticket.")
    qtbot.waitUntil(lambda: any(text == "Please take your ticket." for text, _ in station.spoken),
                    timeout=10_000)
    said = [text for text, _ in station.spoken]
    number = next(i for i, text in enumerate(said) if "Your number is A zero zero one" in text)
    assert said.index("Please take your ticket.") > number, "said after the number, not instead of it"

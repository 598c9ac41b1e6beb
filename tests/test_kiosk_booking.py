"""Come back later at the kiosk, walked as a customer would through the real window and station: a long wait
for a bookable service offers the quietest slots, one press books it and prints a booking slip; a slot taken
meanwhile is said and the others offered; a scanner (a keyboard) checks the slip's code in."""
from __future__ import annotations

import itertools
import subprocess

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kiosk.adapters.speech import Speaker
from kiosk.core.config import default_toml
from kiosk.core.errors import QueueError
from kiosk.core.languages import catalog
from kiosk.station import kiosk_booking
from kiosk.station.kiosk_station import KioskStation, TicketPrinter
from kiosk.station.kiosk_view import read_kiosk
from kiosk.store import QueueStore
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.kiosk_window import KioskWindow
from tests.conftest import branch_time
from tests.test_kiosk_accessibility import MIN_BODY_PX, MIN_TARGET_PX, text_overflow
from tests.test_visible_text_translated import english_in, visible_texts

LOANS = "C"  # bookable in the default branch: 30-minute slots, 2 places each, Monday to Friday


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


def long_wait(store, service=LOANS, people=20):
    for _ in range(people):
        store.issue_ticket(service)
    assert store.expected_wait(service) > store.branch.shunting.threshold_minutes


def choose(qtbot, window, service=LOANS, lang_index=2):
    qtbot.mouseClick(window.start.language_buttons[lang_index], Qt.MouseButton.LeftButton)  # zh_CN, zh_TW, en
    answered(qtbot, window)
    qtbot.mouseClick(window.services.buttons[service], Qt.MouseButton.LeftButton)
    answered(qtbot, window)


def test_a_short_wait_goes_straight_on_to_a_ticket(qtbot, station):
    choose(qtbot, station.window)
    assert station.window.stack.currentWidget() is station.window.priority


def test_a_service_without_bookings_is_never_offered_slots(qtbot, station):
    long_wait(station.store, "E")  # foreign exchange: not bookable (and not possible at self-service)
    choose(qtbot, station.window, "E")
    assert station.window.stack.currentWidget() is station.window.priority


def test_long_wait_offers_slots_and_one_press_books_and_prints_the_slip(qtbot, station, tmp_path):
    window, store = station.window, station.store
    long_wait(store)
    window.voice.setChecked(True)
    choose(qtbot, window)
    offer = window.booking.offer_screen
    assert window.stack.currentWidget() is offer
    labels = [b.text() for b in offer.slot_buttons]
    assert len(labels) == 3, labels
    assert all(label.startswith(("Today\n", "Tomorrow\n")) for label in labels), labels
    assert "minutes of waiting" in offer.body.text()
    assert window.focusWidget() is offer.ticket_now, "Enter alone still takes a ticket"
    assert any("come back later" in text and "Take a ticket now" in text for text in station.spoken)
    start = next(s.start for s in store.quiet_slots(LOANS) if s.start.strftime("%H:%M") in labels[0])
    with qtbot.waitSignal(station.booking_print_finished, timeout=10_000) as printed:
        qtbot.mouseClick(offer.slot_buttons[0], Qt.MouseButton.LeftButton)
    booking, ok, where = printed.args
    assert ok, where
    assert [(b.code, b.service, b.start, b.lang) for b in store.bookings(store.today())] == \
        [(booking.code, LOANS, start, "en")]
    assert window.stack.currentWidget() is window.booking.booked
    assert window.booking.booked.code.text() == booking.code
    assert "Check in at the kiosk from" in window.booking.booked.details.text()
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    spelled = " ".join(words[int(d)] for d in booking.code)
    assert any(f"Your booking code is {spelled}." in text for text in station.spoken), station.spoken
    qtbot.waitUntil(lambda: window.booking.booked.printing.text() == "Please take your booking slip.")
    text = subprocess.run(["pdftotext", where, "-"], capture_output=True, text=True, check=True).stdout
    assert booking.code in text and "APPOINTMENT" in text and "Check in at the kiosk from" in text
    png = tmp_path / "slip"
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", where, str(png)], check=True)
    decoded = subprocess.run(["zbarimg", "--raw", "-q", f"{png}.png"], capture_output=True, text=True)
    assert decoded.stdout.strip() == booking.code
    qtbot.mouseClick(window.booking.booked.done_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.start


def test_take_a_ticket_now_is_always_there(qtbot, station):
    window = station.window
    long_wait(station.store)
    choose(qtbot, window)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.priority
    qtbot.mouseClick(window.priority.no, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.ticket_issued, timeout=2000) as issued:
        qtbot.mouseClick(window.needs.print_button, Qt.MouseButton.LeftButton)
    assert issued.args[0].ticket.service == LOANS
    assert station.store.bookings(station.store.today()) == []


def test_the_occupancy_cap_reached_offers_slots_too(qtbot, db_path, station):
    store = station.store
    store.configure(store.branch_toml().replace("occupancy_cap = 0", "occupancy_cap = 2"))
    store.issue_ticket("A")
    store.issue_ticket("B")
    assert store.expected_wait(LOANS) <= store.branch.shunting.threshold_minutes
    qtbot.waitUntil(lambda: station.window.view.branch.occupancy_cap == 2)
    window = station.window
    qtbot.mouseClick(window.start.language_buttons[2], Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    assert window.services.crowding.isVisible() and "book an appointment" in window.services.crowding.text()
    qtbot.mouseClick(window.services.buttons[LOANS], Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    assert window.stack.currentWidget() is window.booking.offer_screen


def test_a_slot_taken_meanwhile_is_said_and_the_others_offered(qtbot, db_path, station):
    window, store = station.window, station.store
    long_wait(store)
    choose(qtbot, window)
    offer = window.booking.offer_screen
    first = offer.slot_buttons[0].text()
    start = next(s.start for s in store.quiet_slots(LOANS) if s.start.strftime("%H:%M") in first)
    other_kiosk = QueueStore(db_path, station="kiosk2")
    try:
        while True:  # another kiosk fills the slot while this customer reads
            other_kiosk.book(LOANS, start, lang="zh_CN")
    except Exception as exc:  # noqa: BLE001 - the store's refusal ends the loop
        assert getattr(exc, "reason", "") == "slot_full", exc
    finally:
        other_kiosk.close()
    qtbot.mouseClick(offer.slot_buttons[0], Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    answered(qtbot, window)  # the offer read again
    qtbot.waitUntil(lambda: window.stack.currentWidget() is offer and offer.taken.isVisible())
    assert "has just been booked by someone else" in offer.taken.text()
    assert first.split("\n")[1] in offer.taken.text()
    assert first not in [b.text() for b in offer.slot_buttons], "the full slot is not offered again"
    assert len(offer.slot_buttons) == 3
    assert {b.booked_by for b in store.bookings(store.today())} == {"kiosk2"}
    with qtbot.waitSignal(window.booking_made, timeout=5000) as made:
        qtbot.mouseClick(offer.slot_buttons[0], Qt.MouseButton.LeftButton)
    assert made.args[0].booked_by == "kiosk"


def check_in_screen(qtbot, window):
    qtbot.mouseClick(window.start.check_in, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.check_in


def test_a_scanner_checks_the_slip_in_whatever_key_has_the_focus(qtbot, station):
    window, store = station.window, station.store
    booking = store.book(LOANS, branch_time(9, 30), lang="en")  # check-in opens at 09:00: now
    check_in_screen(qtbot, window)
    qtbot.mouseClick(window.check_in.digits[4], Qt.MouseButton.LeftButton)  # a touch leaves the focus on "5"
    qtbot.mouseClick(window.check_in.clear, Qt.MouseButton.LeftButton)  # ... then on "Clear"
    assert QApplication.focusWidget() is window.check_in.clear
    with qtbot.waitSignal(window.ticket_issued, timeout=5000) as issued:
        qtbot.keyClicks(QApplication.focusWidget(), booking.code)  # the scanner types the QR's text ...
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # ... and presses Enter
    ticket = issued.args[0].ticket
    assert (ticket.service, ticket.priority) == (LOANS, "appointment")
    assert window.stack.currentWidget() is window.confirm
    assert [b.status for b in store.bookings(store.today())] == ["checked_in"]


def test_a_keypad_user_on_clear_still_clears_with_enter(qtbot, station):
    window = station.window
    check_in_screen(qtbot, window)
    qtbot.keyClicks(window.focusWidget(), "1234")
    window.check_in.clear.setFocus()
    qtbot.keyClick(window.check_in.clear, Qt.Key.Key_Left)  # arrows: the keypad user moves the focus
    qtbot.keyClick(window.check_in.clear, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is window.check_in.clear
    qtbot.keyClick(window.check_in.clear, Qt.Key.Key_Return)
    assert window.check_in.entry.text() == "", "Enter pressed the focused Clear"
    assert window.stack.currentWidget() is window.check_in


def test_a_queue_tickets_qr_scanned_at_check_in_is_refused_plainly(qtbot, station):
    window = station.window
    ticket = station.store.issue_ticket("A").ticket
    check_in_screen(qtbot, window)
    qtbot.keyClicks(window.focusWidget(), f"KQ1|{ticket.id}|{ticket.label}|{ticket.business_day}")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    answered(qtbot, window)
    assert window.stack.currentWidget() is window.check_in
    assert window.check_in.error.isVisible() and "not a booking slip" in window.check_in.error.text()
    assert window.check_in.entry.text() == ""
    booking = station.store.book(LOANS, branch_time(9, 30))
    with qtbot.waitSignal(window.ticket_issued, timeout=5000):
        qtbot.keyClicks(window.focusWidget(), booking.code)
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Enter)  # the keypad's Enter


@pytest.mark.parametrize(("lang_index", "lang", "today", "minutes"), [
    (0, "zh_CN", "今天", "分钟"), (1, "zh_TW", "今天", "分鐘"), (2, "en", "Today", "minutes")])
def test_every_new_screen_speaks_the_customers_language(qtbot, station, lang_index, lang, today, minutes):
    """zh_CN, zh_TW and English: the offer, a slot taken, the booking, its spoken code, the scanner's refusal
    (a Chinese screen shows no English word)."""
    window, store = station.window, station.store
    long_wait(store)
    window.voice.setChecked(True)
    choose(qtbot, window, lang_index=lang_index)
    assert window.lang == lang
    offer = window.booking.offer_screen
    seen = dict(visible_texts(window))
    assert any(b.text().startswith(today) for b in offer.slot_buttons)
    assert minutes in offer.body.text()
    assert offer.body.text() in station.spoken[-1], "read aloud in the customer's language"
    with qtbot.waitSignal(station.booking_print_finished, timeout=10_000) as printed:
        qtbot.mouseClick(offer.slot_buttons[-1], Qt.MouseButton.LeftButton)
    booking = printed.args[0]
    assert booking.lang == lang
    qtbot.waitUntil(lambda: window.booking.booked.printing.text() != "")
    seen.update({f"booked / {k}": v for k, v in visible_texts(window).items()})
    words = catalog().phrasebook_of(lang).digits
    assert any(" ".join(words[int(d)] for d in booking.code) in text for text in station.spoken)
    window.reset()
    window.set_language(lang)
    check_in_screen(qtbot, window)
    qtbot.keyClicks(window.focusWidget(), "KQ1|1|A001|2026-11-23")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    seen.update({f"check-in / {k}": v for k, v in visible_texts(window).items()})
    if lang != "en":
        assert english_in(seen) == []
        assert all(label not in " ".join(seen.values()) for label in ("Today", "Tomorrow", "Take a ticket"))


def test_the_code_leaves_the_screen_after_a_while(qtbot, station):
    """The next customer must not read this one's code (and check in in their place)."""
    window = station.window
    window.booking.booked_timer.setInterval(300)
    long_wait(station.store)
    choose(qtbot, window)
    with qtbot.waitSignal(window.booking_made, timeout=5000):
        qtbot.mouseClick(window.booking.offer_screen.slot_buttons[0], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.booking.booked
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start, timeout=3000)


def layout_problems(window, state: str, full_size: bool) -> list[str]:
    """What tests/test_kiosk_accessibility.py measures on every other kiosk screen, on this one."""
    QApplication.processEvents()
    shown = [w for w in window.findChildren(QLabel) + window.findChildren(QPushButton) if w.isVisible()]
    rects = {w: QRect(w.mapTo(window, QPoint(0, 0)), w.size()) for w in shown}
    problems = []
    for widget, rect in rects.items():
        overflow = widget.text() and text_overflow(widget)
        if overflow:
            problems.append(f"{state}: {widget.text()!r} {overflow}")
        if not window.rect().contains(rect):
            problems.append(f"{state}: {widget.text()!r} is cut off by the window's edge")
        if full_size and isinstance(widget, QPushButton) and min(rect.width(), rect.height()) < MIN_TARGET_PX:
            problems.append(f"{state}: {widget.text()!r} is a small target {rect.size()}")
        if full_size and widget.text() and QFontInfo(widget.font()).pixelSize() < MIN_BODY_PX:
            problems.append(f"{state}: {widget.text()!r} in small type")
    for (a, ra), (b, rb) in itertools.combinations(rects.items(), 2):
        if ra.intersects(rb) and not a.isAncestorOf(b) and not b.isAncestorOf(a):
            problems.append(f"{state}: {a.text()!r} overlaps {b.text()!r}")
    return problems


@pytest.mark.parametrize("size", [(828, 450), (1920, 1080)])
@pytest.mark.parametrize("lang_index", [0, 1, 2])
def test_the_new_screens_fit_with_large_targets_and_type(qtbot, station, lang_index, size):
    window, store = station.window, station.store
    window.resize(*size)
    long_wait(store)
    choose(qtbot, window, lang_index=lang_index)
    full = size == (1920, 1080)
    problems = layout_problems(window, "offer", full)
    start = min(s.start for s in store.quiet_slots(LOANS))
    window.booking._not_booked(QueueError("full", reason="slot_full"),
                               next(s for s in store.quiet_slots(LOANS) if s.start == start))
    answered(qtbot, window)
    qtbot.waitUntil(lambda: window.booking.offer_screen.taken.isVisible())
    problems += layout_problems(window, "offer, a slot taken", full)
    with qtbot.waitSignal(window.booking_made, timeout=5000):
        qtbot.mouseClick(window.booking.offer_screen.slot_buttons[0], Qt.MouseButton.LeftButton)
    window.booking.booked.show_print_failure()
    problems += layout_problems(window, "booked, printer failed", full)
    assert problems == [], "\n".join(problems)


def test_the_kiosks_store_calls_on_both_engines(db_target, open_store):
    """What the window asks on its worker (kiosk.station.kiosk_booking), on SQLite and on PostgreSQL."""
    store = open_store(db_target, station="kiosk", init=True)
    assert kiosk_booking.come_back_offer(store, LOANS) is None, "a short wait: no offer"
    long_wait(store)
    assert kiosk_booking.come_back_offer(store, "A") is None, "A takes no bookings"
    assert LOANS in read_kiosk(store).long_waits
    offer = kiosk_booking.come_back_offer(store, LOANS)
    assert offer.eta_minutes == store.expected_wait(LOANS) and len(offer.slots) == 3
    slot = offer.slots[0]
    other = open_store(db_target, station="kiosk2")
    for _ in range(slot.free):
        kiosk_booking.book(other, slot, "zh_CN")
    with pytest.raises(QueueError) as refused:
        kiosk_booking.book(store, slot, "en")
    assert refused.value.reason == "slot_full"
    assert slot.start not in [s.start for s in kiosk_booking.come_back_offer(store, LOANS).slots]

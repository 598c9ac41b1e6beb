"""The counter's rating pad, driven as a customer meets it: a teller finishes a ticket, the pad shows the
teller's number and five faces in the customer's language and says why; one press is stored, a second is not;
nobody pressing leaves no rating; a low rating shows on that counter's console, whose one press opens a
complaint from it."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from kiosk.core.ratings import prompt_text
from kiosk.core.staff import Role
from kiosk.station.rate_pad_station import RatePadStation
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.rate_pad import RatePadWindow
from tests.test_console import console, focus, idle


class _Voice:
    """Records what would be spoken, without synthesising it (fast, and no speech thread)."""

    def __init__(self):
        self.said: list[tuple[str, str]] = []

    def speak(self, text, lang, chime=False):
        self.said.append((lang, text))

    def interrupt(self):
        pass


@pytest.fixture
def teller(db_path, clock):
    """Counter 1 open, Wang Fang (1001) signed in at its console's store."""
    setup = QueueStore.init(db_path, station="setup", clock=clock)
    add_staff(setup, "1001", "Wang Fang", Role.TELLER, "135790")
    setup.open_counter(1)
    setup.close()
    desk = QueueStore(db_path, station="console-1", clock=clock)
    desk.sign_in_as("1001", Role.TELLER, counter=1)
    yield desk
    desk.close()


@pytest.fixture
def pad(request, qtbot, db_path, clock, teller):
    """The rating pad of counter 1 (its screens in Simplified Chinese when idle, or in the language the test
    is parametrized with), looked once at the store. Qt's translators are the process's: the console's too."""
    language = getattr(request, "param", "zh_CN")
    store = QueueStore(db_path, station="rate-pad-1", clock=clock)
    window = RatePadWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    voice = _Voice()
    station = RatePadStation(store, window, voice, 1, set_language=LanguageSwitcher().set_language,
                             default_language=language, poll_ms=20, tick_ms=20)
    qtbot.waitUntil(lambda: station.view is not None)
    yield station, window, voice
    station.stop()
    store.close()


def finish_one(teller, lang: str = "zh_CN") -> str:
    """A customer in `lang` issued, called, served and finished at counter 1; their ticket's label."""
    label = teller.issue_ticket("A", lang=lang).ticket.label
    teller.call_next(1)
    teller.start(1)
    teller.finish(1)
    return label


def ratings(db_path) -> list[tuple]:
    store = QueueStore(db_path, station="check")
    try:
        return [tuple(r) for r in store.db.execute("SELECT ticket_id, staff, score FROM ratings").fetchall()]
    finally:
        store.close()


def test_idle_the_pad_shows_its_counter(pad):
    station, window, voice = pad
    assert window.state == "idle" and window.pages.currentWidget() is window.idle_page
    assert (window.counter_heading.text(), window.counter_number.text()) == ("窗口", "1")
    assert voice.said == []


def test_a_finished_ticket_is_asked_about_and_one_press_is_stored(qtbot, pad, teller, db_path):
    station, window, voice = pad
    label = finish_one(teller)
    qtbot.waitUntil(lambda: window.state == "asking")
    assert window.staff.text() == f"为您服务的柜员：1001 号 · 号码 {label}"
    assert [b.words.text() for b in window.faces] == ["很不满意", "不满意", "一般", "满意", "非常满意"]
    for button in window.faces:
        assert button.isVisible() and button.isEnabled()
        assert min(button.width(), button.height()) >= 88, "a touch target (ACCESSIBILITY.md)"
        assert QAccessible.queryAccessibleInterface(button).text(QAccessible.Text.Name)
    with qtbot.waitSignal(station.rated) as stored:
        qtbot.mouseClick(window.faces[3], Qt.MouseButton.LeftButton)
    assert (stored.args[0].ticket, stored.args[0].score, stored.args[0].staff) == (label, 4, "1001")
    qtbot.waitUntil(lambda: window.state == "thanks")
    assert window.thanks.text() == "感谢您的评价！"
    qtbot.mouseClick(window.faces[0], Qt.MouseButton.LeftButton)  # the second press: the faces are dashed
    qtbot.keyClick(window, Qt.Key.Key_1)
    assert station.press(1) is False
    qtbot.waitUntil(lambda: not station.worker.busy)
    assert [(staff, score) for _, staff, score in ratings(db_path)] == [("1001", 4)]


def test_the_prompt_is_spoken_and_shown_in_the_customers_language(qtbot, pad, teller):
    station, window, voice = pad
    label = finish_one(teller, lang="en")
    qtbot.waitUntil(lambda: window.state == "asking")
    assert voice.said == [("en", "Please rate the service of teller one zero zero one: press a face on the "
                                 "screen.")]
    assert window.staff.text() == f"Served by teller 1001 · ticket {label}"
    assert [b.words.text() for b in window.faces][0] == "Very dissatisfied"
    qtbot.keyClick(window, Qt.Key.Key_5)  # a keypad's 5: the fifth face
    qtbot.waitUntil(lambda: window.state == "thanks")
    finish_one(teller, lang="zh_TW")
    qtbot.waitUntil(lambda: window.state == "asking")  # the next customer's at once, the thanks cut short
    assert voice.said[-1] == ("zh_TW", prompt_text("1001", "zh_TW"))
    assert voice.said[-1][1].startswith("請您為 一 零 零 一 號櫃員的服務評分")
    assert window.faces[0].words.text() == "很不滿意"


def test_nobody_pressing_times_out_without_a_rating(qtbot, pad, teller, clock, db_path):
    station, window, voice = pad
    finish_one(teller)
    qtbot.waitUntil(lambda: window.state == "asking")
    timeout = station.view.timeout_seconds
    assert timeout == 30  # the default branch's [ratings] timeout_seconds
    clock.advance(seconds=timeout - 1)
    station._check_timeout()
    assert window.state == "asking"
    with qtbot.waitSignal(station.timed_out):
        clock.advance(seconds=1)  # the pad's own tick sees it
    assert window.state == "idle" and window.counter_heading.text() == "窗口"
    qtbot.mouseClick(window.faces[1], Qt.MouseButton.LeftButton)  # too late: nothing to rate
    assert station.press(2) is False
    teller.issue_ticket("B")  # the store changes: the pad looks again, and does not ask twice
    token = station.view.token
    qtbot.waitUntil(lambda: station.view.token != token)
    assert window.state == "idle"
    assert ratings(db_path) == []


def test_a_ticket_finished_before_the_pad_started_is_not_asked_about(qtbot, db_path, clock, teller):
    finish_one(teller)
    store = QueueStore(db_path, station="rate-pad-1", clock=clock)
    window = RatePadWindow()
    qtbot.addWidget(window)
    station = RatePadStation(store, window, _Voice(), 1, poll_ms=20, tick_ms=20)
    try:
        qtbot.waitUntil(lambda: station.view is not None)
        assert station.view.prompt is not None and window.state == "idle"
        finish_one(teller)
        qtbot.waitUntil(lambda: window.state == "asking")
    finally:
        station.stop()
        store.close()


@pytest.mark.parametrize("pad", ["en"], indirect=True)
def test_a_low_rating_opens_a_complaint_from_the_console_with_one_press(qtbot, pad, teller, db_path):
    station, window, voice = pad
    desk = console(qtbot, db_path)
    assert desk.low_ratings.isHidden()
    label = finish_one(teller, lang="en")
    qtbot.waitUntil(lambda: window.state == "asking")
    qtbot.mouseClick(window.faces[0], Qt.MouseButton.LeftButton)  # 1: very dissatisfied
    qtbot.waitUntil(lambda: desk.low_ratings.isVisible())
    assert [desk.low_ratings.list.item(i).text().split(" · ", 1)[1]
            for i in range(desk.low_ratings.list.count())] == [f"ticket {label} · 1/5 · teller 1001"]
    assert desk.low_ratings.open_button.text() == "Open complaint [Ctrl+L]"
    focus(qtbot, desk)
    with qtbot.waitSignal(desk.action_done) as said:
        qtbot.keyClick(desk, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, desk)
    check = QueueStore(db_path, station="check")
    try:
        (complaint,) = check.complaints()
        rating_id = check.db.execute("SELECT id FROM ratings").fetchone()[0]
    finally:
        check.close()
    opened = (complaint.rating_id, complaint.ticket, complaint.channel, complaint.taken_by, complaint.counter)
    assert opened == (rating_id, label, "counter", "1001", 1)
    assert complaint.matter == f"Low satisfaction rating (1/5) for ticket {label}"
    assert said.args[0] == f"Complaint {complaint.id} opened from the low rating of ticket {label}"
    assert desk.low_ratings.isHidden(), "answered: no longer on the desk"
    qtbot.keyClick(desk, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # nothing left to open
    idle(qtbot, desk)
    check = QueueStore(db_path, station="check")
    assert len(check.complaints()) == 1
    check.close()


@pytest.mark.parametrize("pad", ["en"], indirect=True)
def test_a_good_rating_does_not_show_on_the_console(qtbot, pad, teller, db_path):
    station, window, voice = pad
    desk = console(qtbot, db_path)
    finish_one(teller)
    qtbot.waitUntil(lambda: window.state == "asking")
    with qtbot.waitSignal(station.rated):
        qtbot.mouseClick(window.faces[2], Qt.MouseButton.LeftButton)  # 3: neutral, above the low score 2
    idle(qtbot, desk)
    qtbot.waitUntil(lambda: not desk.worker.polling("low_ratings"))
    desk.low_ratings.refresh()  # a read surely after the rating was stored
    qtbot.waitUntil(lambda: not desk.worker.polling("low_ratings"))
    assert desk.low_ratings.isHidden()


def test_the_pad_says_the_database_is_out_of_reach_and_asks_once_it_is_back(qtbot, db_path, clock, teller):
    from tests.test_connection_lost import LOST, RETRY_MS, FlakyStore

    flaky = FlakyStore(QueueStore(db_path, station="rate-pad-1", clock=clock))
    window = RatePadWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    station = RatePadStation(flaky, window, _Voice(), 1, poll_ms=20, tick_ms=20)
    station.connection.retry.setInterval(RETRY_MS)
    try:
        qtbot.waitUntil(lambda: station.view is not None)
        assert window.connection_banner.isHidden()
        flaky.set_down(True)
        qtbot.waitUntil(window.connection_banner.isVisible)
        assert window.connection_banner.text() == LOST
        banner = window.connection_banner.geometry()
        assert banner.bottom() < window.pages.geometry().top() and banner.height() < window.height() // 8
        label = finish_one(teller, lang="en")  # while the pad cannot see it
        tries = flaky.refused
        qtbot.waitUntil(lambda: flaky.refused >= tries + 2)
        assert window.state == "idle"
        with qtbot.waitSignal(station.asked) as asked:
            flaky.set_down(False)
        assert asked.args[0].ticket == label and window.state == "asking"
        assert window.connection_banner.isHidden()
    finally:
        station.stop()
        flaky.close()

"""Drill tickets are marked DRILL / 演练 on every screen and printout (issue 14): the hall display shows the
mark beside a drill's number and says it first, the console tags the ticket so the teller never takes it for
a customer, the slip prints it top and bottom (Qt and ESC/POS), the kiosk shows staff a strip while a drill
runs, and the rating pad marks a drill's ticket. A customer's ticket carries none of it."""
from __future__ import annotations

import pytest
from escpos.printer import Dummy
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QTextDocumentFragment

from kiosk.adapters import ticket_print as tp
from kiosk.core.staff import Role
from kiosk.station.display_station import DisplayStation
from kiosk.station.rate_pad_station import RatePadStation
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import TransferDialog
from kiosk.ui.display_window import DisplayWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.kiosk_window import KioskWindow
from kiosk.ui.rate_pad import RatePadWindow
from tests.test_console import act, console, idle


class _Voice:
    """Records what the hall or the pad would say, without synthesising it."""

    def __init__(self):
        self.said: list[tuple[str, str]] = []

    def speak(self, text, lang, chime=False):
        self.said.append((lang, text))

    def interrupt(self):
        pass

    def stop(self):
        pass


@pytest.fixture
def drill_day(db_target, clock):
    """A customer's A001 and a surge drill's A9001 waiting, in that order; counter 3 open for A."""
    store = QueueStore.init(db_target, station="manager", clock=clock)
    store.issue_ticket("A", lang="zh_CN", at=clock())
    store.start_drill("surge", at=clock())
    drill = store.issue_drill_ticket("A", at=clock()).ticket
    assert (drill.label, drill.drill_id) == ("A9001", 1)
    store.open_counter(3, ("A",), at=clock())
    yield store
    store.close()


def _inside(widget, parent) -> bool:
    """`widget` is on screen wholly inside `parent` (nothing of it clipped)."""
    top_left = widget.mapTo(parent, QPoint(0, 0))
    return parent.rect().contains(top_left) and parent.rect().contains(
        top_left + QPoint(widget.width() - 1, widget.height() - 1))


def test_the_hall_shows_and_says_the_mark_for_a_drill_call_and_not_for_a_customer(qtbot, drill_day, clock):
    store = drill_day
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    voice = _Voice()
    station = DisplayStation(store, window, voice, poll_ms=20, backup_every_ms=None)
    try:
        _hall_calls(qtbot, store, clock, window, station, voice)
    finally:
        station.stop()


def _words(label) -> list[str]:
    """A label's words as they read on screen (a recent line with the mark is rich text)."""
    text = label.text()
    return (QTextDocumentFragment.fromHtml(text).toPlainText() if "<span" in text else text).split()


def _hall_calls(qtbot, store, clock, window, station, voice):
    qtbot.waitUntil(lambda: station.view is not None)
    assert window.drill_tag.text() == "演练 DRILL", "in the hall's announcement languages, zh_CN and en"

    with qtbot.waitSignal(station.call_shown, timeout=10_000):
        store.call_next(3, at=clock())  # the customer, issued first
    assert window.call_number.text() == "A001"
    assert not window.drill_tag.isVisible()
    assert [text for _, text in voice.said] == ["请 A 零 零 一 号到 3 号窗口",
                                                "Number A zero zero one, please go to counter 3"]
    assert "DRILL" not in window.counter_labels[3].text()

    store.start(3, at=clock())
    store.finish(3, at=clock())
    voice.said.clear()
    with qtbot.waitSignal(station.call_shown, timeout=10_000) as shown:
        store.call_next(3, at=clock())
    assert shown.args[0].drill
    assert window.call_number.text() == "A9001"
    assert window.drill_tag.isVisible() and _inside(window.drill_tag, window.call_panel)
    assert window.drill_tag.width() >= window.drill_tag.sizeHint().width(), "the mark is not clipped"
    number = window.call_number.geometry()
    assert not window.drill_tag.geometry().intersects(number), "beside the number, not over it"
    assert window.call_panel.accessibleName().startswith("演练 DRILL A9001")
    assert [text for _, text in voice.said] == ["演练。请 A 九 零 零 一 号到 3 号窗口",
                                                "Drill. Number A nine zero zero one, please go to counter 3"]
    assert "A9001 (演练 DRILL)" in window.counter_labels[3].text()

    store.start(3, at=clock())
    store.finish(3, at=clock())
    store.issue_ticket("A", at=clock())
    with qtbot.waitSignal(station.call_shown, timeout=10_000):
        store.call_next(3, at=clock())  # a customer again: the drill's call moves down to "recent"
    assert window.call_number.text() == "A002" and not window.drill_tag.isVisible()
    lines = [_words(label) for label in window.recent if label.text()]
    assert lines[:2] == [["A9001", "→", "3", "演练", "DRILL"], ["A001", "→", "3"]]


@pytest.fixture
def desk(qtbot, db_path, clock):
    """Counter 1 open for A; a teller (1001) signed in at its console; a drill running."""
    setup = QueueStore.init(db_path, station="setup", clock=clock)
    add_staff(setup, "1001", "Wang Fang", Role.TELLER, "135790")
    setup.open_counter(1, ("A",))
    setup.start_drill("special")
    yield setup, console(qtbot, db_path)
    setup.close()


def test_the_console_tags_a_drill_ticket_so_the_teller_never_takes_it_for_a_customer(qtbot, desk):
    store, window = desk
    customer = store.issue_ticket("A").ticket
    drill = store.issue_drill_ticket("A", "disability", needs=("wheelchair",)).ticket
    store.request_help("call_staff", drill.id)
    qtbot.waitUntil(lambda: window.help_list.count() == 1)
    assert "A9001 (DRILL)" in window.help_list.item(0).text()
    assert window.live.text().startswith("Drill in progress")

    act(qtbot, window.call_next)  # the wheelchair user's head start: the drill's ticket first
    assert window.ticket.text() == "A9001"
    assert window.drill_tag.isVisible() and window.drill_tag.text() == "DRILL: not a customer"
    ticket, tag = window.ticket.geometry(), window.drill_tag.geometry()
    assert tag.left() >= ticket.right() and tag.top() < ticket.bottom() and tag.bottom() > ticket.top(), \
        "beside the number, on its line"
    assert window.status_line.text().startswith("Called A9001 (DRILL): ")
    assert "Counter 1: open · A9001 (DRILL)" in window.live.text()
    dialog = TransferDialog(window.view.branch, window.view.counters, window.view.current, 1, window)
    assert dialog.windowTitle() == "Transfer A9001 (DRILL)"
    dialog.deleteLater()
    act(qtbot, window.recall)
    assert window.status_line.text() == "Called A9001 (DRILL) again."

    switcher = LanguageSwitcher()
    switcher.set_language("zh_CN")
    try:
        qtbot.waitUntil(lambda: window.drill_tag.text() == "演练号：不是真实客户")  # on LanguageChange
    finally:
        switcher.set_language("en")

    act(qtbot, window.start)
    act(qtbot, window.finish)
    act(qtbot, window.call_next)
    assert window.ticket.text() == customer.label
    assert not window.drill_tag.isVisible()
    assert window.status_line.text().startswith(f"Called {customer.label}: ")
    store.end_drill()
    qtbot.waitUntil(lambda: "Drill in progress" not in window.live.text())


def _drill_and_customer(db_path, clock):
    store = QueueStore.init(db_path, station="kiosk", clock=clock)
    customer = store.issue_ticket("A", lang="zh_CN")
    store.start_drill("surge")
    drill = store.issue_drill_ticket("A", lang="zh_CN")
    return store, customer, drill


def test_the_slip_prints_the_mark_top_and_bottom_in_qt_and_escpos(db_path, clock, qapp):
    store, customer, drill = _drill_and_customer(db_path, clock)
    slips = {name: tp.slip_for(issued.ticket, store.branch, issued.ahead, issued.eta_minutes)
             for name, issued in (("customer", customer), ("drill", drill))}
    lines = slips["drill"].lines()
    assert (lines[0], lines[-1]) == (tp.Line("演练 / DRILL", "drill"),) * 2
    assert lines[1:4] == [tp.Line("Demo Branch", "branch"), tp.Line("现金业务（存取款）", "service"),
                          tp.Line("A9001", "label")]
    assert all("DRILL" not in line.text and "演练" not in line.text for line in slips["customer"].lines())
    english = tp.slip_for(store.issue_drill_ticket("A", lang="en").ticket, store.branch, 0, 0)
    assert english.lines()[0].text == "DRILL"

    for name, slip in slips.items():
        printer = Dummy()
        tp.print_escpos(slip, printer)
        mark = "演练".encode("gb18030") + b" / DRILL\n"
        assert printer.output.count(mark) == (2 if name == "drill" else 0)
    image = tp.render_image(slips["drill"])
    plain = tp.render_image(slips["customer"])

    def boxed(img, rows) -> bool:
        """Some row is black over 40 % of the slip's width: a white-on-black box, not a line of text."""
        return any(sum(QColor(img.pixel(x, y)).lightness() < 128 for x in range(0, img.width(), 4))
                   > 0.4 * img.width() / 4 for y in rows)

    top, bottom = range(0, 60), range(image.height() - 60, image.height())
    assert boxed(image, top) and boxed(image, bottom), "white on black at both ends"
    assert not boxed(plain, top) and not boxed(plain, bottom)
    store.close()


def test_the_kiosk_shows_staff_a_strip_while_a_drill_runs_and_marks_a_drill_ticket(qtbot, db_path, clock):
    store = QueueStore.init(db_path, station="kiosk", clock=clock)
    window = KioskWindow(store, default_language="zh_CN")
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitUntil(lambda: window.view is not None)
    assert not window.drill_strip.isVisible()
    manager = QueueStore(db_path, station="manager", clock=clock)
    manager.start_drill("surge")
    qtbot.waitUntil(window.drill_strip.isVisible, timeout=5000)  # the kiosk's status poll, on its worker
    assert window.drill_strip.text() == "演练进行中：标有“演练”的号码不是真实客户"
    strip, buttons = window.drill_strip.geometry(), window.call_staff.mapTo(window, QPoint(0, 0)).y()
    margin = window.layout().contentsMargins().top()
    assert strip.top() <= margin and strip.bottom() < buttons, "along the top edge, above the buttons"
    assert strip.height() <= 60, "a thin strip: the customer's screen stays as it was"

    drill = manager.issue_drill_ticket("A", lang="zh_CN")
    window._confirm((drill, None))  # a drill's ticket shown at the kiosk (as the station shows one issued)
    assert window.confirm.number.text() == "A9001"
    assert window.drill_tag.isVisible() and window.drill_tag.text() == "演练号：不是真实客户"
    window.reset()
    idle(qtbot, window)

    manager.end_drill("ok")
    qtbot.waitUntil(lambda: not window.drill_strip.isVisible(), timeout=5000)
    window.close_worker()
    manager.close()
    store.close()


def test_the_rating_pad_marks_a_drill_ticket_and_not_a_customers(qtbot, db_path, clock):
    setup = QueueStore.init(db_path, station="setup", clock=clock)
    add_staff(setup, "1001", "Wang Fang", Role.TELLER, "135790")
    setup.open_counter(1)
    setup.start_drill("special")
    teller = QueueStore(db_path, station="console-1", clock=clock)
    teller.sign_in_as("1001", Role.TELLER, counter=1)
    store = QueueStore(db_path, station="rate-pad-1", clock=clock)
    window = RatePadWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    station = RatePadStation(store, window, _Voice(), 1, set_language=LanguageSwitcher().set_language,
                             default_language="en", poll_ms=20, tick_ms=20)
    qtbot.waitUntil(lambda: station.view is not None)
    try:
        for issue, marked in ((setup.issue_drill_ticket, True), (setup.issue_ticket, False)):
            label = issue("A", lang="en").ticket.label
            teller.call_next(1, at=clock())
            teller.start(1, at=clock())
            teller.finish(1, at=clock())
            qtbot.waitUntil(lambda label=label: window.prompt is not None and window.prompt.ticket == label)
            assert window.drill_tag.isVisible() is marked, label
            if marked:
                assert window.drill_tag.text() == "DRILL: not a customer"
                assert _inside(window.drill_tag, window)
            assert station.press(5)
            qtbot.waitUntil(lambda: window.state == "thanks")
    finally:
        station.stop()
        store.close()
        teller.close()
        setup.close()


def test_the_words_in_every_language_the_branch_may_announce_in():
    from kiosk.core.announce import call_text, drill_said
    from kiosk.core.drills import drill_mark, drill_marks

    assert [drill_mark(tag) for tag in ("zh_CN", "zh", "zh_TW", "zh_HK", "yue", "en_US", "fr", "")] == [
        "演练", "演练", "演練", "演練", "演練", "DRILL", "DRILL", "DRILL"]
    assert drill_marks(["zh_CN", "zh_TW", "en", "fr"]) == "演练 演練 DRILL"
    assert drill_said(call_text("B9001", 2, "zh_HK"), "zh_HK") == "演練。請 B 九 零 零 一 號到 2 號櫃位"
    assert drill_said(call_text("B9001", 2, "fr"), "fr") == \
        "Drill. Number B nine zero zero one, please go to counter 2", "a language without words reads English"

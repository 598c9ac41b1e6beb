"""The kiosk's self-service suggestion, walked as a customer would through the real KioskWindow: a long wait
for a service possible at self-service suggests the self-service area first; the choice is counted."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.store import QueueStore
from kiosk.ui.kiosk_window import KioskWindow
from tests.test_console_staff import QUARTER, readability_problems

ENGLISH = 2  # the language buttons: zh_CN, zh_TW, English


@pytest.fixture
def kiosk_store(db_path):
    store = QueueStore.init(db_path, station="kiosk")
    yield store
    store.close()


def make_window(qtbot, store, **options) -> KioskWindow:
    w = KioskWindow(store, default_language="zh_CN", **options)
    qtbot.addWidget(w)
    w.resize(1920, 1080)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.view is not None)  # the configuration, read on the kiosk's worker
    return w


@pytest.fixture
def window(qtbot, kiosk_store):
    w = make_window(qtbot, kiosk_store, idle_ms=60_000)
    yield w
    w.reset()
    w.close_worker()


def long_wait_for_cash(store) -> int:
    """Four waiting for A (cash: quick, possible at self-service) and one counter open for it: 20 min."""
    for _ in range(4):
        store.issue_ticket("A")
    store.open_counter(1, ("A",))
    wait = store.expected_wait("A")
    assert wait > store.branch.shunting.threshold_minutes
    return wait


def answered(qtbot, window):
    qtbot.waitUntil(lambda: not window.worker.busy)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(qtbot, window, service: str, language: int = ENGLISH):
    click(qtbot, window.start.language_buttons[language])
    answered(qtbot, window)
    click(qtbot, window.services.buttons[service])


def tickets(store) -> int:
    return store.db.execute("SELECT COUNT(*) FROM tickets").fetchone()[0]


def counted(qtbot, store, service: str, **expected) -> None:
    """The choice reaches the store beside the customer's flow: wait for it."""
    want = {"offered": sum(expected.values()), "self_service": 0, "ticket": 0, "left": 0, **expected}
    qtbot.waitUntil(lambda: store.shunt_counts(store.today()).get(service) == want, timeout=3000)


def test_a_long_wait_suggests_self_service_and_the_choice_is_counted_without_a_ticket(qtbot, window,
                                                                                       kiosk_store):
    wait = long_wait_for_cash(kiosk_store)
    choose(qtbot, window, "A")
    shunt = window.shunt.screen
    assert window.stack.currentWidget() is shunt
    assert "cash machines in the self-service area" in shunt.instruction.text()
    assert shunt.wait.text() == f"Waiting for a counter now: about {wait} minutes."
    assert [b.text() for b in shunt.choices()] == ["I'll use self-service", "Take a ticket anyway"]
    assert all(b.isVisible() and b.height() >= 88 for b in shunt.choices())
    click(qtbot, shunt.self_service)
    assert window.stack.currentWidget() is shunt and shunt.title.text() == "Thank you"
    assert "cash machines" in shunt.instruction.text(), "the instruction stays to be read"
    assert [b.text() for b in shunt.choices()] == ["Done"] and not window.back.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Backspace)  # the keypad's Clear: nothing to go back to either
    assert window.stack.currentWidget() is window.start
    window.choose_language("en")
    answered(qtbot, window)
    click(qtbot, window.services.buttons["A"])
    click(qtbot, shunt.self_service)
    counted(qtbot, kiosk_store, "A", self_service=2)
    assert tickets(kiosk_store) == 4, "no ticket issued"
    click(qtbot, shunt.done_button)
    assert window.stack.currentWidget() is window.start and window.lang == "zh_CN"
    counted(qtbot, kiosk_store, "A", self_service=2)  # counted once each, not again as left


def test_take_a_ticket_anyway_continues_to_the_ticket_and_is_counted(qtbot, window, kiosk_store):
    long_wait_for_cash(kiosk_store)
    choose(qtbot, window, "A")
    click(qtbot, window.shunt.screen.ticket)
    assert window.stack.currentWidget() is window.priority
    click(qtbot, window.priority.no)
    with qtbot.waitSignal(window.ticket_issued, timeout=3000) as issued:
        click(qtbot, window.needs.print_button)
    assert issued.args[0].ticket.label == "A005"
    assert window.confirm.number.text() == "A005"
    counted(qtbot, kiosk_store, "A", ticket=1)


def test_a_short_wait_or_a_counter_only_service_goes_straight_to_the_ticket(qtbot, window, kiosk_store):
    choose(qtbot, window, "A")  # nobody waiting
    assert window.stack.currentWidget() is window.priority
    window.reset()
    for _ in range(12):
        kiosk_store.issue_ticket("E")  # E (foreign exchange): no self-service instruction, not bookable
    kiosk_store.open_counter(2, ("E",))
    assert kiosk_store.expected_wait("E") > 15
    choose(qtbot, window, "E")
    assert window.stack.currentWidget() is window.priority
    answered(qtbot, window)
    assert kiosk_store.shunt_counts(kiosk_store.today()) == {}


def test_the_threshold_is_the_branchs(qtbot, kiosk_store, window):
    long_wait_for_cash(kiosk_store)  # 20 min
    toml = kiosk_store.branch_toml().replace("threshold_minutes = 15", "threshold_minutes = 20")
    kiosk_store.configure(toml)
    choose(qtbot, window, "A")
    assert window.stack.currentWidget() is window.priority, "20 min does not pass a 20 min threshold"


def test_in_chinese_the_instruction_is_in_chinese_and_read_aloud(qtbot, window, kiosk_store):
    long_wait_for_cash(kiosk_store)
    heard = []
    window.speech_requested.connect(lambda text, lang: heard.append((text, lang)))
    window.voice.setChecked(True)
    choose(qtbot, window, "B", language=0)  # zh_CN; B (cards) is possible at self-service, 0 waiting
    assert window.stack.currentWidget() is window.priority
    window.go_back()
    kiosk_store.open_counter(3, ("B",))
    for _ in range(3):
        kiosk_store.issue_ticket("B")  # 3 x 8 min at one counter: about 20 min
    window.go_back()
    choose(qtbot, window, "B", language=0)
    shunt = window.shunt.screen
    assert window.stack.currentWidget() is shunt
    assert shunt.instruction.text().startswith("开卡、换卡和挂失可在自助区的智能柜台办理")
    assert [b.text() for b in shunt.choices()] == ["我去自助办理", "仍然取号"]
    assert shunt.title.text() == "您可以自助办理，无需排队等候"
    # 3 x 8 min at one counter: the simulated median of three skewed service times, as a ticket would say
    assert shunt.wait.text() == f"目前柜台排队约需等候 {kiosk_store.expected_wait('B')} 分钟。"
    text, lang = heard[-1]
    assert lang == "zh_CN" and shunt.instruction.text() in text and shunt.ticket.text() in text


def test_by_keypad_digits_choose_and_enter_takes_a_ticket(qtbot, window, kiosk_store):
    long_wait_for_cash(kiosk_store)
    choose(qtbot, window, "A")
    assert window.shunt.screen.ticket.hasFocus(), "Enter alone keeps what the customer came for"
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.priority
    window.reset()
    choose(qtbot, window, "A")
    qtbot.keyClick(window, "1")
    assert window.shunt.screen.title.text() == "Thank you"
    counted(qtbot, kiosk_store, "A", ticket=1, self_service=1)
    window.shunt.thanks_timer.setInterval(50)  # 15 s on the kiosk
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start, timeout=2000)
    assert window.lang == "zh_CN", "the thanks ends by itself, for the next customer"


def test_back_and_cancel_leave_the_suggestion_and_are_counted_as_left(qtbot, window, kiosk_store):
    long_wait_for_cash(kiosk_store)
    choose(qtbot, window, "A")
    click(qtbot, window.back)
    assert window.stack.currentWidget() is window.services
    counted(qtbot, kiosk_store, "A", left=1)
    click(qtbot, window.services.buttons["A"])
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.start
    counted(qtbot, kiosk_store, "A", left=2)


def test_leaving_by_the_idle_timeout_is_counted_as_left(qtbot, kiosk_store):
    long_wait_for_cash(kiosk_store)
    window = make_window(qtbot, kiosk_store, idle_ms=100, warning_s=1)
    choose(qtbot, window, "A")
    assert window.stack.currentWidget() is window.shunt.screen
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.idle_warning, timeout=2000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start, timeout=4000)
    counted(qtbot, kiosk_store, "A", left=1)
    assert tickets(kiosk_store) == 4
    window.close_worker()


@pytest.mark.parametrize("lang", [0, 1, ENGLISH])
def test_the_longest_suggestion_fits_the_demos_quadrant(qtbot, kiosk_store, lang):
    """B's instruction is the longest; in 950 x 500 (the four-window demo) nothing is clipped or overlaps."""
    kiosk_store.open_counter(3, ("B",))
    for _ in range(3):
        kiosk_store.issue_ticket("B")
    window = make_window(qtbot, kiosk_store)
    window.resize(*QUARTER)
    qtbot.waitUntil(lambda: window.size().toTuple() == QUARTER)
    choose(qtbot, window, "B", language=lang)
    shunt = window.shunt.screen
    assert window.stack.currentWidget() is shunt
    QApplication.processEvents()
    assert readability_problems(shunt) == []
    click(qtbot, shunt.self_service)
    QApplication.processEvents()
    assert readability_problems(shunt) == []
    window.close_worker()

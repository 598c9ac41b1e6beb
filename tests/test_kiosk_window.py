"""The customer kiosk, walked as a customer would, against a real store file."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk.adapters.speech import DEFAULT_RATE, SLOWER_RATE
from kiosk.core.config import default_toml
from kiosk.store import QueueStore
from kiosk.ui.kiosk_window import KioskWindow
from tests.conftest import branch_time

CARE_CLASSES = ["elderly", "disability", "pregnant", "infant", "ill", "green_channel"]


@pytest.fixture
def kiosk_store(db_path):
    store = QueueStore.init(db_path, default_toml().replace("occupancy_cap = 80", "occupancy_cap = 3"),
                            station="kiosk")
    yield store
    store.close()


@pytest.fixture
def window(qtbot, kiosk_store):
    w = KioskWindow(kiosk_store, default_language="zh_CN", idle_ms=60_000)
    qtbot.addWidget(w)
    w.resize(1920, 1080)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.view is not None)  # the configuration, read on the kiosk's worker
    yield w
    w.reset()
    w.close_worker()


def answered(qtbot, window):
    """The store's answer to the last press is shown (the kiosk asks the store on its worker)."""
    qtbot.waitUntil(lambda: not window.worker.busy)


def tickets(store):
    sql = "SELECT label, service, priority, lang, needs FROM tickets ORDER BY id"
    return store.db.execute(sql).fetchall()


def take_ticket(qtbot, window, service="A", priority=None, needs=()):
    qtbot.mouseClick(window.start.language_buttons[2], Qt.MouseButton.LeftButton)  # zh_CN, zh_TW, English
    answered(qtbot, window)
    qtbot.mouseClick(window.services.buttons[service], Qt.MouseButton.LeftButton)
    button = window.priority.no if priority is None else window.priority.buttons[priority]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    for need in needs:
        qtbot.mouseClick(window.needs.toggles[need], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.ticket_issued, timeout=2000) as issued:
        qtbot.mouseClick(window.needs.print_button, Qt.MouseButton.LeftButton)
    return issued.args[0]


def test_regular_ticket_from_start_to_confirmation(qtbot, window, kiosk_store):
    issued = take_ticket(qtbot, window)
    assert window.stack.currentWidget() is window.confirm
    assert window.confirm.number.text() == "A001" == issued.ticket.label
    assert "Cash" in window.confirm.details.text()
    assert tickets(kiosk_store) == [("A001", "A", "regular", "en", "")]
    qtbot.mouseClick(window.confirm.done_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.start
    assert window.lang == "zh_CN", "the next customer starts in the default language"


@pytest.mark.parametrize("priority", CARE_CLASSES)
def test_each_priority_class_is_stored_with_declared_needs(qtbot, window, kiosk_store, priority):
    take_ticket(qtbot, window, "B", priority, needs=("wheelchair", "low_vision"))
    assert tickets(kiosk_store) == [("B001", "B", priority, "en", "wheelchair,low_vision")]


def test_double_tap_prints_one_ticket(qtbot, window, kiosk_store):
    take_ticket(qtbot, window)
    window.go_back()  # even if the customer comes back to the same screen at once
    qtbot.mouseClick(window.needs.print_button, Qt.MouseButton.LeftButton)
    assert len(tickets(kiosk_store)) == 1


def test_check_in_with_a_bad_code_then_a_good_one(qtbot, window, kiosk_store):
    kiosk_store.add_appointment("2468", "C", branch_time(10))
    qtbot.mouseClick(window.start.check_in, Qt.MouseButton.LeftButton)
    for digit in "1357":
        qtbot.keyClick(window, digit)
    qtbot.mouseClick(window.check_in.submit, Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    assert window.check_in.error.isVisible()
    assert "1357" in window.check_in.error.text()
    assert tickets(kiosk_store) == []
    for digit in "2468":
        qtbot.mouseClick(window.check_in.digits[int(digit) - 1], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.ticket_issued, timeout=2000):
        qtbot.mouseClick(window.check_in.submit, Qt.MouseButton.LeftButton)
    assert window.confirm.number.text() == "C001"


def test_call_staff_records_a_help_request_and_returns(qtbot, window, kiosk_store):
    qtbot.mouseClick(window.start.language_buttons[2], Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    with qtbot.waitSignal(window.help_requested, timeout=1000):
        qtbot.mouseClick(window.call_staff, Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    assert window.stack.currentWidget() is window.message
    assert "staff" in window.message.body.text()
    assert [r["kind"] for r in kiosk_store.open_help_requests()] == ["call_staff"]
    qtbot.mouseClick(window.message.button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.services


def test_occupancy_cap_warns_but_still_issues(qtbot, window, kiosk_store):
    for _ in range(3):
        kiosk_store.issue_ticket("A")
    qtbot.mouseClick(window.start.language_buttons[2], Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    assert window.services.crowding.isVisible()
    assert "3 people are waiting" in window.services.crowding.text()
    qtbot.mouseClick(window.services.buttons["A"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.priority.no, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.needs.print_button, Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    assert window.confirm.number.text() == "A004"
    assert window.confirm.crowding.isVisible()


def test_idle_timeout_warns_can_be_extended_then_resets(qtbot, kiosk_store):
    window = KioskWindow(kiosk_store, default_language="zh_CN", idle_ms=100, warning_s=2)
    qtbot.addWidget(window)
    window.show()
    spoken = []
    window.speech_requested.connect(lambda text, lang: spoken.append(text))
    qtbot.waitUntil(lambda: window.view is not None)
    window.choose_language("en")
    answered(qtbot, window)
    window.voice.setChecked(True)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.idle_warning, timeout=2000)
    assert "more time" in window.idle_warning.title.text()
    assert any("more time" in text for text in spoken), "the warning is spoken too"
    qtbot.mouseClick(window.idle_warning.button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.services
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.idle_warning, timeout=2000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.start, timeout=4000)
    assert window.lang == "zh_CN" and not window.voice_on, "language and voice return to defaults"
    window.close_worker()


def test_keypad_alone_takes_a_ticket_without_double_printing(qtbot, window, kiosk_store):
    qtbot.keyClick(window, "3")  # English
    answered(qtbot, window)
    qtbot.keyClick(window, "3")  # third service: C
    qtbot.keyClick(window, Qt.Key.Key_Return)  # focus starts on "No priority needed"
    assert window.stack.currentWidget() is window.needs
    qtbot.keyClick(window, "1")  # toggle: wheelchair
    qtbot.keyClick(window, "6")  # print
    answered(qtbot, window)
    qtbot.keyClick(window, "6")
    answered(qtbot, window)
    assert tickets(kiosk_store) == [("C001", "C", "regular", "en", "wheelchair")]
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.start


def test_language_switches_without_restart(qtbot, window):
    qtbot.mouseClick(window.start.language_buttons[0], Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    assert window.services.title.text() == "请选择业务"
    assert window.call_staff.text() == "呼叫工作人员"
    assert "现金" in window.services.buttons["A"].text()
    window.go_back()
    assert [b.text() for b in window.start.language_buttons] == ["简体中文", "繁體中文", "English"]
    qtbot.mouseClick(window.start.language_buttons[1], Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    assert window.services.title.text() == "請選擇服務項目"
    assert window.call_staff.text() == "呼叫服務人員"
    assert "現金業務" in window.services.buttons["A"].text()
    window.go_back()
    qtbot.mouseClick(window.start.language_buttons[2], Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    assert window.services.title.text() == "Choose a service"
    assert window.call_staff.text() == "Call staff"


def test_voice_guidance_reads_the_screen_and_the_focused_button(qtbot, window):
    window.choose_language("en")
    answered(qtbot, window)
    with qtbot.waitSignal(window.speech_requested, timeout=1000) as screen:
        window.voice.setChecked(True)
    text, lang = screen.args
    assert lang == "en" and "Choose a service" in text and "1: A Cash" in text
    with qtbot.waitSignal(window.speech_requested, timeout=1000) as focused:
        window.services.buttons["B"].setFocus()
    assert focused.args[0].startswith("B Accounts and cards")


def test_every_button_has_an_accessible_name(qtbot, window):
    window.choose_language("en")
    answered(qtbot, window)
    window.choose_service("A")
    buttons = window.findChildren(QPushButton)
    assert len(buttons) > 30
    assert all(b.accessibleName().strip() for b in buttons)


def test_volume_steps_cover_18_db_are_heard_at_once_and_reset_for_the_next_customer(qtbot, window):
    heard, gains = [], []
    window.speech_requested.connect(lambda text, lang: heard.append(text))
    window.volume_changed.connect(gains.append)
    for _ in range(3):
        qtbot.mouseClick(window.louder, Qt.MouseButton.LeftButton)
    assert gains == [6.0] and not window.louder.isEnabled(), "louder stops at the top step"
    assert heard == ["音量第 4 级，共 4 级"], "the new volume is heard even with voice guidance off"
    for _ in range(4):
        qtbot.mouseClick(window.quieter, Qt.MouseButton.LeftButton)
    assert gains[-1] == -12.0 and not window.quieter.isEnabled()
    assert max(gains) - min(gains) >= 18
    window.reset()
    assert gains[-1] == 0.0 and window.louder.isEnabled() and window.quieter.isEnabled()


def test_slower_speech_is_heard_at_once_shown_in_words_and_resets_for_the_next_customer(qtbot, window):
    heard, rates = [], []
    window.speech_requested.connect(lambda text, lang: heard.append(text))
    window.speech_rate_changed.connect(rates.append)
    assert window.slower.text() == "慢速语音" and not window.slower.isChecked()
    qtbot.mouseClick(window.slower, Qt.MouseButton.LeftButton)
    assert rates == [SLOWER_RATE] and SLOWER_RATE < DEFAULT_RATE
    assert heard == ["语速已放慢"], "the new speed is heard at once, even with voice guidance off"
    assert window.slower.text() == "慢速语音：已开启", "the state is in words, not only in colour"
    accessible = QAccessible.queryAccessibleInterface(window.slower)
    assert accessible.text(QAccessible.Text.Name) == "慢速语音：已开启"
    assert accessible.text(QAccessible.Text.Description) == "语速已放慢"
    assert accessible.state().checked
    qtbot.mouseClick(window.slower, Qt.MouseButton.LeftButton)
    assert rates[-1] == DEFAULT_RATE and heard[-1] == "正常语速" and window.slower.text() == "慢速语音"
    window.choose_language("en")
    answered(qtbot, window)
    qtbot.mouseClick(window.slower, Qt.MouseButton.LeftButton)
    assert (window.slower.text(), heard[-1]) == ("Slower speech: on", "Speech is slower")
    window.reset()
    assert rates[-1] == DEFAULT_RATE and not window.slower.isChecked()
    assert window.slower.text() == "慢速语音" and heard[-1] == "Speech is slower", "reset is silent"


def test_keypad_arrows_reach_every_control_of_the_top_bar_and_enter_presses_it(qtbot, window):
    rates = []
    window.speech_rate_changed.connect(rates.append)
    qtbot.keyClick(window, "3")  # English: the services screen, focus on the first service
    answered(qtbot, window)
    bar = [window.back, window.voice, window.quieter, window.louder, window.slower, window.call_staff]
    reached = []
    for _ in range(20):
        qtbot.keyClick(window, Qt.Key.Key_Down)
        if QApplication.focusWidget() in bar and QApplication.focusWidget() not in reached:
            reached.append(QApplication.focusWidget())
    assert reached == bar, "in the order they are shown"
    while QApplication.focusWidget() is not window.slower:
        qtbot.keyClick(window, Qt.Key.Key_Up)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert rates == [SLOWER_RATE] and window.slower.isChecked()


PENSIONS = ('\n[[services]]\ncode = "G"\nprefix = "G"\nminutes = 5\n'
            'names = { zh_CN = "养老金", zh_TW = "養老金", en = "Pensions" }\n')


def test_a_service_the_manager_adds_or_removes_shows_at_a_running_kiosk(qtbot, window, db_path):
    take_ticket(qtbot, window)  # the kiosk has shown its services once
    window.reset()
    manager = QueueStore(db_path, station="manager")
    original = manager.branch_toml()
    manager.configure(original + PENSIONS)
    qtbot.mouseClick(window.start.language_buttons[2], Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    assert window.stack.currentWidget() is window.services
    assert "Pensions" in window.services.buttons["G"].text()
    qtbot.mouseClick(window.services.buttons["G"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.priority
    window.reset()
    manager.configure(original)
    qtbot.mouseClick(window.start.language_buttons[2], Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    shown = [b.text() for b in window.services.findChildren(QPushButton) if b.isVisibleTo(window.services)]
    assert not any("Pensions" in text for text in shown), "a removed service's button is gone"
    assert "G" not in window.services.buttons
    manager.close()


def test_a_class_the_manager_adds_to_the_love_window_is_offered_at_a_running_kiosk(qtbot, window, db_path):
    take_ticket(qtbot, window)  # the kiosk has shown its priority classes once
    window.reset()
    manager = QueueStore(db_path, station="manager")
    text = manager.branch_toml()
    vip = text.index('code = "vip"')
    manager.configure(text[:vip] + text[vip:].replace("love_window = false", "love_window = true", 1))
    qtbot.mouseClick(window.start.language_buttons[2], Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    qtbot.mouseClick(window.services.buttons["A"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.priority
    assert window.priority.buttons["vip"].text() == "VIP"
    manager.close()


def test_languages_the_manager_saves_apply_to_the_next_customer(qtbot, window, db_path):
    manager = QueueStore(db_path, station="manager")
    text = manager.branch_toml()
    manager.configure(text.replace('languages = ["zh_CN", "zh_TW", "en"]', 'languages = ["en", "zh_CN"]', 1))
    window.reset()
    qtbot.waitUntil(lambda: [b.text() for b in window.start.language_buttons] == ["English", "简体中文"])
    manager.close()


@pytest.fixture
def locked_kiosk(qtbot, db_path):
    """A kiosk whose database another station holds locked for writing (say a long restore)."""
    from kiosk.store.db import Connection

    QueueStore.init(db_path).close()
    store = QueueStore(db_path, station="kiosk", busy_timeout_ms=200)
    w = KioskWindow(store, default_language="en")
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.view is not None)
    holder = Connection(db_path, busy_timeout_ms=200)
    holder._begin_immediate()
    yield w
    w.close_worker()
    holder.db.execute("ROLLBACK")
    holder.close()
    store.close()


def test_call_staff_with_a_locked_database_sends_the_customer_to_staff_aloud(qtbot, locked_kiosk):
    w = locked_kiosk
    w.choose_language("en")
    answered(qtbot, w)
    with qtbot.waitSignal(w.speech_requested, timeout=2000) as said:
        qtbot.mouseClick(w.call_staff, Qt.MouseButton.LeftButton)
    answered(qtbot, w)
    assert w.stack.currentWidget() is w.message
    assert w.message.title.text() == "Please ask any member of staff"
    assert "ask any member of staff" in said.args[0], "said even with voice guidance off"
    qtbot.mouseClick(w.message.button, Qt.MouseButton.LeftButton)
    assert w.stack.currentWidget() is w.services, "Back returns the customer to their screen"


def test_an_unreadable_database_points_the_customer_to_staff(qtbot, window, db_path):
    import sqlite3

    raw = sqlite3.connect(db_path)
    raw.execute("DROP TABLE waiting_counts")  # as good as a damaged file, for status()
    raw.close()
    qtbot.mouseClick(window.start.language_buttons[2], Qt.MouseButton.LeftButton)
    answered(qtbot, window)
    assert window.stack.currentWidget() is window.message
    assert "Call staff" in window.message.body.text()


def test_check_in_tells_a_used_code_and_another_days_code_apart_from_an_unknown_one(qtbot, window,
                                                                                     kiosk_store):
    from datetime import timedelta

    now = kiosk_store.clock.now()
    kiosk_store.add_appointment("123456", "A", now + timedelta(minutes=5))
    kiosk_store.add_appointment("777777", "A", now + timedelta(days=1))
    window.set_language("en")
    window.check_in_code("123456")
    answered(qtbot, window)
    assert window.stack.currentWidget() is window.confirm
    window.reset()
    window.set_language("en")
    window._show(window.check_in)
    window.check_in_code("123456")
    answered(qtbot, window)
    assert "already been used" in window.check_in.error.text()
    window.check_in_code("777777")
    answered(qtbot, window)
    tomorrow = (now + timedelta(days=1)).astimezone(kiosk_store.branch.tz).date().isoformat()
    assert f"Booking code 777777 is for {tomorrow}, not today" in window.check_in.error.text()
    window.check_in_code("999999")
    answered(qtbot, window)
    assert "could not find booking code 999999" in window.check_in.error.text()


def places(widgets):
    """Where each widget is on the screen, once pending layout work is done."""
    QApplication.processEvents()
    return [(w.mapToGlobal(QPoint(0, 0)), w.size()) for w in widgets]


@pytest.mark.parametrize("size", [(1920, 1080), (950, 500)])
def test_a_message_never_moves_the_keys_of_the_booking_code_keypad(qtbot, window, size):
    window.resize(*size)
    qtbot.mouseClick(window.start.check_in, Qt.MouseButton.LeftButton)
    keys = window.check_in.findChildren(QPushButton)
    before = places(keys)
    for digit in "1357":
        qtbot.keyClick(window, digit)
    qtbot.mouseClick(window.check_in.submit, Qt.MouseButton.LeftButton)  # no such booking
    answered(qtbot, window)
    assert window.check_in.error.isVisible()
    assert places(keys) == before, "a key moved under the finger"
    qtbot.keyClick(window, "2")  # typing again hides the message
    assert not window.check_in.error.isVisible()
    assert places(keys) == before


def key_shown(button):
    """The keypad digit shown on a button, "" for none."""
    return button.keycap.text() if button.keycap.isVisible() else ""


def test_each_numbered_choice_shows_the_digit_of_the_key_that_chooses_it(qtbot, window, kiosk_store):
    start = window.start
    assert [key_shown(b) for b in [*start.language_buttons, start.check_in]] == ["1", "2", "3", "4"]
    qtbot.keyClick(window, key_shown(start.language_buttons[2]))
    answered(qtbot, window)
    assert window.lang == "en"
    services = window.services.buttons
    assert [key_shown(b) for b in services.values()] == ["1", "2", "3", "4", "5", "6"]
    qtbot.keyClick(window, key_shown(services["C"]))
    assert window.stack.currentWidget() is window.priority
    shown = [key_shown(b) for b in window.priority.choices()]
    assert shown == [str(i) for i in range(1, len(shown) + 1)]
    qtbot.keyClick(window, key_shown(window.priority.buttons["green_channel"]))
    assert window.stack.currentWidget() is window.needs
    assert [key_shown(b) for b in window.needs.choices()] == ["1", "2", "3", "4", "5", "6"]
    qtbot.keyClick(window, key_shown(window.needs.print_button))
    answered(qtbot, window)
    assert tickets(kiosk_store) == [("C001", "C", "green_channel", "en", "")]
    assert key_shown(window.confirm.done_button) == "1"
    window.go_back()
    qtbot.mouseClick(window.start.check_in, Qt.MouseButton.LeftButton)
    assert not any(key_shown(b) for b in window.check_in.findChildren(QPushButton)), "digits type the code"


def test_enter_on_the_needs_screen_moves_on_to_the_ticket(qtbot, window, kiosk_store):
    for key in "311":  # English, Cash, no priority
        qtbot.keyClick(window, key)
        answered(qtbot, window)
    assert window.stack.currentWidget() is window.needs
    with qtbot.waitSignal(window.ticket_issued, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.confirm
    assert tickets(kiosk_store) == [("A001", "A", "regular", "en", "")], "no need was toggled on the way"


@pytest.mark.parametrize("size", [(1920, 1080), (950, 500)])
def test_turning_voice_guidance_on_moves_no_button_of_the_top_bar(qtbot, window, size):
    window.resize(*size)
    window.choose_language("en")
    answered(qtbot, window)
    bar = [window.back, window.voice, window.quieter, window.louder, window.slower, window.call_staff]
    before = places(bar)
    qtbot.mouseClick(window.voice, Qt.MouseButton.LeftButton)
    assert window.voice.text() == "Voice guidance: on"
    assert places(bar) == before
    qtbot.mouseClick(window.slower, Qt.MouseButton.LeftButton)
    assert window.slower.text() == "Slower speech: on"
    assert places(bar) == before


@pytest.mark.parametrize("size", [(1920, 1080), (950, 500)])
def test_the_english_priority_grid_has_even_columns(qtbot, window, size):
    window.resize(*size)
    window.choose_language("en")
    answered(qtbot, window)
    window.choose_service("A")
    QApplication.processEvents()
    grid = window.priority.grid.grid
    widths: dict[int, set[int]] = {}
    for button in window.priority.buttons.values():
        _, column, _, _ = grid.getItemPosition(grid.indexOf(button))
        widths.setdefault(column, set()).add(button.width())
    every = set().union(*widths.values())
    assert len(widths) == 2 and max(every) - min(every) <= 3, widths

"""The teller console, driven as a teller would, against real store files and other processes."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from kiosk.core.staff import NotAllowed, Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff, set_active
from kiosk.ui.console_window import AssistanceDialog, ConsoleWindow, TransferDialog


@pytest.fixture
def branch(db_path):
    store = QueueStore.init(db_path, station="setup")
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    add_staff(store, "2001", "Li Na", Role.LOBBY_MANAGER, "246802")
    yield store
    store.close()


def console(qtbot, db_path, counter=1, staff=("1001", "135790")):
    store = QueueStore(db_path, station=f"console-{counter}")
    window = ConsoleWindow(store, counter, poll_ms=20, confirm=lambda question: True)
    qtbot.addWidget(window)
    window.show()
    focus(qtbot, window)
    if staff:
        window.sign_in.number.setText(staff[0])
        window.sign_in.pin.setText(staff[1])
        qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
        idle(qtbot, window)
        assert window.pages.currentWidget() is window.desk, window.sign_in.error.text()
    return window


def focus(qtbot, window):
    """Shortcuts go to the active window, as at a real desk."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def idle(qtbot, window):
    """The answer to what was asked is in: the store's calls run on the window's worker."""
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=5000)


def act(qtbot, action, *args):
    """Call a console action and wait for its answer."""
    action(*args)
    idle(qtbot, action.__self__)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window, key, modifier)
    idle(qtbot, window)


def click(qtbot, window, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)


def events(store, action):
    return store.db.execute("SELECT COUNT(*) FROM events WHERE action = ?", [action]).fetchone()[0]


def test_sign_in_right_wrong_and_locked(qtbot, branch, db_path):
    window = console(qtbot, db_path, staff=None)
    for _ in range(5):
        window.sign_in.number.setText("1001")
        window.sign_in.pin.setText("0000")
        click(qtbot, window, window.sign_in.button)
        assert window.pages.currentWidget() is window.sign_in
    assert "locked" in window.sign_in.error.text()
    window.sign_in.pin.setText("135790")
    click(qtbot, window, window.sign_in.button)
    assert "locked" in window.sign_in.error.text(), "the right PIN waits out the lock too"
    other = console(qtbot, db_path, staff=("2001", "246802"))
    assert "Li Na" in other.header.text()


def test_call_serve_finish_with_shortcuts_and_reason(qtbot, branch, db_path):
    branch.issue_ticket("A", "regular")
    branch.issue_ticket("A", "elderly", needs=("wheelchair",))
    window = console(qtbot, db_path)
    press(qtbot, window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # open counter
    with qtbot.waitSignal(window.action_done) as done:
        press(qtbot, window, Qt.Key.Key_F1)
    assert "A002" in done.args[0] and "Elderly (60 and over), waited 0 min + 30 head start" in done.args[0]
    assert window.ticket.text() == "A002"
    assert "wheelchair" in window.needs.text() and window.needs.isVisible()
    press(qtbot, window, Qt.Key.Key_F2)
    press(qtbot, window, Qt.Key.Key_F3)
    press(qtbot, window, Qt.Key.Key_F4)
    assert [events(branch, a) for a in ("call", "recall", "start", "finish")] == [1, 1, 1, 1]
    assert window.ticket.text() == "—"


def test_double_press_calls_once(qtbot, branch, db_path):
    branch.issue_ticket("A")
    branch.issue_ticket("A")
    window = console(qtbot, db_path)
    act(qtbot, window.open_counter)
    qtbot.mouseClick(window.buttons["call"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.buttons["call"], Qt.MouseButton.LeftButton)  # before the first is answered
    idle(qtbot, window)
    assert events(branch, "call") == 1 and window.ticket.text() == "A001"
    click(qtbot, window, window.buttons["call"])  # once answered, the store says why not
    assert "still has ticket A001" in window.status_line.text()


def test_no_show_reinstate_transfer_and_call_by_qr(qtbot, branch, db_path, monkeypatch):
    first = branch.issue_ticket("A").ticket
    branch.issue_ticket("B")
    window = console(qtbot, db_path)
    act(qtbot, window.open_counter)
    act(qtbot, window.call_next)
    press(qtbot, window, Qt.Key.Key_F5)  # no-show, confirmed
    assert branch.ticket_by_id(first.id).status.value == "no_show"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("a001", True))
    press(qtbot, window, Qt.Key.Key_F7)  # reinstate
    assert branch.ticket_by_id(first.id).status.value == "waiting"
    act(qtbot, window.call_next)
    window.run_dialog = choose_transfer(service="C")
    press(qtbot, window, Qt.Key.Key_F6)  # transfer to C
    moved = branch.ticket_by_id(first.id)
    assert (moved.service, moved.status.value) == ("C", "waiting")
    qr = f"KQ1|{first.id}|A001|{first.business_day}"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (qr, True))
    act(qtbot, window.open_counter)
    press(qtbot, window, Qt.Key.Key_F8)  # call this ticket (scanned)
    assert window.ticket.text() == "A001"


def choose_transfer(service=None, counter=None):
    def run(dialog: TransferDialog) -> int:
        dialog.service.setCurrentIndex(dialog.service.findData(service))
        dialog.counter.setCurrentIndex(dialog.counter.findData(counter))
        dialog._check()
        return dialog.result()
    return run


def test_transfer_to_another_counter_is_called_there_first(qtbot, branch, db_path):
    branch.issue_ticket("A", "regular")
    branch.issue_ticket("A", "elderly")
    desk = console(qtbot, db_path, counter=1)
    act(qtbot, desk.open_counter)
    act(qtbot, desk.call_next)
    assert desk.ticket.text() == "A002"
    desk.run_dialog = choose_transfer()  # neither: refused inside the dialog, nothing sent
    act(qtbot, desk.transfer)
    assert branch.ticket("A002").status.value == "called"
    desk.run_dialog = choose_transfer(counter=3)  # closed: not offered
    act(qtbot, desk.transfer)
    assert branch.ticket("A002").status.value == "called"
    branch.open_counter(3)
    with qtbot.waitSignal(desk.action_done) as done:
        act(qtbot, desk.transfer)
    assert "A002" in done.args[0] and "counter 3" in done.args[0]
    other = console(qtbot, db_path, counter=3, staff=("2001", "246802"))
    with qtbot.waitSignal(other.action_done) as called:
        other.call_next()
    assert "A002" in called.args[0] and "transferred from counter 1" in called.args[0]


def test_a_teller_acts_on_their_own_counter_only(qtbot, branch, db_path):
    window = console(qtbot, db_path, counter=2)
    assert window.store.bound_counter == 2
    with pytest.raises(NotAllowed, match="counter 2 may not act on counter 4"):
        window.store.open_counter(4)
    set_active(branch, "1001", False)  # a manager deactivates the teller while they work
    act(qtbot, window.open_counter)
    assert window.pages.currentWidget() is window.sign_in
    assert window.sign_in.error.text() == "This account has been deactivated."
    assert branch.counters()[1].mode.value == "closed"
    assert window.store.role is None and window.store.bound_counter is None
    with pytest.raises(NotAllowed, match="sign in first"):  # the store, not only the window, refuses
        window.store.call_next(2)


def test_love_window_needs_a_lobby_manager_and_never_calls_regular(qtbot, branch, db_path):
    branch.issue_ticket("A", "regular")
    teller = console(qtbot, db_path, counter=1)
    click(qtbot, teller, teller.love)
    assert not teller.love.isChecked() and "may not" in teller.status_line.text()
    lobby = console(qtbot, db_path, counter=2, staff=("2001", "246802"))
    click(qtbot, lobby, lobby.love)
    assert lobby.love.isChecked()
    act(qtbot, lobby.call_next)
    assert "Nobody is waiting" in lobby.status_line.text()
    branch.issue_ticket("A", "pregnant")
    act(qtbot, lobby.call_next)
    assert lobby.ticket.text() == "A002"


def test_two_consoles_pressing_at_once_get_different_tickets(qtbot, branch, db_path):
    for _ in range(2):
        branch.issue_ticket("A")
    one, two = console(qtbot, db_path, 1), console(qtbot, db_path, 3)
    act(qtbot, one.open_counter)
    act(qtbot, two.open_counter)
    focus(qtbot, one)
    press(qtbot, one, Qt.Key.Key_F1)
    focus(qtbot, two)
    press(qtbot, two, Qt.Key.Key_F1)
    assert {one.ticket.text(), two.ticket.text()} == {"A001", "A002"}


def test_help_request_round_trip_from_a_kiosk_process(qtbot, branch, db_path, clock):
    window = console(qtbot, db_path)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    code = ("from datetime import datetime; from kiosk.core.clock import FrozenClock; "
            "from kiosk.store import QueueStore; "
            "QueueStore(%r, station='kiosk', clock=FrozenClock(datetime.fromisoformat(%r)))"
            ".request_help('call_staff')")
    subprocess.run([sys.executable, "-c", code % (str(db_path), clock().isoformat())], check=True, env=env)
    qtbot.waitUntil(lambda: window.help_list.count() == 1, timeout=5000)
    assert "customer asks for staff" in window.help_list.item(0).text() and "new" in window.help_box.title()
    click(qtbot, window, window.help_ack)
    assert "someone is going" in window.help_list.item(0).text()
    click(qtbot, window, window.help_resolve)
    assert window.help_list.count() == 0
    row = branch.db.execute("SELECT status, actor FROM help_requests").fetchone()
    assert row == ("resolved", "1001")


def test_live_panel_follows_other_processes(qtbot, branch, db_path, clock):
    window = console(qtbot, db_path)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    subprocess.run([sys.executable, "-m", "kiosk", "issue", "--db", str(db_path), "--service", "D",
                    "--priority", "vip", "--at", clock().isoformat()],
                   check=True, env=env, capture_output=True)
    qtbot.waitUntil(lambda: "D Wealth management: 1 (VIP 1)" in window.live.text(), timeout=5000)


def test_assistance_is_recorded_against_the_current_ticket(qtbot, branch, db_path, monkeypatch):
    ticket = branch.issue_ticket("A", "elderly").ticket
    window = console(qtbot, db_path)
    act(qtbot, window.open_counter)
    act(qtbot, window.call_next)

    def choose_magnifier(dialog: AssistanceDialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("magnifier"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AssistanceDialog, "exec", choose_magnifier)
    press(qtbot, window, Qt.Key.Key_F9)
    row = branch.db.execute("SELECT ticket_id, kind, actor, counter FROM assistance").fetchone()
    assert row == (ticket.id, "magnifier", "1001", 1)


def test_services_and_their_order_are_chosen_at_the_desk(qtbot, branch, db_path, monkeypatch):
    branch.issue_ticket("A")
    branch.issue_ticket("B")
    window = console(qtbot, db_path)
    act(qtbot, window.open_counter)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("b, a", True))
    press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert branch.counters()[0].services == ("B", "A")
    act(qtbot, window.call_next)
    assert window.ticket.text() == "B001", "equal scores: the counter's first service wins"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("A,Q", True))
    act(qtbot, window.choose_services)
    assert "unknown service 'Q'" in window.status_line.text()


def test_console_in_chinese_names_classes_needs_and_modes_in_chinese(qtbot, branch, db_path):
    from kiosk.ui.i18n import LanguageSwitcher

    languages = LanguageSwitcher()
    assert languages.set_language("zh_CN")
    try:
        branch.issue_ticket("B", "pregnant", needs=("low_vision",))
        window = console(qtbot, db_path)
        press(qtbot, window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
        press(qtbot, window, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: window.ticket.text() == "B001")
        assert "孕妇" in window.needs.text() and "视力不便" in window.needs.text()
        assert "开户与银行卡" in window.ticket_info.text() and "已叫号" in window.ticket_info.text()
        assert "开放" in window.header.text() and "柜员" in window.header.text()
        assert "pregnant" not in window.ticket_info.text() + window.needs.text()
    finally:
        languages.set_language("en")


def test_a_ticket_whose_service_was_removed_still_shows(qtbot, branch, db_path):
    branch.issue_ticket("F", "vip")
    branch.open_counter(5)
    branch.call_next(5)
    text = branch.branch_toml()
    start = text.index('code = "F"')
    text = text[:text.rindex("[[services]]", 0, start)] + text[text.index("[[priority_classes]]"):]
    text = text.replace('services = ["F", "A"]', 'services = ["A"]')
    branch.configure(text.replace('code = "vip"', 'code = "gold"'))
    window = console(qtbot, db_path, counter=5)
    assert window.ticket.text() == "F001"
    assert "F" in window.ticket_info.text() and "vip" in window.needs.text()


def test_refusals_are_said_in_the_staffs_language(qtbot, branch, db_path):
    """The store refuses in English (CLI, logs); a Chinese console says why in Chinese."""
    from kiosk.ui.i18n import LanguageSwitcher

    assert LanguageSwitcher().set_language("zh_CN")  # English again after the test (conftest)
    branch.issue_ticket("A")
    window = console(qtbot, db_path)
    press(qtbot, window, Qt.Key.Key_F4)  # finish, with nobody at the counter
    assert window.status_line.text() == "1 号窗口当前没有可办结的票号。"
    press(qtbot, window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.ticket.text() == "A001")
    press(qtbot, window, Qt.Key.Key_F1)  # call again while A001 is still at the counter
    assert window.status_line.text() == "1 号窗口还有票号 A001（已叫号）。请先办结、转移或标记过号。"
    press(qtbot, window, Qt.Key.Key_F4)  # finish before starting
    assert window.status_line.text() == "无法办结票号 A001：它的状态是“已叫号”。"
    assert "counter" not in window.status_line.text()


def test_cancel_a_ticket_whose_customer_left(qtbot, branch, db_path, monkeypatch):
    branch.issue_ticket("A")
    later = branch.issue_ticket("A").ticket
    asked = []
    window = console(qtbot, db_path)
    window.confirm = lambda question: asked.append(question) or bool(len(asked) > 1)
    act(qtbot, window.open_counter)
    act(qtbot, window.call_next)
    offered = {}

    def get_text(parent, title, prompt, text=""):
        offered["text"] = text
        return "A001", True
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    press(qtbot, window, Qt.Key.Key_F10)  # the teller says no at the confirmation
    assert offered["text"] == "A001", "the ticket at the counter is offered"
    assert asked == ["Cancel ticket A001? It will not be called again."]
    assert branch.ticket("A001", later.business_day).status.value == "called"
    press(qtbot, window, Qt.Key.Key_F10)  # and yes the second time
    assert branch.ticket("A001", later.business_day).status.value == "cancelled"
    assert window.status_line.text() == "A001 is cancelled." and window.ticket.text() == "—"
    assert events(branch, "cancel") == 1
    act(qtbot, window.call_next)  # the counter is free again, and A001 is not called again
    assert window.ticket.text() == "A002"


def test_live_panel_follows_the_clock_when_nobody_writes(qtbot, branch, db_path, clock):
    from tests.conftest import branch_time

    branch.issue_ticket("A", at=clock.now())
    window = console(qtbot, db_path)
    assert "Longest wait: 0 min" in window.live.text()
    assert "A Cash (deposit / withdrawal): 1" in window.live.text()
    clock.set(branch_time(9, 45))
    qtbot.waitUntil(lambda: "Longest wait: 45 min" in window.live.text(), timeout=2000)
    clock.set(branch_time(9, day=24))  # the next business day: yesterday's ticket is not waiting today
    qtbot.waitUntil(lambda: "Longest wait: 0 min" in window.live.text(), timeout=2000)
    assert "A Cash" not in window.live.text()


def test_cancel_refused_in_chinese_and_a_counter_taken_out_of_the_configuration(qtbot, branch, db_path,
                                                                                monkeypatch):
    from kiosk.core.config import default_toml
    from kiosk.ui.i18n import LanguageSwitcher

    assert LanguageSwitcher().set_language("zh_CN")  # English again after the test (conftest)
    branch.issue_ticket("A")
    window = console(qtbot, db_path)
    act(qtbot, window.open_counter)
    act(qtbot, window.call_next)
    act(qtbot, window.start)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("A001", True))
    press(qtbot, window, Qt.Key.Key_F10)  # a ticket being served cannot be cancelled
    assert window.status_line.text() == "无法取消票号 A001：它的状态是“办理中”。"
    act(qtbot, window.finish)
    toml = default_toml()
    start = toml.index("[[counters]]\nnumber = 1\n")
    branch.configure(toml[:start] + toml[toml.index("[[counters]]", start + 10):])
    window.refresh()
    removed = "1 号窗口已不在网点配置中：请联系网点负责人，然后退出登录。"
    qtbot.waitUntil(lambda: window.status_line.text() == removed)
    press(qtbot, window, Qt.Key.Key_F1)
    assert window.status_line.text() == "1 号窗口不在网点配置中。请联系网点负责人。"

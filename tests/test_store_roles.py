"""Roles in the store: a teller acts at the counter they were bound to, on its tickets only; help requests and
bookings pass the same permission check as every other action; refusals are said in the staff's language."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from kiosk.core.models import TicketStatus
from kiosk.core.staff import NotAllowed, Role
from kiosk.store import QueueStore
from kiosk.store.care import record_assistance
from kiosk.store.staff import add_staff, sign_in
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.refusals import explain
from tests.conftest import branch_time

DAY = "2026-11-23"


@pytest.fixture
def staffed(store):
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    add_staff(store, "1002", "Zhou Jie", Role.TELLER, "135790")
    add_staff(store, "2001", "Li Na", Role.LOBBY_MANAGER, "246802")
    add_staff(store, "3001", "Zhao Lei", Role.MANAGER, "357900")
    for counter in (1, 2):
        store.open_counter(counter, at=branch_time(8, 30))
    return store


@pytest.fixture
def station(db_path):
    """Another station on the same file, for whoever signs in there."""
    opened = []

    def open_(name: str = "console-1") -> QueueStore:
        opened.append(QueueStore(db_path, station=name))
        return opened[-1]
    yield open_
    for s in opened:
        s.close()


def teller_at(station, counter: int | None, number: str = "1001") -> QueueStore:
    """A teller signed in with their PIN; `counter`: the console's counter the store binds them to."""
    desk = station(f"console-{counter or 0}")
    staff = sign_in(desk, number, "135790")
    if counter is not None:
        desk.sign_in_as(staff.number, staff.role, counter)
    return desk


def refused(action, reason: str) -> NotAllowed:
    with pytest.raises(NotAllowed) as caught:
        action()
    assert caught.value.reason == reason, str(caught.value)
    return caught.value


def no_show_at(store, counter: int, hour: int, minute: int) -> str:
    """A ticket called to `counter` and marked no-show there; its label."""
    store.issue_ticket("A", at=branch_time(hour, minute))
    label = store.call_next(counter, at=branch_time(hour, minute + 1)).ticket.label
    store.no_show(counter, at=branch_time(hour, minute + 2))
    return label


def test_a_teller_not_yet_bound_to_a_counter_acts_on_none(staffed, station):
    staffed.issue_ticket("A", at=branch_time(9))
    loose = teller_at(station, None)
    for action in (lambda: loose.call_next(1, at=branch_time(9, 1)),
                   lambda: loose.pause_counter(2, at=branch_time(9, 1)),
                   lambda: loose.call_ticket(1, "A001", at=branch_time(9, 1)),
                   lambda: loose.cancel_ticket("A001", at=branch_time(9, 1))):
        error = refused(action, "no_counter")
    assert "acts only at the counter they signed in at" in str(error)
    assert staffed.ticket("A001", DAY).status == TicketStatus.WAITING
    assert [c.mode.value for c in staffed.counters()][:2] == ["normal", "normal"]
    lobby = station("lobby")
    sign_in(lobby, "2001", "246802")  # a lobby manager needs no counter: they act at every one
    assert lobby.call_next(2, at=branch_time(9, 2)).ticket.label == "A001"


def test_a_teller_reinstates_only_their_own_counters_no_shows(staffed, station):
    theirs = no_show_at(staffed, 2, 9, 0)
    mine = no_show_at(staffed, 1, 9, 10)
    desk = teller_at(station, 1)
    error = refused(lambda: desk.reinstate(theirs, at=branch_time(9, 20)), "not_your_no_show")
    assert (error.facts["ticket"], error.facts["counter"]) == (theirs, 2)
    assert staffed.ticket(theirs, DAY).status == TicketStatus.NO_SHOW
    assert desk.reinstate(mine, at=branch_time(9, 21)).status == TicketStatus.WAITING
    back = teller_at(station, 2, "1002").reinstate(theirs, at=branch_time(9, 22))
    assert back.status == TicketStatus.WAITING, "counter 2's teller puts back counter 2's no-show"
    other = no_show_at(staffed, 2, 9, 30)
    lobby = station("console-1")
    sign_in(lobby, "2001", "246802")
    lobby.sign_in_as("2001", Role.LOBBY_MANAGER, 1)  # at counter 1's console, yet any counter's no-show
    assert lobby.reinstate(other, at=branch_time(9, 40)).status == TicketStatus.WAITING


def test_a_teller_cancels_only_the_ticket_called_to_their_counter(staffed, station):
    for minute in range(3):
        staffed.issue_ticket("A", at=branch_time(9, minute))
    called_elsewhere = staffed.call_next(2, at=branch_time(9, 5)).ticket.label
    desk = teller_at(station, 1)
    mine = desk.call_next(1, at=branch_time(9, 6)).ticket.label
    waiting = next(label for label in ("A001", "A002", "A003") if label not in (mine, called_elsewhere))
    error = refused(lambda: desk.cancel_ticket(waiting, at=branch_time(9, 7)), "cancel_not_yours")
    assert "may cancel only the ticket called to their counter (1)" in str(error)
    refused(lambda: desk.cancel_ticket(called_elsewhere, at=branch_time(9, 7)), "cancel_not_yours")
    assert staffed.ticket(waiting, DAY).status == TicketStatus.WAITING
    assert staffed.ticket(called_elsewhere, DAY).status == TicketStatus.CALLED
    assert desk.cancel_ticket(mine, at=branch_time(9, 8)).status == TicketStatus.CANCELLED
    for number, pin in (("2001", "246802"), ("3001", "357900")):
        boss = station("console-1")
        sign_in(boss, number, pin)
        boss.sign_in_as(number, boss.role, 1)
        label = waiting if number == "2001" else called_elsewhere
        assert boss.cancel_ticket(label, at=branch_time(9, 9)).status == TicketStatus.CANCELLED


def test_a_teller_calls_no_ticket_transferred_to_another_counter(staffed, station):
    staffed.issue_ticket("A", at=branch_time(9))
    staffed.issue_ticket("A", at=branch_time(9, 1))
    staffed.open_counter(3, at=branch_time(9, 2))
    staffed.call_next(2, at=branch_time(9, 2))
    sent = staffed.transfer(2, to_counter=3, at=branch_time(9, 3)).label
    desk = teller_at(station, 1)
    error = refused(lambda: desk.call_ticket(1, sent, at=branch_time(9, 4)), "reserved_elsewhere")
    assert error.facts == {"ticket": sent, "counter": 3}
    other = "A002" if sent == "A001" else "A001"
    assert desk.call_ticket(1, other, at=branch_time(9, 5)).label == other, "an unreserved one it may"


def test_a_teller_records_assistance_at_their_own_counter_only(staffed, station):
    desk = teller_at(station, 1)
    refused(lambda: record_assistance(desk, "wheelchair", counter=2), "not_your_counter")
    assert record_assistance(desk, "wheelchair", counter=1) > 0


def test_help_requests_and_bookings_pass_the_permission_check(staffed, station):
    staff_only = station("manager")
    staff_only.staff_only = True  # a staff station: nobody signed in may do nothing
    for action in (lambda: staff_only.request_help("call_staff"),
                   lambda: staff_only.add_appointment("483920", "C", branch_time(10, 30)),
                   lambda: staff_only.check_in("483920", at=branch_time(10, 20)),
                   lambda: staff_only.issue_ticket("A")):
        refused(action, "sign_in_first")
    teller = teller_at(station, 1)
    refused(lambda: teller.add_appointment("483920", "C", branch_time(10, 30)), "role_not_allowed")
    assert teller.request_help("call_staff") > 0, "any staff member may call for help"
    lobby = station("lobby")
    sign_in(lobby, "2001", "246802")
    lobby.add_appointment("483920", "C", branch_time(10, 30))
    kiosk = station("kiosk")  # the kiosk: nobody signs in there, customers act
    assert kiosk.request_help("call_staff") > 0
    assert kiosk.check_in("483920", at=branch_time(10, 20)).ticket.priority == "appointment"
    kiosk.add_appointment("111111", "C", branch_time(11))  # and the machine's operator (CLI, scripts)


@pytest.mark.parametrize("lang, want", [
    ("zh_CN", {"no_counter": "您没有在窗口登录。请在您窗口的柜员终端登录。",
               "not_your_no_show": "票号 A001 是在 2 号窗口标记过号的。只有该窗口或大堂经理可以恢复排队。",
               "reserved_elsewhere": "票号 A001 已转移至 2 号窗口。只有该窗口或大堂经理可以叫号。",
               "cancel_not_yours": "您只能取消叫到您窗口的票号。请联系大堂经理取消票号 A001。",
               "sign_in_first": "请先登录。", "deactivated": "此账户已被停用。请用其他账户登录。"}),
    ("zh_TW", {"no_counter": "您沒有在櫃檯登入。請在您櫃檯的櫃員終端登入。",
               "not_your_no_show": "號碼 A001 是在 2 號櫃檯標記過號的。只有該櫃檯或大廳經理可以恢復排隊。",
               "reserved_elsewhere": "號碼 A001 已轉移至 2 號櫃檯。只有該櫃檯或大廳經理可以叫號。",
               "cancel_not_yours": "您只能取消叫到您櫃檯的號碼。請聯絡大廳經理取消號碼 A001。",
               "sign_in_first": "請先登入。", "deactivated": "此帳戶已被停用。請用其他帳戶登入。"}),
])
def test_each_refusal_is_said_in_the_staffs_language(qapp, lang, want):
    assert LanguageSwitcher().set_language(lang)
    facts = {"ticket": "A001", "counter": 2, "mine": 1}
    said = {reason: explain(NotAllowed("in English", reason=reason, **facts)) for reason in want}
    assert said == want


def test_a_chinese_console_says_why_a_teller_may_not(qtbot, staffed, db_path, clock, monkeypatch):
    theirs = no_show_at(staffed, 2, 9, 0)
    staffed.issue_ticket("A", at=branch_time(9, 5))
    clock.set(branch_time(9, 10))
    assert LanguageSwitcher().set_language("zh_CN")
    window = ConsoleWindow(QueueStore(db_path, station="console-1"), 1, poll_ms=20,
                           confirm=lambda question: True)
    qtbot.addWidget(window)
    window.show()
    window.sign_in.number.setText("1001")
    window.sign_in.pin.setText("135790")
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.worker.busy)  # the store's answer is in
    assert window.pages.currentWidget() is window.desk, window.sign_in.error.text()
    typed = iter([theirs, "A002"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (next(typed), True))
    window.reinstate()
    qtbot.waitUntil(lambda: not window.worker.busy)
    assert window.status_line.text() == (f"票号 {theirs} 是在 2 号窗口标记过号的。只有该窗口或大堂经理可以"
                                         "恢复排队。")
    window.cancel_ticket()  # A002 waits for any counter: not this teller's to cancel
    qtbot.waitUntil(lambda: not window.worker.busy)
    assert window.status_line.text() == "您只能取消叫到您窗口的票号。请联系大堂经理取消票号 A002。"
    assert staffed.ticket(theirs, DAY).status == TicketStatus.NO_SHOW
    assert staffed.ticket("A002", DAY).status == TicketStatus.WAITING

"""The quick counter (快速窗口, seed 004): a counter opened in quick mode calls quick services only, in the
policy's usual order; every other counter calls as before. Pure policy (hypothesis), the store on both
engines, the CLI, the console's toggle by keyboard and the hall display."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from kiosk.core.config import default_branch, default_toml
from kiosk.core.errors import QueueError
from kiosk.core.models import Counter, CounterMode, Ticket, TicketStatus
from kiosk.core.policy import callable_services, choose_next
from kiosk.core.staff import NotAllowed, Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.display_window import DisplayWindow
from kiosk.ui.i18n import LanguageSwitcher
from tests.conftest import branch_time
from tests.test_cli import kiosk, ok

BRANCH = default_branch()  # A is quick; B to F are not
QUICK = {s.code for s in BRANCH.services if s.quick}
NOW = branch_time(11)
CODES = [s.code for s in BRANCH.services]
CLASSES = list(BRANCH.class_codes)


@st.composite
def queues(draw):
    """Waiting tickets of any service and class, waited 0 to 90 minutes; some transferred to a counter."""
    n = draw(st.integers(0, 14))
    tickets = []
    for i in range(1, n + 1):
        service, priority = draw(st.sampled_from(CODES)), draw(st.sampled_from(CLASSES))
        waited = draw(st.floats(0, 90, allow_nan=False))
        reserved = draw(st.sampled_from([None] * 6 + [1, 2]))
        tickets.append(Ticket(i, f"{service}{i:03d}", service, priority, TicketStatus.WAITING, "2026-11-23",
                              NOW - timedelta(minutes=waited), reserved_counter=reserved))
    return tickets


desks = st.lists(st.sampled_from(CODES), min_size=1, max_size=6, unique=True).map(tuple)


def reference_call(waiting, counter: Counter, services: tuple[str, ...]):
    """The policy as written before quick counters, for a counter calling `services`: the unreserved
    tickets of those services ranked by (tier, -score, preference, issue time, id); reserved ones first."""
    mine = [t for t in waiting if t.reserved_counter == counter.number]
    if mine:
        return min(mine, key=lambda t: (t.issued_at, t.id))
    allowed = set(BRANCH.class_codes)
    eligible = [t for t in waiting if t.reserved_counter is None and t.service in services
                and t.priority in allowed]

    def key(t):
        waited = int((NOW - t.issued_at).total_seconds())  # seconds, as the policy scores since issue 14
        tier = 0 if waited >= BRANCH.max_wait_s or t.priority == "green_channel" else 1
        return tier, -(waited + BRANCH.head_start_s(t.priority)), services.index(t.service), t.issued_at, t.id
    return min(eligible, key=key) if eligible else None


@given(queues(), desks)
def test_a_quick_counter_never_calls_a_non_quick_service_from_the_queue(waiting, services):
    counter = Counter(1, services, CounterMode.QUICK)
    choice = choose_next(waiting, counter, BRANCH, NOW)
    if choice is not None and not choice.reserved:
        assert choice.ticket.service in QUICK
    own = tuple(s for s in services if s in QUICK)
    assert callable_services(BRANCH, counter) == (own or tuple(c for c in CODES if c in QUICK))
    expected = reference_call(waiting, counter, callable_services(BRANCH, counter))
    assert (choice.ticket if choice else None) == expected


@given(queues(), desks, st.sampled_from([1, 2]))
def test_a_normal_counters_calls_are_unchanged(waiting, services, number):
    counter = Counter(number, services, CounterMode.NORMAL)
    choice = choose_next(waiting, counter, BRANCH, NOW)
    assert (choice.ticket if choice else None) == reference_call(waiting, counter, services)


# -- the store, on both engines --------------------------------------------------------------------------

@pytest.fixture
def db_path(db_target):
    """Every store test here once per engine (tests/conftest.py)."""
    return db_target


def test_the_store_calls_quick_services_at_a_quick_counter_and_the_rest_elsewhere(store):
    store.issue_ticket("B", at=branch_time(9, 0))  # waited longest, not quick
    store.issue_ticket("B", "elderly", at=branch_time(9, 1))
    store.issue_ticket("A", at=branch_time(9, 2))
    store.issue_ticket("C", at=branch_time(9, 3))
    opened = store.open_counter(1, mode=CounterMode.QUICK, at=branch_time(9, 5))
    assert (opened.mode, opened.services) == (CounterMode.QUICK, ("A", "B"))
    store.open_counter(4, mode=CounterMode.QUICK, at=branch_time(9, 5))  # serves C, D: calls every quick one
    store.open_counter(3, at=branch_time(9, 5))
    assert store.call_next(1, at=branch_time(9, 6)).ticket.label == "A001"
    assert store.call_next(4, at=branch_time(9, 6)) is None  # no quick ticket left: C001 is not called
    assert store.call_next(3, at=branch_time(9, 6)).ticket.label == "B002"  # the elderly first, as ever
    store.issue_ticket("A", at=branch_time(9, 7))
    assert store.call_next(4, at=branch_time(9, 8)).ticket.label == "A002"
    event = store.db.execute("SELECT action FROM events WHERE counter = 1 ORDER BY id LIMIT 1").fetchone()
    assert event[0] == "open_quick"
    assert [c.mode.value for c in store.status(at=branch_time(9, 9)).counters][:4] == [
        "quick", "closed", "normal", "quick"]


def test_only_a_lobby_manager_or_manager_opens_a_quick_counter(store, open_store, db_path):
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    teller = open_store(db_path, station="console-1")
    teller.sign_in_as("1001", Role.TELLER, counter=1)
    with pytest.raises(NotAllowed):
        teller.open_counter(1, mode=CounterMode.QUICK)
    teller.sign_in_as("2001", Role.LOBBY_MANAGER)
    assert teller.open_counter(1, mode=CounterMode.QUICK).mode == CounterMode.QUICK


def test_a_branch_without_quick_services_refuses_a_quick_counter(store):
    store.configure(default_toml().replace("quick = true ", "quick = false"))
    assert not any(s.quick for s in store.branch.services)
    with pytest.raises(QueueError, match="no service is marked quick") as refused:
        store.open_counter(1, mode=CounterMode.QUICK)
    assert refused.value.reason == "no_quick_services"


def test_cli_open_mode_quick_then_call_calls_only_quick_services(db_target):
    db = db_target
    ok("init", "--db", db)
    ok("issue", "--db", db, "--service", "B", "--at", "2026-11-23T09:00")
    ok("issue", "--db", db, "--service", "A", "--at", "2026-11-23T09:05")
    assert ok("open", "--db", db, "--counter", 1, "--mode", "quick", "--at", "2026-11-23T09:06") == {
        "counter": 1, "mode": "quick", "services": ["A", "B"]}
    assert ok("call", "--db", db, "--counter", 1, "--at", "2026-11-23T09:07")["ticket"] == "A001"
    ok("start", "--db", db, "--counter", 1, "--at", "2026-11-23T09:08")
    ok("finish", "--db", db, "--counter", 1, "--at", "2026-11-23T09:09")
    nobody = kiosk("call", "--db", db, "--counter", 1, "--at", "2026-11-23T09:10", check_exit=3)
    assert json.loads(nobody.stdout)["ticket"] is None  # B001 waits longer, and is not quick
    status = ok("status", "--db", db, "--at", "2026-11-23T09:11")
    assert status["counters"][0]["mode"] == "quick" and status["waiting"]["B"] == 1


# -- the console's toggle, by keyboard, and the hall display -----------------------------------------------

@pytest.fixture
def staffed(store):
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    add_staff(store, "2001", "Li Na", Role.LOBBY_MANAGER, "246802")
    return store


def console(qtbot, db_path, clock, counter, number, pin) -> ConsoleWindow:
    store = QueueStore(db_path, station=f"console-{counter}", clock=clock)
    window = ConsoleWindow(store, counter, poll_ms=20, confirm=lambda question: True)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.sign_in.number.setText(number)
    window.sign_in.pin.setText(pin)
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    idle(qtbot, window)
    assert window.staff is not None, window.sign_in.error.text()
    return window


def idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=5000)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window, key, modifier)
    idle(qtbot, window)


def mode(store, counter) -> str:
    return next(c.mode.value for c in store.counters() if c.number == counter)


@pytest.mark.sqlite_only(reason="the window's flow; the store's is tested on both engines above")
def test_the_console_toggles_the_quick_counter_by_keyboard(qtbot, staffed, db_path, clock):
    staffed.issue_ticket("B", at=clock())  # waited longest, not quick
    staffed.issue_ticket("A", at=clock(minutes=1))
    lobby = console(qtbot, db_path, clock, 2, "2001", "246802")
    assert lobby.quick.text() == "Quick counter\n[Ctrl+U]" and lobby.quick.accessibleName() == "Quick counter"
    press(qtbot, lobby, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert lobby.quick.isChecked() and mode(staffed, 2) == "quick"
    assert lobby.status_line.text() == "Quick counter on: quick services only (A)."
    assert "quick counter" in lobby.header.text()
    press(qtbot, lobby, Qt.Key.Key_F1)
    assert lobby.ticket.text() == "A001", "B001 waited longer, but is not quick"
    press(qtbot, lobby, Qt.Key.Key_F3)
    press(qtbot, lobby, Qt.Key.Key_F4)
    press(qtbot, lobby, Qt.Key.Key_F1)
    assert lobby.status_line.text() == "Nobody is waiting for this counter."
    lobby.love.click()  # the love window replaces the quick counter
    idle(qtbot, lobby)
    assert lobby.love.isChecked() and not lobby.quick.isChecked() and mode(staffed, 2) == "love"
    press(qtbot, lobby, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert lobby.quick.isChecked() and not lobby.love.isChecked()
    press(qtbot, lobby, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert not lobby.quick.isChecked() and mode(staffed, 2) == "normal"
    assert lobby.status_line.text() == "Quick counter off."
    lobby.timer.stop()


@pytest.mark.sqlite_only(reason="the window's flow; the store's is tested on both engines above")
def test_a_teller_is_refused_the_quick_counter(qtbot, staffed, db_path, clock):
    teller = console(qtbot, db_path, clock, 1, "1001", "135790")
    press(qtbot, teller, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert not teller.quick.isChecked() and "may not" in teller.status_line.text()
    assert mode(staffed, 1) == "closed"
    teller.timer.stop()


@pytest.mark.parametrize(("lang", "shown"), [("en", "Quick counter: simple business only"),
                                             ("zh_CN", "快速窗口：仅办理简单业务"),
                                             ("zh_TW", "快速櫃檯：僅辦理簡易業務")])
@pytest.mark.sqlite_only(reason="the window's flow; the store's is tested on both engines above")
def test_the_hall_display_shows_the_quick_counter(qtbot, store, lang, shown):
    switcher = LanguageSwitcher()
    switcher.set_language(lang)
    store.open_counter(3, mode=CounterMode.QUICK)
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.show_counters(store.counters(), {})
    assert window.counter_labels[3].text().split("\n")[1] == shown
    assert window.counter_labels[3].property("mode") == "quick"

"""The GUI never waits on the store: a station's calls run on its StoreWorker's thread while the window keeps
answering, even while another process holds the SQLite write lock."""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from itertools import pairwise

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer

from kiosk.core.errors import QueueError
from kiosk.core.staff import Role
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore
from kiosk.store.staff import SCRYPT, TEST_COST_VARIABLE, add_staff, hash_cost
from kiosk.ui.console_window import ConsoleWindow


@pytest.fixture
def worker(qtbot, store):
    worker = StoreWorker(store)
    yield worker
    worker.stop()


def test_calls_run_in_order_off_the_gui_thread_and_answer_on_it(qtbot, worker):
    gui, seen, answers = threading.get_ident(), [], []

    def call(n):
        def run(store):
            seen.append((n, threading.get_ident()))
            return store.issue_ticket("A").ticket.label
        return run

    def done(label):
        answers.append((label, QThread.currentThread().isMainThread()))

    for n in range(3):
        worker.run(call(n), done=done)
    qtbot.waitUntil(lambda: len(answers) == 3)
    assert [n for n, _ in seen] == [0, 1, 2] and len({t for _, t in seen}) == 1 and seen[0][1] != gui
    assert answers == [("A001", True), ("A002", True), ("A003", True)]


def test_a_refusal_comes_back_to_failed_and_busy_covers_the_whole_answer(qtbot, worker):
    states, refusals = [], []
    worker.busy_changed.connect(states.append)
    worker.failed.connect(refusals.append)

    def refused(exc: QueueError) -> None:
        assert worker.busy, "still busy while the answer is shown"
        worker.run(lambda store: store.finish(1), failed=refusals.append)  # the next step of one action

    worker.run(lambda store: store.recall(1), failed=refused)
    assert worker.busy
    qtbot.waitUntil(lambda: len(refusals) == 3)  # recall's (signal), finish's own, finish's (signal)
    assert states == [True, False] and not worker.busy
    assert all(exc.reason == "no_current_ticket" for exc in refusals)


def test_a_poll_is_skipped_while_the_last_one_is_still_running(qtbot, worker):
    release, answers = threading.Event(), []
    assert worker.poll(lambda store: release.wait(5) and store.today(), done=answers.append)
    assert not worker.poll(lambda store: store.today(), done=answers.append), "the tick is skipped"
    assert not worker.busy, "a poll is no user's action"
    release.set()
    qtbot.waitUntil(lambda: answers == ["2026-11-23"])
    assert worker.poll(lambda store: store.today(), done=answers.append)
    qtbot.waitUntil(lambda: len(answers) == 2)


def test_stop_lets_the_asked_calls_finish_and_drops_their_answers(qtbot, worker, store):
    answers = []
    worker.run(lambda s: s.issue_ticket("A"), done=answers.append)
    worker.stop()
    assert store.ticket("A001").label == "A001" and not worker.busy
    QCoreApplication.processEvents()  # what the worker's thread posted before the stop is dropped
    assert answers == []


def test_a_bug_in_a_call_is_raised_on_the_gui_thread(qtbot, worker):
    with qtbot.captureExceptions() as raised:
        worker.run(lambda store: 1 / 0)
        qtbot.waitUntil(lambda: not worker.busy)
    assert [type(exc) for _, exc, _ in raised] == [ZeroDivisionError]


# -- the console, while another process holds the database's write lock ------------------------------------

HOLD_LOCK = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")  # the write lock, as another station's long transaction holds it
print("locked", flush=True)
sys.stdin.readline()  # until the test says so
db.execute("ROLLBACK")
"""
TICK_MS, MOST_MS = 50, 150


class Ticks:
    """A QTimer ticking every 50 ms in the test: the gaps between its ticks are how long the event loop
    stopped answering."""

    def __init__(self):
        self.at: list[float] = []
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(lambda: self.at.append(time.monotonic()))
        self.timer.start()
        self.at.append(time.monotonic())

    def longest(self) -> float:
        """The longest gap so far, in ms."""
        return max(b - a for a, b in pairwise([*self.at, time.monotonic()])) * 1000

    def stop(self) -> float:
        self.timer.stop()
        return self.longest()

    def span(self) -> float:
        return self.at[-1] - self.at[0]


@pytest.fixture
def teller(qtbot, store):
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    store.issue_ticket("A")
    store.issue_ticket("A")
    return store


def desk(qtbot, db_path, sign_in=True):
    window = ConsoleWindow(QueueStore(db_path, station="console-1"), 1, poll_ms=20)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.sign_in.number.setText("1001")
    window.sign_in.pin.setText("135790")
    if sign_in:
        qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.pages.currentWidget() is window.desk)
    return window


def called(store) -> int:
    return store.db.execute("SELECT COUNT(*) FROM events WHERE action = 'call'").fetchone()[0]


def test_the_console_answers_while_another_process_holds_the_write_lock(qtbot, teller, db_path):
    window = desk(qtbot, db_path)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # open the counter
    qtbot.waitUntil(lambda: "Counter 1 is open." in window.status_line.text())
    with subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db_path)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout.readline().strip() == "locked"
        ticks = Ticks()
        qtbot.keyClick(window, Qt.Key.Key_F1)  # call next: waits for the lock, on the worker
        assert ticks.longest() <= MOST_MS, f"pressing Next held the window for {ticks.longest():.0f} ms"
        qtbot.waitUntil(window.working.isVisible)
        assert window.working.text() == "Working…"
        qtbot.keyClick(window, Qt.Key.Key_F1)  # pressed again, impatient
        qtbot.mouseClick(window.buttons["call"], Qt.MouseButton.LeftButton)
        assert window.working.isVisible() and window.ticket.text() == "—"
        qtbot.waitUntil(lambda: ticks.span() >= 5.0, timeout=9000)  # the lock held for 5 s
        assert window.ticket.text() == "—" and called(teller) == 0, "nothing got through the lock"
        holder.stdin.write("release\n")
        holder.stdin.flush()
        qtbot.waitUntil(lambda: window.ticket.text() == "A001", timeout=9000)
        qtbot.waitUntil(lambda: not window.working.isVisible())
        longest = ticks.stop()
    print(f"longest gap between 50 ms ticks while the lock was held: {longest:.0f} ms")
    assert longest <= MOST_MS, f"the event loop stopped answering for {longest:.0f} ms"
    assert window.status_line.text().startswith("Called A001: ")
    assert called(teller) == 1, "three presses, one call"
    assert teller.ticket("A002").status.value == "waiting"


def test_sign_in_checks_the_pin_off_the_gui_thread(qtbot, teller, db_path, monkeypatch):
    monkeypatch.delenv(TEST_COST_VARIABLE)  # the production cost: this PIN's quick hash is redone at it
    window = desk(qtbot, db_path, sign_in=False)
    ticks = Ticks()
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    assert window.staff is None and window.worker.busy, "the PIN is being checked on the worker"
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)  # Enter again: refused, not a second sign-in
    assert window.sign_in.working.isVisible()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.desk, timeout=5000)
    longest = ticks.stop()
    print(f"longest gap between 50 ms ticks during sign-in: {longest:.0f} ms")
    assert longest <= MOST_MS, f"the event loop stopped answering for {longest:.0f} ms"
    hashed = teller.db.execute("SELECT pin_hash FROM staff WHERE number = '1001'").fetchone()[0]
    assert hash_cost(hashed) == SCRYPT, "a PIN checked at the real cost"
    signed = teller.db.execute("SELECT COUNT(*) FROM events WHERE action = 'sign_in'").fetchone()[0]
    assert signed == 1 and "Wang Fang" in window.header.text()


def test_a_window_closed_while_its_read_ran_gets_no_answer(qtbot, worker):
    """A dialog closed (and deleted) while its read was on the worker: the answer is dropped, not handed to
    a widget that is gone; the worker settles as usual."""
    from PySide6.QtWidgets import QLabel

    release, label = threading.Event(), QLabel()
    worker.run(lambda store: release.wait(5) and store.today(), done=label.setText)
    label.deleteLater()
    QCoreApplication.sendPostedEvents(None, 0)  # deleteLater's event: the C++ label is gone
    release.set()
    with qtbot.captureExceptions() as raised:
        qtbot.waitUntil(lambda: not worker.busy)
    assert raised == []

"""The GUI never waits on the store: a station's calls run on its StoreWorker's thread while the window keeps
answering, even while another process holds the SQLite write lock."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from kiosk.core.errors import QueueError
from kiosk.station.store_worker import StoreWorker


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

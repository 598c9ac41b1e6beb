"""The kiosk and the manager never wait on the store: while another process holds the SQLite write lock, a
press is answered on the station's worker, the window keeps answering (a 50 ms timer never waits more than
150 ms), shows that it is working and refuses a second press; the result shows once the lock is let go."""
from __future__ import annotations

import subprocess
import sys
import time
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

TICK_MS = 50
MOST_MS = 150
# Another process: takes the write lock, says so, holds it until it reads a line, lets it go.
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
print("released", flush=True)
"""


@contextmanager
def write_lock(db_path):
    """The write lock held by another process; `release()` lets it go."""
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout.readline().strip() == "locked"

            def release() -> None:
                holder.stdin.write("go\n")
                holder.stdin.flush()
                assert holder.stdout.readline().strip() == "released"

            yield release
        finally:
            holder.kill()


class Ticks:
    """A QTimer every TICK_MS on the GUI thread, ticking already when the test presses; the longest gap
    between two of its ticks, or between the last one and the end."""

    def __init__(self, qtbot):
        self.times: list[float] = []
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(lambda: self.times.append(time.monotonic()))
        self.timer.start()
        qtbot.waitUntil(lambda: len(self.times) >= 2)

    def longest_gap_ms(self) -> float:
        self.timer.stop()
        times = [*self.times, time.monotonic()]
        return max(1000 * (b - a) for a, b in zip(times, times[1:], strict=False))


def answered(qtbot, worker) -> None:
    qtbot.waitUntil(lambda: not worker.busy)


# -- the kiosk ------------------------------------------------------------------------------------------

@pytest.fixture
def kiosk(qtbot, store):
    from kiosk.ui.kiosk_window import KioskWindow

    window = KioskWindow(store, default_language="en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.view is not None)
    yield window
    window.close_worker()


def test_a_kiosk_press_while_another_process_writes_issues_one_ticket_without_freezing(qtbot, kiosk, store,
                                                                                        db_path):
    qtbot.mouseClick(kiosk.start.language_buttons[-1], Qt.MouseButton.LeftButton)  # English
    answered(qtbot, kiosk.worker)
    qtbot.mouseClick(kiosk.services.buttons["A"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.priority.no, Qt.MouseButton.LeftButton)
    issued = []
    kiosk.ticket_issued.connect(issued.append)
    with write_lock(db_path) as release:
        ticks = Ticks(qtbot)
        qtbot.mouseClick(kiosk.needs.print_button, Qt.MouseButton.LeftButton)
        assert kiosk.needs.print_button.text() == "Please wait…", "the pressed button says it is working"
        qtbot.mouseClick(kiosk.needs.print_button, Qt.MouseButton.LeftButton)  # a double tap
        qtbot.keyClick(kiosk, "6")  # the same button by the keypad
        qtbot.keyClick(kiosk, Qt.Key.Key_Escape)  # start again
        qtbot.mouseClick(kiosk.call_staff, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(ticks.times) >= 14)  # more than half a second under the lock
        assert kiosk.stack.currentWidget() is kiosk.needs and kiosk.worker.busy, "every other press refused"
        assert issued == []
        release()
        qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.confirm)
        gap = ticks.longest_gap_ms()
    assert gap < MOST_MS, f"the window waited {gap:.0f} ms"
    assert kiosk.confirm.number.text() == "A001" and [i.ticket.label for i in issued] == ["A001"]
    assert [row[0] for row in store.db.execute("SELECT label FROM tickets")] == ["A001"], "exactly one ticket"
    assert store.open_help_requests() == [], "the refused Call staff asked nobody"
    assert kiosk.needs.print_button.text() == "Print my ticket"


def test_the_kiosk_opens_with_the_focus_on_its_first_language(qtbot, kiosk):
    """The languages come with the first answer of the kiosk's worker, after the window opened: Enter alone
    still chooses the first one."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is kiosk.start.language_buttons[0])
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)
    answered(qtbot, kiosk.worker)
    assert kiosk.stack.currentWidget() is kiosk.services and kiosk.lang == "zh_CN"


# -- the manager ------------------------------------------------------------------------------------------

@pytest.fixture
def manager(qtbot, store, db_path, clock):
    from kiosk.core.staff import Role
    from kiosk.store import QueueStore
    from kiosk.store.staff import add_staff
    from kiosk.ui.manager_window import ManagerWindow

    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    asked = []
    window = ManagerWindow(QueueStore(db_path, station="manager", clock=clock),
                           confirm=lambda question: asked.append(question) or True)
    window.asked = asked
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.sign_in.number.setText("9001")
    window.sign_in.pin.setText("999999")
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.staff is not None and not window.worker.busy)
    qtbot.waitUntil(lambda: not window.reports.busy(), timeout=10_000)
    yield window
    window.close()
    window.store.close()


def configure_events(store) -> int:
    return store.db.execute("SELECT count(*) FROM events WHERE action = 'configure'").fetchone()[0]


def test_a_manager_save_while_another_process_writes_is_saved_once_without_freezing(qtbot, manager, store,
                                                                                     db_path):
    config, staff = manager.config, manager.staff_panel
    manager.tabs.setCurrentIndex(1)
    config.fields["max_wait_minutes"].setValue(45)
    before = configure_events(store)
    with write_lock(db_path) as release:
        ticks = Ticks(qtbot)
        qtbot.mouseClick(config.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(manager.asked) == 1)  # the changes confirmed; now the write waits
        qtbot.waitUntil(manager.working.isVisible)
        assert manager.working.text() == "Working…"
        qtbot.mouseClick(config.save_button, Qt.MouseButton.LeftButton)  # pressed again
        staff.table.selectRow(0)
        qtbot.mouseClick(staff.active_button, Qt.MouseButton.LeftButton)  # another change meanwhile
        qtbot.keyClick(manager, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # sign out
        qtbot.waitUntil(lambda: len(ticks.times) >= 14)  # more than half a second under the lock
        assert len(manager.asked) == 1 and manager.staff is not None, "every other press refused"
        assert config.message.text() == ""
        release()
        qtbot.waitUntil(lambda: "Saved 1 changes" in config.message.text())
        gap = ticks.longest_gap_ms()
    assert gap < MOST_MS, f"the window waited {gap:.0f} ms"
    assert configure_events(store) == before + 1, "saved exactly once"
    assert store.branch.max_wait_minutes == 45
    qtbot.waitUntil(lambda: not manager.working.isVisible())
    assert [m["active"] for m in staff.staff] == [True, True], "the refused deactivation did nothing"

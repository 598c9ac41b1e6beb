"""The console on PostgreSQL keeps answering while another process holds row locks its call needs: the
store's calls wait on the window's worker, never on the GUI thread."""
from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from tests.test_gui_never_waits import MOST_MS, Ticks, called, desk
from tests.test_gui_never_waits import teller as teller_fixture

# Another station's long transaction: the rows of every waiting ticket and of counter 1, locked FOR UPDATE.
HOLD_ROWS = """
import sys, psycopg
db = psycopg.connect(sys.argv[1])
db.execute("SELECT id FROM tickets WHERE status = 'waiting' FOR UPDATE").fetchall()
db.execute("SELECT number FROM counters WHERE number = 1 FOR UPDATE").fetchall()
print("locked", flush=True)
sys.stdin.readline()  # until the test says so
db.rollback()
"""


@pytest.fixture
def db_path(pg_url):
    return pg_url


teller = teller_fixture  # two waiting tickets and a teller, on this module's PostgreSQL database


def test_the_console_answers_while_another_process_holds_row_locks(qtbot, teller, pg_url):
    window = desk(qtbot, pg_url)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # open the counter
    qtbot.waitUntil(lambda: "Counter 1 is open." in window.status_line.text())
    with subprocess.Popen([sys.executable, "-c", HOLD_ROWS, pg_url], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout.readline().strip() == "locked"
        ticks = Ticks()
        qtbot.keyClick(window, Qt.Key.Key_F1)  # call next: its claim waits for the row lock, on the worker
        qtbot.waitUntil(window.working.isVisible)
        qtbot.keyClick(window, Qt.Key.Key_F1)  # pressed again, impatient
        qtbot.waitUntil(lambda: ticks.span() >= 5.0, timeout=9000)  # the rows held for 5 s
        assert window.ticket.text() == "—" and called(teller) == 0, "nothing got through the lock"
        holder.stdin.write("release\n")
        holder.stdin.flush()
        qtbot.waitUntil(lambda: window.ticket.text() == "A001", timeout=9000)
        qtbot.waitUntil(lambda: not window.working.isVisible())
        longest = ticks.stop()
    print(f"longest gap between 50 ms ticks while the rows were locked: {longest:.0f} ms")
    assert longest <= MOST_MS, f"the event loop stopped answering for {longest:.0f} ms"
    assert called(teller) == 1, "two presses, one call"
    assert teller.ticket("A002").status.value == "waiting"
    window.close()  # its worker stops first; then its store's connections close (psycopg warns otherwise)
    window.store.close()

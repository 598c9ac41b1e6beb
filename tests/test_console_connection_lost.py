"""A teller's console whose branch database is out of reach keeps the desk it showed, says so at its edge,
calls nobody, and reads the desk afresh once the database answers again (by itself)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from tests.test_connection_lost import LOST, RETRY_MS, FlakyStore


def test_the_console_keeps_its_desk_tells_the_teller_and_reads_again(qtbot, db_path, clock):
    setup = QueueStore.init(db_path, station="setup")
    add_staff(setup, "1001", "Wang Fang", Role.TELLER, "135790")
    setup.open_counter(1)
    setup.issue_ticket("A")
    flaky = FlakyStore(QueueStore(db_path, station="console-1"))
    window = ConsoleWindow(flaky, 1, poll_ms=20, confirm=lambda question: True)
    window.connection.retry.setInterval(RETRY_MS)
    qtbot.addWidget(window)
    window.show()
    window.sign_in.number.setText("1001")
    window.sign_in.pin.setText("135790")
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.desk and window.view is not None)
    assert not window.connection_banner.isVisible()
    shown_before = window.header.text()

    flaky.set_down(True)
    window.call_next()
    qtbot.waitUntil(window.connection_banner.isVisible)
    assert window.connection_banner.text() == LOST
    assert window.pages.currentWidget() is window.desk and window.header.text() == shown_before
    assert setup.status().waiting_total == 1  # nobody was called while the database was out of reach
    qtbot.waitUntil(lambda: "cannot be reached" in window.status_line.text())  # said in the staff's words
    qtbot.waitUntil(lambda: window.connection.lost and not window.worker.busy)

    setup.issue_ticket("A")  # another station's change while this one could not hear of it
    flaky.set_down(False)
    qtbot.waitUntil(lambda: not window.connection_banner.isVisible())
    qtbot.waitUntil(lambda: window.view is not None and window.view.status.waiting_total == 2)
    window.call_next()
    qtbot.waitUntil(lambda: window.ticket.text() == "A001")
    window.close()
    setup.close()

"""Defects found in the second reading of issue 13, each pinned by what staff would notice."""
from __future__ import annotations

import pytest

from kiosk.core.errors import QueueError
from kiosk.core.staff import Role
from kiosk.store.staff import add_staff
from tests.conftest import branch_time
from tests.test_booking_dialog import manager, table
from tests.test_home_visit_panel import Dialogs, branch, open_console  # noqa: F401 (fixture)
from tests.test_rate_pad import pad, teller  # noqa: F401 (fixtures)


def test_the_home_visit_register_closes_when_the_console_session_ends(qtbot, branch, db_target,  # noqa: F811
                                                                      clock, open_store):
    """Signed out (or locked out) with the register open: it goes, so the next person at the desk sees no
    customer's address and phone, and no approval buttons of the lobby manager who left."""
    dialogs = Dialogs()
    window = open_console(qtbot, db_target, clock, open_store, "2001", dialogs)
    window.open_home_visits()
    register = dialogs.register
    qtbot.waitUntil(lambda: register.panel.register is not None and not window.worker.busy, timeout=5000)
    assert register.isVisible()
    with qtbot.waitSignal(register.destroyed, timeout=3000):  # closed and deleted, its poll with it
        window._end_session()
    assert window.pages.currentWidget() is window.sign_in



def test_a_booking_past_its_no_show_time_cannot_be_cancelled(store, clock):
    """Not marked yet (no station looked since), it is a no-show all the same: cancelling it would move it
    from the no-shows to the cancellations in the figures."""
    booking = store.book("F", branch_time(9, 20))  # 09:20-09:40, a no-show 30 minutes after it ended
    clock.set(branch_time(10, 11))
    with pytest.raises(QueueError) as refused:
        store.cancel_booking(booking.code)
    assert (refused.value.reason, refused.value.facts["status"]) == ("booking_not_cancellable", "no_show")
    clock.set(branch_time(9, 30))
    assert store.cancel_booking(booking.code).status == "cancelled", "still in time: cancelled"


def test_the_managers_bookings_tab_says_did_not_come(qtbot, store, db_path, clock):
    """A booking past its no-show time is shown as one (not "Booked", with a Cancel that would take it out of
    the no-shows), as `kiosk bookings` lists it."""
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    booking = store.book("F", branch_time(9, 20))
    clock.set(branch_time(10, 30))
    window, _ = manager(qtbot, db_path, answers=[])
    window.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: table(window.bookings) != [], timeout=5000)
    assert table(window.bookings) == [[booking.code, "09:20–09:40", "F  Business customers", "Did not come"]]


def test_a_request_refused_and_another_cancelled_through_the_console_register(qtbot, branch, db_target,  # noqa: F811
                                                                             clock, open_store):
    """The steps that take a note, refuse and cancel, as the lobby manager does them (their words said, the
    note kept as the outcome)."""
    from tests.test_home_visit_panel import cell, press, row_of

    branch.request_home_visit("B", "bedridden", "customer", "139 1234 5678")
    branch.request_home_visit("B", "in hospital", "agent", "139 8765 4321")
    dialogs = Dialogs("no longer needed")
    window = open_console(qtbot, db_target, clock, open_store, "2001", dialogs)
    window.open_home_visits()
    qtbot.addWidget(dialogs.register)
    panel = dialogs.register.panel
    qtbot.waitUntil(lambda: panel.register is not None and not window.worker.busy, timeout=5000)
    for visit, button, said, status in ((1, "refuse", "Home visit 1 refused.", "refused"),
                                        (2, "cancel", "Home visit 2 cancelled.", "cancelled")):
        panel.table.selectRow(row_of(panel, visit))
        press(qtbot, panel, panel.buttons[button])
        assert panel.message.text() == said
        assert cell(panel, row_of(panel, visit), "status") == status
    assert [(v.status, v.outcome) for v in sorted(branch.home_visits(), key=lambda v: v.id)] == [
        ("refused", "no longer needed"), ("cancelled", "no longer needed")]
    assert dialogs.asked == ["HomeVisitDialog", "TextDialog", "TextDialog"]
    dialogs.register.reject()


def test_closed_home_visit_registers_do_not_pile_up_in_the_console(qtbot, branch, db_target,  # noqa: F811
                                                                   clock, open_store):
    """Each Ctrl+H made a new register window that stayed, hidden, with its table of addresses and phones,
    for as long as the console ran: closed, it goes."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from kiosk.ui.home_visit_panel import HomeVisitDialog

    dialogs = Dialogs()
    window = open_console(qtbot, db_target, clock, open_store, "2001", dialogs)
    for _ in range(2):
        window.open_home_visits()
        register = dialogs.register
        qtbot.waitUntil(lambda: register.panel.register is not None and not window.worker.busy,  # noqa: B023
                        timeout=5000)
        register.reject()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(HomeVisitDialog) == [register], "the last one only, until the next"


def test_a_complaint_opened_from_a_low_rating_is_in_the_consoles_language(qtbot, pad, teller, db_path):  # noqa: F811
    """Its matter was always English, in the register of a branch whose staff read Chinese."""
    from PySide6.QtCore import Qt

    from kiosk.store import QueueStore
    from tests.test_console import console, focus, idle
    from tests.test_rate_pad import finish_one

    station, window, voice = pad  # in Simplified Chinese, and so is the console (Qt's translators are one)
    desk = console(qtbot, db_path)
    label = finish_one(teller, lang="zh_CN")
    qtbot.waitUntil(lambda: window.state == "asking")
    qtbot.mouseClick(window.faces[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.low_ratings.isVisible())
    focus(qtbot, desk)
    with qtbot.waitSignal(desk.action_done):
        qtbot.keyClick(desk, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, desk)
    check = QueueStore(db_path, station="check")
    try:
        (complaint,) = check.complaints()
    finally:
        check.close()
    assert complaint.matter == f"满意度低分评价（1/5 分），{label} 号"

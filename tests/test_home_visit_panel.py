"""The home-visit register as staff use it: a request registered, approved, two staff assigned, the call
logged and the outcome recorded through the console's dialog (Ctrl+H) and the manager station's tab;
overdue visits shown in red on both, and as a line on the console's desk; a teller sees no approval
buttons."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kiosk.core.staff import Role
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.home_visit_panel import OVERDUE, AssignDialog, HomeVisitDialog, HomeVisitPanel, TextDialog
from kiosk.ui.manager_window import ManagerWindow
from tests.conftest import SHANGHAI


def at(day: int, hour: int = 10, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=SHANGHAI)


@pytest.fixture
def branch(db_target, open_store, clock):
    store = open_store(db_target, init=True, clock=clock)
    for number, name, role in (("1001", "Wang Fang", Role.TELLER), ("1002", "Zhao Lei", Role.TELLER),
                               ("2001", "Li Na", Role.LOBBY_MANAGER), ("9001", "Chen Jie", Role.MANAGER)):
        add_staff(store, number, name, role, "135790")
    return store


class Dialogs:
    """run_dialog for the windows: the register opens beside the test, questions are answered."""

    def __init__(self, text: str = "agreed: at home at 14:00"):
        self.text, self.register, self.asked = text, None, []

    def __call__(self, dialog: QDialog) -> int:
        self.asked.append(type(dialog).__name__)
        if isinstance(dialog, HomeVisitDialog):
            self.register = dialog
            dialog.show()
            return QDialog.DialogCode.Rejected
        if isinstance(dialog, TextDialog):
            dialog.text.setText(self.text)
        elif isinstance(dialog, AssignDialog):
            dialog.first.setCurrentIndex(dialog.first.findData("1001"))
            dialog.second.setCurrentIndex(dialog.second.findData("1002"))
        dialog._check()  # the dialog's own OK
        return dialog.result()


def open_console(qtbot, db_target, clock, open_store, number, dialogs):
    window = ConsoleWindow(open_store(db_target, station="console-1", clock=clock), 1, poll_ms=20,
                           confirm=lambda question: True, run_dialog=dialogs)
    qtbot.addWidget(window)
    window.resize(1400, 800)
    window.show()
    window.sign_in.number.setText(number)
    window.sign_in.pin.setText("135790")
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.staff is not None and not window.worker.busy, timeout=5000)
    return window


def cell(panel: HomeVisitPanel, row: int, column: str) -> str:
    return panel.table.item(row, panel.COLUMNS.index(column)).text()


def row_of(panel: HomeVisitPanel, visit_id: int) -> int:
    return next(r for r in range(panel.table.rowCount()) if cell(panel, r, "id") == str(visit_id))


def press(qtbot, panel: HomeVisitPanel, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.worker.busy, timeout=5000)


def walk_a_visit(qtbot, panel: HomeVisitPanel, visit_id: int = 1) -> None:
    """Register, approve, assign, call, done: what the user sees after each step."""
    panel.service.setCurrentIndex(panel.service.findData("B"))
    panel.requested_by.setCurrentIndex(panel.requested_by.findData("agent"))
    qtbot.keyClicks(panel.reason, "bedridden after surgery")
    qtbot.keyClicks(panel.contact, "139 1234 5678")
    qtbot.keyClicks(panel.address, "12 Plum Lane")
    press(qtbot, panel, panel.register_button)
    assert panel.message.text() == f"Home visit {visit_id} registered; due by 2026-11-25."

    def shown(column: str) -> str:
        return cell(panel, row_of(panel, visit_id), column)
    assert (shown("status"), shown("due_by"), shown("requested_by"), shown("contact"), shown("address")) == (
        "requested", "2026-11-25", "an agent", "139 1234 5678", "12 Plum Lane")
    assert panel.reason.text() == "" and panel.selected().id == visit_id
    press(qtbot, panel, panel.buttons["approve"])
    assert shown("status") == "approved"
    press(qtbot, panel, panel.buttons["assign"])
    assert (shown("status"), shown("staff")) == ("staff assigned", "1001 + 1002")
    press(qtbot, panel, panel.buttons["call"])
    assert shown("status") == "under way"
    assert f"call: {panel.run_dialog.text}" in shown("notes")
    press(qtbot, panel, panel.buttons["done"])
    assert shown("status") == "done"
    assert panel.message.text() == f"Home visit {visit_id} done."


def test_a_visit_through_the_console_dialog(qtbot, branch, db_target, clock, open_store):
    dialogs = Dialogs()
    window = open_console(qtbot, db_target, clock, open_store, "2001", dialogs)
    assert window.home_visits.button.text() == "Home visits…\n[Ctrl+H]"
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.register is not None
    qtbot.addWidget(dialogs.register)
    panel = dialogs.register.panel
    qtbot.waitUntil(lambda: panel.register is not None and not window.worker.busy, timeout=5000)
    walk_a_visit(qtbot, panel)
    assert dialogs.asked == ["HomeVisitDialog", "AssignDialog", "TextDialog", "TextDialog"]
    [visit] = branch.home_visits()
    assert (visit.status, visit.approved_by, visit.staff_a, visit.staff_b, visit.outcome) == (
        "done", "2001", "1001", "1002", "agreed: at home at 14:00")
    dialogs.register.reject()


def test_a_teller_registers_but_does_not_approve(qtbot, branch, db_target, clock, open_store):
    dialogs = Dialogs()
    window = open_console(qtbot, db_target, clock, open_store, "1001", dialogs)
    qtbot.mouseClick(window.home_visits.button, Qt.MouseButton.LeftButton)
    panel = dialogs.register.panel
    qtbot.addWidget(dialogs.register)
    qtbot.waitUntil(lambda: panel.register is not None and not window.worker.busy, timeout=5000)
    for name in ("approve", "refuse", "assign"):
        assert not panel.buttons[name].isVisible()
    assert panel.buttons["cancel"].isVisible()
    panel.service.setCurrentIndex(panel.service.findData("A"))
    qtbot.keyClicks(panel.reason, "in a wheelchair, no lift")
    press(qtbot, panel, panel.register_button)  # no contact yet
    assert panel.message.text() == "Give the service, the reason and a contact."
    assert panel.message.property("error") is True
    qtbot.keyClicks(panel.contact, "138 0000 0000")
    press(qtbot, panel, panel.register_button)
    assert cell(panel, 0, "status") == "requested"
    assert branch.home_visits()[0].requested_by == "customer"
    dialogs.register.reject()


def test_overdue_visits_show_on_the_console_desk_and_in_red(qtbot, branch, db_target, clock, open_store):
    late = branch.request_home_visit("B", "bedridden", "customer", "139", at=at(27))  # due 1 December
    branch.request_home_visit("A", "frail", "customer", "138", at=at(30))  # due 2 December
    window = open_console(qtbot, db_target, clock, open_store, "1001", Dialogs())
    assert window.home_visits.line.isHidden()
    clock.set(at(2, 9, month=12))
    qtbot.waitUntil(lambda: window.home_visits.line.isVisible(), timeout=5000)
    assert window.home_visits.line.text() == "⚠ 1 home visit(s) overdue"
    dialogs = Dialogs()
    window.run_dialog = dialogs
    window.open_home_visits()
    panel = dialogs.register.panel
    qtbot.addWidget(dialogs.register)
    qtbot.waitUntil(lambda: panel.register is not None and not window.worker.busy, timeout=5000)
    assert panel.overdue_line.isVisible()
    assert panel.overdue_line.text() == "1 home visit(s) overdue: past their last allowed day."
    assert cell(panel, 0, "id") == str(late.id)
    assert cell(panel, 0, "due_by") == "2026-12-01  (overdue)"
    assert panel.table.item(0, 0).foreground().color() == OVERDUE
    assert panel.table.item(1, 0).foreground().color() != OVERDUE
    dialogs.register.reject()


def test_a_visit_through_the_manager_tab_and_its_overdue_title(qtbot, branch, db_target, clock, open_store):
    branch.request_home_visit("B", "bedridden", "customer", "139", at=at(17))  # due 19 November: overdue
    window = ManagerWindow(open_store(db_target, station="manager", clock=clock), confirm=lambda q: True)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.sign_in.number.setText("9001")
    window.sign_in.pin.setText("135790")
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.home_visits is not None and window.home_visits.register is not None
                    and not window.worker.busy, timeout=10_000)
    panel = window.home_visits
    assert window.tabs.tabText(4) == "Home visits (1 overdue)"
    window.tabs.setCurrentIndex(4)
    assert panel.overdue_line.isVisible()
    panel.run_dialog = Dialogs("card activated at home")
    walk_a_visit(qtbot, panel, visit_id=2)
    assert [v.status for v in branch.home_visits()] == ["requested", "done"]
    assert window.tabs.tabText(4) == "Home visits (1 overdue)"
    panel.select(1)
    press(qtbot, panel, panel.buttons["refuse"])
    assert panel.message.text() == "Home visit 1 refused."
    assert window.tabs.tabText(4) == "Home visits"
    assert panel.overdue_line.isHidden()

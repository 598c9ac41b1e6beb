"""The complaint register's screens, driven as staff would: recorded at the console by keyboard (Ctrl+K),
taken to replied and closed on the manager's Complaints tab, and the overdue alert on both stations."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.i18n import LanguageSwitcher
from tests.test_console import console, idle, press
from tests.test_manager_window import manager
from tests.test_visible_text_translated import english_in, visible_texts

KEYS = re.compile(r"\[(?:Ctrl|F\d)[^\]]*\]")  # a shortcut as printed on the keyboard's keys
MATTER = "Waited 40 minutes at counter 1 without a word"


@pytest.fixture
def branch(db_path):
    store = QueueStore.init(db_path, station="setup")
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    yield store
    store.close()


def without_keys(texts: dict[str, str]) -> dict[str, str]:
    return {where: KEYS.sub("", text) for where, text in texts.items()}


def complaints_tab(qtbot, window):
    panel = window.complaints
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    qtbot.waitUntil(lambda: panel.register is not None, timeout=5000)
    return panel


def choose(qtbot, panel, complaint_id):
    row = next(r for r, c in enumerate(panel.register.complaints) if c.id == complaint_id)
    panel.table.selectRow(row)
    assert panel.chosen() == complaint_id


def test_a_complaint_recorded_at_the_console_by_keyboard(qtbot, branch, db_path):
    window = console(qtbot, db_path)
    branch.issue_ticket("A")
    press(qtbot, window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # open the counter
    press(qtbot, window, Qt.Key.Key_F1)  # call A001
    assert window.ticket.text() == "A001"
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.complaint_strip.dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.isActiveWindow(), timeout=3000)
    panel = dialog.panel
    assert panel.ticket.text() == "A001"  # the desk's ticket, filled in
    assert panel.channel.currentData() == "counter"
    assert QApplication.focusWidget() is panel.matter  # typing starts at once
    qtbot.keyClicks(panel.matter, MATTER)
    qtbot.keyClick(panel.matter, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window)
    [c] = branch.complaints()
    assert (c.matter, c.ticket, c.service, c.counter, c.taken_by, c.status, c.channel) == (
        MATTER, "A001", "A", 1, "1001", "received", "counter")
    assert f"Complaint {c.id} recorded" in panel.message.text()
    assert panel.matter.toPlainText() == ""
    assert panel.chosen() == c.id  # shown in the register below, chosen to take it further
    assert not panel.close_button.isVisible()  # a teller does not close complaints
    qtbot.keyClicks(panel.note, "asked the lobby manager to call back")
    qtbot.mouseClick(panel.progress_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert branch.complaint(c.id).status == "in_progress"
    assert panel.steps.count() == 2 and "asked the lobby manager" in panel.steps.item(1).text()
    # resolved on the spot: one step, closed at once
    panel.matter.setFocus()
    qtbot.keyClicks(panel.matter, "Pen missing at counter 1")
    qtbot.keyClick(panel.matter, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.on_the_spot
    qtbot.keyClick(panel.on_the_spot, Qt.Key.Key_Space)
    qtbot.keyClick(panel.on_the_spot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.resolution
    qtbot.keyClicks(panel.resolution, "a pen was put back")
    qtbot.keyClick(panel.resolution, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window)
    spot = branch.complaints()[0]
    assert (spot.status, [s.note for s in spot.steps]) == ("closed", ["a pen was put back"])
    assert "resolved on the spot" in panel.message.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.complaint_strip.dialog is None, timeout=3000)


def test_an_empty_or_too_long_matter_is_refused_in_the_staffs_words(qtbot, branch, db_path):
    window = console(qtbot, db_path)
    window.complaint_strip.button.click()
    panel = window.complaint_strip.dialog.panel
    qtbot.waitUntil(lambda: panel.register is not None, timeout=3000)
    panel.record_button.click()
    idle(qtbot, window)
    assert panel.message.property("error") and "Say what" in panel.message.text()
    panel.matter.setPlainText("长" * 1001)
    panel.record_button.click()
    idle(qtbot, window)
    assert panel.message.text() == "The text is 1001 characters long; at most 1000 are kept. Shorten it."
    assert branch.complaints() == []


def test_replied_and_closed_from_the_managers_tab(qtbot, branch, db_path, clock):
    branch.sign_in_as("1001", Role.TELLER, 1)
    c = branch.add_complaint("phone", MATTER, at=clock())
    window = manager(qtbot, db_path)
    panel = complaints_tab(qtbot, window)
    assert window.tabs.tabText(window.tabs.count() - 1) == "Complaints"
    assert panel.table.item(0, 4).text() == "received" and panel.table.item(0, 6).text() == "1001"
    assert panel.table.item(0, 5).text() == "11-24 09:00"  # one working day on
    choose(qtbot, panel, c.id)
    assert not panel.close_button.isEnabled()  # the reply comes first
    panel.note.setText("Called her back: the counter was short-staffed, apologised")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.worker.busy)
    assert branch.complaint(c.id).status == "replied"
    assert panel.chosen() == c.id and panel.close_button.isEnabled()
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.worker.busy)
    closed = branch.complaint(c.id)
    assert [(s.status, s.actor) for s in closed.steps] == [("received", "1001"), ("replied", "9001"),
                                                            ("closed", "9001")]
    assert "closed" in panel.message.text()
    assert panel.table.rowCount() == 0  # open complaints only, by default
    panel.open_only.setChecked(False)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=3000)
    choose(qtbot, panel, c.id)
    assert [panel.steps.item(i).text().split(" · ")[1] for i in range(3)] == ["1001", "9001", "9001"]


def test_a_reply_is_confirmed_first(qtbot, branch, db_path, clock):
    c = branch.add_complaint("box", MATTER, at=clock())
    window = manager(qtbot, db_path)
    asked = []
    window.complaints.confirm = lambda question: asked.append(question) and False
    panel = complaints_tab(qtbot, window)
    choose(qtbot, panel, c.id)
    panel.note.setText("answered")
    panel.reply_button.click()
    qtbot.waitUntil(lambda: not window.worker.busy)
    assert asked == [f"Record this reply to complaint {c.id}? The customer has been answered."]
    assert branch.complaint(c.id).status == "received"


def test_overdue_complaints_alert_on_the_console_and_the_manager_station(qtbot, branch, db_path, clock):
    c = branch.add_complaint("phone", MATTER, at=clock())
    desk = console(qtbot, db_path)
    window = manager(qtbot, db_path)
    panel = complaints_tab(qtbot, window)
    assert not desk.complaint_strip.alert.isVisible() and not panel.alert.isVisible()
    clock.set(c.reply_due + timedelta(minutes=1))  # nobody writes: the minute turning is enough
    qtbot.waitUntil(desk.complaint_strip.alert.isVisible, timeout=3000)
    assert "1 complaint(s) past the promised reply time" in desk.complaint_strip.alert.text()
    panel.timer.setInterval(20)  # the tab reads again by itself
    qtbot.waitUntil(panel.alert.isVisible, timeout=3000)
    index = window.tabs.count() - 1
    assert window.tabs.tabText(index) == "Complaints (1 overdue)"
    assert window.tabs.tabBar().tabTextColor(index) == QColor("#B00020")
    assert panel.table.item(0, 5).text().endswith("(overdue)")
    assert panel.table.item(0, 0).foreground().color() == QColor("#B00020")
    branch.complaint_step(c.id, "replied", "late, sorry", at=clock())
    qtbot.waitUntil(lambda: not desk.complaint_strip.alert.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: window.tabs.tabText(index) == "Complaints", timeout=3000)


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_the_complaint_screens_speak_chinese(qtbot, branch, db_path, clock, lang):
    LanguageSwitcher().set_language(lang)
    c = branch.add_complaint("phone", "等候太久", at=clock())
    clock.advance(days=2)
    desk = console(qtbot, db_path)
    qtbot.waitUntil(desk.complaint_strip.alert.isVisible, timeout=3000)
    assert english_in(without_keys(visible_texts(desk.complaint_strip))) == []
    desk.complaint_strip.button.click()
    dialog = desk.complaint_strip.dialog
    panel = dialog.panel
    qtbot.waitUntil(lambda: panel.register is not None, timeout=3000)
    choose(qtbot, panel, c.id)
    texts = visible_texts(dialog)
    texts.update({f"header {i}": panel.table.horizontalHeaderItem(i).text() for i in range(panel.COLUMNS)})
    texts.update({f"cell {i}": panel.table.item(0, i).text() for i in range(panel.COLUMNS)})
    texts.update({f"step {i}": panel.steps.item(i).text() for i in range(panel.steps.count())})
    assert english_in(without_keys(texts)) == []
    assert panel.table.item(0, 4).text() == {"zh_CN": "已受理", "zh_TW": "已受理"}[lang]


def test_the_complaint_window_closes_when_the_session_ends(qtbot, branch, db_path):
    """Signed out by another station (or an expired session) with the window open: it goes, so nothing is
    typed into a window whose every action the store would now refuse."""
    window = console(qtbot, db_path)
    press(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = window.complaint_strip.dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=3000)
    window._end_session()
    qtbot.waitUntil(lambda: window.complaint_strip.dialog is None, timeout=3000)
    assert window.pages.currentWidget() is window.sign_in

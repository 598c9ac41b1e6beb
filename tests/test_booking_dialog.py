"""Staff book a slot for a customer who phones or asks at the counter, from the console (lobby managers and
managers; not tellers) and from the manager station's Bookings tab, which also lists and cancels bookings."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from kiosk.core.errors import QueueError
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.manager_window import ManagerWindow
from tests.conftest import branch_time

DAY = "2026-11-23"  # the fixtures' Monday; the clock stands at 09:00


@pytest.fixture
def branch(store):
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    add_staff(store, "2001", "Li Na", Role.LOBBY_MANAGER, "246802")
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    return store


def idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=5000)


def console(qtbot, db_path, clock, staff):
    window = ConsoleWindow(QueueStore(db_path, station="console-1", clock=clock), 1, poll_ms=20,
                           confirm=lambda question: True)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.sign_in.number.setText(staff[0])
    window.sign_in.pin.setText(staff[1])
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    idle(qtbot, window)
    assert window.staff is not None, window.sign_in.error.text()
    return window


def open_booking(qtbot, window):
    """Ctrl+B, as a person presses it; the dialog is up with the first service's slots today."""
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    button = window.book_button if hasattr(window, "book_button") else window.bookings.book_button
    dialog = button.dialog
    assert dialog is not None, "Ctrl+B opened no booking dialog"
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.slots.count() > 0, timeout=5000)
    idle(qtbot, window)
    return dialog


def key(qtbot, dialog, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget() or dialog, k, modifier)


def slot_texts(dialog) -> list[str]:
    return [dialog.slots.item(i).text() for i in range(dialog.slots.count())]


def test_a_lobby_manager_books_by_keyboard_and_reads_the_code(qtbot, branch, db_path, clock):
    window = console(qtbot, db_path, clock, ("2001", "246802"))
    assert window.book_button.isEnabled() and window.book_button.text() == "Book a slot…\n[Ctrl+B]"
    dialog = open_booking(qtbot, window)
    assert isinstance(QApplication.focusWidget(), QComboBox) and QApplication.focusWidget() is dialog.service
    assert [dialog.service.itemText(i) for i in range(dialog.service.count())] == [
        "C  Loans", "D  Wealth management", "F  Business customers"]
    assert dialog.day.count() == 15 and dialog.day.currentText() == f"{DAY}  Monday"
    assert slot_texts(dialog)[:2] == ["09:00–09:30    2 of 2 free", "09:30–10:00    2 of 2 free"]
    key(qtbot, dialog, Qt.Key.Key_Down)  # wealth management
    qtbot.waitUntil(lambda: slot_texts(dialog)[:1] == ["09:30–10:00    1 of 1 free"], timeout=5000)
    key(qtbot, dialog, Qt.Key.Key_Tab)  # the day: today
    key(qtbot, dialog, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.slots
    key(qtbot, dialog, Qt.Key.Key_Down)
    chosen = dialog.chosen_slot()
    assert chosen is not None and chosen.service == "D"
    key(qtbot, dialog, Qt.Key.Key_Return)
    idle(qtbot, window)
    booked = QueueStore(db_path, station="check")
    [booking] = booked.bookings(DAY)
    assert booking.service == "D" and booking.start == chosen.start and booking.status == "booked"
    assert booking.booked_by == "console-1"
    assert dialog.code.isVisible() and dialog.code.text() == booking.code
    assert dialog.code.font().pixelSize() >= 48 or dialog.code.height() >= 60, "the code is shown large"
    assert "Read the code to the customer" in dialog.detail.text()
    assert dialog.message.text() == f"Booked: code {booking.code}."
    qtbot.waitUntil(lambda: chosen.start.strftime("%H:%M") in dialog.slots.item(
        [s.start for s in dialog.shown_slots].index(chosen.start)).text() and "full" in dialog.slots.item(
        [s.start for s in dialog.shown_slots].index(chosen.start)).text(), timeout=5000)
    key(qtbot, dialog, Qt.Key.Key_Return)  # a second Enter closes; it does not book again
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    idle(qtbot, window)
    assert len(booked.bookings(DAY)) == 1
    booked.close()


def test_a_full_slot_cannot_be_chosen_and_one_filled_meanwhile_names_the_next_free(qtbot, branch, db_path,
                                                                                   clock):
    nine = branch_time(9)
    branch.book("C", nine)
    branch.book("C", nine)  # 09:00 is full (two places)
    branch.book("C", nine + timedelta(minutes=30))
    window = console(qtbot, db_path, clock, ("9001", "999999"))  # a manager at a console
    dialog = open_booking(qtbot, window)
    assert slot_texts(dialog)[:2] == ["09:00–09:30    full (2 booked)", "09:30–10:00    1 of 2 free"]
    assert not dialog.slots.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    dialog.slots.setFocus()
    dialog.slots.setCurrentRow(0)
    assert dialog.chosen_slot() is None and not dialog.book_button.isEnabled()
    dialog.book()
    assert dialog.message.text() == "Choose a slot with a free place first."
    dialog.slots.setCurrentRow(1)
    assert dialog.book_button.isEnabled()
    branch.book("C", nine + timedelta(minutes=30))  # a kiosk takes the last place meanwhile
    qtbot.keyClick(dialog.slots, Qt.Key.Key_Return)
    idle(qtbot, window)
    assert dialog.message.text() == "That slot is full. The next free slot is 2026-11-23 10:00."
    assert dialog.message.property("error") is True and not dialog.code.isVisible()
    qtbot.waitUntil(lambda: slot_texts(dialog)[1] == "09:30–10:00    full (2 booked)", timeout=5000)
    assert len(branch.bookings(DAY, "C")) == 4, "never overbooked"


def test_a_teller_cannot_book(qtbot, branch, db_path, clock):
    window = console(qtbot, db_path, clock, ("1001", "135790"))
    assert not window.book_button.isEnabled()
    assert "lobby manager" in window.book_button.toolTip()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    idle(qtbot, window)
    assert window.book_button.dialog is None and QApplication.activeModalWidget() is None
    with pytest.raises(QueueError) as refused:  # and the store says no, whatever the window shows
        window.worker.stop()
        window.store.book("C", branch_time(9))
    assert refused.value.reason == "role_not_allowed"


def test_the_teller_after_a_lobby_manager_has_no_booking(qtbot, branch, db_path, clock):
    window = console(qtbot, db_path, clock, ("2001", "246802"))
    assert window.book_button.isEnabled()
    window.sign_out()
    qtbot.waitUntil(lambda: window.staff is None, timeout=5000)
    assert not window.book_button.isEnabled()


def manager(qtbot, db_path, answers: list[bool]):
    asked: list[str] = []

    def confirm(question: str) -> bool:
        asked.append(question)
        return answers.pop(0)

    window = ManagerWindow(QueueStore(db_path, station="manager"), confirm=confirm)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    window.sign_in.number.setText("9001")
    window.sign_in.pin.setText("999999")
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.bookings is not None, timeout=5000)
    qtbot.waitUntil(lambda: not window.worker.busy and not window.reports.busy(), timeout=10_000)
    return window, asked


def table(panel) -> list[list[str]]:
    return [[panel.table.item(r, c).text() for c in range(panel.table.columnCount())]
            for r in range(panel.table.rowCount())]


def test_the_managers_bookings_tab_lists_books_and_cancels(qtbot, branch, db_path, clock):
    first = branch.book("F", branch_time(9, 20))
    window, asked = manager(qtbot, db_path, answers=[False, True])
    panel = window.bookings
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # on the Reports tab: nothing
    assert panel.book_button.dialog is None
    window.tabs.setCurrentIndex(3)
    assert window.tabs.tabText(3) == "Bookings"
    assert table(panel) == [[first.code, "09:20–09:40", "F  Business customers", "Booked"]]
    assert panel.message.text() == f"1 bookings on {DAY}."
    panel.table.setFocus()
    dialog = open_booking(qtbot, panel.window())
    dialog.slots.setFocus()
    dialog.slots.setCurrentRow(3)  # C, 10:30
    qtbot.keyClick(dialog.slots, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(table(panel)) == 2, timeout=5000)
    code = dialog.code.text()
    assert table(panel)[1] == [code, "10:30–11:00", "C  Loans", "Booked"]
    dialog.accept()
    idle(qtbot, window)

    panel.table.selectRow(1)
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert asked == [f"Cancel booking {code} (10:30–11:00)? Its place becomes free for others."]
    assert table(panel)[1][3] == "Booked", "declined: nothing cancelled"
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert table(panel)[1][3] == "Cancelled" and panel.message.text() == f"Booking {code} is cancelled."
    check = QueueStore(db_path, station="check")
    assert [b.status for b in check.bookings(DAY)] == ["booked", "cancelled"]
    assert next(s for s in check.slots("C", DAY) if s.start == branch_time(10, 30)).booked == 0
    check.close()
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)  # again: already cancelled
    assert panel.message.text() == (f"Booking {code} is Cancelled: only a booking not yet checked in can be "
                                    "cancelled.")
    assert len(asked) == 2

    panel.day.setDate(panel.day.date().addDays(1))
    idle(qtbot, window)
    assert table(panel) == [] and panel.message.text() == "No bookings on 2026-11-24."


def test_the_booking_list_keeps_its_columns_readable(qtbot, branch, db_path, clock):
    branch.book("C", branch_time(9))
    window, _ = manager(qtbot, db_path, answers=[])
    window.tabs.setCurrentIndex(3)
    panel = window.bookings
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=5000)
    for c in range(panel.table.columnCount()):
        item = panel.table.item(0, c)
        width = panel.table.fontMetrics().horizontalAdvance(item.text())
        assert panel.table.columnWidth(c) >= width, (c, item.text())


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_the_booking_dialog_and_tab_are_in_chinese(qtbot, branch, db_path, clock, lang):
    from kiosk.ui.i18n import LanguageSwitcher
    from tests.test_visible_text_translated import english_in, visible_texts

    switcher = LanguageSwitcher()
    switcher.set_language(lang)
    try:
        window = console(qtbot, db_path, clock, ("2001", "246802"))
        dialog = open_booking(qtbot, window)
        seen = {f"dialog / {k}": v for k, v in visible_texts(dialog).items()}
        seen.update({f"slot {i}": text for i, text in enumerate(slot_texts(dialog))})
        dialog.slots.setCurrentRow(0)
        dialog.book()
        idle(qtbot, window)
        seen.update({f"booked / {k}": v for k, v in visible_texts(dialog).items()})
        assert dialog.code.isVisible()
        assert english_in(seen) == [], "\n".join(english_in(seen))
        dialog.accept()
    finally:
        switcher.set_language("en")

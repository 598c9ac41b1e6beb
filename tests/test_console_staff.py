"""The teller console as staff meet it: signing out leaves no counter advertised open, tries left on a wrong
PIN, help requests by kiosk name, the ticket to reinstate and the need to record offered, plain transfer
lines, Qt's own buttons in the staff's language, and a desk that fits a quarter of a 1920x1080 screen."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from kiosk.core.models import CounterMode
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff, set_active
from kiosk.ui.console_window import AssistanceDialog, ConsoleWindow, TransferDialog
from kiosk.ui.i18n import LanguageSwitcher

QUARTER = (950, 500)  # the client area of one window when `kiosk demo` tiles four on a 1920x1080 screen


@pytest.fixture
def branch(store):
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    add_staff(store, "2001", "Li Na", Role.LOBBY_MANAGER, "246802")
    return store


def console(qtbot, db_path, clock, counter=1, staff=("1001", "135790"), **options):
    options.setdefault("confirm", lambda question: True)
    window = ConsoleWindow(QueueStore(db_path, station=f"console-{counter}", clock=clock), counter,
                           poll_ms=20, **options)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    if staff:
        sign_in(qtbot, window, *staff)
    return window


def sign_in(qtbot, window, number, pin):
    window.sign_in.number.setText(number)
    window.sign_in.pin.setText(pin)
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    idle(qtbot, window)
    assert window.staff is not None, window.sign_in.error.text()


def idle(qtbot, window):
    """The answer to what was asked is in: the store's calls run on the window's worker."""
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=5000)


def act(qtbot, action, *args):
    """Call a console action and wait for its answer."""
    action(*args)
    idle(qtbot, action.__self__)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window, key, modifier)
    idle(qtbot, window)


def mode(store, counter=1) -> str:
    return next(c.mode.value for c in store.counters() if c.number == counter)


def when_modal(qtbot, act) -> None:
    """Run `act(dialog)` on the modal dialog about to open (its exec() blocks the test until it closes)."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, look)
            return
        act(dialog)
    QTimer.singleShot(0, look)


# -- what a person sees: nothing cut off, nothing on top of anything else -----------------------------------

def _inside(child: QRect, parent: QRect) -> bool:
    return parent.contains(child)


def readability_problems(window: QWidget) -> list[str]:
    """Text that does not fit its widget, widgets a layout placed over each other or outside their parent,
    and lists or scrolled pages that need sideways scrolling: what a person at that window size would see."""
    problems = []
    shown = [w for w in window.findChildren(QWidget) if w.isVisible()]
    for widget in shown:
        name = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
        if isinstance(widget, QAbstractButton) and widget.sizeHint().width() > widget.width():
            problems.append(f"{name} {text!r}: needs {widget.sizeHint().width()} px, has {widget.width()}")
        if isinstance(widget, QLabel) and text:
            needed = widget.heightForWidth(widget.width())
            if widget.wordWrap() and needed > widget.height():
                problems.append(f"{name} {text!r}: wrapped, needs {needed} px high, has {widget.height()}")
            elif not widget.wordWrap() and widget.minimumSizeHint().width() > widget.width():
                problems.append(f"{name} {text!r}: needs {widget.minimumSizeHint().width()} px, "
                                f"has {widget.width()}")
        if isinstance(widget, QListView | QScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(f"{name}: scrolls sideways")
        layout = widget.layout()
        if layout is None:
            continue
        placed = [layout.itemAt(i).widget() for i in range(layout.count())]
        placed = [w for w in placed if w is not None and w.isVisible()]
        for i, one in enumerate(placed):
            if not _inside(one.geometry(), widget.rect()):
                problems.append(f"{type(one).__name__} {one.objectName()} sticks out of {name}")
            for other in placed[i + 1:]:
                if one.geometry().intersects(other.geometry()):
                    problems.append(f"{type(one).__name__} overlaps {type(other).__name__} in {name}")
    return problems


def assert_fits_a_quarter_screen(qtbot, window: QWidget) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= QUARTER[0] and hint.height() <= QUARTER[1], hint
    window.resize(*QUARTER)
    qtbot.waitUntil(lambda: window.size().toTuple() == QUARTER, timeout=2000)
    QApplication.processEvents()
    assert readability_problems(window) == []


# -- 1. signing out never leaves the counter shown open ------------------------------------------------------

def test_sign_out_asks_to_pause_or_close_a_counter_still_open(qtbot, branch, db_path, clock):
    asked, answers = [], []
    window = console(qtbot, db_path, clock,
                     ask_leave=lambda question: asked.append(question) or answers.pop(0))
    act(qtbot, window.open_counter)
    answers.append(None)  # Cancel: stay signed in, the counter stays open
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Counter 1 is still shown open in the hall. Pause it or close it as you sign out?"]
    assert window.pages.currentWidget() is window.desk and mode(branch) == "normal"
    answers.append(CounterMode.PAUSED)
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.sign_in and mode(branch) == "paused"
    row = branch.db.execute("SELECT actor, details FROM events WHERE action = 'pause'").fetchone()
    assert row[0] == "1001" and json.loads(row[1])["reason"] == "signed out"

    sign_in(qtbot, window, "1001", "135790")  # a paused counter: nothing to ask
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2 and window.pages.currentWidget() is window.sign_in and mode(branch) == "paused"

    sign_in(qtbot, window, "2001", "246802")  # a lobby manager's love window, closed on leaving
    qtbot.mouseClick(window.love, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert mode(branch) == "love"
    answers.append(CounterMode.CLOSED)
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert asked[-1] == ("Counter 1 is still shown as a love window in the hall. "
                         "Pause it or close it as you sign out?")
    assert window.pages.currentWidget() is window.sign_in and mode(branch) == "closed"


def test_a_counter_with_a_customer_at_it_is_not_closed_on_leaving(qtbot, branch, db_path, clock):
    branch.issue_ticket("A")
    window = console(qtbot, db_path, clock, ask_leave=lambda question: CounterMode.CLOSED)
    act(qtbot, window.open_counter)
    act(qtbot, window.call_next)
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.desk, "still signed in: the refusal is on screen"
    assert window.status_line.text().startswith("Counter 1 still has ticket A001")
    assert mode(branch) == "normal"


def test_the_sign_out_question_is_a_dialog_in_the_staffs_language(qtbot, branch, db_path, clock):
    assert LanguageSwitcher().set_language("zh_CN")  # English again after the test (conftest)
    window = console(qtbot, db_path, clock)
    act(qtbot, window.open_counter)
    seen = {}

    def answer(box: QMessageBox) -> None:
        seen["text"] = box.text()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        seen["default"] = box.defaultButton().text()
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: pause

    when_modal(qtbot, answer)
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert seen["text"] == "1 号窗口在大厅里仍显示为“开放”。退出登录时暂停还是关闭该窗口？"
    assert seen["buttons"] == sorted(["暂停窗口", "关闭窗口", "取消"]) and seen["default"] == "暂停窗口"
    assert window.pages.currentWidget() is window.sign_in and mode(branch) == "paused"


def test_a_deactivated_account_leaves_its_love_window_paused(qtbot, branch, db_path, clock):
    window = console(qtbot, db_path, clock, staff=("2001", "246802"),
                     ask_leave=lambda question: pytest.fail("nobody may be asked: " + question))
    qtbot.mouseClick(window.love, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    assert mode(branch) == "love"
    set_active(branch, "2001", False)  # the manager deactivates the account while it is signed in
    press(qtbot, window, Qt.Key.Key_F1)  # its next action meets the lock
    assert window.pages.currentWidget() is window.sign_in
    assert window.sign_in.error.text() == "This account has been deactivated. Counter 1 is paused."
    assert mode(branch) == "paused", "no longer shown as a love window in the hall"
    details = json.loads(branch.db.execute("SELECT details FROM events WHERE action = 'pause'").fetchone()[0])
    assert details["reason"] == "account deactivated" and details["staff"] == "2001"
    assert window.sign_in.number.text() == ""


# -- 4. wrong PINs: how many tries are left; nobody's number is left in the field ---------------------------

def test_a_wrong_pin_says_how_many_tries_are_left(qtbot, branch, db_path, clock):
    window = console(qtbot, db_path, clock, staff=None)

    def try_pin(number: str, pin: str) -> str:
        window.sign_in.number.setText(number)
        window.sign_in.pin.setText(pin)
        qtbot.mouseClick(window.sign_in.button, Qt.MouseButton.LeftButton)
        idle(qtbot, window)
        return window.sign_in.error.text()

    assert try_pin("1001", "0000") == ("Wrong staff number or PIN. "
                                       "4 more wrong PINs lock this account for 15 min.")
    assert try_pin("1001", "0000").startswith("Wrong staff number or PIN. 3 more")
    assert try_pin("1001", "0000").startswith("Wrong staff number or PIN. 2 more")
    assert try_pin("1001", "0000") == ("Wrong staff number or PIN. "
                                       "1 more wrong PIN locks this account for 15 min.")
    assert try_pin("1001", "0000") == "Too many wrong PINs: this account is locked for 15 more min."
    assert try_pin("7777", "0000") == ("Wrong staff number or PIN. 4 more wrong PINs lock this account for "
                                       "15 min."), "a number with no account answers like one that has"
    assert LanguageSwitcher().set_language("zh_CN")
    assert try_pin("2001", "0000") == "工号或密码错误。再错 4 次，此账户将锁定 15 分钟。"


def test_after_sign_out_the_staff_number_is_empty(qtbot, branch, db_path, clock):
    window = console(qtbot, db_path, clock)
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # closed counter: no question
    assert window.pages.currentWidget() is window.sign_in
    assert window.sign_in.number.text() == "" and window.sign_in.pin.text() == ""
    assert window.sign_in.number.hasFocus()


# -- 3. help requests name the kiosk, and read without scrolling sideways ------------------------------------

@pytest.mark.parametrize("lang, first, second", [("en", "Kiosk:", "Kiosk 2:"),
                                                 ("zh_CN", "取号机:", "2 号取号机:"),
                                                 ("zh_TW", "取號機:", "2 號取號機:")])
def test_help_requests_name_the_kiosk_and_fit_the_list(qtbot, branch, db_path, clock, lang, first, second):
    assert LanguageSwitcher().set_language(lang)
    window = console(qtbot, db_path, clock)
    QueueStore(db_path, station="kiosk", clock=clock).request_help("call_staff")
    QueueStore(db_path, station="kiosk-2", clock=clock).request_help("printer_failed")
    qtbot.waitUntil(lambda: window.help_list.count() == 2, timeout=5000)
    for size in ((1500, 820), QUARTER):
        window.resize(*size)
        qtbot.waitUntil(lambda s=size: window.size().toTuple() == s, timeout=2000)
        QApplication.processEvents()
        texts = [window.help_list.item(i).text() for i in range(2)]
        assert first in texts[0] and second in texts[1] and "kiosk" not in " ".join(texts)
        assert not window.help_list.horizontalScrollBar().isVisible(), size
        for i, text in enumerate(texts):
            shown = window.help_list.visualItemRect(window.help_list.item(i))
            needed = window.help_list.fontMetrics().boundingRect(
                QRect(0, 0, shown.width(), 10_000), Qt.TextFlag.TextWordWrap, text)
            assert needed.width() <= shown.width() and needed.height() <= shown.height(), (size, text)


def test_a_help_request_left_from_yesterday_says_its_date_and_names_the_ticket(qtbot, branch, db_path, clock):
    from tests.conftest import branch_time

    kiosk = QueueStore(db_path, station="kiosk", clock=clock)
    ticket = kiosk.issue_ticket("A", at=branch_time(17, 40, day=22)).ticket
    kiosk.request_help("printer_failed", ticket_id=ticket.id, at=branch_time(17, 50, day=22))
    kiosk.request_help("call_staff", at=clock())
    window = console(qtbot, db_path, clock)
    qtbot.waitUntil(lambda: window.help_list.count() == 2, timeout=5000)
    yesterday, today = (window.help_list.item(i).text() for i in range(2))
    assert yesterday.startswith("11-22 17:50 Kiosk: ") and " · A001 · " in yesterday
    assert today.startswith("09:00 Kiosk: ") and "A001" not in today


# -- 6. the ticket to reinstate and the assistance to record are offered ------------------------------------

def test_reinstate_offers_the_ticket_just_marked_no_show(qtbot, branch, db_path, clock, monkeypatch):
    branch.issue_ticket("A")
    branch.issue_ticket("A")
    window = console(qtbot, db_path, clock)
    act(qtbot, window.open_counter)
    act(qtbot, window.call_next)
    clock(minutes=1)
    press(qtbot, window, Qt.Key.Key_F5)  # A001 did not come
    offered = {}

    def get_text(parent, title, prompt, text=""):
        offered["text"] = text
        return text, True
    monkeypatch.setattr(QInputDialog, "getText", get_text)
    clock(minutes=2)
    press(qtbot, window, Qt.Key.Key_F7)
    assert offered["text"] == "A001"
    assert branch.ticket("A001").status.value == "waiting"
    assert window.status_line.text() == "A001 is back in the queue in its place."


@pytest.mark.parametrize("needs, offered", [(("low_vision",), "magnifier"),
                                            (("hard_of_hearing", "forms_help"), "forms_help"),
                                            ((), "wheelchair")])  # none declared: the first kind, as before
def test_assistance_offers_the_need_declared_on_the_ticket(qtbot, branch, db_path, clock, needs, offered):
    branch.issue_ticket("A", "elderly", needs=needs)
    seen = []

    def run(dialog: AssistanceDialog) -> int:
        seen.append(dialog.kind.currentData())
        return QDialog.DialogCode.Rejected
    window = console(qtbot, db_path, clock, run_dialog=run)
    act(qtbot, window.open_counter)
    act(qtbot, window.call_next)
    press(qtbot, window, Qt.Key.Key_F9)
    assert seen == [offered]  # with no need declared: the list's first kind, as before


# -- 7. transfer lines read as a sentence ------------------------------------------------------------------

@pytest.mark.parametrize("lang, to_counter, to_service", [
    ("en", "A001 transferred to counter 3", "A002 transferred to C Loans"),
    ("zh_CN", "A001 已转到 3 号窗口", "A002 已转到 C 贷款业务"),
    ("zh_TW", "A001 已轉到 3 號櫃檯", "A002 已轉到 C 貸款業務"),
])
def test_transfer_lines_read_naturally(qtbot, branch, db_path, clock, lang, to_counter, to_service):
    assert LanguageSwitcher().set_language(lang)
    branch.issue_ticket("A")
    branch.issue_ticket("A")
    branch.open_counter(3)
    choices = [(None, 3), ("C", None)]

    def run(dialog: TransferDialog) -> int:
        service, counter = choices.pop(0)
        dialog.service.setCurrentIndex(dialog.service.findData(service))
        dialog.counter.setCurrentIndex(dialog.counter.findData(counter))
        return QDialog.DialogCode.Accepted
    window = console(qtbot, db_path, clock, run_dialog=run)
    act(qtbot, window.open_counter)
    for line in (to_counter, to_service):
        act(qtbot, window.call_next)
        with qtbot.waitSignal(window.action_done) as done:
            press(qtbot, window, Qt.Key.Key_F6)
        assert done.args[0] == line
        assert window.status_line.text() == line


# -- 8. the desk fits a quarter of a 1920x1080 screen -------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_the_desk_is_readable_in_a_quarter_of_the_screen(qtbot, branch, db_path, clock, lang):
    assert LanguageSwitcher().set_language(lang)
    branch.issue_ticket("A", "elderly", needs=("wheelchair", "low_vision", "forms_help"))
    for service in "ABCDEF":
        branch.issue_ticket(service)
    window = console(qtbot, db_path, clock, staff=None)
    assert_fits_a_quarter_screen(qtbot, window)  # the sign-in page
    sign_in(qtbot, window, "2001", "246802")
    QueueStore(db_path, station="kiosk", clock=clock).request_help("call_staff")
    QueueStore(db_path, station="kiosk-2", clock=clock).request_help("printer_failed")
    act(qtbot, window.open_counter)
    act(qtbot, window.call_next)  # the elderly customer with three needs: the longest ticket lines
    qtbot.waitUntil(lambda: window.help_list.count() == 2, timeout=5000)
    assert window.needs.isVisible()
    assert_fits_a_quarter_screen(qtbot, window)


def test_closing_a_signed_in_console_pauses_its_open_counter(qtbot, branch, db_path, clock):
    window = console(qtbot, db_path, clock)
    act(qtbot, window.open_counter)
    assert mode(branch) == "normal"
    window.close()
    assert mode(branch) == "paused", "the hall must not show a counter nobody is at as open"
    assert window.store.actor == "", "closing the window signs out"


def test_closing_the_console_of_a_deactivated_account_pauses_its_love_window(qtbot, branch, db_path, clock):
    window = console(qtbot, db_path, clock, staff=("2001", "246802"))
    qtbot.mouseClick(window.love, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    set_active(branch, "2001", False)
    window.close()
    assert mode(branch) == "paused", "no love window left advertised in the hall"


def test_a_deactivated_account_is_not_asked_at_sign_out(qtbot, branch, db_path, clock):
    window = console(qtbot, db_path, clock, staff=("2001", "246802"),
                     ask_leave=lambda question: pytest.fail("nobody may be asked: " + question))
    qtbot.mouseClick(window.love, Qt.MouseButton.LeftButton)
    idle(qtbot, window)
    set_active(branch, "2001", False)
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.sign_in
    assert window.sign_in.error.text() == "This account has been deactivated. Counter 1 is paused."
    assert mode(branch) == "paused"


def test_a_database_error_at_sign_out_asks_before_leaving_the_counter_open(qtbot, branch, db_path, clock,
                                                                          monkeypatch):
    from kiosk.store.db import StoreError

    asked, answers = [], [False, True]
    window = console(qtbot, db_path, clock, confirm=lambda question: asked.append(question) or answers.pop(0))
    act(qtbot, window.open_counter)

    def locked():
        raise StoreError("database is locked")

    monkeypatch.setattr(window.store, "counters", locked)
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert asked[0].startswith("Counter 1 could not be paused: ") and "Sign out anyway?" in asked[0]
    assert window.pages.currentWidget() is window.desk, "'no' keeps the teller signed in to try again"
    assert "database is locked" in window.status_line.text()
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.sign_in, "'yes' signs out, having been told"

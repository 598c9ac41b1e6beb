"""A station whose branch database is out of reach (the PostgreSQL server or the network gone) keeps its
screen, tells staff at its edge, sends kiosk customers to staff without inventing a number, asks again by
itself and reads afresh once the database answers. SQLite never loses its connection, so the store here is
a real one whose every call fails as the PostgreSQL engine's do while `down`."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from kiosk.core.announce import call_text
from kiosk.store import QueueStore, StoreError
from kiosk.ui.i18n import LanguageSwitcher

RETRY_MS = 50  # the stations ask again every 2 s; the tests need not wait that long
LOST = "Connection to the branch database lost - reconnecting..."


class FlakyStore:
    """`store`, but while `down` every call (and its `branch` and `db`) raises what the PostgreSQL engine
    raises when the server or the network is gone; what asks no server stays readable: the clock, where the
    data is, the session, damage found (PostgreSQL's is always None)."""

    _kept = ("clock", "conn", "location", "station", "staff_only", "role", "actor", "damage_found",
             "found_damage", "check_health", "backup_path", "export_path")

    def __init__(self, store: QueueStore):
        object.__setattr__(self, "_store", store)
        object.__setattr__(self, "down", False)
        object.__setattr__(self, "refused", 0)

    def _lost(self) -> StoreError:
        object.__setattr__(self, "refused", self.refused + 1)
        return StoreError("connection to the branch database postgresql://127.0.0.1/branch lost (server "
                          "closed the connection unexpectedly); nothing was changed. The station reconnects "
                          "by itself when the server answers again", reason="connection_lost")

    def __getattr__(self, name: str):
        value = getattr(self._store, name)
        if name in self._kept:
            return value
        if not callable(value):
            if self.down:
                raise self._lost()
            return value

        def call(*args, **kwargs):
            if self.down:
                raise self._lost()
            return value(*args, **kwargs)
        return call

    def __setattr__(self, name: str, value) -> None:
        setattr(self._store, name, value)

    def set_down(self, down: bool) -> None:
        object.__setattr__(self, "down", down)


@pytest.fixture
def flaky(store):
    return FlakyStore(store)


def labels(store: QueueStore) -> list[str]:
    return [row[0] for row in store.db.execute("SELECT label FROM tickets ORDER BY id")]


# -- the kiosk ------------------------------------------------------------------------------------------

@pytest.fixture
def kiosk(qtbot, flaky):
    from kiosk.ui.kiosk_window import KioskWindow

    window = KioskWindow(flaky, default_language="zh_CN")
    window.connection.retry.setInterval(RETRY_MS)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.view is not None)
    yield window
    window.close_worker()


def answered(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy)


def shown_buttons(window) -> list[QPushButton]:
    screen = window.stack.currentWidget()
    return [b for b in screen.findChildren(QPushButton) if b.isVisibleTo(screen)]


def test_the_kiosk_sends_customers_to_staff_in_their_language_and_gives_no_number(qtbot, kiosk, flaky, store):
    qtbot.mouseClick(kiosk.start.language_buttons[2], Qt.MouseButton.LeftButton)  # English
    answered(qtbot, kiosk)
    qtbot.mouseClick(kiosk.services.buttons["A"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.priority.no, Qt.MouseButton.LeftButton)
    flaky.set_down(True)  # the server goes while the customer chooses
    qtbot.mouseClick(kiosk.needs.print_button, Qt.MouseButton.LeftButton)
    answered(qtbot, kiosk)
    assert kiosk.stack.currentWidget() is kiosk.unreachable
    assert kiosk.unreachable.title.text() == "Please ask a member of staff"
    assert "cannot give tickets" in kiosk.unreachable.body.text()
    assert kiosk.confirm.number.text() == "", "no number is shown, none invented"
    assert [b.text() for b in shown_buttons(kiosk)] == ["简体中文", "繁體中文", "English"], \
        "no ticket button: only the languages"
    assert not kiosk.call_staff.isEnabled() and not kiosk.back.isVisible()

    qtbot.mouseClick(kiosk.unreachable.grid.buttons["zh_CN"], Qt.MouseButton.LeftButton)
    assert kiosk.unreachable.title.text() == "请联系工作人员"
    assert kiosk.stack.currentWidget() is kiosk.unreachable
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)  # a new customer: still sent to staff
    assert kiosk.stack.currentWidget() is kiosk.unreachable
    qtbot.keyClick(kiosk, "#")  # a help request cannot be stored either: the screen says to ask in person
    assert kiosk.stack.currentWidget() is kiosk.unreachable
    tries = flaky.refused
    qtbot.waitUntil(lambda: flaky.refused >= tries + 2)  # the kiosk keeps asking by itself
    assert labels(store) == []

    flaky.set_down(False)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.start)
    assert kiosk.call_staff.isEnabled()
    with qtbot.waitSignal(kiosk.ticket_issued) as issued:
        qtbot.mouseClick(kiosk.start.language_buttons[2], Qt.MouseButton.LeftButton)
        answered(qtbot, kiosk)
        qtbot.mouseClick(kiosk.services.buttons["A"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(kiosk.priority.no, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(kiosk.needs.print_button, Qt.MouseButton.LeftButton)
    assert issued.args[0].ticket.label == "A001" == kiosk.confirm.number.text()
    assert labels(store) == ["A001"]


def test_an_idle_kiosk_finds_the_loss_by_itself_and_comes_back(qtbot, kiosk, flaky, store):
    kiosk.refresh_timer.setInterval(RETRY_MS)
    assert kiosk.stack.currentWidget() is kiosk.start
    flaky.set_down(True)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.unreachable)
    assert kiosk.unreachable.title.text() == "请联系工作人员", "in the kiosk's default language"
    store.configure(store.branch_toml().replace('languages = ["zh_CN", "zh_TW", "en"]',
                                                'languages = ["en", "zh_CN"]', 1))  # saved meanwhile
    flaky.set_down(False)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.start)
    qtbot.waitUntil(lambda: [b.text() for b in kiosk.start.language_buttons] == ["English", "简体中文"])


def test_a_ticket_just_issued_stays_readable_until_the_customer_is_done(qtbot, kiosk, flaky, store):
    kiosk.refresh_timer.setInterval(RETRY_MS)
    qtbot.mouseClick(kiosk.start.language_buttons[2], Qt.MouseButton.LeftButton)
    answered(qtbot, kiosk)
    qtbot.mouseClick(kiosk.services.buttons["B"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.priority.no, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.needs.print_button, Qt.MouseButton.LeftButton)
    answered(qtbot, kiosk)
    assert kiosk.confirm.number.text() == "B001"
    flaky.set_down(True)
    qtbot.waitUntil(lambda: kiosk.connection.lost)
    assert kiosk.stack.currentWidget() is kiosk.confirm and kiosk.confirm.number.text() == "B001"
    qtbot.mouseClick(kiosk.confirm.done_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.unreachable


# -- the hall display -------------------------------------------------------------------------------------

class _Voice:
    def __init__(self):
        self.said: list[str] = []

    def speak(self, text, lang, chime=False):
        self.said.append(text)

    def stop(self):
        pass


@pytest.fixture
def teller(db_path, store, clock):
    """A counter's console on the same file: its own connection, which stays up."""
    other = QueueStore(db_path, station="console-1", clock=clock)
    yield other
    other.close()


@pytest.fixture
def display(qtbot, flaky, request):
    from kiosk.station.display_station import DisplayStation
    from kiosk.ui.display_window import DisplayWindow

    LanguageSwitcher().set_language(request.param)
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    station = DisplayStation(flaky, window, _Voice(), poll_ms=20, backup_every_ms=None)
    station.connection.retry.setInterval(RETRY_MS)
    qtbot.waitUntil(lambda: station.view is not None)
    yield station, window, request.param
    station.stop()


@pytest.mark.parametrize("display", ["en", "zh_CN"], indirect=True)
def test_the_display_keeps_its_board_tells_staff_and_reads_again(qtbot, display, flaky, teller):
    station, window, lang = display
    for _ in range(2):
        teller.issue_ticket("A", lang="en")
    teller.open_counter(1)
    with qtbot.waitSignal(station.call_shown):
        teller.call_next(1)
    assert window.call_number.text() == "A001" and not window.connection_banner.isVisible()

    flaky.set_down(True)
    qtbot.waitUntil(window.connection_banner.isVisible)
    said = {"en": LOST, "zh_CN": "与网点数据库的连接已中断，正在重新连接…"}[lang]
    assert window.connection_banner.text() == said
    banner, board = window.connection_banner.geometry(), window.call_panel.geometry()
    assert banner.bottom() < board.top() and banner.height() < window.height() // 10, "small, at the edge"
    teller.start(1)
    teller.finish(1)
    teller.call_next(1)  # A002, called while the display cannot see it
    tries = flaky.refused
    qtbot.waitUntil(lambda: flaky.refused >= tries + 2)
    assert window.call_number.text() == "A001", "the board keeps what it showed"
    assert "A001" in window.counter_labels[1].text()

    with qtbot.waitSignal(station.call_shown) as shown:
        flaky.set_down(False)
    assert shown.args[0].label == "A002" == window.call_number.text(), "read afresh, the missed call shown"
    assert not window.connection_banner.isVisible()
    assert station.announcer.speaker.said.count(call_text("A002", 1, "en")) == 1, "announced, late not never"


# -- the manager ------------------------------------------------------------------------------------------

@pytest.fixture
def manager(qtbot, flaky, store):
    from kiosk.core.staff import Role
    from kiosk.store.staff import add_staff
    from kiosk.ui.manager_window import ManagerWindow

    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    window = ManagerWindow(flaky, confirm=lambda question: True)
    window.connection.retry.setInterval(RETRY_MS)
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


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_manager_keeps_its_panels_tells_staff_and_reads_again(qtbot, manager, flaky, db_path, clock,
                                                                   lang):
    from kiosk.core.staff import Role
    from kiosk.store.staff import add_staff

    LanguageSwitcher().set_language(lang)
    config, staff = manager.config, manager.staff_panel
    manager.tabs.setCurrentWidget(manager.tabs.widget(1))
    config.fields["max_wait_minutes"].setValue(45)
    flaky.set_down(True)
    qtbot.mouseClick(config.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(manager.connection_banner.isVisible)
    said = {"en": LOST, "zh_CN": "与网点数据库的连接已中断，正在重新连接…"}[lang]
    assert manager.connection_banner.text() == said
    banner, tabs = manager.connection_banner, manager.tabs
    top_of_tabs = tabs.mapTo(manager, tabs.rect().topLeft()).y()
    assert banner.mapTo(manager, banner.rect().bottomLeft()).y() < top_of_tabs, "above the panels"
    assert config.message.property("error") is True, "the save that failed says so"
    assert config.fields["max_wait_minutes"].value() == 45, "the manager's edit is kept"
    assert [m["number"] for m in staff.staff] == ["1001", "9001"] and staff.table.rowCount() == 2

    other = QueueStore(db_path, station="setup", clock=clock)  # another PC adds an account meanwhile
    add_staff(other, "1002", "Chen Jing", Role.TELLER, "246802")
    other.close()
    tries = flaky.refused
    qtbot.waitUntil(lambda: flaky.refused >= tries + 2)  # the station asks again by itself
    assert staff.table.rowCount() == 2, "the list keeps what it showed"

    flaky.set_down(False)
    qtbot.waitUntil(lambda: not manager.connection_banner.isVisible())
    qtbot.waitUntil(lambda: staff.table.rowCount() == 3)
    assert [m["number"] for m in staff.staff] == ["1001", "1002", "9001"], "read again"
    assert config.fields["max_wait_minutes"].value() == 45, "an edit in progress is not thrown away"
    qtbot.mouseClick(config.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not manager.worker.busy)
    assert flaky.branch.max_wait_minutes == 45

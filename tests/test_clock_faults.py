"""Clock faults: a console whose clock is behind, midnight inside the reinstate window, the hours a
daylight-saving zone skips or repeats, and times in the CSV that say their offset."""
from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from kiosk.adapters.export import write_export
from kiosk.core.clock import FrozenClock, parse_at
from kiosk.core.config import default_toml
from kiosk.core.errors import ClockError, QueueError
from kiosk.core.models import TicketStatus
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from tests.conftest import branch_time
from tests.test_cli import ok, user_error
from tests.test_console import act, console, press

BERLIN = ZoneInfo("Europe/Berlin")


def berlin_toml() -> str:
    return default_toml().replace('time_zone = "Asia/Shanghai"', 'time_zone = "Europe/Berlin"')


# -- a console whose clock is 30 s behind ----------------------------------------------------------------

@pytest.fixture
def slow(db_path, store, clock):
    """A second console on the same file whose clock runs 30 s behind the test's clock."""
    behind = FrozenClock(clock.now() - timedelta(seconds=30))
    console_2 = QueueStore(db_path, station="console-2", clock=behind)
    yield console_2, behind
    console_2.close()


def _tick(clock, behind, seconds: float) -> None:
    """Both clocks move on together; the slow one stays 30 s behind."""
    clock.advance(seconds=seconds)
    behind.set(clock.now() - timedelta(seconds=30))


def test_a_console_behind_calls_the_next_ticket_after_a_reinstatement(store, clock, slow):
    console_2, behind = slow
    for _ in range(2):
        store.issue_ticket("A")
        _tick(clock, behind, 1)
    store.open_counter(1, ("A",))
    console_2.open_counter(2, ("A",))
    _tick(clock, behind, 60)
    assert store.call_next(1).ticket.label == "A001"
    _tick(clock, behind, 60)
    store.no_show(1)
    _tick(clock, behind, 10)
    store.reinstate("A001")  # at 09:02:12 on the right clock, 09:01:42 on console 2's
    _tick(clock, behind, 5)
    # Console 2 reads 09:01:47: A001 was not yet back in the queue then; A002 was.
    called = console_2.call_next(2)
    assert called is not None and called.ticket.label == "A002"
    assert called.ticket.called_at == behind.now()
    console_2.start(2)
    _tick(clock, behind, 60)
    console_2.finish(2)
    assert store.call_next(1).ticket.label == "A001", "the reinstated ticket is next, in its place"


def test_a_console_behind_calls_a_reinstated_ticket_once_its_clock_passes_it(store, clock, slow):
    console_2, behind = slow
    store.issue_ticket("A")
    store.issue_ticket("A", at=clock(1))
    store.open_counter(1, ("A",))
    console_2.open_counter(2, ("A",))
    store.call_next(1, at=clock(1))
    store.no_show(1, at=clock(1))
    back = clock(1)
    store.reinstate("A001", at=back)
    _tick(clock, behind, 10)
    assert console_2.call_next(2).ticket.label == "A002"
    console_2.no_show(2)
    with pytest.raises(ClockError, match="earlier than ticket A001's last event"):
        console_2.call_next(2)  # not "nobody is waiting": the console's clock is what is wrong
    _tick(clock, behind, 30)
    assert behind.now() > back
    assert console_2.call_next(2).ticket.label == "A001"


def test_a_ticket_transferred_to_a_console_behind_waits_for_its_clock(store, clock, slow):
    console_2, behind = slow
    store.issue_ticket("A")
    store.issue_ticket("A", at=clock(1))
    store.open_counter(1, ("A",))
    console_2.open_counter(2, ("A",))
    store.call_next(1, at=clock(1))
    store.transfer(1, to_counter=2, at=clock(1))
    _tick(clock, behind, 10)
    assert console_2.call_next(2).ticket.label == "A002", "the transfer is 20 s ahead of this console"
    console_2.no_show(2)
    _tick(clock, behind, 30)
    choice = console_2.call_next(2)
    assert (choice.ticket.label, choice.reserved) == ("A001", True)


def test_an_explicit_time_before_a_reinstatement_calls_the_next_ticket(store, clock):
    store.issue_ticket("A", at=clock())
    store.issue_ticket("A", at=clock())
    store.open_counter(1, ("A",), at=clock())
    store.open_counter(2, ("A",), at=clock())
    store.call_next(1, at=clock(1))
    store.no_show(1, at=clock(1))
    store.reinstate("A001", at=clock(1))
    assert store.call_next(2, at=clock.now() - timedelta(seconds=30)).ticket.label == "A002"
    assert store.call_next(1, at=clock()).ticket.label == "A001"


# -- reinstate and cancel across midnight ----------------------------------------------------------------

def _no_show_at(store, clock, when: datetime) -> None:
    clock.set(when - timedelta(minutes=10))
    store.issue_ticket("A")
    store.open_counter(1, ("A",))
    clock.set(when - timedelta(minutes=2))
    store.call_next(1)
    clock.set(when)
    store.no_show(1)


def test_a_no_show_at_2350_is_reinstated_at_0005_and_called_next(store, clock):
    _no_show_at(store, clock, branch_time(23, 50))
    clock.set(branch_time(0, 5, day=24))
    assert store.recent_no_show(1) == "A001", "the console offers it"
    back = store.reinstate("A001")
    assert (back.status, back.business_day) == (TicketStatus.WAITING, "2026-11-23")
    store.issue_ticket("A", at=clock())  # today's A001
    choice = store.call_next(1, at=clock())
    assert (choice.ticket.label, choice.ticket.business_day) == ("A001", "2026-11-23"), \
        "back in the queue in its place: before today's first ticket"


def test_reinstate_across_midnight_picks_the_no_show_not_todays_ticket(store, clock):
    _no_show_at(store, clock, branch_time(23, 50))
    clock.set(branch_time(0, 1, day=24))
    today = store.issue_ticket("A").ticket
    assert today.label == "A001" and today.business_day == "2026-11-24"
    clock.set(branch_time(0, 5, day=24))
    back = store.reinstate("A001")
    assert back.business_day == "2026-11-23" and back.status == TicketStatus.WAITING
    assert store.ticket("A001").status == TicketStatus.WAITING, "today's A001 untouched"


def test_reinstate_after_the_window_across_midnight_is_refused_as_too_late(store, clock):
    _no_show_at(store, clock, branch_time(23, 40))
    clock.set(branch_time(0, 15, day=24))
    with pytest.raises(QueueError, match="more than 30 min ago"):
        store.reinstate("A001")


def test_cancel_finds_yesterdays_waiting_ticket_inside_the_window(store, clock):
    clock.set(branch_time(23, 55))
    store.issue_ticket("A")
    clock.set(branch_time(0, 10, day=24))
    gone = store.cancel_ticket("A001")
    assert (gone.business_day, gone.status) == ("2026-11-23", TicketStatus.CANCELLED)


def test_cancel_with_a_date(db_path):
    ok("init", "--db", db_path)
    ok("issue", "--db", db_path, "--service", "A", "--at", "2026-11-23T16:00")
    ok("issue", "--db", db_path, "--service", "A", "--at", "2026-11-24T09:00")
    assert "no ticket A001 on 2026-11-25" in user_error("cancel", "--db", db_path, "--ticket", "A001",
                                                        "--at", "2026-11-25T09:00")
    gone = ok("cancel", "--db", db_path, "--ticket", "a001", "--date", "2026-11-23",
              "--at", "2026-11-25T09:00")
    assert (gone["status"], gone["issued_at"]) == ("cancelled", "2026-11-23T16:00:00+08:00")
    store = QueueStore(db_path)
    assert store.ticket("A001", "2026-11-24").status == TicketStatus.WAITING
    store.close()
    assert "not a date" in user_error("cancel", "--db", db_path, "--ticket", "A001", "--date", "2026-11-31")


def test_the_console_cancels_its_current_ticket_from_yesterday(qtbot, db_path, clock, monkeypatch):
    setup = QueueStore.init(db_path, station="setup")
    add_staff(setup, "1001", "Wang Fang", Role.TELLER, "135790")
    clock.set(branch_time(23, 50))
    setup.issue_ticket("A")
    window = console(qtbot, db_path)
    act(qtbot, window.open_counter)
    clock.set(branch_time(23, 58))
    act(qtbot, window.call_next)
    clock.set(branch_time(0, 40, day=24))  # past the reinstate window: yesterday is its own day
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, text="", **k: (text, True))
    press(qtbot, window, Qt.Key.Key_F10)
    assert window.status_line.text() == "A001 is cancelled."
    assert setup.ticket("A001", "2026-11-23").status == TicketStatus.CANCELLED
    setup.close()


# -- times a daylight-saving zone skips or repeats -------------------------------------------------------

def test_a_time_the_clocks_skip_is_refused():
    with pytest.raises(ClockError) as refused:
        parse_at("2027-03-28T02:30", BERLIN)
    assert str(refused.value) == ("--at: 2027-03-28T02:30 does not exist in Europe/Berlin: the clocks go "
                                  "forward from +01:00 to +02:00 that night; give a time outside the gap")


def test_a_repeated_time_needs_its_offset():
    with pytest.raises(ClockError) as refused:
        parse_at("2027-10-31T02:30", BERLIN)
    assert str(refused.value) == ("--at: 2027-10-31T02:30 happens twice in Europe/Berlin (the clocks go "
                                  "back): give its offset, 2027-10-31T02:30+02:00 or 2027-10-31T02:30+01:00")
    first = parse_at("2027-10-31T02:30+02:00", BERLIN)
    second = parse_at("2027-10-31T02:30+01:00", BERLIN)
    assert second - first == timedelta(hours=1)
    assert first == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)


def test_ordinary_times_in_a_daylight_saving_zone_still_parse():
    assert parse_at("2027-03-28T01:59", BERLIN) == datetime(2027, 3, 28, 0, 59, tzinfo=UTC)
    assert parse_at("2027-03-28T03:00", BERLIN) == datetime(2027, 3, 28, 1, 0, tzinfo=UTC)
    assert parse_at("2027-10-31T03:00", BERLIN) == datetime(2027, 10, 31, 2, 0, tzinfo=UTC)
    assert parse_at("2026-11-23T09:00", ZoneInfo("Asia/Shanghai")) == datetime(2026, 11, 23, 1, 0, tzinfo=UTC)


def test_the_cli_refuses_a_skipped_time_in_the_branch_zone(tmp_path):
    config = tmp_path / "berlin.toml"
    config.write_text(berlin_toml(), "utf-8")
    db = tmp_path / "q.db"
    ok("init", "--db", db, "--config", config)
    assert "does not exist in Europe/Berlin" in user_error("issue", "--db", db, "--service", "A",
                                                           "--at", "2027-03-28T02:30")
    assert "+02:00 or 2027-10-31T02:30+01:00" in user_error("issue", "--db", db, "--service", "A",
                                                            "--at", "2027-10-31T02:30")
    assert ok("issue", "--db", db, "--service", "A", "--at", "2027-10-31T02:30+01:00")["issued_at"] == \
        "2027-10-31T02:30:00+01:00"


# -- exported times carry their offset ---------------------------------------------------------------------

def _fall_back_day(db_path) -> None:
    """A Berlin branch's tickets issued at 02:30 twice on the night the clocks go back."""
    store = QueueStore.init(db_path, berlin_toml(), clock=FrozenClock(datetime(2027, 10, 30, 22, tzinfo=UTC)))
    store.issue_ticket("A", at=datetime(2027, 10, 31, 2, 30, tzinfo=BERLIN))  # fold 0: summer time
    store.issue_ticket("A", at=datetime(2027, 10, 31, 2, 30, fold=1, tzinfo=BERLIN))
    store.close()


def test_csv_times_carry_their_offset_on_the_night_the_clocks_go_back(db_path, tmp_path):
    _fall_back_day(db_path)
    out = tmp_path / "day.csv"
    write_export(db_path, "2027-10-31", None, "csv", out)
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    issued = rows[0].index("issued_at")
    assert issued == 9, "columns keep their places"
    assert [r[issued] for r in rows[1:]] == ["2027-10-31T02:30:00+02:00", "2027-10-31T02:30:00+01:00"]
    with (tmp_path / "day-events.csv").open(encoding="utf-8-sig", newline="") as f:
        events = list(csv.DictReader(f))
    assert [e["at"] for e in events if e["action"] == "issue"] == ["2027-10-31T02:30:00+02:00",
                                                                   "2027-10-31T02:30:00+01:00"]


def test_xlsx_times_stay_date_times_and_show_their_offset(db_path, tmp_path):
    _fall_back_day(db_path)
    out = tmp_path / "day.xlsx"
    write_export(db_path, "2027-10-31", None, "xlsx", out, lang="en")
    tickets = openpyxl.load_workbook(out)["Tickets"]
    column = [c.value for c in tickets[1]].index("issued_at") + 1
    cells = [tickets.cell(row, column) for row in (2, 3)]
    assert [c.value for c in cells] == [datetime(2027, 10, 31, 2, 30)] * 2
    assert [c.number_format for c in cells] == ['yyyy-mm-dd hh:mm:ss "+02:00"',
                                                'yyyy-mm-dd hh:mm:ss "+01:00"']

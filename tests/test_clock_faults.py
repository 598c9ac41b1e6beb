"""Clock faults: a console whose clock is behind, midnight inside the reinstate window, the hours a
daylight-saving zone skips or repeats, and times in the CSV that say their offset."""
from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.clock import FrozenClock
from kiosk.core.config import default_toml
from kiosk.core.errors import ClockError
from kiosk.store import QueueStore

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

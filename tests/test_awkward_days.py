"""The queue on awkward days, on the frozen clock: New Year's Eve at midnight, 29 February, a Sunday."""
from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from kiosk.store.backup import daily_backup
from kiosk.store.reports import build_report
from tests.test_display import _board

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(text: str) -> datetime:
    """A time in the branch's zone."""
    return datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


def test_numbering_starts_again_at_midnight_on_new_years_eve(store, clock):
    clock.set(at("2026-12-31T23:59:30"))
    old = store.issue_ticket("A").ticket
    clock.set(at("2027-01-01T00:00:30"))
    new = store.issue_ticket("A").ticket
    assert (old.label, old.business_day) == ("A001", "2026-12-31")
    assert (new.label, new.business_day) == ("A001", "2027-01-01")
    assert store.ticket("A001").id == new.id, "today's A001, not last year's"
    assert store.ticket("A001", day="2026-12-31").id == old.id


def test_the_business_day_is_the_branchs_not_utcs(store, clock):
    clock.set(datetime(2026, 12, 31, 16, 30, tzinfo=UTC))  # 00:30 on 1 January in Shanghai
    assert store.today() == "2027-01-01"
    assert store.issue_ticket("A").ticket.business_day == "2027-01-01"


def test_a_leap_day_sunday_is_counted_reported_and_backed_up(store, clock, db_path, tmp_path):
    clock.set(at("2032-02-29T09:00"))  # a Sunday
    store.open_counter(1)
    for _ in range(3):
        store.issue_ticket("A")
    clock.advance(minutes=5)
    store.call_next(1)
    clock.advance(minutes=1)
    store.start(1)
    clock.advance(minutes=4)
    store.finish(1)
    report = build_report(store, "2032-02-29", "2032-02-29")
    assert (report.total.issued, report.total.served, report.total.open) == (3, 1, 2)
    assert build_report(store, "2032-03-01", "2032-03-01").total.issued == 0
    copy = daily_backup(db_path, store.today(), folder=tmp_path / "backups")
    assert copy.name == "queue-2032-02-29.db"


def test_the_hall_board_clears_when_the_new_year_begins(qtbot, store, clock):
    clock.set(at("2026-12-31T23:58"))
    store.open_counter(2)
    store.issue_ticket("A")
    store.call_next(2)
    station, window = _board(qtbot, store)
    qtbot.waitUntil(lambda: window.call_number.text() == "A001", timeout=2000)
    clock.set(at("2027-01-01T00:00:05"))  # nobody writes across midnight
    qtbot.waitUntil(lambda: window.call_number.text() == "", timeout=2000)
    assert "A001" not in window.counter_labels[2].text()
    station.stop()

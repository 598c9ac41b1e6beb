"""Shunting counted (kiosk.store.shunting): the wait the kiosk weighs, each suggestion and the customer's
choice, per service and day; on both engines, from a kiosk with nobody signed in."""
import json
from datetime import timedelta

import pytest

from kiosk.core.errors import QueueError, UnknownCode
from kiosk.core.models import CounterMode
from kiosk.core.staff import NotAllowed
from tests.conftest import branch_time


@pytest.fixture
def db_path(db_target):
    """Every test here once per engine (tests/conftest.py)."""
    return db_target


def test_the_expected_wait_is_the_one_the_ticket_would_print(store, open_store, db_path):
    kiosk = open_store(db_path, station="kiosk")
    for minute in range(6):
        store.issue_ticket("A", at=branch_time(9, minute))
    store.open_counter(1, ("A",), at=branch_time(9, 6))
    wait = kiosk.expected_wait("A", at=branch_time(9, 7))
    issued = kiosk.issue_ticket("A", at=branch_time(9, 7))
    assert wait == issued.eta_minutes == 31  # six ahead, 5 min each on average, one counter open
    assert kiosk.db.execute("SELECT COUNT(*) FROM tickets").fetchone()[0] == 7  # asking issued nothing


def test_a_quick_counter_shortens_the_wait_of_quick_services_most(store):
    for minute in range(6):
        store.issue_ticket("A", at=branch_time(9, minute))
        store.issue_ticket("B", at=branch_time(9, minute))
    store.open_counter(1, ("A", "B"), at=branch_time(9, 6))
    before = store.expected_wait("A", at=branch_time(9, 7)), store.expected_wait("B", at=branch_time(9, 7))
    store.open_counter(2, ("A", "B"), mode=CounterMode.QUICK, at=branch_time(9, 8))
    after = store.expected_wait("A", at=branch_time(9, 9)), store.expected_wait("B", at=branch_time(9, 9))
    # A (quick) gains the whole new counter; B only the time counter 1 no longer spends on A
    assert after[0] < before[0] and after[1] < before[1]
    assert before[0] - after[0] > before[1] - after[1]


def test_choices_are_counted_per_service_and_day(store, open_store, db_path):
    kiosk = open_store(db_path, station="kiosk")  # nobody signed in: the kiosk may record
    day = store.today()
    kiosk.record_shunt("A", "self_service", 20, lang="zh_CN", at=branch_time(9, 1))
    kiosk.record_shunt("A", "self_service", 22, lang="en", at=branch_time(9, 2))
    kiosk.record_shunt("A", "ticket", 25, at=branch_time(9, 3))
    kiosk.record_shunt("B", "left", 31, lang="zh_TW", at=branch_time(9, 4))
    kiosk.record_shunt("B", "ticket", 31, at=branch_time(23, 59))
    kiosk.record_shunt("B", "ticket", 40, at=branch_time(0, 0, day=24))  # the next business day
    kiosk.record_shunt("A", "ticket", 40, at=branch_time(9, 0) - timedelta(days=1))  # the day before
    assert store.shunt_counts(day) == {
        "A": {"offered": 3, "self_service": 2, "ticket": 1, "left": 0},
        "B": {"offered": 2, "self_service": 0, "ticket": 1, "left": 1},
    }
    assert store.shunt_counts("2026-11-24") == {
        "B": {"offered": 1, "self_service": 0, "ticket": 1, "left": 0}}
    assert store.shunt_counts("2026-11-25") == {}
    rows = store.db.execute("SELECT service, lang, wait_minutes, choice FROM shunt_offers "
                            "ORDER BY id").fetchall()
    assert [tuple(r) for r in rows[:2]] == [("A", "zh_CN", 20, "self_service"),
                                            ("A", "en", 22, "self_service")]


def test_each_offer_is_one_event_with_codes_only(store, open_store, db_path):
    kiosk = open_store(db_path, station="kiosk")
    kiosk.record_shunt("B", "self_service", 18, lang="en")
    station, action, details = store.db.execute(
        "SELECT station, action, details FROM events ORDER BY id DESC LIMIT 1").fetchone()
    assert (station, action, json.loads(details)) == (
        "kiosk", "shunt_offer", {"service": "B", "choice": "self_service"})
    assert store.verify_events().ok


def test_unknown_choices_and_services_are_refused(store):
    with pytest.raises(QueueError, match="unknown choice") as refused:
        store.record_shunt("A", "maybe", 20)
    assert refused.value.reason == "bad_shunt_choice"
    with pytest.raises(UnknownCode):
        store.record_shunt("Z", "ticket", 20)
    assert store.shunt_counts(store.today()) == {}


def test_a_staff_station_with_nobody_signed_in_may_not_record(store, open_store, db_path):
    console = open_store(db_path, station="console-1")
    console.staff_only = True
    with pytest.raises(NotAllowed):
        console.record_shunt("A", "ticket", 20)

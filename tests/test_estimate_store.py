"""The wait a new ticket is told (kiosk.core.estimate through the store), on both engines: the time left on
tickets in service, skewed service times from today and the same weekday and hour of past weeks, the
policy's order simulated, a range when unsure, the real seconds kept with the ticket."""
from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from kiosk.core import estimate
from kiosk.core.config import default_branch
from kiosk.core.models import Counter, CounterMode
from kiosk.core.queue_sim import Desk, QueueNow, Waiting
from kiosk.core.service_times import ServiceTime
from tests.conftest import branch_time
from tests.test_cli import ok


@pytest.fixture
def db_path(db_target):
    """Every test here once per engine (tests/conftest.py)."""
    return db_target


def serve(store, counter: int, minutes: list[float], start) -> None:
    """Issue and serve tickets of A one after another at `counter` (open), each taking its minutes."""
    at = start
    for m in minutes:
        store.issue_ticket("A", at=at)
        store.call_next(counter, at=at)
        store.start(counter, at=at)
        at += timedelta(minutes=m)
        store.finish(counter, at=at)


def test_the_time_left_on_a_busy_counter_is_counted(store):
    """Nobody ahead but the only open counter one minute into a 5-minute service: not "0 minutes"."""
    store.open_counter(1, ("A",), at=branch_time(9))
    store.issue_ticket("A", at=branch_time(9))
    store.call_next(1, at=branch_time(9))
    store.start(1, at=branch_time(9))
    issued = store.issue_ticket("A", at=branch_time(9, 1))
    assert issued.ahead == 0
    assert issued.eta_minutes >= 2 and issued.ticket.eta_s > 90, issued


def test_a_skewed_service_time_gives_a_longer_wait_than_its_median_would(store):
    """Eight 2-minute services and two of 20 minutes today: a median of 2 minutes, a mean of 5.6. Four
    ahead at one counter wait four services: far more than the median's 4 x 2 = 8 minutes."""
    store.open_counter(1, ("A",), at=branch_time(9))
    serve(store, 1, [2, 2, 20, 2, 2, 2, 20, 2, 2, 2], branch_time(9))
    at = branch_time(11)
    for _ in range(4):
        store.issue_ticket("A", at=at)
    issued = store.issue_ticket("A", at=at)
    assert issued.ahead == 4
    assert issued.eta_minutes >= 14, issued


@pytest.mark.parametrize(("days_back", "hours_off", "long"), [
    (7, 0, True), (14, 0.5, True), (6, 0, False), (7, 3, False)])
def test_the_same_weekday_and_hour_of_past_weeks_counts(store, days_back, hours_off, long):
    """Ten 20-minute services a week or two ago at about this hour make the first estimate of today long;
    the same services on another weekday, or at another hour, are not this hour's business."""
    store.open_counter(1, ("A",), at=branch_time(8))
    then = branch_time(9) - timedelta(days=days_back) + timedelta(hours=hours_off)  # finished 9:20 to 12:20
    serve(store, 1, [20] * 10, then - timedelta(hours=1))
    store.close_counter(1, at=then + timedelta(hours=4))
    store.open_counter(1, ("A",), at=branch_time(10))
    for _ in range(2):
        store.issue_ticket("A", at=branch_time(10))
    issued = store.issue_ticket("A", at=branch_time(10))
    if long:
        assert issued.eta_minutes >= 30, issued  # two 20-minute services
    else:
        assert issued.eta_minutes <= 15, issued  # two of the configured 5 minutes


def test_a_range_is_said_when_unsure_and_not_when_sure(store):
    """The configured spread (5 minutes, 30 % of the wait): four ahead with the default's skewed times are
    unsure; four ahead after twenty services of exactly 5 minutes are not."""
    store.open_counter(1, ("A",), at=branch_time(9))
    for _ in range(4):
        store.issue_ticket("A", at=branch_time(9))
    asked = store.wait_estimate("A", at=branch_time(9))
    unsure = store.issue_ticket("A", at=branch_time(9))
    low, high = unsure.eta_range
    assert low <= unsure.eta_minutes <= high and high - low >= 5, unsure
    assert (asked.range_minutes, asked.minutes) == (unsure.eta_range, unsure.eta_minutes), "asked: the same"
    for _ in range(5):
        store.call_next(1, at=branch_time(9))
        store.start(1, at=branch_time(9))
        store.finish(1, at=branch_time(9, 5))
    serve(store, 1, [5] * 20, branch_time(9, 5))
    at = branch_time(11)
    for _ in range(4):
        store.issue_ticket("A", at=at)
    sure = store.issue_ticket("A", at=at)
    assert sure.eta_range is None and 18 <= sure.eta_minutes <= 22, sure


def test_the_told_seconds_are_kept_with_the_ticket(store, open_store, db_path):
    store.open_counter(1, ("A",), at=branch_time(9))
    for _ in range(3):
        store.issue_ticket("A", at=branch_time(9))
    issued = store.issue_ticket("A", at=branch_time(9))
    kept = open_store(db_path).ticket(issued.ticket.label).eta_s
    assert kept == pytest.approx(issued.ticket.eta_s) and kept % 60 != 0, "seconds, not minutes x 60"
    assert round(kept / 60) == issued.eta_minutes, "the minutes said are the seconds rounded"


def test_kiosk_issue_prints_the_seconds_and_the_range(db_target):
    ok("init", "--db", db_target)
    ok("open", "--db", db_target, "--counter", 1, "--services", "A", "--at", "2026-11-23T09:00")
    for _ in range(4):
        ok("issue", "--db", db_target, "--service", "A", "--at", "2026-11-23T09:01")
    told = ok("issue", "--db", db_target, "--service", "A", "--at", "2026-11-23T09:01")
    assert round(told["eta_seconds"] / 60) == told["eta_minutes"] > 0
    low, high = told["eta_range"]
    assert low <= told["eta_minutes"] <= high
    first = ok("issue", "--db", db_target, "--service", "B", "--at", "2026-11-23T09:01")
    assert (first["eta_seconds"], first["eta_range"]) == (0, None), "counters free: no wait, one number"


def test_the_same_queue_gives_the_same_answer_and_a_long_one_a_formula(store, monkeypatch):
    store.open_counter(1, ("A",), at=branch_time(9))
    for _ in range(6):
        store.issue_ticket("A", at=branch_time(9))
    asked = [store.expected_wait("A", at=branch_time(9, 1)) for _ in range(3)]
    assert len(set(asked)) == 1 and store.issue_ticket("A", at=branch_time(9, 1)).eta_minutes == asked[0]
    monkeypatch.setattr(estimate, "SIMULATE_UP_TO", 5)  # a long queue: 7 waiting now
    formula = store.issue_ticket("A", at=branch_time(9, 2))
    assert formula.ticket.eta_s == pytest.approx(7 * 300.0 / 1) and formula.eta_range is None


# -- the estimate itself (kiosk.core.estimate), without a store

BRANCH = default_branch()
NOW = branch_time(10)
FIVE_MINUTES = ServiceTime.from_mean(300.0, 0.5)


def test_later_arrivals_with_a_bigger_head_start_overtake_a_regular_ticket():
    """Elderly customers (30 minutes' head start) arriving every 5 minutes overtake a regular ticket that
    waits long enough; a later regular customer never does."""
    desks = (Desk(Counter(1, ("A",), CounterMode.NORMAL)),)
    waiting = tuple(Waiting(i, "A", "regular", NOW - timedelta(minutes=1)) for i in range(1, 7))
    now = QueueNow(NOW, waiting, desks, {"A": FIVE_MINUTES})
    alone = estimate.estimate_wait(BRANCH, now, "A", "regular")
    regulars = estimate.estimate_wait(BRANCH, now, "A", "regular", {("A", "regular"): 1 / 300})
    overtaken = estimate.estimate_wait(BRANCH, now, "A", "regular", {("A", "elderly"): 1 / 300})
    assert alone.seconds == regulars.seconds
    assert overtaken.seconds > alone.seconds + 2 * 300, (alone, overtaken)
    elderly = estimate.estimate_wait(BRANCH, now, "A", "elderly", {("A", "elderly"): 1 / 300})
    assert elderly.seconds < 60, "an elderly customer is called next: later elderly customers come after"


def test_with_no_counter_open_the_configured_ones_are_assumed_and_with_none_the_configured_minutes():
    closed = tuple(Desk(Counter(c.number, c.services, CounterMode.CLOSED)) for c in BRANCH.counters)
    waiting = tuple(Waiting(i, "C", "regular", NOW - timedelta(minutes=i)) for i in range(1, 4))
    now = QueueNow(NOW, waiting, closed, {"C": ServiceTime.from_mean(1200.0, 0.3)})
    told = estimate.estimate_wait(BRANCH, now, "C", "regular")  # C: counter 4 only, assumed open
    assert told.ahead == 3 and 50 <= told.minutes <= 70, told
    no_counter = replace(BRANCH, counters=tuple(c for c in BRANCH.counters if "C" not in c.services))
    fallback = estimate.estimate_wait(no_counter, now, "C", "regular")
    assert fallback.seconds == 3 * BRANCH.service("C").minutes * 60


def test_fewer_runs_for_a_long_queue():
    rules = BRANCH.estimates
    assert estimate.runs_for(rules, 10, 4) == rules.runs
    assert estimate.runs_for(rules, 200, 10) * 201 * 10 <= estimate.SIMULATED_LOOKS
    assert estimate.runs_for(rules, 200, 40) == estimate.runs_for(rules, 5000) == estimate.FEWEST_RUNS
    assert estimate.seed_for("A", "regular", NOW, 3) == estimate.seed_for("A", "regular", NOW, 3)
    assert estimate.seed_for("A", "regular", NOW, 3) != estimate.seed_for("A", "regular", NOW, 4)

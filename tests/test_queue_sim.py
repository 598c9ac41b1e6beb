"""The queue simulation (kiosk.core.queue_sim) and log-normal service times (kiosk.core.service_times):
the real policy's order, the time left on busy counters, and a skewed distribution's mean."""
from __future__ import annotations

import math
import random
from datetime import timedelta

import pytest

from kiosk.core.config import default_branch, default_toml, parse_branch
from kiosk.core.models import Counter, CounterMode
from kiosk.core.queue_sim import Desk, QueueNow, Waiting, forecast_wait, play, predicted_waits
from kiosk.core.service_times import ServiceTime
from tests.conftest import branch_time

NOW = branch_time(10)
BRANCH = parse_branch(default_toml().replace("head_start = 30", "head_start_seconds = 90", 1))  # elderly
ONE_MINUTE = ServiceTime(math.log(60.0), 1e-9)  # every service takes 60 s
DESK_1 = Counter(1, ("A", "B"), CounterMode.NORMAL)


def waiting(tid: int, waited_s: float, priority: str = "regular", service: str = "A") -> Waiting:
    return Waiting(tid, service, priority, NOW - timedelta(seconds=waited_s))


ONE_DESK = (Desk(DESK_1),)


def queue(*tickets: Waiting, desks=ONE_DESK) -> QueueNow:
    return QueueNow(NOW, tuple(tickets), tuple(desks), {"A": ONE_MINUTE, "B": ONE_MINUTE}, ONE_MINUTE)


def test_one_counter_calls_in_the_policys_order_one_service_apart():
    calls = play(BRANCH, queue(waiting(1, 100), waiting(2, 50, "elderly"), waiting(3, 20)))
    # elderly: 50 + 90 > 100; then ticket 1, then 3, each a minute after the one before
    assert [tid for tid, _ in sorted(calls.items(), key=lambda kv: kv[1])] == [2, 1, 3]
    assert (calls[2], calls[1], calls[3]) == (NOW, NOW + timedelta(seconds=60), NOW + timedelta(seconds=120))


def test_a_busy_counter_is_free_only_after_the_time_left_on_its_ticket():
    busy = Desk(DESK_1, "A", NOW - timedelta(seconds=20))
    calls = play(BRANCH, queue(waiting(1, 0), desks=(busy,)))
    assert calls[1] - NOW == pytest.approx(timedelta(seconds=40), abs=timedelta(seconds=1))


def test_a_ticket_no_open_counter_may_call_has_no_forecast():
    love = Desk(Counter(2, ("A",), CounterMode.LOVE))
    assert forecast_wait(BRANCH, queue(desks=(love,)), waiting(9, 0)) is None
    closed = Desk(Counter(3, ("A",), CounterMode.CLOSED))
    assert predicted_waits(BRANCH, queue(waiting(1, 0), desks=(closed,))) == {}


def test_forecast_of_a_new_ticket_counts_everyone_ahead_and_says_a_range_when_unsure():
    tickets = [waiting(i, 300 - i) for i in range(1, 21)]  # 20 regular ahead, two counters
    two = (Desk(DESK_1), Desk(Counter(2, ("A",), CounterMode.NORMAL)))
    sure = forecast_wait(BRANCH, queue(*tickets, desks=two), waiting(99, 0))
    assert sure.point_s == pytest.approx(600, abs=1)  # 20 x 60 s / 2 counters
    assert sure.minutes == 10 and sure.range_minutes() is None
    spread = QueueNow(NOW, tuple(tickets), two, {"A": ServiceTime.from_mean(60.0, 1.2)})
    unsure = forecast_wait(BRANCH, spread, waiting(99, 0), runs=60, seed=1)
    low, high = unsure.range_minutes(min_spread_minutes=2)
    assert low <= unsure.point_s / 60 <= high and high - low >= 2


def test_log_normal_fit_keeps_the_mean_a_median_would_lose():
    rng = random.Random(7)
    truth = ServiceTime.from_mean(177.0, 0.9)
    seen = [truth.sample(rng) for _ in range(4000)]
    fitted = ServiceTime.fit(seen, default_mean_s=300)
    assert fitted.mean == pytest.approx(177, rel=0.08)
    assert fitted.median < 0.75 * fitted.mean  # skewed: the median alone promises too little
    assert ServiceTime.fit(seen[:3], default_mean_s=300).mean == pytest.approx(300)  # too few: the default


def test_time_left_grows_with_time_already_spent_on_a_skewed_service():
    t = ServiceTime.from_mean(180.0, 1.0)
    assert t.mean_left(0) == pytest.approx(180)
    assert t.mean_left(600) > t.mean_left(60) > 0
    rng = random.Random(3)
    draws = [t.sample_left(300, rng) for _ in range(3000)]
    assert sum(draws) / len(draws) == pytest.approx(t.mean_left(300), rel=0.15)


def test_the_default_branch_simulates_its_own_queue():
    branch = default_branch()
    desks = tuple(Desk(Counter(c.number, c.services, CounterMode.NORMAL)) for c in branch.counters)
    now = QueueNow(NOW, tuple(waiting(i, 60, service=s) for i, s in enumerate("ABCDEF", 1)), desks)
    assert set(predicted_waits(branch, now)) == {1, 2, 3, 4, 5, 6}

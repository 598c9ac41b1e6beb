"""Surge alerts in the core (kiosk.core.surge): the predicted p90 wait of each service from the live queue
against its target, and the fewest closed or paused counters to open, said in each language."""
from __future__ import annotations

import math
from dataclasses import replace
from datetime import timedelta
from types import MappingProxyType

from kiosk.core.config import default_branch
from kiosk.core.models import Counter, CounterMode
from kiosk.core.operations_rules import SurgeRules
from kiosk.core.queue_sim import Desk, QueueNow, Waiting
from kiosk.core.service_times import ServiceTime
from kiosk.core.surge import SurgeAlert, check_surge, p90
from tests.conftest import branch_time

NOW = branch_time(10)
FIVE_MIN = ServiceTime.from_mean(300.0)  # the mean run serves every ticket in exactly its mean


def queue(waiting: dict[str, int], open_counters: dict[int, CounterMode], branch=None) -> QueueNow:
    """`waiting[service]` tickets, all issued now; the default branch's counters (1: A,B  2: A,E  3: B,A
    4: C,D  5: F,A), open in the mode given, the others closed; every service takes 5 minutes."""
    branch = branch or default_branch()
    tickets = [Waiting(len(w) + i + 1, service, "regular", NOW)
               for w in [[]] for service, n in waiting.items() for i in range(n)]
    tickets = [replace(t, id=i + 1) for i, t in enumerate(tickets)]
    desks = tuple(Desk(Counter(c.number, c.services, open_counters.get(c.number, CounterMode.CLOSED)))
                  for c in branch.counters)
    return QueueNow(NOW, tuple(tickets), desks, {s.code: FIVE_MIN for s in branch.services})


def test_a_queue_over_the_target_asks_for_the_fewest_counters_that_bring_it_under():
    branch = default_branch()  # target: the p90 wait 20 min
    # 12 at one counter, 5 min each: waits 0, 5 ... 55 min, p90 49.5 min. Two more counters (those that
    # serve A, by number: 2 and 3) give waits 0 0 0 5 5 5 ... 15: p90 15 min; one more gives 24.5.
    check = check_surge(branch, queue({"A": 12}, {1: CounterMode.NORMAL}))
    [alert] = check.alerts
    assert (alert.service, alert.waiting, alert.p90_s, alert.target_s) == ("A", 12, 49.5 * 60, 1200)
    assert (alert.more_counters, alert.counters) == (2, (2, 3))
    assert alert.text("en") == "A: 12 waiting, about 50 min: open 2 more counters for A"
    assert alert.text("zh_CN") == "A：12 人等候，约 50 分钟：请为 A 加开 2 个窗口"
    assert alert.text("zh_TW") == "A：12 人等候，約 50 分鐘：請為 A 加開 2 個櫃檯"
    assert alert.details() == {"service": "A", "waiting": 12, "p90_s": 2970, "target_s": 1200,
                               "more_counters": 2}
    assert "A" not in check.cleared and "B" in check.cleared


def test_one_more_counter_is_said_in_the_singular_and_a_paused_counter_counts_as_spare():
    branch = default_branch()
    # 7 at one counter: waits 0..30, p90 27 min; counter 2 paused (on a break) and 3 closed: one more does
    check = check_surge(branch, queue({"A": 7}, {1: CounterMode.NORMAL, 2: CounterMode.PAUSED}))
    [alert] = check.alerts
    assert alert.counters == (2,)
    assert alert.text("en") == "A: 7 waiting, about 27 min: open 1 more counter for A"


def test_under_the_target_no_alert_and_the_service_counts_as_cleared():
    opened = {1: CounterMode.NORMAL, 3: CounterMode.NORMAL}
    check = check_surge(default_branch(), queue({"A": 4, "B": 2}, opened))
    assert check.alerts == ()
    assert {"A", "B", "C"} <= set(check.cleared)
    assert check.p90_s["A"] < 20 * 60


def test_just_under_the_target_after_an_alert_is_not_yet_cleared():
    """Between 90% of the target and the target: no alert shown, but a logged alert does not end yet."""
    branch = replace(default_branch(), surge=SurgeRules(target_p90_minutes=26))
    check = check_surge(branch, queue({"A": 7}, {1: CounterMode.NORMAL}))  # p90 27 min, just over 26
    assert [a.service for a in check.alerts] == ["A"]
    branch = replace(default_branch(), surge=SurgeRules(target_p90_minutes=28))  # 27 < 28, but > 25.2
    check = check_surge(branch, queue({"A": 7}, {1: CounterMode.NORMAL}))
    assert check.alerts == () and "A" not in check.cleared


def test_every_counter_open_already_says_no_counter_is_left():
    opened = {n: CounterMode.NORMAL for n in range(1, 6)}
    check = check_surge(default_branch(), queue({"A": 40}, opened))
    [alert] = check.alerts
    assert alert.more_counters == 0 and alert.counters == ()
    assert alert.text("en").endswith(": no counter left to open")
    assert alert.text("zh_CN").endswith("：已无可加开的窗口")
    assert alert.text("zh_TW").endswith("：已無可加開的櫃檯")


def test_too_few_spare_counters_asks_for_all_of_them():
    check = check_surge(default_branch(), queue({"A": 60}, {1: CounterMode.NORMAL}))
    [alert] = check.alerts
    assert alert.counters == (2, 3, 5, 4), "those that serve A first, then the others"
    assert alert.p90_s > 20 * 60 * 2, "even all of them would not be enough: the advice is all of them"


def test_nobody_open_for_a_service_is_an_alert_without_a_wait():
    """Only counter 4 (C, D) is open: the A tickets would never be called."""
    check = check_surge(default_branch(), queue({"A": 3}, {4: CounterMode.NORMAL}))
    [alert] = check.alerts
    assert alert.p90_s is None and alert.minutes is None and alert.counters == (1,)
    assert alert.text("en") == "A: 3 waiting, no open counter serves A: open 1 more counter for A"
    assert alert.text("zh_CN") == "A：3 人等候，没有开放的窗口办理 A：请为 A 加开 1 个窗口"
    assert alert.details()["p90_s"] is None


def test_a_love_window_does_not_serve_regular_customers():
    check = check_surge(default_branch(), queue({"A": 2}, {1: CounterMode.LOVE}))
    [alert] = check.alerts
    assert alert.p90_s is None and alert.counters == (2,)


def test_a_service_target_of_its_own_and_the_time_already_waited():
    branch = replace(default_branch(), surge=SurgeRules(targets=MappingProxyType({"B": 5})))
    now = queue({"B": 1}, {3: CounterMode.NORMAL})
    assert check_surge(branch, now).alerts == ()
    waited = replace(now, waiting=(replace(now.waiting[0], issued_at=NOW - timedelta(minutes=6)),))
    [alert] = check_surge(branch, waited).alerts
    assert (alert.service, alert.target_s, alert.p90_s) == ("B", 300, 360)
    assert alert.more_counters == 0, "the wait is already waited: B is called at once"
    assert alert.text("en") == "B: 1 waiting, about 6 min: more counters would not shorten it"
    assert alert.text("zh_CN") == "B：1 人等候，约 6 分钟：加开窗口也不能缩短等候"


def test_a_language_without_words_of_its_own_reads_its_screens_or_english():
    alert = SurgeAlert("A", 3, 1800.0, 1200.0, 2)
    assert alert.text("zh_HK") == alert.text("zh_TW")
    assert alert.text("fr") == alert.text("en") == "A: 3 waiting, about 30 min: open 2 more counters for A"


def test_p90_of_waits_with_tickets_never_called():
    assert p90([]) == 0.0
    assert p90([60.0] * 10 + [math.inf]) == 60.0, "the 90th percentile falls just before the one never called"
    assert p90([60.0] * 9 + [math.inf]) is None, "between a wait and for ever"
    assert p90([0.0, 600.0]) == 540.0

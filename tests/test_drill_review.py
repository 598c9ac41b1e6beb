"""A drill's plan (Poisson arrivals at the configured rate and mix, the script at its pace) and its evaluation
from the store (waits, help, assistance, love window, counters opened after surge alerts), on both engines."""
from __future__ import annotations

from collections import Counter
from datetime import timedelta
from types import MappingProxyType

import pytest

from kiosk.core.drill_plan import DrillPlan, read_plan, surge_arrivals
from kiosk.core.drill_review import (
    COUNTER_OPENED,
    LOVE_WINDOW,
    MET,
    MISSED,
    NO_ALERT,
    NOT_ISSUED,
    WAIT_P90,
    DrillNotes,
)
from kiosk.core.drills import Drill
from kiosk.core.errors import QueueError
from kiosk.core.models import CounterMode
from kiosk.core.operations_rules import DrillRules
from kiosk.store.care import answer_help, record_assistance
from tests.conftest import branch_time


@pytest.fixture
def branch(db_target, open_store, clock):
    return open_store(db_target, init=True, clock=clock)


def alert(store, at, service="A", waiting=12, more=2, p90_s=1500.0):
    """A surge alert as the surge watch logs it (p90_s None: no open counter serves the service)."""
    with store.conn.errors(), store.conn.write():
        store._event(at, "surge_alert", None, None, {"service": service, "waiting": waiting, "p90_s": p90_s,
                                                     "target_s": 1200.0, "more_counters": more})


def test_surge_arrivals_come_at_the_configured_rate_and_mix():
    rules = DrillRules(surge_rate_per_hour=600, surge_minutes=600,
                       surge_mix=MappingProxyType({"A": 3, "B": 1}),
                       class_mix=MappingProxyType({"regular": 0.9, "elderly": 0.1}))
    start = branch_time(9)
    arrivals = surge_arrivals(rules, start, seed=11)
    assert abs(len(arrivals) - 6000) < 3 * 6000 ** 0.5  # Poisson: 6000 expected, sd about 77
    assert all(start < a.at <= start + timedelta(minutes=600) for a in arrivals)
    assert [a.at for a in arrivals] == sorted(a.at for a in arrivals)
    services, classes = Counter(a.service for a in arrivals), Counter(a.priority for a in arrivals)
    assert services["A"] / len(arrivals) == pytest.approx(0.75, abs=0.02)
    assert classes["elderly"] / len(arrivals) == pytest.approx(0.1, abs=0.015)
    gaps = [(b.at - a.at).total_seconds() for a, b in zip(arrivals, arrivals[1:], strict=False)]
    assert sum(gaps) / len(gaps) == pytest.approx(6.0, rel=0.05), "a mean gap of 3600/600 s"
    assert surge_arrivals(rules, start, seed=11) == arrivals, "the same seed, the same customers"
    assert surge_arrivals(rules, start, seed=12) != arrivals


def test_a_plan_is_stored_in_the_drills_words_and_read_back(clock):
    from kiosk.core.config import default_branch

    rules = default_branch().drills
    special = DrillPlan("special", rules, every_seconds=45)
    stored = special.to_json()
    assert set(stored) == {"script", "every_seconds", "help_answer_seconds", "love_window_minutes",
                           "counters_open_minutes", "wait_target_minutes"}
    drill = Drill(1, "special", clock.now(), "9001", stored)
    again = read_plan(drill, rules)
    assert again == special
    times = [a.at for a in again.arrivals(clock.now())]
    assert times == [clock.now() + timedelta(seconds=45 * i) for i in range(len(rules.script))]
    assert [a.role for a in again.arrivals(clock.now())] == ["wheelchair", "hearing", "unwell_elderly",
                                                            "green_channel"]
    by_hand = Drill(2, "special", clock.now(), "9001", {"script": ["wheelchair"], "every_seconds": "soon"})
    assert read_plan(by_hand, rules) == DrillPlan("special", rules), "unreadable: the branch's rules instead"


def test_a_plan_that_would_feed_nobody_is_refused():
    from kiosk.core.config import default_branch

    branch = default_branch()
    services, classes = {s.code for s in branch.services}, {p.code for p in branch.priority_classes}
    with pytest.raises(QueueError) as empty:
        DrillPlan("special", DrillRules(script=())).checked(services, classes)
    assert empty.value.reason == "empty_drill_script"
    for mix in ({"A": 0}, {}):
        with pytest.raises(QueueError) as zero:
            DrillPlan("surge", DrillRules(surge_mix=MappingProxyType(mix))).checked(services, classes)
        assert zero.value.reason == "empty_drill_mix"
    gone = DrillRules(surge_mix=MappingProxyType({"Q": 1}))  # a service since taken out of the configuration
    with pytest.raises(QueueError) as unknown:
        DrillPlan("surge", gone).checked(services, classes)
    assert unknown.value.reason == "bad_drill_plan" and "unknown code 'Q'" in str(unknown.value)


def test_the_notes_keep_their_two_parts():
    notes = DrillNotes("引导及时", "增配轮椅")
    assert DrillNotes.read(notes.text) == notes
    assert DrillNotes.read("written on the command line") == DrillNotes("written on the command line", "")
    assert DrillNotes("", "only this").text.startswith("[完善预案")
    assert DrillNotes.read(DrillNotes("", "only this").text) == DrillNotes("", "only this")


def test_a_special_drill_judged_from_the_store(branch, clock):
    rules = branch.branch.drills
    drill = branch.start_drill("special", DrillPlan("special", rules).to_json())
    start = drill.started_at
    customer = branch.issue_ticket("A")  # a real customer meanwhile: never in the drill's figures
    tickets = []
    for i, c in enumerate(rules.script[:3]):  # the green-channel customer is never issued
        at = start + timedelta(minutes=i)
        t = branch.issue_drill_ticket(c.service, c.priority, needs=c.needs, at=at).ticket
        tickets.append(t)
        if c.help:
            branch.request_help("call_staff", t.id, at=at)
    requests = {r["ticket_id"]: r["id"] for r in branch.open_help_requests()}
    answer_help(branch, requests[tickets[0].id], at=start + timedelta(seconds=40))
    branch.open_counter(1, at=start + timedelta(minutes=3))
    clock.set(start + timedelta(minutes=4))
    branch.call_next(1)  # the first drill customer in the policy's order
    called = branch.ticket_by_id(branch.counters()[0].current_ticket_id)
    record_assistance(branch, "wheelchair", called.id, 1)
    branch.start(1)
    branch.finish(1)
    branch.open_counter(3, mode=CounterMode.LOVE, at=start + timedelta(minutes=7))  # 7 min: late
    progress = branch.drill_progress(drill.id)
    assert (progress.issued, progress.waiting, progress.called, progress.served, progress.help_open) == (
        3, 2, 1, 1, 1)
    assert {label for label, _ in progress.waiting_tickets} == {t.label for t in tickets} - {called.label}
    clock.set(start + timedelta(minutes=10))
    branch.end_drill(DrillNotes("s", "i").text)
    review = branch.drill_review(drill.id)
    assert (review.planned, review.issued, review.called, review.served, review.waiting) == (4, 3, 1, 1, 2)
    assert customer.ticket.id not in {t.id for t in tickets}
    by_check = [(c.check, c.ticket, c.verdict, c.value_s) for c in review.checks]
    waits = sorted([4 * 60.0 - (called.issued_at - start).total_seconds()]
                   + [600.0 - (t.issued_at - start).total_seconds() for t in tickets if t.id != called.id])
    assert review.waits.p90 == waits[-1] and review.max_wait_s == waits[-1] and review.not_called == 2
    assert by_check[0] == (WAIT_P90, "", MET, waits[-1])
    assert ("help", "A9001", MET, 40.0) in by_check  # the wheelchair user: answered in 40 s
    assert ("help", "B9001", MISSED, None) in by_check  # the unwell elderly customer: never answered
    assert ("assistance", called.label, MET, None) in by_check
    assert (NOT_ISSUED, "", "not_judged", None) in by_check
    love = next(c for c in review.checks if c.check == LOVE_WINDOW)
    assert (love.verdict, love.value_s, love.target_s) == (MISSED, 7 * 60.0, 5 * 60.0)
    assert review.notes == DrillNotes("s", "i")


def test_counters_opened_after_each_surge_alert(branch, clock):
    start = clock.now()
    branch.open_counter(1, at=start)  # open before: not an answer to the alert
    drill = branch.start_drill("surge", DrillPlan("surge", branch.branch.drills).to_json())
    branch.issue_drill_ticket("A", at=start + timedelta(minutes=1))
    alert(branch, start + timedelta(minutes=2), "A", 14, 2)
    branch.open_counter(4, ("C", "D"), at=start + timedelta(minutes=3))  # does not serve A
    branch.open_counter(2, at=start + timedelta(minutes=8))  # serves A: 6 min after the alert
    alert(branch, start + timedelta(minutes=9), "B", 9, 1, p90_s=None)  # no counter for B; nobody opens one
    alert(branch, start + timedelta(minutes=10), "A", 20, 1)
    branch.open_counter(4, ("C", "A"), at=start + timedelta(minutes=21))  # counter 4 now calls A: 11 min
    clock.set(start + timedelta(minutes=25))
    review = branch.drill_review(drill.id)
    opened = [(c.service, c.verdict, c.value_s, c.waiting, c.more_counters) for c in review.checks
              if c.check == COUNTER_OPENED]
    assert opened == [("A", MET, 360.0, 14, 2), ("B", MISSED, None, 9, 1), ("A", MISSED, 660.0, 20, 1)]
    assert review.drill.running and review.until == clock.now(), "judged as of now while it runs"
    assert branch.drill_progress(drill.id).alerts == 3


def test_a_surge_drill_without_alerts_says_so_and_a_love_window_already_open_counts(branch, clock):
    branch.open_counter(3, mode=CounterMode.LOVE)
    drill = branch.start_drill("surge", {})
    checks = {c.check: c for c in branch.drill_review(drill.id).checks}
    assert checks[NO_ALERT].verdict == "not_judged" and checks[WAIT_P90].verdict == "not_judged"
    branch.end_drill()
    special = branch.start_drill("special", {})  # a plan from the command line: the branch's script
    branch.issue_drill_ticket("A", "disability", needs=("wheelchair",))
    love = next(c for c in branch.drill_review(special.id).checks if c.check == LOVE_WINDOW)
    assert (love.verdict, love.value_s) == (MET, 0.0), "a love window already open when they came"

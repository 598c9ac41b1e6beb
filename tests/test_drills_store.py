"""Drills in the store (kiosk.store.drills): one at a time, managers only, their tickets numbered apart
from the customers' and marked, on both engines."""
from __future__ import annotations

import pytest

from kiosk.core.errors import QueueError
from kiosk.core.staff import NotAllowed, Role


@pytest.fixture
def branch(db_target, open_store, clock):
    return open_store(db_target, init=True, clock=clock)


def test_drill_tickets_are_numbered_apart_and_customers_keep_their_numbers(branch, clock):
    assert branch.issue_ticket("A").ticket.label == "A001"
    with pytest.raises(QueueError) as refused:
        branch.issue_drill_ticket("A")
    assert refused.value.reason == "no_drill"
    drill = branch.start_drill("surge", {"rate_per_hour": 60})
    first = branch.issue_drill_ticket("A", "elderly", needs=("wheelchair",))
    assert (first.ticket.label, first.ticket.drill_id) == ("A9001", drill.id)
    assert branch.issue_ticket("A").ticket.label == "A002", "a drill never takes a customer's number"
    assert branch.issue_drill_ticket("A").ticket.label == "A9002"
    assert branch.ticket("A9001").drill_id == drill.id and branch.ticket("A002").drill_id is None
    assert branch.ticket("A002").eta_s is not None, "the wait told at issue is kept, to grade it later"
    with pytest.raises(QueueError) as twice:
        branch.start_drill("special")
    assert twice.value.reason == "drill_running"
    ended = branch.end_drill("总结: 分流及时; 完善预案: 加开窗口更快")
    assert not ended.running and ended.notes.startswith("总结") and branch.running_drill() is None
    assert [d.id for d in branch.drills()] == [drill.id]


def test_only_a_manager_starts_a_drill_and_notes_stay_out_of_events(branch, db_target):
    branch.sign_in_as("2001", Role.TELLER, counter=1)
    with pytest.raises(NotAllowed):
        branch.start_drill("surge")
    branch.sign_in_as("9001", Role.MANAGER)
    drill = branch.start_drill("special", {"script": ["wheelchair"]})
    branch.save_drill_notes(drill.id, "private words")
    from tests.engines import rows
    details = [d for (d,) in rows(db_target, "SELECT details FROM events WHERE action LIKE 'drill%'")]
    assert len(details) == 2 and not any("private" in d for d in details)
    with pytest.raises(QueueError) as bad:
        branch.start_drill("fire")
    assert bad.value.reason == "bad_drill_kind"


def test_a_day_past_the_drill_numbers_goes_on_without_a_clash(branch, clock):
    """A load test's 9,000th customer of a service meets the drill range: numbers stay unique."""
    branch.start_drill("surge")
    assert branch.issue_drill_ticket("A").ticket.label == "A9001"
    last = branch.issue_ticket("A").ticket.id
    with branch.conn.write() as db:  # the day's customers up to 9000, as a load test would leave them
        db.execute("UPDATE tickets SET number = 9000, label = 'A9000' WHERE id = ?", [last])
    labels = [branch.issue_ticket("A").ticket.label, branch.issue_drill_ticket("A").ticket.label,
              branch.issue_ticket("A").ticket.label]
    assert labels == ["A9002", "A9003", "A9004"]

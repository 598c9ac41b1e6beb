"""The calling policy, ticket lifecycle and wait estimates, on pure domain objects."""
from datetime import timedelta

import pytest

from kiosk.core.config import default_branch, default_toml, parse_branch
from kiosk.core.errors import CounterUnavailable, IllegalTransition
from kiosk.core.estimate import ahead_cutoffs
from kiosk.core.models import Action, Counter, CounterMode, Ticket, TicketStatus, format_label, next_status
from kiosk.core.policy import choose_next, explain
from tests.conftest import branch_time

BRANCH = default_branch()
NOW = branch_time(11)
DESK = Counter(1, ("A", "B"), CounterMode.NORMAL)
LOVE = Counter(2, ("A", "B"), CounterMode.LOVE)


def ticket(tid: int, priority: str, waited: float, service: str = "A") -> Ticket:
    return Ticket(tid, f"{service}{tid:03d}", service, priority, TicketStatus.WAITING, "2026-11-23",
                  NOW - timedelta(minutes=waited))


def pick(*tickets, counter=DESK):
    choice = choose_next(tickets, counter, BRANCH, NOW)
    return None if choice is None else choice.ticket.id


def test_head_start_beats_a_shorter_lead():
    assert pick(ticket(1, "regular", 25), ticket(2, "elderly", 0)) == 2
    assert pick(ticket(1, "regular", 31), ticket(2, "elderly", 0)) == 1


def test_reason_is_one_explaining_line():
    choice = choose_next([ticket(1, "elderly", 12.5)], DESK, BRANCH, NOW)
    assert choice.reason == "elderly, waited 12 min + 30 head start"
    assert choice.score == 12.5 * 60 + 30 * 60  # seconds


def test_ticket_past_max_wait_outranks_every_class_but_green_channel():
    overdue = ticket(1, "regular", 41)
    assert pick(overdue, ticket(2, "vip", 39), ticket(3, "elderly", 39)) == 1  # 41 < 69, still first
    assert pick(overdue, ticket(2, "green_channel", 0)) == 2  # 60 > 41
    assert pick(ticket(1, "regular", 70), ticket(2, "green_channel", 0)) == 1  # 70 > 60
    choice = choose_next([overdue], DESK, BRANCH, NOW)
    assert choice.reason.endswith("past the 40 min maximum wait")


def test_counter_prefers_its_first_service_on_equal_scores_then_earlier_ticket():
    b_first = Counter(3, ("B", "A"), CounterMode.NORMAL)
    a, b = ticket(1, "regular", 10.2, "A"), ticket(2, "regular", 10.205, "B")  # the same second
    assert pick(a, b) == 1
    assert pick(a, b, counter=b_first) == 2
    earlier, later = ticket(5, "regular", 10.9), ticket(4, "regular", 10.1)
    assert pick(later, earlier) == 5


def test_love_window_calls_priority_classes_only():
    assert pick(ticket(1, "regular", 39), counter=LOVE) is None
    assert pick(ticket(1, "regular", 90), ticket(2, "pregnant", 0), counter=LOVE) == 2
    assert pick(ticket(1, "vip", 5), ticket(2, "appointment", 5), counter=LOVE) is None


def test_counter_only_calls_its_own_services():
    assert pick(ticket(1, "green_channel", 30, "C")) is None


@pytest.mark.parametrize("mode", [CounterMode.CLOSED, CounterMode.PAUSED])
def test_closed_or_paused_counter_cannot_call(mode):
    with pytest.raises(CounterUnavailable, match=f"counter 1 is {mode.value}"):
        choose_next([ticket(1, "regular", 1)], Counter(1, ("A",), mode), BRANCH, NOW)


def test_illegal_transitions_raise_clear_errors():
    assert next_status("A001", TicketStatus.WAITING, Action.CALL) == TicketStatus.CALLED
    assert next_status("A001", TicketStatus.SERVING, Action.TRANSFER) == TicketStatus.WAITING
    with pytest.raises(IllegalTransition, match="cannot finish ticket A001: it is waiting"):
        next_status("A001", TicketStatus.WAITING, Action.FINISH)
    with pytest.raises(IllegalTransition, match="cannot no-show ticket A001: it is done"):
        next_status("A001", TicketStatus.DONE, Action.NO_SHOW)


def test_labels_pad_to_three_digits_and_grow():
    assert format_label("A", 7) == "A007"
    assert format_label("B", 1234) == "B1234"


def test_ahead_cutoffs_follow_the_head_starts():
    regular = ahead_cutoffs(BRANCH, "regular", NOW)
    assert all(v is None for v in regular.values())  # everyone waiting is ahead of a new regular
    elderly = ahead_cutoffs(BRANCH, "elderly", NOW)
    assert elderly["regular"] == NOW - timedelta(minutes=30)
    assert elderly["vip"] == NOW - timedelta(minutes=15)
    assert elderly["pregnant"] is None and elderly["green_channel"] is None
    green = ahead_cutoffs(BRANCH, "green_channel", NOW)
    assert green["regular"] == NOW - timedelta(minutes=60)


def test_a_90_second_head_start_counts_in_seconds():
    """The real system's rule (Anonymous Bank): priority customers get 90 s, not a whole minute."""
    text = default_toml().replace("head_start = 30", "head_start_seconds = 90", 1)
    branch = parse_branch(text)
    elderly = next(p.code for p in branch.priority_classes if p.head_start_s == 90)
    regular_2min, elderly_1min = ticket(1, "regular", 2.0), ticket(2, elderly, 1.0)
    assert choose_next([regular_2min, elderly_1min], DESK, branch, NOW).ticket.id == 2  # 60 + 90 > 120
    regular_3min = ticket(3, "regular", 3.0)
    choice = choose_next([regular_3min, elderly_1min], DESK, branch, NOW)
    assert choice.ticket.id == 3  # 180 > 150
    assert explain(elderly_1min, branch, NOW) == f"{elderly}, waited 1 min + 1.5 head start"


def test_fractional_minutes_and_seconds_are_the_same_rule():
    as_minutes = parse_branch(default_toml().replace("max_wait_minutes = 40", "max_wait_minutes = 1.5"))
    as_seconds = parse_branch(default_toml().replace("max_wait_minutes = 40", "max_wait_seconds = 90"))
    assert as_minutes.max_wait_s == as_seconds.max_wait_s == 90
    late = ticket(1, "regular", 1.6)
    assert explain(late, as_seconds, NOW) == ("regular, waited 1 min + 0 head start, "
                                              "past the 1.5 min maximum wait")

"""The calling policy: which waiting ticket a counter calls next, and why, in one sentence.

score = seconds waited + the head start of the ticket's class in seconds (a head start may be 90 s).
A ticket past the branch's maximum wait outranks every ticket that is not (only the green channel competes
with it, by score). A love window calls only the classes marked for it; a quick counter only the
quick services among its own (or every quick service, when it has none of them). On equal scores a
counter prefers its first service, then the earlier ticket. A ticket transferred to a counter
is reserved for it: that counter calls it first (it has already waited), whatever its class;
no other counter calls it.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from kiosk.core.clock import minutes_text, whole_minutes
from kiosk.core.config import GREEN_CHANNEL, Branch
from kiosk.core.errors import CounterUnavailable
from kiosk.core.models import Counter, CounterMode, Ticket


class Queued(Protocol):
    """What the policy needs of a waiting ticket (a Ticket, or a lighter row from the store)."""

    id: int
    service: str
    priority: str
    issued_at: datetime
    reserved_counter: int | None
    transferred_from: int | None


@dataclass(frozen=True)
class Choice:
    ticket: Ticket | Queued
    score: int  # seconds: waited + head start
    reason: str
    reserved: bool = False  # sent to this counter by a transfer, so called ahead of the ranking


def callable_classes(branch: Branch, counter: Counter) -> tuple[str, ...]:
    """The classes this counter may call in its current mode."""
    if counter.mode in (CounterMode.CLOSED, CounterMode.PAUSED):
        raise CounterUnavailable(f"counter {counter.number} is {counter.mode.value}; open it first",
                                 reason="counter_not_open", counter=counter.number, mode=counter.mode.value)
    if counter.mode == CounterMode.LOVE:
        return branch.love_class_codes
    return branch.class_codes


def callable_services(branch: Branch, counter: Counter) -> tuple[str, ...]:
    """The services this counter calls, in its order of preference: a quick counter calls the quick ones
    among its services, or every quick service of the branch (in the configured order) when it has none,
    so any counter can be opened as the quick counter."""
    if counter.mode != CounterMode.QUICK:
        return counter.services
    quick = {s.code for s in branch.services if s.quick}
    return tuple(s for s in counter.services if s in quick) or tuple(s.code for s in branch.services
                                                                      if s.quick)


def rank_key(ticket: Queued, counter: Counter, branch: Branch, now: datetime) -> tuple:
    """Sort key, smallest first: (tier, -score, service preference, issue time, id)."""
    return _ranker(counter, branch, now)(ticket)


def _ranker(counter: Counter, branch: Branch, now: datetime) -> Callable[[Queued], tuple]:
    """rank_key for one counter at one moment, with the per-call lookups done once."""
    if now.tzinfo is not None and now.tzinfo is not UTC:
        now = now.astimezone(UTC)  # the same instant: UTC - UTC skips two utcoffset() lookups
    head_start = branch.head_starts_s.get
    max_wait = branch.max_wait_s
    services = callable_services(branch, counter)
    preference = {s: i for i, s in reversed(list(enumerate(services)))}.get  # first index, like .index
    unknown = len(services)

    def key(ticket: Queued) -> tuple:
        issued_at = ticket.issued_at
        waited = int(max((now - issued_at).total_seconds(), 0.0))
        priority = ticket.priority
        tier = 0 if (waited >= max_wait or priority == GREEN_CHANNEL) else 1
        return (tier, -(waited + head_start(priority, 0)), preference(ticket.service, unknown),
                issued_at, ticket.id)

    return key


def choose_next(
    waiting: Iterable[Queued], counter: Counter, branch: Branch, now: datetime
) -> Choice | None:
    """The ticket `counter` should call from `waiting`, with its score and reason, or None when none may
    be called (next_ticket's pick, explained)."""
    picked = next_ticket(waiting, counter, branch, now)
    if picked is None:
        return None
    best, reserved = picked
    waited = _waited_s(best, now)
    score = waited + branch.head_start_s(best.priority)
    if reserved:
        origin = "another counter" if best.transferred_from is None else f"counter {best.transferred_from}"
        return Choice(best, score, f"transferred from {origin}, waited {whole_minutes(waited)} min",
                      reserved=True)
    return Choice(best, score, _explain(best, branch, waited))


def next_ticket(
    waiting: Iterable[Queued], counter: Counter, branch: Branch, now: datetime
) -> tuple[Ticket | Queued, bool] | None:
    """The ticket `counter` calls from `waiting` and whether it was reserved for it, or None. The queue
    simulation asks this thousands of times per estimate: no reason is worded here.

    `waiting` may be every waiting ticket or only the head of each (service, class) group:
    within a group the oldest ticket always ranks first, so the answer is the same (the heads
    of unreserved tickets, plus the oldest ticket reserved for this counter).
    """
    allowed = set(callable_classes(branch, counter))
    services, number = callable_services(branch, counter), counter.number
    eligible, reserved = [], []
    for t in waiting:
        if t.reserved_counter is None:
            if t.service in services and t.priority in allowed:
                eligible.append(t)
        elif t.reserved_counter == number:
            reserved.append(t)
    if reserved:  # sent here on purpose, after waiting once: before the counter's own ranking
        return min(reserved, key=lambda t: (t.issued_at, t.id)), True
    if not eligible:
        return None
    return min(eligible, key=_ranker(counter, branch, now)), False


def _waited_s(ticket: Queued, now: datetime) -> int:
    return int(max((now - ticket.issued_at).total_seconds(), 0.0))


def explain(ticket: Queued, branch: Branch, now: datetime) -> str:
    """One line: "elderly, waited 12 min + 30 head start" (or "+ 1.5 head start" for 90 s)."""
    return _explain(ticket, branch, _waited_s(ticket, now))


def _explain(ticket: Queued, branch: Branch, waited_s: int) -> str:
    text = (f"{ticket.priority}, waited {whole_minutes(waited_s)} min + "
            f"{minutes_text(branch.head_start_s(ticket.priority))} head start")
    if waited_s >= branch.max_wait_s:
        text += f", past the {minutes_text(branch.max_wait_s)} min maximum wait"
    return text

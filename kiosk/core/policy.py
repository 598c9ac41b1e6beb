"""The calling policy: which waiting ticket a counter calls next, and why, in one sentence.

score = whole minutes waited + the head start of the ticket's class. A ticket past the
branch's maximum wait outranks every ticket that is not (only the green channel competes
with it, by score). A love window calls only the classes marked for it. On equal scores a
counter prefers its first service, then the earlier ticket.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from kiosk.core.clock import whole_minutes
from kiosk.core.config import GREEN_CHANNEL, Branch
from kiosk.core.errors import CounterUnavailable
from kiosk.core.models import Counter, CounterMode, Ticket


class Queued(Protocol):
    """What the policy needs of a waiting ticket (a Ticket, or a lighter row from the store)."""

    id: int
    service: str
    priority: str
    issued_at: datetime


@dataclass(frozen=True)
class Choice:
    ticket: Ticket | Queued
    score: int
    reason: str


def callable_classes(branch: Branch, counter: Counter) -> tuple[str, ...]:
    """The classes this counter may call in its current mode."""
    if counter.mode in (CounterMode.CLOSED, CounterMode.PAUSED):
        raise CounterUnavailable(f"counter {counter.number} is {counter.mode.value}; open it first")
    if counter.mode == CounterMode.LOVE:
        return tuple(p.code for p in branch.priority_classes if p.love_window)
    return tuple(p.code for p in branch.priority_classes)


def rank_key(ticket: Queued, counter: Counter, branch: Branch, now: datetime) -> tuple:
    """Sort key, smallest first: (tier, -score, service preference, issue time, id)."""
    waited = whole_minutes((now - ticket.issued_at).total_seconds())
    score = waited + branch.head_start(ticket.priority)
    tier = 0 if (waited >= branch.max_wait_minutes or ticket.priority == GREEN_CHANNEL) else 1
    services = counter.services
    preference = services.index(ticket.service) if ticket.service in services else len(services)
    return (tier, -score, preference, ticket.issued_at, ticket.id)


def choose_next(
    waiting: Iterable[Queued], counter: Counter, branch: Branch, now: datetime
) -> Choice | None:
    """The ticket `counter` should call from `waiting`, or None when none may be called.

    `waiting` may be every waiting ticket or only the head of each (service, class) group:
    within a group the oldest ticket always ranks first, so the answer is the same.
    """
    allowed = set(callable_classes(branch, counter))
    eligible = [
        t for t in waiting if t.service in counter.services and t.priority in allowed
    ]
    if not eligible:
        return None
    best = min(eligible, key=lambda t: rank_key(t, counter, branch, now))
    waited = whole_minutes((now - best.issued_at).total_seconds())
    return Choice(best, waited + branch.head_start(best.priority), explain(best, branch, now))


def explain(ticket: Queued, branch: Branch, now: datetime) -> str:
    """One line: "elderly, waited 12 min + 30 head start"."""
    waited = whole_minutes((now - ticket.issued_at).total_seconds())
    text = f"{ticket.priority}, waited {waited} min + {branch.head_start(ticket.priority)} head start"
    if waited >= branch.max_wait_minutes:
        text += f", past the {branch.max_wait_minutes} min maximum wait"
    return text


"""Calling and serving: the next ticket by the policy or one by number, recall, start, finish, no-show,
transfer, reinstate and cancel."""
from __future__ import annotations

import functools
import math
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from kiosk.core import clock, policy
from kiosk.core.config import Branch
from kiosk.core.errors import ClockError, CounterUnavailable, QueueError, UnknownCode
from kiosk.core.models import (
    CALLING_MODES,
    TRANSITIONS,
    Action,
    CounterMode,
    Ticket,
    TicketStatus,
    next_status,
)
from kiosk.store.counters import _still_busy
from kiosk.store.db import StoreError
from kiosk.store.tickets import _TICKET_COLUMNS, _fromtimestamp, _ticket


class _Waiting(NamedTuple):
    """The few columns the policy ranks by: cheap to read for every group head."""

    id: int
    service: str
    priority: str
    issued_at: datetime
    reserved_counter: int | None = None
    transferred_from: int | None = None


# Claim a ticket for a counter: one nobody reserved, or one reserved for this counter (clearing it),
# and not at a time before its last event (a transfer or reinstatement): the ranking passes over those.
_CLAIM = ("UPDATE tickets SET status = 'called', counter = ?, called_at = ?, updated_at = ? "
          "WHERE id = ? AND status = 'waiting' AND updated_at <= ? AND reserved_counter IS NULL "
          f"RETURNING {_TICKET_COLUMNS}")

_CLAIM_RESERVED = ("UPDATE tickets SET status = 'called', counter = ?, called_at = ?, updated_at = ?, "
                   "reserved_counter = NULL WHERE id = ? AND status = 'waiting' AND updated_at <= ? "
                   "AND reserved_counter = ? "
                   f"RETURNING {_TICKET_COLUMNS}")

# The oldest ticket of the day transferred to a counter by a time (the partial index holds only those).
_RESERVED_SQL = ("SELECT id, service, priority, issued_at, reserved_counter, transferred_from FROM tickets "
                 "WHERE reserved_counter = ? AND status = 'waiting' AND business_day = ? AND updated_at <= ? "
                 "ORDER BY issued_at, id LIMIT 1")

# The day before's tickets put back in the queue (reinstated, transferred) since the day turned: customers
# still in the hall, unlike those left waiting at closing. Only that day's few waiting rows are read.
_PUT_BACK_SQL = ("SELECT id, service, priority, issued_at, reserved_counter, transferred_from FROM tickets "
                 "WHERE business_day = ? AND status = 'waiting' AND updated_at >= ? AND updated_at <= ?")


@functools.cache
def _act_sql(action: Action) -> str:
    """Recall, start, finish or no-show the counter's current ticket, if its status allows and
    `ts` is not before its last event: no row returned means refused."""
    allowed_from, to = TRANSITIONS[action]
    also = {Action.RECALL: ", recalls = recalls + 1", Action.START: ", started_at = :ts",
            Action.FINISH: ", finished_at = :ts"}.get(action, "")
    return (f"UPDATE tickets SET status = '{to.value}', updated_at = :ts{also} "
            "WHERE id = (SELECT current_ticket_id FROM counters WHERE number = :counter) "
            f"AND status IN ({', '.join(repr(s.value) for s in sorted(allowed_from))}) "
            f"AND updated_at <= :ts RETURNING {_TICKET_COLUMNS}")


@functools.cache
def _heads_sql(services: int, classes: int) -> str:
    """The oldest unreserved ticket waiting by a time (issued, and its last event, by then), of each
    non-empty (service, class) group of a day among the given services and classes: one index seek per
    group."""
    return (
        "SELECT t.id, t.service, t.priority, t.issued_at FROM waiting_counts w "
        "JOIN tickets t ON t.id = (SELECT id FROM tickets WHERE business_day = w.business_day "
        "AND status = 'waiting' AND service = w.service AND priority = w.priority AND issued_at <= ? "
        "AND updated_at <= ? AND reserved_counter IS NULL ORDER BY issued_at, id LIMIT 1) "
        f"WHERE w.business_day = ? AND w.waiting > 0 AND w.service IN ({', '.join('?' * services)}) "
        f"AND w.priority IN ({', '.join('?' * classes)})"
    )


class Calling:
    """QueueStore's part: every action on a ticket at a counter, each one write transaction and one event."""

    def call_next(self, counter: int, at: datetime | None = None) -> policy.Choice | None:
        """Claim the ticket the policy picks for `counter`; None when nothing may be called.

        The policy ranks a snapshot read without the write lock (so idle consoles and the
        ranking never block other stations); the claim then re-checks, under BEGIN IMMEDIATE,
        that the counter is free and the ticket still waiting, and ranks again if it is not.
        """
        self.check_counter(counter)
        branch = self.branch
        ranked_at = at or self.clock.now()
        day = clock.business_day(ranked_at, branch.tz)
        with self.conn.errors():
            choice = self._choose(branch, counter, day, ranked_at)
            if choice is None:
                self._refuse_if_behind(branch, counter, day, ranked_at, fresh=at is None)
                return None
        with self.conn.errors(), self.conn.write() as db:
            at = at or self._now_in_write()
            ts = at.timestamp()
            while True:
                reserved = choice.ticket.reserved_counter
                params = [counter, ts, ts, choice.ticket.id, ts]
                claimed = (db.execute(_CLAIM, params) if reserved is None
                           else db.execute(_CLAIM_RESERVED, [*params, reserved])).fetchall()
                if claimed:
                    break
                choice = self._choose(branch, counter, day, at)  # taken or changed meanwhile: rank again
                if choice is None:
                    self._refuse_if_behind(branch, counter, day, at, fresh=False)
                    return None
            freed = db.execute("UPDATE counters SET current_ticket_id = ?, updated_at = ? "
                               "WHERE number = ? AND current_ticket_id IS NULL AND mode IN (?, ?, ?)",
                               [choice.ticket.id, ts, counter, *(m.value for m in CALLING_MODES)]).rowcount
            if not freed:  # the counter changed since the snapshot: refuse with the current reason
                self._choose(branch, counter, day, at)
                raise CounterUnavailable(f"counter {counter} changed; try again", reason="try_again")
            called = _ticket(claimed[0])  # the claimed row as updated: nothing else changes it
            self._event(at, Action.CALL, called.id, counter, {"label": called.label, "reason": choice.reason})
        return policy.Choice(called, choice.score, choice.reason, choice.reserved)

    def _choose(self, branch: Branch, counter: int, day: str, at: datetime,
                changed_by: float | None = None) -> policy.Choice | None:
        """The policy's pick for a counter that must be open and free, among the tickets waiting at `at`:
        one whose last change (a reinstatement, a transfer) is later, by the clock of the station that
        made it, is passed over; `changed_by` (epoch seconds) moves that bound."""
        desk = self._counter(counter)
        classes = policy.callable_classes(branch, desk)
        if desk.current_ticket_id is not None:
            raise _still_busy(counter, self.ticket_by_id(desk.current_ticket_id),
                              "finish, transfer or mark it no-show before calling the next")
        changed = at.timestamp() if changed_by is None else changed_by
        heads = self._group_heads(day, policy.callable_services(branch, desk), classes, at, changed)
        day_began = clock.day_start(day, branch.tz).timestamp()
        for sql, params in ((_RESERVED_SQL, [counter, day, changed]),  # sent here
                            (_PUT_BACK_SQL, [clock.previous_day(day), day_began, changed])):
            for i, s, p, t, reserved, origin in self.db.execute(sql, params):
                heads.append(_Waiting(i, s, p, _fromtimestamp(t, UTC), reserved, origin))
        return policy.choose_next(heads, desk, branch, at)

    def _refuse_if_behind(self, branch: Branch, counter: int, day: str, at: datetime, fresh: bool) -> None:
        """Nothing to call at `at`, yet a ticket waits for this counter whose last change is later: the
        station that made it has a clock ahead of this one. ClockError ("check this PC's clock") then,
        not "nobody is waiting"."""
        later = self._choose(branch, counter, day, at, changed_by=math.inf)
        if later is None:
            return
        # These reads are not one snapshot: a ticket another counter called, transferred or put back since
        # `at` was read is an ordinary race ("nobody for you now"), not a clock behind; so the ticket is read
        # again and, unless the caller gave the time, held against this clock read afresh.
        ticket = self.ticket_by_id(later.ticket.id)
        now = self.clock.now() if fresh else at
        if ticket.status == TicketStatus.WAITING and (ticket.updated_at or now) > now:
            self._check_time(ticket, now)

    def _group_heads(self, day: str, services: tuple[str, ...], classes: tuple[str, ...],
                     at: datetime, changed_by: float) -> list[_Waiting]:
        """The oldest waiting ticket of each non-empty (service, class) group the counter serves."""
        if not services or not classes:
            return []
        rows = self.db.execute(_heads_sql(len(services), len(classes)),
                               [at.timestamp(), changed_by, day, *services, *classes]).fetchall()
        return [_Waiting(i, s, p, _fromtimestamp(t, UTC)) for i, s, p, t in rows]

    def recall(self, counter: int, at: datetime | None = None) -> Ticket:
        return self._act(counter, Action.RECALL, at)

    def start(self, counter: int, at: datetime | None = None) -> Ticket:
        return self._act(counter, Action.START, at)

    def finish(self, counter: int, at: datetime | None = None) -> Ticket:
        return self._act(counter, Action.FINISH, at)

    def no_show(self, counter: int, at: datetime | None = None) -> Ticket:
        return self._act(counter, Action.NO_SHOW, at)

    def transfer(self, counter: int, to_service: str | None = None, to_counter: int | None = None,
                 at: datetime | None = None) -> Ticket:
        """Send the counter's ticket back to the queue, keeping its place by issue time: for
        another service, or reserved for another counter (which calls it before any other), or both."""
        if to_service is None and to_counter is None:
            raise QueueError("transfer to which service or counter? give one or both")
        if to_service is not None:
            self.branch.service(to_service)
        if to_counter is not None:
            self.branch.counter(to_counter)  # a configured counter, or UnknownCode
        return self._act(counter, Action.TRANSFER, at, to_service=to_service, to_counter=to_counter)

    def _transfer(self, ticket: Ticket, counter: int, ts: float, to_service: str | None,
                  to_counter: int | None) -> tuple[tuple, dict[str, Any]]:
        """Inside the write: check the target, move the ticket; its row and the event's details."""
        service = to_service or ticket.service
        if to_counter is None and service == ticket.service:
            raise QueueError(f"ticket {ticket.label} is already for service {service}",
                             reason="already_for_service", ticket=ticket.label, service=service)
        details: dict[str, Any] = {"label": ticket.label, "from_service": ticket.service,
                                   "to_service": service}
        if to_counter is not None:
            if to_counter == counter:
                raise QueueError(f"ticket {ticket.label} is already at counter {counter}",
                                 reason="already_at_counter", ticket=ticket.label, counter=counter)
            target = self._counter(to_counter)
            if target.mode == CounterMode.CLOSED:
                raise CounterUnavailable(f"counter {to_counter} is closed; transfer to an open or "
                                         "paused counter, or to a service", reason="target_closed",
                                         counter=to_counter)
            if service not in target.services:
                raise QueueError(f"counter {to_counter} does not serve {service} "
                                 f"(it serves {', '.join(target.services)})", reason="target_not_serving",
                                 counter=to_counter, service=service)
            details["to_counter"] = to_counter
        row = self.db.execute(
            f"UPDATE tickets SET status = 'waiting', updated_at = ?, service = ?, counter = NULL, "
            f"reserved_counter = {'NULL' if to_counter is None else '?'}, transferred_from = ? "
            f"WHERE id = ? RETURNING {_TICKET_COLUMNS}",
            [ts, service, *(() if to_counter is None else (to_counter,)), counter, ticket.id]).fetchall()[0]
        return row, details

    def _act(self, counter: int, action: Action, at: datetime | None,
             to_service: str | None = None, to_counter: int | None = None) -> Ticket:
        self.check_counter(counter)
        status = TRANSITIONS[action][1]
        with self.conn.errors(), self.conn.write() as db:
            at = at or self._now_in_write()
            ts = at.timestamp()
            if action == Action.TRANSFER:
                row, details = self._transfer(self._current(counter, action, at), counter, ts,
                                              to_service, to_counter)
            else:  # one statement that checks as it changes; only a refusal reads more, to say why
                rows = db.execute(_act_sql(action), {"ts": ts, "counter": counter}).fetchall()
                if not rows:
                    self._current(counter, action, at)  # raises the reason
                    raise StoreError(f"counter {counter}: could not {action.value} its ticket")
                row = rows[0]
                details = {"label": row[1]}
            if status not in (TicketStatus.CALLED, TicketStatus.SERVING):
                db.execute("UPDATE counters SET current_ticket_id = NULL, updated_at = ? "
                           "WHERE number = ?", [ts, counter])
            self._event(at, action, row[0], counter, details)
        return _ticket(row)  # the row as this transaction left it

    def _current(self, counter: int, action: Action, at: datetime) -> Ticket:
        """The counter's current ticket, if `action` may happen to it at `at`; else why not."""
        desk = self._counter(counter)
        if desk.current_ticket_id is None:
            raise CounterUnavailable(f"counter {counter} has no current ticket to "
                                     f"{action.value.replace('_', '-')}", reason="no_current_ticket",
                                     counter=counter, action=action.value)
        ticket = self.ticket_by_id(desk.current_ticket_id)
        next_status(ticket.label, ticket.status, action)
        self._check_time(ticket, at)
        return ticket

    def reinstate(self, label: str, at: datetime | None = None) -> Ticket:
        """Put a no-show who came back into the queue, in their original place."""
        self.check("serve")
        branch = self.branch
        with self.conn.errors(), self.conn.write():
            at = at or self._now_in_write()
            since = at - timedelta(minutes=branch.reinstate_minutes)
            ticket = self._recent_ticket(label, at, lambda t: t.status == TicketStatus.NO_SHOW
                                         and t.updated_at is not None and t.updated_at >= since)
            next_status(ticket.label, ticket.status, Action.REINSTATE)
            self._check_ticket(ticket, Action.REINSTATE)
            self._check_time(ticket, at)
            limit = ticket.updated_at + timedelta(minutes=branch.reinstate_minutes)
            if at > limit:
                raise QueueError(
                    f"ticket {label} was marked no-show more than {branch.reinstate_minutes} min ago; "
                    "issue a new ticket", reason="reinstate_too_late", ticket=label,
                    minutes=branch.reinstate_minutes)
            self.db.execute("UPDATE tickets SET status = 'waiting', counter = NULL, updated_at = ? "
                            "WHERE id = ?", [at.timestamp(), ticket.id])
            self._event(at, Action.REINSTATE, ticket.id, None, {"label": label})
        return self.ticket_by_id(ticket.id)

    def _recent_ticket(self, label: str, at: datetime, wanted: Callable[[Ticket], bool]) -> Ticket:
        """A ticket by label on the business day of `at` or, when the reinstate window reaches back past
        midnight, the day before: the first `wanted` one, today's first; else the first found (its
        refusal says why it cannot be used)."""
        branch = self.branch
        days = dict.fromkeys(clock.business_day(t, branch.tz)
                             for t in (at, at - timedelta(minutes=branch.reinstate_minutes)))
        found = []
        for day in days:
            try:
                found.append(self.ticket(label, day))
            except UnknownCode:
                continue
        if not found:
            return self.ticket(label, next(iter(days)))  # raises: no such ticket today
        return next((t for t in found if wanted(t)), found[0])

    def recent_no_show(self, counter: int, at: datetime | None = None) -> str | None:
        """The ticket this counter marked no-show last, while it may still be reinstated (since
        yesterday's business day, when the window reaches back past midnight)."""
        at = at or self.clock.now()
        branch = self.branch
        since = at - timedelta(minutes=branch.reinstate_minutes)
        with self.conn.errors():
            row = self.db.execute(
                "SELECT label FROM tickets WHERE business_day IN (?, ?) AND counter = ? "
                "AND status = 'no_show' AND updated_at >= ? ORDER BY updated_at DESC, id DESC LIMIT 1",
                [clock.business_day(at, branch.tz), clock.business_day(since, branch.tz), counter,
                 since.timestamp()]).fetchone()
        return row[0] if row else None

    def call_ticket(self, counter: int, label: str, day: str | None = None,
                    at: datetime | None = None) -> Ticket:
        """Call one waiting ticket by its number (typed, or read from its QR code) out of turn."""
        self.check_counter(counter)
        with self.conn.errors(), self.conn.write() as db:
            at = at or self._now_in_write()
            desk = self._counter(counter)
            policy.callable_classes(self.branch, desk)  # open, not paused or closed
            if desk.current_ticket_id is not None:
                raise _still_busy(counter, self.ticket_by_id(desk.current_ticket_id), "finish it first")
            ticket = self.ticket(label.strip().upper(), day or clock.business_day(at, self.branch.tz))
            next_status(ticket.label, ticket.status, Action.CALL)
            self._check_ticket(ticket, Action.CALL)
            self._check_time(ticket, at)
            ts = at.timestamp()
            db.execute("UPDATE tickets SET status = 'called', counter = ?, called_at = ?, updated_at = ?, "
                       "reserved_counter = NULL WHERE id = ?", [counter, ts, ts, ticket.id])
            db.execute("UPDATE counters SET current_ticket_id = ?, updated_at = ? WHERE number = ?",
                       [ticket.id, ts, counter])
            self._event(at, Action.CALL, ticket.id, counter,
                        {"label": ticket.label, "reason": "called by number"})
        return self.ticket_by_id(ticket.id)

    def cancel_ticket(self, label: str, day: str | None = None, at: datetime | None = None) -> Ticket:
        """The customer left or no longer needs the ticket: a waiting ticket, or one called to a
        counter (which is then free), ends as cancelled; it is never called again."""
        self.check("serve")
        with self.conn.errors(), self.conn.write() as db:
            at = at or self._now_in_write()
            label = label.strip().upper()
            ticket = (self.ticket(label, day) if day else  # else today's, or one from before midnight
                      self._recent_ticket(label, at, lambda t: t.status in TRANSITIONS[Action.CANCEL][0]))
            next_status(ticket.label, ticket.status, Action.CANCEL)
            self._check_ticket(ticket, Action.CANCEL)
            self._check_time(ticket, at)
            ts = at.timestamp()
            db.execute("UPDATE tickets SET status = 'cancelled', reserved_counter = NULL, updated_at = ? "
                       "WHERE id = ?", [ts, ticket.id])
            db.execute("UPDATE counters SET current_ticket_id = NULL, updated_at = ? "
                       "WHERE current_ticket_id = ?", [ts, ticket.id])
            self._event(at, Action.CANCEL, ticket.id, ticket.counter,
                        {"label": ticket.label, "was": ticket.status.value})
        return self.ticket_by_id(ticket.id)

    @staticmethod
    def _check_time(ticket: Ticket, at: datetime) -> None:
        if ticket.updated_at is not None and at < ticket.updated_at:
            raise ClockError(
                f"time {at.isoformat(timespec='seconds')} is earlier than ticket {ticket.label}'s "
                f"last event at {ticket.updated_at.isoformat(timespec='seconds')}",
                reason="earlier_than_last_event", ticket=ticket.label)

    def _now_in_write(self) -> datetime:
        """The time of an action given no --at, read once its write lock is held: never earlier than
        another station's change it may be about to check against (taken before the lock, it could be)."""
        return self.clock.now()

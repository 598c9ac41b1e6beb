"""Tickets: numbering per service and business day, the wait estimate at issue, and reading them back."""
from __future__ import annotations

import functools
from datetime import UTC, datetime
from typing import Any

from kiosk.core import clock, estimate
from kiosk.core.config import REGULAR, Branch
from kiosk.core.drills import DRILL_FIRST_NUMBER
from kiosk.core.errors import QueueError, UnknownCode
from kiosk.core.estimate import WaitEstimate
from kiosk.core.models import Action, Issued, Ticket, TicketStatus, format_label, split_label

_TICKET_COLUMNS = (
    "id, label, service, priority, status, business_day, issued_at, lang, needs, counter, "
    "called_at, started_at, finished_at, recalls, updated_at, reserved_counter, transferred_from, "
    "drill_id, eta_s"
)

_fromtimestamp = datetime.fromtimestamp
_STATUS = {s.value: s for s in TicketStatus}  # a dict lookup is cheaper than TicketStatus(value)


def _ticket(row: tuple) -> Ticket:
    (id_, label, service, priority, status, day, issued, lang, needs, counter, called, started,
     finished, recalls, updated, reserved, transferred_from, drill_id, eta_s) = row
    status = _STATUS.get(status) or TicketStatus(status)  # an unknown value still raises
    return Ticket(
        id_, label, service, priority, status, day, _fromtimestamp(issued, UTC), lang or "",
        tuple(n for n in needs.split(",") if n) if needs else (), counter,
        None if called is None else _fromtimestamp(called, UTC),
        None if started is None else _fromtimestamp(started, UTC),
        None if finished is None else _fromtimestamp(finished, UTC),
        recalls, None if updated is None else _fromtimestamp(updated, UTC), reserved, transferred_from,
        drill_id, eta_s,
    )


# A class with no cutoff: typed, so PostgreSQL compares issued_at with a number (SQLite takes any NULL).
_NO_CUTOFF = "(?, CAST(NULL AS DOUBLE PRECISION))"


@functools.cache
def _formula_sql(cutoffs: tuple[bool, ...]) -> str:
    """A long queue's estimate in one statement (`cutoffs`: per class, whether it has one), rows of
    (kind, a, b): 0: tickets ahead (per class with a cutoff, the waiting count less those issued after it);
    2: counters serving the service, and how many of them are open (normal or love; quick when the
    service is quick)."""
    return (
        "WITH cut (priority, cutoff) AS (VALUES "
        f"{', '.join('(?, ?)' if c else _NO_CUTOFF for c in cutoffs)}) "
        "SELECT 0, COALESCE(SUM(w.waiting - CASE WHEN cut.cutoff IS NULL OR w.waiting = 0 THEN 0 ELSE "
        "(SELECT COUNT(*) FROM tickets WHERE business_day = w.business_day AND status = 'waiting' "
        "AND service = w.service AND priority = w.priority AND issued_at > cut.cutoff) END), 0), 0 "
        "FROM cut JOIN waiting_counts w ON w.business_day = ? AND w.service = ? "
        "AND w.priority = cut.priority "
        "UNION ALL SELECT 2, COUNT(*), "
        "COALESCE(SUM(CASE WHEN mode IN ('normal', 'love') OR (mode = 'quick' AND ? = 1) THEN 1 ELSE 0 END), "
        "0) FROM counters "
        "WHERE instr(',' || services || ',', ',' || ? || ',') > 0"
    )


class Tickets:
    """QueueStore's part: issuing a ticket (its number, event and estimate) and reading tickets."""

    def issue_ticket(self, service: str, priority: str = REGULAR, lang: str = "",
                     needs: tuple[str, ...] = (), at: datetime | None = None) -> Issued:
        """Number and store a new ticket; say how many are ahead and the estimated wait."""
        self.check("issue")
        at = at or self.clock.now()
        told = self._estimate_new(service, priority, at)
        with self.conn.errors(), self.conn.write():
            ticket = self._insert_ticket(service, priority, lang, needs, at, eta_s=told.seconds)
        return told.issued(ticket)

    def issue_drill_ticket(self, service: str, priority: str = REGULAR, lang: str = "",
                           needs: tuple[str, ...] = (), at: datetime | None = None) -> Issued:
        """A ticket of the running drill: into the real queue, marked, numbered from DRILL_FIRST_NUMBER."""
        self.check("issue")
        at = at or self.clock.now()
        told = self._estimate_new(service, priority, at)
        with self.conn.errors(), self.conn.write():
            drill = self._running_drill_id()
            if drill is None:
                raise QueueError("no drill is running: start one first", reason="no_drill")
            ticket = self._insert_ticket(service, priority, lang, needs, at, eta_s=told.seconds,
                                         drill_id=drill)
        return told.issued(ticket)

    def expected_wait(self, service: str, priority: str = REGULAR, at: datetime | None = None) -> int:
        """The minutes a ticket taken now would be told to wait (the estimate issue_ticket gives)."""
        return self._estimate_new(service, priority, at or self.clock.now()).minutes

    def wait_estimate(self, service: str, priority: str = REGULAR,
                      at: datetime | None = None) -> WaitEstimate:
        """What a ticket taken now would be told: people ahead, the wait and its range when unsure."""
        return self._estimate_new(service, priority, at or self.clock.now())

    def _estimate_new(self, service: str, priority: str, at: datetime) -> estimate.WaitEstimate:
        """Validate the codes and estimate the wait: reads, done before taking the write lock. The queue is
        simulated (kiosk.core.estimate); a very long one is estimated by formula."""
        branch = self.branch
        branch.service(service)
        branch.priority_class(priority)
        day = clock.business_day(at, branch.tz)
        with self.conn.errors():
            waiting = self.db.execute("SELECT COALESCE(SUM(waiting), 0) FROM waiting_counts "
                                      "WHERE business_day = ?", [day]).fetchone()[0]
        if waiting <= estimate.SIMULATE_UP_TO:
            return estimate.estimate_wait(branch, self.queue_now(at), service, priority,
                                          self._arrival_rates(at))
        with self.conn.errors():
            return self._estimate_by_formula(branch, service, priority, day, at)

    def _insert_ticket(self, service: str, priority: str, lang: str, needs: tuple[str, ...],
                       at: datetime, eta_s: float | None = None, drill_id: int | None = None) -> Ticket:
        """Inside a write transaction: allocate the next number and store the ticket and its event.
        A drill's tickets are numbered apart (from DRILL_FIRST_NUMBER), the customers' below them; a day with
        more customers than that (a load test, never a branch) goes on after the highest number given."""
        branch = self.branch
        svc = branch.service(service)
        day = clock.business_day(at, branch.tz)
        if drill_id is None:
            number = self.db.execute(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM tickets WHERE business_day = ? "
                "AND issued_service = ? AND number < ?", [day, svc.code, DRILL_FIRST_NUMBER]).fetchone()[0]
            if number >= DRILL_FIRST_NUMBER:
                number = self.db.execute(
                    "SELECT MAX(number) + 1 FROM tickets WHERE business_day = ? AND issued_service = ?",
                    [day, svc.code]).fetchone()[0]
        else:
            number = self.db.execute(
                "SELECT COALESCE(MAX(number), ?) + 1 FROM tickets WHERE business_day = ? "
                "AND issued_service = ? AND number >= ?",
                [DRILL_FIRST_NUMBER - 1, day, svc.code, DRILL_FIRST_NUMBER]).fetchone()[0]
        label = format_label(svc.prefix, number)
        ts = at.timestamp()
        ticket_id = self.db.execute(
            "INSERT INTO tickets (business_day, issued_service, number, label, service, priority, "
            "lang, needs, status, issued_at, updated_at, eta_s, drill_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [day, svc.code, number, label, svc.code, priority, lang, ",".join(needs),
             TicketStatus.WAITING.value, ts, ts, eta_s, drill_id],
        ).fetchone()[0]
        details: dict[str, Any] = {"label": label, "service": svc.code, "priority": priority}
        if drill_id is not None:
            details["drill"] = drill_id
        self._event(at, Action.ISSUE, ticket_id, None, details)
        return Ticket(ticket_id, label, svc.code, priority, TicketStatus.WAITING, day, at,
                      lang=lang, needs=tuple(needs), updated_at=at, drill_id=drill_id, eta_s=eta_s)

    def _estimate_by_formula(self, branch: Branch, service: str, priority: str, day: str,
                             at: datetime) -> estimate.WaitEstimate:
        """A long queue: the tickets ahead times the fitted mean service time, over the open counters
        (those configured for the service when none is open)."""
        cutoffs = estimate.ahead_cutoffs(branch, priority, at)
        params: list[Any] = []
        for cls, cutoff in cutoffs.items():
            # count the few recent arrivals that are behind, not the many that are ahead
            params += (cls,) if cutoff is None else (cls, cutoff.timestamp())
        params += (day, service, int(branch.service(service).quick), service)
        ahead, serving, open_now = 0, 0, 0
        sql = _formula_sql(tuple(c is not None for c in cutoffs.values()))
        for kind, a, b in self.db.execute(sql, params):
            if kind == 0:
                ahead = int(a)
            else:
                serving, open_now = int(a), int(b)
        mean_s = self._service_times(branch, at)[service].mean
        return estimate.WaitEstimate(ahead, estimate.formula_wait(ahead, mean_s, open_now or serving))

    def ticket(self, label: str, day: str | None = None) -> Ticket:
        """A ticket by its label on `day` (today by default)."""
        branch = self.branch
        prefix, number = split_label(label)  # typed or scanned: a huge number would overflow SQLite's
        label = format_label(prefix, number)
        day = day or clock.business_day(self.clock.now(), branch.tz)
        service = next((s.code for s in branch.services if s.prefix == prefix), None)
        with self.conn.errors():
            if service:  # through the numbering index
                row = self.db.execute(f"SELECT {_TICKET_COLUMNS} FROM tickets WHERE business_day = ? "
                                      "AND issued_service = ? AND number = ?",
                                      [day, service, number]).fetchone()
            else:  # a prefix no longer configured: read the day
                row = self.db.execute(f"SELECT {_TICKET_COLUMNS} FROM tickets "
                                      "WHERE business_day = ? AND label = ?", [day, label]).fetchone()
        if row is None:
            raise UnknownCode(f"no ticket {label} on {day}", reason="no_ticket", ticket=label)
        return _ticket(row)

    def ticket_by_id(self, ticket_id: int) -> Ticket:
        with self.conn.errors():
            row = self.db.execute(f"SELECT {_TICKET_COLUMNS} FROM tickets WHERE id = ?",
                                  [ticket_id]).fetchone()
        if row is None:
            raise UnknownCode(f"no ticket with id {ticket_id}")
        return _ticket(row)

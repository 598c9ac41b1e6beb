"""QueueStore's part: the queue now as the simulator needs it (kiosk.core.queue_sim.QueueNow): waiting
tickets, open counters and the ticket each is busy with, and each service's fitted service time."""
from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from kiosk.core import clock
from kiosk.core.queue_sim import Desk, QueueNow, Waiting
from kiosk.core.service_times import ServiceTime
from kiosk.store.counters import _counter_row


class Forecasting:
    """QueueStore's part: one consistent read of what the queue simulation starts from."""

    def queue_now(self, at: datetime | None = None) -> QueueNow:
        """Today's waiting tickets, the counters with the ticket each serves, and service times fitted to
        today's finished tickets (per service; the configured minutes until enough were seen)."""
        at = at or self.clock.now()
        branch = self.branch
        day = clock.business_day(at, branch.tz)
        with self.conn.errors(), self.conn.snapshot():
            waiting = self.db.execute(
                "SELECT id, service, priority, issued_at, reserved_counter, transferred_from FROM tickets "
                "WHERE business_day = ? AND status = 'waiting' ORDER BY issued_at, id", [day]).fetchall()
            counters = self.db.execute(
                "SELECT c.number, c.services, c.mode, c.current_ticket_id, t.service, "
                "COALESCE(t.started_at, t.called_at) FROM counters c "
                "LEFT JOIN tickets t ON t.id = c.current_ticket_id ORDER BY c.number").fetchall()
            finished = self.db.execute(
                "SELECT service, finished_at - started_at FROM tickets WHERE business_day = ? "
                "AND finished_at IS NOT NULL AND started_at IS NOT NULL ORDER BY finished_at, id",
                [day]).fetchall()
        seen: dict[str, list[float]] = defaultdict(list)
        for service, seconds in finished:
            seen[service].append(float(seconds))
        needed = branch.observed_services_needed
        times = {s.code: ServiceTime.fit(seen.get(s.code, ()), s.minutes * 60.0, needed)
                 for s in branch.services}
        desks = tuple(Desk(_counter_row(row[:4]), row[4],
                           None if row[5] is None else datetime.fromtimestamp(row[5], UTC))
                      for row in counters)
        tickets = tuple(Waiting(i, s, p, datetime.fromtimestamp(ts, UTC), r, f)
                        for i, s, p, ts, r, f in waiting)
        return QueueNow(at, tickets, desks, times)

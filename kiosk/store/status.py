"""What the queue looks like now: waiting counts per service and class, each counter's ticket."""
from __future__ import annotations

from datetime import datetime

from kiosk.core import clock
from kiosk.core.status import CounterStatus, QueueStatus


class Status:
    """QueueStore's part: the reads every station shows."""

    def status(self, at: datetime | None = None) -> QueueStatus:
        """Waiting counts per service and class today, and each counter's mode and ticket."""
        branch = self.branch
        at = at or self.clock.now()
        day = clock.business_day(at, branch.tz)
        with self.conn.errors():
            waiting: dict[str, dict[str, int]] = {s.code: {} for s in branch.services}
            for s, p, n in self.db.execute(
                    "SELECT service, priority, waiting FROM waiting_counts "
                    "WHERE business_day = ? AND waiting > 0 ORDER BY service, priority", [day]):
                waiting.setdefault(s, {})[p] = n
            counters = []
            for c in self._counters():
                current = self.ticket_by_id(c.current_ticket_id) if c.current_ticket_id else None
                counters.append(CounterStatus(c.number, c.services, c.mode, c.current_ticket_id,
                                              current.label if current else None,
                                              current.status if current else None,
                                              current is not None and current.drill_id is not None))
        return QueueStatus(day, waiting, tuple(counters))

    def longest_wait_minutes(self, at: datetime | None = None) -> int:
        """How long the longest-waiting ticket of today has waited, in whole minutes."""
        at = at or self.clock.now()
        day = clock.business_day(at, self.branch.tz)
        with self.conn.errors():
            first = self.db.execute("SELECT MIN(issued_at) FROM tickets WHERE business_day = ? "
                                    "AND status = 'waiting'", [day]).fetchone()[0]
        return 0 if first is None else clock.whole_minutes(at.timestamp() - first)

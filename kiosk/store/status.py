"""What the queue looks like now: waiting counts per service and class, each counter's ticket."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from kiosk.core import clock


class Status:
    """QueueStore's part: the reads every station shows."""

    def status(self, at: datetime | None = None) -> dict[str, Any]:
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
                counters.append({
                    "counter": c.number, "mode": c.mode.value, "services": list(c.services),
                    "ticket": current.label if current else None,
                    "ticket_status": current.status.value if current else None,
                })
        return {
            "business_day": day,
            "waiting": {s: sum(v.values()) for s, v in waiting.items()},
            "waiting_by_class": waiting,
            "waiting_total": sum(sum(v.values()) for v in waiting.values()),
            "counters": counters,
        }

    def longest_wait_minutes(self, at: datetime | None = None) -> int:
        """How long the longest-waiting ticket of today has waited, in whole minutes."""
        at = at or self.clock.now()
        day = clock.business_day(at, self.branch.tz)
        with self.conn.errors():
            first = self.db.execute("SELECT MIN(issued_at) FROM tickets WHERE business_day = ? "
                                    "AND status = 'waiting'", [day]).fetchone()[0]
        return 0 if first is None else clock.whole_minutes(at.timestamp() - first)

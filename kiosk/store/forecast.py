"""QueueStore's part: the queue now as the simulator needs it (kiosk.core.queue_sim.QueueNow): waiting
tickets, open counters and the ticket each is busy with, and each service's fitted service time."""
from __future__ import annotations

import functools
from collections import defaultdict
from datetime import UTC, datetime, timedelta

from kiosk.core import clock
from kiosk.core.config import Branch
from kiosk.core.queue_sim import Desk, QueueNow, Waiting
from kiosk.core.service_times import ServiceTime
from kiosk.store.counters import _counter_row

HISTORY_SPAN = timedelta(hours=1)  # past weeks' tickets finished this long either side of the same time
# Today's tickets count in full, the past weeks' together as at most this many of today's: today's staff and
# today's mix of business are what the next customers meet, while the past weeks steady the first estimates
# of the morning, before today has seen enough.
HISTORY_WEIGHT = 20.0
RATE_SPAN_S = 3600.0  # arrival rates: tickets issued in the last hour ...
RATE_SPAN_FEWEST_S = 900.0  # ... or since the day's first, but over at least 15 minutes

_TODAY_SQL = ("SELECT service, finished_at - started_at FROM tickets WHERE business_day = ? "
              "AND finished_at IS NOT NULL AND started_at IS NOT NULL AND drill_id IS NULL "
              "ORDER BY finished_at, id")


@functools.cache
def _history_sql(weeks: int) -> str:
    """Tickets finished around the same time of day on the same weekday of each of `weeks` past weeks."""
    windows = " OR ".join(["(business_day = ? AND finished_at >= ? AND finished_at < ?)"] * weeks)
    return ("SELECT service, finished_at - started_at FROM tickets WHERE finished_at IS NOT NULL "
            f"AND started_at IS NOT NULL AND drill_id IS NULL AND ({windows}) ORDER BY finished_at, id")


class Forecasting:
    """QueueStore's part: one consistent read of what the queue simulation starts from."""

    def queue_now(self, at: datetime | None = None) -> QueueNow:
        """Today's waiting tickets, the counters with the ticket each serves, and service times fitted to
        today's finished tickets and the same weekday and hour of past weeks (per service; the configured
        minutes until enough were seen)."""
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
            times = self._service_times(branch, at)
        desks = tuple(Desk(_counter_row(row[:4]), row[4],
                           None if row[5] is None else datetime.fromtimestamp(row[5], UTC))
                      for row in counters)
        tickets = tuple(Waiting(i, s, p, datetime.fromtimestamp(ts, UTC), r, f)
                        for i, s, p, ts, r, f in waiting)
        return QueueNow(at, tickets, desks, times)

    def _service_times(self, branch: Branch, at: datetime) -> dict[str, ServiceTime]:
        """Each service's log-normal fit (drill tickets left out: their customers are staged)."""
        today: dict[str, list[float]] = defaultdict(list)
        for service, seconds in self.db.execute(_TODAY_SQL, [clock.business_day(at, branch.tz)]):
            today[service].append(float(seconds))
        past: dict[str, list[float]] = defaultdict(list)
        weeks = branch.estimates.history_weeks
        if weeks:
            params: list = []
            local = at.astimezone(branch.tz)
            for week in range(1, weeks + 1):
                then = local - timedelta(weeks=week)  # wall-clock arithmetic: the same local time
                params += [then.date().isoformat(), (then - HISTORY_SPAN).timestamp(),
                           (then + HISTORY_SPAN).timestamp()]
            for service, seconds in self.db.execute(_history_sql(weeks), params):
                past[service].append(float(seconds))
        needed = branch.observed_services_needed
        times = {}
        for s in branch.services:
            old = past.get(s.code, ())
            weight = min(1.0, HISTORY_WEIGHT / len(old)) if old else 0.0
            samples = [(x, 1.0) for x in today.get(s.code, ())] + [(x, weight) for x in old]
            times[s.code] = ServiceTime.fit_weighted(samples, s.minutes * 60.0, needed)
        return times

    def _arrival_rates(self, at: datetime) -> dict[tuple[str, str], float]:
        """Tickets issued per second lately, by (service, class): today's in the last hour (or since the
        day's first ticket, over at least RATE_SPAN_FEWEST_S). Drill tickets are not customers."""
        branch = self.branch
        day = clock.business_day(at, branch.tz)
        now = at.timestamp()
        with self.conn.errors():
            first = self.db.execute("SELECT MIN(issued_at) FROM tickets WHERE business_day = ? "
                                    "AND drill_id IS NULL", [day]).fetchone()[0]
            if first is None:
                return {}
            since = max(now - RATE_SPAN_S, first)
            rows = self.db.execute(
                "SELECT service, priority, COUNT(*) FROM tickets WHERE business_day = ? AND issued_at >= ? "
                "AND issued_at <= ? AND drill_id IS NULL GROUP BY service, priority "
                "ORDER BY service, priority",
                [day, since, now]).fetchall()
        span = max(now - since, RATE_SPAN_FEWEST_S)
        return {(service, priority): count / span for service, priority, count in rows}

"""QueueStore's part: a drill's progress while it runs, and the facts it is judged on afterwards."""
from __future__ import annotations

import json
from collections import Counter, defaultdict

from kiosk.core import clock
from kiosk.core.drill_plan import read_plan
from kiosk.core.drill_review import (
    MODE_OF_ACTION,
    AlertFact,
    DrillProgress,
    DrillReview,
    HelpFact,
    ModeChange,
    review,
)
from kiosk.core.records import TICKET_COLUMNS
from kiosk.core.stats import ticket_facts

# The drill's tickets: numbered from its first business day on (through the numbering index), then by drill.
_DRILL_TICKETS = "SELECT id FROM tickets WHERE business_day >= ? AND drill_id = ?"
# Events are appended in time order, give or take an action recorded a little late (--at): reads of the
# events after a time start this much earlier in the log, found by id, rather than scan a year of events.
_LATE_S = 86_400.0


class DrillReviews:
    """QueueStore's part: what a drill did, read in one snapshot."""

    def drill_progress(self, drill_id: int) -> DrillProgress:
        """Its tickets so far (issued, waiting, called, served), surge alerts and open help requests."""
        drill = self.drill(drill_id)
        day = clock.business_day(drill.started_at, self.branch.tz)
        until = (drill.ended_at or self.clock.now()).timestamp()
        with self.conn.errors(), self.conn.snapshot():
            statuses = self.db.execute("SELECT status, label, business_day FROM tickets "
                                       "WHERE business_day >= ? AND drill_id = ? ORDER BY business_day, id",
                                       [day, drill_id]).fetchall()
            alerts = self.db.execute("SELECT COUNT(*) FROM events WHERE id >= ? AND action = 'surge_alert' "
                                     "AND at >= ? AND at <= ?",
                                     [self._event_id_from(drill.started_at.timestamp()),
                                      drill.started_at.timestamp(), until]).fetchone()[0]
            help_open = self.db.execute(f"SELECT COUNT(*) FROM help_requests WHERE status = 'open' "
                                        f"AND ticket_id IN ({_DRILL_TICKETS})", [day, drill_id]).fetchone()[0]
        counts = Counter(status for status, _, _ in statuses)
        waiting = tuple((label, day) for status, label, day in statuses if status == "waiting")
        return DrillProgress(drill_id, drill.running, len(statuses), len(waiting),
                             len(statuses) - len(waiting) - counts["cancelled"], counts["done"], int(alerts),
                             int(help_open), waiting)

    def drill_review(self, drill_id: int) -> DrillReview:
        """The drill judged against the targets it ran with (kiosk.core.drill_review); while it runs, as of
        now."""
        drill = self.drill(drill_id)
        branch = self.branch
        until = drill.ended_at or self.clock.now()
        start, end = drill.started_at.timestamp(), until.timestamp()
        day = clock.business_day(drill.started_at, branch.tz)
        mine = [day, drill_id]
        with self.conn.errors(), self.conn.snapshot():
            rows = self.db.execute(f"SELECT {', '.join(TICKET_COLUMNS)} FROM tickets "
                                   "WHERE business_day >= ? AND drill_id = ? ORDER BY business_day, id",
                                   mine).fetchall()
            first = self._event_id_from(start)
            events = self.db.execute(f"SELECT ticket_id, action, at, counter, actor FROM events "
                                     f"WHERE id >= ? AND at >= ? AND ticket_id IN ({_DRILL_TICKETS}) "
                                     "ORDER BY id",
                                     [first, start, *mine])
            by_ticket: dict[int, list[dict]] = defaultdict(list)
            for ticket_id, action, at, counter, actor in events:
                by_ticket[ticket_id].append({"action": action, "at": at, "counter": counter, "actor": actor})
            help: dict[int, HelpFact] = {}
            for ticket_id, asked, answered in self.db.execute(
                    f"SELECT ticket_id, at, acknowledged_at FROM help_requests "
                    f"WHERE ticket_id IN ({_DRILL_TICKETS}) ORDER BY id", mine):
                help.setdefault(ticket_id, HelpFact(asked, answered))  # the customer's first request
            assistance: dict[int, list[str]] = defaultdict(list)
            for ticket_id, kind in self.db.execute(f"SELECT ticket_id, kind FROM assistance WHERE ticket_id "
                                                   f"IN ({_DRILL_TICKETS}) ORDER BY id", mine):
                assistance[ticket_id].append(kind)
            day_start = clock.day_start(day, branch.tz).timestamp()
            modes = [ModeChange(at, counter, MODE_OF_ACTION[action],
                                tuple(json.loads(details or "{}").get("services", ())))
                     for at, counter, action, details in self.db.execute(
                         f"SELECT at, counter, action, details FROM events WHERE id >= ? AND at >= ? "
                         f"AND at <= ? AND counter IS NOT NULL "
                         f"AND action IN ({', '.join('?' * len(MODE_OF_ACTION))}) ORDER BY at, id",
                         [self._event_id_from(day_start), day_start, end, *MODE_OF_ACTION])]
            alerts = [_alert(at, details) for at, details in self.db.execute(
                "SELECT at, details FROM events WHERE id >= ? AND action = 'surge_alert' AND at >= ? "
                "AND at <= ? ORDER BY at, id", [first, start, end])]
        facts = [ticket_facts(dict(zip(TICKET_COLUMNS, row, strict=True)), by_ticket.get(row[0], ()),
                              branch.max_wait_minutes, end) for row in rows]
        return review(drill, read_plan(drill, branch.drills), facts, help,
                      {k: tuple(v) for k, v in assistance.items()}, modes, alerts, until)

    def _event_id_from(self, at: float) -> int:
        """An event id at or before the first event at `at` (less _LATE_S): a binary search of the log by
        its primary key, a few lookups however long the log."""
        lo = self.db.execute("SELECT MIN(id) FROM events").fetchone()[0]  # apart: SQLite seeks each
        hi = self.db.execute("SELECT MAX(id) FROM events").fetchone()[0]  # alone, scans for both at once
        if lo is None:
            return 0
        hi += 1
        while lo < hi:
            mid = (lo + hi) // 2
            row = self.db.execute("SELECT at FROM events WHERE id >= ? ORDER BY id LIMIT 1", [mid]).fetchone()
            if row is None or row[0] >= at - _LATE_S:
                hi = mid
            else:
                lo = mid + 1
        return lo


def _alert(at: float, details: str | None) -> AlertFact:
    d = json.loads(details or "{}")
    p90 = d.get("p90_s")
    return AlertFact(at, str(d.get("service", "")), int(d.get("waiting", 0)),
                     None if p90 is None else float(p90), float(d.get("target_s", 0.0)),
                     int(d.get("more_counters", 0)))

"""What of a report's range belongs to a drill: kept out of the real figures and exports unless asked for,
and then marked with the drill's number.

A drill's rows: its tickets (tickets.drill_id) and every row about them (their events, assistance, help
requests, ratings, complaints, bookings); the drill's own events (drill_start, drill_end, drill_notes); and
the surge alerts raised (and cleared) while it ran (the queue they judged held the drill's tickets).
kiosk.store.reports leaves the same rows out in SQL; this marks them when they are included.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.core.surge_report import SURGE_EVENTS

DRILL_ACTIONS = ("drill_start", "drill_end", "drill_notes")


@dataclass(frozen=True)
class DrillMarks:
    tickets: Mapping[int, int]  # ticket id -> its drill
    spans: tuple[tuple[int, float, float | None], ...]  # (drill, started, ended or None while it runs)

    def during(self, at: float) -> int | None:
        """The drill running at `at` (epoch seconds), if any."""
        for drill, started, ended in self.spans:
            if started <= at and (ended is None or at <= ended):
                return drill
        return None

    def ticket(self, ticket_id: int | None) -> int | None:
        return None if ticket_id is None else self.tickets.get(ticket_id)

    def event(self, at: float, action: str, ticket_id: int | None, details: str | None) -> int | None:
        """The drill an event belongs to; None for a real one."""
        if ticket_id is not None:
            return self.tickets.get(ticket_id)
        if action in DRILL_ACTIONS:
            drill = json.loads(details or "{}").get("drill")
            return drill if isinstance(drill, int) else None
        return self.during(at) if action in SURGE_EVENTS else None


NO_DRILLS = DrillMarks({}, ())

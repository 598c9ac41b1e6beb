"""Surge alerts in the manager's report: each alert the live watch logged, and how long until a counter was
opened for its service.

An alert is an event with action "surge_alert" (no ticket) and details {"service", "waiting", "p90_s",
"target_s", "more_counters"}. A counter opened for the service: an "open", "open_love" or "open_quick" event
after the alert whose services include it, of a counter that was not open for that service already (as far
as the range's events show: a console that restarts and opens its counter again opens nothing new).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

SURGE_ALERT = "surge_alert"
SURGE_EVENTS = (SURGE_ALERT, "surge_clear")  # an alert, and the live watch's note that it ended
OPENING = ("open", "open_love", "open_quick")
CLOSING = ("pause", "close")
COUNTER_ACTIONS = (*OPENING, *CLOSING)


@dataclass(frozen=True)
class AlertFacts:
    """One surge alert as the report lists it; durations in seconds."""

    at: str  # branch time, ISO 8601 with its offset
    service: str
    waiting: int
    p90_s: float | None  # the predicted 90th percentile wait
    target_s: float | None
    more_counters: int  # counters the alert asked for
    opened_after_s: float | None  # alert to the first counter opened for its service; None: not opened
    opened_counter: int | None  # that counter
    drill: int | None = None  # raised during this drill (only when drills are included)


class _Alert:
    __slots__ = ("at", "details", "drill", "opened_at", "counter")

    def __init__(self, at: float, details: Mapping[str, Any], drill: int | None):
        self.at, self.details, self.drill = at, details, drill
        self.opened_at: float | None = None
        self.counter: int | None = None


def _number(value: Any, whole: bool = False) -> Any:
    """A figure of the alert's details; None when it is missing or not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value) if whole else float(value)


class AlertLog:
    """Folds the event log's surge alerts and counter openings (in event order) into the alerts' facts."""

    def __init__(self, time_zone: str):
        self.tz = ZoneInfo(time_zone)
        self.alerts: list[_Alert] = []
        self.waiting_for: dict[str, list[_Alert]] = {}  # service -> its alerts no counter opened for yet
        self.open_for: dict[int, frozenset[str]] = {}  # counter -> the services it is open for

    def add(self, at: float, action: str, counter: int | None, details: Mapping[str, Any],
            drill: int | None = None) -> None:
        if action == SURGE_ALERT:
            alert = _Alert(at, details, drill)
            self.alerts.append(alert)
            self.waiting_for.setdefault(str(details.get("service", "")), []).append(alert)
        elif action in CLOSING and counter is not None:
            self.open_for.pop(counter, None)
        elif action in OPENING and counter is not None:
            services = frozenset(str(s) for s in details.get("services") or ())
            for service in services - self.open_for.get(counter, frozenset()):
                for alert in self.waiting_for.pop(service, []):
                    alert.opened_at, alert.counter = at, counter
            self.open_for[counter] = services

    def facts(self) -> tuple[AlertFacts, ...]:
        def one(a: _Alert) -> AlertFacts:
            d = a.details
            return AlertFacts(
                at=datetime.fromtimestamp(a.at, UTC).astimezone(self.tz).isoformat(timespec="seconds"),
                service=str(d.get("service", "")), waiting=_number(d.get("waiting"), whole=True) or 0,
                p90_s=_number(d.get("p90_s")), target_s=_number(d.get("target_s")),
                more_counters=_number(d.get("more_counters"), whole=True) or 0,
                opened_after_s=None if a.opened_at is None else a.opened_at - a.at, opened_counter=a.counter,
                drill=a.drill)

        return tuple(one(a) for a in self.alerts)

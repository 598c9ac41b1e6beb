"""The branch's service rules beyond the queue, as configured: bookings, home visits, complaints, ratings and
shunting to self-service (seeds 001-004). Parsed and checked here; kiosk.core.config puts them in Branch."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, time
from types import MappingProxyType
from typing import Any

from kiosk.core.errors import ConfigError
from kiosk.core.working_days import WEEKDAYS, WorkingCalendar

_HOURS = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])-([01][0-9]|2[0-4]):([0-5][0-9])$")


@dataclass(frozen=True)
class BookingPlan:
    """One bookable service: slots of `slot_minutes` within each weekday's opening hours, `capacity` each."""

    service: str
    slot_minutes: int
    capacity: int
    hours: MappingProxyType  # weekday (0 = Monday) -> ((start, end), ...) as datetime.time
    closed_dates: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class BookingRules:
    early_minutes: int = 30  # a booking checks in as an appointment from this long before its slot
    late_minutes: int = 15  # ... until this long after the slot began; later it checks in as a regular ticket
    no_show_minutes: int = 30  # a booking not checked in this long after its slot ended is a no-show
    days_ahead: int = 14  # how far ahead a slot may be booked
    plans: tuple[BookingPlan, ...] = ()

    def plan(self, service: str) -> BookingPlan | None:
        return next((p for p in self.plans if p.service == service), None)


@dataclass(frozen=True)
class HomeVisitRules:
    due_working_days: int = 2  # a visit is promised no later than this many working days after the request
    retention_days: int = 180  # address and phone of a closed visit are erased after this many days


@dataclass(frozen=True)
class ComplaintRules:
    reply_working_days: int = 1  # the reply is promised within this many working days


@dataclass(frozen=True)
class RatingRules:
    timeout_seconds: int = 30  # the rating screen goes back to idle without a rating after this
    low_score: int = 2  # a rating at or below this is low: staff may open a complaint from it


@dataclass(frozen=True)
class ShuntRules:
    threshold_minutes: int = 15  # suggest self-service for a service when the expected wait passes this

    def wait_is_long(self, wait_minutes: int) -> bool:
        """Whether a customer facing this wait is offered another way first (self-service, a booking)."""
        return wait_minutes > self.threshold_minutes


def working_calendar(data: dict[str, Any]) -> WorkingCalendar:
    c = _table(data, "calendar")
    names = c.get("working_days", list(WEEKDAYS[:5]))
    if not isinstance(names, list) or not names or not all(n in WEEKDAYS for n in names):
        raise ConfigError(f"calendar.working_days: must be a non-empty list of {', '.join(WEEKDAYS)}")
    return WorkingCalendar(frozenset(WEEKDAYS.index(n) for n in names),
                           _dates(c, "holidays", "calendar"), _dates(c, "extra_working_days", "calendar"))


def booking_rules(data: dict[str, Any], service_codes: set[str]) -> BookingRules:
    a = _table(data, "appointments")
    plans = a.get("services", [])
    if not isinstance(plans, list):
        raise ConfigError("appointments.services: must be a list of [[appointments.services]] tables")
    parsed = tuple(_plan(p, i, service_codes) for i, p in enumerate(plans))
    seen = [p.service for p in parsed]
    for i, code in enumerate(seen):
        if code in seen[:i]:
            raise ConfigError(f"appointments.services[{i}].service: {code!r} is listed twice")
    return BookingRules(
        early_minutes=_int(a, "early_minutes", "appointments", 0, 240, 30),
        late_minutes=_int(a, "late_minutes", "appointments", 0, 240, 15),
        no_show_minutes=_int(a, "no_show_minutes", "appointments", 0, 24 * 60, 30),
        days_ahead=_int(a, "days_ahead", "appointments", 0, 366, 14),
        plans=parsed,
    )


def home_visit_rules(data: dict[str, Any]) -> HomeVisitRules:
    h = _table(data, "home_visits")
    return HomeVisitRules(_int(h, "due_working_days", "home_visits", 0, 30, 2),
                          _int(h, "retention_days", "home_visits", 1, 3650, 180))


def complaint_rules(data: dict[str, Any]) -> ComplaintRules:
    return ComplaintRules(_int(_table(data, "complaints"), "reply_working_days", "complaints", 0, 30, 1))


def rating_rules(data: dict[str, Any]) -> RatingRules:
    r = _table(data, "ratings")
    return RatingRules(_int(r, "timeout_seconds", "ratings", 5, 600, 30),
                       _int(r, "low_score", "ratings", 1, 4, 2))


def shunt_rules(data: dict[str, Any]) -> ShuntRules:
    return ShuntRules(_int(_table(data, "shunting"), "threshold_minutes", "shunting", 0, 24 * 60, 15))


def _plan(p: Any, i: int, service_codes: set[str]) -> BookingPlan:
    where = f"appointments.services[{i}]"
    if not isinstance(p, dict):
        raise ConfigError(f"{where}: must be a table")
    service = p.get("service")
    if service not in service_codes:
        raise ConfigError(f"{where}.service: unknown service {service!r}")
    slot = _int(p, "slot_minutes", where, 5, 240, 30)
    hours = p.get("hours")
    if not isinstance(hours, dict) or not hours:
        raise ConfigError(f"{where}.hours: must map weekdays to opening hours, e.g. "
                          "{ mon = [\"09:00-12:00\", \"13:30-17:00\"] }")
    by_day = {}
    for name, spans in hours.items():
        if name not in WEEKDAYS:
            raise ConfigError(f"{where}.hours.{name}: not a weekday ({', '.join(WEEKDAYS)})")
        if not isinstance(spans, list):
            raise ConfigError(f"{where}.hours.{name}: must be a list like [\"09:00-12:00\"]")
        by_day[WEEKDAYS.index(name)] = tuple(_span(s, f"{where}.hours.{name}") for s in spans)
    return BookingPlan(service, slot, _int(p, "capacity", where, 1, 1000, 1), MappingProxyType(by_day),
                       _dates(p, "closed_dates", where))


def _span(text: Any, where: str) -> tuple[time, time]:
    m = _HOURS.match(text) if isinstance(text, str) else None
    if not m:
        raise ConfigError(f"{where}: {text!r} is not opening hours like \"09:00-12:00\"")
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    if (h2, m2) > (24, 0) or (h1, m1) >= (h2, m2):
        raise ConfigError(f"{where}: {text!r} must end after it starts")
    end = time(23, 59, 59) if h2 == 24 else time(h2, m2)
    return time(h1, m1), end


def _dates(d: dict, key: str, where: str) -> frozenset[str]:
    values = d.get(key, [])
    if not isinstance(values, list):
        raise ConfigError(f"{where}.{key}: must be a list of dates like \"2027-01-01\"")
    out = set()
    for v in values:
        try:
            out.add(date.fromisoformat(v).isoformat() if isinstance(v, str) and len(v) == 10
                    else v.isoformat())
        except (ValueError, AttributeError):
            raise ConfigError(f"{where}.{key}: {v!r} is not a date like \"2027-01-01\"") from None
    return frozenset(out)


def _table(data: dict, key: str) -> dict:
    v = data.get(key, {})
    if not isinstance(v, dict):
        raise ConfigError(f"{key}: must be a [{key}] table")
    return v


def _int(d: dict, key: str, where: str, lo: int, hi: int, default: int) -> int:
    v = d.get(key, default)
    if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
        raise ConfigError(f"{where}.{key}: {v!r} must be a whole number from {lo} to {hi}")
    return v

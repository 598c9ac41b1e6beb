"""The branch configuration: services, priority classes, counters and limits, read from TOML."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.core.errors import ConfigError, UnknownCode
from kiosk.core.languages import catalog
from kiosk.core.models import Counter, PriorityClass, Service
from kiosk.core.operations_rules import (
    DrillRules,
    EstimateRules,
    SurgeRules,
    drill_rules,
    estimate_rules,
    surge_rules,
)
from kiosk.core.service_rules import (
    BookingRules,
    ComplaintRules,
    HomeVisitRules,
    RatingRules,
    ShuntRules,
    booking_rules,
    complaint_rules,
    home_visit_rules,
    rating_rules,
    shunt_rules,
    working_calendar,
)
from kiosk.core.working_days import WorkingCalendar

REGULAR = "regular"
GREEN_CHANNEL = "green_channel"
_CODE = re.compile(r"^[A-Z]{1,2}$")
_CLASS_CODE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
_LANG = re.compile(r"^[a-z]{2,3}(_[A-Z]{2}|_[A-Z][a-z]{3})?$")


@dataclass(frozen=True)
class Branch:
    name: str
    time_zone: str
    max_wait_minutes: float  # fractional minutes allowed; the policy compares seconds (max_wait_s)
    reinstate_minutes: int
    occupancy_cap: int
    languages: tuple[str, ...]  # offered at the kiosk; the first is its default
    announce_languages: tuple[str, ...]  # the display speaks each call in these (and the ticket's own)
    observed_services_needed: int
    announcement_repeats: int
    backup_keep_days: int
    notices: tuple[dict[str, str], ...]  # the display's scrolling line: one text per language each
    services: tuple[Service, ...]
    priority_classes: tuple[PriorityClass, ...]
    counters: tuple[Counter, ...]
    # the service rules beyond the queue (kiosk.core.service_rules)
    calendar: WorkingCalendar = WorkingCalendar()
    bookings: BookingRules = BookingRules()
    home_visits: HomeVisitRules = HomeVisitRules()
    complaints: ComplaintRules = ComplaintRules()
    ratings: RatingRules = RatingRules()
    shunting: ShuntRules = ShuntRules()
    # operations (kiosk.core.operations_rules): estimates, surge alerts, drills
    estimates: EstimateRules = EstimateRules()
    surge: SurgeRules = SurgeRules()
    drills: DrillRules = DrillRules()

    @cached_property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @cached_property
    def class_codes(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.priority_classes)

    @cached_property
    def love_class_codes(self) -> tuple[str, ...]:
        """The classes a love window calls."""
        return tuple(p.code for p in self.priority_classes if p.love_window)

    def service(self, code: str) -> Service:
        for s in self.services:
            if s.code == code:
                return s
        known = ", ".join(s.code for s in self.services)
        raise UnknownCode(f"unknown service {code!r} (this branch has {known})")

    def priority_class(self, code: str) -> PriorityClass:
        for p in self.priority_classes:
            if p.code == code:
                return p
        known = ", ".join(p.code for p in self.priority_classes)
        raise UnknownCode(f"unknown priority class {code!r} (this branch has {known})")

    @cached_property
    def head_starts_s(self) -> dict[str, int]:
        """Seconds of head start per configured class (read-only by convention)."""
        return {p.code: p.head_start_s for p in self.priority_classes}

    def head_start(self, code: str) -> float:
        """Minutes of head start for a class (1.5 for 90 s); 0 for a class no longer configured."""
        return self.head_starts_s.get(code, 0) / 60

    def head_start_s(self, code: str) -> int:
        """Seconds of head start for a class; 0 for a class no longer configured."""
        return self.head_starts_s.get(code, 0)

    @cached_property
    def max_wait_s(self) -> int:
        return round(self.max_wait_minutes * 60)

    def notice_line(self, languages: tuple[str, ...] | None = None) -> str:
        """The notices in each of `languages` (the hall's by default), joined for one scrolling line."""
        langs = languages or self.announce_languages
        texts = [n[lang] for n in self.notices for lang in langs if lang in n]
        return "   •   ".join(texts)

    def counter(self, number: int) -> Counter:
        for c in self.counters:
            if c.number == number:
                return c
        known = ", ".join(str(c.number) for c in self.counters)
        raise UnknownCode(f"unknown counter {number} (this branch has {known})", reason="unknown_counter",
                          counter=number)


def default_toml() -> str:
    return resources.files("kiosk.core").joinpath("default_branch.toml").read_text("utf-8")


def default_branch() -> Branch:
    return parse_branch(default_toml())


def parse_branch(text: str, source: str = "config", stored: bool = False) -> Branch:
    """Parse and validate TOML text; ConfigError names the first wrong field. `stored`: a
    configuration already saved, which older versions may have accepted with a language this one
    does not know; it is read (and must still be fixed to be saved again), not refused."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}") from None
    return branch_from_dict(data, stored)


def branch_from_dict(data: dict[str, Any], stored: bool = False) -> Branch:
    b = _table(data, "branch", "branch")
    name = _str(b, "name", "branch.name")
    tz = _str(b, "time_zone", "branch.time_zone")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"branch.time_zone: unknown time zone {tz!r}") from None
    languages = _languages(b, "languages", ["zh_CN", "zh_TW", "en"], stored)
    announce_languages = _languages(b, "announce_languages", ["zh_CN", "en"], stored)

    services = tuple(_service(s, i) for i, s in enumerate(_list(data, "services")))
    _unique([s.code for s in services], "services", "code")
    _unique([s.prefix for s in services], "services", "prefix")
    classes = tuple(_class(p, i) for i, p in enumerate(_list(data, "priority_classes")))
    _unique([p.code for p in classes], "priority_classes", "code")
    if REGULAR not in {p.code for p in classes}:
        raise ConfigError("priority_classes: a class with code \"regular\" is required")
    service_codes = {s.code for s in services}
    counters = tuple(_counter(c, i, service_codes) for i, c in enumerate(_list(data, "counters")))
    _unique([c.number for c in counters], "counters", "number")
    notices = data.get("notices", [])
    if not isinstance(notices, list):
        raise ConfigError("notices: must be a list of [[notices]] tables")
    notice_texts = tuple(_names(n if isinstance(n, dict) else {"text": None}, f"notices[{i}]", "text")
                         for i, n in enumerate(notices))

    return Branch(
        name=name,
        time_zone=tz,
        max_wait_minutes=_minutes(b, "max_wait", "branch", 1, 24 * 60, 40),
        reinstate_minutes=_int(b, "reinstate_minutes", "branch.reinstate_minutes", 0, 24 * 60, 30),
        occupancy_cap=_int(b, "occupancy_cap", "branch.occupancy_cap", 0, 100_000, 0),
        languages=languages,
        announce_languages=announce_languages,
        observed_services_needed=_int(
            b, "observed_services_needed", "branch.observed_services_needed", 1, 1000, 5
        ),
        announcement_repeats=_int(b, "announcement_repeats", "branch.announcement_repeats", 1, 5, 1),
        backup_keep_days=_int(b, "backup_keep_days", "branch.backup_keep_days", 0, 3650, 14),
        notices=notice_texts,
        services=services,
        priority_classes=classes,
        counters=counters,
        calendar=working_calendar(data),
        bookings=booking_rules(data, service_codes),
        home_visits=home_visit_rules(data),
        complaints=complaint_rules(data),
        ratings=rating_rules(data),
        shunting=shunt_rules(data),
        estimates=estimate_rules(data),
        surge=surge_rules(data, service_codes),
        drills=drill_rules(data, service_codes, {p.code for p in classes}),
    )


def _languages(b: dict, key: str, default: list[str], stored: bool) -> tuple[str, ...]:
    languages = b.get(key, default)
    if not isinstance(languages, list) or not languages:
        raise ConfigError(f"branch.{key}: must be a non-empty list such as [\"zh_CN\", \"en\"]")
    for i, lang in enumerate(languages):
        if not isinstance(lang, str) or not _LANG.match(lang):
            raise ConfigError(f"branch.{key}[{i}]: {lang!r} is not a language tag like zh_CN")
        if not stored and catalog().find(lang) is None:
            known = ", ".join(catalog().languages)
            raise ConfigError(f"branch.{key}[{i}]: {lang!r} is not a language this program knows ({known})")
    if len(set(languages)) != len(languages):
        raise ConfigError(f"branch.{key}: a language is listed twice")
    return tuple(languages)


def _service(s: Any, i: int) -> Service:
    where = f"services[{i}]"
    if not isinstance(s, dict):
        raise ConfigError(f"{where}: must be a table")
    code = _str(s, "code", f"{where}.code")
    if not _CODE.match(code):
        raise ConfigError(f"{where}.code: {code!r} must be 1-2 capital letters")
    prefix = s.get("prefix", code)
    if not isinstance(prefix, str) or not _CODE.match(prefix):
        raise ConfigError(f"{where}.prefix: {prefix!r} must be 1-2 capital letters")
    minutes = s.get("minutes", 5)
    if isinstance(minutes, bool) or not isinstance(minutes, int | float) or not 0 < minutes <= 240:
        raise ConfigError(f"{where}.minutes: {minutes!r} must be a number of minutes, 0 < m <= 240")
    quick = s.get("quick", False)
    if not isinstance(quick, bool):
        raise ConfigError(f"{where}.quick: must be true or false")
    self_service = _names(s, where, "self_service")
    return Service(code, prefix, float(minutes), _names(s, where), quick, self_service)


def _class(p: Any, i: int) -> PriorityClass:
    where = f"priority_classes[{i}]"
    if not isinstance(p, dict):
        raise ConfigError(f"{where}: must be a table")
    code = _str(p, "code", f"{where}.code")
    if not _CLASS_CODE.match(code):
        raise ConfigError(f"{where}.code: {code!r} must be lower-case letters, digits and _")
    head_start = _minutes(p, "head_start", where, 0, 24 * 60, None)
    love = p.get("love_window", code != REGULAR)
    if not isinstance(love, bool):
        raise ConfigError(f"{where}.love_window: must be true or false")
    if code == REGULAR and (head_start != 0 or love):
        raise ConfigError(f"{where}: the regular class must have head_start 0 and love_window false")
    return PriorityClass(code, head_start, love, _names(p, where))


def _counter(c: Any, i: int, service_codes: set[str]) -> Counter:
    where = f"counters[{i}]"
    if not isinstance(c, dict):
        raise ConfigError(f"{where}: must be a table")
    number = _int(c, "number", f"{where}.number", 1, 999, None)
    services = c.get("services")
    if not isinstance(services, list) or not services:
        raise ConfigError(f"{where}.services: must be a non-empty list of service codes")
    for code in services:
        if code not in service_codes:
            raise ConfigError(f"{where}.services: unknown service {code!r}")
    if len(set(services)) != len(services):
        raise ConfigError(f"{where}.services: a service is listed twice")
    return Counter(number, tuple(services))


def _names(d: dict, where: str, key: str = "names") -> dict[str, str]:
    names = d.get(key, {})
    if not isinstance(names, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in names.items()
    ):
        raise ConfigError(f"{where}.{key}: must map language tags to non-empty text")
    return dict(names)


def _table(d: dict, key: str, where: str) -> dict:
    v = d.get(key)
    if not isinstance(v, dict):
        raise ConfigError(f"{where}: missing [{key}] table")
    return v


def _list(d: dict, key: str) -> list:
    v = d.get(key)
    if not isinstance(v, list) or not v:
        raise ConfigError(f"{key}: at least one [[{key}]] entry is required")
    return v


def _str(d: dict, key: str, where: str) -> str:
    v = d.get(key)
    if not isinstance(v, str) or not v.strip():
        raise ConfigError(f"{where}: required text is missing")
    return v.strip()


def _int(d: dict, key: str, where: str, lo: int, hi: int, default: int | None) -> int:
    v = d.get(key, default)
    if v is None:
        raise ConfigError(f"{where}: required whole number is missing")
    if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
        raise ConfigError(f"{where}: {v!r} must be a whole number from {lo} to {hi}")
    return v


def _minutes(d: dict, key: str, where: str, lo: float, hi: float, default: float | None) -> float:
    """A duration in minutes, given as `key` or `key_minutes` (whole or fractional: 1.5) or as
    `key_seconds` (90); at most one of them."""
    given = [k for k in (key, f"{key}_minutes", f"{key}_seconds") if k in d]
    if len(given) > 1:
        raise ConfigError(f"{where}: give only one of {', '.join(given)}")
    if not given:
        if default is None:
            raise ConfigError(f"{where}.{key}: missing")
        return default
    name = given[0]
    value = d[name]
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise ConfigError(f"{where}.{name}: must be a number, not {value!r}")
    seconds = name.endswith("_seconds")
    minutes = value / 60 if seconds else value
    if not lo <= minutes <= hi:
        span = f"{lo * 60:g} to {hi * 60:g} seconds" if seconds else f"{lo:g} to {hi:g} minutes (1.5 is 90 s)"
        raise ConfigError(f"{where}.{name}: {value!r} must be from {span}")
    if round(minutes * 60) != minutes * 60 and abs(round(minutes * 60) - minutes * 60) > 1e-6:
        raise ConfigError(f"{where}.{name}: must be whole seconds, not {value!r}")
    return int(minutes) if float(minutes).is_integer() else minutes


def _unique(values: list, table: str, key: str) -> None:
    seen = set()
    for i, v in enumerate(values):
        if v in seen:
            raise ConfigError(f"{table}[{i}].{key}: {v!r} is used twice")
        seen.add(v)

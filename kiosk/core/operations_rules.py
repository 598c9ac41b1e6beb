"""The branch's operations rules, as configured: how wait estimates are made and said ([estimates]), when a
surge alert is raised ([surge]), and what a drill runs and is judged against ([drills]; seeds 000, 004)."""
from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from kiosk.core.errors import ConfigError


@dataclass(frozen=True)
class EstimateRules:
    runs: int = 40  # simulated runs of the queue behind each estimate
    history_weeks: int = 4  # service times also from the same weekday and hour this many weeks back
    range_minutes: float = 5.0  # say "about 10-15 min" when the 20th-80th band is at least this wide ...
    range_share: float = 0.3  # ... and at least this share of the estimate


@dataclass(frozen=True)
class SurgeRules:
    target_p90_minutes: float = 20.0  # alert when the predicted p90 wait of a service passes this
    targets: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))  # per service, minutes
    check_seconds: int = 60  # how often a station's watch simulates the live queue
    on_display: bool = False  # the hall display shows the alert too

    def target_minutes(self, service: str) -> float:
        return self.targets.get(service, self.target_p90_minutes)


@dataclass(frozen=True)
class DrillCustomer:
    """One scripted customer of a special-group drill and the response expected for them."""

    role: str  # wheelchair, hearing, unwell_elderly, green_channel (what the staff play)
    service: str
    priority: str
    needs: tuple[str, ...] = ()
    help: bool = False  # they ask for help at the kiosk: answered within help_answer_seconds
    assistance: bool = True  # the counter logs the assistance given
    love_window: bool = False  # a love window should be opened for them


@dataclass(frozen=True)
class DrillRules:
    surge_rate_per_hour: float = 60.0  # synthetic customers fed to the kiosk queue in a surge drill
    surge_minutes: int = 30  # how long the surge feeds customers
    surge_mix: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))  # service -> share
    class_mix: MappingProxyType = field(default_factory=lambda: MappingProxyType({"regular": 1.0}))
    help_answer_seconds: int = 120  # a drill customer's help request answered within this
    love_window_minutes: int = 5  # a love window opened within this of the first special customer
    counters_open_minutes: int = 10  # counters opened within this after a surge alert
    wait_target_minutes: float = 20.0  # the drill's p90 wait target
    script: tuple[DrillCustomer, ...] = ()


DEFAULT_SCRIPT = (
    DrillCustomer("wheelchair", "A", "disability", ("wheelchair",), help=True),
    DrillCustomer("hearing", "A", "disability", ("sign_language",)),
    DrillCustomer("unwell_elderly", "B", "elderly", (), help=True, love_window=True),
    DrillCustomer("green_channel", "A", "green_channel", (), love_window=True),
)


def estimate_rules(data: dict[str, Any]) -> EstimateRules:
    t = _table(data, "estimates")
    return EstimateRules(_num(t, "runs", "estimates", 1, 500, 40, whole=True),
                         _num(t, "history_weeks", "estimates", 0, 52, 4, whole=True),
                         _num(t, "range_minutes", "estimates", 0, 600, 5.0),
                         _num(t, "range_share", "estimates", 0, 10, 0.3))


def surge_rules(data: dict[str, Any], service_codes: set[str]) -> SurgeRules:
    t = _table(data, "surge")
    targets = t.get("targets", {})
    if not isinstance(targets, dict):
        raise ConfigError("surge.targets: must map services to minutes, e.g. { A = 15 }")
    for code in targets:
        if code not in service_codes:
            raise ConfigError(f"surge.targets: unknown service {code!r}")
    checked = {code: _num(targets, code, "surge.targets", 1, 24 * 60, None) for code in targets}
    on_display = t.get("on_display", False)
    if not isinstance(on_display, bool):
        raise ConfigError("surge.on_display: must be true or false")
    return SurgeRules(_num(t, "target_p90_minutes", "surge", 1, 24 * 60, 20.0), MappingProxyType(checked),
                      _num(t, "check_seconds", "surge", 10, 3600, 60, whole=True), on_display)


def drill_rules(data: dict[str, Any], service_codes: set[str], class_codes: set[str]) -> DrillRules:
    t = _table(data, "drills")
    mix = _shares(t, "surge_mix", service_codes) or {c: 1.0 for c in sorted(service_codes)}
    classes = _shares(t, "class_mix", class_codes) or {"regular": 1.0}
    script = t.get("script")
    if script is None:
        customers = tuple(c for c in DEFAULT_SCRIPT
                          if c.service in service_codes and c.priority in class_codes)
    elif isinstance(script, list):
        customers = tuple(_customer(c, i, service_codes, class_codes) for i, c in enumerate(script))
    else:
        raise ConfigError("drills.script: must be a list of tables")
    return DrillRules(
        _num(t, "surge_rate_per_hour", "drills", 1, 2000, 60.0),
        _num(t, "surge_minutes", "drills", 1, 600, 30, whole=True),
        MappingProxyType(mix), MappingProxyType(classes),
        _num(t, "help_answer_seconds", "drills", 10, 3600, 120, whole=True),
        _num(t, "love_window_minutes", "drills", 1, 240, 5, whole=True),
        _num(t, "counters_open_minutes", "drills", 1, 240, 10, whole=True),
        _num(t, "wait_target_minutes", "drills", 1, 24 * 60, 20.0),
        customers)


def _customer(c: Any, i: int, service_codes: set[str], class_codes: set[str]) -> DrillCustomer:
    where = f"drills.script[{i}]"
    if not isinstance(c, dict):
        raise ConfigError(f"{where}: must be a table")
    role, service, priority = c.get("role"), c.get("service"), c.get("priority", "regular")
    if not isinstance(role, str) or not role.strip():
        raise ConfigError(f"{where}.role: must name who the staff play, e.g. \"wheelchair\"")
    if service not in service_codes:
        raise ConfigError(f"{where}.service: unknown service {service!r}")
    if priority not in class_codes:
        raise ConfigError(f"{where}.priority: unknown priority class {priority!r}")
    needs = c.get("needs", [])
    if not isinstance(needs, list) or not all(isinstance(n, str) for n in needs):
        raise ConfigError(f"{where}.needs: must be a list of needs, e.g. [\"wheelchair\"]")
    flags = {}
    for key, default in (("help", False), ("assistance", True), ("love_window", False)):
        flags[key] = c.get(key, default)
        if not isinstance(flags[key], bool):
            raise ConfigError(f"{where}.{key}: must be true or false")
    return DrillCustomer(role.strip(), service, priority, tuple(needs), **flags)


def _shares(t: dict, key: str, codes: set[str]) -> dict[str, float]:
    given = t.get(key, {})
    if not isinstance(given, dict):
        raise ConfigError(f"drills.{key}: must map codes to shares, e.g. {{ A = 0.6, B = 0.4 }}")
    for code in given:
        if code not in codes:
            raise ConfigError(f"drills.{key}: unknown code {code!r}")
    shares = {code: _num(given, code, f"drills.{key}", 0, 1e6, None) for code in given}
    if shares and sum(shares.values()) <= 0:
        raise ConfigError(f"drills.{key}: the shares must not all be 0")
    return shares


def _table(data: dict, key: str) -> dict:
    t = data.get(key, {})
    if not isinstance(t, dict):
        raise ConfigError(f"[{key}] must be a table")
    return t


def _num(d: dict, key: str, where: str, lo: float, hi: float, default: Any, whole: bool = False) -> Any:
    v = d.get(key, default)
    if v is None:
        raise ConfigError(f"{where}.{key}: missing")
    kind = int if whole else (int, float)
    if isinstance(v, bool) or not isinstance(v, kind) or not lo <= v <= hi:
        what = "a whole number" if whole else "a number"
        raise ConfigError(f"{where}.{key}: {v!r} must be {what} from {lo:g} to {hi:g}")
    return v

"""A drill's plan and the customers it feeds to the queue: a surge drill's Poisson arrivals at a rate and mix,
a special-group drill's script one customer after another. Pure: times come from the caller's clock.

The plan is stored with the drill (JSON) in the [drills] table's own words (surge_rate_per_hour,
surge_minutes, surge_mix, class_mix, script, the targets), plus `seed` (the surge's arrivals are drawn again
the same after a restart) and `every_seconds` (the script's pace), so a drill is judged against the targets
it ran with."""
from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from kiosk.core.drills import SPECIAL, SURGE, Drill
from kiosk.core.errors import ConfigError, QueueError
from kiosk.core.operations_rules import DrillCustomer, DrillRules, drill_rules

DEFAULT_EVERY_SECONDS = 60  # a special-group drill's customers, one a minute unless the plan says otherwise
TARGETS = ("help_answer_seconds", "love_window_minutes", "counters_open_minutes", "wait_target_minutes")
SURGE_KEYS = ("surge_rate_per_hour", "surge_minutes", "surge_mix", "class_mix")


@dataclass(frozen=True)
class Arrival:
    """One drill customer: when they take a ticket, for what, and (scripted) who they play."""

    at: datetime
    service: str
    priority: str
    needs: tuple[str, ...] = ()
    help: bool = False  # asks for help at the kiosk as soon as the ticket is out
    role: str = ""  # the script's role; "" for a surge customer


@dataclass(frozen=True)
class DrillPlan:
    """What a drill runs and is judged against."""

    kind: str
    rules: DrillRules
    seed: int = 0
    every_seconds: int = DEFAULT_EVERY_SECONDS

    def to_json(self) -> dict[str, Any]:
        """The plan as stored with the drill: only the kind's own part, and every target."""
        r = self.rules
        plan: dict[str, Any] = {key: getattr(r, key) for key in TARGETS}
        if self.kind == SURGE:
            plan |= {"surge_rate_per_hour": r.surge_rate_per_hour, "surge_minutes": r.surge_minutes,
                     "surge_mix": dict(r.surge_mix), "class_mix": dict(r.class_mix), "seed": self.seed}
        else:
            plan |= {"script": [_customer_json(c) for c in r.script], "every_seconds": self.every_seconds}
        return plan

    def arrivals(self, start: datetime) -> list[Arrival]:
        """Every customer the drill feeds, in order, from `start` (the drill's start)."""
        if self.kind == SURGE:
            return surge_arrivals(self.rules, start, self.seed)
        return [Arrival(start + timedelta(seconds=i * self.every_seconds), c.service, c.priority, c.needs,
                        c.help, c.role) for i, c in enumerate(self.rules.script)]

    def checked(self, service_codes: set[str], class_codes: set[str]) -> DrillPlan:
        """The plan, or QueueError when it would feed nobody or names a code the branch no longer has."""
        mixes = (self.rules.surge_mix, self.rules.class_mix)
        if self.kind == SURGE and not all(any(v > 0 for v in mix.values()) for mix in mixes):
            raise QueueError("give some services and some classes a share of the customers",
                             reason="empty_drill_mix")
        try:
            drill_rules({"drills": self.to_json()}, service_codes, class_codes)
        except ConfigError as exc:
            raise QueueError(str(exc), reason="bad_drill_plan", detail=str(exc)) from None
        if self.kind == SPECIAL and not self.rules.script:
            raise QueueError("the script has no customers", reason="empty_drill_script")
        return self


def read_plan(drill: Drill, defaults: DrillRules) -> DrillPlan:
    """The plan a drill was started with; what it does not say (or says in a form this version cannot read,
    e.g. a hand-written plan given on the command line) is taken from `defaults`, the branch's rules."""
    plan = drill.plan or {}
    merged = {key: plan[key] for key in (*TARGETS, *SURGE_KEYS, "script") if key in plan}
    codes = _codes(merged, defaults)
    try:
        rules = drill_rules({"drills": {**_rules_json(defaults), **merged}}, *codes)
    except ConfigError:
        rules = defaults
    seed, every = plan.get("seed", 0), plan.get("every_seconds", DEFAULT_EVERY_SECONDS)
    seed = seed if isinstance(seed, int) and not isinstance(seed, bool) else 0
    every = every if isinstance(every, int) and not isinstance(every, bool) and every > 0 else \
        DEFAULT_EVERY_SECONDS
    return DrillPlan(drill.kind, rules, seed, every)


def surge_arrivals(rules: DrillRules, start: datetime, seed: int) -> list[Arrival]:
    """Poisson arrivals at surge_rate_per_hour for surge_minutes, each drawing its service from surge_mix and
    its class from class_mix; the same seed draws the same customers."""
    rng = random.Random(seed)
    services, service_weights = _weights(rules.surge_mix)
    classes, class_weights = _weights(rules.class_mix)
    end, per_second = rules.surge_minutes * 60.0, rules.surge_rate_per_hour / 3600.0
    arrivals, t = [], 0.0
    while True:
        t += rng.expovariate(per_second)
        if t > end:
            return arrivals
        arrivals.append(Arrival(start + timedelta(seconds=round(t, 3)),
                                rng.choices(services, service_weights)[0],
                                rng.choices(classes, class_weights)[0]))


def _weights(mix: Mapping[str, float]) -> tuple[list[str], list[float]]:
    codes = sorted(code for code, share in mix.items() if share > 0)  # sorted: the draw does not depend on
    return codes, [mix[code] for code in codes]  # the order the mix was written in


def _customer_json(c: DrillCustomer) -> dict[str, Any]:
    return {**asdict(c), "needs": list(c.needs)}


def _rules_json(r: DrillRules) -> dict[str, Any]:
    return {**{key: getattr(r, key) for key in (*TARGETS, "surge_rate_per_hour", "surge_minutes")},
            "surge_mix": dict(r.surge_mix), "class_mix": dict(r.class_mix),
            "script": [_customer_json(c) for c in r.script]}


def _codes(plan: Mapping[str, Any], defaults: DrillRules) -> tuple[set[str], set[str]]:
    """The service and class codes a stored plan may name: its own and the defaults' (a drill is read back
    even after its services were taken out of the configuration)."""
    services = set(defaults.surge_mix) | {c.service for c in defaults.script}
    classes = set(defaults.class_mix) | {c.priority for c in defaults.script} | {"regular"}
    for key, into in (("surge_mix", services), ("class_mix", classes)):
        if isinstance(plan.get(key), Mapping):
            into.update(k for k in plan[key] if isinstance(k, str))
    script = plan.get("script")
    for c in script if isinstance(script, Sequence) and not isinstance(script, str) else ():
        if isinstance(c, Mapping):
            services.update(v for v in (c.get("service"),) if isinstance(v, str))
            classes.update(v for v in (c.get("priority"),) if isinstance(v, str))
    return services, classes

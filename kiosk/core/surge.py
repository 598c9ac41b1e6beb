"""Surge alerts: each service's predicted 90th-percentile wait, from the live queue played forward through
the calling policy (kiosk.core.queue_sim), against its target; over it, the fewest closed or paused counters
to open that bring it back under. Pure: no clock, no store, no Qt."""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from kiosk.core.config import Branch
from kiosk.core.languages import catalog
from kiosk.core.models import Counter, CounterMode
from kiosk.core.queue_sim import Desk, QueueNow, Waiting, predicted_waits

SHARE = 0.9  # the 90th percentile of the predicted waits
# A logged alert ends once its service's p90 is back under this share of the target (or nobody waits for it),
# not at the first check just under it: a queue at the target would log an alert and its end every minute.
CLEAR_SHARE = 0.9
SPARE_MODES = (CounterMode.CLOSED, CounterMode.PAUSED)  # counters the advice may ask to open
NOT_WORTH_S = 60.0  # a counter that shortens the p90 by less than this is not worth opening

# The alert's sentence per language: {service} code, {waiting} people, {minutes} the p90, {n} more counters.
_WORDS = {
    "en": {"wait": "{service}: {waiting} waiting, about {minutes} min",
           "none_open": "{service}: {waiting} waiting, no open counter serves {service}",
           "open": ("open {n} more counter for {service}", "open {n} more counters for {service}"),
           "none_left": "no counter left to open", "no_help": "more counters would not shorten it",
           "join": ": "},
    "zh_CN": {"wait": "{service}：{waiting} 人等候，约 {minutes} 分钟",
              "none_open": "{service}：{waiting} 人等候，没有开放的窗口办理 {service}",
              "open": ("请为 {service} 加开 {n} 个窗口",) * 2,
              "none_left": "已无可加开的窗口", "no_help": "加开窗口也不能缩短等候", "join": "："},
    "zh_TW": {"wait": "{service}：{waiting} 人等候，約 {minutes} 分鐘",
              "none_open": "{service}：{waiting} 人等候，沒有開放的櫃檯辦理 {service}",
              "open": ("請為 {service} 加開 {n} 個櫃檯",) * 2,
              "none_left": "已無可加開的櫃檯", "no_help": "加開櫃檯也不能縮短等候", "join": "："},
}


def _words(lang: str) -> dict:
    if lang in _WORDS:
        return _WORDS[lang]
    known = catalog().find(lang)  # zh_HK reads zh_TW's, as it shows zh_TW's screens
    return _WORDS.get(known.screens if known is not None else "", _WORDS["en"])


@dataclass(frozen=True)
class SurgeAlert:
    """A service whose predicted p90 wait passes its target, and the advice: open `more_counters` more."""

    service: str
    waiting: int  # its waiting tickets
    p90_s: float | None  # seconds; None when no open counter may call them (they would wait for ever)
    target_s: float
    more_counters: int  # 0: no closed or paused counter is left to open, or opening one would not help
    counters: tuple[int, ...] = field(default=(), compare=False)  # which ones, best first (not logged)
    spare: int = field(default=0, compare=False)  # the closed and paused counters there are
    at: datetime | None = field(default=None, compare=False)  # when logged (read back from the log)
    cleared_at: datetime | None = field(default=None, compare=False)  # when its end was logged

    @property
    def minutes(self) -> int | None:
        return None if self.p90_s is None else max(round(self.p90_s / 60), 1)

    def text(self, lang: str) -> str:
        """One line in `lang`: "A: 23 waiting, about 28 min: open 2 more counters for A"."""
        words = _words(lang)
        head = words["wait"] if self.p90_s is not None else words["none_open"]
        advice = (words["open"][self.more_counters != 1] if self.more_counters else
                  words["no_help"] if self.spare else words["none_left"])
        return (head + words["join"] + advice).format(service=self.service, waiting=self.waiting,
                                                      minutes=self.minutes, n=self.more_counters)

    def details(self) -> dict:
        """The logged event's details: codes and numbers only."""
        return {"service": self.service, "waiting": self.waiting,
                "p90_s": None if self.p90_s is None else round(self.p90_s),
                "target_s": round(self.target_s), "more_counters": self.more_counters}


@dataclass(frozen=True)
class SurgeCheck:
    """One look at the live queue: the services over their target, and those clearly back under it."""

    at: datetime
    alerts: tuple[SurgeAlert, ...]  # in the branch's service order
    cleared: tuple[str, ...]  # p90 under CLEAR_SHARE of the target, or nobody waiting: an alert logged ends
    p90_s: dict[str, float | None] = field(default_factory=dict, compare=False)  # every service waited for


def p90(waits: Sequence[float]) -> float | None:
    """The 90th percentile (interpolated) of waits where math.inf is a ticket never called; None when
    that percentile falls on one of them, 0 for no waits."""
    ordered = sorted(waits)
    if not ordered:
        return 0.0
    pos = (len(ordered) - 1) * SHARE
    lo = math.floor(pos)
    hi = min(lo + 1, len(ordered) - 1)
    if pos == lo or ordered[hi] == ordered[lo]:
        value = ordered[lo]
    else:
        value = ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)  # math.inf past a ticket never called
    return None if math.isinf(value) else value


def service_p90(branch: Branch, now: QueueNow, service: str,
                arrivals: Sequence[tuple[Waiting, float]] = ()) -> float | None:
    """The p90 of the predicted waits of `service`'s waiting (and arriving) tickets, in the mean run."""
    return _p90s(branch, now, arrivals).get(service, 0.0)


def _p90s(branch: Branch, now: QueueNow,
          arrivals: Sequence[tuple[Waiting, float]] = ()) -> dict[str, float | None]:
    waits = predicted_waits(branch, now, None, arrivals)
    by_service: dict[str, list[float]] = {}
    for t in (*now.waiting, *(a[0] for a in arrivals)):
        by_service.setdefault(t.service, []).append(waits.get(t.id, math.inf))
    return {service: p90(w) for service, w in by_service.items()}


def _over(p90_s: float | None, target_s: float) -> bool:
    return p90_s is None or p90_s > target_s


def spare_desks(now: QueueNow, service: str) -> list[Desk]:
    """The closed and paused counters, opened in normal mode for `service` first, then their usual other
    services; those that usually serve it first, then by number."""
    spare = [d for d in now.desks if d.counter.mode in SPARE_MODES]
    spare.sort(key=lambda d: (service not in d.counter.services, d.counter.number))
    return [replace(d, counter=Counter(d.counter.number,
                                       (service, *(s for s in d.counter.services if s != service)),
                                       CounterMode.NORMAL, d.counter.current_ticket_id))
            for d in spare]


def counters_needed(branch: Branch, now: QueueNow, service: str, target_s: float,
                    arrivals: Sequence[tuple[Waiting, float]] = ()) -> tuple[int, ...]:
    """The fewest spare counters whose opening brings `service`'s p90 under `target_s`. When no number of
    them does, the fewest that bring it as far down as they can (within a minute): none when the wait is
    already waited, or there are none."""
    spare = spare_desks(now, service)
    reached = []
    for k in range(len(spare) + 1):
        opened = now.with_desks(spare[:k])
        p90_s = _p90s(branch, opened, arrivals).get(service, 0.0)
        if k and not _over(p90_s, target_s):
            return tuple(d.counter.number for d in spare[:k])
        reached.append(math.inf if p90_s is None else p90_s)
    best = min(reached)
    k = next(k for k, p in enumerate(reached) if p <= best + NOT_WORTH_S)
    return tuple(d.counter.number for d in spare[:k])


def check_surge(branch: Branch, now: QueueNow,
                arrivals: Sequence[tuple[Waiting, float]] = ()) -> SurgeCheck:
    """Every service's predicted p90 wait against `branch.surge.target_minutes(service)`; an alert with
    the counters to open for each over it."""
    p90s = _p90s(branch, now, arrivals)
    alerts, cleared = [], []
    for service in (s.code for s in branch.services):
        target_s = branch.surge.target_minutes(service) * 60.0
        p90_s = p90s.get(service)
        if service not in p90s or (p90_s is not None and p90_s <= CLEAR_SHARE * target_s):
            cleared.append(service)
        if service in p90s and _over(p90_s, target_s):
            counters = counters_needed(branch, now, service, target_s, arrivals)
            waiting = sum(1 for t in now.waiting if t.service == service)
            spare = sum(1 for d in now.desks if d.counter.mode in SPARE_MODES)
            alerts.append(SurgeAlert(service, waiting, p90_s, target_s, len(counters), counters, spare))
    return SurgeCheck(now.at, tuple(alerts), tuple(cleared), p90s)

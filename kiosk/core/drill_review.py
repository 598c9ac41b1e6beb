"""A drill judged against its targets (seeds 000, 004): its tickets' waits, each scripted customer's help and
assistance, the love window, the counters opened after each surge alert; the staff's notes (总结, 完善预案).
Pure: the store reads the facts (kiosk.store.drill_review), the window and the PDF say the result."""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from kiosk.core.drill_plan import DrillPlan
from kiosk.core.drills import SPECIAL, Drill
from kiosk.core.operations_rules import DrillCustomer
from kiosk.core.stats import Summary, TicketFacts, summarize

MET, MISSED, NOT_JUDGED = "met", "missed", "not_judged"
# what each line judges
WAIT_P90 = "wait_p90"  # the 90th percentile of the drill tickets' waits, against wait_target_minutes
HELP = "help"  # a scripted customer's help request answered within help_answer_seconds
ASSISTANCE = "assistance"  # the assistance given to a scripted customer logged for their ticket
NOT_ISSUED = "not_issued"  # a scripted customer the drill ended before
LOVE_WINDOW = "love_window"  # a love window open within love_window_minutes of the first special customer
COUNTER_OPENED = "counter_opened"  # a counter opened for the service within counters_open_minutes of an alert
NO_ALERT = "no_alert"  # a surge drill raised no surge alert: nothing to judge the staffing against

CALLING = ("normal", "love", "quick")
MODE_OF_ACTION = {"open": "normal", "open_love": "love", "open_quick": "quick", "pause": "paused",
                  "close": "closed"}  # a counter's mode events (kiosk.store.counters)
IMPROVE_MARK = "[完善预案 / What to improve]"  # the line between the two parts of the staff's notes


@dataclass(frozen=True)
class DrillNotes:
    """The staff's notes after a drill: the summary (总结) and what to improve in the plan (完善预案), kept
    as one text with the drill (readable as it is in `kiosk drill list`)."""

    summary: str = ""
    improve: str = ""

    @property
    def text(self) -> str:
        summary, improve = self.summary.strip(), self.improve.strip()
        if not improve:
            return summary
        return f"{summary}\n\n{IMPROVE_MARK}\n{improve}" if summary else f"{IMPROVE_MARK}\n{improve}"

    @classmethod
    def read(cls, text: str) -> DrillNotes:
        """Notes as stored; a text without the mark (written on the command line) is all summary."""
        summary, mark, improve = (text or "").partition(IMPROVE_MARK)
        return cls(summary.strip(), improve.strip() if mark else "")


@dataclass(frozen=True)
class DrillProgress:
    """A running drill as its manager watches it."""

    drill_id: int
    running: bool
    issued: int = 0
    waiting: int = 0  # of its tickets, still waiting
    called: int = 0  # called at least once
    served: int = 0
    alerts: int = 0  # surge alerts since it started
    help_open: int = 0  # its customers' help requests not yet answered
    waiting_tickets: tuple[tuple[str, str], ...] = ()  # (label, business day) of those still waiting


@dataclass(frozen=True)
class ModeChange:
    """A counter's mode event: when, which counter, the mode it took and the services it calls."""

    at: float  # epoch seconds
    counter: int
    mode: str
    services: tuple[str, ...] = ()


@dataclass(frozen=True)
class AlertFact:
    """A surge alert event (action "surge_alert")."""

    at: float  # epoch seconds
    service: str
    waiting: int
    p90_s: float | None  # None: no open counter served the service (waiting for ever)
    target_s: float
    more_counters: int


@dataclass(frozen=True)
class HelpFact:
    asked_at: float
    answered_at: float | None  # acknowledged (someone is going); None: nobody answered


@dataclass(frozen=True)
class Check:
    """One line of the evaluation: what was measured, against which target, met or missed."""

    check: str  # WAIT_P90, HELP, ASSISTANCE, NOT_ISSUED, LOVE_WINDOW, COUNTER_OPENED, NO_ALERT
    verdict: str  # MET, MISSED, NOT_JUDGED
    value_s: float | None = None  # seconds measured; None: it did not happen
    target_s: float | None = None
    ticket: str = ""  # the scripted customer's ticket label
    role: str = ""  # the scripted customer's role (wheelchair, hearing, ...)
    service: str = ""  # the alert's service
    at: float | None = None  # the alert's time, epoch seconds
    kinds: tuple[str, ...] = ()  # the assistance logged
    waiting: int | None = None  # tickets waiting at the alert
    more_counters: int | None = None  # counters the alert advised opening


@dataclass(frozen=True)
class DrillReview:
    drill: Drill
    plan: DrillPlan
    until: datetime  # the drill's end, or now while it runs
    planned: int  # customers the plan feeds
    issued: int
    called: int
    served: int
    waiting: int  # still waiting (or called, not yet served) at `until`
    cancelled: int
    waits: Summary  # every ticket's wait: to its first call, or so far for one never called
    max_wait_s: float | None
    not_called: int  # of the waits, tickets never called (their wait runs to their cancel or `until`)
    checks: tuple[Check, ...]
    notes: DrillNotes

    @property
    def met(self) -> int:
        return sum(c.verdict == MET for c in self.checks)

    @property
    def missed(self) -> int:
        return sum(c.verdict == MISSED for c in self.checks)


def review(drill: Drill, plan: DrillPlan, tickets: Sequence[TicketFacts], help: Mapping[int, HelpFact],
           assistance: Mapping[int, tuple[str, ...]], modes: Sequence[ModeChange],
           alerts: Sequence[AlertFact], until: datetime) -> DrillReview:
    """Judge `drill` from its tickets (in issue order) and what the branch did meanwhile."""
    end = until.timestamp()
    rules = plan.rules
    tickets = sorted(tickets, key=lambda t: (t.issued_at, t.id))
    waits = [_waited(t, end) for t in tickets]
    summary = summarize(waits)
    target = rules.wait_target_minutes * 60.0
    checks = [Check(WAIT_P90, NOT_JUDGED if summary.p90 is None else _verdict(summary.p90, target),
                    summary.p90, target)]
    if drill.kind == SPECIAL:
        checks += _customers(plan, tickets, help, assistance)
        if any(c.love_window for c in rules.script):
            first = tickets[0].issued_at if tickets else None
            checks.append(_love_window(first, modes, end, rules.love_window_minutes * 60.0))
    checks += _alerts(alerts, modes, end, rules.counters_open_minutes * 60.0, surge=drill.kind != SPECIAL)
    outcomes = [t.outcome for t in tickets]
    return DrillReview(
        drill, plan, until, len(plan.arrivals(drill.started_at)), len(tickets),
        sum(t.first_called_at is not None for t in tickets), outcomes.count("served"),
        outcomes.count("open"), outcomes.count("cancelled"), summary, max(waits, default=None),
        sum(t.first_called_at is None for t in tickets), tuple(checks), DrillNotes.read(drill.notes))


def _waited(t: TicketFacts, end: float) -> float:
    if t.wait_seconds is not None:
        return t.wait_seconds
    stop = t.ended_at if t.outcome == "cancelled" and t.ended_at is not None else end
    return max(stop - t.issued_at, 0.0)


def _verdict(value: float | None, target: float) -> str:
    return MET if value is not None and value <= target else MISSED


def _customers(plan: DrillPlan, tickets: Sequence[TicketFacts], help: Mapping[int, HelpFact],
               assistance: Mapping[int, tuple[str, ...]]) -> list[Check]:
    """Each scripted customer's lines; the drill's tickets are matched to the script in order (by service
    and class, so a ticket issued by hand during the drill does not shift the rest)."""
    rules, lines = plan.rules, []
    left = list(tickets)
    for customer in rules.script:
        ticket = _take(left, customer)
        if ticket is None:
            lines.append(Check(NOT_ISSUED, NOT_JUDGED, role=customer.role))
            continue
        if customer.help:
            target = float(rules.help_answer_seconds)
            fact = help.get(ticket.id)
            answered = (None if fact is None or fact.answered_at is None
                        else max(fact.answered_at - fact.asked_at, 0.0))
            lines.append(Check(HELP, NOT_JUDGED if fact is None else _verdict(answered, target), answered,
                               target, ticket=ticket.label, role=customer.role))
        if customer.assistance:
            kinds = assistance.get(ticket.id, ())
            lines.append(Check(ASSISTANCE, MET if kinds else MISSED, ticket=ticket.label, role=customer.role,
                               kinds=kinds))
    return lines


def _take(left: list[TicketFacts], customer: DrillCustomer) -> TicketFacts | None:
    for i, t in enumerate(left):
        if (t.service, t.priority) == (customer.service, customer.priority):
            return left.pop(i)
    return None


def _modes_at(modes: Sequence[ModeChange], at: float) -> dict[int, ModeChange]:
    """Each counter's last mode change at or before `at` (counters with none that day are left out)."""
    state: dict[int, ModeChange] = {}
    for change in modes:
        if change.at > at:
            break
        state[change.counter] = change
    return state


def _love_window(first: float | None, modes: Sequence[ModeChange], end: float, target: float) -> Check:
    """Seconds from the first special customer until a counter was a love window (0: one already was)."""
    if first is None:
        return Check(LOVE_WINDOW, NOT_JUDGED, target_s=target)
    if any(c.mode == "love" for c in _modes_at(modes, first).values()):
        return Check(LOVE_WINDOW, MET, 0.0, target)
    opened = next((c.at - first for c in modes if first < c.at <= end and c.mode == "love"), None)
    return Check(LOVE_WINDOW, _verdict(opened, target), opened, target)


def _alerts(alerts: Iterable[AlertFact], modes: Sequence[ModeChange], end: float, target: float,
            surge: bool) -> list[Check]:
    """Per surge alert, the seconds until a counter started calling its service (one that was closed,
    paused, or open for other services)."""
    lines = []
    for alert in sorted(alerts, key=lambda a: a.at):
        state = {n: _calls(c, alert.service) for n, c in _modes_at(modes, alert.at).items()}
        opened = None
        for change in modes:
            if change.at <= alert.at:
                continue
            if change.at > end:
                break
            calls = _calls(change, alert.service)
            if calls and not state.get(change.counter, False):
                opened = change.at - alert.at
                break
            state[change.counter] = calls
        lines.append(Check(COUNTER_OPENED, _verdict(opened, target), opened, target, service=alert.service,
                           at=alert.at, waiting=alert.waiting, more_counters=alert.more_counters))
    if not lines and surge:
        lines.append(Check(NO_ALERT, NOT_JUDGED, target_s=target))
    return lines


def _calls(change: ModeChange, service: str) -> bool:
    return change.mode in CALLING and (not change.services or service in change.services)

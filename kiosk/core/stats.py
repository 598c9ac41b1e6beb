"""Branch statistics: pure functions over ticket rows, the event log, help requests and assistance.

Every figure a manager sees (window, CSV, XLSX, PDF, JSON) comes from here, computed once:
`ticket_facts` turns one ticket row and its events into the facts of that ticket, and a
`ReportBuilder` (or `compute_report`) folds those facts into a `Report`.

Definitions (the footnotes of the PDF say the same):
- waiting time: first call - issue (a ticket called again after a no-show or a transfer keeps
  the wait until its first call);
- service time: finish - the start that led to it;
- a ticket belongs to the service it was issued for, the counter and teller that handled it last
  (the finish, else the last call), and the hour (branch time) it was issued in;
- outcome: served (finished), no_show (marked no-show and not served later), cancelled, or open
  (still waiting, called or serving when the data ends); transferred counts tickets sent to another
  service at least once, whatever their outcome;
- over the maximum: called more than max_wait_minutes after issue, or never called and still
  uncalled that long after issue (at cancellation, or at the end of the data);
- median: the middle value (the mean of the two middle ones for an even count); p90: nearest
  rank, the value at position ceil(0.9 * n) of the sorted values;
- the wait estimates' grades and the surge alerts: kiosk.core.estimate_grades, kiosk.core.surge_report;
- drill tickets (kiosk.core.drill_marks) are in a report only when asked for, and then counted in every figure
  like a customer's.
"""
from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from kiosk.core.estimate_grades import EstimateGrades, GradeBuilder
from kiosk.core.surge_report import AlertFacts, AlertLog

if TYPE_CHECKING:
    from kiosk.core.register_stats import Registers

NO_TELLER = ""  # actions from the command line or a console nobody signed in to
WAIT_BUCKET_MINUTES = 5
OUTCOMES = ("served", "no_show", "cancelled", "open")


@dataclass(frozen=True)
class TicketFacts:
    """One ticket as the reports see it: its row plus what its events say."""

    id: int
    business_day: str
    label: str
    service: str  # issued for
    final_service: str  # after transfers
    priority: str
    lang: str
    needs: str
    outcome: str  # served, no_show, cancelled, open
    issued_at: float  # epoch seconds, UTC
    first_called_at: float | None
    started_at: float | None
    finished_at: float | None
    ended_at: float | None  # finish, final no-show or cancel
    counter: int | None
    teller: str
    calls: int
    recalls: int
    transfers: int
    reinstated: int
    wait_seconds: float | None
    service_seconds: float | None
    over_max: bool
    eta_seconds: float | None = None  # the wait told at issue
    drill: int | None = None  # a drill's ticket: its drill


def ticket_facts(ticket: Mapping[str, Any], events: Iterable[Mapping[str, Any]], max_wait_minutes: int,
                 until: float) -> TicketFacts:
    """The facts of one ticket from its row and its events (in order); `until`: end of the data."""
    first_call = started = finished = ended = None
    counter, teller = ticket.get("counter"), NO_TELLER
    calls = recalls = transfers = reinstated = 0
    last_start = None
    final_no_show = cancelled = False
    for e in events:
        action, at = e["action"], e["at"]
        if action == "call":
            calls += 1
            first_call = at if first_call is None else first_call
            counter, teller = e["counter"], e["actor"] or NO_TELLER
            final_no_show = False
        elif action == "recall":
            recalls += 1
        elif action == "start":
            last_start = at
        elif action == "finish":
            started, finished, ended = last_start, at, at
            counter, teller = e["counter"], e["actor"] or NO_TELLER
        elif action == "no_show":
            final_no_show, ended = True, at
        elif action == "transfer":
            transfers += 1
            last_start = None
        elif action == "reinstate":
            reinstated += 1
            final_no_show, ended = False, None
        elif action == "cancel":
            cancelled, ended = True, at
    issued = ticket["issued_at"]
    outcome = ("served" if finished is not None else "cancelled" if cancelled
               else "no_show" if final_no_show else "open")
    wait = None if first_call is None else first_call - issued
    waited = wait if wait is not None else (ended if cancelled else until) - issued
    return TicketFacts(
        id=ticket["id"], business_day=ticket["business_day"], label=ticket["label"],
        service=ticket.get("issued_service") or ticket["service"], final_service=ticket["service"],
        priority=ticket["priority"], lang=ticket.get("lang") or "", needs=ticket.get("needs") or "",
        outcome=outcome, issued_at=issued, first_called_at=first_call, started_at=started,
        finished_at=finished, ended_at=ended, counter=counter, teller=teller, calls=calls,
        recalls=recalls, transfers=transfers, reinstated=reinstated, wait_seconds=wait,
        service_seconds=None if finished is None or started is None else finished - started,
        over_max=waited > max_wait_minutes * 60, eta_seconds=ticket.get("eta_s"),
        drill=ticket.get("drill_id"),
    )


@dataclass(frozen=True)
class Summary:
    """Mean, median and 90th percentile of some durations, in seconds (None when there are none)."""

    count: int
    mean: float | None
    median: float | None
    p90: float | None


def summarize(values: list[float]) -> Summary:
    if not values:
        return Summary(0, None, None, None)
    s = sorted(values)
    n = len(s)
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    return Summary(n, sum(s) / n, median, s[max(math.ceil(0.9 * n) - 1, 0)])


@dataclass(frozen=True)
class Figures:
    """The counts and durations of one group of tickets (a service, counter, teller, class, hour)."""

    issued: int
    served: int
    no_show: int
    cancelled: int
    open: int
    transferred: int
    over_max: int
    wait: Summary
    service: Summary


class _Group:
    __slots__ = ("issued", "outcomes", "transferred", "over_max", "waits", "services")

    def __init__(self) -> None:
        self.issued = self.transferred = self.over_max = 0
        self.outcomes: Counter[str] = Counter()
        self.waits: list[float] = []
        self.services: list[float] = []

    def add(self, f: TicketFacts) -> None:
        self.issued += 1
        self.outcomes[f.outcome] += 1
        self.transferred += f.transfers > 0
        self.over_max += f.over_max
        if f.wait_seconds is not None:
            self.waits.append(f.wait_seconds)
        if f.service_seconds is not None:
            self.services.append(f.service_seconds)

    def figures(self) -> Figures:
        o = self.outcomes
        return Figures(self.issued, o["served"], o["no_show"], o["cancelled"], o["open"],
                       self.transferred, self.over_max, summarize(self.waits), summarize(self.services))


@dataclass(frozen=True)
class HelpFigures:
    requests: int
    answered: int
    unanswered: int
    by_kind: dict[str, int]
    response: Summary  # acknowledged - asked


@dataclass
class Report:
    """Every figure of a business day or a range of days; to_dict() is the JSON export."""

    branch: str
    day_from: str
    day_to: str
    time_zone: str
    max_wait_minutes: int
    total: Figures
    by_service: dict[str, Figures]
    by_counter: dict[str, Figures]  # "1", "2", ...; "" for tickets never called
    by_teller: dict[str, Figures]  # staff number; "" for no signed-in teller / never called
    by_class: dict[str, Figures]
    by_hour: dict[str, Figures]  # "09" .. by hour of issue, branch time
    class_share: dict[str, float]  # issued in the class / all issued
    arrivals_15min: dict[str, int]  # "09:00", "09:15", ... summed over the days
    wait_histogram: dict[str, int]  # "0-5", "5-10", ... minutes waited, "40+"
    assistance: dict[str, int]  # records per kind
    assistance_by_class: dict[str, int]  # records per priority class of the ticket ("" for none)
    help: HelpFigures
    names: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)  # services/classes -> names
    # the event chain after the range's last event (kiosk verify): id and SHA-256; None without events
    final_event: int | None = None
    final_hash: str | None = None
    registers: Registers | None = None  # the service registers' figures (kiosk.core.register_stats)
    estimates: EstimateGrades | None = None  # the wait told at issue against the real wait
    surge_alerts: tuple[AlertFacts, ...] = ()
    drill_tickets: int | None = None  # None: drills left out (the default); else the drill tickets counted

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=False)

    @property
    def priority_share(self) -> float:
        """Share of the tickets issued in any class but regular."""
        regular = self.by_class.get("regular")
        issued = self.total.issued
        return 0.0 if not issued else (issued - (regular.issued if regular else 0)) / issued


def _wait_bucket(seconds: float, max_wait_minutes: int) -> str:
    top = math.ceil(max_wait_minutes / WAIT_BUCKET_MINUTES) * WAIT_BUCKET_MINUTES
    minutes = seconds / 60
    if minutes >= top:
        return f"{top}+"
    low = int(minutes // WAIT_BUCKET_MINUTES) * WAIT_BUCKET_MINUTES
    return f"{low}-{low + WAIT_BUCKET_MINUTES}"


def wait_buckets(max_wait_minutes: int) -> list[str]:
    top = math.ceil(max_wait_minutes / WAIT_BUCKET_MINUTES) * WAIT_BUCKET_MINUTES
    return [f"{m}-{m + WAIT_BUCKET_MINUTES}" for m in range(0, top, WAIT_BUCKET_MINUTES)] + [f"{top}+"]


def local_time(epoch: float, tz: ZoneInfo) -> datetime:
    return datetime.fromtimestamp(epoch, UTC).astimezone(tz)


class ReportBuilder:
    """Folds ticket facts, help requests and assistance records into a Report, one row at a time."""

    def __init__(self, branch: str, day_from: str, day_to: str, time_zone: str, max_wait_minutes: int,
                 names: dict[str, dict[str, dict[str, str]]] | None = None):
        self.head = (branch, day_from, day_to, time_zone, max_wait_minutes)
        self.tz = ZoneInfo(time_zone)
        self.max_wait = max_wait_minutes
        self.names = names or {}
        self.total = _Group()
        self.groups: dict[str, dict[str, _Group]] = {k: defaultdict(_Group) for k in
                                                     ("service", "counter", "teller", "class", "hour")}
        self.arrivals: Counter[str] = Counter()
        self.waits: Counter[str] = Counter({b: 0 for b in wait_buckets(max_wait_minutes)})
        self.ticket_class: dict[int, str] = {}
        self.assist: Counter[str] = Counter()
        self.assist_class: Counter[str] = Counter()
        self.help_kinds: Counter[str] = Counter()
        self.help_times: list[float] = []
        self.help_count = 0
        self.grades = GradeBuilder()
        self.alerts = AlertLog(time_zone)
        self.drill_tickets = 0

    def add_ticket(self, f: TicketFacts) -> None:
        issued = local_time(f.issued_at, self.tz)
        self.total.add(f)
        g = self.groups
        g["service"][f.service].add(f)
        g["counter"]["" if f.counter is None else str(f.counter)].add(f)
        g["teller"][f.teller].add(f)
        g["class"][f.priority].add(f)
        g["hour"][f"{issued.hour:02d}"].add(f)
        self.arrivals[f"{issued.hour:02d}:{issued.minute // 15 * 15:02d}"] += 1
        self.grades.add(f.business_day, f.service, f"{issued.hour:02d}", f.eta_seconds, f.wait_seconds)
        self.drill_tickets += f.drill is not None
        if f.wait_seconds is not None:
            self.waits[_wait_bucket(f.wait_seconds, self.max_wait)] += 1
        if f.priority != "regular":  # only these are looked up again for assistance
            self.ticket_class[f.id] = f.priority

    def add_assistance(self, row: Mapping[str, Any]) -> None:
        """An assistance record; its ticket's class is known when the ticket was added first."""
        self.assist[row["kind"]] += 1
        ticket = row.get("ticket_id")
        self.assist_class["" if ticket is None else self.ticket_class.get(ticket, "regular")] += 1

    def add_counter_event(self, at: float, action: str, counter: int | None, details: Mapping[str, Any],
                          drill: int | None = None) -> None:
        """A surge alert or a counter's opening, pause or close (kiosk.core.surge_report), in event order."""
        self.alerts.add(at, action, counter, details, drill)

    def add_help(self, row: Mapping[str, Any]) -> None:
        self.help_count += 1
        self.help_kinds[row["kind"]] += 1
        if row.get("acknowledged_at") is not None:
            self.help_times.append(row["acknowledged_at"] - row["at"])

    def report(self, drills: bool = False) -> Report:
        """`drills`: drill tickets were included (Report.drill_tickets counts them)."""
        def figures(key: str) -> dict[str, Figures]:
            return {k: v.figures() for k, v in sorted(self.groups[key].items(),
                    key=lambda kv: group_order(kv[0]))}

        total = self.total.figures()
        by_class = figures("class")
        share = {k: (v.issued / total.issued if total.issued else 0.0) for k, v in by_class.items()}
        answered = len(self.help_times)
        return Report(
            *self.head, total=total, by_service=figures("service"), by_counter=figures("counter"),
            by_teller=figures("teller"), by_class=by_class, by_hour=figures("hour"), class_share=share,
            arrivals_15min=dict(sorted(self.arrivals.items())), wait_histogram=dict(self.waits),
            assistance=dict(sorted(self.assist.items())),
            assistance_by_class=dict(sorted(self.assist_class.items())),
            help=HelpFigures(self.help_count, answered, self.help_count - answered,
                             dict(sorted(self.help_kinds.items())), summarize(self.help_times)),
            names=self.names, estimates=self.grades.grades(key=group_order), surge_alerts=self.alerts.facts(),
            drill_tickets=self.drill_tickets if drills else None,
        )


def group_order(key: str) -> tuple[int, int | str]:
    """Counters by number, other keys by text; the empty key ("none") last."""
    if key == "":
        return (2, "")
    return (0, int(key)) if key.isdigit() else (1, key)


def compute_report(branch: str, day_from: str, day_to: str, time_zone: str, max_wait_minutes: int,
                   facts: Iterable[TicketFacts], help_rows: Iterable[Mapping[str, Any]] = (),
                   assistance_rows: Iterable[Mapping[str, Any]] = (),
                   names: dict[str, dict[str, dict[str, str]]] | None = None) -> Report:
    """The report of some tickets' facts, help requests and assistance records."""
    builder = ReportBuilder(branch, day_from, day_to, time_zone, max_wait_minutes, names)
    for f in facts:
        builder.add_ticket(f)
    for row in help_rows:
        builder.add_help(row)
    for row in assistance_rows:
        builder.add_assistance(row)
    return builder.report()

"""The crash campaign's checks of a queue file, or of a copy taken right after a kill, against the logs."""
from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from _crash_writer import micros

from kiosk.core.clock import FrozenClock
from kiosk.core.models import TRANSITIONS, Action, TicketStatus, format_label
from kiosk.store import QueueStore

EXAMPLES = 3  # shown per kind of failure


@dataclass
class Logs:
    acknowledged: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # store errors a writer met
    torn: int = 0  # lines without their newline or not JSON (a log write cut short)


@dataclass
class Findings:
    failures: list[str]
    tickets: int = 0
    events: int = 0
    unacknowledged: int = 0  # committed by a writer that was killed (or frozen) before it logged


def read_logs(folder: Path) -> Logs:
    logs = Logs()
    for path in sorted(folder.glob("*.log")):
        lines = path.read_bytes().split(b"\n")
        logs.torn += lines[-1] != b""  # the last line lacks its newline
        for line in lines[:-1]:
            try:
                entry = json.loads(line)
            except ValueError:
                logs.torn += 1
                continue
            if "error" in entry:
                logs.errors.append(f"{entry['station']}: {entry['error']}")
            else:
                logs.acknowledged.append(entry)
    return logs


class Row(NamedTuple):
    id: int
    day: str
    issued_service: str
    number: int
    label: str
    service: str
    priority: str
    status: str
    counter: int | None
    updated_at: float


class Event(NamedTuple):
    station: str
    action: str
    ticket: int | None
    counter: int | None
    at: float


ACTIVE = (TicketStatus.CALLED, TicketStatus.SERVING)  # a counter holds the ticket


def _failed(what: str, bad: list) -> list[str]:
    return [f"{what}: {len(bad)}, e.g. {bad[:EXAMPLES]}"] if bad else []


def check(path: Path, acknowledged: list[dict], allowance: Counter) -> Findings:
    """Every failure found in the file at `path`. `allowance`: per writer station (one that logs), how
    many of its committed actions may be missing from its log (one per kill, one per writer frozen)."""
    failures: list[str] = []
    try:
        with closing(sqlite3.connect(path, isolation_level=None)) as conn:
            q = conn.execute
            failures += [f"integrity_check: {r}" for r in _integrity(conn) if r != "ok"]
            failures += _failed("foreign key violations", q("PRAGMA foreign_key_check").fetchall())
            tickets = {r[0]: Row(*r) for r in q(
                "SELECT id, business_day, issued_service, number, label, service, priority, status, "
                "counter, updated_at FROM tickets")}
            events = [Event(*r) for r in q("SELECT station, action, ticket_id, counter, at FROM events "
                                           "ORDER BY id")]
            current = dict(q("SELECT number, current_ticket_id FROM counters"))
            kept = {(d, s, p): n for d, s, p, n in q("SELECT business_day, service, priority, waiting "
                                                      "FROM waiting_counts")}
    except sqlite3.Error as exc:
        return Findings([*failures, f"cannot read the file: {exc}"])
    unacknowledged, missing = _acknowledged(tickets, events, acknowledged, allowance)
    waiting = Counter((t.day, t.service, t.priority) for t in tickets.values()
                      if t.status == TicketStatus.WAITING)
    failures += (_duplicates(tickets) + missing + _agreement(tickets, events, current)
                 + _failed("waiting_counts rows disagreeing with the waiting tickets (kept, counted)",
                           [(k, kept.get(k, 0), waiting[k]) for k in kept.keys() | waiting.keys()
                            if kept.get(k, 0) != waiting[k]]))
    return Findings(failures, len(tickets), len(events), unacknowledged)


def _integrity(conn: sqlite3.Connection) -> list[str]:
    """PRAGMA integrity_check's first lines; it raises, rather than reports, on some damaged pages."""
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check").fetchmany(EXAMPLES)]
    except sqlite3.DatabaseError as exc:
        return [f"fails: {exc}"]


def _duplicates(tickets: dict[int, Row]) -> list[str]:
    """No number twice per (business day, service), no label twice per day, numbers without gaps."""
    numbers = defaultdict(list)
    for t in tickets.values():
        numbers[t.day, t.issued_service].append(t.number)
    twice = [(k, n) for k, ns in numbers.items() for n, c in Counter(ns).items() if c > 1]
    gaps = [k for k, ns in numbers.items() if sorted(set(ns)) != list(range(1, max(ns) + 1))]
    labels = Counter((t.day, t.label) for t in tickets.values())
    return (_failed("ticket numbers issued twice", twice) + _failed("numbering gaps", gaps)
            + _failed("labels issued twice on a day", [k for k, c in labels.items() if c > 1]))


def _acknowledged(tickets: dict[int, Row], events: list[Event], acknowledged: list[dict],
                  allowance: Counter) -> tuple[int, list[str]]:
    """Each acknowledged action has its own event row and its ticket; committed actions missing from
    the logs stay within the allowance. Returns (unacknowledged events, failures)."""
    stored = Counter(e._replace(at=micros(e.at)) for e in events)
    said = Counter(Event(a["station"], a["action"], a.get("ticket"), a["counter"], a["at"])
                   for a in acknowledged)
    timed = Counter({e: n for e, n in said.items() if e.at is not None})
    left = Counter(e._replace(at=None) for e in (stored - timed).elements())  # lines without a time
    missing = (timed - stored) + (said - timed - left)
    changed = [a for a in acknowledged if "ticket" in a and (
        (t := tickets.get(a["ticket"])) is None or (t.day, t.label) != (a["day"], a["label"]))]
    writers = {a["station"] for a in acknowledged} | allowance.keys()
    unsaid = Counter(e.station for e in (left - (said - timed)).elements() if e.station in writers)
    over = [(station, n, allowance[station]) for station, n in unsaid.items() if n > allowance[station]]
    return unsaid.total(), (
        _failed("acknowledged actions missing from the database", list(missing.elements()))
        + _failed("acknowledged tickets missing or with another label or day", changed)
        + _failed("committed actions missing from a log beyond one per kill (station, n, allowed)", over))


def _agreement(tickets: dict[int, Row], events: list[Event], current: dict) -> list[str]:
    """Replaying each ticket's events through the lifecycle gives its status, last time and counter;
    each counter holds exactly the ticket called to it."""
    history = defaultdict(list)
    for e in events:
        if e.ticket is not None:
            history[e.ticket].append(e)
    bad = []
    for t in tickets.values():
        steps = history.get(t.id, [])
        if not steps or steps[0].action != Action.ISSUE:
            bad.append((t.label, "no issue event first"))
            continue
        state, called_to = TicketStatus.WAITING, None
        for e in steps[1:]:
            allowed, to = TRANSITIONS.get(e.action, ((), None))
            if state not in allowed:
                bad.append((t.label, f"{e.action} when {state}"))
                break
            state, called_to = to, e.counter if e.action == Action.CALL else called_to
        if state != t.status:
            bad.append((t.label, f"{t.status}, its events say {state}"))
        elif micros(steps[-1].at) != micros(t.updated_at):
            bad.append((t.label, "updated_at is not its last event's time"))
        elif t.status in ACTIVE and (t.counter != called_to or current.get(t.counter) != t.id):
            bad.append((t.label, f"{t.status} at counter {t.counter} (last called to {called_to}), "
                                 f"which holds ticket id {current.get(t.counter)}"))
    bad += [(f"counter {n}", f"holds {tickets[i].label}, {tickets[i].status} at {tickets[i].counter}")
            for n, i in current.items() if i is not None and (tickets[i].status, tickets[i].counter) not in
            ((TicketStatus.CALLED, n), (TicketStatus.SERVING, n))]
    return _failed("tickets whose row disagrees with their events", bad)


def carry_on(path: Path) -> list[str]:
    """The store opens the file and issues the next number of the day, just after its last event."""
    try:
        with closing(sqlite3.connect(path)) as conn:
            last = conn.execute("SELECT MAX(at) FROM events").fetchone()[0]
        after = FrozenClock(datetime.fromtimestamp(last, UTC) + timedelta(milliseconds=1))
        store = QueueStore(path, station="after-crash", clock=after)
        try:
            day = store.today()
            top = store.db.execute("SELECT COALESCE(MAX(number), 0) FROM tickets WHERE business_day = ? "
                                   "AND issued_service = 'A'", [day]).fetchone()[0]
            issued = store.issue_ticket("A").ticket
        finally:
            store.close()
    except Exception as exc:  # anything at all: the store could not carry on from this file
        return [f"the store could not carry on: {type(exc).__name__}: {exc}"]
    if issued.business_day == day and issued.label != format_label("A", top + 1):
        return [f"the next ticket after the crash was {issued.label}, not number {top + 1}"]
    return []

"""The queue's user actions, each one BEGIN IMMEDIATE transaction plus one appended event."""
from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from kiosk.core import clock, estimate, policy
from kiosk.core.clock import Clock, or_system
from kiosk.core.config import REGULAR, Branch, default_toml, parse_branch
from kiosk.core.errors import ClockError, ConfigChanged, CounterUnavailable, QueueError, UnknownCode
from kiosk.core.models import (
    TRANSITIONS,
    Action,
    Counter,
    CounterMode,
    Ticket,
    TicketStatus,
    booking_code,
    format_label,
    next_status,
    split_label,
)
from kiosk.core.staff import NotAllowed, Role, acts_anywhere, check_allowed
from kiosk.store.db import BUSY_TIMEOUT_MS, Connection, StoreError
from kiosk.store.events import append_event

_TICKET_COLUMNS = (
    "id, label, service, priority, status, business_day, issued_at, lang, needs, counter, "
    "called_at, started_at, finished_at, recalls, updated_at, reserved_counter, transferred_from"
)


class _Waiting(NamedTuple):
    """The few columns the policy ranks by: cheap to read for every group head."""

    id: int
    service: str
    priority: str
    issued_at: datetime
    reserved_counter: int | None = None
    transferred_from: int | None = None


@dataclass(frozen=True)
class Issued:
    ticket: Ticket
    ahead: int
    eta_minutes: int


_fromtimestamp = datetime.fromtimestamp
_STATUS = {s.value: s for s in TicketStatus}  # a dict lookup is cheaper than TicketStatus(value)
_MODE = {m.value: m for m in CounterMode}


def _dt(epoch: float | None) -> datetime | None:
    return None if epoch is None else _fromtimestamp(epoch, UTC)


def _ticket(row: tuple) -> Ticket:
    (id_, label, service, priority, status, day, issued, lang, needs, counter, called, started,
     finished, recalls, updated, reserved, transferred_from) = row
    status = _STATUS.get(status) or TicketStatus(status)  # an unknown value still raises
    return Ticket(
        id_, label, service, priority, status, day, _fromtimestamp(issued, UTC), lang or "",
        tuple(n for n in needs.split(",") if n) if needs else (), counter,
        None if called is None else _fromtimestamp(called, UTC),
        None if started is None else _fromtimestamp(started, UTC),
        None if finished is None else _fromtimestamp(finished, UTC),
        recalls, None if updated is None else _fromtimestamp(updated, UTC), reserved, transferred_from,
    )


def _still_busy(counter: int, busy: Ticket, then: str) -> CounterUnavailable:
    return CounterUnavailable(f"counter {counter} still has ticket {busy.label} ({busy.status.value}); "
                              f"{then}", reason="counter_busy", counter=counter, ticket=busy.label,
                              status=busy.status.value)


def _counter_row(row: tuple) -> Counter:
    return Counter(row[0], tuple(row[1].split(",")), _MODE.get(row[2]) or CounterMode(row[2]), row[3])


# Claim a ticket for a counter: one nobody reserved, or one reserved for this counter (clearing it),
# and not at a time before its last event (a transfer or reinstatement): the ranking passes over those.
_CLAIM = ("UPDATE tickets SET status = 'called', counter = ?, called_at = ?, updated_at = ? "
          "WHERE id = ? AND status = 'waiting' AND updated_at <= ? AND reserved_counter IS NULL "
          f"RETURNING {_TICKET_COLUMNS}")
_CLAIM_RESERVED = ("UPDATE tickets SET status = 'called', counter = ?, called_at = ?, updated_at = ?, "
                   "reserved_counter = NULL WHERE id = ? AND status = 'waiting' AND updated_at <= ? "
                   "AND reserved_counter = ? "
                   f"RETURNING {_TICKET_COLUMNS}")
# The oldest ticket of the day transferred to a counter by a time (the partial index holds only those).
_RESERVED_SQL = ("SELECT id, service, priority, issued_at, reserved_counter, transferred_from FROM tickets "
                 "WHERE reserved_counter = ? AND status = 'waiting' AND business_day = ? AND updated_at <= ? "
                 "ORDER BY issued_at, id LIMIT 1")
# The day before's tickets put back in the queue (reinstated, transferred) since the day turned: customers
# still in the hall, unlike those left waiting at closing. Only that day's few waiting rows are read.
_PUT_BACK_SQL = ("SELECT id, service, priority, issued_at, reserved_counter, transferred_from FROM tickets "
                 "WHERE business_day = ? AND status = 'waiting' AND updated_at >= ? AND updated_at <= ?")


@functools.cache
def _act_sql(action: Action) -> str:
    """Recall, start, finish or no-show the counter's current ticket, if its status allows and
    `ts` is not before its last event: no row returned means refused."""
    allowed_from, to = TRANSITIONS[action]
    also = {Action.RECALL: ", recalls = recalls + 1", Action.START: ", started_at = :ts",
            Action.FINISH: ", finished_at = :ts"}.get(action, "")
    return (f"UPDATE tickets SET status = '{to.value}', updated_at = :ts{also} "
            "WHERE id = (SELECT current_ticket_id FROM counters WHERE number = :counter) "
            f"AND status IN ({', '.join(repr(s.value) for s in sorted(allowed_from))}) "
            f"AND updated_at <= :ts RETURNING {_TICKET_COLUMNS}")


@functools.cache
def _heads_sql(services: int, classes: int) -> str:
    """The oldest unreserved ticket waiting by a time (issued, and its last event, by then), of each
    non-empty (service, class) group of a day among the given services and classes: one index seek per
    group."""
    return (
        "SELECT t.id, t.service, t.priority, t.issued_at FROM waiting_counts w "
        "JOIN tickets t ON t.id = (SELECT id FROM tickets WHERE business_day = w.business_day "
        "AND status = 'waiting' AND service = w.service AND priority = w.priority AND issued_at <= ? "
        "AND updated_at <= ? AND reserved_counter IS NULL ORDER BY issued_at, id LIMIT 1) "
        f"WHERE w.business_day = ? AND w.waiting > 0 AND w.service IN ({', '.join('?' * services)}) "
        f"AND w.priority IN ({', '.join('?' * classes)})"
    )


@functools.cache
def _estimate_sql(cutoffs: tuple[bool, ...]) -> str:
    """The wait estimate's reads in one statement (`cutoffs`: per class, whether it has one),
    rows of (kind, a, b):
    0: tickets ahead (per class with a cutoff, the waiting count less those issued after it);
    1: a recent service time in seconds (today's last 21 finished); 2: counters serving the
    service, and how many of them are open (normal or love)."""
    return (
        "WITH cut (priority, cutoff) AS (VALUES "
        f"{', '.join('(?, ?)' if c else '(?, NULL)' for c in cutoffs)}) "
        "SELECT 0, COALESCE(SUM(w.waiting - CASE WHEN cut.cutoff IS NULL OR w.waiting = 0 THEN 0 ELSE "
        "(SELECT COUNT(*) FROM tickets WHERE business_day = w.business_day AND status = 'waiting' "
        "AND service = w.service AND priority = w.priority AND issued_at > cut.cutoff) END), 0), NULL "
        "FROM cut JOIN waiting_counts w ON w.business_day = ? AND w.service = ? "
        "AND w.priority = cut.priority "
        "UNION ALL SELECT 1, seconds, NULL FROM (SELECT finished_at - started_at AS seconds "
        "FROM tickets WHERE business_day = ? AND service = ? AND finished_at IS NOT NULL "
        "AND started_at IS NOT NULL ORDER BY finished_at DESC LIMIT 21) "
        "UNION ALL SELECT 2, COUNT(*), COALESCE(SUM(mode IN ('normal', 'love')), 0) FROM counters "
        "WHERE instr(',' || services || ',', ',' || ? || ',') > 0"
    )


class QueueStore:
    """The queue on one SQLite file. `station` and `actor` are written into every event."""

    def __init__(self, path: str | Path, station: str = "cli", actor: str = "", create: bool = False,
                 busy_timeout_ms: int = BUSY_TIMEOUT_MS, read_only: bool = False,
                 clock: Clock | None = None):
        # The one source of "now" for this station's actions and reads (default: the computer's clock).
        self.clock = or_system(clock)
        self.conn = Connection(path, create=create, busy_timeout_ms=busy_timeout_ms, read_only=read_only)
        self.db = self.conn.db
        self.station = station
        self.actor = actor
        self.role: Role | None = None  # set by staff sign-in; None: the machine's operator (CLI)
        self.bound_counter: int | None = None  # the counter a signed-in teller works at
        # (counter, staff number) a deactivated account was working at when check() signed it out
        self._left_desk: tuple[int, str] | None = None
        # A staff station (console, manager): nobody signed in may do nothing, whatever its window shows.
        self.staff_only = False
        self._branch: Branch | None = None
        self._branch_text: str | None = None
        self._branch_version: int | None = None

    @classmethod
    def init(cls, path: str | Path, config_text: str | None = None, station: str = "cli",
             clock: Clock | None = None) -> QueueStore:
        """Create or migrate the database; load `config_text` (or keep/create the default)."""
        store = cls(path, station=station, create=True, clock=clock)
        current = store._setting("branch_toml")
        if config_text is not None or current is None:
            store.configure(config_text if config_text is not None else default_toml())
        return store

    def close(self) -> None:
        self.conn.close()

    def sign_in_as(self, actor: str, role: Role | None, counter: int | None = None) -> None:
        """Act as this staff member from now on; a teller at `counter` acts on that counter only."""
        if counter is not None:
            self.branch.counter(counter)  # a configured counter, or UnknownCode
        self.actor, self.role, self.bound_counter = actor, role, counter

    def sign_out(self) -> None:
        self.actor, self.role, self.bound_counter = "", None, None

    def check(self, action: str) -> None:
        """NotAllowed unless the signed-in role may do `action` (kiosk.core.staff.PERMISSIONS)."""
        if self.staff_only:
            if self.role is None:
                raise NotAllowed("sign in first", reason="sign_in_first")
            # A deactivated account stops at its next action, not when its holder chooses to sign out.
            with self.conn.errors():
                row = self.db.execute("SELECT active FROM staff WHERE number = ?", [self.actor]).fetchone()
            if not row or not row[0]:
                if self.bound_counter is not None:
                    self._left_desk = (self.bound_counter, self.actor)
                self.sign_out()
                raise NotAllowed("this account has been deactivated; sign in with another",
                                 reason="deactivated")
        check_allowed(self.role, action)

    def _check_counter(self, number: int) -> None:
        """A configured counter; a teller acts on the one they signed in at, a lobby manager or
        manager on any."""
        self.check("serve")
        self.branch.counter(number)  # UnknownCode once the configuration no longer has it
        if acts_anywhere(self.role):
            return
        mine = self._bound()
        if number != mine:
            raise NotAllowed(f"a {self.role.value} signed in at counter {mine} may not act on "
                             f"counter {number}; ask the lobby manager", reason="not_your_counter",
                             counter=number, mine=mine)

    def _bound(self) -> int:
        """The counter the store bound a teller to at sign-in; without one they act nowhere."""
        if self.bound_counter is None:
            raise NotAllowed(f"a {self.role.value} acts only at the counter they signed in at; sign in at "
                             "that counter's console", reason="no_counter")
        return self.bound_counter

    def _check_ticket(self, ticket: Ticket, action: Action) -> None:
        """A teller acts only on their own counter's tickets: reinstates its no-shows, cancels its called
        ticket, calls by number any waiting ticket but one transferred to another counter. A lobby
        manager or manager acts on every ticket."""
        if acts_anywhere(self.role):
            return
        mine = self._bound()
        if action == Action.CALL:
            if ticket.reserved_counter not in (None, mine):
                raise NotAllowed(f"ticket {ticket.label} was transferred to counter "
                                 f"{ticket.reserved_counter}; only that counter or the lobby manager may "
                                 "call it",
                                 reason="reserved_elsewhere", ticket=ticket.label,
                                 counter=ticket.reserved_counter)
        elif action == Action.REINSTATE:
            if ticket.counter != mine:
                raise NotAllowed(f"ticket {ticket.label} was marked no-show at counter {ticket.counter}; "
                                 "only that counter or the lobby manager may put it back in the queue",
                                 reason="not_your_no_show", ticket=ticket.label, counter=ticket.counter)
        elif ticket.counter != mine:  # cancel: only the ticket called to this counter
            raise NotAllowed(f"a {self.role.value} may cancel only the ticket called to their counter "
                             f"({mine}); ask the lobby manager to cancel {ticket.label}",
                             reason="cancel_not_yours", ticket=ticket.label, mine=mine)

    # -- configuration -------------------------------------------------------------------

    @property
    def branch(self) -> Branch:
        """The stored configuration, re-read only after another connection committed something
        (PRAGMA data_version); this connection's own writes change it only through configure()."""
        version = self.conn.data_version()
        if self._branch is None or version != self._branch_version:
            text = self._setting("branch_toml")
            if text is None:
                raise StoreError(f"database {self.conn.path} has no configuration; run kiosk init")
            if text != self._branch_text:
                self._branch = parse_branch(text, "stored configuration", stored=True)
                self._branch_text = text
            self._branch_version = version
        return self._branch

    def configure(self, config_text: str, at: datetime | None = None, changes: list[str] | None = None,
                  replacing: str | None = None) -> Branch:
        """Validate and store a new branch configuration; counters it names are added or updated.
        `changes` (what the editor changed) goes into the event row. `replacing`: the text the editor
        loaded; if someone saved another since, nothing is written (their changes are not undone)."""
        self.check("configure")
        branch = parse_branch(config_text)
        at = at or self.clock.now()
        with self.conn.errors(), self.conn.write() as db:
            if replacing is not None:
                row = db.execute("SELECT value FROM settings WHERE key = 'branch_toml'").fetchone()
                if row is None or row[0] != replacing:
                    raise ConfigChanged("the configuration was saved at another station after you opened "
                                        "it; reload it and make your changes again")
            configured = self._configured_services(db)
            removed = self._remove_counters(db, {c.number for c in branch.counters})
            db.execute("INSERT INTO settings (key, value) VALUES ('branch_toml', ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [config_text])
            for c in branch.counters:
                # A counter whose configured services did not change keeps what its teller chose.
                on_conflict = ("NOTHING" if configured.get(c.number) == c.services
                               else "UPDATE SET services = excluded.services")
                db.execute(
                    "INSERT INTO counters (number, services, mode, updated_at) VALUES (?, ?, ?, ?) "
                    f"ON CONFLICT (number) DO {on_conflict}",
                    [c.number, ",".join(c.services), CounterMode.CLOSED.value, at.timestamp()],
                )
            details = {"branch": branch.name, **({"changes": changes} if changes is not None else {}),
                       **({"removed_counters": removed} if removed else {})}
            self._event(at, "configure", None, None, details)
            self._branch = None  # read again on next use (also if this transaction fails)
        return branch

    @staticmethod
    def _configured_services(db) -> dict[int, tuple[str, ...]]:
        """Inside the write: each counter's services in the configuration being replaced."""
        row = db.execute("SELECT value FROM settings WHERE key = 'branch_toml'").fetchone()
        try:
            old = parse_branch(row[0], "stored configuration", stored=True) if row else None
        except QueueError:  # unreadable: every counter takes the new configuration's services
            old = None
        return {c.number: c.services for c in old.counters} if old else {}

    def _remove_counters(self, db, kept: set[int]) -> list[int]:
        """Inside the write: delete the counters a new configuration leaves out (their events stay);
        CounterUnavailable while one still has a ticket. Tickets sent to one go back to their queue."""
        rows = db.execute("SELECT number, current_ticket_id FROM counters ORDER BY number").fetchall()
        removed = [(number, current) for number, current in rows if number not in kept]
        for number, current in removed:
            if current is not None:
                raise _still_busy(number, self.ticket_by_id(current), "finish, transfer or mark it "
                                  "no-show before removing the counter from the configuration")
        for number, _ in removed:
            db.execute("UPDATE tickets SET reserved_counter = NULL WHERE reserved_counter = ? "
                       "AND status = 'waiting'", [number])
            db.execute("DELETE FROM counters WHERE number = ?", [number])
        return [number for number, _ in removed]

    def today(self) -> str:
        """The branch's business day now, by this station's clock (YYYY-MM-DD)."""
        return clock.business_day(self.clock.now(), self.branch.tz)

    def codes_in_use(self, at: datetime | None = None) -> set[str]:
        """Services and classes of today's tickets still waiting, called or being served."""
        day = clock.business_day(at or self.clock.now(), self.branch.tz)
        with self.conn.errors():
            rows = self.db.execute("SELECT DISTINCT service, priority FROM tickets WHERE business_day = ? "
                                   "AND status IN ('waiting', 'called', 'serving')", [day]).fetchall()
        return {code for row in rows for code in row}

    def branch_toml(self) -> str:
        """The stored configuration's TOML text, as the manager last saved it."""
        text = self._setting("branch_toml")
        if text is None:
            raise StoreError(f"database {self.conn.path} has no configuration; run kiosk init")
        return text

    def _setting(self, key: str) -> str | None:
        with self.conn.errors():
            row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    # -- tickets ---------------------------------------------------------------------------

    def issue_ticket(self, service: str, priority: str = REGULAR, lang: str = "",
                     needs: tuple[str, ...] = (), at: datetime | None = None) -> Issued:
        """Number and store a new ticket; say how many are ahead and the estimated wait."""
        self.check("issue")
        at = at or self.clock.now()
        ahead, eta = self._estimate_new(service, priority, at)
        with self.conn.errors(), self.conn.write():
            ticket = self._insert_ticket(service, priority, lang, needs, at)
        return Issued(ticket, ahead, eta)

    def _estimate_new(self, service: str, priority: str, at: datetime) -> tuple[int, int]:
        """Validate the codes and estimate the wait: a read, done before taking the write lock."""
        branch = self.branch
        branch.service(service)
        branch.priority_class(priority)
        with self.conn.errors():
            return self._estimate(branch, service, priority, clock.business_day(at, branch.tz), at)

    def _insert_ticket(self, service: str, priority: str, lang: str, needs: tuple[str, ...],
                       at: datetime) -> Ticket:
        """Inside a write transaction: allocate the next number and store the ticket and its event."""
        branch = self.branch
        svc = branch.service(service)
        day = clock.business_day(at, branch.tz)
        number = self.db.execute(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM tickets WHERE business_day = ? AND issued_service = ?",
            [day, svc.code]).fetchone()[0]
        label = format_label(svc.prefix, number)
        ts = at.timestamp()
        ticket_id = self.db.execute(
            "INSERT INTO tickets (business_day, issued_service, number, label, service, priority, "
            "lang, needs, status, issued_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [day, svc.code, number, label, svc.code, priority, lang, ",".join(needs),
             TicketStatus.WAITING.value, ts, ts],
        ).lastrowid
        self._event(at, Action.ISSUE, ticket_id, None,
                    {"label": label, "service": svc.code, "priority": priority})
        return Ticket(ticket_id, label, svc.code, priority, TicketStatus.WAITING, day, at,
                      lang=lang, needs=tuple(needs), updated_at=at)

    def _estimate(self, branch: Branch, service: str, priority: str, day: str,
                  at: datetime) -> tuple[int, int]:
        """One read: how many the policy calls before a new ticket, and its wait in minutes."""
        cutoffs = estimate.ahead_cutoffs(branch, priority, at)
        params: list[Any] = []
        for cls, cutoff in cutoffs.items():
            # count the few recent arrivals that are behind, not the many that are ahead
            params += (cls,) if cutoff is None else (cls, cutoff.timestamp())
        params += (day, service, day, service, service)
        ahead, observed, serving, open_now = 0, [], 0, 0
        sql = _estimate_sql(tuple(c is not None for c in cutoffs.values()))
        for kind, a, b in self.db.execute(sql, params):
            if kind == 0:
                ahead = a
            elif kind == 1:
                observed.append(a)
            else:
                serving, open_now = a, b
        per_ticket = estimate.minutes_per_ticket(
            observed, branch.service(service).minutes, branch.observed_services_needed)
        return ahead, estimate.eta_minutes(ahead, per_ticket, open_now or serving)

    def ticket(self, label: str, day: str | None = None) -> Ticket:
        """A ticket by its label on `day` (today by default)."""
        branch = self.branch
        prefix, number = split_label(label)  # typed or scanned: a huge number would overflow SQLite's
        label = format_label(prefix, number)
        day = day or clock.business_day(self.clock.now(), branch.tz)
        service = next((s.code for s in branch.services if s.prefix == prefix), None)
        with self.conn.errors():
            if service:  # through the numbering index
                row = self.db.execute(f"SELECT {_TICKET_COLUMNS} FROM tickets WHERE business_day = ? "
                                      "AND issued_service = ? AND number = ?",
                                      [day, service, number]).fetchone()
            else:  # a prefix no longer configured: read the day
                row = self.db.execute(f"SELECT {_TICKET_COLUMNS} FROM tickets "
                                      "WHERE business_day = ? AND label = ?", [day, label]).fetchone()
        if row is None:
            raise UnknownCode(f"no ticket {label} on {day}", reason="no_ticket", ticket=label)
        return _ticket(row)

    def ticket_by_id(self, ticket_id: int) -> Ticket:
        with self.conn.errors():
            row = self.db.execute(f"SELECT {_TICKET_COLUMNS} FROM tickets WHERE id = ?",
                                  [ticket_id]).fetchone()
        if row is None:
            raise UnknownCode(f"no ticket with id {ticket_id}")
        return _ticket(row)

    # -- counters --------------------------------------------------------------------------

    def _counters(self) -> list[Counter]:
        return [_counter_row(row) for row in self.db.execute(
            "SELECT number, services, mode, current_ticket_id FROM counters ORDER BY number")]

    def counters(self) -> list[Counter]:
        with self.conn.errors():
            return self._counters()

    def _counter(self, number: int) -> Counter:
        row = self.db.execute("SELECT number, services, mode, current_ticket_id FROM counters "
                              "WHERE number = ?", [number]).fetchone()
        if row is not None:
            return _counter_row(row)
        raise UnknownCode(f"unknown counter {number} (this branch has "
                          f"{', '.join(str(c.number) for c in self._counters())})",
                          reason="unknown_counter", counter=number)

    def open_counter(self, number: int, services: tuple[str, ...] | None = None,
                     mode: CounterMode = CounterMode.NORMAL, at: datetime | None = None) -> Counter:
        """Open (or switch the mode of) a counter, optionally with its services in order."""
        if mode == CounterMode.LOVE:
            self.check("love_window")  # what the role may do at all, before where
        self._check_counter(number)
        branch = self.branch
        if mode not in (CounterMode.NORMAL, CounterMode.LOVE):
            raise QueueError(f"a counter opens as normal or love, not {mode.value}")
        for code in services or ():
            branch.service(code)
        if services is not None and (not services or len(set(services)) != len(services)):
            raise QueueError("--services: give each service once, e.g. A,B")
        return self._set_counter(number, mode, services, at)

    def pause_counter(self, number: int, reason: str = "", at: datetime | None = None) -> Counter:
        return self._set_counter(number, CounterMode.PAUSED, None, at, {"reason": reason})

    def close_counter(self, number: int, at: datetime | None = None) -> Counter:
        """Close a free counter; tickets transferred to it go back to their service's queue."""
        return self._set_counter(number, CounterMode.CLOSED, None, at)

    def pause_left_counter(self, at: datetime | None = None) -> Counter | None:
        """After check() signed out a deactivated account, pause the counter it was working at if that still
        shows open (or as a love window): nobody is left there to call the next customer. Once; None when
        there was no such counter or it was already paused or closed."""
        left, self._left_desk = self._left_desk, None
        if left is None:
            return None
        number, staff = left
        at = at or self.clock.now()
        with self.conn.errors(), self.conn.write():
            counter = self._counter(number)
            if counter.mode not in (CounterMode.NORMAL, CounterMode.LOVE):
                return None
            return self._write_mode(counter, CounterMode.PAUSED, None, at,
                                    {"reason": "account deactivated", "staff": staff})

    def _set_counter(self, number: int, mode: CounterMode, services: tuple[str, ...] | None,
                     at: datetime | None, details: dict | None = None) -> Counter:
        self._check_counter(number)
        at = at or self.clock.now()
        with self.conn.errors(), self.conn.write():
            counter = self._counter(number)
            if mode == CounterMode.CLOSED and counter.current_ticket_id is not None:
                raise _still_busy(number, self.ticket_by_id(counter.current_ticket_id),
                                  "finish, transfer or mark it no-show first")
            return self._write_mode(counter, mode, services, at, details)

    def _write_mode(self, counter: Counter, mode: CounterMode, services: tuple[str, ...] | None,
                    at: datetime, details: dict | None) -> Counter:
        """Inside the write: the counter's new mode (and services), with its event."""
        db, number = self.db, counter.number
        services = services or counter.services
        db.execute("UPDATE counters SET mode = ?, services = ?, updated_at = ? WHERE number = ?",
                   [mode.value, ",".join(services), at.timestamp(), number])
        if mode == CounterMode.CLOSED:  # nobody would call them: they keep their place by issue time
            released = [r[0] for r in db.execute(
                "UPDATE tickets SET reserved_counter = NULL WHERE reserved_counter = ? "
                "AND status = 'waiting' RETURNING label", [number])]
            if released:
                details = {**(details or {}), "released": sorted(released)}
        action = {CounterMode.NORMAL: "open", CounterMode.LOVE: "open_love",
                  CounterMode.PAUSED: "pause", CounterMode.CLOSED: "close"}[mode]
        self._event(at, action, None, number, {"services": list(services), **(details or {})})
        return Counter(number, tuple(services), mode, counter.current_ticket_id)

    # -- calling ---------------------------------------------------------------------------

    def call_next(self, counter: int, at: datetime | None = None) -> policy.Choice | None:
        """Claim the ticket the policy picks for `counter`; None when nothing may be called.

        The policy ranks a snapshot read without the write lock (so idle consoles and the
        ranking never block other stations); the claim then re-checks, under BEGIN IMMEDIATE,
        that the counter is free and the ticket still waiting, and ranks again if it is not.
        """
        self._check_counter(counter)
        branch = self.branch
        ranked_at = at or self.clock.now()
        day = clock.business_day(ranked_at, branch.tz)
        with self.conn.errors():
            choice = self._choose(branch, counter, day, ranked_at)
            if choice is None:
                self._refuse_if_behind(branch, counter, day, ranked_at, fresh=at is None)
                return None
        with self.conn.errors(), self.conn.write() as db:
            at = at or self._now_in_write()
            ts = at.timestamp()
            while True:
                reserved = choice.ticket.reserved_counter
                params = [counter, ts, ts, choice.ticket.id, ts]
                claimed = (db.execute(_CLAIM, params) if reserved is None
                           else db.execute(_CLAIM_RESERVED, [*params, reserved])).fetchall()
                if claimed:
                    break
                choice = self._choose(branch, counter, day, at)  # taken or changed meanwhile: rank again
                if choice is None:
                    self._refuse_if_behind(branch, counter, day, at, fresh=False)
                    return None
            freed = db.execute("UPDATE counters SET current_ticket_id = ?, updated_at = ? "
                               "WHERE number = ? AND current_ticket_id IS NULL AND mode IN (?, ?)",
                               [choice.ticket.id, ts, counter, CounterMode.NORMAL.value,
                                CounterMode.LOVE.value]).rowcount
            if not freed:  # the counter changed since the snapshot: refuse with the current reason
                self._choose(branch, counter, day, at)
                raise CounterUnavailable(f"counter {counter} changed; try again", reason="try_again")
            called = _ticket(claimed[0])  # the claimed row as updated: nothing else changes it
            self._event(at, Action.CALL, called.id, counter, {"label": called.label, "reason": choice.reason})
        return policy.Choice(called, choice.score, choice.reason, choice.reserved)

    def _choose(self, branch: Branch, counter: int, day: str, at: datetime,
                changed_by: float | None = None) -> policy.Choice | None:
        """The policy's pick for a counter that must be open and free, among the tickets waiting at `at`:
        one whose last change (a reinstatement, a transfer) is later, by the clock of the station that
        made it, is passed over; `changed_by` (epoch seconds) moves that bound."""
        desk = self._counter(counter)
        classes = policy.callable_classes(branch, desk)
        if desk.current_ticket_id is not None:
            raise _still_busy(counter, self.ticket_by_id(desk.current_ticket_id),
                              "finish, transfer or mark it no-show before calling the next")
        changed = at.timestamp() if changed_by is None else changed_by
        heads = self._group_heads(day, desk.services, classes, at, changed)
        day_began = clock.day_start(day, branch.tz).timestamp()
        for sql, params in ((_RESERVED_SQL, [counter, day, changed]),  # sent here
                            (_PUT_BACK_SQL, [clock.previous_day(day), day_began, changed])):
            for i, s, p, t, reserved, origin in self.db.execute(sql, params):
                heads.append(_Waiting(i, s, p, _fromtimestamp(t, UTC), reserved, origin))
        return policy.choose_next(heads, desk, branch, at)

    def _refuse_if_behind(self, branch: Branch, counter: int, day: str, at: datetime, fresh: bool) -> None:
        """Nothing to call at `at`, yet a ticket waits for this counter whose last change is later: the
        station that made it has a clock ahead of this one. ClockError ("check this PC's clock") then,
        not "nobody is waiting"."""
        later = self._choose(branch, counter, day, at, changed_by=math.inf)
        if later is None:
            return
        # These reads are not one snapshot: a ticket another counter called, transferred or put back since
        # `at` was read is an ordinary race ("nobody for you now"), not a clock behind; so the ticket is read
        # again and, unless the caller gave the time, held against this clock read afresh.
        ticket = self.ticket_by_id(later.ticket.id)
        now = self.clock.now() if fresh else at
        if ticket.status == TicketStatus.WAITING and (ticket.updated_at or now) > now:
            self._check_time(ticket, now)

    def _group_heads(self, day: str, services: tuple[str, ...], classes: tuple[str, ...],
                     at: datetime, changed_by: float) -> list[_Waiting]:
        """The oldest waiting ticket of each non-empty (service, class) group the counter serves."""
        if not services or not classes:
            return []
        rows = self.db.execute(_heads_sql(len(services), len(classes)),
                               [at.timestamp(), changed_by, day, *services, *classes]).fetchall()
        return [_Waiting(i, s, p, _fromtimestamp(t, UTC)) for i, s, p, t in rows]

    def recall(self, counter: int, at: datetime | None = None) -> Ticket:
        return self._act(counter, Action.RECALL, at)

    def start(self, counter: int, at: datetime | None = None) -> Ticket:
        return self._act(counter, Action.START, at)

    def finish(self, counter: int, at: datetime | None = None) -> Ticket:
        return self._act(counter, Action.FINISH, at)

    def no_show(self, counter: int, at: datetime | None = None) -> Ticket:
        return self._act(counter, Action.NO_SHOW, at)

    def transfer(self, counter: int, to_service: str | None = None, to_counter: int | None = None,
                 at: datetime | None = None) -> Ticket:
        """Send the counter's ticket back to the queue, keeping its place by issue time: for
        another service, or reserved for another counter (which calls it before any other), or both."""
        if to_service is None and to_counter is None:
            raise QueueError("transfer to which service or counter? give one or both")
        if to_service is not None:
            self.branch.service(to_service)
        if to_counter is not None:
            self.branch.counter(to_counter)  # a configured counter, or UnknownCode
        return self._act(counter, Action.TRANSFER, at, to_service=to_service, to_counter=to_counter)

    def _transfer(self, ticket: Ticket, counter: int, ts: float, to_service: str | None,
                  to_counter: int | None) -> tuple[tuple, dict[str, Any]]:
        """Inside the write: check the target, move the ticket; its row and the event's details."""
        service = to_service or ticket.service
        if to_counter is None and service == ticket.service:
            raise QueueError(f"ticket {ticket.label} is already for service {service}",
                             reason="already_for_service", ticket=ticket.label, service=service)
        details: dict[str, Any] = {"label": ticket.label, "from_service": ticket.service,
                                   "to_service": service}
        if to_counter is not None:
            if to_counter == counter:
                raise QueueError(f"ticket {ticket.label} is already at counter {counter}",
                                 reason="already_at_counter", ticket=ticket.label, counter=counter)
            target = self._counter(to_counter)
            if target.mode == CounterMode.CLOSED:
                raise CounterUnavailable(f"counter {to_counter} is closed; transfer to an open or "
                                         "paused counter, or to a service", reason="target_closed",
                                         counter=to_counter)
            if service not in target.services:
                raise QueueError(f"counter {to_counter} does not serve {service} "
                                 f"(it serves {', '.join(target.services)})", reason="target_not_serving",
                                 counter=to_counter, service=service)
            details["to_counter"] = to_counter
        row = self.db.execute(
            f"UPDATE tickets SET status = 'waiting', updated_at = ?, service = ?, counter = NULL, "
            f"reserved_counter = {'NULL' if to_counter is None else '?'}, transferred_from = ? "
            f"WHERE id = ? RETURNING {_TICKET_COLUMNS}",
            [ts, service, *(() if to_counter is None else (to_counter,)), counter, ticket.id]).fetchall()[0]
        return row, details

    def _act(self, counter: int, action: Action, at: datetime | None,
             to_service: str | None = None, to_counter: int | None = None) -> Ticket:
        self._check_counter(counter)
        status = TRANSITIONS[action][1]
        with self.conn.errors(), self.conn.write() as db:
            at = at or self._now_in_write()
            ts = at.timestamp()
            if action == Action.TRANSFER:
                row, details = self._transfer(self._current(counter, action, at), counter, ts,
                                              to_service, to_counter)
            else:  # one statement that checks as it changes; only a refusal reads more, to say why
                rows = db.execute(_act_sql(action), {"ts": ts, "counter": counter}).fetchall()
                if not rows:
                    self._current(counter, action, at)  # raises the reason
                    raise StoreError(f"counter {counter}: could not {action.value} its ticket")
                row = rows[0]
                details = {"label": row[1]}
            if status not in (TicketStatus.CALLED, TicketStatus.SERVING):
                db.execute("UPDATE counters SET current_ticket_id = NULL, updated_at = ? "
                           "WHERE number = ?", [ts, counter])
            self._event(at, action, row[0], counter, details)
        return _ticket(row)  # the row as this transaction left it

    def _current(self, counter: int, action: Action, at: datetime) -> Ticket:
        """The counter's current ticket, if `action` may happen to it at `at`; else why not."""
        desk = self._counter(counter)
        if desk.current_ticket_id is None:
            raise CounterUnavailable(f"counter {counter} has no current ticket to "
                                     f"{action.value.replace('_', '-')}", reason="no_current_ticket",
                                     counter=counter, action=action.value)
        ticket = self.ticket_by_id(desk.current_ticket_id)
        next_status(ticket.label, ticket.status, action)
        self._check_time(ticket, at)
        return ticket

    def reinstate(self, label: str, at: datetime | None = None) -> Ticket:
        """Put a no-show who came back into the queue, in their original place."""
        self.check("serve")
        branch = self.branch
        with self.conn.errors(), self.conn.write():
            at = at or self._now_in_write()
            since = at - timedelta(minutes=branch.reinstate_minutes)
            ticket = self._recent_ticket(label, at, lambda t: t.status == TicketStatus.NO_SHOW
                                         and t.updated_at is not None and t.updated_at >= since)
            next_status(ticket.label, ticket.status, Action.REINSTATE)
            self._check_ticket(ticket, Action.REINSTATE)
            self._check_time(ticket, at)
            limit = ticket.updated_at + timedelta(minutes=branch.reinstate_minutes)
            if at > limit:
                raise QueueError(
                    f"ticket {label} was marked no-show more than {branch.reinstate_minutes} min ago; "
                    "issue a new ticket", reason="reinstate_too_late", ticket=label,
                    minutes=branch.reinstate_minutes)
            self.db.execute("UPDATE tickets SET status = 'waiting', counter = NULL, updated_at = ? "
                            "WHERE id = ?", [at.timestamp(), ticket.id])
            self._event(at, Action.REINSTATE, ticket.id, None, {"label": label})
        return self.ticket_by_id(ticket.id)

    def _recent_ticket(self, label: str, at: datetime, wanted: Callable[[Ticket], bool]) -> Ticket:
        """A ticket by label on the business day of `at` or, when the reinstate window reaches back past
        midnight, the day before: the first `wanted` one, today's first; else the first found (its
        refusal says why it cannot be used)."""
        branch = self.branch
        days = dict.fromkeys(clock.business_day(t, branch.tz)
                             for t in (at, at - timedelta(minutes=branch.reinstate_minutes)))
        found = []
        for day in days:
            try:
                found.append(self.ticket(label, day))
            except UnknownCode:
                continue
        if not found:
            return self.ticket(label, next(iter(days)))  # raises: no such ticket today
        return next((t for t in found if wanted(t)), found[0])

    def recent_no_show(self, counter: int, at: datetime | None = None) -> str | None:
        """The ticket this counter marked no-show last, while it may still be reinstated (since
        yesterday's business day, when the window reaches back past midnight)."""
        at = at or self.clock.now()
        branch = self.branch
        since = at - timedelta(minutes=branch.reinstate_minutes)
        with self.conn.errors():
            row = self.db.execute(
                "SELECT label FROM tickets WHERE business_day IN (?, ?) AND counter = ? "
                "AND status = 'no_show' AND updated_at >= ? ORDER BY updated_at DESC, id DESC LIMIT 1",
                [clock.business_day(at, branch.tz), clock.business_day(since, branch.tz), counter,
                 since.timestamp()]).fetchone()
        return row[0] if row else None

    def call_ticket(self, counter: int, label: str, day: str | None = None,
                    at: datetime | None = None) -> Ticket:
        """Call one waiting ticket by its number (typed, or read from its QR code) out of turn."""
        self._check_counter(counter)
        with self.conn.errors(), self.conn.write() as db:
            at = at or self._now_in_write()
            desk = self._counter(counter)
            policy.callable_classes(self.branch, desk)  # open, not paused or closed
            if desk.current_ticket_id is not None:
                raise _still_busy(counter, self.ticket_by_id(desk.current_ticket_id), "finish it first")
            ticket = self.ticket(label.strip().upper(), day or clock.business_day(at, self.branch.tz))
            next_status(ticket.label, ticket.status, Action.CALL)
            self._check_ticket(ticket, Action.CALL)
            self._check_time(ticket, at)
            ts = at.timestamp()
            db.execute("UPDATE tickets SET status = 'called', counter = ?, called_at = ?, updated_at = ?, "
                       "reserved_counter = NULL WHERE id = ?", [counter, ts, ts, ticket.id])
            db.execute("UPDATE counters SET current_ticket_id = ?, updated_at = ? WHERE number = ?",
                       [ticket.id, ts, counter])
            self._event(at, Action.CALL, ticket.id, counter,
                        {"label": ticket.label, "reason": "called by number"})
        return self.ticket_by_id(ticket.id)

    def cancel_ticket(self, label: str, day: str | None = None, at: datetime | None = None) -> Ticket:
        """The customer left or no longer needs the ticket: a waiting ticket, or one called to a
        counter (which is then free), ends as cancelled; it is never called again."""
        self.check("serve")
        with self.conn.errors(), self.conn.write() as db:
            at = at or self._now_in_write()
            label = label.strip().upper()
            ticket = (self.ticket(label, day) if day else  # else today's, or one from before midnight
                      self._recent_ticket(label, at, lambda t: t.status in TRANSITIONS[Action.CANCEL][0]))
            next_status(ticket.label, ticket.status, Action.CANCEL)
            self._check_ticket(ticket, Action.CANCEL)
            self._check_time(ticket, at)
            ts = at.timestamp()
            db.execute("UPDATE tickets SET status = 'cancelled', reserved_counter = NULL, updated_at = ? "
                       "WHERE id = ?", [ts, ticket.id])
            db.execute("UPDATE counters SET current_ticket_id = NULL, updated_at = ? "
                       "WHERE current_ticket_id = ?", [ts, ticket.id])
            self._event(at, Action.CANCEL, ticket.id, ticket.counter,
                        {"label": ticket.label, "was": ticket.status.value})
        return self.ticket_by_id(ticket.id)

    def longest_wait_minutes(self, at: datetime | None = None) -> int:
        """How long the longest-waiting ticket of today has waited, in whole minutes."""
        at = at or self.clock.now()
        day = clock.business_day(at, self.branch.tz)
        with self.conn.errors():
            first = self.db.execute("SELECT MIN(issued_at) FROM tickets WHERE business_day = ? "
                                    "AND status = 'waiting'", [day]).fetchone()[0]
        return 0 if first is None else clock.whole_minutes(at.timestamp() - first)

    @staticmethod
    def _check_time(ticket: Ticket, at: datetime) -> None:
        if ticket.updated_at is not None and at < ticket.updated_at:
            raise ClockError(
                f"time {at.isoformat(timespec='seconds')} is earlier than ticket {ticket.label}'s "
                f"last event at {ticket.updated_at.isoformat(timespec='seconds')}",
                reason="earlier_than_last_event", ticket=ticket.label)

    def _now_in_write(self) -> datetime:
        """The time of an action given no --at, read once its write lock is held: never earlier than
        another station's change it may be about to check against (taken before the lock, it could be)."""
        return self.clock.now()

    def _event(self, at: datetime, action: str, ticket_id: int | None, counter: int | None,
               details: dict) -> None:
        """Inside the write: append this station's event (kiosk.store.events)."""
        append_event(self.db, at, self.station, self.actor, action, ticket_id, counter, details)

    # -- help and appointments -------------------------------------------------------------

    def request_help(self, kind: str, ticket_id: int | None = None, note: str = "",
                     at: datetime | None = None) -> int:
        """Record that a customer or a device needs staff; the console shows it at once."""
        self.check("request_help")
        at = at or self.clock.now()
        with self.conn.errors(), self.conn.write() as db:
            request_id = db.execute(
                "INSERT INTO help_requests (at, station, kind, ticket_id, status, note) "
                "VALUES (?, ?, ?, ?, 'open', ?)", [at.timestamp(), self.station, kind, ticket_id, note],
            ).lastrowid
            self._event(at, "help_request", ticket_id, None, {"request": request_id, "kind": kind})
        return request_id

    def open_help_requests(self) -> list[dict[str, Any]]:
        """Every help request not yet resolved, whatever its day, oldest first; `ticket` is its label."""
        with self.conn.errors():
            rows = self.db.execute(
                "SELECT h.id, h.at, h.station, h.kind, h.ticket_id, t.label, h.status, h.note "
                "FROM help_requests h LEFT JOIN tickets t ON t.id = h.ticket_id "
                "WHERE h.status != 'resolved' ORDER BY h.id").fetchall()
        return [dict(zip(("id", "at", "station", "kind", "ticket_id", "ticket", "status", "note"), r,
                         strict=True)) for r in rows]

    def add_appointment(self, code: str, service: str, due_at: datetime) -> None:
        """Register a booking (bookings themselves arrive in a later release)."""
        self.check("book")
        code = booking_code(code)
        self.branch.service(service)
        with self.conn.errors(), self.conn.write() as db:
            if db.execute("SELECT 1 FROM appointments WHERE code = ?", [code]).fetchone():
                raise QueueError(f"booking code {code} already exists")
            db.execute("INSERT INTO appointments (code, service, due_at, status) VALUES (?, ?, ?, 'booked')",
                       [code, service, due_at.timestamp()])
            self._event(due_at, "book", None, None, {"code": code, "service": service})

    def check_in(self, code: str, lang: str = "", needs: tuple[str, ...] = (),
                 at: datetime | None = None) -> Issued:
        """Turn today's booking into a ticket (appointment class once it is due), exactly once."""
        self.check("issue")
        at = at or self.clock.now()
        code = booking_code(code)
        booking = self._booking(code, at)
        priority = estimate.check_in_priority(datetime.fromtimestamp(booking[2], UTC), at)
        ahead, eta = self._estimate_new(booking[1], priority, at)
        with self.conn.errors(), self.conn.write() as db:
            booking_id, service, _, _ = self._booking(code, at)  # again, under the write lock
            ticket = self._insert_ticket(service, priority, lang, needs, at)
            db.execute("UPDATE appointments SET status = 'checked_in', ticket_id = ? WHERE id = ?",
                       [ticket.id, booking_id])
        return Issued(ticket, ahead, eta)

    def _booking(self, code: str, at: datetime) -> tuple:
        tz = self.branch.tz
        with self.conn.errors():
            row = self.db.execute("SELECT id, service, due_at, status FROM appointments WHERE code = ?",
                                  [code]).fetchone()
        if row is None:
            raise UnknownCode(f"booking code {code} was not found", reason="booking_unknown")
        due_day = clock.business_day(datetime.fromtimestamp(row[2], UTC), tz)
        if row[3] != "booked":
            raise QueueError(f"booking code {code} was already used", reason="booking_used")
        if due_day != clock.business_day(at, tz):
            raise QueueError(f"booking code {code} is for {due_day}, not today", reason="booking_not_today",
                             day=due_day)
        return row

    # -- reading -----------------------------------------------------------------------------

    def status(self, at: datetime | None = None) -> dict[str, Any]:
        """Waiting counts per service and class today, and each counter's mode and ticket."""
        branch = self.branch
        at = at or self.clock.now()
        day = clock.business_day(at, branch.tz)
        with self.conn.errors():
            waiting: dict[str, dict[str, int]] = {s.code: {} for s in branch.services}
            for s, p, n in self.db.execute(
                    "SELECT service, priority, waiting FROM waiting_counts "
                    "WHERE business_day = ? AND waiting > 0 ORDER BY service, priority", [day]):
                waiting.setdefault(s, {})[p] = n
            counters = []
            for c in self._counters():
                current = self.ticket_by_id(c.current_ticket_id) if c.current_ticket_id else None
                counters.append({
                    "counter": c.number, "mode": c.mode.value, "services": list(c.services),
                    "ticket": current.label if current else None,
                    "ticket_status": current.status.value if current else None,
                })
        return {
            "business_day": day,
            "waiting": {s: sum(v.values()) for s, v in waiting.items()},
            "waiting_by_class": waiting,
            "waiting_total": sum(sum(v.values()) for v in waiting.values()),
            "counters": counters,
        }

    def change_token(self) -> tuple[int, int]:
        return self.conn.change_token()

"""One station of the crash campaign (bench/crash_campaign.py), run as a child process until killed.

A kiosk issues tickets; a console opens its counter and calls, recalls, starts, finishes, marks
no-shows, reinstates and transfers. After each store action returns, one line saying what was
done is appended to this writer's log and fsync'd: that line is the acknowledgement the checks
hold the database to. The phase file (one byte, shared memory) says where the writer is, so the
campaign can tell where each kill landed.
"""
from __future__ import annotations

import argparse
import json
import mmap
import os
import random
import time
from datetime import datetime
from pathlib import Path

from kiosk.core.config import REGULAR
from kiosk.core.errors import QueueError
from kiosk.core.models import Ticket, TicketStatus
from kiosk.store import QueueStore

# Where a writer is: the byte in its phase file (names in PHASES, indexed by value).
STARTING, OPENING, IDLE, IN_ACTION, IN_WRITE, IN_COMMIT, COMMITTED, LOGGING = range(8)
PHASES = ("starting", "opening the store", "between actions", "in an action, no write lock",
          "inside a write transaction", "inside COMMIT", "committed, not yet logged", "writing the log")
POLL_S = 0.005  # a console with nobody to call polls again, as its timer would
OTHER_CLASSES = ("elderly", "disability", "pregnant")
# These return their ticket as read again after the commit: another counter may have called it by
# then, so its last change may not be this action's. Their lines carry no time; checks match without.
REREAD = {"reinstate"}


def micros(ts: float) -> int:
    """A time in whole microseconds: how log lines and event rows are matched."""
    return round(ts * 1_000_000)


def acknowledgement(station: str, action: str, ticket: Ticket | None = None, counter: int | None = None,
                    at: datetime | None = None) -> dict:
    """The log line for one action the store answered; it names the event row it must have left:
    station, action, counter and time, and the ticket (its time is the ticket's last change)."""
    if ticket is not None and action not in REREAD:
        at = ticket.updated_at
    line = {"station": station, "action": action, "counter": counter,
            "at": None if at is None else micros(at.timestamp())}
    if ticket is not None:
        line.update(ticket=ticket.id, label=ticket.label, day=ticket.business_day)
    return line


class Writer:
    """The store, the log and the phase byte of one writer process."""

    def __init__(self, opts: argparse.Namespace):
        self.phase = mmap.mmap(os.open(opts.phase, os.O_RDWR), 1)
        self.set(OPENING)
        self.stop = Path(opts.stop)
        self.name = opts.name
        self.log = os.open(opts.log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self.store = QueueStore(opts.db, station=opts.name)
        execute = self.store.db.execute  # the store's one way to BEGIN and COMMIT

        def traced(sql, *params):
            self.set({"BEGIN IMMEDIATE": IN_WRITE, "COMMIT": IN_COMMIT}.get(sql, self.phase[0]))
            result = execute(sql, *params)
            if sql in ("COMMIT", "ROLLBACK"):
                self.set(COMMITTED if sql == "COMMIT" else IN_ACTION)
            return result

        self.store.db.execute = traced

    def set(self, phase: int) -> None:
        self.phase[0] = phase

    def act(self, action, *args, **kwargs):
        """Run one store action and return its result (nothing is logged yet)."""
        self.set(IN_ACTION)
        return action(*args, **kwargs)

    def acknowledge(self, action: str, ticket: Ticket | None = None, counter: int | None = None,
                    at: datetime | None = None) -> None:
        """Append and fsync the line that says `action` was done: the store has answered."""
        self.set(LOGGING)
        line = acknowledgement(self.name, action, ticket, counter, at)
        os.write(self.log, (json.dumps(line) + "\n").encode())
        os.fsync(self.log)
        self.set(IDLE)

    def error(self, exc: Exception) -> None:
        """A store error is a finding: it goes into the log for the campaign to count."""
        os.write(self.log, (json.dumps({"station": self.name, "error": f"{type(exc).__name__}: {exc}"})
                            + "\n").encode())
        self.set(IDLE)
        time.sleep(POLL_S)


def kiosk(w: Writer, rng: random.Random) -> None:
    w.set(IDLE)
    while not w.stop.exists():
        priority = REGULAR if rng.random() < 0.8 else rng.choice(OTHER_CLASSES)
        w.acknowledge("issue", w.act(w.store.issue_ticket, rng.choice("ABC"), priority).ticket)


def console(w: Writer, rng: random.Random, counter: int) -> None:
    store = w.store
    at = store.clock.now()
    w.act(store.open_counter, counter, at=at)
    w.acknowledge("open", counter=counter, at=at)
    while not w.stop.exists():
        # After a restart the counter may still hold the ticket the killed process called or started.
        current = next(c for c in store.counters() if c.number == counter).current_ticket_id
        if current is None:
            choice = w.act(store.call_next, counter)
            if choice is None:
                w.set(IDLE)
                time.sleep(POLL_S)
            else:
                w.acknowledge("call", choice.ticket, counter)
            continue
        ticket, r = store.ticket_by_id(current), rng.random()
        if ticket.status == TicketStatus.SERVING:
            if r < 0.05:
                to = rng.choice([s for s in "ABC" if s != ticket.service])
                w.acknowledge("transfer", w.act(store.transfer, counter, to_service=to), counter)
            else:
                w.acknowledge("finish", w.act(store.finish, counter), counter)
        elif r < 0.1:
            w.acknowledge("recall", w.act(store.recall, counter), counter)
        elif r < 0.25:
            gone = w.act(store.no_show, counter)
            w.acknowledge("no_show", gone, counter)
            # Reinstated at once, within the window; skipped if midnight just passed (another day's label).
            if rng.random() < 0.5 and gone.business_day == store.today():
                w.acknowledge("reinstate", w.act(store.reinstate, gone.label))
        else:
            w.acknowledge("start", w.act(store.start, counter), counter)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    for name in ("db", "log", "phase", "stop", "name", "role"):
        parser.add_argument(f"--{name}", required=True)
    parser.add_argument("--counter", type=int)
    parser.add_argument("--seed", type=int, required=True)
    opts = parser.parse_args()
    w = Writer(opts)
    rng = random.Random(opts.seed)
    while not w.stop.exists():
        try:
            kiosk(w, rng) if opts.role == "kiosk" else console(w, rng, opts.counter)
        except QueueError as exc:
            w.error(exc)
    w.store.close()


if __name__ == "__main__":
    main()

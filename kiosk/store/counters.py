"""Counters: opening, pausing and closing them, each mode change one event."""
from __future__ import annotations

from datetime import datetime

from kiosk.core.errors import CounterUnavailable, QueueError, UnknownCode
from kiosk.core.models import CALLING_MODES, Counter, CounterMode, Ticket

_MODE = {m.value: m for m in CounterMode}


def _counter_row(row: tuple) -> Counter:
    return Counter(row[0], tuple(row[1].split(",")), _MODE.get(row[2]) or CounterMode(row[2]), row[3])


def _still_busy(counter: int, busy: Ticket, then: str) -> CounterUnavailable:
    return CounterUnavailable(f"counter {counter} still has ticket {busy.label} ({busy.status.value}); "
                              f"{then}", reason="counter_busy", counter=counter, ticket=busy.label,
                              status=busy.status.value)


class Counters:
    """QueueStore's part: the counters' modes and services."""

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
        if mode in (CounterMode.LOVE, CounterMode.QUICK):
            self.check("love_window" if mode == CounterMode.LOVE else "quick_counter")  # before where
        self.check_counter(number)
        branch = self.branch
        if mode not in CALLING_MODES:
            raise QueueError(f"a counter opens as normal, love or quick, not {mode.value}")
        if mode == CounterMode.QUICK and not any(s.quick for s in branch.services):
            raise QueueError("no service is marked quick in the branch's configuration: a quick counter "
                             "would call nobody", reason="no_quick_services")
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
        shows open (in any calling mode): nobody is left there to call the next customer. Once; None when
        there was no such counter or it was already paused or closed."""
        left = self._take_left_desk()
        if left is None:
            return None
        number, staff = left
        at = at or self.clock.now()
        with self.conn.errors(), self.conn.write():
            counter = self._counter(number)
            if counter.mode not in CALLING_MODES:
                return None
            return self._write_mode(counter, CounterMode.PAUSED, None, at,
                                    {"reason": "account deactivated", "staff": staff})

    def _set_counter(self, number: int, mode: CounterMode, services: tuple[str, ...] | None,
                     at: datetime | None, details: dict | None = None) -> Counter:
        self.check_counter(number)
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
        action = {CounterMode.NORMAL: "open", CounterMode.LOVE: "open_love", CounterMode.QUICK: "open_quick",
                  CounterMode.PAUSED: "pause", CounterMode.CLOSED: "close"}[mode]
        self._event(at, action, None, number, {"services": list(services), **(details or {})})
        return Counter(number, tuple(services), mode, counter.current_ticket_id)

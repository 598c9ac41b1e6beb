"""QueueStore's part: surge alerts logged as events, one when a service's alert starts (or its advice grows)
and one when it ends, decided under the write lock so that stations watching together log each once."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from kiosk.core import clock
from kiosk.core.surge import SurgeAlert

ALERT, CLEAR = "surge_alert", "surge_clear"
_CHUNK = 2000  # events read back per query when a day's log is first looked through, newest first


@dataclass
class _Standing:
    """The alerts logged and not ended on business day `day`, as far as event `seen` (service -> the advice's
    counters): each station's own copy, read on from where it stopped, so no check scans the whole log (a
    year's events take half a second to scan)."""

    day: str
    seen: int
    more: dict[str, int] = field(default_factory=dict)

    def apply(self, rows: list[tuple], lo: float, hi: float) -> None:
        for _, at, action, details in rows:
            if not lo <= at < hi or action not in (ALERT, CLEAR):
                continue
            data = json.loads(details or "{}")
            if action == ALERT:
                self.more[data["service"]] = data.get("more_counters", 0)
            else:
                self.more.pop(data["service"], None)


class SurgeLog:
    """QueueStore's part: the surge alerts a station's watch found (kiosk.station.surge_watch), logged."""

    _standing: _Standing | None = None

    def record_surge_alert(self, alert: SurgeAlert, at: datetime | None = None) -> bool:
        """Log `alert` (event "surge_alert", no ticket) unless that service's alert stands already, logged
        today by any station and not ended since, with as many counters to open or more. True if logged."""
        self.check("surge_alert")
        code = self.branch.service(alert.service).code  # a configured service, or UnknownCode
        at = at or self.clock.now()
        if not self._news(code, alert.more_counters, at):  # the usual answer, without the write lock
            return False
        with self.conn.errors(), self.conn.write():
            if not self._news(code, alert.more_counters, at):  # another station logged it meanwhile
                return False
            self._event(at, ALERT, None, None, alert.details())
        return True

    def end_surge_alert(self, service: str, at: datetime | None = None) -> bool:
        """Log the end of `service`'s standing alert (event "surge_clear"), if one stands. True if logged."""
        self.check("surge_alert")
        at = at or self.clock.now()
        if service not in self._read_standing(at).more:
            return False
        with self.conn.errors(), self.conn.write():
            if service not in self._read_standing(at).more:
                return False
            self._event(at, CLEAR, None, None, {"service": service})
        return True

    def surge_alerts(self, day: str) -> list[SurgeAlert]:
        """The alerts logged on business day `day` (YYYY-MM-DD), in order, each with when it was logged
        (`at`) and when that service's alert was next ended (`cleared_at`, None if it never was)."""
        lo, hi = self._day_bounds(day)
        with self.conn.errors():
            rows = self.db.execute("SELECT at, action, details FROM events WHERE at >= ? AND at < ? "
                                   "AND action IN (?, ?) ORDER BY id", [lo, hi, ALERT, CLEAR]).fetchall()
        alerts: list[SurgeAlert] = []
        open_ones: dict[str, list[int]] = {}  # service -> indexes of its alerts not ended yet
        for ts, action, details in rows:
            data, at = json.loads(details or "{}"), datetime.fromtimestamp(ts, UTC)
            service = data.get("service", "")
            if action == CLEAR:
                for i in open_ones.pop(service, []):
                    alerts[i] = replace(alerts[i], cleared_at=at)
                continue
            open_ones.setdefault(service, []).append(len(alerts))
            p90_s = None if data.get("p90_s") is None else float(data["p90_s"])
            alerts.append(SurgeAlert(service, int(data.get("waiting", 0)), p90_s,
                                     float(data.get("target_s", 0)), int(data.get("more_counters", 0)),
                                     at=at))
        return alerts

    # -- the standing alerts, read on from where this station stopped --------------------------------------

    def _news(self, service: str, more_counters: int, at: datetime) -> bool:
        standing = self._read_standing(at).more
        return service not in standing or more_counters > standing[service]

    def _read_standing(self, at: datetime) -> _Standing:
        day = clock.business_day(at, self.branch.tz)
        lo, hi = self._day_bounds(day)
        with self.conn.errors():
            last = self.db.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0]
            standing = self._standing
            if standing is None or standing.day != day:
                standing = self._standing = _Standing(day, 0)
                rows = self._back_to(lo, last)
            else:  # only what was appended since the last look (bounded: a later event is read next time)
                rows = self.db.execute("SELECT id, at, action, details FROM events WHERE id > ? AND id <= ? "
                                       "AND action IN (?, ?) ORDER BY id",
                                       [standing.seen, last, ALERT, CLEAR]).fetchall()
        standing.apply(rows, lo, hi)
        standing.seen = last
        return standing

    def _back_to(self, lo: float, last: int) -> list[tuple]:
        """The log from event `last` back to the first one before `lo` (the day's start), in id order: a
        day's events, not a year's (events are appended in time order)."""
        rows: list[tuple] = []
        upper = last
        while upper > 0:
            chunk = self.db.execute("SELECT id, at, action, details FROM events WHERE id <= ? "
                                    "ORDER BY id DESC LIMIT ?", [upper, _CHUNK]).fetchall()
            rows.extend(chunk)
            if len(chunk) < _CHUNK or chunk[-1][1] < lo:
                break
            upper = chunk[-1][0] - 1
        rows.reverse()
        return rows

    def _day_bounds(self, day: str) -> tuple[float, float]:
        tz = self.branch.tz
        end = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
        return clock.day_start(day, tz).timestamp(), clock.day_start(end, tz).timestamp()

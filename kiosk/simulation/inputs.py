"""The files `kiosk simulate` reads, checked against the branch: ARRIVALS.csv, STAFFING.csv and the mix of
synthetic customers. A wrong row is refused naming the file, its line and the field."""
from __future__ import annotations

import csv
import math
import tomllib
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.core.config import Branch
from kiosk.core.errors import QueueError
from kiosk.core.models import quoted
from kiosk.simulation.day import Arrival, Shift

ARRIVAL_COLUMNS = ("arrived_at", "service", "priority", "service_seconds")
STAFFING_COLUMNS = ("from", "to", "counters")  # and services, optional
MIX_COLUMNS = ("service", "priority", "share")
MAX_SERVICE_SECONDS = 24 * 3600


class InputError(QueueError):
    """A simulation input the command cannot use; the message names the file, line and field."""


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, row) of a CSV file with a header naming at least `columns`; blank lines skipped."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            reader = csv.DictReader(f)
            header = [h.strip() for h in reader.fieldnames or ()]
            if not header:
                raise InputError(f"{path}: empty file; the first line names the columns "
                                 f"{','.join(columns)}")
            missing = [c for c in columns if c not in header]
            if missing:
                raise InputError(f"{path}, line 1: missing column {missing[0]} (the columns are "
                                 f"{','.join(columns)})")
            reader.fieldnames = header
            for row in reader:
                if not any((v or "").strip() for k, v in row.items() if k is not None):
                    continue
                yield reader.line_num, row
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except csv.Error as exc:
        raise InputError(f"{path}: not a CSV file: {exc}") from None


def _field(path: Path, line: int, row: dict[str, str], name: str) -> str:
    value = (row.get(name) or "").strip()
    if not value:
        raise InputError(f"{path}, line {line}, {name}: empty")
    return value


def _fail(path: Path, line: int, name: str, problem: str) -> InputError:
    return InputError(f"{path}, line {line}, {name}: {problem}")


def _instant(text: str, tz: ZoneInfo) -> datetime | None:
    """An ISO 8601 time; one without an offset is the branch's local time."""
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        return None
    return at if at.tzinfo is not None else at.replace(tzinfo=tz)


def _seconds(path: Path, line: int, name: str, text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise _fail(path, line, name, f"{quoted(text)} is not a number of seconds") from None
    if not math.isfinite(value) or not 0 < value <= MAX_SERVICE_SECONDS:
        raise _fail(path, line, name, f"{quoted(text)} must be more than 0 and at most "
                                      f"{MAX_SERVICE_SECONDS} seconds")
    return value


def _code(path: Path, line: int, name: str, text: str, known: tuple[str, ...], what: str) -> str:
    if text not in known:
        raise _fail(path, line, name, f"unknown {what} {quoted(text)} (this branch has {', '.join(known)})")
    return text


def read_arrivals(path: Path, branch: Branch) -> list[Arrival]:
    """ARRIVALS.csv: arrived_at,service,priority,service_seconds (ISO 8601 times), in time order."""
    services = tuple(s.code for s in branch.services)
    arrivals = []
    for line, row in _rows(path, ARRIVAL_COLUMNS):
        text = _field(path, line, row, "arrived_at")
        at = _instant(text, branch.tz)
        if at is None:
            raise _fail(path, line, "arrived_at", f"{quoted(text)} is not an ISO 8601 time like "
                                                  "2026-11-23T09:30:00+08:00")
        service = _code(path, line, "service", _field(path, line, row, "service"), services, "service")
        priority = _code(path, line, "priority", _field(path, line, row, "priority"), branch.class_codes,
                         "priority class")
        seconds = _seconds(path, line, "service_seconds", _field(path, line, row, "service_seconds"))
        arrivals.append(Arrival(at, service, priority, seconds))
    if not arrivals:
        raise InputError(f"{path}: no arrivals (one row per customer after the header line)")
    return sorted(arrivals, key=lambda a: a.at)


def _clock_time(text: str, day: date, tz: ZoneInfo) -> datetime | None:
    """HH:MM on `day` (24:00 is its end), or an ISO 8601 time."""
    parts = text.split(":")
    if len(parts) == 2 and all(p.isdigit() and len(p) == 2 for p in parts):
        hour, minute = int(parts[0]), int(parts[1])
        if hour == 24 and minute == 0:
            return datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
        if hour < 24 and minute < 60:
            return datetime.combine(day, time(hour, minute), tzinfo=tz)
        return None
    return _instant(text, tz)


def read_staffing(path: Path, branch: Branch, day: date) -> list[Shift]:
    """STAFFING.csv: from,to,counters[,services]: HH:MM on `day` (or ISO 8601 times); services a comma
    list in quotes, e.g. "A,B". Rows may overlap: their counters add up, to at most the branch's."""
    services = tuple(s.code for s in branch.services)
    shifts = []
    for line, row in _rows(path, STAFFING_COLUMNS):
        ends = []
        for name in ("from", "to"):
            text = _field(path, line, row, name)
            at = _clock_time(text, day, branch.tz)
            if at is None:
                raise _fail(path, line, name, f"{quoted(text)} is not a time like 09:00 (24:00 ends the "
                                              "day) or 2026-11-23T09:00+08:00")
            ends.append(at)
        if ends[1] <= ends[0]:
            raise _fail(path, line, "to", "must be later than from")
        text = _field(path, line, row, "counters")
        most = len(branch.counters)
        if not text.isdigit() or int(text) > most:
            raise _fail(path, line, "counters", f"{quoted(text)} must be a whole number from 0 to {most} "
                                                "(the counters in the configuration)")
        chosen = None
        if (row.get("services") or "").strip():
            chosen = tuple(s.strip() for s in row["services"].split(",") if s.strip())
            for code in chosen:
                _code(path, line, "services", code, services, "service")
            if len(set(chosen)) != len(chosen):
                raise _fail(path, line, "services", "a service is listed twice")
        shifts.append(Shift(ends[0], ends[1], int(text), chosen, line=line))
    if not shifts:
        raise InputError(f"{path}: no staffing rows (from,to,counters after the header line)")
    _check_overlaps(path, shifts, len(branch.counters))
    return shifts


def _check_overlaps(path: Path, shifts: list[Shift], most: int) -> None:
    for shift in sorted(shifts, key=lambda s: s.start):
        running = [s for s in shifts if s.start <= shift.start < s.end]
        if sum(s.counters for s in running) > most:
            raise _fail(path, shift.line, "counters", f"with the rows running at the same time that makes "
                                                      f"{sum(s.counters for s in running)} counters; the "
                                                      f"configuration has {most}")


Mix = list[tuple[tuple[str, str], float]]  # ((service, class), share)


def read_mix(path: Path, branch: Branch) -> Mix:
    """The customers' mix: a CSV of service,priority,share rows, or a TOML file with
    `services = { A = 0.6, B = 0.4 }` and `classes = { regular = 0.9, elderly = 0.1 }` (each optional:
    every service alike, regular customers only)."""
    if path.suffix.lower() == ".csv":
        mix = _mix_csv(path, branch)
    elif path.suffix.lower() == ".toml":
        mix = _mix_toml(path, branch)
    else:
        raise InputError(f"{path}: the mix is a .csv (service,priority,share) or a .toml file "
                         "(services = {...}, classes = {...})")
    if sum(share for _, share in mix) <= 0:
        raise InputError(f"{path}: the shares must not all be 0")
    return mix


def _share(path: Path, where: str, value: object) -> float:
    try:
        share = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        share = math.nan
    if isinstance(value, bool) or not math.isfinite(share) or share < 0:
        raise InputError(f"{path}, {where}: {quoted(str(value))} must be a share of 0 or more")
    return share


def _mix_csv(path: Path, branch: Branch) -> Mix:
    services = tuple(s.code for s in branch.services)
    mix = []
    for line, row in _rows(path, MIX_COLUMNS):
        service = _code(path, line, "service", _field(path, line, row, "service"), services, "service")
        priority = _code(path, line, "priority", _field(path, line, row, "priority"), branch.class_codes,
                         "priority class")
        share = _share(path, f"line {line}, share", _field(path, line, row, "share"))
        mix.append(((service, priority), share))
    if not mix:
        raise InputError(f"{path}: no rows (service,priority,share after the header line)")
    return mix


def _mix_toml(path: Path, branch: Branch) -> Mix:
    try:
        data = tomllib.loads(path.read_text("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML: {exc}") from None
    unknown = sorted(set(data) - {"services", "classes"})
    if unknown:
        raise InputError(f"{path}: unknown table {unknown[0]!r} (give services = {{...}} and "
                         "classes = {...})")
    tables = []
    for key, known, default in (("services", tuple(s.code for s in branch.services), None),
                                ("classes", branch.class_codes, {"regular": 1.0})):
        given = data.get(key, default or {c: 1.0 for c in known})
        if not isinstance(given, dict) or not given:
            raise InputError(f"{path}, {key}: must map codes to shares, e.g. {{ {known[0]} = 1 }}")
        for code in given:
            if code not in known:
                raise InputError(f"{path}, {key}.{code}: unknown code (this branch has {', '.join(known)})")
        tables.append({code: _share(path, f"{key}.{code}", v) for code, v in given.items()})
    return [((s, p), a * b) for s, a in tables[0].items() for p, b in tables[1].items()]

"""What every export shares: the columns of each table, progress reporting, and the JSON export."""
from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.adapters.export.register_pages import row_kinds
from kiosk.core.clock import offset_text
from kiosk.core.errors import QueueError
from kiosk.core.records import EVENT_COLUMNS, REGISTER_COLUMNS, register_columns
from kiosk.core.stats import TicketFacts
from kiosk.store.interface import RangeRead

PROGRESS_EVERY = 2000  # rows between progress calls: often enough for a bar, cheap enough for a year

# (header, facts attribute, kind): kind "time" is epoch seconds shown in branch time; "class", "lang",
# "needs", "outcome", "code" and "station" are stored codes a translated export shows as words (columns.Words)
TICKET_FIELDS = (
    ("id", "id", "int"), ("business_day", "business_day", "text"), ("ticket", "label", "text"),
    ("service", "service", "text"), ("final_service", "final_service", "text"),
    ("priority_class", "priority", "class"), ("lang", "lang", "lang"), ("needs", "needs", "needs"),
    ("outcome", "outcome", "outcome"), ("issued_at", "issued_at", "time"),
    ("first_called_at", "first_called_at", "time"), ("started_at", "started_at", "time"),
    ("finished_at", "finished_at", "time"), ("ended_at", "ended_at", "time"),
    ("counter", "counter", "int"), ("teller", "teller", "text"), ("calls", "calls", "int"),
    ("recalls", "recalls", "int"), ("transfers", "transfers", "int"), ("reinstated", "reinstated", "int"),
    ("wait_seconds", "wait_seconds", "seconds"), ("service_seconds", "service_seconds", "seconds"),
    ("over_max", "over_max", "int"),
)
EVENT_KINDS = ("int", "time", "station", "text", "text", "int", "int", "text")
ASSISTANCE_KINDS = ("int", "time", "int", "int", "text", "code", "text")
HELP_KINDS = ("int", "time", "station", "code", "int", "code", "time", "time", "text", "text")
DRILL_FIELD = ("drill", "drill", "int")  # a drill's rows, when included, carry its number in this column


def ticket_fields(drills: bool) -> tuple[tuple[str, str, str], ...]:
    """The tickets table's columns: with drills included, the drill each ticket belongs to last."""
    return (*TICKET_FIELDS, DRILL_FIELD) if drills else TICKET_FIELDS


def event_columns(drills: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The events table's headings and kinds: with drills included, each event's drill last."""
    return ((*EVENT_COLUMNS, "drill"), (*EVENT_KINDS, "int")) if drills else (EVENT_COLUMNS, EVENT_KINDS)


_EXCEL_EPOCH = 25569  # 1970-01-01 as an Excel serial day
_UNIX_EPOCH = date(1970, 1, 1)


# Every "HH:MM:SS" of a day, made once: a year's export formats about a million timestamps.
_CLOCK_FACES = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(86400)]


class LocalClock:
    """Epoch seconds as branch-local text or Excel serial days; the zone's offset is looked up once per
    UTC hour (zone changes fall on whole hours), which makes a year's timestamps ten times cheaper."""

    def __init__(self, tz: ZoneInfo):
        self.tz = tz
        self._offsets: dict[int, float] = {}
        self._dates: dict[int, str] = {}
        self._offset_texts: dict[float, str] = {}

    def offset(self, ts: float) -> float:
        hour = int(ts // 3600)
        off = self._offsets.get(hour)
        if off is None:
            local = datetime.fromtimestamp(hour * 3600, UTC).astimezone(self.tz)
            off = self._offsets[hour] = local.utcoffset().total_seconds()
        return off

    def text(self, ts: float) -> str:
        """`YYYY-MM-DDTHH:MM:SS+08:00`, seconds truncated like strftime; the offset tells the two passes
        of the hour the clocks go back apart."""
        off = self.offset(ts)
        local = ts + off
        day = int(local // 86400)
        text = self._dates.get(day)
        if text is None:
            text = self._dates[day] = (_UNIX_EPOCH + timedelta(days=day)).isoformat()
        return f"{text}T{_CLOCK_FACES[int(local - day * 86400)]}{self.offset_text(off)}"

    def offset_text(self, offset: float) -> str:
        """`+08:00` for an offset in seconds."""
        text = self._offset_texts.get(offset)
        if text is None:
            text = self._offset_texts[offset] = offset_text(offset)
        return text

    def excel(self, ts: float) -> float:
        return (ts + self.offset(ts)) / 86400 + _EXCEL_EPOCH


class ExportError(QueueError):
    """The export cannot be written: bad format, unwritable file or folder."""


def check_writable(path: Path) -> None:
    """Fail before reading anything when the file cannot be created (folder missing or read-only)."""
    if path.is_dir():
        raise ExportError(f"--out: {path} is a folder; give a file name")
    existed = path.exists()
    try:
        path.open("ab").close()
    except OSError as exc:
        raise ExportError(f"--out: cannot write {path}: {exc.strerror}") from None
    if not existed:
        path.unlink()


def ticket_values(facts: TicketFacts, fields: tuple[tuple[str, str, str], ...] = TICKET_FIELDS) -> list:
    return [getattr(facts, attr) for _, attr, _ in fields]


class Progress:
    """Counts rows and calls `callback(done, total)` every PROGRESS_EVERY rows and at the end."""

    def __init__(self, callback: Callable[[int, int], None] | None, total: int):
        self.callback, self.total, self.done = callback, total, 0
        self._next = PROGRESS_EVERY

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.callback and self.done >= self._next:
            self._next = self.done + PROGRESS_EVERY
            self.callback(min(self.done, self.total), self.total)

    def finish(self) -> None:
        if self.callback:
            self.callback(self.total, self.total)


def counting(progress: Progress, func: Callable | None = None) -> Callable:
    """A row callback that steps the progress, then hands the row on."""
    def handle(*row):
        progress.step()
        if func:
            func(*row)
    return handle


def write_json(reader: RangeRead, out: Path, progress: Progress, lang: str,
               personal: bool = False) -> list[Path]:
    """The Report's figures as JSON, for other tools, and the registers' rows (`register_rows`: a list of
    objects per register, times in branch time with their offset; contact and address only if `personal`)."""
    report = reader.read(on_ticket=counting(progress), on_assistance=counting(progress))
    clock, rows = LocalClock(reader.branch.tz), {}
    for register in REGISTER_COLUMNS:
        columns = register_columns(register, personal)
        times = [kind == "time" for kind in row_kinds(register, columns)]
        rows[register] = [{c: clock.text(v) if t and v is not None else v
                           for c, t, v in zip(columns, times, values, strict=True)}
                          for values in reader.register_rows(register, personal)]
    progress.step(progress.total - progress.done)  # events are not read for the figures
    data = {**report.to_dict(), "register_rows": rows}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    progress.finish()
    return [out]

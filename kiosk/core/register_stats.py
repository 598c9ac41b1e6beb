"""The service registers' figures (bookings, home visits, complaints, ratings, shunting): folds of their rows.

Every register figure a manager sees (window, CSV, XLSX, PDF, JSON) comes from here. Rows are the dicts of
kiosk.core.records' columns (no personal data is needed). Definitions (the PDF's register pages say the same):
- bookings count on the day of their slot; checked in: the booking took its ticket (on time or late);
  no-show: marked so, or not checked in `no_show_minutes` after its slot ended; open: neither yet;
  cancelled bookings are counted apart and not in "booked";
- home visits count on the day they were asked for; done on time: done on or before the promised day
  (`due_by`, in branch time); overdue: not done, refused nor cancelled, and past its promised day now;
  the on-time share is done on time / (done + overdue): a request still within its time is not judged yet;
- complaints count on the day received; the reply is the reply, else the closing; replied on time: at or
  before the promised time (`reply_due`); overdue: no reply yet and past the promised time now; the
  on-time share is replied on time / (replied + overdue);
- ratings count on the day given, 1 to 5; low: `low_score` or less; per teller and counter as stored with
  the rating (who served the ticket);
- shunting: each suggestion of self-service, by what the customer chose (self-service or a ticket).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.core.clock import offset_text
from kiosk.core.stats import group_order

REGISTERS = ("bookings", "home_visits", "complaints", "ratings", "shunting")  # the pages, in this order
SCORES = ("1", "2", "3", "4", "5")
CHANNELS = ("counter", "phone", "box", "online")
COMPLAINT_STATES = ("received", "in_progress", "replied", "closed")


@dataclass(frozen=True)
class RegisterRules:
    """The configured rules the figures were computed with (the definitions quote them)."""

    no_show_minutes: int = 30
    due_working_days: int = 2
    reply_working_days: int = 1
    low_score: int = 2
    threshold_minutes: int = 15


@dataclass(frozen=True)
class BookingCounts:
    booked: int  # not cancelled
    checked_in: int
    no_show: int
    open: int
    cancelled: int


@dataclass(frozen=True)
class SlotFigures:
    """One slot of one service: its start in branch time ("2026-11-23 09:00")."""

    service: str
    start: str
    booked: int
    checked_in: int
    no_show: int
    open: int
    cancelled: int


@dataclass(frozen=True)
class BookingFigures:
    total: BookingCounts
    by_service: dict[str, BookingCounts]
    by_slot: list[SlotFigures]  # by start, then service


@dataclass(frozen=True)
class HomeVisitCounts:
    requested: int
    done: int
    done_on_time: int
    open: int  # not done, refused nor cancelled
    overdue: int  # open and past its promised day now
    refused: int
    cancelled: int
    on_time_share: float | None  # done on time / (done + overdue); None when neither


@dataclass(frozen=True)
class HomeVisitFigures:
    total: HomeVisitCounts
    by_service: dict[str, HomeVisitCounts]


@dataclass(frozen=True)
class ComplaintCounts:
    received: int
    replied: int
    replied_on_time: int
    overdue: int  # no reply and past the promised time now
    closed: int
    on_time_share: float | None  # replied on time / (replied + overdue); None when neither


@dataclass(frozen=True)
class ComplaintFigures:
    total: ComplaintCounts
    by_service: dict[str, ComplaintCounts]  # "" for none named
    by_counter: dict[str, ComplaintCounts]  # "1", "2", ...; "" for none
    by_channel: dict[str, ComplaintCounts]  # counter, phone, box, online
    by_status: dict[str, int]


@dataclass(frozen=True)
class RatingCounts:
    count: int
    mean: float | None
    low: int


@dataclass(frozen=True)
class RatingFigures:
    total: RatingCounts
    distribution: dict[str, int]  # "1" .. "5"
    by_teller: dict[str, RatingCounts]  # staff number; "" for none
    by_counter: dict[str, RatingCounts]
    by_service: dict[str, RatingCounts]


@dataclass(frozen=True)
class ShuntCounts:
    offered: int
    self_service: int
    ticket: int
    left: int  # went away from the suggestion without choosing (Back, Cancel, the kiosk's timeout)
    self_service_share: float | None  # self_service / offered


@dataclass(frozen=True)
class ShuntFigures:
    total: ShuntCounts
    by_service: dict[str, ShuntCounts]


@dataclass(frozen=True)
class Registers:
    """The registers' figures of a range of days; "open" and "overdue" are as of `as_of` (branch time)."""

    as_of: str  # 2026-11-23T17:30:00+08:00
    rules: RegisterRules
    bookings: BookingFigures
    home_visits: HomeVisitFigures
    complaints: ComplaintFigures
    ratings: RatingFigures
    shunting: ShuntFigures


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _key(value: Any) -> str:
    return "" if value is None else str(value)


def _sorted(groups: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v.counts() for k, v in sorted(groups.items(), key=lambda kv: group_order(kv[0]))}


class _Bookings:
    __slots__ = ("outcomes",)

    def __init__(self) -> None:
        self.outcomes: Counter[str] = Counter()

    def counts(self) -> BookingCounts:
        o = self.outcomes
        return BookingCounts(o["checked_in"] + o["no_show"] + o["open"], o["checked_in"], o["no_show"],
                             o["open"], o["cancelled"])


class _Visits:
    __slots__ = ("n",)

    def __init__(self) -> None:
        self.n: Counter[str] = Counter()

    def counts(self) -> HomeVisitCounts:
        n = self.n
        return HomeVisitCounts(n["requested"], n["done"], n["on_time"], n["open"], n["overdue"], n["refused"],
                               n["cancelled"], _share(n["on_time"], n["done"] + n["overdue"]))


class _Complaints:
    __slots__ = ("n",)

    def __init__(self) -> None:
        self.n: Counter[str] = Counter()

    def counts(self) -> ComplaintCounts:
        n = self.n
        return ComplaintCounts(n["received"], n["replied"], n["on_time"], n["overdue"], n["closed"],
                               _share(n["on_time"], n["replied"] + n["overdue"]))


class _Ratings:
    __slots__ = ("count", "sum", "low")

    def __init__(self) -> None:
        self.count = self.sum = self.low = 0

    def counts(self) -> RatingCounts:
        return RatingCounts(self.count, self.sum / self.count if self.count else None, self.low)


class _Shunts:
    __slots__ = ("n",)

    def __init__(self) -> None:
        self.n: Counter[str] = Counter()

    def counts(self) -> ShuntCounts:
        n = self.n
        return ShuntCounts(n["offered"], n["self_service"], n["ticket"], n["left"],
                           _share(n["self_service"], n["offered"]))


class RegisterBuilder:
    """Folds the registers' rows (dicts) into Registers; `now` (epoch seconds) decides what is overdue."""

    def __init__(self, time_zone: str, now: float, rules: RegisterRules):
        self.tz = ZoneInfo(time_zone)
        self.now, self.rules = now, rules
        self.today = self._day(now)
        self.bookings, self.booking_services = _Bookings(), defaultdict(_Bookings)
        self.slots: dict[tuple[float, str], _Bookings] = defaultdict(_Bookings)
        self.visits, self.visit_services = _Visits(), defaultdict(_Visits)
        self.complaints = _Complaints()
        self.complaint_groups: dict[str, dict[str, _Complaints]] = {
            k: defaultdict(_Complaints) for k in ("service", "counter", "channel")}
        self.complaint_states: Counter[str] = Counter()
        self.ratings, self.scores = _Ratings(), Counter({s: 0 for s in SCORES})
        self.rating_groups: dict[str, dict[str, _Ratings]] = {
            k: defaultdict(_Ratings) for k in ("staff", "counter", "service")}
        self.shunts, self.shunt_services = _Shunts(), defaultdict(_Shunts)

    def _day(self, epoch: float) -> str:
        return datetime.fromtimestamp(epoch, UTC).astimezone(self.tz).date().isoformat()

    def _local(self, epoch: float, spec: str) -> str:
        return datetime.fromtimestamp(epoch, UTC).astimezone(self.tz).strftime(spec)

    def add(self, register: str, row: Mapping[str, Any]) -> None:
        {"bookings": self.add_booking, "home_visits": self.add_home_visit, "complaints": self.add_complaint,
         "ratings": self.add_rating, "shunting": self.add_shunt}[register](row)

    def add_booking(self, row: Mapping[str, Any]) -> None:
        end = row.get("slot_end") or row["due_at"]
        if row["status"] == "cancelled":
            outcome = "cancelled"
        elif row.get("checked_in_at") is not None or row.get("ticket_id") is not None \
                or row["status"] == "checked_in":
            outcome = "checked_in"
        elif row["status"] == "no_show" or self.now >= end + self.rules.no_show_minutes * 60:
            outcome = "no_show"
        else:
            outcome = "open"
        for tally in (self.bookings, self.booking_services[row["service"]],
                      self.slots[row["due_at"], row["service"]]):
            tally.outcomes[outcome] += 1

    def add_home_visit(self, row: Mapping[str, Any]) -> None:
        status, done_at = row["status"], row.get("done_at")
        marks = ["requested"]
        if done_at is not None or status == "done":
            marks.append("done")
            if done_at is not None and self._day(done_at) <= row["due_by"]:
                marks.append("on_time")
        elif status in ("refused", "cancelled"):
            marks.append(status)
        else:
            marks.append("open")
            if self.today > row["due_by"]:
                marks.append("overdue")
        for tally in (self.visits, self.visit_services[row["service"]]):
            tally.n.update(marks)

    def add_complaint(self, row: Mapping[str, Any]) -> None:
        reply = row.get("replied_at")
        reply = row.get("closed_at") if reply is None else reply
        marks = ["received"]
        if reply is not None:
            marks.append("replied")
            if reply <= row["reply_due"]:
                marks.append("on_time")
        elif row["status"] != "closed" and self.now > row["reply_due"]:
            marks.append("overdue")
        if row["status"] == "closed":
            marks.append("closed")
        self.complaint_states[row["status"]] += 1
        groups = self.complaint_groups
        for tally in (self.complaints, groups["service"][_key(row.get("service"))],
                      groups["counter"][_key(row.get("counter"))], groups["channel"][row["channel"]]):
            tally.n.update(marks)

    def add_rating(self, row: Mapping[str, Any]) -> None:
        score = int(row["score"])
        self.scores[str(score)] += 1
        groups = self.rating_groups
        for tally in (self.ratings, groups["staff"][_key(row.get("staff"))],
                      groups["counter"][_key(row.get("counter"))],
                      groups["service"][_key(row.get("service"))]):
            tally.count += 1
            tally.sum += score
            tally.low += score <= self.rules.low_score

    def add_shunt(self, row: Mapping[str, Any]) -> None:
        marks = ["offered", *([row["choice"]] if row["choice"] in ("self_service", "ticket", "left") else [])]
        for tally in (self.shunts, self.shunt_services[row["service"]]):
            tally.n.update(marks)

    def registers(self) -> Registers:
        slots = [_slot(service, self._local(start, "%Y-%m-%d %H:%M"), tally.counts())
                 for (start, service), tally in sorted(self.slots.items())]
        channels = self.complaint_groups["channel"]
        by_channel = {c: channels[c].counts() for c in _known_first(channels, CHANNELS)}
        states = {s: self.complaint_states[s] for s in _known_first(self.complaint_states, COMPLAINT_STATES)}
        g = self.rating_groups
        return Registers(
            as_of=self._local(self.now, "%Y-%m-%dT%H:%M:%S") + _offset(self.now, self.tz),
            rules=self.rules,
            bookings=BookingFigures(self.bookings.counts(), _sorted(self.booking_services), slots),
            home_visits=HomeVisitFigures(self.visits.counts(), _sorted(self.visit_services)),
            complaints=ComplaintFigures(self.complaints.counts(), _sorted(self.complaint_groups["service"]),
                                        _sorted(self.complaint_groups["counter"]), by_channel, states),
            ratings=RatingFigures(self.ratings.counts(), dict(self.scores), _sorted(g["staff"]),
                                  _sorted(g["counter"]), _sorted(g["service"])),
            shunting=ShuntFigures(self.shunts.counts(), _sorted(self.shunt_services)),
        )


def _known_first(keys: Mapping[str, Any], known: tuple[str, ...]) -> list[str]:
    """The keys in the order of `known` (channels, states), then any others by name."""
    return [k for k in known if k in keys] + sorted(k for k in keys if k not in known)


def _slot(service: str, start: str, c: BookingCounts) -> SlotFigures:
    return SlotFigures(service, start, c.booked, c.checked_in, c.no_show, c.open, c.cancelled)


def _offset(epoch: float, tz: ZoneInfo) -> str:
    return offset_text(datetime.fromtimestamp(epoch, UTC).astimezone(tz).utcoffset().total_seconds())


def compute_registers(time_zone: str, now: float, rules: RegisterRules,
                      rows: Mapping[str, list[Mapping[str, Any]]]) -> Registers:
    """The Registers of some rows per register ("bookings", "home_visits", ...)."""
    builder = RegisterBuilder(time_zone, now, rules)
    for register, register_rows in rows.items():
        for row in register_rows:
            builder.add(register, row)
    return builder.registers()

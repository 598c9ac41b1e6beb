"""Services, priority classes, counters and tickets, with the ticket lifecycle."""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from datetime import datetime

from kiosk.core.errors import IllegalTransition, QueueError
from kiosk.core.languages import catalog


class TicketStatus(enum.StrEnum):
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class CounterMode(enum.StrEnum):
    NORMAL = "normal"
    LOVE = "love"  # love window: priority classes only, regular calling paused
    QUICK = "quick"  # quick counter: quick (simple) services only (kiosk.core.policy.callable_services)
    PAUSED = "paused"
    CLOSED = "closed"


CALLING_MODES = (CounterMode.NORMAL, CounterMode.LOVE, CounterMode.QUICK)  # the hall shows the counter open


class Action(enum.StrEnum):
    ISSUE = "issue"
    CALL = "call"
    RECALL = "recall"
    START = "start"
    FINISH = "finish"
    NO_SHOW = "no_show"
    REINSTATE = "reinstate"
    TRANSFER = "transfer"
    CANCEL = "cancel"


W, C, S = TicketStatus.WAITING, TicketStatus.CALLED, TicketStatus.SERVING
# action -> (states it may start from, state it leads to); see DESIGN.md's lifecycle.
TRANSITIONS: dict[Action, tuple[frozenset[TicketStatus], TicketStatus]] = {
    Action.CALL: (frozenset({W}), C),
    Action.RECALL: (frozenset({C}), C),
    Action.START: (frozenset({C}), S),
    Action.FINISH: (frozenset({S}), TicketStatus.DONE),
    Action.NO_SHOW: (frozenset({C}), TicketStatus.NO_SHOW),
    Action.REINSTATE: (frozenset({TicketStatus.NO_SHOW}), W),
    Action.TRANSFER: (frozenset({C, S}), W),
    Action.CANCEL: (frozenset({W, C}), TicketStatus.CANCELLED),
}


def next_status(label: str, status: TicketStatus, action: Action) -> TicketStatus:
    """The state `action` leads to, or IllegalTransition naming why it cannot happen."""
    allowed_from, to = TRANSITIONS[action]
    if status not in allowed_from:
        allowed = " or ".join(sorted(s.value for s in allowed_from))
        raise IllegalTransition(
            f"cannot {action.value.replace('_', '-')} ticket {label}: it is {status.value}"
            f" (only a ticket that is {allowed} can be)",
            reason="illegal_transition", action=action.value, ticket=label, status=status.value,
        )
    return to


@dataclass(frozen=True)
class Service:
    code: str
    prefix: str
    minutes: float  # default service time until enough are observed
    names: dict[str, str] = field(default_factory=dict, compare=False)
    quick: bool = False  # simple business: a counter in quick mode calls these services only
    # possible at the self-service machines: a short instruction per language (empty: counter only)
    self_service: dict[str, str] = field(default_factory=dict, compare=False)

    def name(self, lang: str) -> str:
        return _pick_name(self.names, lang, self.code)

    def self_service_text(self, lang: str) -> str:
        return _pick_name(self.self_service, lang, "") if self.self_service else ""


@dataclass(frozen=True)
class PriorityClass:
    code: str
    head_start: float  # minutes added to the time waited (fractional: 1.5 is 90 s)
    love_window: bool  # called by a love window
    names: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def head_start_s(self) -> int:
        return round(self.head_start * 60)

    def name(self, lang: str) -> str:
        return _pick_name(self.names, lang, self.code)


@dataclass(frozen=True)
class Counter:
    number: int
    services: tuple[str, ...]  # in order of preference
    mode: CounterMode = CounterMode.CLOSED
    current_ticket_id: int | None = None


@dataclass(frozen=True)
class Ticket:
    id: int
    label: str
    service: str
    priority: str
    status: TicketStatus
    business_day: str
    issued_at: datetime
    lang: str = ""
    needs: tuple[str, ...] = ()
    counter: int | None = None
    called_at: datetime | None = None
    started_at: datetime | None = None
    finished_at: datetime | None = None
    recalls: int = 0
    updated_at: datetime | None = None
    reserved_counter: int | None = None  # transferred to this counter: only it calls the ticket
    transferred_from: int | None = None  # the counter that last transferred it
    drill_id: int | None = None  # a drill's ticket (marked DRILL / 演练, numbered apart); None: a customer
    eta_s: float | None = None  # the wait told at issue, in seconds


@dataclass(frozen=True)
class Issued:
    """A ticket just issued, with the people ahead and the wait printed on it."""

    ticket: Ticket
    ahead: int
    eta_minutes: int
    eta_range: tuple[int, int] | None = None  # minutes, low-high, said when uncertainty is large


def format_label(prefix: str, number: int) -> str:
    """`A`, 7 -> `A007`; numbers past 999 simply grow a digit."""
    return f"{prefix}{number:03d}"


# Where typed, scanned or command-line text enters (CLI, console, QR code, kiosk keypad) it is checked
# by these rules, and the store checks again: nothing past them can overflow SQLite's integers.
MAX_TICKET_NUMBER = 999_999  # six digits: far beyond one service's tickets in a day
LABEL_RULE = "one or two letters and up to six digits, e.g. A007"
_LABEL = re.compile(f"([A-Za-z]{{1,2}})([0-9]{{1,{len(str(MAX_TICKET_NUMBER))}}})", re.ASCII)
BOOKING_CODE_DIGITS = (4, 12)  # fewest, most; the kiosk's keypad takes no more
BOOKING_CODE_RULE = "{} to {} digits".format(*BOOKING_CODE_DIGITS)
_BOOKING_CODE = re.compile("[0-9]{{{},{}}}".format(*BOOKING_CODE_DIGITS), re.ASCII)


def ascii_forms(text: str) -> str:
    """Full-width letters, digits and signs as ASCII: "Ａ００１" (a Chinese input method) -> "A001"."""
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)


def quoted(text: str, limit: int = 30) -> str:
    """Someone's text as a message may quote it: on one line (control characters escaped), shortened."""
    shown = repr(text[:limit])
    return shown if len(text) <= limit else f"{shown[:-1]}…{shown[-1]}"


def split_label(text: str) -> tuple[str, int]:
    """A typed or scanned ticket label as (prefix, number): ' a7 ' or 'Ａ７' -> ('A', 7); refused unless
    it is one or two ASCII letters and a number from 1 to MAX_TICKET_NUMBER."""
    match = _LABEL.fullmatch(ascii_forms(text).strip())
    if match is None or not 1 <= int(match[2]) <= MAX_TICKET_NUMBER:
        raise QueueError(f"{quoted(text)} is not a ticket label: {LABEL_RULE}", reason="bad_label")
    return match[1].upper(), int(match[2])


def parse_label(text: str) -> str:
    """A typed or scanned ticket label, checked and written as printed: ' a7 ' -> 'A007'."""
    return format_label(*split_label(text))


def booking_code(text: str) -> str:
    """A booking code as typed at the kiosk, without surrounding spaces: 4 to 12 ASCII digits (full-width
    ones read as such)."""
    code = ascii_forms(text).strip()
    if not _BOOKING_CODE.fullmatch(code):
        raise QueueError(f"{quoted(text)} is not a booking code: {BOOKING_CODE_RULE}",
                         reason="bad_booking_code")
    return code


def _pick_name(names: dict[str, str], lang: str, fallback: str) -> str:
    if lang in names:
        return names[lang]
    known = catalog().find(lang)  # zh_HK shows zh_TW's names, as it shows zh_TW's screens
    if known is not None and known.screens in names:
        return names[known.screens]
    base = lang.split("_")[0]
    for tag, text in names.items():
        if tag.split("_")[0] == base:
            return text
    return names.get("en", fallback)

"""The complaint register's rules (seed 003: 投诉受理、处理、跟踪): channels, lifecycle, promised reply."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.core.errors import IllegalTransition, QueueError
from kiosk.core.working_days import WorkingCalendar

CHANNELS = ("counter", "phone", "box", "online")
RECEIVED, IN_PROGRESS, REPLIED, CLOSED = "received", "in_progress", "replied", "closed"
STATUSES = (RECEIVED, IN_PROGRESS, REPLIED, CLOSED)
# status -> the statuses one step may lead to. In progress may be noted again (each follow-up one step);
# closing needs the reply first, unless the complaint was resolved on the spot (received and closed at once).
MOVES: dict[str, frozenset[str]] = {
    RECEIVED: frozenset({IN_PROGRESS, REPLIED}),
    IN_PROGRESS: frozenset({IN_PROGRESS, REPLIED}),
    REPLIED: frozenset({CLOSED}),
    CLOSED: frozenset(),
}
TEXT_MAX = 1000  # characters of a matter or a step's note


@dataclass(frozen=True)
class ComplaintStep:
    at: datetime
    actor: str  # staff number; "" for the machine's operator (command line)
    status: str  # the status this step led to
    note: str


@dataclass(frozen=True)
class Complaint:
    id: int
    received_at: datetime
    channel: str
    matter: str
    service: str | None
    ticket_id: int | None
    counter: int | None
    taken_by: str  # 首问负责: who took it
    status: str
    reply_due: datetime
    replied_at: datetime | None
    closed_at: datetime | None
    rating_id: int | None
    steps: tuple[ComplaintStep, ...] = ()
    ticket: str | None = None  # the ticket's label, for people

    def awaiting_reply(self) -> bool:
        return self.status in (RECEIVED, IN_PROGRESS)

    def overdue(self, now: datetime) -> bool:
        """Not replied (nor closed) by the promised time."""
        return self.awaiting_reply() and now > self.reply_due

    def replied_on_time(self) -> bool | None:
        """None while no reply was given."""
        return None if self.replied_at is None else self.replied_at <= self.reply_due


def reply_due(calendar: WorkingCalendar, received_at: datetime, working_days: int) -> datetime:
    """The promised reply: the same time of day, `working_days` working days on (in the branch's zone)."""
    return calendar.deadline(received_at, working_days)


def next_status(complaint_id: int, status: str, to: str) -> str:
    """`to`, or IllegalTransition naming why the complaint cannot take that step."""
    if to not in STATUSES:
        raise QueueError(f"unknown complaint status {to!r} (one of: {', '.join(STATUSES)})",
                         reason="complaint_status", status=to)
    if to not in MOVES[status]:
        allowed = ", ".join(sorted(MOVES[status])) or "none: it is closed"
        raise IllegalTransition(f"complaint {complaint_id} is {status}: it cannot become {to} "
                                f"(next: {allowed})", reason="complaint_step_refused", id=complaint_id,
                                status=status, to=to)
    return to


def check_channel(channel: str) -> str:
    if channel not in CHANNELS:
        raise QueueError(f"unknown channel {channel!r} (one of: {', '.join(CHANNELS)})",
                         reason="complaint_channel", channel=channel)
    return channel


def checked_text(text: str | None, what: str, required: bool = True) -> str:
    """The text stripped; refused when empty (if `required`) or longer than TEXT_MAX characters."""
    text = (text or "").strip()
    if required and not text:
        raise QueueError(f"the {what} is empty: say what it is", reason="text_needed", what=what)
    if len(text) > TEXT_MAX:
        raise QueueError(f"the {what} is {len(text)} characters long: at most {TEXT_MAX} are kept",
                         reason="text_too_long", what=what, length=len(text), limit=TEXT_MAX)
    return text

"""The home-visit register's rules (seed 001, 上门服务): a visit, its lifecycle, its promised date."""
from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from kiosk.core.errors import IllegalTransition, QueueError
from kiosk.core.working_days import WorkingCalendar

REQUESTERS = ("customer", "agent")  # who asked: the customer, or someone for them (family, carer)
TEXT_MAX = 500  # characters of one free text: reason, note, outcome, address
CONTACT_MAX = 100  # characters of the contact (a phone number and a name)


class VisitStatus(enum.StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"  # screened and approved by the lobby manager or manager (事先报备, 审批)
    ASSIGNED = "assigned"  # two distinct active staff go (双人同行)
    DEPARTED = "departed"  # the call to the customer before leaving was made
    DONE = "done"
    REFUSED = "refused"
    CANCELLED = "cancelled"


OPEN = frozenset({VisitStatus.REQUESTED, VisitStatus.APPROVED, VisitStatus.ASSIGNED, VisitStatus.DEPARTED})
CLOSED = frozenset({VisitStatus.DONE, VisitStatus.REFUSED, VisitStatus.CANCELLED})


class VisitAction(enum.StrEnum):
    APPROVE = "approve"
    REFUSE = "refuse"
    CANCEL = "cancel"
    ASSIGN = "assign"
    CALL = "call"
    DONE = "done"


R, A, S = VisitStatus.REQUESTED, VisitStatus.APPROVED, VisitStatus.ASSIGNED
# action -> (states it may start from, state it leads to); staff may be assigned again until they leave
TRANSITIONS: dict[VisitAction, tuple[frozenset[VisitStatus], VisitStatus]] = {
    VisitAction.APPROVE: (frozenset({R}), A),
    VisitAction.REFUSE: (frozenset({R, A}), VisitStatus.REFUSED),
    VisitAction.CANCEL: (frozenset({R, A}), VisitStatus.CANCELLED),
    VisitAction.ASSIGN: (frozenset({A, S}), S),
    VisitAction.CALL: (frozenset({S}), VisitStatus.DEPARTED),
    VisitAction.DONE: (frozenset({VisitStatus.DEPARTED}), VisitStatus.DONE),
}


_VERBS = {VisitAction.APPROVE: "approve", VisitAction.REFUSE: "refuse", VisitAction.CANCEL: "cancel",
          VisitAction.ASSIGN: "assign staff to", VisitAction.CALL: "log the call before leaving for",
          VisitAction.DONE: "record the outcome of"}


def next_visit_status(visit_id: int, status: VisitStatus, action: VisitAction) -> VisitStatus:
    """The state `action` leads to, or IllegalTransition naming why it cannot happen."""
    allowed_from, to = TRANSITIONS[action]
    if status not in allowed_from:
        allowed = " or ".join(sorted(s.value for s in allowed_from))
        raise IllegalTransition(f"cannot {_VERBS[action]} home visit {visit_id}: it is {status.value} "
                                f"(only a visit that is {allowed} can be)", reason="visit_status",
                                action=action.value, visit=visit_id, status=status.value)
    return to


@dataclass(frozen=True)
class HomeVisit:
    """One row of the register; `contact` and `address` are None once erased (`erased_at`)."""

    id: int
    requested_at: datetime
    service: str
    reason: str
    requested_by: str
    contact: str | None
    address: str | None
    status: VisitStatus
    due_by: date  # the last working day allowed
    approved_by: str | None
    approved_at: datetime | None
    staff_a: str | None
    staff_b: str | None
    assigned_at: datetime | None
    call_at: datetime | None
    call_note: str | None
    done_at: datetime | None
    outcome: str | None  # the visit's outcome; for a refused or cancelled request, why
    erased_at: datetime | None
    updated_at: datetime

    @property
    def open(self) -> bool:
        return self.status in OPEN

    def overdue(self, today: date) -> bool:
        """Not done by the end of its last allowed day (a refused or cancelled one is never overdue)."""
        return self.open and today > self.due_by


def due_date(calendar: WorkingCalendar, requested: date, working_days: int) -> date:
    """The last day a visit requested on `requested` may be made: `working_days` working days later, a
    request on a day the branch is closed counting from the next working day."""
    return calendar.add_working_days(calendar.next_working_day(requested), working_days)


def checked_text(field: str, value: str, limit: int = TEXT_MAX, required: bool = True) -> str:
    """`value` without surrounding blanks; QueueError when it is needed and empty, or too long."""
    value = (value or "").strip()
    if required and not value:
        raise QueueError(f"{field}: say it (it may not be empty)", reason="text_needed", field=field)
    if len(value) > limit:
        raise QueueError(f"{field}: at most {limit} characters, not {len(value)}", reason="text_too_long",
                         field=field, length=len(value), limit=limit)
    return value

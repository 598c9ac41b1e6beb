"""The rows a range of business days is read as (reports, exports): their columns, and the configured names
that label the codes in them."""
from __future__ import annotations

from kiosk.core.config import Branch

TICKET_COLUMNS = ("id", "business_day", "issued_service", "label", "service", "priority", "lang", "needs",
                  "status", "counter", "issued_at", "eta_s", "drill_id")
EVENT_COLUMNS = ("id", "at", "station", "actor", "action", "ticket_id", "counter", "details")
ASSISTANCE_COLUMNS = ("id", "at", "ticket_id", "counter", "actor", "kind", "note")
HELP_COLUMNS = ("id", "at", "station", "kind", "ticket_id", "status", "acknowledged_at", "resolved_at",
                "actor", "note")
# The service registers (kiosk.store.schema m006): one table each, read by the day of their first column.
BOOKING_COLUMNS = ("id", "due_at", "slot_end", "code", "service", "status", "lang", "booked_at",
                   "booked_by", "checked_in_at", "ticket_id")
HOME_VISIT_COLUMNS = ("id", "requested_at", "service", "reason", "requested_by", "status", "due_by",
                      "approved_by", "approved_at", "staff_a", "staff_b", "assigned_at", "call_at",
                      "call_note", "done_at", "outcome", "erased_at", "contact", "address")
HOME_VISIT_PERSONAL = ("contact", "address")  # left out of exports unless the manager asks (--personal)
COMPLAINT_COLUMNS = ("id", "received_at", "channel", "matter", "service", "ticket_id", "counter", "taken_by",
                     "status", "reply_due", "replied_at", "closed_at", "rating_id")
COMPLAINT_STEP_COLUMNS = ("id", "complaint_id", "at", "actor", "status", "note")
RATING_COLUMNS = ("id", "at", "ticket_id", "counter", "staff", "service", "score")
SHUNT_COLUMNS = ("id", "at", "service", "lang", "wait_minutes", "choice")
REGISTER_COLUMNS = {"bookings": BOOKING_COLUMNS, "home_visits": HOME_VISIT_COLUMNS,
                    "complaints": COMPLAINT_COLUMNS, "complaint_steps": COMPLAINT_STEP_COLUMNS,
                    "ratings": RATING_COLUMNS, "shunting": SHUNT_COLUMNS}


def register_columns(register: str, personal: bool = False) -> tuple[str, ...]:
    """A register's columns as read and exported: a home visit's contact and address only when asked."""
    columns = REGISTER_COLUMNS[register]
    return columns if personal else tuple(c for c in columns if c not in HOME_VISIT_PERSONAL)


def names(branch: Branch) -> dict[str, dict[str, dict[str, str]]]:
    """The configured names of services and classes per language, for labels in the exports."""
    return {"services": {s.code: dict(s.names) for s in branch.services},
            "classes": {p.code: dict(p.names) for p in branch.priority_classes}}

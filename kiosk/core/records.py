"""The rows a range of business days is read as (reports, exports): their columns, and the configured names
that label the codes in them."""
from __future__ import annotations

from kiosk.core.config import Branch

TICKET_COLUMNS = ("id", "business_day", "issued_service", "label", "service", "priority", "lang", "needs",
                  "status", "counter", "issued_at")
EVENT_COLUMNS = ("id", "at", "station", "actor", "action", "ticket_id", "counter", "details")
ASSISTANCE_COLUMNS = ("id", "at", "ticket_id", "counter", "actor", "kind", "note")
HELP_COLUMNS = ("id", "at", "station", "kind", "ticket_id", "status", "acknowledged_at", "resolved_at",
                "actor", "note")


def names(branch: Branch) -> dict[str, dict[str, dict[str, str]]]:
    """The configured names of services and classes per language, for labels in the exports."""
    return {"services": {s.code: dict(s.names) for s in branch.services},
            "classes": {p.code: dict(p.names) for p in branch.priority_classes}}

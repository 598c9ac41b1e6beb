"""The queue now, as the stations show it and `kiosk status` prints it: waiting counts, each counter."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.core.models import Counter, TicketStatus


@dataclass(frozen=True)
class CounterStatus(Counter):
    """A counter with the label and status of the ticket it holds (None when it holds none)."""

    ticket: str | None = None
    ticket_status: TicketStatus | None = None
    ticket_drill: bool = False  # the ticket is a drill's (marked on staff screens; not in the JSON)

    def as_json(self) -> dict[str, Any]:
        return {"counter": self.number, "mode": self.mode.value, "services": list(self.services),
                "ticket": self.ticket,
                "ticket_status": None if self.ticket_status is None else self.ticket_status.value}


@dataclass(frozen=True)
class QueueStatus:
    """Today's waiting tickets per service and class, and every counter in number order.
    `waiting_by_class`: service -> class -> tickets waiting, every configured service first (in the
    configured order, with no class when none waits), then any other service that still has tickets."""

    business_day: str
    waiting_by_class: dict[str, dict[str, int]]
    counters: tuple[CounterStatus, ...]

    @property
    def waiting(self) -> dict[str, int]:
        """Tickets waiting per service."""
        return {s: sum(v.values()) for s, v in self.waiting_by_class.items()}

    @property
    def waiting_total(self) -> int:
        return sum(sum(v.values()) for v in self.waiting_by_class.values())

    def as_json(self) -> dict[str, Any]:
        """The JSON object `kiosk status` prints (its keys and their order are the CLI's contract)."""
        return {
            "business_day": self.business_day,
            "waiting": self.waiting,
            "waiting_by_class": {s: dict(v) for s, v in self.waiting_by_class.items()},
            "waiting_total": self.waiting_total,
            "counters": [c.as_json() for c in self.counters],
        }

    def __getitem__(self, key: str) -> Any:
        """`status["waiting_total"]`: the JSON's keys, for scripts and tests from when status was a dict."""
        return self.as_json()[key]

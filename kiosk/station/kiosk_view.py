"""The kiosk's store calls, composed for its StoreWorker's thread: what the screens show, read in one go."""
from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.core.config import Branch
from kiosk.core.drills import Drill
from kiosk.core.errors import QueueError
from kiosk.core.models import booking_code
from kiosk.station.kiosk_booking import long_waits
from kiosk.store import Issued, QueueStore


@dataclass(frozen=True)
class KioskView:
    """The configuration and the queue as the kiosk shows them; the window reads nothing else."""

    token: tuple  # the store's change token when read
    branch: Branch
    waiting: dict[str, int]  # per service
    waiting_total: int
    long_waits: frozenset[str] = field(default=frozenset())  # bookable services to offer slots for
    # per service possible at self-service: the wait a regular ticket would print now (kiosk.ui.kiosk_shunt)
    self_service_waits: dict[str, int] = field(default_factory=dict)
    drill: Drill | None = None  # running now: the kiosk's strip tells staff


def read_kiosk(store: QueueStore, unless: tuple | None = None) -> KioskView | None:
    """The view now; None when no process committed since `unless` (a view's token)."""
    token = store.change_token()
    if token == unless:
        return None
    status = store.status()
    branch = store.branch
    waits = {s.code: store.expected_wait(s.code) for s in branch.services if s.self_service}
    return KioskView(token, branch, status.waiting, status.waiting_total,
                     long_waits(store, status.waiting_total), waits, store.running_drill())


def _and_view(store: QueueStore, issued: Issued) -> tuple[Issued, KioskView | None]:
    """The ticket, and the view right after it (None when that read failed: the ticket stands, and is shown
    with the last view)."""
    try:
        return issued, read_kiosk(store)
    except QueueError:
        return issued, None


def issue(store: QueueStore, service: str, priority: str, lang: str,
          needs: tuple[str, ...]) -> tuple[Issued, KioskView | None]:
    """One ticket, and the view its confirmation names the service and the crowding from."""
    return _and_view(store, store.issue_ticket(service, priority, lang=lang, needs=needs))


def check_in(store: QueueStore, code: str, lang: str) -> tuple[Issued, KioskView | None]:
    """A booked customer's ticket, and the view."""
    return _and_view(store, store.check_in(booking_code(code), lang=lang))

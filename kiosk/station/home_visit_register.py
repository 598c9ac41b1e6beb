"""The home-visit register's store calls, composed for a StoreWorker's thread: the register read in one go."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kiosk.core.home_visits import HomeVisit
from kiosk.core.models import Service
from kiosk.store import QueueStore
from kiosk.store.staff import list_staff


@dataclass(frozen=True)
class Register:
    """What the home-visit panel shows, read together."""

    token: tuple  # the store's change token and the minute it was read in
    today: date
    services: tuple[Service, ...]
    visits: list[HomeVisit]
    staff: list[tuple[str, str]]  # active accounts: (number, name), who may be sent on a visit

    @property
    def overdue(self) -> list[HomeVisit]:
        return [v for v in self.visits if v.overdue(self.today)]


def read_register(store: QueueStore, unless: tuple | None = None) -> Register | None:
    """The register now, contact and address of expired visits erased first; None when nothing changed
    since `unless` (a register's token): no process committed, and the minute did not turn."""
    store.erase_expired_home_visits()
    token = (store.change_token(), store.clock.now().replace(second=0, microsecond=0))
    if token == unless:
        return None
    staff = [(s["number"], s["name"]) for s in list_staff(store) if s["active"]]
    return Register(token, date.fromisoformat(store.today()), store.branch.services, store.home_visits(),
                    staff)


def change_register(store: QueueStore, action: Callable[[QueueStore], object]) -> Register:
    """`action(store)` (request, approve, assign...), then the register as it is now."""
    action(store)
    return read_register(store)

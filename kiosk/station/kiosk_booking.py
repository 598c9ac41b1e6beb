"""The kiosk's "come back later" store calls, on its StoreWorker: whether to offer slots, and booking one."""
from __future__ import annotations

from dataclasses import dataclass

from kiosk.core.slots import Booking, Slot
from kiosk.store import QueueStore


@dataclass(frozen=True)
class ComeBackOffer:
    """A bookable service whose wait is long now, and its quietest free slots (later today, next days)."""

    service: str
    eta_minutes: int
    slots: tuple[Slot, ...]
    eta_range: tuple[int, int] | None = None  # minutes, low-high, when the wait is unsure


def wait_is_long(store: QueueStore, eta_minutes: int, waiting_total: int) -> bool:
    """The kiosk's rule: the estimate passes the shunting threshold, or the occupancy cap is reached."""
    branch = store.branch
    cap = branch.occupancy_cap
    return branch.shunting.wait_is_long(eta_minutes) or bool(cap and waiting_total >= cap)


def long_waits(store: QueueStore, waiting_total: int) -> frozenset[str]:
    """The bookable services whose wait is long now (read with the kiosk's view: choosing another service
    then goes on at once)."""
    plans = store.branch.bookings.plans
    if not plans:
        return frozenset()
    at = store.clock.now()
    return frozenset(p.service for p in plans
                     if wait_is_long(store, store.expected_wait(p.service, at=at), waiting_total))


def come_back_offer(store: QueueStore, service: str) -> ComeBackOffer | None:
    """The offer to show before a ticket of `service`; None when the service takes no bookings, the wait is
    short, or no slot is free."""
    if store.branch.bookings.plan(service) is None:
        return None
    at = store.clock.now()
    told = store.wait_estimate(service, at=at)
    if not wait_is_long(store, told.minutes, store.status(at).waiting_total):
        return None
    slots = tuple(store.quiet_slots(service, at=at))
    return ComeBackOffer(service, told.minutes, slots, told.range_minutes) if slots else None


def book(store: QueueStore, slot: Slot, lang: str) -> Booking:
    """One place in `slot`; QueueError reason slot_full (another kiosk or a console was faster)."""
    return store.book(slot.service, slot.start, lang=lang)

"""The teller console's store calls, composed for its StoreWorker's thread: the desk read in one go."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kiosk.core.config import Branch
from kiosk.core.drills import Drill
from kiosk.core.errors import QueueError
from kiosk.core.models import CALLING_MODES, Counter, Ticket
from kiosk.core.status import QueueStatus
from kiosk.store import QueueStore


@dataclass(frozen=True)
class DeskView:
    """Everything the console shows of the store, read together; the window reads nothing else."""

    token: tuple  # the store's change token and the minute it was read in
    branch: Branch
    today: str
    status: QueueStatus
    counters: list[Counter]
    current: Ticket | None  # the ticket at this console's counter
    help_requests: list[dict[str, Any]]
    longest_wait: int
    overdue_complaints: int = 0  # complaints past their promised reply: the desk's alert
    overdue_home_visits: int = 0  # open home visits past their last allowed day
    drill: Drill | None = None  # running now: its tickets are in the queue, marked


def read_desk(store: QueueStore, counter: int, unless: tuple | None = None) -> DeskView | None:
    """The desk as the store has it now; None when nothing changed since `unless` (a view's token): no
    process committed, and the minute (so the longest wait, and the business day) did not turn."""
    erase_expired_home_visits(store)
    token = (store.change_token(), store.clock.now().replace(second=0, microsecond=0))
    if token == unless:
        return None
    status = store.status()
    counters = store.counters()
    desk = next((c for c in counters if c.number == counter), None)
    current = store.ticket_by_id(desk.current_ticket_id) if desk and desk.current_ticket_id else None
    return DeskView(token, store.branch, store.today(), status, counters, current, store.open_help_requests(),
                    store.longest_wait_minutes(), overdue_complaints=store.overdue_complaint_count(),
                    overdue_home_visits=len(store.home_visits(overdue_only=True)),
                    drill=store.running_drill())


def erase_expired_home_visits(store: QueueStore) -> None:
    """Contact and address of home visits past retention erased (a read, unless there is some): a failed
    erasure is tried again at the next read, and never keeps the desk from being shown."""
    try:
        store.erase_expired_home_visits()
    except QueueError:
        pass


def after_action(store: QueueStore, counter: int, action) -> tuple[Any, DeskView | None]:
    """`action(store)`'s result and the desk read right after it (None when that read failed: the action
    was still done, and the next refresh reads again)."""
    result = action(store)
    try:
        return result, read_desk(store, counter)
    except QueueError:
        return result, None


def open_desk(store: QueueStore, counter: int) -> Counter | None:
    """The counter while the hall shows it open or as a love window, else None; QueueError when the store
    cannot tell, or (signing it out) when the signed-in account was deactivated meanwhile."""
    store.check("serve")
    desk = next((c for c in store.counters() if c.number == counter), None)
    return desk if desk is not None and desk.mode in CALLING_MODES else None


def pause_left_counter(store: QueueStore) -> Counter | None:
    """The counter of an account the store signed out (deactivated), paused; None when there was none or
    the database failed (the lock stands, the hall shows what it showed)."""
    try:
        return store.pause_left_counter()
    except QueueError:
        return None


def leave_on_close(store: QueueStore, counter: int) -> None:
    """The window closed while signed in: nobody is left to call, so a counter still shown open (or as a
    love window) is paused, the sign-out's default; then the session ends."""
    try:
        if open_desk(store, counter) is not None:
            store.pause_counter(counter, "console closed")
    except QueueError:
        if store.role is None:  # deactivated meanwhile: paused as at any lock
            pause_left_counter(store)
    store.sign_out()

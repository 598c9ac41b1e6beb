"""The manager station's store calls, composed for its StoreWorker's thread: each answer all a panel shows."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.store import QueueStore
from kiosk.store.staff import list_staff


@dataclass(frozen=True)
class Office:
    """What the manager's window shows of the branch beside the panels."""

    branch_name: str
    today: str


def open_office(store: QueueStore) -> Office:
    return Office(store.branch.name, store.today())


def save_configuration(store: QueueStore, text: str, changes: list[str], replacing: str) -> str:
    """Store the configuration (refused if another station saved one since `replacing` was loaded); the
    stored text, as the editor shows it next."""
    store.configure(text, changes=changes, replacing=replacing)
    return store.branch_toml()


def change_staff(store: QueueStore, action: Callable[[QueueStore], object]) -> list[dict]:
    """`action(store)` (add an account, set a PIN, (de)activate), then the staff list as it is now."""
    action(store)
    return list_staff(store)


def backup_stamp(store: QueueStore) -> str:
    """Now in the branch's zone, for a backup's suggested file name."""
    return store.clock.now().astimezone(store.branch.tz).strftime("%Y-%m-%d-%H%M")

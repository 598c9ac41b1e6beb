"""All SQL lives here: the shared SQLite file, its schema, and one function per user action."""
from kiosk.store.db import StoreBusy, StoreError
from kiosk.store.queue import Issued, QueueStore

__all__ = ["Issued", "QueueStore", "StoreBusy", "StoreError"]

"""QueueStore's part: slots per service and day; booking a slot under the write lock; no-shows."""
from __future__ import annotations


class Bookings:
    """QueueStore's part: slots per service and day; booking a slot under the write lock; no-shows."""

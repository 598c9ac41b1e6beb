"""QueueStore's part: the complaint register: each step with its note and who took it."""
from __future__ import annotations


class Complaints:
    """QueueStore's part: the complaint register: each step with its note and who took it."""

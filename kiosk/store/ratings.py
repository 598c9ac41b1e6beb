"""QueueStore's part: satisfaction ratings: one per finished ticket."""
from __future__ import annotations


class Ratings:
    """QueueStore's part: satisfaction ratings: one per finished ticket."""

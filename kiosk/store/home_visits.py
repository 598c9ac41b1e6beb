"""QueueStore's part: the home-visit register: request, approval, two staff, the call, outcome, erasure."""
from __future__ import annotations


class HomeVisits:
    """QueueStore's part: the home-visit register (request, approval, two staff, call, outcome, erasure)."""

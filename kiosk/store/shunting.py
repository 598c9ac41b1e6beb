"""QueueStore's part: the self-service suggestion and the customer's choice, counted."""
from __future__ import annotations


class Shunting:
    """QueueStore's part: the self-service suggestion and the customer's choice, counted."""

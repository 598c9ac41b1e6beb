"""Erlang C (M/M/c): the chance a customer waits, and the fewest counters that keep waits under a target.
The textbook check on counters found by simulation (`kiosk simulate --advise`)."""
from __future__ import annotations

import math


def erlang_c(traffic: float, servers: int) -> float:
    """P(wait > 0) with `traffic` erlangs (arrivals per second x mean service seconds) on `servers`
    counters; 1.0 when they cannot keep up (servers <= traffic). Through Erlang B's recursion, which
    stays exact where traffic**servers / servers! would overflow."""
    if traffic < 0 or servers < 0:
        raise ValueError("traffic and servers must not be negative")
    if traffic == 0:
        return 0.0
    if servers <= traffic:
        return 1.0
    blocked = 1.0
    for k in range(1, servers + 1):
        blocked = traffic * blocked / (k + traffic * blocked)
    return servers * blocked / (servers - traffic * (1 - blocked))


def wait_over(traffic: float, servers: int, mean_service_s: float, seconds: float) -> float:
    """P(wait > `seconds`) = C(c, A) * exp(-(c - A) * t / mean service)."""
    waits = erlang_c(traffic, servers)
    if waits >= 1.0:
        return 1.0
    return waits * math.exp(-(servers - traffic) * seconds / mean_service_s)


def servers_needed(arrivals_per_hour: float, mean_service_s: float, target_s: float,
                   quantile: float = 0.9, most: int = 10_000) -> int:
    """The fewest counters with P(wait > target_s) <= 1 - quantile: the `quantile` wait under the target
    (0 when nobody comes)."""
    if arrivals_per_hour <= 0:
        return 0
    traffic = arrivals_per_hour / 3600 * mean_service_s
    servers = max(math.floor(traffic) + 1, 1)
    while servers < most and wait_over(traffic, servers, mean_service_s, target_s) > 1 - quantile:
        servers += 1
    return servers

"""Grading the wait told at issue: each day's, service's and hour's mean absolute error and bias of the
estimate against the real wait (issue to first call), as the manager's report shows them.

Definitions (the report's notes say the same):
- error = the wait told at issue (tickets.eta_s) - the real wait (first call - issue);
- MAE: the mean of the errors' sizes; bias: the mean error: below zero the estimate was too low (customers
  waited longer than told), above zero too high;
- graded: tickets told a wait and called; not graded: told a wait but never called (cancelled, or still
  waiting when the data ends); tickets issued without a told wait (before estimates were kept) are counted
  apart.
A ticket counts for the business day and service it was issued for and the hour (branch time) it was issued.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Grade:
    """The estimates of one group of tickets (a day, a service, an hour), in seconds."""

    graded: int  # told a wait and called
    ungraded: int  # told a wait, never called
    mae_s: float | None  # mean |told - waited|; None with nothing graded
    bias_s: float | None  # mean (told - waited): below zero the estimate was too low
    mean_wait_s: float | None  # mean real wait of the graded tickets, for scale


@dataclass(frozen=True)
class EstimateGrades:
    total: Grade
    by_day: dict[str, Grade]  # "2026-11-23", ...
    by_service: dict[str, Grade]  # the service issued for
    by_hour: dict[str, Grade]  # "09" .. by hour of issue, branch time, summed over the days
    no_estimate: int  # tickets issued without a told wait


class _Tally:
    __slots__ = ("graded", "ungraded", "errors", "sizes", "waits")

    def __init__(self) -> None:
        self.graded = self.ungraded = 0
        self.errors = self.sizes = self.waits = 0.0

    def add(self, told: float, waited: float | None) -> None:
        if waited is None:
            self.ungraded += 1
            return
        error = told - waited
        self.graded += 1
        self.errors += error
        self.sizes += abs(error)
        self.waits += waited

    def merge(self, other: _Tally) -> None:
        self.graded += other.graded
        self.ungraded += other.ungraded
        self.errors += other.errors
        self.sizes += other.sizes
        self.waits += other.waits

    def grade(self) -> Grade:
        n = self.graded
        if not n:
            return Grade(0, self.ungraded, None, None, None)
        return Grade(n, self.ungraded, self.sizes / n, self.errors / n, self.waits / n)


class GradeBuilder:
    """Folds tickets (told wait, real wait) into EstimateGrades, one at a time."""

    def __init__(self) -> None:
        # one tally per (day, service, hour), folded into the groups at the end: a year's tickets cost one
        # lookup each
        self.cells: defaultdict[tuple[str, str, str], _Tally] = defaultdict(_Tally)
        self.no_estimate = 0

    def add(self, day: str, service: str, hour: str, told_s: float | None, waited_s: float | None) -> None:
        """One ticket: `told_s` the wait told at issue (None: none was told), `waited_s` issue to first call
        (None: never called)."""
        if told_s is None:
            self.no_estimate += 1
        else:
            self.cells[day, service, hour].add(told_s, waited_s)

    def grades(self, key: Callable[[str], Any] | None = None) -> EstimateGrades:
        """Each group's keys sorted by `key` (the report's order of services, counters, hours)."""
        total = _Tally()
        groups: list[defaultdict[str, _Tally]] = [defaultdict(_Tally) for _ in range(3)]
        for cell_key, tally in self.cells.items():
            total.merge(tally)
            for group, k in zip(groups, cell_key, strict=True):
                group[k].merge(tally)

        def graded(tallies: dict[str, _Tally]) -> dict[str, Grade]:
            return {k: tallies[k].grade() for k in sorted(tallies, key=key)}

        by_day, by_service, by_hour = map(graded, groups)
        return EstimateGrades(total.grade(), by_day, by_service, by_hour, self.no_estimate)

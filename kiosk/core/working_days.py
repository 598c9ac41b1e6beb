"""The branch's working days (weekdays open, holidays closed, make-up working days open): promised dates."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_LOOKAHEAD = 400  # days searched for the next working day before the calendar is called broken


@dataclass(frozen=True)
class WorkingCalendar:
    weekdays: frozenset[int] = frozenset(range(5))  # date.weekday(): 0 = Monday
    holidays: frozenset[str] = field(default_factory=frozenset)  # YYYY-MM-DD closed although a weekday
    extra_working_days: frozenset[str] = field(default_factory=frozenset)  # 调休: open although a weekend

    def is_working(self, day: date) -> bool:
        iso = day.isoformat()
        if iso in self.extra_working_days:
            return True
        return day.weekday() in self.weekdays and iso not in self.holidays

    def add_working_days(self, day: date, count: int) -> date:
        """The `count`-th working day after `day` (`day` itself not counted; count 0: `day` if it is a working
        day, else the next one)."""
        if count == 0:
            return self.next_working_day(day)
        for _ in range(count):
            day = self.next_working_day(day + timedelta(days=1))
        return day

    def next_working_day(self, day: date) -> date:
        """`day` if the branch works then, else the first working day after it."""
        for _ in range(_LOOKAHEAD):
            if self.is_working(day):
                return day
            day += timedelta(days=1)
        raise ValueError(f"no working day in the {_LOOKAHEAD} days from {day}: check calendar.working_days")

    def deadline(self, at: datetime, count: int) -> datetime:
        """The same time of day, `count` working days after `at`'s day (in `at`'s time zone): a promise made
        on a holiday counts from the next working day."""
        start = at.date()
        if not self.is_working(start):
            start = self.next_working_day(start)
            at = at.replace(hour=9, minute=0, second=0, microsecond=0)  # received when the branch opens
        return datetime.combine(self.add_working_days(start, count), at.timetz())

    def working_days_between(self, first: date, last: date) -> int:
        """Working days after `first` up to and including `last` (0 when `last` <= `first`)."""
        count, day = 0, first
        while day < last:
            day += timedelta(days=1)
            count += self.is_working(day)
        return count

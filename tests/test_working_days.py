"""The working-day rule behind promised dates: weekends, configured holidays and make-up working days."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.core.config import ConfigError, parse_branch
from kiosk.core.working_days import WorkingCalendar

SHANGHAI = ZoneInfo("Asia/Shanghai")
CAL = WorkingCalendar(frozenset(range(5)), frozenset({"2027-01-01"}), frozenset({"2027-02-20"}))


@pytest.mark.parametrize(("start", "count", "expected"), [
    ("2026-11-23", 2, "2026-11-25"),  # Monday -> Wednesday
    ("2026-11-26", 2, "2026-11-30"),  # Thursday: Friday, (weekend), Monday
    ("2026-11-27", 2, "2026-12-01"),  # Friday: Monday, Tuesday
    ("2026-11-28", 2, "2026-12-01"),  # a request on Saturday counts from Monday's next days
    ("2026-12-31", 2, "2027-01-05"),  # Thursday before the New Year holiday and a weekend
    ("2026-12-31", 1, "2027-01-04"),
    ("2027-02-19", 1, "2027-02-20"),  # Friday, then a make-up working Saturday
    ("2027-01-01", 0, "2027-01-04"),  # nothing added: the holiday itself is not a working day
])
def test_add_working_days(start, count, expected):
    assert CAL.add_working_days(date.fromisoformat(start), count).isoformat() == expected


def test_deadline_keeps_the_time_of_day_and_starts_a_holiday_at_opening():
    friday = datetime(2026, 11, 27, 16, 30, tzinfo=SHANGHAI)
    assert CAL.deadline(friday, 1) == datetime(2026, 11, 30, 16, 30, tzinfo=SHANGHAI)
    holiday = datetime(2027, 1, 1, 20, 0, tzinfo=SHANGHAI)
    assert CAL.deadline(holiday, 1) == datetime(2027, 1, 5, 9, 0, tzinfo=SHANGHAI)


def test_working_days_between():
    assert CAL.working_days_between(date(2026, 12, 31), date(2027, 1, 5)) == 2
    assert CAL.working_days_between(date(2027, 1, 5), date(2027, 1, 5)) == 0


def test_default_branch_has_the_rules():
    from kiosk.core.config import default_branch
    b = default_branch()
    assert b.calendar.is_working(date(2026, 11, 23)) and not b.calendar.is_working(date(2027, 1, 1))
    assert b.bookings.plan("C").capacity == 2 and b.bookings.plan("A") is None
    assert b.home_visits.due_working_days == 2 and b.complaints.reply_working_days == 1
    assert b.service("A").quick and b.service("A").self_service_text("en").startswith("Deposits")
    assert b.service("C").self_service_text("en") == ""


@pytest.mark.parametrize(("bad", "field"), [
    ('working_days = ["mon", "funday"]', "calendar.working_days"),
    ('holidays = ["2027-13-01"]', "calendar.holidays"),
])
def test_bad_calendar_names_the_field(bad, field):
    from kiosk.core.config import default_toml
    text = default_toml().replace('working_days = ["mon", "tue", "wed", "thu", "fri"]', "").replace(
        'holidays = ["2027-01-01"]', "").replace("[calendar]", "[calendar]\n" + bad)
    with pytest.raises(ConfigError, match=field):
        parse_branch(text)


def test_bad_slot_hours_name_the_field():
    from kiosk.core.config import default_toml
    text = default_toml().replace('hours = { mon = ["09:30-11:30"', 'hours = { mon = ["11:30-09:30"', 1)
    with pytest.raises(ConfigError, match=r"appointments.services\[1\].hours.mon"):
        parse_branch(text)


def test_a_wait_is_long_past_the_threshold_only():
    from kiosk.core.service_rules import ShuntRules
    rules = ShuntRules(threshold_minutes=15)
    assert not rules.wait_is_long(15) and rules.wait_is_long(16) and not ShuntRules(0).wait_is_long(0)

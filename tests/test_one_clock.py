"""Only the clock object reads the calendar: everything else asks the clock it was given."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kiosk.core.clock import FrozenClock, SystemClock
from tests.conftest import branch_time

PACKAGE = Path(__file__).parents[1] / "kiosk"
# Reads of the wall clock or calendar. time.monotonic (durations, timeouts) is not one.
WALL_CLOCK = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"), ("date", "today"),
              ("time", "time"), ("time", "localtime"), ("QDateTime", "currentDateTime"),
              ("QDateTime", "currentDateTimeUtc"), ("QDate", "currentDate"), ("QTime", "currentTime")}


def _wall_clock_reads(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and (node.value.id, node.attr) in WALL_CLOCK:
            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.value.id}.{node.attr}")
    return found


def test_no_module_but_the_clock_reads_the_wall_clock():
    reads = [hit for path in sorted(PACKAGE.rglob("*.py")) if path.name != "clock.py"
             for hit in _wall_clock_reads(path)]
    assert reads == []


def test_the_probe_finds_a_wall_clock_read():
    sample = PACKAGE / "core" / "clock.py"
    assert any("datetime.now" in hit for hit in _wall_clock_reads(sample))


def test_frozen_clock_stands_still_until_moved():
    clock = FrozenClock(branch_time(9))
    assert clock.now() == clock.now() == branch_time(9)
    assert clock.advance(minutes=90) == branch_time(10, 30)
    clock.set(branch_time(23, 59, day=31 - 1))
    assert clock.now() == branch_time(23, 59, day=30)


def test_clocks_give_aware_utc_times():
    assert SystemClock().now().utcoffset().total_seconds() == 0
    assert FrozenClock(branch_time(9)).now().utcoffset().total_seconds() == 0
    with pytest.raises(ValueError, match="aware"):
        FrozenClock(branch_time(9).replace(tzinfo=None))


def test_every_station_in_a_test_reads_the_tests_clock(store, clock):
    issued = store.issue_ticket("A").ticket
    assert issued.issued_at == clock.now() and store.today() == "2026-11-23"

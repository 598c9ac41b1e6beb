"""Only the clock object reads the calendar: everything else asks the clock it was given."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kiosk.core.clock import FrozenClock, SystemClock
from tests.conftest import branch_time

ROOT = Path(__file__).parents[1]
# Reads of the wall clock or calendar, by qualified name. time.monotonic (durations, timeouts) is not one.
WALL_CLOCK = {
    "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today", "datetime.date.today",
    "time.time", "time.time_ns", "time.localtime", "time.gmtime", "time.ctime", "time.asctime",
    "time.strftime", "PySide6.QtCore.QDateTime.currentDateTime",
    "PySide6.QtCore.QDateTime.currentDateTimeUtc",
    "PySide6.QtCore.QDateTime.currentSecsSinceEpoch", "PySide6.QtCore.QDateTime.currentMSecsSinceEpoch",
    "PySide6.QtCore.QDate.currentDate", "PySide6.QtCore.QTime.currentTime",
}


def _dotted(node: ast.expr) -> list[str] | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return [node.id, *reversed(parts)]


def _wall_clock_reads(path: Path) -> list[str]:
    """Uses of a wall-clock function in `path`, whatever name it was imported under."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: dict[str, str] = {}  # local name -> qualified name
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update({(a.asname or a.name).split(".")[0]: (a.name if a.asname else a.name.split(".")[0])
                          for a in node.names})
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.update({a.asname or a.name: f"{node.module}.{a.name}" for a in node.names})
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (parts := _dotted(node.func)):
            qualified = ".".join([names.get(parts[0], parts[0]), *parts[1:]])
            if qualified in WALL_CLOCK:
                found.append(f"{path.name}:{node.lineno} {qualified}")
    return found


def test_no_module_but_the_clock_reads_the_wall_clock():
    """The program and its scripts; bench/ times durations with time.time, on purpose."""
    sources = [*sorted((ROOT / "kiosk").rglob("*.py")), *sorted((ROOT / "scripts").glob("*.py"))]
    reads = [hit for path in sources if path != ROOT / "kiosk" / "core" / "clock.py"
             for hit in _wall_clock_reads(path)]
    assert reads == []


def test_the_probe_finds_wall_clock_reads_under_any_name(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import datetime\nimport time as t\nfrom datetime import date as d\n"
                      "from PySide6.QtCore import QDateTime\n"
                      "datetime.datetime.now()\nt.strftime('%H')\nd.today()\nQDateTime.currentDateTime()\n"
                      "t.monotonic()\n", encoding="utf-8")
    hits = [hit.split(" ")[1] for hit in _wall_clock_reads(sample)]
    assert hits == ["datetime.datetime.now", "time.strftime", "datetime.date.today",
                    "PySide6.QtCore.QDateTime.currentDateTime"]


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

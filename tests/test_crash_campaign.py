"""Stations SIGKILLed while they write lose no acknowledged action (a short bench/crash_campaign.py run),
and the campaign's checks catch each kind of damage they look for."""
from __future__ import annotations

import importlib
import json
import sqlite3
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest

from kiosk.store import QueueStore

BENCH = Path(__file__).parents[1] / "bench"


@pytest.fixture
def bench(monkeypatch):
    """The campaign's modules (bench/ scripts import one another by name)."""
    monkeypatch.syspath_prepend(str(BENCH))
    return importlib.import_module("crash_campaign")


@pytest.mark.slow
def test_writers_killed_at_random_moments_lose_no_acknowledged_action(bench, tmp_path):
    report = bench.run(tmp_path, seed=11, kills=40, copy_share=0.25, mean_gap_s=0.1, aim_share=0.5,
                       say=lambda *args, **kwargs: None)
    assert report["failures"] == []
    assert report["kills"] == 40 and report["copies_checked"] > 0
    assert report["acknowledged"] > 200 and {"issue", "call", "start", "finish", "no_show"} <= set(
        report["acknowledged_by_action"])
    # The aimed kills reach the narrow moments: inside a write transaction or its COMMIT.
    assert report["kills_by_phase"].keys() & {"inside a write transaction", "inside COMMIT"}


def sql(path, statement: str, *params) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(statement, params)


@pytest.fixture
def worked(bench, db_path, clock):
    """A file on which a kiosk and a console did some work, and their acknowledgements."""
    from _crash_writer import acknowledgement

    QueueStore.init(db_path, clock=clock).close()
    kiosk, console = (QueueStore(db_path, station=name, clock=clock) for name in ("kiosk-1", "console-1"))
    said = []
    for service in "AAB":
        clock()
        said.append(acknowledgement("kiosk-1", "issue", kiosk.issue_ticket(service).ticket))
    console.open_counter(1, at=clock())
    said.append(acknowledgement("console-1", "open", counter=1, at=clock.now()))
    steps = [("call", lambda: console.call_next(1).ticket), ("start", lambda: console.start(1)),
             ("finish", lambda: console.finish(1)), ("call", lambda: console.call_next(1).ticket),
             ("no_show", lambda: console.no_show(1)), ("reinstate", lambda: console.reinstate("A002")),
             ("call", lambda: console.call_next(1).ticket)]  # A001 done, A002 called, B001 waiting
    for action, act in steps:
        clock()
        said.append(acknowledgement("console-1", action, act(), None if action == "reinstate" else 1))
    kiosk.close()
    yield db_path, said, console
    console.close()


def test_the_checks_pass_a_sound_file_and_allow_one_unlogged_action_per_kill(worked):
    from _crash_checks import check

    path, said, console = worked
    assert check(path, said, Counter()).failures == []
    console.recall(1)  # committed, then "killed" before its log line
    assert check(path, said, Counter({"console-1": 1})).failures == []
    assert check(path, said, Counter()).failures == [
        "committed actions missing from a log beyond one per kill (station, n, allowed): 1, "
        "e.g. [('console-1', 1, 0)]"]


def _lost_action(path, said):
    said.append({**said[-1], "action": "finish"})


def _lost_reinstatement(path, said):
    """A second reinstatement acknowledged: its line, like every reinstatement's, has no time."""
    said.append(next(line for line in said if line["action"] == "reinstate"))


def _status_without_event(path, said):
    sql(path, "UPDATE tickets SET status = 'done' WHERE status = 'waiting'")


def _counter_lets_go(path, said):
    sql(path, "UPDATE counters SET current_ticket_id = NULL")


def _count_drifts(path, said):
    sql(path, "UPDATE waiting_counts SET waiting = waiting + 1")


def _number_twice(path, said):
    sql(path, "DROP INDEX idx_tickets_business_day_issued_service_number")
    sql(path, "INSERT INTO tickets (business_day, issued_service, number, label, service, priority, status, "
              "issued_at, updated_at) SELECT business_day, issued_service, number, label, service, priority, "
              "'done', issued_at, updated_at FROM tickets WHERE id = 1")


def _index_page_damaged(path, said):
    """Cell pointers of an index page aimed outside the page's cells: every read still works."""
    sql(path, "PRAGMA wal_checkpoint(TRUNCATE)")
    with closing(sqlite3.connect(path)) as conn:
        page = conn.execute("SELECT rootpage FROM sqlite_master "
                            "WHERE name = 'idx_tickets_business_day_issued_service_number'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as f:
        f.seek((page - 1) * size + 8)  # a leaf page's header is 8 bytes, its cell pointers follow
        f.write(b"\x00\x07\x00\x05")


def _not_a_database(path, said):
    sql(path, "PRAGMA wal_checkpoint(TRUNCATE)")
    with open(path, "r+b") as f:
        f.write(b"\xff" * 100)


DAMAGE = [
    (_lost_action, "acknowledged actions missing from the database: 1"),
    (_lost_reinstatement, "acknowledged actions missing from the database: 1"),
    (_status_without_event, "tickets whose row disagrees with their events: 1"),
    (_counter_lets_go, "tickets whose row disagrees with their events: 1"),
    (_count_drifts, "waiting_counts rows disagreeing with the waiting tickets"),
    (_number_twice, "ticket numbers issued twice: 1"),
    (_index_page_damaged, "integrity_check: *** in database main ***"),
    (_not_a_database, "cannot read the file: file is not a database"),
]


@pytest.mark.parametrize(("damage", "found"), DAMAGE, ids=[damage.__name__[1:] for damage, _ in DAMAGE])
def test_the_checks_find_each_kind_of_damage(worked, damage, found):
    from _crash_checks import check

    path, said, console = worked
    console.close()
    damage(path, said)
    failures = check(path, said, Counter()).failures
    assert any(f.startswith(found) for f in failures), failures


def test_logs_are_read_back_with_errors_and_torn_lines_counted(bench, tmp_path):
    from _crash_checks import read_logs

    line = {"station": "kiosk-1", "action": "issue", "counter": None, "at": 1}
    (tmp_path / "kiosk-1.log").write_text(json.dumps(line) + "\n" + json.dumps(
        {"station": "kiosk-1", "error": "StoreBusy: locked"}) + "\n" + '{"station": "kio')
    logs = read_logs(tmp_path)
    assert (logs.acknowledged, logs.errors, logs.torn) == ([line], ["kiosk-1: StoreBusy: locked"], 1)

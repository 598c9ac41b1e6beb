"""`kiosk migrate`: a SQLite branch's whole history copied into an empty PostgreSQL database on a real server
(tests/pg_server.py): every row, the event chain unchanged and verified, numbering and ids carrying on."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import psycopg

from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.care import answer_help, record_assistance
from kiosk.store.staff import add_staff, list_staff
from tests.conftest import branch_time

DAY = "2026-11-23"
TABLES = ("settings", "staff", "tickets", "counters", "appointments", "events", "help_requests", "assistance",
          "home_visits", "complaints", "complaint_steps", "ratings", "shunt_offers", "drills")


def kiosk(*args, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *map(str, args)], capture_output=True, text=True,
                          timeout=120, input=stdin,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1]), **(env or {})})


def ok(*args, **kwargs) -> dict:
    done = kiosk(*args, **kwargs)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def user_error(*args, **kwargs) -> str:
    done = kiosk(*args, **kwargs)
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = done.stderr.splitlines()
    assert done.stdout == "" and len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    return lines[0]


def a_day_of_history(store: QueueStore) -> QueueStore:
    """A branch's day: staff, a booking checked in, tickets of several services and classes called, served,
    not come, transferred and cancelled, a help request answered, assistance given, a counter paused, and
    some tickets still waiting at closing time."""
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    add_staff(store, "3001", "Zhao Lei", Role.MANAGER, "357900")
    store.add_appointment("12345678", "B", branch_time(10))
    for counter in (1, 2, 3):
        store.open_counter(counter, at=branch_time(8, 30))
    arrivals = [("A", "regular"), ("A", "elderly"), ("B", "regular"), ("C", "pregnant"), ("A", "regular"),
                ("B", "green_channel"), ("A", "regular")] * 3
    for i, (service, priority) in enumerate(arrivals):
        store.issue_ticket(service, priority, lang="zh_CN", at=branch_time(9) + timedelta(minutes=i))
    at = branch_time(9, 30)
    for round_ in range(6):
        for counter in (1, 2, 3):
            if store.call_next(counter, at=at) is None:
                continue
            at += timedelta(minutes=1)
            if (round_, counter) == (2, 2):
                store.no_show(counter, at=at)
            elif (round_, counter) == (3, 1):
                store.transfer(counter, to_service="B", at=at)
            else:
                store.start(counter, at=at)
                at += timedelta(minutes=2)
                store.finish(counter, at=at)
    ticket = store.issue_ticket("A", at=at).ticket
    help_id = store.request_help("call_staff", ticket.id, note="说明", at=at + timedelta(minutes=1))
    answer_help(store, help_id, resolve=True, note="wheelchair", at=at + timedelta(minutes=2))
    record_assistance(store, "magnifier", ticket.id, 1, at=at + timedelta(minutes=3))
    store.check_in("12345678", at=at + timedelta(minutes=4))
    store.cancel_ticket(ticket.label, at=at + timedelta(minutes=5))
    store.pause_counter(3, "lunch", at=at + timedelta(minutes=6))
    return store


def counts(store: QueueStore) -> dict[str, int]:
    return {table: store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def pg_counts(url: str) -> dict[str, int]:
    with psycopg.connect(url) as conn:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def rows(store: QueueStore, table: str) -> list[tuple]:
    return [tuple(r) for r in store.db.execute(f"SELECT * FROM {table} ORDER BY 1")]


def test_a_branchs_day_is_copied_whole_and_carries_on_numbering(db_path, pg_url, clock):
    branch = a_day_of_history(QueueStore.init(db_path))
    before, chain, status = counts(branch), branch.verify_events(), branch.status(at=branch_time(17))
    copied_rows = {table: rows(branch, table) for table in ("tickets", "events", "staff", "help_requests")}
    branch.close()
    assert before["tickets"] > 20 and before["events"] > 80 and status.waiting_total > 0

    done = ok("migrate", "--from", db_path, "--to", pg_url)
    assert done["tables"] == before
    assert done["events_verified"] is True
    assert (done["last_event"], done["last_hash"]) == (chain.last_id, chain.last_hash)

    copy = QueueStore(pg_url, station="kiosk")
    try:
        assert counts(copy) == before
        for table, expected in copied_rows.items():
            assert rows(copy, table) == expected, table  # hashes, times and PIN hashes unchanged
        assert copy.verify_events() == chain
        assert copy.status(at=branch_time(17)) == status  # waiting counts rebuilt by the triggers
        assert {s["number"] for s in list_staff(copy)} == {"1001", "3001"}
        numbers = [n for (n,) in copy.db.execute(
            "SELECT number FROM tickets WHERE business_day = ? AND issued_service = 'A'", [DAY])]
        issued = copy.issue_ticket("A", at=branch_time(17)).ticket
        assert issued.label == f"A{max(numbers) + 1:03d}"
        assert issued.id == before["tickets"] + 1
        after = copy.verify_events()
        assert after.ok and after.last_id == chain.last_id + 1
        help_id = copy.request_help("call_staff", issued.id, at=branch_time(17, 1))
        assert help_id == before["help_requests"] + 1
    finally:
        copy.close()


def test_a_database_that_is_not_empty_is_refused_and_left_as_it_was(db_path, pg_url):
    a_day_of_history(QueueStore.init(db_path)).close()
    assert ok("init", "--db", pg_url)["db"] == pg_url  # a queue already: its configuration, first event
    held = pg_counts(pg_url)
    assert held["settings"] == 1 and held["events"] >= 1

    error = user_error("migrate", "--from", db_path, "--to", pg_url)
    assert "is not empty" in error and "new, empty database" in error
    assert pg_counts(pg_url) == held


def test_another_programs_database_is_refused(db_path, pg_url):
    QueueStore.init(db_path).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    assert "is not a queue database" in user_error("migrate", "--from", db_path, "--to", pg_url)


def test_a_branch_whose_event_log_was_tampered_with_is_not_copied(db_path, pg_url):
    a_day_of_history(QueueStore.init(db_path)).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("DROP TRIGGER events_append_only_update")
        conn.execute("UPDATE events SET station = 'elsewhere' WHERE id = 5")
    error = user_error("migrate", "--from", db_path, "--to", pg_url)
    assert "event log is not intact" in error and "event 5" in error and "nothing was copied" in error
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM information_schema.tables "
                            "WHERE table_schema = 'public'").fetchone()[0] == 0


def test_what_migrate_copies_from_and_to_is_checked(db_path, pg_url, tmp_path):
    QueueStore.init(db_path).close()
    assert "PostgreSQL database" in user_error("migrate", "--from", db_path, "--to", tmp_path / "x.db")
    assert "does not exist" in user_error("migrate", "--from", tmp_path / "none.db", "--to", pg_url)
    assert "password" in user_error("migrate", "--from", db_path,
                                    "--to", pg_url.replace("kiosk_admin@", "kiosk_admin:secret@"))

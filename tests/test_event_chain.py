"""Tamper evidence: every event row carries a SHA-256 chained to the row before; `kiosk verify` finds a
forged, changed or removed row; the exports carry the day's final hash."""
from __future__ import annotations

import csv
import hashlib
import json
import sqlite3

import openpyxl
import pytest
from sqlite_utils import Database

from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.care import answer_help, record_assistance
from kiosk.store.schema import migrations
from kiosk.store.staff import SignInRefused, add_staff, sign_in
from tests.conftest import branch_time
from tests.engines import is_pg, raw, rows, run
from tests.test_cli import kiosk
from tests.test_export_language import pdf_text

DAY = "2026-11-23"
APPEND_ONLY = ("CREATE TRIGGER events_append_only_{0} BEFORE {0} ON events "
               "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END")
APPEND_ONLY_PG = ("CREATE TRIGGER events_append_only_{0} BEFORE {0} ON events "
                  "FOR EACH ROW EXECUTE FUNCTION events_append_only()")


@pytest.fixture
def db_path(db_target):
    """Every test here once per engine (tests/conftest.py), unless marked sqlite_only."""
    return db_target


def drop_trigger(target, kind: str) -> str:
    return f"DROP TRIGGER events_append_only_{kind}" + (" ON events" if is_pg(target) else "")


def put_back_trigger(target, kind: str) -> str:
    return (APPEND_ONLY_PG if is_pg(target) else APPEND_ONLY).format(kind)


def expected_chain(path) -> list[tuple[int, str]]:
    """Each event's id and hash as the definition says, worked out here on its own: SHA-256 of the
    previous hash (64 zeros before the first) and the row as compact JSON."""
    events = rows(path, "SELECT id, at, station, actor, action, ticket_id, counter, details FROM events "
                        "ORDER BY id")
    previous, chain = "0" * 64, []
    for row in events:
        text = json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))
        previous = hashlib.sha256((previous + text).encode("utf-8")).hexdigest()
        chain.append((row[0], previous))
    return chain


def stored_chain(path) -> list[tuple[int, str]]:
    return rows(path, "SELECT id, hash FROM events ORDER BY id")


def tamper(path, *statements: str) -> None:
    """What anyone with the file and the sqlite3 shell (or the server's administrator account) can do."""
    run(path, *statements)


def verify(path, *options):
    out = kiosk("verify", "--db", path, *options)
    assert "Traceback" not in out.stderr
    return out.returncode, json.loads(out.stdout) if out.stdout else None, out.stderr.strip()


@pytest.fixture
def day(store, clock, db_path):
    """A morning through every kind of action that writes an event, on two business days."""
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    desk = QueueStore(db_path, station="console-1")
    sign_in(desk, "1001", "135790", at=branch_time(8, 50))
    desk.sign_in_as("1001", Role.TELLER, 1)
    with pytest.raises(SignInRefused):
        sign_in(store, "1001", "0000", at=branch_time(8, 51))
    desk.open_counter(1, at=branch_time(8, 55))
    store.open_counter(2, at=branch_time(8, 55))
    for minute, service in enumerate("AABA"):
        store.issue_ticket(service, needs=("wheelchair",) if minute == 1 else (), at=branch_time(9, minute))
    desk.call_next(1, at=branch_time(9, 5))
    desk.start(1, at=branch_time(9, 6))
    record_assistance(desk, "wheelchair", ticket_id=1, counter=1, at=branch_time(9, 7))
    desk.finish(1, at=branch_time(9, 8))
    store.call_next(2, at=branch_time(9, 9))
    store.no_show(2, at=branch_time(9, 10))
    store.reinstate("A002", at=branch_time(9, 11))
    desk.call_next(1, at=branch_time(9, 12))
    desk.transfer(1, to_service="B", at=branch_time(9, 13))
    store.cancel_ticket("A003", at=branch_time(9, 14))
    help_id = store.request_help("call_staff", at=branch_time(9, 15))
    answer_help(store, help_id, resolve=True, at=branch_time(9, 16))
    store.issue_ticket("A", at=branch_time(9, day=24))  # the next day
    desk.close()
    return db_path


def test_every_event_is_chained_to_the_one_before_as_written(day):
    stored = stored_chain(day)
    assert len(stored) > 20 and [i for i, _ in stored] == list(range(1, len(stored) + 1))
    assert stored == expected_chain(day)
    code, result, err = verify(day)
    assert (code, err) == (0, "")
    assert result == {"ok": True, "events": len(stored), "last_event": stored[-1][0],
                      "last_hash": stored[-1][1]}


def test_verify_finds_a_forged_insert(day):
    count = len(stored_chain(day))
    tamper(day, "INSERT INTO events (id, at, station, actor, action, ticket_id, counter, details) "
                "VALUES ((SELECT MAX(id) + 1 FROM events), 1795400000.0, 'console-2', '1001', 'finish', 2, "
                "2, '{\"label\": \"A002\"}')")
    code, result, err = verify(day)
    assert code == 2 and result["broken_event"] == count + 1 and result["events"] == count
    assert err == (f"error: the event log is not intact: event {count + 1} has no hash: it was written "
                   "outside the queue program")


def test_verify_finds_a_forged_insert_with_a_made_up_hash(day):
    count = len(stored_chain(day))
    tamper(day, "INSERT INTO events (id, at, station, actor, action, details, hash) "
                f"VALUES ((SELECT MAX(id) + 1 FROM events), 1795400000.0, 'cli', '', 'configure', '{{}}', "
                f"'{'ab' * 32}')")
    code, result, _ = verify(day)
    assert code == 2 and result["broken_event"] == count + 1
    assert "does not match its hash" in result["problem"]


def test_verify_finds_an_update_after_drop_trigger(day):
    tamper(day, drop_trigger(day, "update"),
           "UPDATE events SET actor = '9999' WHERE id = 7",
           put_back_trigger(day, "update"))  # and put back, as if never gone
    code, result, err = verify(day)
    assert code == 2 and (result["broken_event"], result["events"], result["last_event"]) == (7, 6, 6)
    assert err == ("error: the event log is not intact: event 7 does not match its hash: it was changed, "
                   "or written outside the queue program")


def test_verify_finds_a_deleted_row(day):
    tamper(day, drop_trigger(day, "delete"),
           "DELETE FROM events WHERE id = 9",
           put_back_trigger(day, "delete"))
    code, result, err = verify(day)
    assert code == 2 and result["broken_event"] == 9
    assert err == "error: the event log is not intact: event 9 is missing: event 8 is followed by 10"


def test_verify_finds_a_dropped_trigger(day):
    tamper(day, drop_trigger(day, "update"))
    code, result, err = verify(day)
    assert code == 2 and result["events"] == len(stored_chain(day)) and result["broken_event"] is None
    assert "append-only trigger events_append_only_update is gone" in err


def test_a_log_chained_afresh_no_longer_holds_the_hash_an_export_gave_out(day, tmp_path):
    out = tmp_path / "day.json"
    kiosk("export", "--db", day, "--date", DAY, "--format", "json", "--out", out, check_exit=0)
    given = json.loads(out.read_text("utf-8"))["final_hash"]
    code, result, _ = verify(day, "--hash", given.upper())
    assert code == 0 and result["hash_event"] == json.loads(out.read_text("utf-8"))["final_event"]
    rewritten = rechained(day, "UPDATE events SET actor = '9999' WHERE id = 7")
    tamper_many(day, [(row_hash, i) for i, row_hash in rewritten])
    assert verify(day)[0] == 0, "every link holds: the forger knows the recipe"
    code, result, err = verify(day, "--hash", given)
    assert code == 2 and result["hash_event"] is None
    assert err.startswith(f"error: the event log is not intact: no event has the hash {given}")
    assert verify(day, "--hash", "A001")[2] == ("error: --hash: 'a001' is not a SHA-256 (64 hex digits, as "
                                                "an export prints it)")


def rechained(path, change: str) -> list[tuple[int, str]]:
    tamper(path, drop_trigger(path, "update"), change)
    return expected_chain(path)


def tamper_many(path, hashes: list[tuple[str, int]]) -> None:
    with raw(path) as conn:
        conn.executemany("UPDATE events SET hash = ? WHERE id = ?", hashes)
        conn.execute(put_back_trigger(path, "update"))


@pytest.mark.sqlite_only("a SQLite file an older release left, upgraded by SQLite's own migrations")
def test_the_migration_chains_the_existing_events_in_order(tmp_path):
    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="m005_event_chain")  # a database as the last release left it
    for i in range(3):
        db.execute("INSERT INTO events (at, station, actor, action, details) VALUES (?, 'cli', '', ?, ?)",
                   [1795395600.0 + i * 0.25, f"open{i}", json.dumps({"n": i, "name": "网点"},
                                                                     ensure_ascii=False)])
    db.conn.commit()
    db.close()
    QueueStore(path).close()  # the next station to open it upgrades it
    assert stored_chain(path) == expected_chain(path) and len(stored_chain(path)) == 3
    assert verify(path)[0] == 0
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        tamper(path, "UPDATE events SET actor = 'x' WHERE id = 1")


def test_every_export_carries_the_days_final_hash(day, tmp_path):
    end = branch_time(0, day=24).timestamp()
    [(final_id, final_hash)] = rows(day, "SELECT id, hash FROM events WHERE at < ? ORDER BY id DESC LIMIT 1",
                                    [end])
    assert final_id < stored_chain(day)[-1][0], "the next day's events come after the day's final hash"
    files = {fmt: tmp_path / f"day.{fmt}" for fmt in ("json", "csv", "xlsx", "pdf")}
    for fmt, out in files.items():
        kiosk("export", "--db", day, "--date", DAY, "--format", fmt, "--out", out, check_exit=0)

    report = json.loads(files["json"].read_text("utf-8"))
    assert (report["final_event"], report["final_hash"]) == (final_id, final_hash)

    with (tmp_path / "day-summary.csv").open(encoding="utf-8-sig", newline="") as f:
        summary = list(csv.reader(f))
    assert summary[0][:3] == ["group", "key", "issued"] and summary[0][-1] == "name", "columns as they were"
    assert summary[1][:3] == ["total", "", str(report["total"]["issued"])]
    assert summary[-2:] == [["final_event", str(final_id), *[""] * (len(summary[0]) - 2)],
                            ["final_hash", final_hash, *[""] * (len(summary[0]) - 2)]]

    sheet = openpyxl.load_workbook(files["xlsx"]).worksheets[0]
    assert sheet["A3"].value == f"事件记录校验（kiosk verify）：最后一笔事件 {final_id}，SHA-256 {final_hash}"
    assert sheet["A4"].value == "分组", "the figures start where they did"

    pages = pdf_text(files["pdf"]).split("\f")[:-1]
    assert len(pages) >= 2
    for page in pages:
        assert f"最后一笔事件 {final_id}，SHA-256 {final_hash}" in page.replace("\n", " ")


def test_an_english_pdf_and_an_empty_day_say_so(day, tmp_path):
    out = tmp_path / "empty.pdf"
    kiosk("export", "--db", day, "--date", "2026-11-20", "--format", "pdf", "--out", out, "--lang", "en",
          check_exit=0)
    assert "Event log check (kiosk verify): no events in this range" in pdf_text(out)

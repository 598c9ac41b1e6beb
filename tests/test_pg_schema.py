"""The PostgreSQL schema (kiosk.store.pg_schema) on a real throwaway server: migrations applied once, even by
two stations at once; waiting_counts kept exactly as SQLite keeps it; events append-only; instr(); the
kiosk role's limits."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlite_utils import Database

from kiosk.store import pg_schema
from kiosk.store.schema import migrations

ADMIN = "kiosk_admin"
ALL = [name for name, _ in pg_schema.MIGRATIONS]  # every migration, in order


def _postgres_bin() -> Path | None:
    """The folder of initdb and pg_ctl: on the PATH, or where Debian puts PostgreSQL 15."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    debian = Path("/usr/lib/postgresql/15/bin")
    return debian if (debian / "initdb").exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway cluster on 127.0.0.1 (trust, superuser kiosk_admin); its connection settings."""
    bindir = _postgres_bin()
    if bindir is None:
        pytest.skip("PostgreSQL's initdb is not installed (Debian: apt-get install postgresql)")
    as_user: list[str] = []
    home = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
    if os.geteuid() == 0:  # initdb and postgres refuse root
        as_user = ["runuser", "-u", "postgres", "--"]
        shutil.chown(home, "postgres", "postgres")
    data, port = home / "data", _free_port()
    pg_ctl = [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-w"]
    run = {"check": True, "capture_output": True, "text": True}
    try:
        subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", ADMIN,
                        "-E", "UTF8", "--no-locale", "--no-sync"], **run)
        subprocess.run([*pg_ctl, "-l", str(home / "log"), "-o",
                        f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off", "start"], **run)
        yield {"host": "127.0.0.1", "port": port, "user": ADMIN}
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run([*pg_ctl, "-m", "immediate", "stop"], **run)
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def pg_db(pg_server, request):
    """A new empty database of its own for the test; its connection settings."""
    name = "t_" + request.node.name.lower().replace("[", "_").replace("]", "")[:50]
    with psycopg.connect(dbname="postgres", autocommit=True, **pg_server) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        admin.execute(sql.SQL("CREATE DATABASE {} STRATEGY FILE_COPY").format(sql.Identifier(name)))
    return {**pg_server, "dbname": name}


@pytest.fixture
def pg(pg_db):
    """The owner's connection to a migrated database; autocommit, as a command line would use it."""
    with psycopg.connect(autocommit=True, **pg_db) as conn:
        pg_schema.apply(conn)
        yield conn


_ISSUE = ("INSERT INTO tickets (business_day, issued_service, number, label, service, priority, status, "
          "issued_at, updated_at) VALUES ('2026-11-23', 'A', 1, 'A001', 'A', 'regular', 'waiting', 1, 1) "
          "RETURNING id")
_EVENT = ("INSERT INTO events (id, at, station, action, ticket_id, hash) "
          "VALUES (1, 1, 'kiosk', 'issue', %s, 'h')")


def _rows(conn, query: str, params=()) -> list[tuple]:
    return [tuple(r) for r in conn.execute(query, params).fetchall()]


# -- migrations ---------------------------------------------------------------------------------------------

def test_apply_twice_is_a_no_op(pg_db):
    with psycopg.connect(autocommit=True, **pg_db) as conn:
        assert pg_schema.pending(conn) == ALL
        assert pg_schema.apply(conn) == ALL
        conn.execute("INSERT INTO settings (key, value) VALUES ('branch_toml', 'kept')")
        assert pg_schema.pending(conn) == []
        assert pg_schema.apply(conn) == []
        assert _rows(conn, "SELECT name FROM kiosk_migrations ORDER BY name") == [(n,) for n in ALL]
        assert _rows(conn, "SELECT value FROM settings") == [("kept",)]


def _wait_for_lock(watcher, pid: int) -> None:
    """Until the backend `pid` waits on a lock (ten seconds at most)."""
    deadline = time.monotonic() + 10
    while _rows(watcher, "SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", [pid]) != [("Lock",)]:
        assert time.monotonic() < deadline, "the second station never waited for the first"
        time.sleep(0.01)


def test_a_station_starting_while_another_migrates_waits_and_finds_it_done(pg_db):
    """The first station's migration is in its (open) transaction; the second waits for its lock, then
    sees the schema made and applies nothing: no duplicate table, no error."""
    outcome: dict[str, object] = {}

    def second_station(conn):
        try:
            outcome["applied"] = pg_schema.apply(conn)
        except Exception as exc:  # reported by the assertion below, not lost in the thread
            outcome["error"] = exc

    with (psycopg.connect(**pg_db) as first, psycopg.connect(autocommit=True, **pg_db) as second,
          psycopg.connect(autocommit=True, **pg_db) as watcher):
        with first.transaction():
            assert pg_schema.apply(first) == ALL
            assert _rows(watcher, "SELECT to_regclass('tickets')") == [(None,)]  # not committed yet
            thread = threading.Thread(target=second_station, args=(second,))
            thread.start()
            _wait_for_lock(watcher, second.info.backend_pid)
        thread.join(10)
        assert outcome == {"applied": []}
        assert _rows(watcher, "SELECT name FROM kiosk_migrations ORDER BY name") == [(n,) for n in ALL]
        assert _rows(watcher, "SELECT count(*) FROM pg_class WHERE relname = 'tickets'") == [(1,)]


def test_four_stations_migrating_at_the_same_moment_make_one_schema(pg_db):
    barrier, results = threading.Barrier(4), []

    def station():
        with psycopg.connect(autocommit=True, **pg_db) as conn:
            barrier.wait()
            try:
                results.append(pg_schema.apply(conn))
            except Exception as exc:
                results.append(exc)

    threads = [threading.Thread(target=station) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert sorted(results, key=len) == [[], [], [], ALL]


# -- the same schema as SQLite ------------------------------------------------------------------------------

_TYPES = {"TEXT": "text", "INTEGER": "bigint", "REAL": "double precision"}


def _normal_sql(text: str | None) -> str | None:
    """An expression as both engines mean it: no casts, parentheses or case."""
    if text is None:
        return None
    for old, new in (("::text", ""), ("(", ""), (")", ""), ("!=", "<>")):
        text = text.replace(old, new)
    return " ".join(text.lower().split())


@pytest.fixture
def sqlite_db():
    db = Database(memory=True)
    migrations.apply(db)
    yield db
    db.close()


def test_the_tables_columns_indexes_keys_and_triggers_are_sqlites(pg, sqlite_db):
    lite = sqlite_db
    tables = sorted(n for n in lite.table_names() if not n.startswith("_sqlite"))
    assert sorted(n for (n,) in pg.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                                            "AND tablename != 'kiosk_migrations'")) == tables
    for table in tables:
        expected = [(name, _TYPES[kind], bool(notnull) or bool(pk), _normal_sql(default), pk > 0)
                    for _, name, kind, notnull, default, pk in lite.execute(f"PRAGMA table_info({table})")]
        got = _rows(pg, "SELECT c.column_name, c.data_type, c.is_nullable = 'NO', c.column_default, "
                        "a.attnum = ANY (i.indkey) FROM information_schema.columns c "
                        "JOIN pg_attribute a ON a.attrelid = %s::regclass AND a.attname = c.column_name "
                        "JOIN pg_index i ON i.indrelid = a.attrelid AND i.indisprimary "
                        "WHERE c.table_name = %s ORDER BY c.ordinal_position", [table, table])
        assert [(n, t, nn, _normal_sql(d), pk) for n, t, nn, d, pk in got] == expected, table
        identity = _rows(pg, "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                             "AND is_identity = 'YES'", [table])
        integer_id = expected[0][:2] == ("id", "bigint") and expected[0][4]
        assert identity == ([("id",)] if integer_id else []), table

        indexes = set()
        for _, name, unique, origin, partial in lite.execute(f"PRAGMA index_list({table})"):
            if origin == "c":
                columns = [c for _, _, c in lite.execute(f"PRAGMA index_info({name})")]
                index_sql = lite.execute("SELECT sql FROM sqlite_master WHERE name = ?", [name]).fetchone()[0]
                where = index_sql.split(" WHERE ", 1)[1] if partial else None
                indexes.add((name, bool(unique), tuple(columns), _normal_sql(where)))
        got = pg.execute(
            "SELECT c.relname, i.indisunique, array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY "
            "k(attnum, n) JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
            "ORDER BY n), pg_get_expr(i.indpred, i.indrelid) FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = %s::regclass AND NOT i.indisprimary",
            [table])
        assert {(n, u, tuple(c), _normal_sql(w)) for n, u, c, w in got} == indexes, table

        keys = {(r[3], r[2], r[4]) for r in lite.execute(f"PRAGMA foreign_key_list({table})")}
        assert set(_rows(pg, "SELECT a.attname, r.relname, ra.attname FROM pg_constraint k "
                             "JOIN pg_class r ON r.oid = k.confrelid "
                             "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
                             "JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = k.confkey[1] "
                             "WHERE k.conrelid = %s::regclass AND k.contype = 'f'", [table])) == keys, table
    triggers = {n for (n,) in lite.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {n for (n,) in pg.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")} == {
        *triggers, "events_append_only_truncate"}


def test_text_sorts_as_on_sqlite_whatever_the_servers_locale(pg_server, sqlite_db):
    """A server made with an English ICU locale would sort 'a' before 'B' and skip '_'; the store's lists
    (counters' services, staff numbers, labels) keep SQLite's byte order."""
    with psycopg.connect(dbname="postgres", autocommit=True, **pg_server) as admin:
        admin.execute("DROP DATABASE IF EXISTS english WITH (FORCE)")
        admin.execute("CREATE DATABASE english LOCALE_PROVIDER icu ICU_LOCALE 'en-US' TEMPLATE template0")
    numbers = ["b", "B", "a", "_a", "A2", "a1", "Z", "10", "9", "号"]
    insert = "INSERT INTO staff (number, name, role, pin_hash) VALUES (?, 'n', 'teller', 'h')"
    with psycopg.connect(dbname="english", autocommit=True, **pg_server) as conn:
        pg_schema.apply(conn)
        for number in numbers:
            conn.execute(insert.replace("?", "%s"), [number])
            sqlite_db.execute(insert, [number])
        ordered = "SELECT number FROM staff ORDER BY number"
        assert _rows(conn, ordered) == _rows(sqlite_db, ordered)
        above = "SELECT count(*) FROM staff WHERE number > 'a'"
        assert _rows(conn, above) == _rows(sqlite_db, above)


# -- waiting_counts, as SQLite's triggers keep it -----------------------------------------------------------

_TICKET = ("INSERT INTO tickets (id, business_day, issued_service, number, label, service, priority, status, "
           "issued_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1.5, 1.5)")
_COUNTING_STEPS = [
    (_TICKET, [1, "2026-11-23", "A", 1, "A001", "A", "regular", "waiting"]),
    (_TICKET, [2, "2026-11-23", "A", 2, "A002", "A", "regular", "waiting"]),
    (_TICKET, [3, "2026-11-23", "B", 1, "B001", "B", "elderly", "waiting"]),
    (_TICKET, [4, "2026-11-23", "A", 3, "A003", "A", "regular", "called"]),  # never waiting: not counted
    ("UPDATE tickets SET status = 'called', counter = 1 WHERE id = 1", []),  # called
    ("UPDATE tickets SET status = 'waiting', counter = NULL WHERE id = 1", []),  # reinstated
    ("UPDATE tickets SET service = 'B' WHERE id = 2", []),  # moved to another queue while waiting
    ("UPDATE tickets SET priority = 'regular' WHERE id = 3", []),  # another class while waiting
    ("UPDATE tickets SET updated_at = 9.5, recalls = 2 WHERE id = 2", []),  # columns not counted
    ("UPDATE tickets SET status = 'waiting' WHERE id = 2", []),  # no change: leaves and joins again
    ("UPDATE tickets SET status = 'called' WHERE service = 'B'", []),  # several rows at once
    ("UPDATE tickets SET status = 'waiting', service = 'C' WHERE id = 4", []),  # transferred back
    ("INSERT INTO tickets (id, business_day, issued_service, number, label, service, priority, status, "
     "issued_at, updated_at) VALUES (5, '2026-11-24', 'A', 1, 'A001', 'A', 'vip', 'waiting', 2, 2), "
     "(6, '2026-11-24', 'A', 2, 'A002', 'A', 'vip', 'waiting', 2, 2)", []),  # the next day, two at once
    ("DELETE FROM tickets WHERE id = 1", []),  # a waiting ticket
    ("DELETE FROM tickets WHERE id = 2", []),  # a called one
    ("UPDATE tickets SET status = 'waiting', priority = 'vip'", []),  # every row
    ("UPDATE tickets SET status = 'done' WHERE business_day = '2026-11-24'", []),
    ("DELETE FROM tickets", []),
]


def test_waiting_counts_follow_every_change_exactly_as_on_sqlite(pg, sqlite_db):
    counts = "SELECT business_day, service, priority, waiting FROM waiting_counts ORDER BY 1, 2, 3"
    for statement, params in _COUNTING_STEPS:
        sqlite_db.execute(statement, params)
        pg.execute(statement.replace("?", "%s"), params)
        assert _rows(pg, counts) == _rows(sqlite_db, counts), statement
    assert _rows(pg, counts)  # the rows stay, at zero, as on SQLite


# -- events, instr ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("statement", [
    "UPDATE events SET station = 'forged'",
    "DELETE FROM events",
    "TRUNCATE events",
    "TRUNCATE tickets CASCADE",
])
def test_events_cannot_be_changed_or_removed_even_by_the_owner(pg, statement):
    ticket = pg.execute(_ISSUE).fetchone()[0]
    pg.execute(_EVENT, [ticket])
    with pytest.raises(psycopg.errors.RaiseException, match="events are append-only"):
        pg.execute(statement)
    assert _rows(pg, "SELECT id, station FROM events") == [(1, "kiosk")]


def test_instr_answers_as_sqlites(pg, sqlite_db):
    cases = [("abc", "c"), ("abc", "x"), ("abc", ""), ("", ""), (",A,B,", ",B,"), ("排队A号", "A"),
             ("A", "a"), (None, "a"), ("a", None)]
    for haystack, needle in cases:
        expected = sqlite_db.execute("SELECT instr(?, ?)", [haystack, needle]).fetchone()[0]
        assert pg.execute("SELECT instr(%s, %s)", [haystack, needle]).fetchone()[0] == expected
    # as the wait estimate uses it: the counters serving a service
    pg.execute("INSERT INTO counters (number, services, mode) "
               "VALUES (1, 'A,B', 'normal'), (2, 'BA', 'normal')")
    assert _rows(pg, "SELECT number FROM counters WHERE instr(',' || services || ',', ',' || %s || ',') > 0",
                 ["A"]) == [(1,)]


# -- roles --------------------------------------------------------------------------------------------------

def _login(pg, name: str, group: str) -> None:
    """A station's login role (no password: the test cluster trusts 127.0.0.1), member of `group`."""
    pg.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
    pg.execute(sql.SQL("CREATE ROLE {} LOGIN IN ROLE {}").format(sql.Identifier(name), sql.Identifier(group)))


@pytest.fixture
def branch(pg):
    """A migrated database with the roles, a configuration, a counter, a staff account and a booking."""
    pg_schema.create_roles(pg)
    pg_schema.create_roles(pg)  # again: nothing changes, nothing fails
    pg.execute("INSERT INTO settings (key, value) VALUES ('branch_toml', '[branch]')")
    pg.execute("INSERT INTO counters (number, services, mode) VALUES (1, 'A', 'closed')")
    pg.execute("INSERT INTO staff (number, name, role, pin_hash) VALUES ('1001', 'Wang Fang', 'teller', "
               "'scrypt$secret')")
    pg.execute("INSERT INTO appointments (code, service, due_at, status) "
               "VALUES ('12345678', 'A', 1, 'booked')")
    return pg


def _denied(conn, statement: str) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege), conn.transaction():
        conn.execute(statement)


def test_a_kiosk_issues_tickets_and_asks_for_help_but_cannot_read_staff_or_change_settings(branch, pg_db):
    _login(branch, "kiosk_door", pg_schema.STATION)
    with psycopg.connect(autocommit=True, **{**pg_db, "user": "kiosk_door"}) as kiosk:
        assert pg_schema.pending(kiosk) == [] and pg_schema.apply(kiosk) == []
        assert _rows(kiosk, "SELECT value FROM settings") == [("[branch]",)]
        assert _rows(kiosk, "SELECT number, services, mode FROM counters") == [(1, "A", "closed")]
        ticket = kiosk.execute(_ISSUE).fetchone()[0]
        assert _rows(kiosk, "SELECT lastval()") == [(ticket,)]
        assert _rows(kiosk, "SELECT service, waiting FROM waiting_counts") == [("A", 1)]  # the trigger's work
        assert _rows(kiosk, "SELECT id, hash FROM events ORDER BY id DESC LIMIT 1") == []
        kiosk.execute(_EVENT, [ticket])
        assert kiosk.execute("INSERT INTO help_requests (at, station, kind, status) "
                             "VALUES (1, 'kiosk', 'call_staff', 'open') RETURNING id").fetchone()[0] == 1
        kiosk.execute("UPDATE appointments SET status = 'checked_in', ticket_id = %s WHERE code = '12345678'",
                      [ticket])
        for statement in ("SELECT * FROM staff", "SELECT pin_hash FROM staff", "SELECT number FROM staff",
                          "UPDATE settings SET value = 'x'", "INSERT INTO settings VALUES ('k', 'v')",
                          "DELETE FROM settings", "UPDATE counters SET mode = 'normal'",
                          "UPDATE staff SET failed_pins = 0", "UPDATE tickets SET status = 'called'",
                          "DELETE FROM tickets", "UPDATE events SET station = 'x'", "DELETE FROM events",
                          "TRUNCATE events", "INSERT INTO waiting_counts VALUES ('d', 'A', 'regular', 9)",
                          "UPDATE waiting_counts SET waiting = 0", "SELECT note FROM help_requests",
                          "UPDATE appointments SET code = '1'", "SELECT * FROM assistance",
                          "INSERT INTO assistance (at, kind) VALUES (1, 'other')"):
            _denied(kiosk, statement)
    assert _rows(branch, "SELECT label, status FROM tickets") == [("A001", "waiting")]
    assert _rows(branch, "SELECT status, ticket_id FROM appointments") == [("checked_in", ticket)]
    assert _rows(branch, "SELECT value FROM settings") == [("[branch]",)]


def test_the_counts_cannot_be_steered_through_a_kiosks_search_path(branch, pg_db):
    """The trigger functions run with their own search path: a waiting_counts table of the kiosk's
    session, put first on its path, is not the one they write."""
    _login(branch, "kiosk_door", pg_schema.STATION)
    with psycopg.connect(autocommit=True, **{**pg_db, "user": "kiosk_door"}) as kiosk:
        kiosk.execute("CREATE TEMP TABLE waiting_counts (business_day text, service text, priority text, "
                      "waiting bigint, PRIMARY KEY (business_day, service, priority))")
        kiosk.execute("SET search_path = pg_temp, public")
        kiosk.execute(_ISSUE)
        assert _rows(kiosk, "SELECT * FROM pg_temp.waiting_counts") == []
    assert _rows(branch, "SELECT service, waiting FROM waiting_counts") == [("A", 1)]


def test_staff_stations_sign_in_and_serve_but_cannot_rewrite_events(branch, pg_db):
    _login(branch, "console_1", pg_schema.STAFF)
    with psycopg.connect(autocommit=True, **{**pg_db, "user": "console_1"}) as console:
        assert _rows(console, "SELECT pin_hash FROM staff WHERE number = '1001'") == [("scrypt$secret",)]
        console.execute("UPDATE staff SET failed_pins = 1, locked_until = 5 WHERE number = '1001'")
        ticket = console.execute(_ISSUE).fetchone()[0]
        console.execute("UPDATE tickets SET status = 'called', counter = 1 WHERE id = %s", [ticket])
        console.execute("UPDATE counters SET mode = 'normal', current_ticket_id = %s", [ticket])
        console.execute(_EVENT, [ticket])
        console.execute("INSERT INTO settings (key, value) VALUES ('branch_toml', 'new') "
                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
        console.execute("INSERT INTO assistance (at, ticket_id, kind) VALUES (1, %s, 'magnifier') "
                        "RETURNING id", [ticket])
        console.execute("INSERT INTO counters (number, services, mode) VALUES (2, 'A', 'closed')")
        console.execute("DELETE FROM counters WHERE number = 2")
        assert _rows(console, "SELECT service, waiting FROM waiting_counts") == [("A", 0)]
        for statement in ("UPDATE events SET station = 'x'", "DELETE FROM events", "TRUNCATE events",
                          "DELETE FROM staff", "DELETE FROM tickets", "UPDATE waiting_counts SET waiting = 9",
                          "DROP TABLE settings"):
            with pytest.raises((psycopg.errors.InsufficientPrivilege, psycopg.errors.RaiseException)), \
                    console.transaction():
                console.execute(statement)
    assert _rows(branch, "SELECT failed_pins, locked_until FROM staff") == [(1, 5.0)]


def test_granting_again_takes_back_what_a_role_should_not_have(branch, pg_db):
    branch.execute("GRANT UPDATE ON settings TO kiosk_station")
    pg_schema.create_roles(branch)
    _login(branch, "kiosk_door", pg_schema.STATION)
    with psycopg.connect(autocommit=True, **{**pg_db, "user": "kiosk_door"}) as kiosk:
        _denied(kiosk, "UPDATE settings SET value = 'x'")

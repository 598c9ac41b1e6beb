"""The tests' throwaway PostgreSQL server: fresh databases, a restart keeps the data, nothing left behind."""
from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import psycopg
import pytest

from tests.pg_server import SUPERUSER, PostgresMissing, find_bindir

ROOT = Path(__file__).parents[1]


def _rows(url: str, sql: str) -> list[tuple]:
    with psycopg.connect(url) as conn:
        return conn.execute(sql).fetchall()


def test_the_server_answers_on_its_url_as_the_tests_superuser(pg_server):
    url = pg_server.url("postgres")
    assert url == f"postgresql://kiosk_admin@127.0.0.1:{pg_server.port}/postgres"
    settings = _rows(url, "SELECT current_user, current_setting('server_encoding'), "
                          "current_setting('lc_collate'), current_setting('max_connections')::int")
    assert settings == [(SUPERUSER, "UTF8", "C", 200)]


def test_two_fresh_databases_are_empty_and_independent(pg_server, pg_url):
    other = pg_server.create_database()
    assert other != pg_url
    with psycopg.connect(pg_url) as conn:
        conn.execute("CREATE TABLE tickets (label text)")
        conn.execute("INSERT INTO tickets VALUES ('A001')")
    tables = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
    assert _rows(pg_url, tables) == [("tickets",)]
    assert _rows(other, tables) == []
    pg_server.drop_database(other)


def test_a_restart_ends_open_sessions_and_keeps_the_data_at_the_same_url(pg_server, pg_url):
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE tickets (label text)")
        conn.execute("INSERT INTO tickets VALUES ('A001')")
        pg_server.restart()
        with pytest.raises(psycopg.OperationalError):
            conn.execute("SELECT count(*) FROM tickets")
    assert _rows(pg_url, "SELECT label FROM tickets") == [("A001",)]


def test_a_machine_without_postgresql_is_told_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(PostgresMissing, match=r"apt-get install postgresql.*make system-deps"):
        find_bindir(debian_root=tmp_path)


CRASHING_RUN = """
import datetime, json, sys
sys.path.insert(0, "tests")
from pg_server import PgServer
server = PgServer()
with server.connect() as conn:
    server_now = conn.execute("SELECT now()").fetchone()[0]
server.restart()
with server.connect() as conn:
    after_restart = conn.execute("SELECT now()").fetchone()[0]
print(json.dumps({"root": str(server.root), "port": server.port, "server_now": server_now.isoformat(),
                  "after_restart": after_restart.isoformat(),
                  "own_now": datetime.datetime.now(datetime.timezone.utc).isoformat()}), flush=True)
raise RuntimeError("the test run crashes")
"""


def test_a_crashed_run_under_faketime_leaves_no_server_behind():
    """`make test-clock` runs everything under libfaketime: the server keeps the real clock (under the
    faked one each server process would restart the clock at the faked instant, and time would run
    back at a restart), and an unhandled exit still stops and removes it."""
    run = subprocess.run(["faketime", "-f", "@2032-02-29 03:30:00", sys.executable, "-c", CRASHING_RUN],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 1 and "the test run crashes" in run.stderr
    seen = json.loads(run.stdout)
    assert seen["own_now"].startswith("2032-02-29T03:30")
    assert not seen["server_now"].startswith("2032-02-29")
    assert datetime.fromisoformat(seen["after_restart"]) >= datetime.fromisoformat(seen["server_now"])
    assert not Path(seen["root"]).exists()
    with socket.socket() as probe, pytest.raises(ConnectionRefusedError):
        probe.connect(("127.0.0.1", seen["port"]))


KILLED_RUN = """
import json, os, signal, sys
sys.path.insert(0, "tests")
from pg_server import PgServer
server = PgServer()
print(json.dumps({"root": str(server.root), "port": server.port}), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_killed_run_leaves_no_server_behind():
    """No atexit runs after SIGKILL (a CI timeout, the OOM killer): the server's watchdog cleans up."""
    run = subprocess.run([sys.executable, "-c", KILLED_RUN], cwd=ROOT, capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == -signal.SIGKILL
    seen = json.loads(run.stdout)
    deadline = time.monotonic() + 10
    while Path(seen["root"]).exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not Path(seen["root"]).exists()
    with socket.socket() as probe, pytest.raises(ConnectionRefusedError):
        probe.connect(("127.0.0.1", seen["port"]))

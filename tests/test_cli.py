"""The CLI's machine-readable contract: JSON on stdout, exit 0/2/3, one `error:` line, no traceback; the
same on a SQLite file as on a PostgreSQL URL (`--db postgresql://user@127.0.0.1:PORT/dbname`)."""
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk import cli as kiosk_cli
from kiosk.core import clock as kiosk_clock


def kiosk(*args, check_exit=None, user=None):
    """`kiosk ARGS…` as its own process (a real interpreter, environment and clock; `user`: under setpriv)."""
    cmd = [sys.executable, "-m", "kiosk", *map(str, args)]
    if user:
        cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *cmd]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
    if check_exit is not None:
        assert out.returncode == check_exit, (out.stdout, out.stderr)
    return out


def kiosk_here(*args, check_exit=None):
    """`kiosk ARGS…` through `kiosk.cli.main` in this process, as the process would run it: the real clock
    (not the test's frozen one: give --at), empty stdin, warnings logged to stderr; the same
    CompletedProcess back. Only for the contract of a command's output, error line and exit code."""
    argv = list(map(str, args))
    last_resort = logging.StreamHandler()
    last_resort.setLevel(logging.WARNING)
    saved_clock, kiosk_clock.SYSTEM = kiosk_clock.SYSTEM, kiosk_clock.SystemClock()
    try:
        with CliRunner().isolation() as (stdout, stderr, _):
            last_resort.setStream(sys.stderr)
            logging.getLogger().addHandler(last_resort)
            try:
                kiosk_cli.main(argv)
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
                if isinstance(exc.code, str):
                    print(exc.code, file=sys.stderr)
            finally:
                logging.getLogger().removeHandler(last_resort)
            sys.stdout.flush()
            sys.stderr.flush()
            out = subprocess.CompletedProcess(["kiosk", *argv], code, stdout.getvalue().decode(),
                                              stderr.getvalue().decode())
    finally:
        kiosk_clock.SYSTEM = saved_clock
    if check_exit is not None:
        assert out.returncode == check_exit, (out.stdout, out.stderr)
    return out


def ok(*args, process=False):
    """A command that must succeed: its JSON (`process`: run as its own process)."""
    return json.loads((kiosk if process else kiosk_here)(*args, check_exit=0).stdout)


def proc_ok(*args):
    """`ok` from a real `python -m kiosk` process."""
    return ok(*args, process=True)


def user_error(*args, process=False):
    """A command that must refuse: exit 2, nothing on stdout, one `error:` line and no traceback."""
    out = (kiosk if process else kiosk_here)(*args, check_exit=2)
    assert out.stdout == ""
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), out.stderr
    assert "Traceback" not in out.stderr
    return lines[0]


@pytest.fixture
def db(db_target):
    """An initialised queue database, once per engine (tests/conftest.py), unless marked sqlite_only."""
    ok("init", "--db", db_target)
    return db_target


def test_issue_call_and_lifecycle_contract(db):
    """The core contract from the real interpreter, each command its own process."""
    first = proc_ok("issue", "--db", db, "--service", "A", "--at", "2026-11-23T09:00:00")
    assert first == {"id": 1, "ticket": "A001", "service": "A", "priority": "regular", "ahead": 0,
                     "eta_minutes": 0, "eta_seconds": 0, "eta_range": None,
                     "issued_at": "2026-11-23T09:00:00+08:00", "drill": None}
    second = proc_ok("issue", "--db", db, "--service", "A", "--priority", "elderly", "--lang", "en",
                "--at", "2026-11-23T09:01:00+08:00")
    assert (second["ticket"], second["priority"], second["ahead"]) == ("A002", "elderly", 0)
    third = proc_ok("issue", "--db", db, "--service", "A", "--at", "2026-11-23T09:02")
    # none open yet: told the wait once the 4 counters configured for A open, which call all three at once
    assert (third["ticket"], third["ahead"], third["eta_minutes"], third["eta_seconds"]) == ("A003", 2, 0, 0)

    assert proc_ok("open", "--db", db, "--counter", 1, "--services", "A,B", "--at", "2026-11-23T09:05") == {
        "counter": 1, "mode": "normal", "services": ["A", "B"]}
    called = proc_ok("call", "--db", db, "--counter", 1, "--at", "2026-11-23T09:13")
    assert called == {"ticket": "A002", "id": 2, "counter": 1,
                      "reason": "elderly, waited 12 min + 30 head start"}
    assert proc_ok("recall", "--db", db, "--counter", 1, "--at", "2026-11-23T09:14")["status"] == "called"
    assert proc_ok("start", "--db", db, "--counter", 1, "--at", "2026-11-23T09:15")["status"] == "serving"
    moved = proc_ok("transfer", "--db", db, "--counter", 1, "--to-service", "B", "--at", "2026-11-23T09:16")
    assert (moved["ticket"], moved["service"], moved["status"]) == ("A002", "B", "waiting")
    # the transferred ticket keeps its place (issued 09:01, elderly) and counter 1 also serves B
    again = proc_ok("call", "--db", db, "--counter", 1, "--at", "2026-11-23T09:17")
    assert (again["ticket"], again["reason"]) == ("A002", "elderly, waited 16 min + 30 head start")
    proc_ok("start", "--db", db, "--counter", 1, "--at", "2026-11-23T09:17")
    proc_ok("finish", "--db", db, "--counter", 1, "--at", "2026-11-23T09:18")
    assert proc_ok("call", "--db", db, "--counter", 1, "--at", "2026-11-23T09:19")["ticket"] == "A001"
    assert proc_ok("no-show", "--db", db, "--counter", 1, "--at", "2026-11-23T09:20")["status"] == "no_show"
    back = proc_ok("reinstate", "--db", db, "--ticket", "A001", "--at", "2026-11-23T09:25")
    assert back["status"] == "waiting"
    assert proc_ok("call", "--db", db, "--counter", 1, "--at", "2026-11-23T09:26")["ticket"] == "A001"
    proc_ok("start", "--db", db, "--counter", 1, "--at", "2026-11-23T09:27")
    assert proc_ok("finish", "--db", db, "--counter", 1, "--at", "2026-11-23T09:30")["status"] == "done"

    status = proc_ok("status", "--db", db, "--at", "2026-11-23T09:31")
    assert status["waiting"] == {"A": 1, "B": 0, "C": 0, "D": 0, "E": 0, "F": 0}
    assert status["waiting_by_class"]["A"] == {"regular": 1}
    assert status["counters"][0]["mode"] == "normal" and status["counters"][0]["ticket"] is None
    assert proc_ok("close", "--db", db, "--counter", 1, "--at", "2026-11-23T09:40")["mode"] == "closed"


def test_transfer_to_a_counter(db):
    ok("issue", "--db", db, "--service", "A", "--at", "2026-11-23T09:00")
    ok("issue", "--db", db, "--service", "A", "--at", "2026-11-23T09:01")
    for counter in (1, 2):
        ok("open", "--db", db, "--counter", counter, "--services", "A", "--at", "2026-11-23T09:02")
    assert ok("call", "--db", db, "--counter", 1, "--at", "2026-11-23T09:03")["ticket"] == "A001"
    line = user_error("transfer", "--db", db, "--counter", 1)
    assert line == "error: transfer: give --to-service CODE, --to-counter N, or both"
    assert user_error("transfer", "--db", db, "--counter", 1, "--to-counter", 4).startswith(
        "error: counter 4 is closed")
    moved = ok("transfer", "--db", db, "--counter", 1, "--to-counter", 2, "--at", "2026-11-23T09:04")
    assert moved == {"id": 1, "ticket": "A001", "service": "A", "priority": "regular", "status": "waiting",
                     "counter": None, "issued_at": "2026-11-23T09:00:00+08:00", "reserved_counter": 2}
    assert ok("call", "--db", db, "--counter", 1, "--at", "2026-11-23T09:05")["ticket"] == "A002"
    again = ok("call", "--db", db, "--counter", 2, "--at", "2026-11-23T09:06")
    assert (again["ticket"], again["reason"]) == ("A001", "transferred from counter 1, waited 6 min")
    both = ("transfer", "--db", db, "--counter", 2, "--to-service", "B", "--to-counter", 1,
            "--at", "2026-11-23T09:07")
    assert user_error(*both) == "error: counter 1 does not serve B (it serves A)"
    ok("open", "--db", db, "--counter", 1, "--services", "A,B", "--at", "2026-11-23T09:07")
    both = ok(*both)
    assert (both["service"], both["reserved_counter"]) == ("B", 1)


def test_call_with_nothing_waiting_exits_3_with_null_ticket(db):
    ok("open", "--db", db, "--counter", 2, "--mode", "love")
    ok("issue", "--db", db, "--service", "A")  # regular: a love window never calls it
    out = kiosk("call", "--db", db, "--counter", 2, check_exit=3)
    assert json.loads(out.stdout) == {"ticket": None, "id": None, "counter": 2,
                                      "reason": "no ticket is waiting"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["issue", "--service", "Z"], "error: unknown service 'Z' (this branch has A, B, C, D, E, F)"),
        (["issue", "--service", "A", "--priority", "king"], "error: unknown priority class 'king'"),
        (["issue", "--service", "A", "--at", "yesterday"], "error: --at: 'yesterday' is not an ISO 8601"),
        (["call", "--counter", "1"], "error: counter 1 is closed; open it first"),
        (["finish", "--counter", "1"], "error: counter 1 has no current ticket to finish"),
        (["reinstate", "--ticket", "A999"], "error: no ticket A999 on"),
        (["open", "--counter", "42"], "error: unknown counter 42"),
        (["issue"], "error: Missing option '--service'."),
        (["frobnicate"], "error: No such command 'frobnicate'."),
    ],
)
def test_user_errors_exit_2_with_one_line(db, args, message):
    cmd = args[:1] + ["--db", db] + args[1:] if args[0] != "frobnicate" else args
    assert user_error(*cmd).startswith(message)


def test_time_before_the_tickets_last_event_is_refused(db):
    ok("issue", "--db", db, "--service", "A", "--at", "2026-11-23T10:00")
    ok("open", "--db", db, "--counter", 1, "--at", "2026-11-23T10:00")
    ok("call", "--db", db, "--counter", 1, "--at", "2026-11-23T10:05")
    line = user_error("start", "--db", db, "--counter", 1, "--at", "2026-11-23T10:01")
    assert "earlier than ticket A001's last event" in line


@pytest.mark.sqlite_only("a missing and a damaged file")
def test_missing_corrupt_database_and_bad_config(tmp_path):
    assert "does not exist" in user_error("status", "--db", tmp_path / "none.db")
    bad = tmp_path / "bad.db"
    bad.write_text("hello")
    assert "not a queue database or is damaged" in user_error("status", "--db", bad)
    cfg = tmp_path / "branch.toml"
    cfg.write_text('[branch]\nname = "X"\ntime_zone = "Nowhere/City"\n')
    line = user_error("init", "--db", tmp_path / "new.db", "--config", cfg)
    assert line.startswith("error: branch.time_zone: unknown time zone 'Nowhere/City'")
    assert "cannot read" in user_error("init", "--db", tmp_path / "n2.db", "--config", tmp_path / "x.toml")


def test_init_loads_a_config_and_is_idempotent(tmp_path, db_target):
    from kiosk.core.config import default_toml

    cfg = tmp_path / "branch.toml"
    cfg.write_text(default_toml().replace('name = "Demo Branch"', 'name = "Riverside"'), "utf-8")
    db = db_target
    assert ok("init", "--db", db, "--config", cfg)["branch"] == "Riverside"
    ok("issue", "--db", db, "--service", "A", "--at", "2026-11-23T09:00:00+08:00")
    assert ok("init", "--db", db)["branch"] == "Riverside", "re-running init keeps config and tickets"
    # both at one instant: at the real time the run could cross the branch's midnight in between
    assert ok("status", "--db", db, "--at", "2026-11-23T09:00:01+08:00")["waiting"]["A"] == 1


@pytest.mark.sqlite_only("a folder the user may not write, for the database file")
@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root to drop to nobody")
def test_read_only_folder_is_explained(tmp_path):
    folder = Path(tempfile.mkdtemp(prefix="kiosk-ro-"))
    try:
        os.chmod(folder, 0o555)
        out = kiosk("init", "--db", folder / "q.db", user="65534", check_exit=2)
        assert out.stderr.startswith("error: cannot open database") or "read-only" in out.stderr
        assert "Traceback" not in out.stderr
    finally:
        shutil.rmtree(folder)


def test_staff_commands_add_list_deactivate_and_errors(db):
    added = ok("staff", "add", "--db", db, "--number", "1001", "--name", "王芳", "--role", "teller",
               "--pin", "135790")
    assert added == {"number": "1001", "name": "王芳", "role": "teller"}
    assert ok("staff", "deactivate", "--db", db, "--number", "1001") == {"number": "1001", "active": False}
    assert ok("staff", "list", "--db", db)[0]["active"] is False
    assert ok("staff", "activate", "--db", db, "--number", "1001")["active"] is True
    assert "no staff number 9999" in user_error("staff", "deactivate", "--db", db, "--number", "9999")
    assert "PIN is 6 to 8 digits" in user_error("staff", "passwd", "--db", db, "--number", "1001",
                                                "--pin", "12")


@pytest.mark.sqlite_only("the database is a file (and -wal) that an output file could overwrite")
def test_export_and_backup_refuse_to_overwrite_the_database(db):
    ok("issue", "--db", db, "--service", "A", "--at", "2026-11-23T09:00:00")
    for args in (("export", "--db", db, "--date", "2026-11-23", "--format", "json", "--out", db),
                 ("backup", "--db", db, "--out", db),
                 ("backup", "--db", db, "--out", f"{db}-wal")):
        assert "is the queue database itself" in user_error(*args)
    assert ok("status", "--db", db)["counters"], "the database is untouched and still opens"


def test_demo_opens_all_four_stations_on_a_demo_database(db_target):
    db = db_target
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1]), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-m", "kiosk", "demo", "--db", str(db), "--quit-after", "1500"],
                         capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 0, out.stderr
    assert "demo lobby manager 0001, PIN 123456; demo manager 0009, PIN 999999" in out.stderr
    assert json.loads(out.stdout)["waiting_total"] == 5
    staff = {s["number"]: s["role"] for s in ok("staff", "list", "--db", db)}
    assert staff == {"0001": "lobby_manager", "0009": "manager"}
    again = ok("demo", "--db", db, "--status-only")
    assert again["waiting_total"] == 5, "a second demo start adds no tickets twice"

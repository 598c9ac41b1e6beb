"""The branch's PostgreSQL server restarts while a kiosk and four consoles (separate processes) work:
every station reconnects by itself, no acknowledged ticket is lost, no number is given twice."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from kiosk.core.config import default_toml
from kiosk.store import QueueStore, StoreError

CONSOLES = 4
SERVICES = ("A", "B")
ROOT = Path(__file__).resolve().parents[1]
# What a station may meet while the server is away: the connection lost, or the writers' lock held too long.
OUTAGE_REASONS = {"connection_lost", "busy"}
RETRY_S = 0.02
WORKER = "import sys; from tests.test_pg_network_fault import work; work(*sys.argv[1:])"


def _config() -> str:
    text = default_toml()
    counters = "".join(f'[[counters]]\nnumber = {n}\nservices = ["A", "B"]\n\n'
                       for n in range(1, CONSOLES + 1))
    return text[: text.index("[[counters]]")] + counters


# -- the stations (child processes; the store's default clock, never the test's) ---------------------


class _Acks:
    """One line per acknowledged result (the call returned without error), flushed at once:
    `<kind> <monotonic time> <json>`. The times are for a person reading the log: under libfaketime each
    process's clock starts apart, so the test compares counts, never times across processes."""

    def __init__(self, path: str):
        self.file = open(path, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - the process's lifetime

    def __call__(self, kind: str, **what) -> None:
        self.file.write(f"{kind} {time.monotonic()!r} {json.dumps(what)}\n")


def _outage(acks: _Acks, exc: StoreError) -> None:
    """An error the station shows and retries after; anything else ends the process with a traceback."""
    if exc.reason not in OUTAGE_REASONS:
        raise exc
    acks("error", reason=exc.reason, message=str(exc))
    time.sleep(RETRY_S)


def _kiosk(store: QueueStore, acks: _Acks, stop: Path) -> None:
    n = 0
    while not stop.exists():
        try:
            ticket = store.issue_ticket(SERVICES[n % 2]).ticket
        except StoreError as exc:
            _outage(acks, exc)
            continue
        acks("issue", id=ticket.id, day=ticket.business_day, label=ticket.label)
        n += 1
        time.sleep(0.005)  # a kiosk prints a few tickets a second at most; keep the consoles busy, not buried


def _console(store: QueueStore, counter: int, acks: _Acks, stop: Path) -> None:
    store.open_counter(counter)
    acks("open", counter=counter)
    current = None  # the ticket at this counter, as last acknowledged; read again after an outage
    status = None
    while not stop.exists():
        try:
            if current is None:
                choice = store.call_next(counter)
                if choice is None:
                    time.sleep(RETRY_S)
                    continue
                current, status = choice.ticket.id, "called"
                acks("call", id=current, label=choice.ticket.label, counter=counter)
            elif status == "called":
                ticket = store.start(counter)
                status = "serving"
                acks("start", id=ticket.id, counter=counter)
            else:
                ticket = store.finish(counter)
                current = status = None
                acks("finish", id=ticket.id, counter=counter)
        except StoreError as exc:
            _outage(acks, exc)
            current, status = _at_counter(store, counter, acks)


def _at_counter(store: QueueStore, counter: int, acks: _Acks) -> tuple[int | None, str | None]:
    """After an error the last action may or may not have been saved: read what the counter holds."""
    while True:
        try:
            desk = next(c for c in store.counters() if c.number == counter)
            if desk.current_ticket_id is None:
                return None, None
            return desk.current_ticket_id, store.ticket_by_id(desk.current_ticket_id).status.value
        except StoreError as exc:
            _outage(acks, exc)


def work(role: str, url: str, out: str, stop: str) -> None:
    """One station: `kiosk` or `console-N`, until the file `stop` exists."""
    acks = _Acks(out)
    store = QueueStore(url, station=role)
    acks("ready")
    if role == "kiosk":
        _kiosk(store, acks, Path(stop))
    else:
        _console(store, int(role.split("-")[1]), acks, Path(stop))
    store.close()
    acks("done")


# -- the test --------------------------------------------------------------------------------------


def _read(path: Path) -> list[tuple[str, float, dict]]:
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [(kind, float(at), json.loads(what)) for kind, at, what in (line.split(" ", 2) for line in lines)]


def _wait_for(condition, timeout: float, what: str, procs: dict) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        for role, (proc, err) in procs.items():
            assert proc.poll() is None, f"{role} ended ({proc.returncode}):\n{err.read_text()}"
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.02)


def test_stations_reconnect_after_a_server_restart_and_lose_nothing(pg_server, pg_url, tmp_path):
    QueueStore.init(pg_url, _config()).close()
    roles = ["kiosk", *(f"console-{n}" for n in range(1, CONSOLES + 1))]
    stop = tmp_path / "stop"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    procs = {}
    try:
        for role in roles:
            err = tmp_path / f"{role}.err"
            with err.open("wb") as stderr:
                proc = subprocess.Popen([sys.executable, "-c", WORKER, role, pg_url, str(tmp_path / role),
                                         str(stop)], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL, stderr=stderr)
            procs[role] = (proc, err)

        def acked(role: str) -> int:
            return sum(kind not in ("error", "ready", "open") for kind, _, _ in _read(tmp_path / role))

        # Counted, not timed: under libfaketime (make test-clock) each process's clock starts at the faked
        # instant when it starts, so the stations' times and the test's do not compare.
        _wait_for(lambda: all(acked(role) >= 5 for role in roles), 30, "every station acknowledged 5 actions",
                  procs)
        began = time.monotonic()
        pg_server.restart()
        back = time.monotonic()
        after = {role: acked(role) for role in roles}  # what each had acknowledged once the server was back
        _wait_for(lambda: all(acked(role) >= after[role] + 5 for role in roles), 15,
                  "every station acknowledged 5 actions after the restart", procs)
    finally:
        stop.touch()
        for proc, _ in procs.values():
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    for role, (proc, err) in procs.items():
        stderr = err.read_text()
        assert "Traceback" not in stderr and proc.returncode == 0, f"{role} failed:\n{stderr}"
    logs = {role: _read(tmp_path / role) for role in roles}
    for role, lines in logs.items():
        assert lines[-1][0] == "done", f"{role} did not finish cleanly"
        errors = [what for kind, _, what in lines if kind == "error"]
        assert {e["reason"] for e in errors} <= OUTAGE_REASONS
    outage = {role: sum(kind == "error" for kind, _, _ in lines) for role, lines in logs.items()}
    print(f"restart took {back - began:.2f} s; errors shown per station: {outage}")

    issued = [what for kind, _, what in logs["kiosk"] if kind == "issue"]
    acked = {role: [(kind, what) for kind, _, what in lines if kind in ("call", "start", "finish")]
             for role, lines in logs.items() if role != "kiosk"}
    store = QueueStore(pg_url)
    try:
        q = store.db.execute
        stored = {(i, day, label) for i, day, label in q("SELECT id, business_day, label FROM tickets")}
        missing = [t for t in issued if (t["id"], t["day"], t["label"]) not in stored]
        assert not missing, f"acknowledged tickets missing from the database: {missing[:5]}"
        assert len({(t["day"], t["label"]) for t in issued}) == len(issued), "the kiosk gave a number twice"
        twice = q("SELECT business_day, issued_service, number FROM tickets "
                  "GROUP BY business_day, issued_service, number HAVING count(*) > 1").fetchall()
        assert not twice, f"numbers given twice: {twice}"
        calls = Counter(r[0] for r in q("SELECT ticket_id FROM events WHERE action = 'call'"))
        assert set(calls.values()) <= {1}, "a ticket was called by two counters"
        called_by = {}
        for actions in acked.values():
            for kind, what in actions:
                if kind == "call":
                    assert called_by.setdefault(what["id"], what["counter"]) == what["counter"], \
                        f"ticket {what['label']} acknowledged at two counters"
        counter_of = dict(q("SELECT id, counter FROM tickets WHERE counter IS NOT NULL").fetchall())
        assert all(counter_of.get(i) == c for i, c in called_by.items()), "a call acknowledged but not stored"
        finished = {r[0] for r in q("SELECT id FROM tickets WHERE status = 'done'")}
        acked_finished = {what["id"] for actions in acked.values() for kind, what in actions
                          if kind == "finish"}
        assert acked_finished <= finished, "a finish acknowledged but not stored"
        check = store.verify_events()
        assert check.ok, check
    finally:
        store.close()


# A console whose PC freezes (or loses its network or power) in the middle of issuing: the server still
# sees its session, idle inside the transaction that holds the writers' lock.
FROZEN = """import os, signal, sys
from datetime import datetime
from kiosk.core.clock import FrozenClock
from kiosk.store import QueueStore, StoreError
store = QueueStore(sys.argv[1], station="kiosk-2", busy_timeout_ms=int(sys.argv[2]),
                   clock=FrozenClock(datetime.fromisoformat(sys.argv[3])))
append_event = store._event
def freeze(*args, **kwargs):
    print("holding", flush=True)
    os.kill(os.getpid(), signal.SIGSTOP)
    return append_event(*args, **kwargs)
store._event = freeze
try:
    store.issue_ticket("A")
    print("issued", flush=True)
except StoreError as exc:
    print("error", exc.reason, flush=True)
store._event = append_event
print("issued", store.issue_ticket("A").ticket.label, flush=True)
"""


def test_a_station_frozen_inside_a_write_holds_up_the_others_only_briefly(pg_url, clock):
    busy_ms = 2000
    QueueStore.init(pg_url, _config()).close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    frozen = subprocess.Popen([sys.executable, "-c", FROZEN, pg_url, str(busy_ms), clock().isoformat()],
                              cwd=ROOT, env=env,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True)
    store = QueueStore(pg_url, station="kiosk-1", busy_timeout_ms=busy_ms)
    clock(minutes=1)
    try:
        assert frozen.stdout.readline() == "holding\n"
        began = time.monotonic()
        issued = store.issue_ticket("A").ticket  # StoreBusy for as long as the frozen session lived
        waited = time.monotonic() - began
        assert waited < busy_ms / 1000
        os.kill(frozen.pid, signal.SIGCONT)
        out, _ = frozen.communicate(timeout=20)
    finally:
        frozen.kill()
        frozen.wait()
        store.close()
    # Its own action was undone when the server ended its session; it said so, then worked again.
    assert out.splitlines() == ["error connection_lost", "issued A002"]
    assert issued.label == "A001"


# The branch's network goes silent (a cable pulled): no reset arrives, the kernel would retransmit for
# about 15 minutes. In a network namespace of its own, with a server inside, the link is taken down.
SILENT_LINK = """import subprocess, sys, time
from datetime import datetime
from kiosk.core.clock import FrozenClock
from kiosk.store import QueueStore, StoreError, pg
from tests.pg_server import PgServer

def link(state):
    subprocess.run(["ip", "link", "set", "lo", state], check=True)

def report(what, began):
    print(what, round(time.monotonic() - began, 1), flush=True)

pg.TCP_USER_TIMEOUT_MS, pg.CONNECT_TIMEOUT_S = 1000, 1  # the product's 10 s and 3 s, shortened
pg.KEEPALIVES = {"keepalives": 1, "keepalives_idle": 1, "keepalives_interval": 1, "keepalives_count": 1}
link("up")
with PgServer() as server:
    url = server.create_database()
    store = QueueStore.init(url, clock=FrozenClock(datetime.fromisoformat(sys.argv[1])))
    print("issued", store.issue_ticket("A").ticket.label, flush=True)
    link("down")
    began = time.monotonic()
    try:  # a teller's action sent into the silence
        store.issue_ticket("A")
        report("issued", began)
    except StoreError as exc:
        report(exc.reason, began)
    began = time.monotonic()
    while time.monotonic() < began + 8:  # the display, idle, polling for changes
        try:
            store.change_token()
        except StoreError as exc:
            report(exc.reason, began)
            break
        time.sleep(0.04)
    else:
        report("nothing heard", began)
    link("up")
    print("issued", store.issue_ticket("A").ticket.label, flush=True)
"""


def _own_network_namespace() -> bool:
    try:
        return subprocess.run(["unshare", "-n", "ip", "link", "set", "lo", "up"], capture_output=True,
                              timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.mark.skipif(not _own_network_namespace(), reason="needs `unshare -n` (root) and `ip` to cut a link")
def test_a_silent_network_is_a_lost_connection_within_seconds(clock):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    try:
        done = subprocess.run(["unshare", "-n", sys.executable, "-c", SILENT_LINK, clock().isoformat()],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=25)
    except subprocess.TimeoutExpired as exc:
        raise AssertionError(f"a station waited on the silent link:\n{exc.stdout.decode()}") from None
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert lines[0] == "issued A001" and lines[-1] == "issued A002"
    (action, action_s), (poll, poll_s) = (line.rsplit(" ", 1) for line in lines[1:3])
    assert action == poll == "connection_lost", lines
    assert float(action_s) < 4 and float(poll_s) < 5, lines

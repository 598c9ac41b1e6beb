"""A throwaway PostgreSQL server for tests and benchmarks: initdb in a temp folder, a free 127.0.0.1 port."""
from __future__ import annotations

import atexit
import itertools
import os
import random
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg
from psycopg import sql

SUPERUSER = "kiosk_admin"
SERVER_TOOLS = ("initdb", "postgres")
INSTALL_HINT = ("PostgreSQL's server programs (initdb, postgres) were not found: install them with "
                "`apt-get install postgresql` (or `make system-deps`)")
# Speed over durability: a crash loses nothing that matters in a throwaway test cluster. Never in production.
SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "max_connections": "200",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_wal_size": "'256MB'",  # in memory when the folder is (default_parent)
    "min_wal_size": "'32MB'",
}
POLL = 0.01  # seconds between readiness checks
DEADLINE = 30.0  # seconds for the server to start or stop
# Waits for its stdin to close, which happens when the process that started the server ends however it
# ends (SIGKILL too), then stops that server and removes its folder ($1). stop() kills it when done.
WATCHDOG = """read _
pid=$(head -n 1 "$1/data/postmaster.pid" 2>/dev/null)
if [ -n "$pid" ] && kill -INT "$pid" 2>/dev/null; then
    for _ in $(seq 600); do
        [ -f "$1/data/postmaster.pid" ] && kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
fi
rm -rf "$1"
"""


def real_clock_environment() -> dict[str, str]:
    """This environment without libfaketime (`make test-clock`): under it every server process would
    start its own clock at the faked instant, behind the tests' clock and back again at each restart.
    The server keeps real time, like a branch's server whose clock is not the station's."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("FAKETIME")}
    preload = [lib for lib in env.pop("LD_PRELOAD", "").replace(":", " ").split() if "faketime" not in lib]
    if preload:
        env["LD_PRELOAD"] = " ".join(preload)
    return env


def default_parent() -> Path:
    """Linux's shared-memory folder when roomy, else the temp folder. In memory, creating a database takes
    about 12 ms whatever the machine is doing; on a disk other programs keep busy, 20 to 400 ms (the
    kernel holds back writers of a disk with many unwritten pages, even with fsync off)."""
    shm = Path("/dev/shm")
    try:
        if shutil.disk_usage(shm).free >= 1 << 30 and os.access(shm, os.W_OK | os.X_OK):
            return shm
    except OSError:
        pass
    return Path(tempfile.gettempdir())


class PostgresMissing(RuntimeError):
    """No PostgreSQL server programs on this machine."""


def find_bindir(debian_root: Path = Path("/usr/lib/postgresql")) -> Path:
    """The folder with initdb and postgres: pg_config's, else the newest Debian one, else PATH's."""
    candidates = []
    if pg_config := shutil.which("pg_config"):
        try:
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=True)
            candidates.append(Path(out.stdout.strip()))
        except (OSError, subprocess.CalledProcessError):
            pass
    debian = debian_root.glob("*/bin")
    candidates += sorted(debian, key=lambda p: [int(n) for n in p.parent.name.split(".") if n.isdigit()],
                         reverse=True)
    if initdb := shutil.which("initdb"):
        candidates.append(Path(initdb).resolve().parent)
    for folder in candidates:
        if all(os.access(folder / tool, os.X_OK) for tool in SERVER_TOOLS):
            return folder
    raise PostgresMissing(INSTALL_HINT)


def free_port() -> int:
    """A port on 127.0.0.1 nobody listens on, below Linux's range for outgoing connections' own ports,
    so that a client cannot take it while the server restarts."""
    for port in random.sample(range(20000, 32768), 50):
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PgServer:
    """A private PostgreSQL cluster, running until stop() (or the end of the process), which removes it.

    Superuser `kiosk_admin`, trust authentication, UTF8 with the C locale. When this process runs as root,
    the cluster belongs to the `postgres` system user (initdb refuses root)."""

    _names = itertools.count(1)

    def __init__(self, bindir: Path | None = None, parent: Path | None = None):
        self.bindir = Path(bindir) if bindir else find_bindir()
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-pg-", dir=parent or default_parent()))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = free_port()
        self._as_user: list[str] = []
        self._process: subprocess.Popen | None = None
        self._owner = os.getpid()
        self._watchdog = subprocess.Popen(["sh", "-c", WATCHDOG, "watchdog", str(self.root)],
                                          stdin=subprocess.PIPE, start_new_session=True,
                                          env=real_clock_environment())
        atexit.register(self._stop_at_exit)
        try:
            self._hand_over_to_postgres()
            self._initdb()
            self.start()
        except BaseException:
            self.stop()
            raise

    def __enter__(self) -> PgServer:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str | None = None, template: str = "template0") -> str:
        """The URL of a new empty database (or a copy of `template`, which nobody may be connected to)."""
        name = name or f"kiosk_{os.getpid()}_{next(self._names)}"
        # FILE_COPY: about 11 ms here, against 17 ms for PostgreSQL 15's default (WAL_LOG, which also
        # writes the whole 7 MB template into the WAL).
        with self.connect() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {} STRATEGY FILE_COPY").format(
                sql.Identifier(name), sql.Identifier(template)))
        return self.url(name)

    def drop_database(self, name_or_url: str) -> None:
        """Drops a database, ending its sessions first."""
        name = name_or_url.rsplit("/", 1)[-1]
        with self.connect() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def connect(self, dbname: str = "postgres") -> psycopg.Connection:
        return psycopg.connect(self.url(dbname), autocommit=True)

    def start(self) -> None:
        """Starts the server on its port and data, and returns once it accepts connections."""
        if self._process and self._process.poll() is None:
            return
        # The postmaster runs as our child (under runuser as root), not daemonized by pg_ctl: we see at
        # once when it dies and nobody but us reaps it. Its own session, so a Ctrl-C reaches only us.
        with open(self.log, "a", encoding="utf-8") as log:
            self._process = subprocess.Popen(
                [*self._as_user, str(self.bindir / "postgres"), "-D", str(self.data)], cwd=self.root,
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                env=real_clock_environment())
        deadline = time.monotonic() + DEADLINE
        while True:
            try:
                psycopg.connect(self.url(), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if self._process.poll() is not None or time.monotonic() > deadline:
                    self._shut_down()
                    raise RuntimeError(f"PostgreSQL did not start:\n{self._log_tail()}") from None
                time.sleep(POLL)

    def restart(self) -> None:
        """A fast shutdown (open sessions are ended) and a start on the same port and data."""
        self._shut_down()
        self.start()

    def stop(self) -> None:
        """Stops the server and removes its folder. Safe to call twice."""
        try:
            self._shut_down()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
            self._watchdog.kill()  # a forked child may still hold its stdin open
            self._watchdog.wait()
            self._watchdog.stdin.close()
            atexit.unregister(self._stop_at_exit)

    def _stop_at_exit(self) -> None:
        if os.getpid() == self._owner:  # not in a forked child that inherited the registration
            self.stop()

    def _shut_down(self) -> None:
        """What `pg_ctl stop -m fast` does (SIGINT to the postmaster), then waits for it to end, which it
        does after closing its port."""
        process, self._process = self._process, None
        if not process:
            return
        if process.poll() is None:
            if pid := self._pid():
                os.kill(pid, signal.SIGINT)
            else:  # no pid file yet: runuser passes SIGTERM on (a smart shutdown)
                process.terminate()
        try:
            process.wait(DEADLINE)
        except subprocess.TimeoutExpired:
            os.kill(self._pid() or process.pid, signal.SIGKILL)
            process.wait()
            raise RuntimeError(f"PostgreSQL did not stop:\n{self._log_tail()}") from None

    def _pid(self) -> int | None:
        try:
            return int((self.data / "postmaster.pid").read_text().split("\n", 1)[0])
        except (OSError, ValueError):
            return None

    def _hand_over_to_postgres(self) -> None:
        """As root: the folder belongs to, and the server runs as, the unprivileged `postgres` user."""
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            return
        try:
            shutil.chown(self.root, "postgres", "postgres")
        except LookupError:
            raise PostgresMissing(f"running as root, but there is no `postgres` user to run the server: "
                                  f"{INSTALL_HINT}") from None
        self._as_user = ["runuser", "-u", "postgres", "--"]

    def _initdb(self) -> None:
        self._run("initdb", "-D", self.data, "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C",
                  "--no-sync")
        settings = {**SETTINGS, "port": str(self.port), "unix_socket_directories": f"'{self.root}'"}
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("".join(f"{key} = {value}\n" for key, value in settings.items()))

    def _run(self, tool: str, *args: object) -> None:
        command = [*self._as_user, str(self.bindir / tool), *map(str, args)]
        done = subprocess.run(command, cwd=self.root, capture_output=True, text=True,
                              env=real_clock_environment())
        if done.returncode:
            raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}"
                               f"{self._log_tail()}")

    def _log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

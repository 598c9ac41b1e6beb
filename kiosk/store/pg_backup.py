"""Backups of a queue database on PostgreSQL with pg_dump (custom format, one consistent snapshot while
stations work) and restores with pg_restore (one transaction), checked as SQLite's are."""
from __future__ import annotations

import glob
import os
import re
import secrets
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from kiosk.core.errors import QueueError
from kiosk.store import pg_access, pg_schema
from kiosk.store.backup import BackupError, free_name, stamp_in
from kiosk.store.files import create_private, private_folder
from kiosk.store.target import check_url, redact

SUFFIX = ".dump"  # pg_dump's custom format, read by pg_restore only
CLIENT_PACKAGE = "postgresql-client"
# Where PostgreSQL's installers put the client programs when they are not on PATH (newest version first).
SEARCH = ("/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/opt/homebrew/opt/libpq/bin",
          "/usr/local/opt/libpq/bin", "C:/Program Files/PostgreSQL/*/bin")
_REQUIRED_TABLES = {"tickets", "events", "counters", "settings", pg_schema.MIGRATIONS_TABLE}
_TABLE_DATA = re.compile(r"^\d+; \d+ \d+ TABLE DATA \S+ (\S+) ", re.M)
_SQLITE_MAGIC = b"SQLite format 3\0"


def _version(folder: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", folder)]


def _candidates() -> list[Path]:
    folders = []
    if pg_config := shutil.which("pg_config"):
        try:
            done = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=True)
            folders.append(Path(done.stdout.strip()))
        except (OSError, subprocess.CalledProcessError):
            pass
    for pattern in SEARCH:
        folders += [Path(f) for f in sorted(glob.glob(pattern), key=_version, reverse=True)]
    return folders


def find_tool(name: str) -> str:
    """pg_dump or pg_restore: on PATH, else next to PostgreSQL's server programs; BackupError naming the
    package to install when neither has it."""
    if found := shutil.which(name):
        return found
    program = name + (".exe" if os.name == "nt" else "")
    for folder in _candidates():
        if os.access(folder / program, os.X_OK):
            return str(folder / program)
    raise BackupError(f"{name} was not found (on PATH or next to PostgreSQL's server programs): install "
                      f"the PostgreSQL client programs (Debian/Ubuntu: apt-get install {CLIENT_PACKAGE}; "
                      "Windows: the PostgreSQL installer's Command Line Tools) or put their folder on PATH",
                      reason="no_pg_tools")


def _run(tool: str, *args: str) -> subprocess.CompletedProcess:
    """Run a client program. Never with a password on its command line: libpq finds it in the password
    file, the service file or PGPASSFILE; --no-password makes it fail, not wait at a prompt nobody sees."""
    env = {**os.environ}
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    env.setdefault("PGAPPNAME", f"kiosk-{tool}")  # how the server lists it (pg_stat_activity)
    try:
        return subprocess.run([find_tool(tool), "--no-password", *args], capture_output=True, text=True,
                              errors="replace", env=env, stdin=subprocess.DEVNULL)
    except OSError as exc:
        raise BackupError(f"cannot run {tool}: {exc.strerror or exc}") from None


def _failure(done: subprocess.CompletedProcess) -> str:
    """What a client program said went wrong, without its name and `error:` prefixes."""
    lines = [re.sub(r"^\S+: (error|fatal|detail|hint): ", "", line).strip()
             for line in done.stderr.splitlines() if line.strip()]
    return "; ".join(lines[:3]) or f"exit {done.returncode}"


def db_name(url: str) -> str:
    """The database's name, as a file name may carry it (for the backups' names)."""
    name = unquote(urlsplit(url).path.strip("/")) or "queue"
    return re.sub(r"[^\w.-]", "_", name)


# -- checking a backup ------------------------------------------------------------------------------------

def _unescape(field: str) -> str | None:
    """A field of COPY's text format: \\N is NULL, a backslash escapes the next character."""
    if field == r"\N":
        return None
    codes = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
    return re.sub(r"\\(.)", lambda m: codes.get(m[1], m[1]), field)


def _copied_rows(script: str) -> dict[str, list[list[str | None]]]:
    """The rows of each COPY block in a pg_restore script, by table name."""
    rows: dict[str, list[list[str | None]]] = {}
    table = None
    for line in script.splitlines():
        if table is None:
            if match := re.match(r"COPY (?:\S+\.)?(\w+) \(.*\) FROM stdin;$", line):
                table = match[1]
                rows[table] = []
        elif line == "\\.":
            table = None
        else:
            rows[table].append([_unescape(f) for f in line.split("\t")])
    return rows


def check_dump(path: str | Path, what: str | None = None) -> str:
    """BackupError unless `path` is a whole, readable pg_dump of a queue database whose migrations this
    version knows; the branch configuration it holds (TOML)."""
    path = Path(path)
    what = what or str(path)
    try:
        with open(path, "rb") as file:
            head = file.read(len(_SQLITE_MAGIC))
    except FileNotFoundError:
        raise BackupError(f"{what} does not exist") from None
    except OSError as exc:
        raise BackupError(f"cannot read {what}: {exc.strerror}") from None
    if head == _SQLITE_MAGIC:
        raise BackupError(f"{what} is a SQLite backup, not a PostgreSQL one: restore it into a file with "
                          "--db FILE, or copy it into PostgreSQL with kiosk migrate")
    listing = _run("pg_restore", "--list", str(path))
    if listing.returncode:
        raise BackupError(f"{what} is not a queue backup ({_failure(listing)})")
    missing = _REQUIRED_TABLES - set(_TABLE_DATA.findall(listing.stdout))
    if missing:
        raise BackupError(f"{what} is not a queue backup (missing {', '.join(sorted(missing))})")
    whole = _run("pg_restore", f"--file={os.devnull}", str(path))  # every block read and uncompressed
    if whole.returncode:
        raise BackupError(f"{what} is damaged ({_failure(whole)})")
    data = _run("pg_restore", "--data-only", "--table=settings", f"--table={pg_schema.MIGRATIONS_TABLE}",
                "--file=-", str(path))
    if data.returncode:
        raise BackupError(f"{what} is damaged ({_failure(data)})")
    rows = _copied_rows(data.stdout)
    branch = next((row[1] for row in rows.get("settings", []) if row[0] == "branch_toml"), None)
    if not branch:
        raise BackupError(f"{what} is not a queue database (it has no branch configuration)")
    applied = {row[0] for row in rows.get(pg_schema.MIGRATIONS_TABLE, [])}
    newer = applied - {name for name, _ in pg_schema.MIGRATIONS}
    if newer:
        raise BackupError(f"{what} was made by a newer version (migrations {', '.join(sorted(newer))}); "
                          "update this program first")
    return branch


# -- backup and restore -----------------------------------------------------------------------------------

def dump(url: str, out: str | Path) -> Path:
    """pg_dump of `url` to `out` (custom format): one snapshot, stations keep working meanwhile. Written to
    a private temporary file, checked, then renamed: `out` is never half made."""
    url, out = check_url(url), Path(out)
    if out.is_dir():
        raise BackupError(f"--out: {out} is a folder; give a file name")
    tmp = out.with_name(f".{out.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")
    try:
        create_private(tmp)  # pg_dump writes into it and keeps its mode: private from the first byte
    except OSError as exc:
        raise BackupError(f"cannot write {out}: {exc.strerror}") from None
    try:
        done = _run("pg_dump", "--format=custom", f"--file={tmp}", f"--dbname={url}")
        if done.returncode:
            raise BackupError(f"backup of {redact(url)} failed: {pg_access.explain(url, _failure(done))}")
        check_dump(tmp, what=f"the backup of {redact(url)}")
        os.replace(tmp, out)
    except OSError as exc:
        raise BackupError(f"cannot write {out}: {exc.strerror}") from None
    finally:
        tmp.unlink(missing_ok=True)
    return out


def _look_before_restore(url: str) -> set[str]:
    """The database's tables; BackupError when it is another program's, or while a station is connected
    (stations keep state, the display's last call, a console's counter, a restore would contradict)."""
    import psycopg

    try:
        with pg_access.connect(url) as conn:
            tables = {name for (name,) in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
            others = [f"{who or 'a program'}{f' from {addr}' if addr else ''}" for who, addr in conn.execute(
                "SELECT nullif(application_name, ''), host(client_addr) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND coalesce(backend_type, 'client backend') = 'client backend'")]
    except psycopg.Error as exc:
        raise BackupError(f"cannot connect to {redact(url)}: {pg_access.explain(url, str(exc))}") from None
    if tables and pg_schema.MIGRATIONS_TABLE not in tables:
        raise BackupError(f"{redact(url)} is not a queue database (it holds other tables: "
                          f"{', '.join(sorted(tables)[:5])}); it was left unchanged")
    if others:
        raise BackupError(f"{redact(url)} is in use ({', '.join(sorted(set(others))[:5])}): close the kiosk, "
                          "consoles, display and manager on it, then restore")
    return tables


def _load(url: str, source: Path) -> subprocess.CompletedProcess:
    """pg_restore of `source` over `url` in one transaction: all of it, or (on any error) nothing. Objects
    owned by whoever restores, no grants copied: the roles are granted again after (create_roles)."""
    return _run("pg_restore", "--clean", "--if-exists", "--single-transaction", "--exit-on-error",
                "--no-owner", "--no-acl", f"--dbname={url}", str(source))


def _open_restored(url: str) -> None:
    """Grant the group roles again where they exist; open the restored database as a station would (which
    applies any migration the backup predates) and read its configuration and queue."""
    import psycopg

    from kiosk.store.queue import QueueStore

    try:
        with pg_access.connect(url) as conn:
            roles = {name for (name,) in conn.execute(
                "SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", [list(pg_schema.GRANTS)])}
            if roles == set(pg_schema.GRANTS):
                pg_schema.create_roles(conn)
    except psycopg.Error as exc:
        raise BackupError(f"{redact(url)}: the roles could not be granted again ({exc}); run kiosk roles "
                          f"--db {redact(url)}") from None
    store = QueueStore(url, station="cli")
    try:
        store.status()
    finally:
        store.close()


def restore(url: str, source: str | Path, keep: Path, now: datetime) -> Path | None:
    """Replace the content of the database `url` with the checked backup `source`; the pg_dump of what was
    there, kept in `keep` (None when the database was empty). Refused while any station is connected. If
    the restored database does not open, what was there is put back."""
    url, source = check_url(url), Path(source)
    branch = check_dump(source)
    tables = _look_before_restore(url)
    kept = None
    if tables:
        try:
            private_folder(keep)
        except OSError as exc:
            raise BackupError(f"cannot create {keep}: {exc.strerror}; {redact(url)} is unchanged") from None
        kept = dump(url, free_name(keep, f"{db_name(url)}-before-restore-{stamp_in(branch, now)}", SUFFIX))
    done = _load(url, source)
    if done.returncode:
        raise BackupError(f"restore failed, {redact(url)} is unchanged: "
                          f"{pg_access.explain(url, _failure(done))}")
    try:
        _open_restored(url)
    except QueueError as exc:
        if kept is None or _load(url, kept).returncode:
            raise BackupError(f"the restored database does not open ({exc})") from None
        raise BackupError(f"the restored database does not open ({exc}); what was there is back (a copy is "
                          f"in {kept})") from None
    return kept

"""`kiosk migrate`: a branch's whole history copied from its SQLite file into an empty PostgreSQL queue
database, in one transaction, row for row (the events with their hashes unchanged), then checked."""
from __future__ import annotations

from pathlib import Path

from kiosk.core.errors import QueueError
from kiosk.store import pg_access, pg_schema
from kiosk.store.pg import WRITE_LOCK_KEY
from kiosk.store.target import check_url, is_url, redact

# In the order the foreign keys need (tickets before what refers to them). waiting_counts is not copied:
# the tickets' triggers count the waiting ones as they arrive, and the count is compared after.
TABLES = ("settings", "staff", "tickets", "counters", "appointments", "events", "help_requests", "assistance",
          "home_visits", "complaints", "complaint_steps", "ratings", "shunt_offers", "drills")
WITH_IDS = ("tickets", "appointments", "events", "help_requests", "assistance", "home_visits", "complaints",
            "complaint_steps", "ratings", "shunt_offers", "drills")
_WAITING = ("SELECT business_day, service, priority, waiting FROM waiting_counts WHERE waiting <> 0 "
            "ORDER BY business_day, service, priority")


class MigrateError(QueueError):
    """The copy was refused or failed; the PostgreSQL database is as it was."""


def _columns_sqlite(store, table: str) -> list[str]:
    return [row[1] for row in store.db.execute(f"PRAGMA table_info({table})")]


def _columns_pg(conn, table: str) -> list[str]:
    return [name for (name,) in conn.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = %s ORDER BY ordinal_position", [table])]


def _refuse_unless_empty(conn, url: str) -> None:
    tables = {name for (name,) in conn.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
    if not tables:
        return
    if pg_schema.MIGRATIONS_TABLE not in tables:
        raise MigrateError(f"{redact(url)} is not a queue database (it holds other tables: "
                           f"{', '.join(sorted(tables)[:5])}); it was left unchanged")
    filled = {table: count for table in (*TABLES, "waiting_counts") if table in tables
              for (count,) in [conn.execute(f"SELECT count(*) FROM {table}").fetchone()] if count}
    if filled:
        rows = ", ".join(f"{table}: {count}" for table, count in filled.items())
        raise MigrateError(f"{redact(url)} is not empty ({rows}): kiosk migrate copies a branch into a new, "
                           "empty database only (create one with createdb; do not run kiosk init on it)")


def _copy(source, conn, table: str) -> int:
    """Copy every row of `table`; the number copied."""
    columns = _columns_pg(conn, table)
    theirs = _columns_sqlite(source, table)
    if set(theirs) != set(columns):
        differ = sorted(set(theirs) ^ set(columns))
        raise MigrateError(f"the table {table} differs between the two databases (columns "
                           f"{', '.join(differ)}): run kiosk init on the file with this version first")
    names = ", ".join(columns)
    copied = 0
    with conn.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        for row in source.db.execute(f"SELECT {names} FROM {table} ORDER BY 1"):
            copy.write_row(row)
            copied += 1
    return copied


def _counts(execute) -> dict[str, int]:
    return {table: execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def migrate(source_path: str | Path, url: str) -> dict:
    """Copy the branch in `source_path` (a SQLite queue database, whose event log must verify) into the
    empty PostgreSQL database `url`; what was copied and checked."""
    import psycopg

    from kiosk.store.queue import QueueStore

    if is_url(str(source_path)):
        raise MigrateError("--from: give the branch's SQLite file (kiosk migrate copies a file into "
                           "PostgreSQL)")
    if not is_url(url):
        raise MigrateError(f"--to {url}: give the PostgreSQL database, e.g. "
                           "postgresql://kiosk_admin@192.168.1.10/branch")
    url = check_url(url)
    source = QueueStore(Path(source_path), station="export", read_only=True)  # a reader: writes nothing
    try:
        chain = source.verify_events()
        if not chain.ok:
            raise MigrateError(f"{source_path}: the event log is not intact ({chain.problem}); nothing was "
                               f"copied (kiosk verify --db {source_path} says more)")
        try:
            with pg_access.connect(url) as conn, conn.transaction(), source.conn.snapshot():
                # no station may write while the history arrives, nor a second migrate run
                conn.execute("SELECT pg_advisory_xact_lock(%s)", [WRITE_LOCK_KEY])
                _refuse_unless_empty(conn, url)
                pg_schema.apply(conn)
                copied = {table: _copy(source, conn, table) for table in TABLES}
                for table in WITH_IDS:
                    conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) "
                                 f"FROM {table}")
                expected = _counts(source.db.execute)
                if copied != expected or _counts(conn.execute) != expected:
                    raise MigrateError(f"the copy's rows ({_counts(conn.execute)}) are not the file's "
                                       f"({expected}); nothing was copied")
                if conn.execute(_WAITING).fetchall() != [tuple(r) for r in source.db.execute(_WAITING)]:
                    raise MigrateError("the waiting counts of the copy are not the file's; nothing was "
                                       "copied")
        except psycopg.Error as exc:
            raise MigrateError(f"copy into {redact(url)} failed, nothing was copied: "
                               f"{pg_access.explain(url, str(exc))}") from None
    finally:
        source.close()
    copy = QueueStore(url, station="export", read_only=True)
    try:
        check = copy.verify_events()
        tables = _counts(copy.db.execute)
    finally:
        copy.close()
    if not check.ok or (check.last_id, check.last_hash) != (chain.last_id, chain.last_hash):
        problem = check.problem or "another last hash"
        raise MigrateError(f"the copy in {redact(url)} does not verify ({problem}): drop that database and "
                           "migrate again")
    return {"from": str(source_path), "to": redact(url), "tables": tables, "events_verified": True,
            "last_event": check.last_id, "last_hash": check.last_hash}

"""Where a station's queue lives: a SQLite file path or a postgresql:// URL (never with a password in it)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from kiosk.core.errors import QueueError

SCHEMES = ("postgresql://", "postgres://")


def is_url(target: str | Path) -> bool:
    """True for a PostgreSQL URL, False for a SQLite file path."""
    return isinstance(target, str) and target.lower().startswith(SCHEMES)


def as_target(text: str | Path) -> str | Path:
    """What a station opens: the URL as given, or the file as a Path."""
    return str(text) if is_url(str(text)) else Path(text)


def redact(url: str) -> str:
    """The URL as messages and logs may show it: any password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def check_url(url: str) -> str:
    """The URL, or QueueError when it carries a password (it would show in the process list and the
    settings file): passwords go in libpq's password file or service file instead."""
    parts = urlsplit(url)
    if parts.password is not None:
        raise QueueError("--db: do not put the password in the URL (other users can read command lines and "
                         "settings files); kiosk setup writes it to the PostgreSQL password file (mode 0600)",
                         reason="password_in_url")
    if not parts.hostname and "host=" not in parts.query and "service=" not in parts.query:
        raise QueueError(f"--db {url}: give the server, e.g. postgresql://kiosk@192.168.1.10/branch",
                         reason="bad_url")
    if not parts.path.strip("/") and "service=" not in parts.query:
        raise QueueError(f"--db {url}: give the database name after the server, e.g. "
                         "postgresql://kiosk@192.168.1.10/branch", reason="bad_url")
    return url


def open_connection(target: str | Path, create: bool = False, busy_timeout_ms: int | None = None,
                    read_only: bool = False, durable: bool = True):
    """The connection for `target`: PgConnection for a URL, the SQLite Connection for a path. `durable`
    False: a throwaway SQLite file whose commits need not survive a power cut (a server keeps its own)."""
    from kiosk.store.db import BUSY_TIMEOUT_MS, Connection

    timeout = BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
    if is_url(target):
        from kiosk.store.pg import PgConnection

        return PgConnection(check_url(str(target)), create=create, busy_timeout_ms=timeout,
                            read_only=read_only)
    return Connection(target, create=create, busy_timeout_ms=timeout, read_only=read_only, durable=durable)

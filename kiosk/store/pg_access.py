"""Reaching the branch's PostgreSQL server from a PC: libpq's password file, a connection tried and its
failure explained, and the two group roles granted and described."""
from __future__ import annotations

import getpass
import os
from pathlib import Path

from kiosk.core.errors import QueueError
from kiosk.store import pg_schema
from kiosk.store.files import create_private, make_private, private_folder
from kiosk.store.target import redact

CONNECT_TIMEOUT_S = 5
GUIDE = "docs/branch-network.md"
ROLE_DUTIES = {
    pg_schema.STATION: {
        "for": "the kiosk PCs in the hall",
        "may": "read the configuration, counters and waiting counts; issue tickets (tickets, events); file "
               "help requests; check bookings in",
        "may_not": "read staff accounts or PIN hashes, change the configuration or the counters, call or "
                   "change tickets, read help notes or assistance, change or delete any event",
    },
    pg_schema.STAFF: {
        "for": "the counter consoles, the hall display and the manager's PC",
        "may": "everything the stations do: staff sign-in (reads PIN hashes), calling and serving, counters, "
               "configuration, staff accounts, bookings, help requests, assistance, reports, pg_dump backups",
        "may_not": "change or delete any event, delete tickets or staff, change the schema",
    },
}


class AccessError(QueueError):
    """The server could not be reached or refused this PC; the message says what to do."""


def connect(url: str, password: str | None = None):
    """An administrator's connection (autocommit) to `url`; psycopg's errors are the caller's to explain.
    `password`: one just typed, handed to libpq in this process only (else libpq looks it up)."""
    import psycopg

    extra = {} if password is None else {"password": password}
    return psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                           application_name="kiosk-admin", **extra)


# -- libpq's password file ------------------------------------------------------------------------------

def password_file() -> Path:
    """Where libpq looks for passwords: PGPASSFILE, else %APPDATA%\\postgresql\\pgpass.conf on Windows,
    else ~/.pgpass."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if os.name == "nt":
        return Path(os.environ.get("APPDATA") or Path.home()) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def login_of(url: str) -> tuple[str, str, str, str]:
    """(host, port, database, user) as libpq reads them from `url`, with its defaults (PGPORT or 5432, PGUSER
    or this account's name): the fields a password file line is matched on."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        info = conninfo_to_dict(url)
    except psycopg.Error as exc:
        raise AccessError(f"--db {redact(url)}: not a connection URL libpq reads ({exc})") from None
    if info.get("service") and not info.get("host"):
        raise AccessError(f"{redact(url)} names a service: keep its password in the service file "
                          "(pg_service.conf) or the password file yourself")
    host = str(info.get("host") or os.environ.get("PGHOST") or "localhost")
    if host.startswith("/"):
        host = "localhost"  # libpq's name for a Unix socket in the password file
    port = str(info.get("port") or os.environ.get("PGPORT") or 5432)
    user = str(info.get("user") or os.environ.get("PGUSER") or getpass.getuser())
    dbname = str(info.get("dbname") or user)
    return host, port, dbname, user


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _fields(line: str) -> list[str]:
    """A password file line's fields, unescaped (a backslash escapes the next character)."""
    fields, field, chars = [], [], iter(line)
    for c in chars:
        if c == "\\":
            field.append(next(chars, ""))
        elif c == ":":
            fields.append("".join(field))
            field = []
        else:
            field.append(c)
    return [*fields, "".join(field)]


def save_password(url: str, password: str, path: Path | None = None) -> Path:
    """Store `password` for `url`'s login in libpq's password file (made 0600: libpq ignores a file others
    can read), replacing an older line for the same host, port, database and user; the file."""
    if "\n" in password or "\r" in password:
        raise AccessError("the password has a line break: the password file cannot hold it")
    path = path or password_file()
    key = login_of(url)
    try:
        lines = path.read_text("utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    except (OSError, UnicodeDecodeError) as exc:
        raise AccessError(f"cannot read the password file {path}: {exc}") from None
    kept = [line for line in lines if line.startswith("#") or tuple(_fields(line)[:4]) != key]
    kept.append(":".join(_escape(field) for field in (*key, password)))
    scratch = path.with_name(f".{path.name}.tmp")
    try:
        private_folder(path.parent)
        scratch.unlink(missing_ok=True)
        create_private(scratch)
        scratch.write_text("\n".join(kept) + "\n", "utf-8")
        os.replace(scratch, path)
        make_private(path)
    except OSError as exc:
        scratch.unlink(missing_ok=True)
        raise AccessError(f"cannot write the password file {path}: {exc.strerror or exc}") from None
    return path


# -- connections tried and explained ----------------------------------------------------------------------

def explain(url: str, text: str) -> str:
    """What a libpq error about `url` means for whoever sets up a PC, and what to do about it."""
    try:
        host, port, dbname, user = login_of(url)
    except AccessError:
        return text
    where = f"{host}:{port}"
    guide = f" (see {GUIDE})"
    text = " ".join(text.strip().split()) or "no reason given"
    hints = [
        ("password authentication failed", f"the server refused the password of {user}: run kiosk setup "
         "again and type the password the administrator gave this PC's login"),
        ("no password supplied", f"the server asks {user} for a password and none is stored for "
         f"{user}@{where}/{dbname} in {password_file()}: run kiosk setup --db {redact(url)} and type it"),
        ("no pg_hba.conf entry", f"the server does not let {user} connect to {dbname} from this PC: the "
         f"administrator adds the branch's subnet to pg_hba.conf (hostssl, scram-sha-256){guide}"),
        ("does not exist", f"the server has no such database or login ({dbname}, {user}): check the URL, or "
         f"ask the administrator to create it{guide}"),
        ("connection refused", f"nothing answers at {where}: is the PostgreSQL server running, listening on "
         f"the network (listen_addresses in postgresql.conf) and not blocked by a firewall?{guide}"),
        ("timeout expired", f"{where} did not answer within {CONNECT_TIMEOUT_S} s: check the network, the "
         "server's address and the firewall"),
        ("could not translate host name", f"the name {host} is not known on this network: give the server's "
         "address"),
        ("no route to host", f"{host} cannot be reached from this PC: check the network cable and address"),
        ("certificate", "the server's TLS certificate could not be checked: put the branch's CA "
         f"certificate in ~/.postgresql/root.crt (or give sslrootcert=FILE in the URL){guide}"),
        ("ssl", f"TLS to {where} failed: check the server's ssl settings and sslmode in the URL{guide}"),
        ("permission denied", f"the login {user} may not do this: run it as the database's owner"),
    ]
    lowered = text.lower()
    for fragment, hint in hints:
        if fragment in lowered:
            return f"{hint} ({text})"
    return text


def check_connection(url: str, password: str | None = None) -> str:
    """Connect to `url` as a station would (with `password`, else what libpq finds in the password file);
    the server's answer to `SELECT current_user` (the login), or AccessError saying why not and what to do."""
    import psycopg

    try:
        with connect(url, password) as conn:
            return conn.execute("SELECT current_user").fetchone()[0]
    except psycopg.Error as exc:
        raise AccessError(f"cannot connect to {redact(url)}: {explain(url, str(exc))}",
                          reason="cannot_connect") from None


# -- the group roles ------------------------------------------------------------------------------------

def grant_roles(url: str) -> dict:
    """Create (or bring up to date) the group roles kiosk_station and kiosk_staff on the queue database
    `url` (pg_schema.create_roles), as its owner; what each may do and the logins in each."""
    import psycopg

    try:
        with connect(url) as conn:
            if pg_schema.pending(conn):
                raise AccessError(f"{redact(url)} is not a queue database of this version yet: run "
                                  f"kiosk init --db {redact(url)} (or kiosk migrate) first")
            pg_schema.create_roles(conn)
            members = {role: [name for (name,) in conn.execute(
                "SELECT m.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname = %s ORDER BY m.rolname", [role])]
                for role in pg_schema.GRANTS}
    except psycopg.errors.InsufficientPrivilege as exc:
        raise AccessError(f"{redact(url)}: this login may not grant the roles ({exc}); run kiosk roles as "
                          "the database's owner, with the CREATEROLE right", reason="not_permitted") from None
    except psycopg.Error as exc:
        raise AccessError(f"cannot connect to {redact(url)}: {explain(url, str(exc))}",
                          reason="cannot_connect") from None
    return {role: {**ROLE_DUTIES[role], "tables": pg_schema.GRANTS[role], "logins": members[role]}
            for role in pg_schema.GRANTS}

"""`kiosk setup` asks (or takes) this machine's station settings; `kiosk run` runs the station they name
(`kiosk start` was taken: it starts serving a counter's ticket)."""
from __future__ import annotations

import logging
import logging.handlers
import sys
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

import click

from kiosk.commands import stations
from kiosk.commands.params import FilePath
from kiosk.core.errors import ConfigError, QueueError
from kiosk.station import settings as station_settings
from kiosk.station.settings import STATIONS, THEMES, StationSettings
from kiosk.store.files import MODES_APPLY, PRIVATE, make_database_private
from kiosk.store.target import as_target, is_url, redact

QUESTIONS = {
    "station": "Which station is this machine (kiosk, console, display, manager, rate-pad)?",
    "db": "The queue database: its file (a branch on one PC), or postgresql://LOGIN@SERVER/DATABASE (the "
          "branch's server)",
    "counter": "The counter number of this console or rating pad",
    "printer": "Ticket printer: pdf:FOLDER, system:NAME, escpos:usb:VID:PID or escpos:network:HOST "
               "(empty: PDFs in the data folder)",
    "language": "The screens' default language (empty: the branch's first)",
    "fullscreen": "Full screen?",
    "theme": "Colour theme (light or dark)",
}
ASKED_FOR = {"counter": station_settings.COUNTER_STATIONS, "printer": ("kiosk",), "theme": ("kiosk",),
             "fullscreen": ("kiosk", "display", "rate-pad")}  # the rest is asked of every station


def _checker(field: str, branch=None):
    """click's value_proc: a wrong answer is said in one line and asked again."""

    def proc(text: Any) -> Any:
        value = text
        if field == "counter":
            try:
                value = int(str(text).strip())
            except ValueError:
                raise click.BadParameter(f"{text!r} is not a number") from None
        try:
            value = station_settings.check(field, value)
            if field == "counter" and branch is not None:
                branch.counter(value)
            if field == "printer" and value.startswith("escpos:"):
                from kiosk.adapters.ticket_print import escpos_printer

                escpos_printer(value.partition(":")[2])
        except QueueError as exc:
            raise click.BadParameter(str(exc)) from None
        return value

    return proc


def _branch_of(db: str, create: bool, interactive: bool):
    """(the branch configuration in `db`, whether the database is still to be made). A missing database
    is made only when asked for, because a mistyped path would otherwise give this station an empty queue
    of its own that nobody notices; and only by `_create`, once every answer has been checked."""
    from kiosk.core.config import default_branch
    from kiosk.store import QueueStore

    if is_url(db):
        return _branch_on_server(db, create, interactive)
    path = Path(db)
    if not path.exists():
        question = (f"There is no database at {path}. Create a new one with the default branch? "
                    f"(No if the branch already has one: give its path.)")
        if not (create or (interactive and click.confirm(question, default=False, err=True))):
            raise ConfigError(f"--db: there is no database at {path}; give the branch's database, or "
                              f"--create-db to start a new one")
        return default_branch(), True
    store = QueueStore(path, station="setup")
    try:
        return store.branch, False
    finally:
        store.close()


def _branch_on_server(url: str, create: bool, interactive: bool):
    """_branch_of for a database on the branch's server: the connection tried first, its failure explained
    (password, pg_hba.conf, TLS, firewall...)."""
    from kiosk.core.config import default_branch
    from kiosk.store import QueueStore, StoreError
    from kiosk.store.pg_access import check_connection

    login = check_connection(url)  # the password, if any, is in the password file by now
    try:
        store = QueueStore(url, station="setup")
    except StoreError as exc:
        if exc.reason != "empty":
            raise
        question = f"The database {url} has no queue yet. Create one with the default branch?"
        if not (create or (interactive and click.confirm(question, default=False, err=True))):
            raise ConfigError(f"--db: {url} has no queue yet; give the branch's database, or --create-db to "
                              "start a new one (kiosk init, as the database's owner)") from None
        return default_branch(), True
    try:
        click.echo(f"connected to {url} as {login}", err=True)
        return store.branch, False
    finally:
        store.close()


def _store_password(url: str, from_stdin: bool, interactive: bool) -> None:
    """The login's password, typed at a hidden prompt or read from standard input (never an option: other
    users can read command lines), tried on the server, then kept in libpq's password file (0600), where
    the stations and pg_dump find it. A password the server refuses is not kept."""
    from kiosk.store.pg_access import check_connection, login_of, password_file, save_password

    host, port, dbname, user = login_of(url)
    if from_stdin:
        line = click.get_text_stream("stdin").readline()
        password = line.removesuffix("\n").removesuffix("\r")
        if not password:
            raise ConfigError("--password-stdin: standard input has no password on its first line")
    elif interactive:
        password = click.prompt(f"Password of the login {user} on {host}:{port} (hidden; empty: keep what "
                                f"{password_file()} has)", default="", show_default=False, hide_input=True,
                                err=True)
        if not password:
            return
    else:
        return
    check_connection(url, password)
    path = save_password(url, password, password_file())
    click.echo(f"password of {user}@{host}:{port}/{dbname} saved in {path} (readable by this account only)",
               err=True)


def _create(db: str) -> None:
    from kiosk.store import QueueStore

    if is_url(db):
        click.echo(f"creating the queue in {redact(db)} with the default branch", err=True)
        QueueStore.init(db, station="setup").close()
        return
    path = Path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    click.echo(f"creating the database {path} with the default branch", err=True)
    QueueStore.init(path, station="setup").close()


@click.command()
@click.option("--station", type=click.Choice(STATIONS), default=None)
@click.option("--db", default=None, type=FilePath(),
              help="The queue database: its file, or postgresql://LOGIN@SERVER/DATABASE.")
@click.option("--counter", type=int, default=None, help="The counter of a console or rating pad.")
@click.option("--printer", default=None, help="The kiosk's ticket printer spec.")
@click.option("--language", default=None, help="The screens' default language, e.g. zh_TW.")
@click.option("--fullscreen/--windowed", default=None)
@click.option("--theme", type=click.Choice(THEMES), default=None)
@click.option("--create-db", is_flag=True, help="Create the database when it does not exist yet.")
@click.option("--password-stdin", is_flag=True,
              help="Read the database login's password from the first line of standard input (PostgreSQL).")
@click.option("--non-interactive", is_flag=True, help="Ask nothing: take the flags, keep the rest.")
def setup(non_interactive: bool, create_db: bool, password_stdin: bool, **given: Any) -> None:
    """Set up this machine's station, so that `kiosk run` runs it (settings in the user config folder)."""
    current = station_settings.load() if station_settings.settings_path().exists() else None
    values = asdict(current or StationSettings(db=str(station_settings.data_dir() / "branch.db")))
    branch, create = None, False
    for f in fields(StationSettings):
        name = f.name
        station = values["station"]
        if name in ASKED_FOR and station not in ASKED_FOR[name]:
            values[name] = f.default
            continue
        proc = _checker(name, branch)
        if given[name] is not None:
            try:
                values[name] = proc(given[name])
            except click.BadParameter as exc:
                raise ConfigError(f"--{name}: {exc.message}") from None
        elif not non_interactive:
            if name == "fullscreen":
                values[name] = click.confirm(QUESTIONS[name], default=values[name], err=True)
            else:
                values[name] = click.prompt(QUESTIONS[name], default=values[name] or "", err=True,
                                            value_proc=proc, show_default=True)
        if name == "db":
            db = station_settings.check("db", values["db"])
            if is_url(db):
                _store_password(db, password_stdin, not non_interactive)
            elif password_stdin:
                raise ConfigError("--password-stdin: only a database on a server (postgresql://) has a "
                                  "password")
            branch, create = _branch_of(db, create_db, not non_interactive)
    if values["station"] in station_settings.COUNTER_STATIONS:
        branch.counter(values["counter"])  # an unknown counter is refused, naming the branch's
    if create:  # last: a refused answer changes nothing
        _create(values["db"])
    path = station_settings.save(StationSettings(**values))
    if not is_url(values["db"]):
        _make_private(values["db"])
    click.echo(f"saved {path}: run `kiosk run` on this machine", err=True)
    click.echo(path.read_text("utf-8"), nl=False)


def _make_private(db: str) -> None:
    """The database's files as an older version (or a copy) left them, readable by every account: fixed,
    and each one said."""
    if not MODES_APPLY:
        click.echo("file modes do not apply on Windows: keep the database in a folder only the stations' "
                   "account can read (see docs/install.md)", err=True)
        return
    for path, was in make_database_private(db):
        if isinstance(was, OSError):
            click.echo(f"cannot make private: {path}: {was.strerror}; run kiosk setup as its owner", err=True)
        else:
            click.echo(f"made private ({PRIVATE:04o}, was {was:04o}): {path}", err=True)


def _log_to_file() -> Path:
    """Warnings and errors of the station also go to kiosk.log in the user log folder (1 MB x 5)."""
    folder = station_settings.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(folder / "kiosk.log", maxBytes=1_000_000, backupCount=5,
                                                   encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / "kiosk.log"


@click.command("run")
@stations.quit_after_option
def run(quit_after: int | None) -> None:
    """Run this machine's station, as set up by `kiosk setup`."""
    saved = station_settings.load()
    if saved is None:
        raise QueueError(f"this machine has no station yet: run `kiosk setup` "
                         f"(settings go to {station_settings.settings_path()})")
    log_file = _log_to_file()
    logging.getLogger("kiosk").info("starting the %s station on %s", saved.station, saved.db)
    click.echo(f"{saved.station} on {saved.db}; log: {log_file}", err=True)

    db, windowed = as_target(saved.db), not saved.fullscreen
    if saved.station == "kiosk":
        code = stations.run_kiosk(db, windowed, saved.theme, saved.printer or None, saved.language or None,
                                  quit_after)
    elif saved.station == "console":
        code = stations.run_console(db, saved.counter, saved.language or None, quit_after)
    elif saved.station == "display":
        code = stations.run_display(db, windowed, saved.language or None, quit_after)
    elif saved.station == "rate-pad":
        from kiosk.commands.ratings import run_rate_pad

        code = run_rate_pad(db, saved.counter, windowed, saved.language or None, quit_after)
    else:
        from kiosk.commands.manager import run_manager

        code = run_manager(db, saved.language or None, quit_after)
    sys.exit(code or 0)


COMMANDS = [setup, run]

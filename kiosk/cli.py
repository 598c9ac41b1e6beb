"""The one command line: `kiosk …` (or `python -m kiosk …`) for every station and job.

Queue commands print one JSON object on stdout. A user error exits 2 with one `error: …`
line on stderr; `kiosk call` exits 3 when no ticket is waiting for the counter.
"""
from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import click

from kiosk import __version__
from kiosk.commands.closing import closed_after_command
from kiosk.commands.params import DatabaseTarget, FilePath, TicketLabel, check_arguments
from kiosk.core import clock
from kiosk.core.errors import QueueError
from kiosk.core.models import CounterMode, Issued, Ticket

EXIT_USER_ERROR = 2
EXIT_NOTHING_WAITING = 3


def _emit(obj: dict[str, Any]) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


def _store(db: str, station: str = "cli"):
    from kiosk.store import QueueStore

    return closed_after_command(QueueStore(db, station=station))


def _at(store, at: str | None) -> datetime | None:
    return None if at is None else clock.parse_at(at, store.branch.tz)


def _ticket_json(store, t: Ticket) -> dict[str, Any]:
    tz = store.branch.tz
    return {
        "id": t.id, "ticket": t.label, "service": t.service, "priority": t.priority,
        "status": t.status.value, "counter": t.counter,
        "issued_at": clock.local_iso(t.issued_at, tz),
    }


db_option = click.option("--db", "db", required=True, type=DatabaseTarget(),
                         help="The queue: its SQLite file, or postgresql://user@server/database.")
at_option = click.option("--at", "at", default=None, metavar="ISO8601",
                         help="Clock for this action (replays, tests); default now.")
counter_option = click.option("--counter", "counter", required=True, type=click.IntRange(1, 999))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kiosk")
def cli() -> None:
    """Branch queue: kiosk, console, display and manager on one SQLite file."""


@cli.command()
@db_option
@click.option("--config", "config", type=FilePath(dir_okay=False), default=None,
              help="Branch configuration (TOML); default: keep the stored one or load the default.")
def init(db: str, config: str | None) -> None:
    """Create or migrate the database and load the branch configuration."""
    from kiosk.store import QueueStore
    from kiosk.store.target import is_url

    text = None
    if config is not None:
        try:
            text = Path(config).read_text("utf-8-sig")  # Windows Notepad may start it with a BOM
        except (OSError, UnicodeDecodeError) as exc:
            raise QueueError(f"--config: cannot read {config}: {exc}") from None
    store = closed_after_command(QueueStore.init(db, text))
    branch = store.branch
    _emit({"db": db if is_url(db) else str(Path(db)), "branch": branch.name,
           "services": [s.code for s in branch.services], "counters": [c.number for c in branch.counters]})


@cli.command()
@db_option
@click.option("--service", required=True, help="Service code, e.g. A.")
@click.option("--priority", default="regular", show_default=True, help="Priority class code.")
@click.option("--lang", default="", help="The customer's language tag, e.g. zh_CN.")
@at_option
def issue(db: str, service: str, priority: str, lang: str, at: str | None) -> None:
    """Issue a ticket; prints its label, people ahead and estimated wait."""
    store = _store(db, "kiosk")
    _emit(issued_json(store, store.issue_ticket(service, priority, lang=lang, at=_at(store, at))))


def issued_json(store, issued: Issued) -> dict[str, Any]:
    """A new ticket as `kiosk issue`, `kiosk check-in` and `kiosk drill issue` print it; "drill": the
    drill's id for a drill's ticket, else null."""
    t = issued.ticket
    return {"id": t.id, "ticket": t.label, "service": t.service, "priority": t.priority,
            "ahead": issued.ahead, "eta_minutes": issued.eta_minutes,
            "eta_seconds": None if t.eta_s is None else round(t.eta_s),
            "eta_range": None if issued.eta_range is None else list(issued.eta_range),
            "issued_at": clock.local_iso(t.issued_at, store.branch.tz), "drill": t.drill_id}


@cli.command("open")
@db_option
@counter_option
@click.option("--services", default=None, help="Services in order of preference, e.g. A,B.")
@click.option("--mode", type=click.Choice(["normal", "love", "quick"]), default="normal", show_default=True)
@at_option
def open_(db: str, counter: int, services: str | None, mode: str, at: str | None) -> None:
    """Open a counter (normal; love window: priority classes only; quick: quick services only)."""
    store = _store(db, "console")
    codes = None if services is None else tuple(s.strip() for s in services.split(",") if s.strip())
    c = store.open_counter(counter, codes, CounterMode(mode), at=_at(store, at))
    _emit({"counter": c.number, "mode": c.mode.value, "services": list(c.services)})


@cli.command()
@db_option
@counter_option
@click.option("--reason", default="", help="Why: break, meeting…")
@at_option
def pause(db: str, counter: int, reason: str, at: str | None) -> None:
    """Pause a counter: it calls nobody until opened again."""
    store = _store(db, "console")
    c = store.pause_counter(counter, reason, at=_at(store, at))
    _emit({"counter": c.number, "mode": c.mode.value, "services": list(c.services)})


@cli.command()
@db_option
@counter_option
@at_option
def close(db: str, counter: int, at: str | None) -> None:
    """Close a counter."""
    store = _store(db, "console")
    c = store.close_counter(counter, at=_at(store, at))
    _emit({"counter": c.number, "mode": c.mode.value, "services": list(c.services)})


@cli.command()
@db_option
@counter_option
@at_option
def call(db: str, counter: int, at: str | None) -> None:
    """Call the next ticket for a counter (exit 3 when none is waiting)."""
    store = _store(db, "console")
    choice = store.call_next(counter, at=_at(store, at))
    if choice is None:
        _emit({"ticket": None, "id": None, "counter": counter, "reason": "no ticket is waiting"})
        sys.exit(EXIT_NOTHING_WAITING)
    _emit({"ticket": choice.ticket.label, "id": choice.ticket.id, "counter": counter,
           "reason": choice.reason})


def _counter_action(name: str, method: str, doc: str) -> None:
    @cli.command(name, help=doc)
    @db_option
    @counter_option
    @at_option
    def command(db: str, counter: int, at: str | None) -> None:
        store = _store(db, "console")
        t = getattr(store, method)(counter, at=_at(store, at))
        _emit(_ticket_json(store, t))


_counter_action("recall", "recall", "Call the counter's current ticket again.")
_counter_action("start", "start", "Start serving the counter's current ticket.")
_counter_action("finish", "finish", "Finish the counter's current ticket.")
_counter_action("no-show", "no_show", "Mark the counter's called ticket as not come.")


@cli.command()
@db_option
@counter_option
@click.option("--to-service", "to_service", default=None, help="Service code to move the ticket to.")
@click.option("--to-counter", "to_counter", default=None, type=click.IntRange(1, 999),
              help="Counter that calls the ticket next (before its own queue).")
@at_option
def transfer(db: str, counter: int, to_service: str | None, to_counter: int | None, at: str | None) -> None:
    """Send the counter's ticket to another service and/or counter; it keeps its place by issue time."""
    if to_service is None and to_counter is None:
        raise QueueError("transfer: give --to-service CODE, --to-counter N, or both")
    store = _store(db, "console")
    moved = _ticket_json(store, store.transfer(counter, to_service, to_counter, at=_at(store, at)))
    if to_counter is not None:
        moved["reserved_counter"] = to_counter
    _emit(moved)


@cli.command()
@db_option
@click.option("--ticket", "label", required=True, type=TicketLabel(), help="Ticket label, e.g. A007.")
@at_option
def reinstate(db: str, label: str, at: str | None) -> None:
    """Put a no-show who came back into the queue in their original place."""
    store = _store(db, "console")
    _emit(_ticket_json(store, store.reinstate(label, at=_at(store, at))))


@cli.command()
@db_option
@click.option("--ticket", "label", required=True, type=TicketLabel(), help="Ticket label, e.g. A007.")
@click.option("--date", "day", default=None, metavar="YYYY-MM-DD",
              help="The ticket's business day; default today (or, just after midnight, yesterday's).")
@at_option
def cancel(db: str, label: str, day: str | None, at: str | None) -> None:
    """Cancel a waiting (or called) ticket whose customer left; a counter holding it is freed."""
    from kiosk.core.days import parse_day

    day = None if day is None else parse_day(day)
    store = _store(db, "console")
    _emit(_ticket_json(store, store.cancel_ticket(label, day, at=_at(store, at))))


@cli.command()
@db_option
@at_option
def status(db: str, at: str | None) -> None:
    """Waiting counts per service and class, and each counter's mode and ticket."""
    store = _store(db, "status")
    _emit(store.status(at=_at(store, at)).as_json())


def _register_command_modules() -> None:
    """Add every command listed in kiosk/commands/*.py (devices, stations, jobs)."""
    import importlib
    import pkgutil

    from kiosk import commands

    for info in pkgutil.iter_modules(commands.__path__):
        module = importlib.import_module(f"kiosk.commands.{info.name}")
        for command in getattr(module, "COMMANDS", ()):
            if command.name in cli.commands:  # one would silently hide the other
                raise RuntimeError(f"kiosk/commands/{info.name}.py: command {command.name!r} exists already")
            cli.add_command(command)


_register_command_modules()


def _user_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Every refused action: one `error: …` line on stderr, exit 2, no traceback."""

    @functools.wraps(func)
    def run(*args: Any) -> Any:
        try:
            return func(*args)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            _error_line(exc.format_message())
        except click.exceptions.Abort:
            _error_line("aborted")
        except QueueError as exc:
            _error_line(str(exc))
        except OSError as exc:  # a file the system refused (too long a name, no such folder, no access)
            where = f": {exc.filename}" if exc.filename is not None else ""
            _error_line(f"{exc.strerror or exc}{where}")

    return run


def _error_line(message: str) -> None:
    """`error: …` as one line whatever the message quotes (a typed newline shows as \\n); exit 2."""
    line = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in message)
    click.echo(f"error: {line}", err=True)
    sys.exit(EXIT_USER_ERROR)


@_user_errors
def main(args: list[str] | None = None) -> Any:
    """`kiosk ARGS…`; `args` defaults to the process's own (tests pass theirs, in-process)."""
    check_arguments(sys.argv[1:] if args is None else args)
    return cli.main(args, standalone_mode=False)

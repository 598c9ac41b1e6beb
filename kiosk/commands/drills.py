"""`kiosk drill start|end|notes|list|issue`: drills (seeds 000, 004) from the command line."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import click

from kiosk.commands.closing import closed_after_command
from kiosk.commands.params import DatabaseTarget, FilePath
from kiosk.core import clock
from kiosk.core.drills import DRILL_KINDS, Drill

db_option = click.option("--db", "db", required=True, type=DatabaseTarget(),
                         help="The queue: its SQLite file, or postgresql://user@server/database.")
at_option = click.option("--at", "at", default=None, metavar="ISO8601",
                         help="Clock for this action (replays, tests); default now.")
_NEED = re.compile(r"[a-z][a-z0-9_]{0,39}")


def _store(db: str, at: str | None, station: str = "cli"):
    """The store, its clock stopped at --at when given (every drill action then happens at that time)."""
    from kiosk.store import QueueStore

    store = closed_after_command(QueueStore(db, station=station))
    if at is not None:
        store.clock = clock.FrozenClock(clock.parse_at(at, store.branch.tz))
    return store


def _emit(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


def _drill_json(store, d: Drill) -> dict[str, Any]:
    tz = store.branch.tz
    return {"id": d.id, "kind": d.kind, "running": d.running,
            "started_at": clock.local_iso(d.started_at, tz), "started_by": d.started_by or None,
            "ended_at": None if d.ended_at is None else clock.local_iso(d.ended_at, tz),
            "ended_by": d.ended_by or None, "notes": d.notes, "plan": d.plan}


def _plan(ctx: click.Context, param: click.Parameter, value: str | None) -> dict[str, Any] | None:
    """--plan FILE: a JSON object (rate, mix, script, targets), kept with the drill."""
    if value is None:
        return None
    try:
        plan = json.loads(Path(value).read_text("utf-8-sig"))
    except OSError as exc:
        raise click.BadParameter(f"cannot read {value}: {exc.strerror}", ctx, param) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise click.BadParameter(f"{value} is not JSON: {exc}", ctx, param) from None
    if not isinstance(plan, dict):
        raise click.BadParameter(f"{value} must hold one JSON object, e.g. {{\"rate_per_hour\": 60}}",
                                 ctx, param)
    return plan


def _needs(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    needs = tuple(dict.fromkeys(n.strip() for n in value.split(",") if n.strip()))
    wrong = [n for n in needs if not _NEED.fullmatch(n)]
    if wrong:
        raise click.BadParameter(f"{wrong[0]!r} is not a need code (lower case, e.g. wheelchair)", ctx, param)
    return needs


@click.group("drill")
def drill_group() -> None:
    """Drills: start and end one, its summary notes, the list, and drill tickets (marked DRILL / 演练)."""


@drill_group.command("start")
@db_option
@click.option("--kind", required=True, type=click.Choice(DRILL_KINDS),
              help="surge: many customers at once; special: the special-group script.")
@click.option("--plan", "plan", type=FilePath(dir_okay=False), callback=_plan, default=None,
              help="A JSON file with the drill's plan (rate, mix, script, targets), kept with it.")
@at_option
def start(db: str, kind: str, plan: dict[str, Any] | None, at: str | None) -> None:
    """Start a drill (one at a time); prints it."""
    store = _store(db, at)
    _emit(_drill_json(store, store.start_drill(kind, plan)))


@drill_group.command("end")
@db_option
@click.option("--notes", default="", help="The summary and what to improve (总结, 完善预案).")
@at_option
def end(db: str, notes: str, at: str | None) -> None:
    """End the running drill; prints it."""
    store = _store(db, at)
    _emit(_drill_json(store, store.end_drill(notes)))


@drill_group.command("notes")
@db_option
@click.option("--id", "drill_id", required=True, type=click.IntRange(1, 2**63 - 1), help="Drill id.")
@click.option("--text", "text", required=True,
              help="The summary and what to improve; replaces the notes written before.")
@at_option
def notes(db: str, drill_id: int, text: str, at: str | None) -> None:
    """Write a drill's summary notes, during or after it."""
    store = _store(db, at)
    _emit(_drill_json(store, store.save_drill_notes(drill_id, text)))


@drill_group.command("list")
@db_option
@at_option
def list_(db: str, at: str | None) -> None:
    """Every drill, newest first."""
    store = _store(db, at)
    _emit([_drill_json(store, d) for d in store.drills()])


@drill_group.command("issue")
@db_option
@click.option("--service", required=True, help="Service code, e.g. A.")
@click.option("--priority", default="regular", show_default=True, help="Priority class code.")
@click.option("--needs", default="", callback=_needs,
              help="Needs the staff play, e.g. wheelchair,sign_language.")
@click.option("--lang", default="", help="The played customer's language tag, e.g. zh_CN.")
@at_option
def issue(db: str, service: str, priority: str, needs: tuple[str, ...], lang: str, at: str | None) -> None:
    """Issue a ticket of the running drill into the real queue (A9001, A9002…, marked DRILL / 演练); prints
    it as `kiosk issue` does."""
    from kiosk.cli import issued_json

    store = _store(db, at, station="kiosk")
    _emit(issued_json(store, store.issue_drill_ticket(service, priority, lang=lang, needs=needs)))


COMMANDS = [drill_group]

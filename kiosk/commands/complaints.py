"""`kiosk complaint add|progress|reply|close|list`: the complaint register from the command line."""
from __future__ import annotations

import json
from typing import Any

import click

from kiosk.commands.closing import closed_after_command
from kiosk.commands.params import DatabaseTarget, TicketLabel
from kiosk.core import clock
from kiosk.core.complaints import CHANNELS, IN_PROGRESS, REPLIED, TEXT_MAX, Complaint

db_option = click.option("--db", "db", required=True, type=DatabaseTarget(),
                         help="The queue: its SQLite file, or postgresql://user@server/database.")
at_option = click.option("--at", "at", default=None, metavar="ISO8601",
                         help="Clock for this action (replays, tests); default now.")
id_option = click.option("--id", "complaint_id", required=True, type=click.IntRange(1, 2**63 - 1),
                         help="Complaint id.")


def _text(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Free text: something said, at most TEXT_MAX characters (the store refuses the same)."""
    if value is None:
        return None
    if not value.strip():
        raise click.BadParameter("is empty: say what it is", ctx, param)
    if len(value.strip()) > TEXT_MAX:
        raise click.BadParameter(f"is {len(value.strip())} characters long: at most {TEXT_MAX} are kept",
                                 ctx, param)
    return value


def _store(db: str):
    from kiosk.store import QueueStore

    return closed_after_command(QueueStore(db, station="cli"))


def _at(store, at: str | None):
    return None if at is None else clock.parse_at(at, store.branch.tz)


def _emit(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


def _brief(store, c: Complaint) -> dict[str, Any]:
    tz = store.branch.tz
    return {"id": c.id, "status": c.status, "reply_due": clock.local_iso(c.reply_due, tz)}


def _full(store, c: Complaint) -> dict[str, Any]:
    tz = store.branch.tz

    def iso(at):
        return None if at is None else clock.local_iso(at, tz)

    return {**_brief(store, c), "received_at": iso(c.received_at), "channel": c.channel, "matter": c.matter,
            "ticket": c.ticket, "service": c.service, "counter": c.counter, "taken_by": c.taken_by or None,
            "replied_at": iso(c.replied_at), "closed_at": iso(c.closed_at), "rating_id": c.rating_id,
            "overdue": c.overdue(store.clock.now()),
            "steps": [{"at": iso(s.at), "actor": s.actor or None, "status": s.status, "note": s.note}
                      for s in c.steps]}


@click.group("complaint")
def complaint_group() -> None:
    """The complaint register: record, take further, reply, close, list."""


@complaint_group.command("add")
@db_option
@click.option("--channel", required=True, type=click.Choice(CHANNELS), help="How it came in.")
@click.option("--text", "text", required=True, callback=_text,
              help=f"The matter, in the customer's words (at most {TEXT_MAX} characters).")
@click.option("--ticket", "label", default=None, type=TicketLabel(),
              help="The ticket concerned, e.g. A007 (of the day of --at); its service and counter are kept.")
@click.option("--on-the-spot", "on_the_spot", default=None, callback=_text, metavar="TEXT",
              help="Resolved there and then: how. The complaint is received and closed in one step.")
@at_option
def add(db: str, channel: str, text: str, label: str | None, on_the_spot: str | None, at: str | None) -> None:
    """Record a complaint; prints its id, status and the promised reply time."""
    store = _store(db)
    _emit(_brief(store, store.add_complaint(channel, text, ticket=label, on_the_spot=on_the_spot,
                                            at=_at(store, at))))


def _step_command(name: str, status: str, doc: str) -> None:
    @complaint_group.command(name, help=doc)
    @db_option
    @id_option
    @click.option("--text", "text", required=True, callback=_text,
                  help=f"What was done or answered (at most {TEXT_MAX} characters).")
    @at_option
    def command(db: str, complaint_id: int, text: str, at: str | None) -> None:
        store = _store(db)
        _emit(_brief(store, store.complaint_step(complaint_id, status, text, at=_at(store, at))))


_step_command("progress", IN_PROGRESS, "Note a follow-up: the complaint is in progress.")
_step_command("reply", REPLIED, "Record the reply given to the customer.")


@complaint_group.command("close")
@db_option
@id_option
@click.option("--text", "text", default="", help=f"A closing note (at most {TEXT_MAX} characters).")
@at_option
def close(db: str, complaint_id: int, text: str, at: str | None) -> None:
    """Close a replied complaint."""
    store = _store(db)
    _emit(_brief(store, store.close_complaint(complaint_id, text, at=_at(store, at))))


@complaint_group.command("list")
@db_option
@click.option("--open", "open_only", is_flag=True, help="Only complaints not closed.")
@click.option("--overdue", "overdue_only", is_flag=True,
              help="Only those not replied by their promised time.")
@at_option
def list_(db: str, open_only: bool, overdue_only: bool, at: str | None) -> None:
    """The register, newest first, with each step."""
    store = _store(db)
    if at is not None:  # "overdue" as of that time
        store.clock = clock.FrozenClock(_at(store, at))
    _emit([_full(store, c) for c in store.complaints(open_only=open_only, overdue_only=overdue_only)])


COMMANDS = [complaint_group]

"""`kiosk home-visit request|approve|refuse|cancel|assign|call|done|list`: the home-visit register."""
from __future__ import annotations

import enum
import json
from datetime import date, datetime
from typing import Any

import click

from kiosk.commands.closing import closed_after_command
from kiosk.commands.params import DatabaseTarget
from kiosk.core import clock
from kiosk.core.clock import FrozenClock
from kiosk.core.home_visits import REQUESTERS, HomeVisit

db_option = click.option("--db", "db", required=True, type=DatabaseTarget(),
                         help="The queue: its SQLite file, or postgresql://user@server/database.")
ID_MAX = 2**63 - 1  # the databases' largest integer
id_option = click.option("--id", "visit_id", required=True, type=click.IntRange(1, ID_MAX),
                         help="The visit's id.")
at_option = click.option("--at", "at", default=None, metavar="ISO8601",
                         help="Clock for this action (replays, tests); default now.")


def _store(db: str, at: str | None, actor: str = ""):
    """The store acting as `actor`, its clock standing at `at` when given."""
    from kiosk.store import QueueStore

    store = closed_after_command(QueueStore(db, station="cli", actor=actor))
    if at is not None:
        store.clock = FrozenClock(clock.parse_at(at, store.branch.tz))
    return store


def _emit(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


def _short(visit: HomeVisit) -> dict[str, Any]:
    return {"id": visit.id, "status": visit.status.value, "due_by": visit.due_by.isoformat()}


def _full(store, visit: HomeVisit, today: date) -> dict[str, Any]:
    """Every column; times in the branch's zone with their offset."""
    out: dict[str, Any] = {}
    for name, value in vars(visit).items():
        if isinstance(value, datetime):
            value = clock.local_iso(value, store.branch.tz)
        elif isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, enum.Enum):
            value = value.value
        out[name] = value
    out["overdue"] = visit.overdue(today)
    return out


@click.group("home-visit")
def home_visit_group() -> None:
    """The home-visit register: request, approve, assign two staff, log the call, record the outcome."""


@home_visit_group.command("request")
@db_option
@click.option("--service", required=True, help="Service code, e.g. B.")
@click.option("--reason", required=True, help="Why the customer cannot come to the branch.")
@click.option("--contact", required=True, help="How to reach them (phone): personal, erased after retention.")
@click.option("--address", default="", help="Where to go: personal, erased after retention.")
@click.option("--requested-by", "requested_by", type=click.Choice(REQUESTERS), default="customer",
              show_default=True, help="Who asked: the customer, or an agent for them.")
@at_option
def request(db: str, service: str, reason: str, contact: str, address: str, requested_by: str,
            at: str | None) -> None:
    """Register a request; prints its id, status and due_by (the last working day allowed)."""
    store = _store(db, at)
    _emit(_short(store.request_home_visit(service, reason, requested_by, contact, address)))


@home_visit_group.command("approve")
@db_option
@id_option
@click.option("--by", "by", required=True, help="Staff number of the approving lobby manager or manager.")
@at_option
def approve(db: str, visit_id: int, by: str, at: str | None) -> None:
    """Approve a request (an active lobby manager or manager account)."""
    store = _store(db, at, actor=by.strip())
    _emit(_short(store.approve_home_visit(visit_id)))


def _text_step(name: str, option: str, option_help: str, doc: str, step: str) -> None:
    """`kiosk home-visit NAME --db P --id N --OPTION TEXT [--at ISO]`: `store.STEP(id, text)`, the visit's id,
    status and due_by printed."""
    @home_visit_group.command(name, help=doc)
    @db_option
    @id_option
    @click.option(f"--{option}", "text", required=True, help=option_help)
    @at_option
    def command(db: str, visit_id: int, text: str, at: str | None) -> None:
        _emit(_short(getattr(_store(db, at), step)(visit_id, text)))


_text_step("refuse", "note", "Why it is refused (the customer is told).",
           "Refuse a request that is not yet under way.", "refuse_home_visit")
_text_step("cancel", "note", "Why it is withdrawn.",
           "Withdraw a request before staff are assigned (the customer no longer needs it).",
           "cancel_home_visit")


@home_visit_group.command("assign")
@db_option
@id_option
@click.option("--staff", required=True, metavar="A,B", help="The two staff numbers who go, e.g. 1001,1002.")
@at_option
def assign(db: str, visit_id: int, staff: str, at: str | None) -> None:
    """Assign the two distinct active staff who go (双人同行)."""
    numbers = [n.strip() for n in staff.split(",")]
    if len(numbers) != 2:
        raise click.BadParameter("give exactly two staff numbers, e.g. 1001,1002", param_hint="--staff")
    _emit(_short(_store(db, at).assign_home_visit(visit_id, *numbers)))


_text_step("call", "note", "The call before leaving: what was agreed.",
           "Log the call to the customer before leaving.", "log_home_visit_call")
_text_step("done", "outcome", "What was done (kept in the register).", "Record the visit's outcome.",
           "finish_home_visit")


@home_visit_group.command("list")
@db_option
@click.option("--open", "open_only", is_flag=True, help="Only visits not yet done, refused or cancelled.")
@click.option("--overdue", "overdue_only", is_flag=True, help="Only open visits past their last allowed day.")
@at_option
def list_(db: str, open_only: bool, overdue_only: bool, at: str | None) -> None:
    """The register as a JSON list (contact and address shown until erased after retention)."""
    store = _store(db, at)
    store.erase_expired_home_visits()
    today = date.fromisoformat(store.today())
    _emit([_full(store, v, today) for v in store.home_visits(open_only, overdue_only)])


COMMANDS = [home_visit_group]

"""`kiosk slots|book|check-in|bookings|cancel-booking`: bookings in slots from the command line."""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import click

from kiosk.commands.closing import closed_after_command
from kiosk.commands.params import DatabaseTarget
from kiosk.core import clock
from kiosk.core.errors import ClockError, QueueError
from kiosk.core.slots import Booking, Slot

_db = click.option("--db", "db", required=True, type=DatabaseTarget(),
                   help="The queue: its SQLite file, or postgresql://user@server/database.")
_at = click.option("--at", "at", default=None, metavar="ISO8601",
                   help="Clock for this action (replays, tests); default now.")
_code = click.option("--code", required=True, help="The booking's code, e.g. 483920.")


def _open(db: str, station: str):
    from kiosk.store import QueueStore

    return closed_after_command(QueueStore(db, station=station))


def _time(store, text: str | None, option: str = "--at") -> datetime | None:
    if text is None:
        return None
    try:
        return clock.parse_at(text, store.branch.tz)
    except ClockError as exc:
        raise QueueError(str(exc).replace("--at:", f"{option}:", 1)) from None


def _emit(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False))


def _slot_json(store, slot: Slot) -> dict[str, Any]:
    tz = store.branch.tz
    return {"start": clock.local_iso(slot.start, tz), "end": clock.local_iso(slot.end, tz),
            "capacity": slot.capacity, "booked": slot.booked}


def _booking_json(store, b: Booking) -> dict[str, Any]:
    tz = store.branch.tz
    return {"code": b.code, "service": b.service, "start": clock.local_iso(b.start, tz),
            "end": clock.local_iso(b.end, tz), "status": b.status, "booked_by": b.booked_by}


@click.command("slots")
@_db
@click.option("--service", required=True, help="Service code, e.g. C.")
@click.option("--date", "day", required=True, metavar="YYYY-MM-DD")
@_at
def slots_command(db: str, service: str, day: str, at: str | None) -> None:
    """The service's slots on a day: start, end, capacity and places booked (booked or checked in)."""
    store = _open(db, "cli")
    store.mark_no_shows(_time(store, at))
    _emit([_slot_json(store, s) for s in store.slots(service, day)])


@click.command("book")
@_db
@click.option("--service", required=True, help="Service code, e.g. C.")
@click.option("--slot", "slot", required=True, metavar="ISO8601", help="The slot's start.")
@click.option("--lang", default="", help="The customer's language tag, e.g. zh_CN.")
@_at
def book_command(db: str, service: str, slot: str, lang: str, at: str | None) -> None:
    """Book a place in a slot; prints its code. A full slot exits 2 and names the next free one."""
    store = _open(db, "cli")
    when = _time(store, at)
    start = _time(store, slot, "--slot")
    store.mark_no_shows(when)
    b = store.book(service, start, lang=lang, at=when)
    booked = _booking_json(store, b)
    _emit({key: booked[key] for key in ("code", "service", "start", "end")})


@click.command("check-in")
@_db
@_code
@_at
def check_in_command(db: str, code: str, at: str | None) -> None:
    """Check a booking in as a ticket (as `kiosk issue` prints it); the appointment class within the
    configured window around its slot."""
    from kiosk.cli import issued_json

    store = _open(db, "kiosk")
    _emit(issued_json(store, store.check_in(code, at=_time(store, at))))


@click.command("bookings")
@_db
@click.option("--date", "day", required=True, metavar="YYYY-MM-DD")
@click.option("--service", default=None, help="Only this service.")
@_at
def bookings_command(db: str, day: str, service: str | None, at: str | None) -> None:
    """The bookings of a day, by slot: code, service, start, end, status, the station that booked; a booking
    past its no-show time is marked one first (`--at`: as of that time)."""
    store = _open(db, "cli")
    store.mark_no_shows(_time(store, at))
    _emit([_booking_json(store, b) for b in store.bookings(day, service)])


@click.command("cancel-booking")
@_db
@_code
@_at
def cancel_booking_command(db: str, code: str, at: str | None) -> None:
    """Cancel a booking not yet checked in: its place is free again."""
    store = _open(db, "cli")
    _emit(_booking_json(store, store.cancel_booking(code, at=_time(store, at))))


COMMANDS = [slots_command, book_command, check_in_command, bookings_command, cancel_booking_command]

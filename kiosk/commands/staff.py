"""`kiosk staff add|passwd|list`: staff accounts from the command line (the machine's operator)."""
from __future__ import annotations

import json
import sys

import click

from kiosk.commands.closing import closed_after_command
from kiosk.commands.params import DatabaseTarget
from kiosk.core.errors import QueueError
from kiosk.core.staff import Role


@click.group("staff")
def staff_group() -> None:
    """Manage staff accounts: add, reset a PIN, deactivate, list."""


def _pin(ctx, param, value: str | None) -> str:
    """--pin, else asked at the terminal (twice, hidden), else one line of standard input (a script's pipe:
    getpass would warn and read it anyway)."""
    if value is not None:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return click.prompt("PIN", hide_input=True, confirmation_prompt=True, err=True)
    click.echo("no terminal: reading the PIN from the first line of standard input", err=True)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line.strip():
        raise QueueError("no PIN: give --pin, pipe the PIN in, or run this at a terminal")
    return line.removesuffix("\n").removesuffix("\r")


@staff_group.command("add")
@click.option("--db", "db", required=True, type=DatabaseTarget())
@click.option("--number", required=True, help="Staff number.")
@click.option("--name", required=True)
@click.option("--role", type=click.Choice([r.value for r in Role]), default=Role.TELLER.value,
              show_default=True)
@click.option("--pin", default=None, callback=_pin, help="6-8 digits (asked for when left out).")
def add(db: str, number: str, name: str, role: str, pin: str) -> None:
    from kiosk.store import QueueStore
    from kiosk.store.staff import add_staff

    staff = add_staff(closed_after_command(QueueStore(db, station="cli")), number, name, Role(role), pin)
    click.echo(json.dumps({"number": staff.number, "name": staff.name, "role": staff.role.value},
                          ensure_ascii=False))


@staff_group.command("passwd")
@click.option("--db", "db", required=True, type=DatabaseTarget())
@click.option("--number", required=True)
@click.option("--pin", default=None, callback=_pin, help="The new PIN (asked for when left out).")
def passwd(db: str, number: str, pin: str) -> None:
    """Set a new PIN; this also unlocks the account."""
    from kiosk.store import QueueStore
    from kiosk.store.staff import set_pin

    set_pin(closed_after_command(QueueStore(db, station="cli")), number, pin)
    click.echo(json.dumps({"number": number.strip(), "pin": "changed"}))


@staff_group.command("deactivate")
@click.option("--db", "db", required=True, type=DatabaseTarget())
@click.option("--number", required=True)
def deactivate(db: str, number: str) -> None:
    """No more sign-ins for this account; its records stay."""
    _set_active(db, number, False)


@staff_group.command("activate")
@click.option("--db", "db", required=True, type=DatabaseTarget())
@click.option("--number", required=True)
def activate(db: str, number: str) -> None:
    """Allow a deactivated account to sign in again."""
    _set_active(db, number, True)


def _set_active(db: str, number: str, active: bool) -> None:
    from kiosk.store import QueueStore
    from kiosk.store.staff import set_active

    set_active(closed_after_command(QueueStore(db, station="cli")), number, active)
    click.echo(json.dumps({"number": number.strip(), "active": active}))


@staff_group.command("list")
@click.option("--db", "db", required=True, type=DatabaseTarget())
def list_(db: str) -> None:
    from kiosk.store import QueueStore
    from kiosk.store.staff import list_staff

    store = closed_after_command(QueueStore(db, station="cli"))
    click.echo(json.dumps(list_staff(store), ensure_ascii=False))


COMMANDS = [staff_group]

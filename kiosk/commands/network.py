"""`kiosk migrate` and `kiosk roles`: the administrator's commands for a branch on a PostgreSQL server."""
from __future__ import annotations

import json

import click

from kiosk.commands.params import DatabaseTarget, FilePath
from kiosk.core.errors import QueueError
from kiosk.store.target import is_url


def _url(value: str, option: str) -> str:
    if not is_url(value):
        raise QueueError(f"{option} {value}: give the branch's PostgreSQL database, e.g. "
                         "postgresql://kiosk_admin@192.168.1.10/branch")
    return value


@click.command("migrate")
@click.option("--from", "source", required=True, type=FilePath(exists=True, dir_okay=False),
              help="The branch's SQLite file.")
@click.option("--to", "target", required=True, type=DatabaseTarget(),
              help="An empty PostgreSQL database: postgresql://owner@server/database.")
def migrate_command(source: str, target: str) -> None:
    """Copy a branch's whole history from its SQLite file into an empty PostgreSQL database, in one
    transaction; then check the rows and the event log's hash chain on the copy."""
    from kiosk.store.pg_migrate import migrate

    click.echo(json.dumps(migrate(source, _url(target, "--to")), ensure_ascii=False))


@click.command("roles")
@click.option("--db", "db", required=True, type=DatabaseTarget(),
              help="The queue database, as its owner: postgresql://owner@server/database.")
def roles_command(db: str) -> None:
    """Create or update the group roles kiosk_station (kiosk PCs) and kiosk_staff (every other station) and
    print what each may do; each PC's login is then made a member of one."""
    from kiosk.store.pg_access import grant_roles

    roles = grant_roles(_url(db, "--db"))
    click.echo(json.dumps({"db": db, "roles": roles}, ensure_ascii=False))
    click.echo("next, a login per PC (in psql, as the owner): CREATE ROLE kiosk_door LOGIN IN ROLE "
               "kiosk_station; \\password kiosk_door; then kiosk setup on that PC", err=True)


COMMANDS = [migrate_command, roles_command]

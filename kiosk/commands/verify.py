"""`kiosk verify`: check the event log's hash chain; exit 2 at the first broken link."""
from __future__ import annotations

import json
import re

import click

from kiosk.commands.params import DatabaseTarget
from kiosk.core.errors import QueueError

_SHA256 = re.compile(r"[0-9a-f]{64}", re.ASCII)


@click.command("verify")
@click.option("--db", "db", required=True, type=DatabaseTarget(), help="The queue: its SQLite file, or postgresql://user@server/database.")
@click.option("--hash", "expect", default=None, metavar="SHA256",
              help="A final hash from an earlier export: it must still be in the log.")
def verify_command(db: str, expect: str | None) -> None:
    """Check that no event was changed, removed or written outside the program. Prints the events checked
    and the last hash; exit 2 names the first broken link."""
    from kiosk.store import QueueStore

    if expect is not None:
        expect = expect.strip().lower()
        if not _SHA256.fullmatch(expect):
            raise QueueError(f"--hash: {expect[:80]!r} is not a SHA-256 (64 hex digits, as an export "
                             "prints it)")
    store = QueueStore(db, station="export", read_only=True)  # a reader, like the exports: writes nothing
    try:
        check = store.verify_events(expect)
    finally:
        store.close()
    result = {"ok": check.ok, "events": check.events, "last_event": check.last_id,
              "last_hash": check.last_hash}
    if expect:
        result["hash_event"] = check.found_id
    if not check.ok:
        result.update(broken_event=check.broken_id, problem=check.problem)
    click.echo(json.dumps(result, ensure_ascii=False))
    if not check.ok:
        raise QueueError(f"the event log is not intact: {check.problem}")


COMMANDS = [verify_command]

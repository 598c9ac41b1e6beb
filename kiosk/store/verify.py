"""Checking the events' hash chain (`kiosk verify`): every row in order, the first broken link named."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.core import chain
from kiosk.core.chain import ChainCheck
from kiosk.store.reports import snapshot

if TYPE_CHECKING:
    from kiosk.store.queue import QueueStore

APPEND_ONLY_TRIGGERS = ("events_append_only_delete", "events_append_only_update")


class EventCheck:
    """QueueStore's part: `kiosk verify`."""

    def verify_events(self, expect: str | None = None) -> ChainCheck:
        """The event log's hash chain checked link by link (verify_events below)."""
        return verify_events(self, expect)


def verify_events(store: QueueStore, expect: str | None = None) -> ChainCheck:
    """Read every event in id order in one snapshot and recompute each link. `expect`: a hash an export
    printed, which must still be in the chain (a log rewritten and chained afresh passes every link, but
    no longer holds the hashes given out before)."""
    found = None
    with snapshot(store), store.conn.errors():
        count, last_id, previous = 0, None, chain.GENESIS
        rows = store.db.execute(f"SELECT {', '.join(chain.COLUMNS)}, hash FROM events ORDER BY id")
        for *row, stored in rows:
            problem = _broken(last_id, previous, tuple(row), stored)
            if problem:
                return ChainCheck(count, last_id, previous if last_id else None,
                                  1 if last_id is None else last_id + 1, problem)
            count, last_id, previous = count + 1, row[0], stored
            if stored == expect:
                found = last_id
        present = store.conn.triggers("events")
    last_hash = previous if last_id else None
    gone = [name for name in APPEND_ONLY_TRIGGERS if name not in present]
    problem = ""
    if gone:
        problem = (f"the append-only trigger {' and '.join(gone)} {'are' if len(gone) > 1 else 'is'} gone: "
                   "events could be changed unseen from here on")
    elif expect is not None and found is None:
        problem = (f"no event has the hash {expect}: the log was rewritten since that hash was given out, "
                   "or it is another branch's")
    return ChainCheck(count, last_id, last_hash, None, problem, found)


def _broken(last_id: int | None, previous: str, row: tuple, stored: str | None) -> str:
    """What is wrong with `row` after the event `last_id` whose hash is `previous`; "" when nothing."""
    expected = 1 if last_id is None else last_id + 1
    event_id = row[0]
    if event_id != expected:
        missing = (f"event {expected} is missing" if event_id == expected + 1
                   else f"events {expected} to {event_id - 1} are missing")
        after = (f"the chain starts at event {event_id}" if last_id is None
                 else f"event {last_id} is followed by {event_id}")
        return f"{missing}: {after}"
    if stored is None:
        return f"event {event_id} has no hash: it was written outside the queue program"
    if stored != chain.link(previous, row):
        return (f"event {event_id} does not match its hash: it was changed, or written outside the queue "
                "program")
    return ""

"""The events' hash chain: each row's SHA-256 covers the row before, so a changed or lost row shows."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

GENESIS = "0" * 64  # what the first event chains to
# The columns a link covers, in this order (kiosk.store.schema: events)
COLUMNS = ("id", "at", "station", "actor", "action", "ticket_id", "counter", "details")

_canonical = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_sha256 = hashlib.sha256


def link(previous: str, row: tuple) -> str:
    """The hash of an event `row` (values in COLUMNS order) after the event whose hash is `previous`:
    SHA-256 of the previous hash (hex) and the row as compact JSON (floats as Python writes them, which
    reads back the same double), in UTF-8."""
    return _sha256((previous + _canonical(row)).encode()).hexdigest()


@dataclass(frozen=True)
class ChainCheck:
    """`events` rows checked; the last good row's id and hash; or the first broken one and what is wrong.
    `found_id`: the event whose hash is the one asked for (from an export), if any."""

    events: int
    last_id: int | None
    last_hash: str | None
    broken_id: int | None = None
    problem: str = ""
    found_id: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problem

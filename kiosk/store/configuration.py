"""The branch configuration: stored, validated, cached per change, and the business day it sets."""
from __future__ import annotations

from datetime import datetime

from kiosk.core import clock
from kiosk.core.config import Branch, parse_branch
from kiosk.core.errors import ConfigChanged, QueueError
from kiosk.core.models import CounterMode
from kiosk.store.counters import _still_busy
from kiosk.store.db import StoreError


class Configuration:
    """QueueStore's part: the stored branch configuration, re-read only when another station changed it."""

    def _start_configuration(self) -> None:
        self._branch: Branch | None = None
        self._branch_text: str | None = None
        self._branch_version: int | None = None

    @property
    def branch(self) -> Branch:
        """The stored configuration, re-read only after another connection committed something
        (PRAGMA data_version); this connection's own writes change it only through configure()."""
        version = self.conn.data_version()
        if self._branch is None or version != self._branch_version:
            text = self._setting("branch_toml")
            if text is None:
                raise StoreError(f"database {self.conn.path} has no configuration; run kiosk init")
            if text != self._branch_text:
                self._branch = parse_branch(text, "stored configuration", stored=True)
                self._branch_text = text
            self._branch_version = version
        return self._branch

    def configure(self, config_text: str, at: datetime | None = None, changes: list[str] | None = None,
                  replacing: str | None = None) -> Branch:
        """Validate and store a new branch configuration; counters it names are added or updated.
        `changes` (what the editor changed) goes into the event row. `replacing`: the text the editor
        loaded; if someone saved another since, nothing is written (their changes are not undone)."""
        self.check("configure")
        branch = parse_branch(config_text)
        at = at or self.clock.now()
        with self.conn.errors(), self.conn.write() as db:
            if replacing is not None:
                row = db.execute("SELECT value FROM settings WHERE key = 'branch_toml'").fetchone()
                if row is None or row[0] != replacing:
                    raise ConfigChanged("the configuration was saved at another station after you opened "
                                        "it; reload it and make your changes again")
            configured = self._configured_services(db)
            removed = self._remove_counters(db, {c.number for c in branch.counters})
            db.execute("INSERT INTO settings (key, value) VALUES ('branch_toml', ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [config_text])
            for c in branch.counters:
                # A counter whose configured services did not change keeps what its teller chose.
                on_conflict = ("NOTHING" if configured.get(c.number) == c.services
                               else "UPDATE SET services = excluded.services")
                db.execute(
                    "INSERT INTO counters (number, services, mode, updated_at) VALUES (?, ?, ?, ?) "
                    f"ON CONFLICT (number) DO {on_conflict}",
                    [c.number, ",".join(c.services), CounterMode.CLOSED.value, at.timestamp()],
                )
            details = {"branch": branch.name, **({"changes": changes} if changes is not None else {}),
                       **({"removed_counters": removed} if removed else {})}
            self._event(at, "configure", None, None, details)
            self._branch = None  # read again on next use (also if this transaction fails)
        return branch

    @staticmethod
    def _configured_services(db) -> dict[int, tuple[str, ...]]:
        """Inside the write: each counter's services in the configuration being replaced."""
        row = db.execute("SELECT value FROM settings WHERE key = 'branch_toml'").fetchone()
        try:
            old = parse_branch(row[0], "stored configuration", stored=True) if row else None
        except QueueError:  # unreadable: every counter takes the new configuration's services
            old = None
        return {c.number: c.services for c in old.counters} if old else {}

    def _remove_counters(self, db, kept: set[int]) -> list[int]:
        """Inside the write: delete the counters a new configuration leaves out (their events stay);
        CounterUnavailable while one still has a ticket. Tickets sent to one go back to their queue."""
        rows = db.execute("SELECT number, current_ticket_id FROM counters ORDER BY number").fetchall()
        removed = [(number, current) for number, current in rows if number not in kept]
        for number, current in removed:
            if current is not None:
                raise _still_busy(number, self.ticket_by_id(current), "finish, transfer or mark it "
                                  "no-show before removing the counter from the configuration")
        for number, _ in removed:
            db.execute("UPDATE tickets SET reserved_counter = NULL WHERE reserved_counter = ? "
                       "AND status = 'waiting'", [number])
            db.execute("DELETE FROM counters WHERE number = ?", [number])
        return [number for number, _ in removed]

    def today(self) -> str:
        """The branch's business day now, by this station's clock (YYYY-MM-DD)."""
        return clock.business_day(self.clock.now(), self.branch.tz)

    def codes_in_use(self, at: datetime | None = None) -> set[str]:
        """Services and classes of today's tickets still waiting, called or being served."""
        day = clock.business_day(at or self.clock.now(), self.branch.tz)
        with self.conn.errors():
            rows = self.db.execute("SELECT DISTINCT service, priority FROM tickets WHERE business_day = ? "
                                   "AND status IN ('waiting', 'called', 'serving')", [day]).fetchall()
        return {code for row in rows for code in row}

    def branch_toml(self) -> str:
        """The stored configuration's TOML text, as the manager last saved it."""
        text = self._setting("branch_toml")
        if text is None:
            raise StoreError(f"database {self.conn.path} has no configuration; run kiosk init")
        return text

    def _setting(self, key: str) -> str | None:
        with self.conn.errors():
            row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

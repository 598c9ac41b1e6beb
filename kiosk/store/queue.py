"""The queue's user actions, each one BEGIN IMMEDIATE transaction plus one appended event: QueueStore,
composed of one part per concern (kiosk/store/__init__.py lists them)."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from kiosk.core.clock import Clock, or_system
from kiosk.core.config import default_toml
from kiosk.core.models import Issued
from kiosk.store.appointments import Appointments
from kiosk.store.bookings import Bookings
from kiosk.store.calling import Calling
from kiosk.store.care import HelpRequests
from kiosk.store.complaints import Complaints
from kiosk.store.configuration import Configuration
from kiosk.store.counters import Counters
from kiosk.store.db import BUSY_TIMEOUT_MS
from kiosk.store.drill_review import DrillReviews
from kiosk.store.drills import Drills
from kiosk.store.events import append_event
from kiosk.store.forecast import Forecasting
from kiosk.store.home_visits import HomeVisits
from kiosk.store.ratings import Ratings
from kiosk.store.reports import Reports
from kiosk.store.session import Session
from kiosk.store.shunting import Shunting
from kiosk.store.status import Status
from kiosk.store.surge import SurgeLog
from kiosk.store.target import open_connection
from kiosk.store.tickets import Tickets
from kiosk.store.upkeep import Upkeep
from kiosk.store.verify import EventCheck

__all__ = ["Issued", "QueueStore"]


class QueueStore(Session, Configuration, Tickets, Counters, Calling, Appointments, Bookings, HelpRequests,
                 HomeVisits, Complaints, Ratings, Shunting, Drills, DrillReviews, Forecasting, SurgeLog,
                 Status, Reports, EventCheck, Upkeep):
    """The queue on a SQLite file or a PostgreSQL database; `station` and `actor` go into every event."""

    def __init__(self, path: str | Path, station: str = "cli", actor: str = "", create: bool = False,
                 busy_timeout_ms: int = BUSY_TIMEOUT_MS, read_only: bool = False,
                 clock: Clock | None = None, durable: bool = True):
        # The one source of "now" for this station's actions and reads (default: the computer's clock).
        self.clock = or_system(clock)
        self.conn = open_connection(path, create=create, busy_timeout_ms=busy_timeout_ms, read_only=read_only,
                                    durable=durable)
        self.db = self.conn.db
        self.station = station
        try:
            self._start_session(actor)
            self._start_configuration()
        except BaseException:  # refused (not a queue database, damaged, too new): no connection left open
            self.conn.close()
            raise

    @classmethod
    def init(cls, path: str | Path, config_text: str | None = None, station: str = "cli",
             clock: Clock | None = None, durable: bool = True) -> QueueStore:
        """Create or migrate the database; load `config_text` (or keep/create the default). `durable`
        False: a throwaway database (a simulation's), whose commits do not wait for the disk."""
        store = cls(path, station=station, create=True, clock=clock, durable=durable)
        try:
            current = store._setting("branch_toml")
            if config_text is not None or current is None:
                store.configure(config_text if config_text is not None else default_toml())
        except BaseException:  # a configuration refused: the caller gets no store, so none stays open
            store.close()
            raise
        return store

    def close(self) -> None:
        self.conn.close()

    def change_token(self) -> tuple[int, int]:
        return self.conn.change_token()

    def _event(self, at: datetime, action: str, ticket_id: int | None, counter: int | None,
               details: dict) -> None:
        """Inside the write: append this station's event (kiosk.store.events)."""
        append_event(self.db, at, self.station, self.actor, action, ticket_id, counter, details)

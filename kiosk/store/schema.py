"""The database schema as sqlite-utils migrations; applied in order, each exactly once."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from kiosk.core import chain

migrations = Migrations("kiosk")
_APPEND_ONLY_UPDATE = ("CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events "
                       "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END")


@migrations()
def m001_queue(db: Database) -> None:
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["tickets"].create(
        {
            "id": int,
            "business_day": str,  # YYYY-MM-DD in the branch's time zone
            "issued_service": str,  # service at issue: owns the number
            "number": int,
            "label": str,
            "service": str,  # current service (a transfer changes it)
            "priority": str,
            "lang": str,
            "needs": str,  # comma-separated declared needs
            "status": str,
            "counter": int,
            "issued_at": float,  # seconds since the epoch, UTC
            "called_at": float,
            "started_at": float,
            "finished_at": float,
            "recalls": int,
            "updated_at": float,  # time of the ticket's last event
        },
        pk="id",
        not_null={"business_day", "issued_service", "number", "label", "service", "priority",
                  "status", "issued_at", "updated_at", "recalls"},
        defaults={"recalls": 0, "lang": "", "needs": ""},
    )
    # Every index costs a WAL page per write, so only these (measured in bench/latency.py):
    t = db["tickets"]
    t.create_index(["business_day", "issued_service", "number"], unique=True)  # numbering, labels
    # The head of each waiting (service, class) group, and recent arrivals for the wait estimate.
    db.execute("CREATE INDEX idx_tickets_waiting ON tickets "
               "(business_day, service, priority, issued_at, id) WHERE status = 'waiting'")
    # Today's observed service times.
    db.execute("CREATE INDEX idx_tickets_finished ON tickets (business_day, service, finished_at) "
               "WHERE finished_at IS NOT NULL")

    db["counters"].create(
        {"number": int, "services": str, "mode": str, "current_ticket_id": int, "updated_at": float},
        pk="number",
        not_null={"services", "mode"},
        foreign_keys=[("current_ticket_id", "tickets", "id")],
    )
    db["events"].create(
        {
            "id": int,
            "at": float,
            "station": str,
            "actor": str,
            "action": str,
            "ticket_id": int,
            "counter": int,
            "details": str,  # JSON
        },
        pk="id",
        not_null={"at", "station", "action"},
        foreign_keys=[("ticket_id", "tickets", "id")],
    )
    # No index on events yet: rows arrive in time order, and reports read whole days.
    db.execute(_APPEND_ONLY_UPDATE)
    db.execute(
        "CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"
    )

    # Waiting tickets per (day, service, class), kept by triggers so no code path can forget it.
    db.execute(
        "CREATE TABLE waiting_counts (business_day TEXT NOT NULL, service TEXT NOT NULL, "
        "priority TEXT NOT NULL, waiting INTEGER NOT NULL DEFAULT 0, "
        "PRIMARY KEY (business_day, service, priority)) WITHOUT ROWID"
    )
    add = (
        "INSERT INTO waiting_counts (business_day, service, priority, waiting) "
        "VALUES (new.business_day, new.service, new.priority, 1) "
        "ON CONFLICT DO UPDATE SET waiting = waiting + 1;"
    )
    remove = (
        "UPDATE waiting_counts SET waiting = waiting - 1 WHERE business_day = old.business_day "
        "AND service = old.service AND priority = old.priority;"
    )
    db.execute(
        f"CREATE TRIGGER tickets_count_insert AFTER INSERT ON tickets "
        f"WHEN new.status = 'waiting' BEGIN {add} END"
    )
    db.execute(
        f"CREATE TRIGGER tickets_count_leave AFTER UPDATE OF status, service, priority ON tickets "
        f"WHEN old.status = 'waiting' BEGIN {remove} END"
    )
    db.execute(
        f"CREATE TRIGGER tickets_count_join AFTER UPDATE OF status, service, priority ON tickets "
        f"WHEN new.status = 'waiting' BEGIN {add} END"
    )
    db.execute(
        f"CREATE TRIGGER tickets_count_delete AFTER DELETE ON tickets "
        f"WHEN old.status = 'waiting' BEGIN {remove} END"
    )


@migrations()
def m002_help_and_appointments(db: Database) -> None:
    db["help_requests"].create(
        {
            "id": int,
            "at": float,
            "station": str,
            "kind": str,  # call_staff, printer_failed, ...
            "ticket_id": int,
            "status": str,  # open, acknowledged, resolved
            "acknowledged_at": float,
            "resolved_at": float,
            "actor": str,  # who answered
            "note": str,
        },
        pk="id",
        not_null={"at", "station", "kind", "status"},
        foreign_keys=[("ticket_id", "tickets", "id")],
    )
    db.execute("CREATE INDEX idx_help_open ON help_requests (status) WHERE status != 'resolved'")
    db["appointments"].create(
        {"id": int, "code": str, "service": str, "due_at": float, "status": str, "ticket_id": int},
        pk="id",
        not_null={"code", "service", "due_at", "status"},
        foreign_keys=[("ticket_id", "tickets", "id")],
    )
    db["appointments"].create_index(["code"], unique=True)


@migrations()
def m003_staff_and_assistance(db: Database) -> None:
    db["staff"].create(
        {
            "number": str,  # staff number, as on the badge
            "name": str,
            "role": str,  # teller, lobby_manager, manager
            "pin_hash": str,  # scrypt, with its salt and parameters
            "failed_pins": int,
            "locked_until": float,
            "active": int,
        },
        pk="number",
        not_null={"name", "role", "pin_hash", "failed_pins", "active"},
        defaults={"failed_pins": 0, "active": 1},
    )
    db["assistance"].create(
        {"id": int, "at": float, "ticket_id": int, "counter": int, "actor": str, "kind": str, "note": str},
        pk="id",
        not_null={"at", "kind"},
        foreign_keys=[("ticket_id", "tickets", "id")],
    )


@migrations()
def m004_transfer_to_counter(db: Database) -> None:
    t = db["tickets"]
    t.add_column("reserved_counter", int)  # transferred to this counter; cleared when called
    t.add_column("transferred_from", int)  # the counter that last transferred the ticket
    # Only reserved tickets are in it, so no other write touches it; call-next seeks it once.
    db.execute("CREATE INDEX idx_tickets_reserved ON tickets (reserved_counter, issued_at, id) "
               "WHERE reserved_counter IS NOT NULL")


@migrations()
def m005_event_chain(db: Database) -> None:
    """Each event's hash chains it to the one before (kiosk.core.chain): the existing rows get theirs in
    order, the append-only trigger set aside for it."""
    db["events"].add_column("hash", str)
    db.execute("DROP TRIGGER events_append_only_update")
    select = f"SELECT {', '.join(chain.COLUMNS)} FROM events WHERE id > ? ORDER BY id LIMIT 5000"
    last, previous = 0, chain.GENESIS
    while rows := db.execute(select, [last]).fetchall():
        hashes = []
        for row in rows:
            previous = chain.link(previous, row)
            hashes.append((previous, row[0]))
        db.conn.executemany("UPDATE events SET hash = ? WHERE id = ?", hashes)
        last = rows[-1][0]
    db.execute(_APPEND_ONLY_UPDATE)


@migrations()
def m006_service_registers(db: Database) -> None:
    """Bookings in slots, the home-visit register, complaints, satisfaction ratings, shunting offers.
    Personal data (a home visit's address and phone) lives in home_visits only, never in events: erasable."""
    a = db["appointments"]
    a.add_column("slot_end", float)  # due_at is the slot's start
    a.add_column("lang", str)  # the customer's language, for the slip and the reminder
    a.add_column("booked_at", float)
    a.add_column("booked_by", str)  # the station that booked: kiosk, console, manager, cli
    a.add_column("checked_in_at", float)
    a.create_index(["service", "due_at"])  # a slot's bookings, counted under the write lock
    db["home_visits"].create(
        {
            "id": int,
            "requested_at": float,
            "service": str,
            "reason": str,  # why the customer cannot come (illness, disability, ...)
            "requested_by": str,  # customer, agent
            "contact": str,  # personal: phone or how to reach them; erased after the retention period
            "address": str,  # personal; erased likewise
            "status": str,  # requested, approved, assigned, departed, done, refused, cancelled
            "due_by": str,  # YYYY-MM-DD: the last working day allowed
            "approved_by": str,
            "approved_at": float,
            "staff_a": str,
            "staff_b": str,  # 双人同行: two distinct active staff
            "assigned_at": float,
            "call_at": float,  # the call to the customer before leaving
            "call_note": str,
            "done_at": float,
            "outcome": str,
            "erased_at": float,  # when contact and address were erased
            "updated_at": float,
        },
        pk="id",
        not_null={"requested_at", "service", "reason", "requested_by", "status", "due_by", "updated_at"},
    )
    db["complaints"].create(
        {
            "id": int,
            "received_at": float,
            "channel": str,  # counter, phone, box, online
            "matter": str,
            "service": str,
            "ticket_id": int,
            "counter": int,
            "taken_by": str,  # 首问负责: the staff member who took it
            "status": str,  # received, in_progress, replied, closed
            "reply_due": float,
            "replied_at": float,
            "closed_at": float,
            "rating_id": int,  # opened from a low rating
            "updated_at": float,
        },
        pk="id",
        not_null={"received_at", "channel", "matter", "status", "reply_due", "updated_at"},
        foreign_keys=[("ticket_id", "tickets", "id")],
    )
    db["complaint_steps"].create(
        {"id": int, "complaint_id": int, "at": float, "actor": str, "status": str, "note": str},
        pk="id",
        not_null={"complaint_id", "at", "status"},
        foreign_keys=[("complaint_id", "complaints", "id")],
    )
    db["ratings"].create(
        {"id": int, "at": float, "ticket_id": int, "counter": int, "staff": str, "service": str,
         "score": int},
        pk="id",
        not_null={"at", "ticket_id", "score"},
        foreign_keys=[("ticket_id", "tickets", "id")],
    )
    db["ratings"].create_index(["ticket_id"], unique=True)  # one rating per ticket
    db["shunt_offers"].create(
        {"id": int, "at": float, "service": str, "lang": str, "wait_minutes": int,
         "choice": str},  # self_service, ticket
        pk="id",
        not_null={"at", "service", "choice"},
    )


@migrations()
def m007_estimates_and_drills(db: Database) -> None:
    """The wait promised at issue (graded against the real wait), and drills: their tickets are marked,
    numbered apart and kept out of the real figures."""
    t = db["tickets"]
    t.add_column("eta_s", float)  # the wait told to the customer at issue, in seconds
    t.add_column("drill_id", int)  # NULL for a real customer
    db["drills"].create(
        {
            "id": int,
            "kind": str,  # surge, special
            "started_at": float,
            "started_by": str,
            "ended_at": float,
            "ended_by": str,
            "plan": str,  # JSON: the rate, mix, script and targets the drill ran with
            "notes": str,  # the staff's summary and what to improve (总结, 完善预案); no customer data
        },
        pk="id",
        not_null={"kind", "started_at", "plan"},
    )

"""All SQL lives here: the queue on a SQLite file or a PostgreSQL database, its schema, one method per action.

Stations, commands and adapters see the store through `interface.Store` (a Protocol), which QueueStore
implements from one part per concern:

  interface.py     Store and RangeRead: the user actions and reads, returning core types
  queue.py         QueueStore: the connection, the parts composed, init/close/change_token
  session.py       who is signed in; the role, counter and ticket checks before every action
  configuration.py the stored branch configuration (cached per change), configure, the business day
  tickets.py       issuing (numbering per service and day, the wait estimate), reading tickets
  counters.py      opening, pausing and closing counters
  calling.py       call next (the policy's pick) or by number; recall, start, finish, no-show, transfer,
                   reinstate, cancel
  appointments.py  bookings and their check-in
  bookings.py      slots per service and day, booking one under the write lock (never overbooked), no-shows
  home_visits.py   the home-visit register (request, approval, two staff, the call, outcome, erasure)
  complaints.py    the complaint register and its steps
  ratings.py       satisfaction ratings, one per finished ticket
  shunting.py      the self-service suggestion and the customer's choice
  forecast.py      the queue now as the simulator starts from it (waiting, counters busy, service times)
  surge.py         surge alerts logged (and their end), once whichever station's watch sees them first
  drills.py        drills started and ended (their tickets: tickets.issue_drill_ticket), the staff's notes
  drill_review.py  a drill's progress while it runs, and the facts it is judged on (kiosk.core.drill_review)
  care.py          help requests (asked, answered) and assistance given
  status.py        the queue now: waiting counts, each counter's ticket (a core QueueStatus)
  reports.py       a range of days read in one snapshot: the Report, and rows streamed to the exports
  verify.py        `kiosk verify`: the event log's hash chain checked
  upkeep.py        where the database is, its backups, damage found, the health check
  events.py        append_event(): the one chained event every writer appends
  staff.py         staff accounts and sign-in (functions that take a store)
  hall.py          the calls the hall display shows and announces (functions that take a store)
  target.py        --db: a file path or a postgresql:// URL (never with a password); opens the right engine
  db.py            SQLite's connection: pragmas, BEGIN IMMEDIATE writes, errors explained, data_version
  pg.py            PostgreSQL's connection: the same SQL (placeholders translated), one writer at a time
                   (advisory lock), NOTIFY at commit and LISTEN for changes, reconnects by itself
  schema.py        SQLite's versioned migrations
  pg_schema.py     PostgreSQL's versioned migrations (the same tables) and the kiosk_station/kiosk_staff roles
  writers.py       the lock file that queues writers
  health.py        SQLite's checks, the damage mark, error codes read
  backup.py        backups and restores by file (SQLite's online backup API)
  pg_backup.py     backups and restores on PostgreSQL (pg_dump, pg_restore), checked as SQLite's
  pg_migrate.py    `kiosk migrate`: a SQLite branch copied into an empty PostgreSQL database
  pg_access.py     a PC's way to the server: libpq's password file, connections explained, the roles
  files.py         private files and folders (0600/0700)
"""
from kiosk.store.db import StoreBusy, StoreError
from kiosk.store.queue import Issued, QueueStore

__all__ = ["Issued", "QueueStore", "StoreBusy", "StoreError"]

"""The store on each engine (a real SQLite file, a real PostgreSQL database): numbering, atomic actions, the
event log, errors, change polling."""
from datetime import UTC, datetime

import pytest

from kiosk.core.errors import ClockError, CounterUnavailable, IllegalTransition, QueueError, UnknownCode
from kiosk.core.models import CounterMode, TicketStatus
from kiosk.store import QueueStore, StoreBusy, StoreError
from tests.conftest import branch_time
from tests.engines import holding_write_lock


@pytest.fixture
def db_path(db_target):
    """Every test here once per engine (tests/conftest.py), unless marked sqlite_only."""
    return db_target


def events(store, action=None):
    sql = "SELECT action, ticket_id, counter, station FROM events"
    rows = store.db.execute(sql + " ORDER BY id").fetchall()
    return [r for r in rows if action is None or r[0] == action]


def test_numbers_run_per_service_and_restart_each_business_day(store, clock):
    labels = [store.issue_ticket(s, at=clock()).ticket.label for s in "AABAB"]
    assert labels == ["A001", "A002", "B001", "A003", "B002"]
    # 23:59 and 00:01 in Shanghai: a new business day restarts the numbers by itself.
    late = store.issue_ticket("A", at=branch_time(23, 59)).ticket
    early = store.issue_ticket("A", at=branch_time(0, 1, day=24)).ticket
    assert (late.label, late.business_day) == ("A004", "2026-11-23")
    assert (early.label, early.business_day) == ("A001", "2026-11-24")


def test_business_day_follows_the_branch_zone_not_utc(store):
    # 2026-11-23T17:30Z is 01:30 on the 24th in Shanghai.
    t = store.issue_ticket("A", at=datetime(2026, 11, 23, 17, 30, tzinfo=UTC)).ticket
    assert t.business_day == "2026-11-24"


def test_every_action_appends_exactly_one_event(store, clock):
    store.issue_ticket("A", at=clock())
    store.open_counter(1, at=clock())
    store.call_next(1, at=clock())
    store.recall(1, at=clock())
    store.start(1, at=clock())
    store.finish(1, at=clock())
    assert [e[0] for e in events(store)] == ["configure", "issue", "open", "call", "recall", "start",
                                             "finish"]
    assert store.ticket("A001", "2026-11-23").recalls == 1


def test_events_are_append_only(store, clock):
    store.issue_ticket("A", at=clock())
    for forge in ("UPDATE events SET action = 'forged'", "DELETE FROM events"):
        with pytest.raises(StoreError, match="append-only"), store.conn.errors():
            store.db.execute(forge)
    assert [e[0] for e in events(store)] == ["configure", "issue"]


def test_failed_action_leaves_nothing_half_written(store, clock, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(store, "_event", broken)
    with pytest.raises(RuntimeError):
        store.issue_ticket("A", at=clock())
    monkeypatch.undo()
    assert store.db.execute("SELECT COUNT(*) FROM tickets").fetchone()[0] == 0
    assert store.status(at=clock())["waiting_total"] == 0
    assert store.issue_ticket("A", at=clock()).ticket.label == "A001"


def test_two_connections_see_each_other_and_never_share_a_ticket(db_path, clock, open_store):
    kiosk = open_store(db_path, station="kiosk", init=True)
    desk1 = open_store(db_path, station="console")
    desk2 = open_store(db_path, station="console")
    token = desk1.change_token()
    for _ in range(3):
        kiosk.issue_ticket("A", at=clock())
    assert desk1.change_token() != token, "another process's commit must be visible to polling"
    desk1.open_counter(1, at=clock())
    desk2.open_counter(2, at=clock())
    first = desk1.call_next(1, at=clock()).ticket
    second = desk2.call_next(2, at=clock()).ticket
    assert first.label == "A001" and second.label == "A002"
    own = desk1.change_token()
    desk1.start(1, at=clock())
    assert desk1.change_token() != own, "a process's own write must be visible to its own polling"


def test_time_earlier_than_the_tickets_last_event_is_refused(store, clock):
    store.issue_ticket("A", at=branch_time(10))
    store.open_counter(1, at=branch_time(10))
    store.call_next(1, at=branch_time(10, 5))
    with pytest.raises(ClockError, match="earlier than ticket A001's last event"):
        store.start(1, at=branch_time(10, 4))
    assert store.start(1, at=branch_time(10, 6)).status == TicketStatus.SERVING


def test_call_ignores_tickets_issued_after_the_calls_time(store):
    store.issue_ticket("A", at=branch_time(10))
    store.open_counter(1, at=branch_time(9))
    assert store.call_next(1, at=branch_time(9, 30)) is None


def test_call_next_requires_the_counter_to_be_free_and_open(store, clock):
    store.issue_ticket("A", at=clock())
    store.issue_ticket("A", at=clock())
    with pytest.raises(CounterUnavailable, match="counter 1 is closed"):
        store.call_next(1, at=clock())
    store.open_counter(1, at=clock())
    store.call_next(1, at=clock())
    with pytest.raises(CounterUnavailable, match="still has ticket A001"):
        store.call_next(1, at=clock())
    with pytest.raises(CounterUnavailable, match="still has ticket A001"):
        store.close_counter(1, at=clock())
    store.pause_counter(1, "break", at=clock())
    with pytest.raises(CounterUnavailable, match="counter 1 is paused"):
        store.call_next(1, at=clock())


def test_love_window_in_the_store_skips_regular_tickets(store, clock):
    store.issue_ticket("A", "regular", at=clock())
    store.issue_ticket("A", "elderly", at=clock(1))
    store.open_counter(1, mode=CounterMode.LOVE, at=clock())
    assert store.call_next(1, at=clock()).ticket.priority == "elderly"
    store.no_show(1, at=clock())
    assert store.call_next(1, at=clock(60)) is None


def test_transfer_keeps_the_tickets_place(store, clock):
    store.issue_ticket("A", at=clock())  # A001, issued first
    store.issue_ticket("B", at=clock(1))  # B001
    store.open_counter(1, ("A",), at=clock())
    store.call_next(1, at=clock())
    moved = store.transfer(1, "B", at=clock())
    assert (moved.label, moved.service, moved.status) == ("A001", "B", TicketStatus.WAITING)
    store.open_counter(3, ("B",), at=clock())
    assert store.call_next(3, at=clock()).ticket.label == "A001"
    with pytest.raises(UnknownCode):
        store.transfer(3, "Q", at=clock())


def test_reinstate_within_the_window_only(store, clock):
    for _ in range(2):
        store.issue_ticket("A", at=clock())
    store.open_counter(1, at=clock())
    store.call_next(1, at=clock())
    store.no_show(1, at=clock())
    back = store.reinstate("A001", at=clock(10))
    assert back.status == TicketStatus.WAITING
    assert store.call_next(1, at=clock()).ticket.label == "A001", "a reinstated ticket keeps its place"
    store.no_show(1, at=clock())
    with pytest.raises(QueueError, match="more than 30 min ago"):
        store.reinstate("A001", at=clock(31))
    with pytest.raises(IllegalTransition, match="cannot reinstate ticket A002: it is waiting"):
        store.reinstate("A002", at=clock())


def test_ahead_and_eta_for_a_new_ticket(store, clock):
    store.open_counter(1, ("A",), at=clock())
    store.open_counter(2, ("A",), at=clock())
    for _ in range(3):
        store.issue_ticket("A", at=clock())
    regular = store.issue_ticket("A", at=clock())
    # 3 ahead, 2 counters free: two called at once, the third when one of them is done, the new ticket when
    # the next is: about one 5-minute service (3 x 5 / 2 = 8 would count the two served at once)
    assert (regular.ahead, regular.eta_minutes) == (3, 4)
    elderly = store.issue_ticket("A", "elderly", at=clock())
    assert elderly.ahead == 0
    later_regular = store.issue_ticket("A", at=clock(31))
    assert later_regular.ahead == 5
    elderly2 = store.issue_ticket("A", "elderly", at=clock())
    assert elderly2.ahead == 5, "the first elderly and the four regulars who waited 31 min are ahead"


def test_status_counts_waiting_per_service_and_class(store, clock):
    store.issue_ticket("A", at=clock())
    store.issue_ticket("A", "elderly", at=clock())
    store.issue_ticket("C", "pregnant", at=clock())
    status = store.status(at=clock())
    assert status["waiting"]["A"] == 2 and status["waiting"]["C"] == 1
    assert status["waiting_by_class"]["A"] == {"elderly": 1, "regular": 1}
    assert status["counters"][0] == {"counter": 1, "mode": "closed", "services": ["A", "B"],
                                     "ticket": None, "ticket_status": None}


@pytest.mark.sqlite_only("a missing and a damaged file")
def test_missing_and_corrupt_databases_give_clear_errors(tmp_path):
    with pytest.raises(StoreError, match="does not exist; create it with: kiosk init"):
        QueueStore(tmp_path / "absent.db")
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a queue database or is damaged"):
        QueueStore(bad)
    assert bad.read_bytes() == b"this is not sqlite" * 100, "a damaged file is never overwritten"


def test_read_only_store_reads_and_refuses_writes_clearly(db_path, clock, open_store):
    open_store(db_path, init=True).issue_ticket("A", at=clock())
    viewer = open_store(db_path, read_only=True)
    assert viewer.ticket("A001", "2026-11-23").status == TicketStatus.WAITING
    with pytest.raises(StoreError, match="is read-only"):
        viewer.issue_ticket("A", at=clock())


def test_locked_database_gives_up_cleanly_and_loses_nothing(db_path, clock, open_store):
    QueueStore.init(db_path).close()
    blocked = open_store(db_path, busy_timeout_ms=200)
    with holding_write_lock(db_path), \
            pytest.raises(StoreBusy, match="locked by another station; nothing was changed"):
        blocked.issue_ticket("A", at=clock())
    assert blocked.issue_ticket("A", at=clock()).ticket.label == "A001"


def test_unknown_counter_and_bad_services(store, clock):
    with pytest.raises(UnknownCode, match="unknown counter 9"):
        store.open_counter(9, at=clock())
    with pytest.raises(UnknownCode, match="unknown service 'Q'"):
        store.open_counter(1, ("A", "Q"), at=clock())
    with pytest.raises(QueueError, match="each service once"):
        store.open_counter(1, ("A", "A"), at=clock())


@pytest.mark.sqlite_only("the writers' lock file beside the database")
def test_writers_lock_file_orders_writers_but_never_deadlocks(db_path, clock):
    import fcntl

    QueueStore.init(db_path).close()
    blocked = QueueStore(db_path, busy_timeout_ms=300)
    with open(f"{db_path}.lock", "a+b") as other:
        fcntl.flock(other.fileno(), fcntl.LOCK_EX)  # a station that froze while holding its turn
        issued = blocked.issue_ticket("A", at=clock())  # waits its 0.3 s, then SQLite decides
        fcntl.flock(other.fileno(), fcntl.LOCK_UN)
    assert issued.ticket.label == "A001"
    assert blocked.issue_ticket("A", at=clock()).ticket.label == "A002"


def test_help_request_is_recorded_and_listed(store, clock):
    ticket = store.issue_ticket("A", at=clock()).ticket
    request = store.request_help("call_staff", ticket.id, at=clock())
    assert [(r["id"], r["kind"], r["ticket_id"], r["status"]) for r in store.open_help_requests()] == [
        (request, "call_staff", ticket.id, "open")]
    assert events(store, "help_request")[0][1] == ticket.id


def test_appointment_check_in_once_and_only_today(store):
    store.add_appointment("483920", "C", branch_time(10, 30))
    early = store.check_in("483920", lang="en", at=branch_time(9, 0))  # 90 min early: regular
    assert (early.ticket.label, early.ticket.priority) == ("C001", "regular")
    with pytest.raises(QueueError, match="already used"):
        store.check_in("483920", at=branch_time(9, 1))
    store.add_appointment("111111", "C", branch_time(10, 30))
    assert store.check_in("111111", at=branch_time(10, 20)).ticket.priority == "appointment"
    with pytest.raises(UnknownCode, match="booking code 999999 was not found"):
        store.check_in("999999", at=branch_time(10, 21))
    store.add_appointment("222222", "A", branch_time(10, 0, day=24))
    with pytest.raises(QueueError, match="is for 2026-11-24, not today"):
        store.check_in("222222", at=branch_time(10, 21))


def test_numbers_past_999_grow_a_digit(store, clock):
    from kiosk.core.models import format_label

    first = store.issue_ticket("B", at=clock()).ticket
    store.db.execute("UPDATE tickets SET number = 998 WHERE id = ?", [first.id])
    labels = [store.issue_ticket("B", at=clock()).ticket.label for _ in range(2)]
    assert labels == [format_label("B", 999), format_label("B", 1000)] == ["B999", "B1000"]
    assert store.ticket("B1000", "2026-11-23").label == "B1000"

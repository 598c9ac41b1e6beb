"""Where the two engines could answer differently, they answer the same: ties in an ordering, and the
database named back as it was given."""
from datetime import timedelta

import pytest

from tests.conftest import branch_time
from tests.test_cli import ok


@pytest.fixture
def db_path(db_target):
    """Every test here once per engine (tests/conftest.py)."""
    return db_target


def test_the_wait_estimate_fits_every_ticket_finished_at_one_instant(store):
    """22 tickets finished at the same instant, ticket i after i minutes of service: the estimate fits all of
    them whatever order the engine returns ties in (log-normal, median 9 min), the same on both engines: the
    one ahead is called at once, the new ticket after its service (the median of 40 drawn runs: 10 min)."""
    for minute in range(1, 24):
        store.issue_ticket("A", at=branch_time(9, minute))
    done = branch_time(12)
    for ticket in range(22, 0, -1):  # finished newest first: a table's order is not the tickets'
        store.db.execute("UPDATE tickets SET status = 'done', started_at = ?, finished_at = ?, "
                         "updated_at = ? WHERE id = ?", [(done - timedelta(minutes=ticket)).timestamp(),
                                                         done.timestamp(), done.timestamp(), ticket])
    store.open_counter(1, ("A",), at=done)
    issued = store.issue_ticket("A", at=done + timedelta(minutes=1))
    assert (issued.ahead, issued.eta_minutes) == (1, 10)


def test_init_names_the_database_as_it_was_given(db_target):
    assert ok("init", "--db", db_target)["db"] == db_target


def test_a_day_gives_the_same_answers_on_both_engines(tmp_path, pg_url):
    """One morning, many actions at the same instant (ties everywhere), done on a SQLite file and on a
    PostgreSQL database side by side: every answer, every read and the event chain's hashes are the same."""
    from kiosk.core.clock import FrozenClock
    from kiosk.core.models import CounterMode
    from kiosk.store import QueueStore, hall
    from kiosk.store.care import answer_help, record_assistance

    opening = branch_time(8)
    stores = [QueueStore.init(target, clock=FrozenClock(opening)) for target in (tmp_path / "q.db", pg_url)]

    def same(act):
        answers = []
        for store in stores:
            try:
                answers.append(act(store))
            except Exception as exc:  # a refusal must be the same refusal
                answers.append((type(exc).__name__, str(exc)))
        assert answers[0] == answers[1]
        return answers[0]

    def at(minute: int):
        return branch_time(9, minute)

    try:
        same(lambda s: s.open_counter(1, ("A", "B"), at=at(0)))
        same(lambda s: s.open_counter(2, ("A",), at=at(0)))
        same(lambda s: s.open_counter(3, ("B", "A"), CounterMode.LOVE, at=at(0)))
        arrivals = [*[("A", "regular")] * 6, *[("A", "elderly")] * 2, *[("B", "vip")] * 3]
        for service, priority in arrivals:  # all at one instant
            same(lambda s, service=service, priority=priority: s.issue_ticket(service, priority, at=at(1)))
        for counter in (1, 2, 3):
            same(lambda s, counter=counter: s.call_next(counter, at=at(2)))
        for counter in (1, 2):
            same(lambda s, counter=counter: s.start(counter, at=at(3)))
            same(lambda s, counter=counter: s.finish(counter, at=at(6)))
            same(lambda s, counter=counter: s.call_next(counter, at=at(6)))
        same(lambda s: s.no_show(3, at=at(6)))
        same(lambda s: s.reinstate("A007", at=at(7)))
        same(lambda s: s.transfer(1, to_counter=2, at=at(7)))
        same(lambda s: s.transfer(2, "B", at=at(7)))
        same(lambda s: s.cancel_ticket("A005", at=at(7)))
        same(lambda s: s.cancel_ticket("A005", at=at(7)))  # refused the same way
        same(lambda s: s.call_next(2, at=at(8)))
        same(lambda s: s.recall(2, at=at(8)))
        same(lambda s: s.call_ticket(1, "A006", at=at(8)))
        help_id = same(lambda s: s.request_help("call_staff", 3, at=at(8)))
        same(lambda s: answer_help(s, help_id, at=at(9)))
        same(lambda s: record_assistance(s, "wheelchair", 3, 1, at=at(9)))
        same(lambda s: s.add_appointment("483920", "A", at(30)))
        same(lambda s: s.check_in("483920", at=at(20)))
        for counter in (1, 2, 3):
            same(lambda s, counter=counter: s.start(counter, at=at(10)))
            same(lambda s, counter=counter: s.finish(counter, at=at(12)))
        same(lambda s: s.issue_ticket("A", at=at(12)))  # its wait from the day's service times
        same(lambda s: s.pause_counter(2, "break", at=at(12)))
        day = stores[0].today()
        for read in (lambda s: s.status(at=at(13)), lambda s: s.counters(), lambda s: s.report(day),
                     lambda s: s.longest_wait_minutes(at=at(13)), lambda s: s.codes_in_use(at=at(13)),
                     lambda s: s.recent_no_show(3, at=at(13)), lambda s: s.open_help_requests(),
                     lambda s: hall.recent_calls(s, at=at(13)),
                     lambda s: hall.tickets_at_counters(s, at=at(13)),
                     lambda s: hall.calls_since(s, 0), lambda s: hall.last_event_id(s),
                     lambda s: s.verify_events()):
            same(read)
        assert same(lambda s: s.verify_events()).ok
    finally:
        for store in stores:
            store.close()

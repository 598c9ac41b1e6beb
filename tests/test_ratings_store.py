"""Satisfaction ratings in the store, on both engines: one per finished ticket, 1 to 5, with the teller who
served it; what the counter's pad asks about; the day's low ratings and the complaint opened from one."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest

from kiosk.core.errors import QueueError
from kiosk.core.ratings import PROMPT_MINUTES, low_rating_matter, prompt_text
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from tests.conftest import branch_time


@pytest.fixture
def db_path(db_target):
    """Every test here once per engine (tests/conftest.py)."""
    return db_target


@pytest.fixture
def teller(store, db_path, clock):
    """Wang Fang (1001) signed in at counter 1's console, on a store of her own."""
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    store.open_counter(1, at=branch_time(8, 30))
    console = QueueStore(db_path, station="console-1", clock=clock)
    console.sign_in_as("1001", Role.TELLER, counter=1)
    yield console
    console.close()


def serve(store, console, counter: int = 1, lang: str = "", minute: int = 0):
    """A ticket issued, called, started and finished at `counter` by whoever is signed in at `console`."""
    t = store.issue_ticket("A", lang=lang, at=branch_time(9, minute))
    console.call_next(counter, at=branch_time(9, minute + 1))
    console.start(counter, at=branch_time(9, minute + 2))
    console.finish(counter, at=branch_time(9, minute + 5))
    return t.ticket


def test_a_finished_ticket_is_rated_once_with_the_teller_who_served_it(store, teller):
    ticket = serve(store, teller)
    rating = store.rate(ticket.label, 4, at=branch_time(9, 6))
    assert (rating.ticket, rating.score, rating.counter, rating.staff, rating.service) == (ticket.label, 4, 1,
                                                                                            "1001", "A")
    with pytest.raises(QueueError) as refused:
        store.rate(ticket.label, 1, at=branch_time(9, 7))
    assert refused.value.reason == "already_rated"
    rows = store.db.execute("SELECT ticket_id, counter, staff, service, score FROM ratings").fetchall()
    assert [tuple(r) for r in rows] == [(ticket.id, 1, "1001", "A", 4)]


def test_the_event_says_the_ticket_and_the_score_only(store, teller):
    ticket = serve(store, teller)
    store.rate(ticket.label, 2, at=branch_time(9, 6))
    row = store.db.execute("SELECT action, ticket_id, details FROM events ORDER BY id DESC LIMIT 1"
                           ).fetchone()
    assert (row[0], row[1], json.loads(row[2])) == ("rate", ticket.id, {"score": 2})
    assert store.verify_events().ok


@pytest.mark.parametrize("score", [0, 6, -1, True])
def test_a_score_outside_1_to_5_is_refused(store, teller, score):
    ticket = serve(store, teller)
    with pytest.raises(QueueError) as refused:
        store.rate(ticket.label, score)
    assert refused.value.reason == "bad_score"


def test_only_a_finished_ticket_can_be_rated(store, teller):
    waiting = store.issue_ticket("A", at=branch_time(9)).ticket
    with pytest.raises(QueueError) as refused:
        store.rate(waiting.label, 5, at=branch_time(9, 1))
    assert (refused.value.reason, refused.value.facts["status"]) == ("not_finished", "waiting")
    teller.call_next(1, at=branch_time(9, 2))
    teller.start(1, at=branch_time(9, 3))
    with pytest.raises(QueueError) as refused:
        store.rate(waiting.label, 5, at=branch_time(9, 4))
    assert refused.value.facts["status"] == "serving"
    assert store.db.execute("SELECT COUNT(*) FROM ratings").fetchone()[0] == 0


def test_an_unknown_ticket_is_refused(store):
    with pytest.raises(QueueError) as refused:
        store.rate("A999", 5)
    assert refused.value.reason == "no_ticket"


def test_a_ticket_of_another_day_is_rated_by_its_day(store, teller):
    ticket = serve(store, teller)
    rating = store.rate(ticket.label, 5, at=branch_time(10, day=24), day="2026-11-23")
    assert rating.ticket == ticket.label


def test_the_pad_is_asked_about_the_last_ticket_finished_at_its_counter_until_rated(store, teller, clock):
    assert store.rating_prompt(1, at=branch_time(9)) is None
    first = store.issue_ticket("A", lang="zh_TW", at=branch_time(9)).ticket
    second = store.issue_ticket("A", lang="en", at=branch_time(9)).ticket
    for call, start, finish in ((1, 2, 4), (4, 5, 6)):  # both finished within PROMPT_MINUTES of 9:07
        teller.call_next(1, at=branch_time(9, call))
        teller.start(1, at=branch_time(9, start))
        teller.finish(1, at=branch_time(9, finish))
    prompt = store.rating_prompt(1, at=branch_time(9, 7))
    assert (prompt.ticket, prompt.staff, prompt.lang, prompt.counter, prompt.day) == (
        second.label, "1001", "en", 1, "2026-11-23")
    assert prompt.finished_at == branch_time(9, 6)
    assert store.rating_prompt(2, at=branch_time(9, 7)) is None  # another counter's pad: nothing
    store.rate(second.label, 5, at=branch_time(9, 7))
    # the first, unrated, is not asked about: its customer left the counter when the second came
    assert store.rating_prompt(1, at=branch_time(9, 7)) is None
    assert store.rate(first.label, 3, at=branch_time(9, 7)).score == 3  # staff may still rate it on paper
    late = serve(store, teller, minute=20)
    last_chance = branch_time(9, 25) + timedelta(minutes=PROMPT_MINUTES)
    assert store.rating_prompt(1, at=last_chance).ticket == late.label
    assert store.rating_prompt(1, at=last_chance + timedelta(seconds=1)) is None


def test_a_ticket_served_with_nobody_signed_in_has_no_staff_number(store):
    store.open_counter(1, at=branch_time(8, 30))
    t = store.issue_ticket("A", at=branch_time(9)).ticket
    store.call_next(1, at=branch_time(9, 1))
    store.start(1, at=branch_time(9, 2))
    store.finish(1, at=branch_time(9, 3))
    assert store.rating_prompt(1, at=branch_time(9, 4)).staff is None
    assert store.rate(t.label, 3, at=branch_time(9, 4)).staff is None
    assert prompt_text(None, "zh_CN") == "请您对本次服务进行评价，按下屏幕上的表情。"


def test_the_teller_who_finished_a_transferred_ticket_served_it(store, teller, db_path, clock):
    add_staff(store, "1002", "Zhou Jie", Role.TELLER, "135790")
    store.open_counter(2, at=branch_time(8, 30))
    other = QueueStore(db_path, station="console-2", clock=clock)
    other.sign_in_as("1002", Role.TELLER, counter=2)
    try:
        t = store.issue_ticket("A", at=branch_time(9)).ticket
        teller.call_next(1, at=branch_time(9, 1))
        teller.start(1, at=branch_time(9, 2))
        teller.transfer(1, to_counter=2, at=branch_time(9, 3))
        other.call_next(2, at=branch_time(9, 4))
        other.start(2, at=branch_time(9, 5))
        other.finish(2, at=branch_time(9, 6))
    finally:
        other.close()
    assert store.rating_prompt(1, at=branch_time(9, 7)) is None
    assert store.rating_prompt(2, at=branch_time(9, 7)).staff == "1002"
    assert store.rate(t.label, 5, at=branch_time(9, 7)).staff == "1002"


def test_low_ratings_of_the_day_with_the_complaint_opened_from_one(store, teller):
    scores = [1, 5, 2, 3]
    tickets = [serve(store, teller, minute=10 * i) for i in range(len(scores))]
    for ticket, score in zip(tickets, scores, strict=True):
        store.rate(ticket.label, score, at=branch_time(10))
    low = store.low_ratings()
    assert [(r.ticket, r.score, r.staff, r.complaint_id) for r in low] == [
        (tickets[0].label, 1, "1001", None), (tickets[2].label, 2, "1001", None)]
    assert store.branch.ratings.low_score == 2
    assert low_rating_matter(low[0]) == f"Low satisfaction rating (1/5) for ticket {tickets[0].label}"
    assert store.low_ratings("2026-11-24") == []
    store.sign_in_as("2001", Role.LOBBY_MANAGER)
    complaint = store.add_complaint(channel="counter", matter=low_rating_matter(low[0]), ticket=low[0].ticket,
                                    rating_id=low[0].id)
    assert [r.complaint_id for r in store.low_ratings()] == [complaint.id, None]


def test_the_pad_rates_as_a_station_login_on_the_branch_server(pg_url, clock):
    """On PostgreSQL the pad logs in as a kiosk_station member: it may read what it asks about and insert
    the rating, and of the ratings it reads only their ids and tickets."""
    import psycopg

    from tests.test_cli import ok

    setup = QueueStore.init(pg_url, clock=clock)
    ok("roles", "--db", pg_url)
    add_staff(setup, "1001", "Wang Fang", Role.TELLER, "135790")
    setup.open_counter(1, at=branch_time(8, 30))
    setup.sign_in_as("1001", Role.TELLER, counter=1)
    ticket = serve(setup, setup)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS kiosk_pad")
        conn.execute("CREATE ROLE kiosk_pad LOGIN IN ROLE kiosk_station")
    pad_url = pg_url.replace("kiosk_admin@", "kiosk_pad@")
    assert pad_url != pg_url
    pad = QueueStore(pad_url, station="rate-pad-1", clock=clock)
    try:
        prompt = pad.rating_prompt(1, at=branch_time(9, 6))
        assert (prompt.ticket, prompt.staff) == (ticket.label, "1001")
        assert pad.rate(prompt.ticket, 5, at=branch_time(9, 6), day=prompt.day).staff == "1001"
        assert pad.rating_prompt(1, at=branch_time(9, 6)) is None
        with pytest.raises(QueueError) as refused:
            pad.rate(prompt.ticket, 1, at=branch_time(9, 7))
        assert refused.value.reason == "already_rated"
        with pytest.raises(QueueError):  # a station has no business with scores
            pad.low_ratings()
    finally:
        pad.close()
        setup.close()
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute("DROP ROLE IF EXISTS kiosk_pad")

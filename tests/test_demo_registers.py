"""`kiosk demo` shows the service registers: its database has bookings, a home visit awaiting approval and
an open complaint, made through the real store actions, and counter 1's rating pad opens beside the rest."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRect, Qt

from kiosk.adapters.speech import Speaker
from kiosk.commands.stations import DemoStations, seed_demo
from kiosk.core.staff import Role
from kiosk.store import QueueStore


@pytest.fixture
def seeded(tmp_path, clock):
    db = tmp_path / "demo.db"
    seed_demo(db, clock)  # Monday 2026-11-23, 09:00
    store = QueueStore(db, station="check", clock=clock)
    yield db, store
    store.close()


def _registers(store) -> tuple:
    return ([(b.start.strftime("%m-%d %H:%M"), b.service) for b in store.bookings("2026-11-23")],
            [(b.start.strftime("%m-%d %H:%M"), b.service) for b in store.bookings("2026-11-24")],
            [v.status for v in store.home_visits(open_only=True)],
            [c.status for c in store.complaints(open_only=True)])


def test_the_demo_database_has_bookings_a_home_visit_to_approve_and_an_open_complaint(seeded, clock):
    db, store = seeded
    today, tomorrow, visits, complaints = _registers(store)
    assert today == [("11-23 09:20", "F"), ("11-23 09:30", "C"), ("11-23 10:00", "C")], "slots still ahead"
    assert tomorrow == [("11-24 09:00", "C"), ("11-24 09:00", "F"), ("11-24 09:30", "C")]
    assert (visits, complaints) == (["requested"], ["received"])
    assert store.status().waiting_total == 5, "bookings are not tickets until checked in"
    seed_demo(db, clock)
    assert _registers(store) == (today, tomorrow, visits, complaints), "a second start adds nothing twice"


def test_on_a_saturday_the_demo_books_the_next_working_day(tmp_path, clock):
    clock.set(datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai")))
    seed_demo(tmp_path / "demo.db", clock)
    store = QueueStore(tmp_path / "demo.db", station="check", clock=clock)
    assert store.bookings("2026-11-28") == []
    assert len(store.bookings("2026-11-30")) == 3
    store.close()


@pytest.fixture
def demo(qtbot, seeded, tmp_path, clock):
    db, _ = seeded
    stations = DemoStations(db, speaker=Speaker(player=()), clock=clock, tickets=tmp_path / "tickets")
    for window in stations.windows:
        qtbot.addWidget(window)
    yield stations
    stations.stop()


def test_counter_1s_rating_pad_opens_tiled_and_asks_about_the_ticket_finished_there(demo, qtbot, seeded):
    db, store = seeded
    assert demo.show_tiled(QRect(0, 0, 1920, 1080))
    pad = demo.rate_pad
    assert pad in demo.windows and pad.isVisible()
    qtbot.waitUntil(lambda: pad.counter_number.text() == "1")
    assert pad.counter_heading.text() == "窗口"
    store.sign_in_as("0001", Role.LOBBY_MANAGER)
    label = store.call_next(1).ticket.label
    store.start(1)
    store.finish(1)
    qtbot.waitUntil(lambda: pad.state == "asking", timeout=5000)
    assert label in pad.staff.text()
    with qtbot.waitSignal(demo.rate_pad_station.rated) as stored:
        qtbot.mouseClick(pad.faces[4], Qt.MouseButton.LeftButton)
    assert (stored.args[0].ticket, stored.args[0].score, stored.args[0].counter) == (label, 5, 1)

"""Two kiosks and two consoles, separate processes, booking the same slots at once on each engine: no slot
is ever overbooked, every refusal is slot_full naming a later free slot, no code is given twice."""
from __future__ import annotations

import multiprocessing as mp
from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

from kiosk.core.clock import FrozenClock
from kiosk.core.errors import QueueError
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from tests.engines import rows

TZ = ZoneInfo("Asia/Shanghai")
AT = datetime(2026, 11, 23, 8, 0, tzinfo=TZ)  # Monday, before the first slot
SERVICE, DAY, CAPACITY = "C", "2026-11-23", 2  # the default branch: 13 half-hour slots of 2 places
STATIONS = (("kiosk-1", None), ("kiosk-2", None), ("console-1", "lobby_manager"), ("console-2", "manager"))


def _book(target, station, role, order, start, out):
    """One station: book each start in `order` (every slot twice, its own order) as fast as it can."""
    store = QueueStore(target, station=station, clock=FrozenClock(AT))
    if role is not None:
        store.sign_in_as("2001", Role(role))  # a console: the lobby manager or manager books for a customer
    start.wait()
    results = []
    for slot_start in order:
        try:
            results.append(("booked", slot_start, store.book(SERVICE, slot_start, lang="zh_CN").code))
        except QueueError as exc:
            results.append(("refused", slot_start, exc.reason, exc.facts.get("next_free")))
    store.close()
    out.put((station, results))


def test_two_kiosks_and_two_consoles_never_overbook(db_target, open_store):
    store = open_store(db_target, init=True, clock=FrozenClock(AT))
    slots = store.slots(SERVICE, DAY)
    starts = [s.start for s in slots]
    # a kiosk and a console race through the slots in time order, the other two from the last one back
    orders = (starts * 2, starts[::-1] * 2, starts * 2, starts[::-1] * 2)
    ctx = mp.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    workers = [ctx.Process(target=_book, args=(db_target, station, role, order, start, out))
               for (station, role), order in zip(STATIONS, orders, strict=True)]
    for w in workers:
        w.start()
    start.set()
    results = dict(out.get(timeout=180) for _ in workers)
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0

    booked = [r for rs in results.values() for r in rs if r[0] == "booked"]
    refused = [r for rs in results.values() for r in rs if r[0] == "refused"]
    assert len(booked) + len(refused) == 4 * 2 * len(starts)
    assert len(booked) == CAPACITY * len(starts), "every place taken: each slot was tried until full"
    per_slot = Counter(r[1] for r in booked)
    assert set(per_slot.values()) == {CAPACITY}, "never more bookings than places in any slot"
    assert [s.booked for s in store.slots(SERVICE, DAY)] == [CAPACITY] * len(starts)
    codes = [r[2] for r in booked]
    assert len(set(codes)) == len(codes), "codes unique"
    later_slots = {s.start.isoformat() for day in (DAY, "2026-11-24") for s in store.slots(SERVICE, day)}
    for _, slot_start, reason, next_free in refused:
        assert reason == "slot_full"
        assert next_free in later_slots and datetime.fromisoformat(next_free) > slot_start, next_free
    by_station = Counter(station for (station,) in rows(db_target, "SELECT booked_by FROM appointments"))
    assert set(by_station) <= {station for station, _ in STATIONS}
    assert sum(by_station.values()) == len(booked)
    assert rows(db_target, "SELECT COUNT(*) FROM events WHERE action = 'book'") == [(len(booked),)]

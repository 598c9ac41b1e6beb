"""The registers as the stations fill them, read back by the manager's report and exports: the real actions
(book, check in, a no-show, a home visit from request to outcome, complaints, a rating, self-service
suggestions), not rows written by hand, on both engines."""
from __future__ import annotations

from datetime import timedelta

import openpyxl
import pytest

from kiosk.adapters.export import write_export
from kiosk.core.staff import Role
from kiosk.store.staff import add_staff


@pytest.fixture
def day(engine, db_target, open_store, clock):
    """A morning at the branch with something in every register; the store, standing at 17:00."""
    store = open_store(db_target, init=True, clock=clock)
    for number, role in (("1001", Role.TELLER), ("1002", Role.TELLER), ("2001", Role.LOBBY_MANAGER)):
        add_staff(store, number, f"Staff {number}", role, "13572468")
    store.sign_in_as("2001", Role.LOBBY_MANAGER)  # the lobby manager books, approves, serves at counter 4
    slots = store.slots("C", "2026-11-23")
    kept = store.book("C", slots[2].start)  # 10:00
    missed = store.book("C", slots[2].start)
    clock.set(slots[2].start - timedelta(minutes=10))
    store.check_in(kept.code)
    visit = store.request_home_visit("B", "bedridden after surgery", "agent", "139 0000 1111", "1 Lane Rd")
    store.approve_home_visit(visit.id)
    store.assign_home_visit(visit.id, "1001", "1002")
    store.log_home_visit_call(visit.id, "called, expected at 14:00")
    store.open_counter(4)  # loans: the booked customer checked in
    served = store.call_next(4).ticket
    store.start(4)
    store.finish(4)
    store.rate(served.label, 2)
    store.add_complaint("counter", "waited too long at the loans counter", ticket=served.label)
    store.add_complaint("phone", "card not delivered")
    store.record_shunt("A", "self_service", 20, "zh_CN")
    store.record_shunt("A", "ticket", 20, "zh_CN")
    store.record_shunt("A", "left", 20, "en")  # the kiosk timed out on the suggestion
    clock.set(slots[2].start.replace(hour=16))
    store.finish_home_visit(visit.id, "card activated at home")
    clock.set(slots[2].start.replace(hour=17))
    store.mark_no_shows()
    return store, missed


def test_the_report_counts_each_register_from_the_real_actions(day):
    store, _ = day
    registers = store.report("2026-11-23").registers
    assert (registers.bookings.total.booked, registers.bookings.total.checked_in,
            registers.bookings.total.no_show) == (2, 1, 1)
    [slot] = [s for s in registers.bookings.by_slot if s.booked]
    assert (slot.service, slot.booked, slot.checked_in, slot.no_show) == ("C", 2, 1, 1)
    visits = registers.home_visits.total
    assert (visits.requested, visits.done, visits.done_on_time, visits.on_time_share) == (1, 1, 1, 1.0)
    complaints = registers.complaints.total
    assert (complaints.received, complaints.overdue) == (2, 0)  # promised by tomorrow at the same time
    assert registers.complaints.by_channel["phone"].received == 1
    ratings = registers.ratings
    assert (ratings.total.count, ratings.total.low, ratings.distribution["2"]) == (1, 1, 1)
    assert ratings.by_counter["4"].count == 1
    shunting = registers.shunting.by_service["A"]
    assert (shunting.offered, shunting.self_service, shunting.ticket, shunting.left) == (3, 1, 1, 1)


def test_the_export_keeps_the_address_and_phone_out_unless_asked(day, db_target, tmp_path):
    store, _ = day
    for personal in (False, True):
        out = tmp_path / f"day-{personal}.xlsx"
        write_export(db_target, "2026-11-23", None, "xlsx", out, lang="en", personal=personal)
        book = openpyxl.load_workbook(out, read_only=True)
        cells = {str(c) for sheet in book.worksheets
                 for row in sheet.iter_rows(values_only=True) for c in row}
        book.close()
        assert ("139 0000 1111" in cells) is personal and ("1 Lane Rd" in cells) is personal
        assert "card activated at home" in cells and "waited too long at the loans counter" in cells


def test_no_event_of_the_day_holds_a_text_typed_about_a_customer(day):
    store, _ = day
    events = []
    with store.read_range("2026-11-23") as reader:
        reader.read(on_event=events.append)
    actions = {e[4] for e in events}
    assert {"book", "booking_no_show", "home_visit_request", "home_visit_done", "complaint_add", "rate",
            "shunt_offer"} <= actions
    logged = repr(events)
    for typed in ("139 0000 1111", "1 Lane Rd", "bedridden", "card not delivered", "card activated",
                  "waited too long", "expected at 14:00"):
        assert typed not in logged

"""The registers' refusals (bookings, ratings, the quick counter) as the staff read them: a sentence in their
language with the facts filled in, never the store's English."""
from __future__ import annotations

import re

import pytest

from kiosk.core.config import default_toml
from kiosk.core.errors import QueueError
from kiosk.store import QueueStore
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.refusals import explain


def refusals(store: QueueStore) -> list[QueueError]:
    """Real refusals from the store, one per reason."""
    caught = []

    def attempt(action):
        with pytest.raises(QueueError) as info:
            action()
        caught.append(info.value)

    issued = store.issue_ticket("A").ticket
    attempt(lambda: store.slots("A", "2026-11-23") and store.book("A", store.clock.now()))  # not bookable
    attempt(lambda: store.cancel_booking("999999"))  # unknown
    booking = store.book("C", store.slots("C", "2026-11-24")[0].start)
    store.cancel_booking(booking.code)
    attempt(lambda: store.cancel_booking(booking.code))  # not cancellable
    attempt(lambda: store.rate(issued.label, 5))  # not finished
    store.configure(default_toml().replace("quick = true", "quick = false"))
    attempt(lambda: store.open_counter(4, mode="quick"))
    return caught


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_the_registers_refusals_are_said_in_chinese_with_their_facts(qapp, store, lang):
    errors = refusals(store)
    assert [e.reason for e in errors] == ["not_bookable", "booking_unknown", "booking_not_cancellable",
                                          "not_finished", "no_quick_services"]
    assert LanguageSwitcher().set_language(lang)
    try:
        for exc in errors:
            said = explain(exc)
            assert said != str(exc) and "%" not in said, (exc.reason, said)
            assert not re.search(r"[A-Za-z]{4,}", said.replace("waiting", "")), (exc.reason, said)
    finally:
        LanguageSwitcher().set_language("en")

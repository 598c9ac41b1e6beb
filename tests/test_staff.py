"""Staff sign-in, PIN lockout and roles, enforced by the store itself."""
from datetime import timedelta

import pytest

from kiosk.core.models import CounterMode
from kiosk.core.staff import NotAllowed, Role
from kiosk.store.care import answer_help, assistance_for, record_assistance
from kiosk.store.staff import SignInRefused, add_staff, list_staff, pin_cost, set_pin, sign_in
from tests.conftest import branch_time


@pytest.fixture
def db_path(db_target):
    """Every test here once per engine (tests/conftest.py), unless marked sqlite_only."""
    return db_target


@pytest.fixture
def staffed(store):
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    add_staff(store, "2001", "Li Na", Role.LOBBY_MANAGER, "246802")
    return store


def test_pins_are_stored_hashed_with_a_slow_kdf(staffed):
    stored = staffed.db.execute("SELECT pin_hash FROM staff WHERE number = '1001'").fetchone()[0]
    # the suite's quick cost here; tests/test_pins.py checks the real one
    assert "135790" not in stored and stored.startswith(f"scrypt${pin_cost()['n']}$8$1$")


def test_right_pin_signs_in_and_acts_as_that_person(staffed, db_path, open_store):
    console = open_store(db_path, station="console")
    staff = sign_in(console, "1001", "135790", at=branch_time(9))
    assert (staff.name, staff.role) == ("Wang Fang", Role.TELLER)
    console.sign_in_as(staff.number, staff.role, 1)  # as counter 1's console binds its teller
    console.issue_ticket("A", at=branch_time(9, 1))
    console.open_counter(1, at=branch_time(9, 2))
    actor = console.db.execute("SELECT actor FROM events WHERE action = 'open'").fetchone()[0]
    assert actor == "1001"


def test_five_wrong_pins_lock_the_account_for_a_while(staffed):
    for _ in range(4):
        with pytest.raises(SignInRefused, match="wrong staff number or PIN"):
            sign_in(staffed, "1001", "0000", at=branch_time(9))
    with pytest.raises(SignInRefused, match="locked for 15 min"):
        sign_in(staffed, "1001", "0000", at=branch_time(9))
    with pytest.raises(SignInRefused, match="locked for"):
        sign_in(staffed, "1001", "135790", at=branch_time(9, 10))  # even the right PIN
    assert list_staff(staffed, at=branch_time(9, 10))[0]["locked"]
    assert not list_staff(staffed, at=branch_time(9, 16))[0]["locked"], "a lock that ran out is not shown"
    assert sign_in(staffed, "1001", "135790", at=branch_time(9) + timedelta(minutes=16)).number == "1001"


@pytest.mark.parametrize("number", ["9999", "2001"])  # no such account; a deactivated one
def test_a_number_with_no_active_account_is_answered_like_an_account(staffed, number):
    from kiosk.store.staff import set_active

    set_active(staffed, "2001", False)
    answers = []
    for _ in range(5):
        with pytest.raises(SignInRefused) as refused:
            sign_in(staffed, number, "246802", at=branch_time(9))
        answers.append((refused.value.tries_left, refused.value.locked_minutes))
    assert answers == [(4, None), (3, None), (2, None), (1, None), (None, 15)], \
        "the same countdown and lock as an account's: the answers do not tell which numbers exist"


def test_roles_are_checked_in_the_store(staffed, db_path, open_store):
    teller = open_store(db_path, station="console")
    sign_in(teller, "1001", "135790")
    with pytest.raises(NotAllowed, match="teller may not do this \\(love window\\)"):
        teller.open_counter(1, mode=CounterMode.LOVE)
    with pytest.raises(NotAllowed, match="staff admin"):
        add_staff(teller, "1003", "Zhao Lei", Role.MANAGER, "111111")
    lobby = open_store(db_path, station="console")
    sign_in(lobby, "2001", "246802")
    assert lobby.open_counter(1, mode=CounterMode.LOVE).mode == CounterMode.LOVE


def test_manager_resets_a_pin_and_unlocks(staffed):
    for _ in range(5):
        with pytest.raises(SignInRefused):
            sign_in(staffed, "1001", "0000")
    set_pin(staffed, "1001", "864200")
    assert sign_in(staffed, "1001", "864200").number == "1001"


def test_help_request_response_time_is_kept(staffed, clock):
    ticket = staffed.issue_ticket("A", at=clock()).ticket
    request = staffed.request_help("call_staff", ticket.id, at=branch_time(10))
    ack = answer_help(staffed, request, at=branch_time(10, 2))
    assert (ack["status"], ack["response_seconds"]) == ("acknowledged", 120.0)
    done = answer_help(staffed, request, resolve=True, at=branch_time(10, 9))
    assert (done["status"], done["response_seconds"]) == ("resolved", 120.0), "response = first answer"
    assert staffed.open_help_requests() == []


def test_assistance_records_several_per_ticket(staffed, clock):
    ticket = staffed.issue_ticket("A", "elderly", at=clock()).ticket
    record_assistance(staffed, "reading_glasses", ticket.id, 1, at=clock())
    record_assistance(staffed, "forms_help", ticket.id, 1, at=clock())
    record_assistance(staffed, "escorted", None, None, at=clock())
    assert assistance_for(staffed, ticket.id) == ["reading_glasses", "forms_help"]
    with pytest.raises(Exception, match="say what was given"):
        record_assistance(staffed, "other", ticket.id)

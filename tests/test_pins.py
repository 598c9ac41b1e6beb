"""PINs and staff numbers (issue 11, items 3 and 4): what a new PIN may be, the hash cost and its upgrade,
refusals of numbers with no active account, and the command line's PIN prompt without a terminal."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.errors import QueueError
from kiosk.core.staff import Role, check_pin, staff_number
from kiosk.store import QueueStore
from kiosk.store.staff import (
    SCRYPT,
    TEST_COST_VARIABLE,
    SignInRefused,
    add_staff,
    hash_cost,
    hash_pin,
    set_active,
    set_pin,
    sign_in,
)
from tests.conftest import branch_time

OLD_COST = {"n": 2**14, "r": 8, "p": 1}  # what every hash made before this change carries


@pytest.fixture
def production_cost(monkeypatch):
    """The real cost, not the suite's quick test cost (conftest.py)."""
    monkeypatch.delenv(TEST_COST_VARIABLE)


def stored_hash(store: QueueStore, number: str) -> str:
    return store.db.execute("SELECT pin_hash FROM staff WHERE number = ?", [number]).fetchone()[0]


def refusals(store: QueueStore) -> list[dict]:
    rows = store.db.execute("SELECT details FROM events WHERE action = 'sign_in_refused' ORDER BY id")
    return [json.loads(details) for (details,) in rows]


# -- what a new PIN and a staff number may be -----------------------------------------------------------

@pytest.mark.parametrize("pin", ["123456", "1234567", "12345678", "000000"])
def test_a_new_pin_is_six_to_eight_ascii_digits(pin):
    check_pin(pin)


@pytest.mark.parametrize("pin", [
    "1234", "12345", "123456789",  # too short (4-5 digits: only older accounts keep them), too long
    "123456\n", "123456\r\n", " 123456", "123456 ",  # "1234\n" used to pass, and then could not sign in
    "١٢٣٤٥٦",  # Arabic-Indic digits: \d matched them
    "１２３４５６",  # full-width digits, as a Chinese input method types them
    "12345a", "",
])
def test_anything_else_is_refused_as_a_new_pin(pin):
    with pytest.raises(QueueError, match="a PIN is 6 to 8 digits"):
        check_pin(pin)


@pytest.mark.parametrize("number", ["١٠٠١", "１００１", "10 01", "1001a", "", "1234567890123"])
def test_a_staff_number_is_ascii_digits_only(number):
    with pytest.raises(QueueError, match="a staff number is 1 to 12 digits"):
        staff_number(number)


def test_accounts_and_new_pins_need_six_digits(store):
    with pytest.raises(QueueError, match="6 to 8 digits"):
        add_staff(store, "1001", "Wang Fang", Role.TELLER, "1357")
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    with pytest.raises(QueueError, match="6 to 8 digits"):
        set_pin(store, "1001", "2468\n")
    assert sign_in(store, "1001", "135790").number == "1001"


# -- the hash cost, and older hashes redone at the next good sign-in ------------------------------------

def test_new_hashes_have_the_production_cost(store, production_cost):
    """The real cost: n = 2^17 or more (128 MiB, about 0.3 s a hash here)."""
    assert SCRYPT["n"] >= 2**17
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    assert hash_cost(stored_hash(store, "1001")) == SCRYPT
    assert sign_in(store, "1001", "135790").number == "1001"


def test_an_older_accounts_hash_is_upgraded_at_its_next_sign_in(store, production_cost):
    """An account from before: a 4-digit PIN hashed at n=2^14. It still signs in; its hash then has the
    new cost and the same PIN keeps working."""
    store.db.execute("INSERT INTO staff (number, name, role, pin_hash) VALUES ('1001', 'Wang Fang', "
                     "'teller', ?)", [hash_pin("1357", OLD_COST)])
    before = stored_hash(store, "1001")
    with pytest.raises(SignInRefused):
        sign_in(store, "1001", "1358", at=branch_time(9))
    assert stored_hash(store, "1001") == before, "a wrong PIN changes nothing"
    assert sign_in(store, "1001", "1357", at=branch_time(9, 1)).name == "Wang Fang"
    assert hash_cost(stored_hash(store, "1001")) == SCRYPT
    assert stored_hash(store, "1001") != before
    other = QueueStore(store.conn.path, station="console-2", clock=store.clock)
    assert sign_in(other, "1001", "1357", at=branch_time(9, 2)).number == "1001"
    other.close()


def test_a_hash_above_the_current_cost_is_kept(store):
    """The suite's quick cost never weakens a hash made at the production cost."""
    strong = hash_pin("135790", {"n": 2**11, "r": 8, "p": 1})
    store.db.execute("INSERT INTO staff (number, name, role, pin_hash) VALUES ('1001', 'W', 'teller', ?)",
                     [strong])
    sign_in(store, "1001", "135790")
    assert stored_hash(store, "1001") == strong


# -- numbers with no active account: the same answers, counted per station, logged ------------------------

def test_unknown_and_deactivated_numbers_are_logged_without_the_typed_number(store):
    add_staff(store, "2001", "Li Na", Role.LOBBY_MANAGER, "246802")
    set_active(store, "2001", False)
    for number in ("7777", "2001"):
        with pytest.raises(SignInRefused, match="wrong staff number or PIN"):
            sign_in(store, number, "000000", at=branch_time(9))
    unknown, deactivated = refusals(store)
    assert unknown == {"unknown_number": True, "locked": False}, "it may be a PIN typed in the wrong field"
    assert deactivated == {"staff": "2001", "deactivated": True, "locked": False}
    assert "7777" not in json.dumps(refusals(store))


def test_the_lock_on_an_unknown_number_holds_for_the_whole_station(store, db_path, monkeypatch):
    """A station is one process: a second store it opens on the same file, however the path is spelt,
    meets the count and the lock; every counted refusal is an event."""
    for _ in range(4):
        with pytest.raises(SignInRefused, match="wrong staff number or PIN"):
            sign_in(store, "7777", "000000", at=branch_time(9))
    monkeypatch.chdir(db_path.parent)
    again = QueueStore(db_path.name, station="console-1", clock=store.clock)  # "queue.db", relative
    with pytest.raises(SignInRefused) as fifth:
        sign_in(again, "7777", "000000", at=branch_time(9, 1))
    assert fifth.value.locked_minutes == 15
    with pytest.raises(SignInRefused, match="locked for 15 more min"):
        sign_in(again, "7777", "000000", at=branch_time(9, 2))
    again.close()
    assert [r["locked"] for r in refusals(store)] == [False, False, False, False, True]


# -- the command line asks for a PIN without a terminal ----------------------------------------------------

def kiosk(*args: object, stdin: str | None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *map(str, args)], input=stdin,
                          stdin=subprocess.DEVNULL if stdin is None else None, capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})


@pytest.fixture
def cli_db(store, db_path):
    store.close()
    return db_path


def test_the_pin_is_read_from_a_pipe_without_a_warning(cli_db):
    added = kiosk("staff", "add", "--db", cli_db, "--number", "1001", "--name", "王芳", stdin="135790\n")
    assert added.returncode == 0, added.stderr
    assert added.stderr == "no terminal: reading the PIN from the first line of standard input\n"
    assert json.loads(added.stdout)["number"] == "1001"
    changed = kiosk("staff", "passwd", "--db", cli_db, "--number", "1001", stdin="24680246\n")
    assert changed.returncode == 0 and "Warning" not in changed.stderr
    store = QueueStore(cli_db)
    assert sign_in(store, "1001", "24680246").number == "1001"
    store.close()


@pytest.mark.parametrize(("stdin", "error"), [
    (None, "error: no PIN: give --pin, pipe the PIN in, or run this at a terminal"),
    ("1234\n", "error: a PIN is 6 to 8 digits (0-9)"),
    ("١٢٣٤٥٦\n", "error: a PIN is 6 to 8 digits (0-9)"),
])
def test_no_pin_or_a_bad_one_from_a_pipe_is_one_error_line(cli_db, stdin, error):
    out = kiosk("staff", "add", "--db", cli_db, "--number", "1001", "--name", "x", stdin=stdin)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.splitlines() == ["no terminal: reading the PIN from the first line of standard input",
                                       error]


def test_a_pin_given_with_a_newline_is_refused(cli_db):
    out = kiosk("staff", "add", "--db", cli_db, "--number", "1001", "--name", "x", "--pin", "135790\n",
                stdin=None)
    assert out.returncode == 2 and out.stderr == "error: a PIN is 6 to 8 digits (0-9)\n"


def test_the_managers_pin_dialog_asks_for_six_to_eight_digits(qtbot, store):
    from PySide6.QtWidgets import QFormLayout

    from kiosk.ui.i18n import LanguageSwitcher
    from kiosk.ui.manager_staff import PinDialog

    assert LanguageSwitcher().set_language("zh_CN")  # English again after the test (conftest)
    dialog = PinDialog("新密码", new_account=False)
    qtbot.addWidget(dialog)
    form = dialog.findChild(QFormLayout)
    assert form.labelForField(dialog.pin).text() == "密码（6-8 位数字）"
    for pin in ("13579", "١٣٥٧٩٠"):
        dialog.pin.setText(pin)
        dialog.pin_again.setText(pin)
        dialog._check()
        assert dialog.error.text() == "密码为 6 到 8 位数字。" and not dialog.result()
    dialog.pin.setText("135790")
    dialog.pin_again.setText("135790")
    dialog._check()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_demo_made_with_four_digit_pins_gets_the_new_demo_pins(store, db_path):
    """`kiosk demo` types the demo PINs into the sign-in fields: an older demo database must take them."""
    from kiosk.commands.stations import DEMO_LOBBY_MANAGER, DEMO_MANAGER, seed_demo

    earlier = (("lobby_manager", "1234"), ("manager", "9999"))  # role, the demo PIN before
    for (number, name, _), (role, old_pin) in zip((DEMO_LOBBY_MANAGER, DEMO_MANAGER), earlier, strict=True):
        store.db.execute("INSERT INTO staff (number, name, role, pin_hash) VALUES (?, ?, ?, ?)",
                         [number, name, role, hash_pin(old_pin, OLD_COST)])
    store.close()
    seed_demo(db_path)
    again = QueueStore(db_path)
    for number, _, pin in (DEMO_LOBBY_MANAGER, DEMO_MANAGER):
        assert sign_in(again, number, pin).number == number
    again.close()


def test_the_quick_test_cost_needs_a_pytest_run_not_just_the_variable():
    """Set by mistake on a branch PC, the variable weakens no PIN hash."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
    env.update(KIOSK_TEST_PIN_COST="fast", PYTHONPATH=str(Path(__file__).parents[1]))
    probe = "from kiosk.store.staff import pin_cost; print(pin_cost()['n'])"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == str(2**17)

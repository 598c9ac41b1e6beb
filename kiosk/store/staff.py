"""Staff accounts: scrypt-hashed PINs, sign-in with a lock after repeated wrong PINs."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.core.errors import QueueError, UnknownCode
from kiosk.core.staff import LOCK_MINUTES, MAX_WRONG_PINS, Role, check_pin, staff_number
from kiosk.store.events import append_event
from kiosk.store.queue import QueueStore

# 128 MiB and 0.26-0.30 s a try here (bench/pin_cost.py): every 6-digit PIN takes 3.4 days of one core,
# every 4-digit one 50 min (4 at n=2**14). Lower-cost hashes are redone at their next good sign-in.
SCRYPT = {"n": 2**17, "r": 8, "p": 1}
# Tests only: tests/conftest.py sets KIOSK_TEST_PIN_COST=fast (commands the tests start inherit it) so the
# suite's hundreds of accounts hash in a millisecond; tests/test_pins.py checks the real cost.
TEST_COST_VARIABLE = "KIOSK_TEST_PIN_COST"
_TEST_SCRYPT = {"n": 2**10, "r": 8, "p": 1}


class SignInRefused(QueueError):
    """Wrong staff number or PIN, a locked or deactivated account; `locked_minutes` while locked;
    `tries_left` wrong PINs before the number locks (an unknown number counts the same way)."""

    def __init__(self, message: str, locked_minutes: int | None = None, tries_left: int | None = None):
        super().__init__(message)
        self.locked_minutes = locked_minutes
        self.tries_left = tries_left


@dataclass(frozen=True)
class Staff:
    number: str
    name: str
    role: Role


def pin_cost() -> dict[str, int]:
    """The scrypt cost of new PIN hashes: SCRYPT, or a quick one when a pytest run asks for it (the
    variable alone, set by mistake on a branch PC, weakens nothing; a quick hash is redone at the next
    good sign-in outside the tests)."""
    testing = "PYTEST_CURRENT_TEST" in os.environ
    return _TEST_SCRYPT if testing and os.environ.get(TEST_COST_VARIABLE) == "fast" else SCRYPT


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # maxmem: OpenSSL's limit is 32 MiB by default, and n=2**17, r=8 needs 128 MiB and a little more.
    return hashlib.scrypt(pin.encode("utf-8", "surrogatepass"), salt=salt, dklen=32, n=n, r=r, p=p,
                          maxmem=128 * r * (n + p + 2) + 2**20)


def hash_pin(pin: str, cost: dict[str, int] | None = None) -> str:
    cost = cost or pin_cost()
    salt = secrets.token_bytes(16)
    digest = _scrypt(pin, salt, **cost)
    return f"scrypt${cost['n']}${cost['r']}${cost['p']}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    _, n, r, p, salt, digest = stored.split("$")
    candidate = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p))
    return hmac.compare_digest(candidate.hex(), digest)


def hash_cost(stored: str) -> dict[str, int]:
    _, n, r, p, *_ = stored.split("$")
    return {"n": int(n), "r": int(r), "p": int(p)}


def below_cost(stored: str) -> bool:
    """Whether a stored hash was made at a lower cost than new ones are."""
    old, new = hash_cost(stored), pin_cost()
    return old["n"] * old["r"] * old["p"] < new["n"] * new["r"] * new["p"]


def add_staff(store: QueueStore, number: str, name: str, role: Role, pin: str) -> Staff:
    store.check("staff_admin")
    number = staff_number(number)
    check_pin(pin)
    if not name.strip():
        raise QueueError("a staff member needs a name")
    pin_hash = hash_pin(pin)
    with store.conn.errors(), store.conn.write() as db:
        if db.execute("SELECT 1 FROM staff WHERE number = ?", [number]).fetchone():
            raise QueueError(f"staff number {number} already exists", reason="staff_exists", number=number)
        db.execute("INSERT INTO staff (number, name, role, pin_hash) VALUES (?, ?, ?, ?)",
                   [number, name.strip(), role.value, pin_hash])
        append_event(store.db, store.clock.now(), store.station, store.actor, "staff_add", None, None,
                     {"staff": number, "role": role.value})
    return Staff(number, name.strip(), role)


def set_pin(store: QueueStore, number: str, pin: str) -> None:
    """A new PIN (a manager resets it); also unlocks the account."""
    store.check("staff_admin")
    number = number.strip()
    check_pin(pin)
    pin_hash = hash_pin(pin)
    with store.conn.errors(), store.conn.write() as db:
        if not db.execute("UPDATE staff SET pin_hash = ?, failed_pins = 0, locked_until = NULL "
                          "WHERE number = ?", [pin_hash, number]).rowcount:
            raise UnknownCode(f"no staff number {number}")
        append_event(store.db, store.clock.now(), store.station, store.actor, "staff_pin", None, None,
                     {"staff": number})


def has_pin(store: QueueStore, number: str, pin: str) -> bool:
    """Whether `pin` is the account's PIN; no sign-in, nothing counted or logged (the demo's own accounts)."""
    with store.conn.errors():
        row = store.db.execute("SELECT pin_hash FROM staff WHERE number = ?", [number.strip()]).fetchone()
    return row is not None and pin_matches(pin, row[0])


def set_active(store: QueueStore, number: str, active: bool) -> None:
    """Deactivate (no more sign-ins; history kept) or reactivate an account; never one's own."""
    store.check("staff_admin")
    number = number.strip()
    if not active and number == store.actor:
        raise QueueError("you cannot deactivate your own account while signed in with it",
                         reason="own_account")
    with store.conn.errors(), store.conn.write() as db:
        if not db.execute("UPDATE staff SET active = ? WHERE number = ?", [int(active), number]).rowcount:
            raise UnknownCode(f"no staff number {number}")
        append_event(store.db, store.clock.now(), store.station, store.actor,
                     "staff_activate" if active else "staff_deactivate", None, None, {"staff": number})


def list_staff(store: QueueStore, at: datetime | None = None) -> list[dict]:
    """Every account; `locked` only while a lock after wrong PINs still runs at `at` (now)."""
    now = (at or store.clock.now()).timestamp()
    with store.conn.errors():
        rows = store.db.execute("SELECT number, name, role, active, locked_until FROM staff "
                                "ORDER BY number").fetchall()
    return [{"number": n, "name": name, "role": role, "active": bool(active),
             "locked": bool(until and until > now)} for n, name, role, active, until in rows]


# Wrong tries on numbers with no active account, in this station's process: counted and answered like an
# account's, so neither the message nor the time taken tells which staff numbers exist. A restarted
# station starts counting afresh; the events below still show every refusal.
_NO_ACCOUNT: dict[tuple[str, str], tuple[int, float | None]] = {}  # (database, number) -> (tries, lock)


def _refuse_no_account(store: QueueStore, number: str, pin: str, at: datetime,
                       deactivated: bool) -> SignInRefused:
    _scrypt(pin, secrets.token_bytes(16), **pin_cost())  # as slow as checking a real account's PIN
    key = (store.conn.identity, number)
    failed, locked_until = _NO_ACCOUNT.get(key, (0, None))
    if locked_until and at.timestamp() < locked_until:
        return _locked(int((locked_until - at.timestamp()) // 60) + 1, more=True)
    failed += 1
    lock = (at + timedelta(minutes=LOCK_MINUTES)).timestamp() if failed >= MAX_WRONG_PINS else None
    # Logged like an account's wrong PIN. An unknown number is not written down: it may be a PIN typed
    # into the number field, or a real number mistyped; the station and time show a run of guesses.
    who = {"staff": number, "deactivated": True} if deactivated else {"unknown_number": True}
    with store.conn.errors(), store.conn.write():
        append_event(store.db, at, store.station, store.actor, "sign_in_refused", None, None,
                     {**who, "locked": bool(lock)})
    _NO_ACCOUNT[key] = (0 if lock else failed, lock)
    return _locked(LOCK_MINUTES) if lock else _wrong(failed)


def _locked(minutes: int, more: bool = False) -> SignInRefused:
    more_ = " more" if more else ""
    return SignInRefused(f"too many wrong PINs: this account is locked for {minutes}{more_} min", minutes)


def _wrong(failed: int) -> SignInRefused:
    tries_left = MAX_WRONG_PINS - failed
    return SignInRefused(f"wrong staff number or PIN: {tries_left} more before a {LOCK_MINUTES} min lock",
                         tries_left=tries_left)


def sign_in(store: QueueStore, number: str, pin: str, at: datetime | None = None) -> Staff:
    """Check the PIN; the fifth wrong PIN in a row locks the account for LOCK_MINUTES."""
    at = at or store.clock.now()
    number = number.strip()
    with store.conn.errors():
        row = store.db.execute("SELECT name, role, pin_hash, active FROM staff WHERE number = ?",
                               [number]).fetchone()
    if row is None or not row[3]:
        raise _refuse_no_account(store, number, pin, at, deactivated=row is not None)
    name, role, pin_hash, _ = row
    good = pin_matches(pin, pin_hash)  # slow: outside the write lock
    # A hash below today's cost is redone now; for a wrong PIN too, so both take as long.
    upgraded = hash_pin(pin) if below_cost(pin_hash) else None
    with store.conn.errors(), store.conn.write() as db:
        failed, locked_until = db.execute("SELECT failed_pins, locked_until FROM staff WHERE number = ?",
                                          [number]).fetchone()
        if locked_until and at.timestamp() < locked_until:
            raise _locked(int((locked_until - at.timestamp()) // 60) + 1, more=True)
        if not good:
            failed += 1
            lock = (at + timedelta(minutes=LOCK_MINUTES)).timestamp() if failed >= MAX_WRONG_PINS else None
            db.execute("UPDATE staff SET failed_pins = ?, locked_until = ? WHERE number = ?",
                       [0 if lock else failed, lock, number])
            append_event(store.db, at, store.station, store.actor, "sign_in_refused", None, None,
                         {"staff": number, "locked": bool(lock)})
        else:
            db.execute("UPDATE staff SET failed_pins = 0, locked_until = NULL WHERE number = ?", [number])
            if upgraded:  # unless a manager set a new PIN meanwhile
                db.execute("UPDATE staff SET pin_hash = ? WHERE number = ? AND pin_hash = ?",
                           [upgraded, number, pin_hash])
            append_event(store.db, at, store.station, store.actor, "sign_in", None, None, {"staff": number})
    if not good:
        raise _locked(LOCK_MINUTES) if lock else _wrong(failed)
    staff = Staff(number, name, Role(role))
    store.sign_in_as(number, staff.role)  # a console then binds its counter with sign_in_as
    return staff

"""PIN hash cost: scrypt at n = 2^14 … 2^18 (r=8, p=1), and sign-ins through the store at the cost used."""
from __future__ import annotations

import os
import secrets
import statistics
import time

from _common import args, save, verdict, workdir

from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import SCRYPT, TEST_COST_VARIABLE, _scrypt, add_staff, hash_pin, sign_in

TARGET_S = 0.3  # one sign-in, as a member of staff waits for it


def median_seconds(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def refused(action) -> None:
    try:
        action()
    except Exception:  # noqa: BLE001 - a refusal is what is timed
        return
    raise AssertionError("expected a refusal")


def main() -> None:
    opts = args(__doc__, repeat=(int, 7, "tries per figure (median)"))
    repeat = 2 if opts.quick else opts.repeat
    os.environ.pop(TEST_COST_VARIABLE, None)  # the production cost, whatever the shell says
    rows, data = [], {"scrypt_seconds": {}, "sign_in_seconds": {}, "r": SCRYPT["r"], "p": SCRYPT["p"]}
    print(f"scrypt, r={SCRYPT['r']} p={SCRYPT['p']}, median of {repeat}")
    print(f"{'n':>8} {'memory':>8} {'one try':>9} {'10^4 PINs (4 digits)':>22} {'10^6 PINs (6 digits)':>22}")
    for exp in range(14, 19):
        n = 2**exp
        seconds = median_seconds(lambda n=n: _scrypt("123456", secrets.token_bytes(16), n, 8, 1), repeat)
        data["scrypt_seconds"][f"2^{exp}"] = seconds
        mark = "  <- used" if n == SCRYPT["n"] else ""
        print(f"  2^{exp:<4} {128 * 8 * n // 2**20:>5} MiB {seconds:>8.3f}s {1e4 * seconds / 60:>17.0f} min "
              f"{1e6 * seconds / 86400:>17.1f} days{mark}")
    with workdir() as folder:
        store = QueueStore.init(folder / "pins.db")
        add_staff(store, "1001", "Bench", Role.TELLER, "135790")
        old = {"n": 2**14, "r": 8, "p": 1}

        def wrong() -> None:
            refused(lambda: sign_in(store, "1001", "000000"))
            store.db.execute("UPDATE staff SET failed_pins = 0, locked_until = NULL")

        numbers = iter(range(10**6))

        def unknown() -> None:
            refused(lambda: sign_in(store, f"8{next(numbers):06d}", "000000"))

        def upgrade() -> None:
            number = f"7{next(numbers):06d}"
            store.db.execute("INSERT INTO staff (number, name, role, pin_hash) "
                             "VALUES (?, 'Old', 'teller', ?)", [number, hash_pin("1357", old)])
            start = time.perf_counter()
            sign_in(store, number, "1357")
            upgrade.seconds.append(time.perf_counter() - start)

        upgrade.seconds = []
        rows = [("right PIN", median_seconds(lambda: sign_in(store, "1001", "135790"), repeat)),
                ("wrong PIN", median_seconds(wrong, repeat)),
                ("unknown number", median_seconds(unknown, repeat))]
        for _ in range(repeat):
            upgrade()
        rows.append(("right PIN, 2^14 hash redone", statistics.median(upgrade.seconds)))
        store.close()
    print(f"\nsign-in through the store at n=2^{SCRYPT['n'].bit_length() - 1}, median of {repeat}")
    for what, seconds in rows:
        data["sign_in_seconds"][what] = seconds
        print(f"  {what:<30} {seconds:.3f}s  {verdict(seconds < TARGET_S)} (< {TARGET_S}s)")
    print(f"load average {os.getloadavg()[0]:.1f}; wrote {save('pin_cost', data)}")


if __name__ == "__main__":
    main()

"""The shipped real day (tests/data/anonymous-bank-1999-02-02) replayed through `kiosk simulate` at 1.0x, 1.2x
and 1.5x its arrival rate: the wait estimate's MAE and bias next to the naive estimator's ("people ahead x
mean service time / open counters") and the mean wait, with issue 14's goal at every rate (MAE at most 0.8x
the naive one, |bias| at most a quarter of the mean wait); and how long a replay takes against a raw
sqlite3 replay of the same writes."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from _common import ROOT, args, save, verdict, workdir

DAY = ROOT / "tests" / "data" / "anonymous-bank-1999-02-02"
RATES = (1.0, 1.2, 1.5)
MAE_SHARE = 0.8  # the estimate's MAE at most this share of the naive one's
BIAS_SHARE = 0.25  # |bias| at most this share of the mean wait


def replay(folder: Path, speedup: float) -> tuple[dict, dict, float]:
    """(RESULT.json, the printed summary, the process's wall seconds) of one `kiosk simulate` run."""
    out = folder / f"result-{speedup}.json"
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kiosk", "simulate", "--config", DAY / "branch.toml",
                           "--arrivals", DAY / "arrivals.csv", "--staffing", DAY / "staffing.csv",
                           "--speedup", str(speedup), "--out", out],
                          capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    wall = time.perf_counter() - started
    return json.loads(out.read_text("utf-8")), json.loads(done.stdout), wall


def raw_replay(folder: Path, tickets: int) -> float:
    """Seconds for the writes the store makes for `tickets` customers, bare: issue, call, start and finish
    each one transaction updating the ticket and appending an event, with the simulation's pragmas (WAL,
    synchronous OFF); no policy, no checks, no estimate."""
    conn = sqlite3.connect(folder / "raw.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("CREATE TABLE tickets (id INTEGER PRIMARY KEY, service TEXT, priority TEXT, status TEXT, "
                 "issued_at REAL, called_at REAL, started_at REAL, finished_at REAL)")
    conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, at REAL, action TEXT, ticket_id INTEGER, "
                 "details TEXT)")
    started = time.perf_counter()
    for n in range(tickets):
        at = 1e9 + n
        conn.execute("BEGIN IMMEDIATE")
        ticket = conn.execute("INSERT INTO tickets (service, priority, status, issued_at) "
                              "VALUES ('PS', 'regular', 'waiting', ?) RETURNING id", [at]).fetchone()[0]
        conn.execute("INSERT INTO events (at, action, ticket_id, details) VALUES (?, 'issue', ?, '{}')",
                     [at, ticket])
        conn.execute("COMMIT")
        for action, column in (("call", "called_at"), ("start", "started_at"), ("finish", "finished_at")):
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(f"UPDATE tickets SET status = ?, {column} = ? WHERE id = ?", [action, at, ticket])
            conn.execute("INSERT INTO events (at, action, ticket_id, details) VALUES (?, ?, ?, '{}')",
                         [at, action, ticket])
            conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def goal(result: dict) -> tuple[bool, bool]:
    estimate, naive, mean = result["estimate"], result["naive_estimate"], result["mean_wait_s"]
    return estimate["mae_s"] <= MAE_SHARE * naive["mae_s"], abs(estimate["bias_s"]) <= BIAS_SHARE * mean


def main() -> None:
    opts = args(__doc__.splitlines()[0])
    rates = RATES[:1] if opts.quick else RATES
    load_before = os.getloadavg()
    rows = []
    with workdir() as folder:
        for speedup in rates:
            result, summary, wall = replay(folder, speedup)
            (folder / f"raw-{speedup}").mkdir()
            raw = raw_replay(folder / f"raw-{speedup}", result["tickets"])
            mae_ok, bias_ok = goal(result)
            rows.append({"rate": speedup, "tickets": result["tickets"], "served": result["served"],
                         "mean_wait_s": result["mean_wait_s"], "p90_wait_s": result["p90_wait_s"],
                         "estimate": result["estimate"], "naive_estimate": result["naive_estimate"],
                         "mae_ok": mae_ok, "bias_ok": bias_ok, "command_s": summary["seconds"],
                         "process_s": round(wall, 2), "raw_s": round(raw, 3),
                         "ratio_to_raw": round(summary["seconds"] / raw, 1)})
    load_after = os.getloadavg()
    print(f"{'rate':>5} {'tickets':>7} {'mean wait':>9} {'p90':>6}  {'estimate MAE / bias':>20}  "
          f"{'naive MAE / bias':>18}  {'MAE ratio':>9}  goal (MAE, bias)  replay s (raw s, x)")
    for r in rows:
        e, n = r["estimate"], r["naive_estimate"]
        print(f"{r['rate']:>4}x {r['tickets']:>7} {r['mean_wait_s']:>8.1f}s {r['p90_wait_s']:>5.0f}s  "
              f"{e['mae_s']:>9.1f} / {e['bias_s']:>7.1f} s  {n['mae_s']:>7.1f} / {n['bias_s']:>7.1f} s  "
              f"{e['mae_s'] / n['mae_s']:>9.2f}  {verdict(r['mae_ok'])}, {verdict(r['bias_ok'])}        "
              f"{r['command_s']:>5.2f} ({r['raw_s']:.3f}, {r['ratio_to_raw']}x)")
    print(f"goal: MAE <= {MAE_SHARE}x naive and |bias| <= mean wait x {BIAS_SHARE} at every rate: "
          f"{verdict(all(r['mae_ok'] and r['bias_ok'] for r in rows))}")
    print(f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f}")
    path = save("simulate_replay", {"rows": rows, "load": [load_before[0], load_after[0]]})
    print(f"results: {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

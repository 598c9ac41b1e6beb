"""A year's export (250,000 tickets and their events) to CSV, XLSX, PDF and JSON: seconds and peak memory,
against a raw `sqlite3 -csv` dump of the same rows."""
from __future__ import annotations

import json
import random
import resource
import shutil
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from _common import SERVICES, args, pick, save, verdict, workdir

from kiosk.core.models import format_label
from kiosk.store import QueueStore

TICKETS = 250_000
DAYS = 250  # business days in a year
FIRST_DAY = date(2025, 1, 6)
FORMATS = ("csv", "xlsx", "pdf", "json")
TARGET_CSV_VS_RAW = 10.0  # our CSV (tickets, events, assistance, help, summary) within 10x the raw dump
TARGET_PEAK_MB = 300  # any export of the year in a child process


def business_days(n: int) -> list[date]:
    days, d = [], FIRST_DAY
    while len(days) < n:
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    return days


def seed_year(path: Path, tickets: int, rng: random.Random) -> dict[str, int]:
    """Tickets with their issue/call/recall/start/finish/no-show/transfer events, assistance and help
    requests, by direct SQL in one transaction (not through the store: a year through the CLI takes hours)."""
    store = QueueStore.init(path)
    tz = ZoneInfo(store.branch.time_zone)
    prefixes = {s.code: s.prefix for s in store.branch.services}
    days = business_days(DAYS)
    per_day = tickets // len(days)
    t_rows, e_rows, a_rows, h_rows = [], [], [], []
    ticket_id = 0
    for day in days:
        opening = datetime(day.year, day.month, day.day, 9, tzinfo=tz).timestamp()
        numbers = dict.fromkeys(prefixes, 0)
        for issued in sorted(opening + rng.random() * 8 * 3600 for _ in range(per_day)):
            ticket_id += 1
            service, priority = pick(rng)
            numbers[service] += 1
            label = format_label(prefixes[service], numbers[service])
            counter = rng.randint(1, 5)
            called = issued + rng.expovariate(1 / 600)
            started = called + rng.uniform(20, 90)
            finished = started + rng.expovariate(1 / 420)
            teller = f"{1000 + counter}"
            ev = [(issued, "kiosk", "", "issue", None, json.dumps({"label": label})),
                  (called, "console", teller, "call", counter, json.dumps({"label": label, "reason": "x"}))]
            status = "done"
            roll = rng.random()
            if roll < 0.04:
                status, finished = "no_show", None
                ev.append((started, "console", teller, "no_show", counter, "{}"))
            else:
                if roll < 0.10:
                    ev.append((called + 15, "console", teller, "recall", counter, "{}"))
                if roll > 0.97:
                    to = rng.choice([s for s in SERVICES if s != service])
                    details = json.dumps({"to_service": to})
                    ev.append((started - 1, "console", teller, "transfer", counter, details))
                    ev.append((started, "console", teller, "call", counter, "{}"))
                ev.append((started, "console", teller, "start", counter, "{}"))
                ev.append((finished, "console", teller, "finish", counter, "{}"))
            t_rows.append((ticket_id, day.isoformat(), service, numbers[service], label, service, priority,
                           "zh_CN", status, counter, issued, called, None if finished is None else started,
                           finished, finished or started))
            e_rows += [(at, where, who, action, ticket_id, c, text) for at, where, who, action, c, text in ev]
            if priority != "regular" and rng.random() < 0.3:
                a_rows.append((started, ticket_id, counter, teller, rng.choice(["wheelchair", "read_aloud",
                                                                                  "forms_help"]), ""))
        for _ in range(4):
            asked = opening + rng.random() * 8 * 3600
            answered = asked + rng.uniform(20, 240)
            h_rows.append((asked, "kiosk", "call_staff", "resolved", answered, asked + 400))
    with store.conn.write() as db:
        db.conn.executemany(
            "INSERT INTO tickets (id, business_day, issued_service, number, label, service, priority, lang, "
            "status, counter, issued_at, called_at, started_at, finished_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", t_rows)
        e_rows.sort(key=lambda r: r[0])  # events are appended in time order
        db.conn.executemany("INSERT INTO events (at, station, actor, action, ticket_id, counter, details) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)", e_rows)
        db.conn.executemany("INSERT INTO assistance (at, ticket_id, counter, actor, kind, note) "
                            "VALUES (?, ?, ?, ?, ?, ?)", a_rows)
        db.conn.executemany("INSERT INTO help_requests (at, station, kind, status, acknowledged_at, "
                            "resolved_at) VALUES (?, ?, ?, ?, ?, ?)", h_rows)
    store.close()
    return {"tickets": len(t_rows), "events": len(e_rows), "assistance": len(a_rows), "help": len(h_rows),
            "days": len(days), "first_day": days[0].isoformat(), "last_day": days[-1].isoformat()}


def child(what: str, db: str, first: str, last: str, out: str) -> None:
    """Run one export (or the day's report, or the seeding) in this fresh process; print seconds and
    peak memory (ru_maxrss survives fork and exec, so the parent stays small: it seeds in a child too)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.perf_counter()
    if what == "seed":
        print(json.dumps(seed_year(Path(db), int(out), random.Random(7))))
    elif what == "report-day":
        from kiosk.store.reports import build_report

        store = QueueStore(db)
        build_report(store, last, last)
        store.close()
    elif what != "idle":
        from kiosk.adapters.export import write_export

        write_export(db, first, last, what, out)
    seconds = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024}))


def measure(what: str, db: Path, seeded: dict, out: Path | int) -> dict:
    cmd = [sys.executable, __file__, "--child", what, str(db), seeded.get("first_day", ""),
           seeded.get("last_day", ""), str(out)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.splitlines()[-1])


def raw_dump(db: Path, seeded: dict, out: Path) -> float:
    """The same ticket and event rows with the sqlite3 shell: no joins, no figures, no formatting."""
    t0 = time.perf_counter()
    with out.open("w") as f:
        subprocess.run(["sqlite3", "-csv", "-header", str(db),
                        f"SELECT * FROM tickets WHERE business_day BETWEEN '{seeded['first_day']}' "
                        f"AND '{seeded['last_day']}' ORDER BY id; SELECT * FROM events ORDER BY id; "
                        "SELECT * FROM assistance ORDER BY id; SELECT * FROM help_requests ORDER BY id;"],
                       stdout=f, check=True)
    return time.perf_counter() - t0


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:7])
        return
    opts = args(__doc__, tickets=(int, TICKETS, f"tickets in the year (--quick: 20000; default {TICKETS})"))
    tickets = 20_000 if opts.quick else opts.tickets
    if not shutil.which("sqlite3"):
        sys.exit("the sqlite3 shell is needed for the baseline (apt install sqlite3)")
    with workdir() as tmp:
        db = tmp / "year.db"
        t0 = time.perf_counter()
        seeded = json.loads(subprocess.run([sys.executable, __file__, "--child", "seed", str(db), "", "",
                                            str(tickets)], capture_output=True, text=True,
                                           check=True).stdout.splitlines()[0])
        seed_s = time.perf_counter() - t0
        print(f"seeded {seeded['tickets']} tickets, {seeded['events']} events over {seeded['days']} days "
              f"in {seed_s:.1f} s ({db.stat().st_size / 2**20:.0f} MB)", flush=True)
        raw_s = raw_dump(db, seeded, tmp / "raw.csv")
        raw_mb = (tmp / "raw.csv").stat().st_size / 2**20
        results = {"idle": measure("idle", db, seeded, tmp / "none")}
        for what in (*FORMATS, "report-day"):
            out = tmp / f"year.{what}"
            results[what] = measure(what, db, seeded, out)
            files = [out, *out.parent.glob(f"{out.stem}-*.csv")] if what == "csv" else [out]
            files = [p for p in files if p.exists()]
            results[what]["out_mb"] = sum(p.stat().st_size for p in files) / 2**20
            print(f"measured {what}", flush=True)

    print(f"\n{seeded['tickets']} tickets, {seeded['events']} events, {seeded['assistance']} assistance, "
          f"{seeded['help']} help requests; each export in a fresh child process")
    print(f"{'job':<12} {'seconds':>8} {'peak MB':>8} {'out MB':>7}")
    print(f"{'sqlite3 -csv':<12} {raw_s:8.2f} {'':>8} {raw_mb:7.2f}")
    for what, r in results.items():
        print(f"{what:<12} {r['seconds']:8.2f} {r['peak_mb']:8.0f} {r.get('out_mb', 0):7.2f}")
    ratio = results["csv"]["seconds"] / raw_s
    print(f"\nCSV export / raw sqlite3 -csv dump: {ratio:.1f}x")
    peak = max(r["peak_mb"] for w, r in results.items() if w in FORMATS)
    targets = [("csv vs raw dump", ratio, TARGET_CSV_VS_RAW, "x"), ("peak memory of any export", peak,
                                                                     TARGET_PEAK_MB, " MB")]
    print(f"\n{'target':<28} {'measured':>9} {'limit':>8}")
    for name, value, limit, unit in targets:
        print(f"{name:<28} {value:8.1f}{unit} {limit:6.0f}{unit}  {verdict(value <= limit)}")
    path = save("export", {"seeded": seeded, "seed_seconds": seed_s, "raw_seconds": raw_s, "raw_mb": raw_mb,
                           "results": results, "csv_vs_raw": ratio,
                           "targets": [{"name": n, "measured": v, "limit": lim, "pass": v <= lim}
                                       for n, v, lim, _ in targets]})
    print(f"\nwrote {path}")


if __name__ == "__main__":
    main()

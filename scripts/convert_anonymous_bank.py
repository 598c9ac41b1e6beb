"""Convert one day of the Anonymous Bank call log (../shared/data) into `kiosk simulate` input files.

    python scripts/convert_anonymous_bank.py --day 990202 --out tests/data/anonymous-bank-1999-02-02

Writes arrivals.csv (arrived_at,service,priority,service_seconds), staffing.csv (from,to,counters),
branch.toml (the call types as services, priority 2 as class "high" with the real 90 s head start) and
recorded.json (the waits the day really had, per class and hour).

Which calls: those served by an agent after queuing (outcome AGENT, a named server, q_start set, ser_time >
0), arriving at q_start. An abandoned call took no service; a call never queued (nearly all priority 0/1:
432 of 440 on 1999-02-16) was put straight through and is not part of the queue the policy ranks.

Staffing: the log does not say how many agents took queued calls (the agents who served in an hour number
twice those busy at once while callers waited: they also answered the direct calls). So the counters of
each hour are calibrated: hour by hour, the number whose first-come-plus-head-start replay of that hour
(the hours before already fixed) gives the mean wait closest to the recorded one. Only the total wait of
each hour is matched; how it splits between priority 2 and regular callers is left to the policy, so the
replay's class ratio is a test of the policy, not of the fit."""
from __future__ import annotations

import argparse
import csv
import json
import math
import statistics
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Jerusalem")
SERVICES = {"PS": "Regular business", "NW": "Prospective customers", "NE": "Stock exchange",
            "TT": "Callback", "IN": "Internet", "PE": "English"}
DEFAULT_SOURCE = Path(__file__).resolve().parents[2] / "shared" / "data" / "anonymous-bank-1999-02.txt"


def _seconds(text: str) -> int:
    h, m, s = (int(x) for x in text.strip().split(":"))
    return h * 3600 + m * 60 + s


def served_calls(source: Path, day: str) -> list[dict]:
    calls = []
    with source.open(newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            r = {k.strip(): v.strip() for k, v in r.items()}
            if r["date"] != day or r["outcome"] != "AGENT" or r["server"] == "NO_SERVER":
                continue
            if int(r["ser_time"]) <= 0 or r["type"] not in SERVICES or r["q_start"] == "0:00:00":
                continue
            calls.append({"arrived": _seconds(r["q_start"]), "service": r["type"],
                          "priority": "high" if r["priority"] == "2" else "regular",
                          "service_seconds": int(r["ser_time"]), "wait": int(r["q_time"]),
                          "start": _seconds(r["ser_start"]), "server": r["server"]})
    return sorted(calls, key=lambda c: (c["arrived"], c["start"]))


def _replay(calls: list[dict], staff: dict[int, int], head_start: int = 90) -> list[int]:
    """Each call's wait (s) when served first-come plus head start by staff[hour] agents (1 s steps)."""
    waits = [0] * len(calls)
    waiting: list[int] = []
    busy: list[int] = []
    i, t, n = 0, calls[0]["arrived"], len(calls)
    while i < n or waiting:
        while i < n and calls[i]["arrived"] <= t:
            waiting.append(i)
            i += 1
        busy = [b for b in busy if b > t]
        room = staff.get(t // 3600, 1) - len(busy)
        while waiting and room > 0:
            best = max(waiting, key=lambda j: (t - calls[j]["arrived"] + (head_start if calls[j]["priority"]
                                                                          == "high" else 0), -j))
            waiting.remove(best)
            waits[best] = t - calls[best]["arrived"]
            busy.append(t + calls[best]["service_seconds"])
            room -= 1
        if not waiting and i < n and not busy:
            t = max(t + 1, calls[i]["arrived"])
        else:
            t += 1
    return waits


def calibrated_staffing(calls: list[dict]) -> dict[int, int]:
    """Counters per hour, fixed hour by hour: the count whose replay gives that hour's recorded mean wait."""
    hours = sorted({c["arrived"] // 3600 for c in calls})
    staff: dict[int, int] = {}
    for hour in hours:
        mine = [j for j, c in enumerate(calls) if c["arrived"] // 3600 == hour]
        recorded = statistics.fmean(calls[j]["wait"] for j in mine)
        upto = [c for c in calls if c["arrived"] // 3600 <= hour]
        best = None
        for n in range(1, 31):
            waits = _replay(upto, {**staff, hour: n, **{h: n for h in range(hour + 1, hour + 24)}})
            gap = abs(statistics.fmean(waits[j] for j in mine) - recorded)
            if best is None or gap < best[0] - 1e-9:
                best = (gap, n)
            if statistics.fmean(waits[j] for j in mine) <= recorded:
                break
        staff[hour] = best[1]
    return staff


def _stamp(day: datetime, seconds: int) -> str:
    return (day + timedelta(seconds=seconds)).isoformat()


def _figures(waits: list[int]) -> dict:
    ordered = sorted(waits)
    p90 = ordered[min(len(ordered) - 1, math.ceil(0.9 * len(ordered)) - 1)] if ordered else 0
    return {"tickets": len(waits), "mean_wait_s": round(statistics.fmean(waits), 1) if waits else 0.0,
            "p90_wait_s": p90, "max_wait_s": max(waits, default=0)}


def convert(source: Path, day: str, out: Path) -> dict:
    calls = served_calls(source, day)
    base = datetime.strptime(day, "%y%m%d").replace(tzinfo=TZ)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "arrivals.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["arrived_at", "service", "priority", "service_seconds"])
        for c in calls:
            w.writerow([_stamp(base, c["arrived"]), c["service"], c["priority"], c["service_seconds"]])
    staff = calibrated_staffing(calls)
    with (out / "staffing.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["from", "to", "counters"])
        for hour, n in sorted(staff.items()):
            w.writerow([f"{hour:02d}:00", f"{hour + 1:02d}:00", n])
    most = max(staff.values())
    (out / "branch.toml").write_text(_branch_toml(most), encoding="utf-8")
    by_class = {cls: _figures([c["wait"] for c in calls if c["priority"] == cls])
                for cls in ("high", "regular")}
    replayed = _replay(calls, staff)

    def replayed_mean(cls: str) -> float:
        return statistics.fmean(w for w, c in zip(replayed, calls, strict=True) if c["priority"] == cls)

    recorded = {"source": f"Anonymous Bank call log, 19{day[:2]}-{day[2:4]}-{day[4:]} (Technion SEE lab)",
                "tickets": len(calls), "by_class": by_class,
                "wait_ratio_high_to_regular": round(by_class["high"]["mean_wait_s"]
                                                    / max(by_class["regular"]["mean_wait_s"], 1e-9), 3),
                "by_hour": [{"hour": f"{h:02d}:00", "tickets": len(w),
                             "mean_wait_s": round(statistics.fmean(w), 1)}
                            for h in sorted({c["arrived"] // 3600 for c in calls})
                            for w in [[c["wait"] for c in calls if c["arrived"] // 3600 == h]]],
                "first_come_replay_ratio": round(replayed_mean("high")
                                                 / max(replayed_mean("regular"), 1e-9), 3),
                "service_seconds": {"mean": round(statistics.fmean(c["service_seconds"] for c in calls), 1),
                                    "median": statistics.median(c["service_seconds"] for c in calls)}}
    (out / "recorded.json").write_text(json.dumps(recorded, indent=2) + "\n", encoding="utf-8")
    return recorded


def _branch_toml(counters: int) -> str:
    lines = ["# One day of the Anonymous Bank (a call centre): its call types as services, priority 2",
             "# with the real 90-second head start, calls otherwise in order of time waited.",
             "# For kiosk simulate.",
             "[branch]", 'name = "Anonymous Bank replay"', 'time_zone = "Asia/Jerusalem"',
             "max_wait_minutes = 1440             # the real system had no maximum wait",
             'languages = ["en"]', 'announce_languages = ["en"]', "occupancy_cap = 0", ""]
    for code, name in SERVICES.items():
        lines += ["[[services]]", f'code = "{code}"', f'prefix = "{code}"', "minutes = 3",
                  f'names = {{ en = "{name}" }}', ""]
    lines += ["[[priority_classes]]", 'code = "regular"', "head_start = 0", "love_window = false",
              'names = { en = "Regular" }', "",
              "[[priority_classes]]", 'code = "high"', "head_start_seconds = 90", "love_window = true",
              'names = { en = "Priority 2" }', ""]
    services = ", ".join(f'"{c}"' for c in SERVICES)
    for n in range(1, counters + 1):
        lines += ["[[counters]]", f"number = {n}", f"services = [{services}]", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    parser.add_argument("--day", required=True, help="YYMMDD, e.g. 990216")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    print(json.dumps(convert(args.source, args.day, args.out), indent=2))


if __name__ == "__main__":
    main()

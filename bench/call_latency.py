"""Console call -> display shows it and speech starts (p50/p95 ms), across processes, vs a bare Qt poller;
on SQLite (the display polls PRAGMA data_version) and PostgreSQL (it polls its LISTEN connection)."""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from _common import Engines, Raw, args, percentile, save, verdict, workdir

from kiosk.station.display_station import POLL_MS
from kiosk.store import QueueStore

TARGET_MS = 150.0  # a call appears on the display and its speech starts within 150 ms (p95)
TARGET_PG_SHOWN_MS = 60.0  # issue 12: call -> shown on the display, PostgreSQL on 127.0.0.1, p95
SPACING_S = 1.5  # between calls: one call's speech (chime, two languages) never delays the next
BASELINE_SPACING_S = 0.15
WARMUP = 2  # untimed calls first: the display's first call imports and warms what later calls reuse
PROBE = Path(__file__).resolve().parent / "_display_probe.py"
# The fake audio player: logs the moment it runs (audio would start: the chime is the first sound), exits.
PLAYER_SOURCE = """import sys, time
t = time.time()
with open(sys.argv[1], "a") as log:
    log.write(f"play {sys.argv[2].rsplit('/', 1)[-1]} {t!r}\\n")
"""
# The same in bash ($0 = LOG, $1 = WAV): ~2 ms to start instead of Python's ~50 ms, like a native aplay.
BASH_PLAYER = 'printf "play %s %s\\n" "${1##*/}" "$EPOCHREALTIME" >> "$0"'


class LogTail:
    """The lines the child processes appended to one log file: (kind, what, time.time())."""

    def __init__(self, path: Path):
        self.path, self.offset, self.lines = path, 0, []
        path.touch()

    def read(self) -> None:
        with self.path.open("rb") as f:
            f.seek(self.offset)
            data = f.read()
        complete = data[:data.rfind(b"\n") + 1]  # a line still being written is read next time
        self.offset += len(complete)
        for line in complete.decode().splitlines():
            kind, *what, at = line.split(" ")
            self.lines.append((kind, " ".join(what), float(at)))

    def find(self, start: int, kind: str, what: Callable[[str], bool] = lambda _: True,
             nth: int = 1) -> tuple[int, str, float] | None:
        """The nth line of `kind` at index >= start whose `what` matches: (index, what, time)."""
        for i in range(start, len(self.lines)):
            k, w, at = self.lines[i]
            if k == kind and what(w):
                nth -= 1
                if nth == 0:
                    return i, w, at
        return None

    def wait(self, start: int, kind: str, what: Callable[[str], bool] = lambda _: True, nth: int = 1,
             timeout: float = 10.0, child: subprocess.Popen | None = None) -> tuple[int, str, float] | None:
        """Poll the file every 2 ms until that line is there; None after `timeout` s."""
        deadline = time.monotonic() + timeout
        while True:
            self.read()
            found = self.find(start, kind, what, nth)
            if found is not None or time.monotonic() > deadline:
                return found
            if child is not None and child.poll() is not None:
                raise RuntimeError(f"the {child.args[2]} process ended with code {child.returncode}")
            time.sleep(0.002)


def start_child(mode: str, *params: object, stderr: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with stderr.open("wb") as err:
        return subprocess.Popen([sys.executable, str(PROBE), mode, *map(str, params)], env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)


def stop_child(child: subprocess.Popen | None) -> None:
    if child is None or child.poll() is not None:
        return
    child.terminate()  # the probe quits its event loop, stops its speaker and closes its store
    try:
        child.wait(10)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def await_ready(tail: LogTail, child: subprocess.Popen, stderr: Path) -> None:
    try:
        ready = tail.wait(0, "ready", timeout=60, child=child)
    except RuntimeError as exc:
        raise RuntimeError(f"{exc}:\n{stderr.read_text()}") from None
    if ready is None:
        raise RuntimeError(f"the {child.args[2]} process did not start within 60 s:\n{stderr.read_text()}")


def sleep_until(moment: float) -> None:
    time.sleep(max(0.0, moment - time.monotonic()))


def run_baseline(db, folder: Path, count: int, rng: random.Random) -> list[float]:
    """ms from BEGIN (IMMEDIATE) to a bare Qt process noticing the commit: through PRAGMA data_version on
    SQLite, through a NOTIFY sent with the commit on PostgreSQL."""
    log = folder / "bare.log"
    raw = Raw(db)
    raw.execute(f"CREATE TABLE t (id {raw.key_type}, n INTEGER NOT NULL, at REAL, payload TEXT)")
    tail, child, ms = LogTail(log), None, []
    try:
        child = start_child("baseline", db, log, POLL_MS, stderr=folder / "bare.err")
        await_ready(tail, child, folder / "bare.err")
        for i in range(WARMUP + count):
            sleep_until(time.monotonic() + BASELINE_SPACING_S + rng.uniform(0, POLL_MS / 1000))
            tail.read()
            mark = len(tail.lines)
            t0 = time.time()
            raw.execute(raw.begin_sql)
            raw.execute("INSERT INTO t (n, at, payload) VALUES (?, ?, ?)", (i, t0, "x" * 60))
            if raw.pg:
                raw.execute("NOTIFY bench_bare")
            raw.execute("COMMIT")
            seen = tail.wait(mark, "change", timeout=5, child=child)
            if i >= WARMUP and seen is not None:
                ms.append((seen[2] - t0) * 1000)
    finally:
        stop_child(child)
        raw.close()
    return ms


def run_calls(db, folder: Path, count: int, rng: random.Random, player: str) -> tuple[list[dict], int]:
    """Each call: ms from just before call_next to each step the display process logged."""
    folder = folder / player
    folder.mkdir()
    log, script = folder / "display.log", folder / "player.py"
    if player == "python":  # as specified: [sys.executable, PLAYER_SCRIPT, LOGFILE]
        script.write_text(PLAYER_SOURCE)
        command = [sys.executable, script, log]
    else:
        command = [shutil.which("bash"), "-c", BASH_PLAYER, log]
    store = QueueStore.init(db, station="console")
    desk = store.branch.counters[0]
    for _ in range(WARMUP + count):
        store.issue_ticket(desk.services[0])
    store.open_counter(desk.number)
    tail, child, samples, lost = LogTail(log), None, [], 0
    try:
        child = start_child("display", db, log, *command, stderr=folder / "display.err")
        await_ready(tail, child, folder / "display.err")
        next_call = time.monotonic()
        for i in range(WARMUP + count):
            sleep_until(next_call + rng.uniform(0, POLL_MS / 1000))  # random phase against the poll timer
            next_call = time.monotonic() + SPACING_S
            tail.read()
            mark = len(tail.lines)
            t0 = time.time()
            choice = store.call_next(desk.number)
            committed = time.time()
            label = choice.ticket.label
            ours = lambda what, label=label: what == label or what.startswith(label + " ")  # noqa: E731
            shown = tail.wait(mark, "shown", ours, child=child)
            notice = tail.find(mark, "notice", ours)
            utterances = int(notice[1].split()[1]) if notice else 0
            # the chime, then each utterance: wait until the whole announcement has been played
            last = tail.wait(mark, "play", nth=1 + utterances, timeout=30, child=child) if notice else None
            painted = tail.wait(mark, "painted", ours, timeout=1, child=child)
            store.start(desk.number)  # untimed, after the display is done: the counter is free again
            store.finish(desk.number)
            if i < WARMUP:
                continue
            if shown is None or last is None:
                lost += 1
                continue
            chime, words = tail.find(mark, "play"), tail.find(mark, "play", nth=2)
            popen = tail.find(mark, "popen")

            def ms(line, t0=t0):
                return None if line is None else (line[2] - t0) * 1000

            samples.append({
                "label": label, "commit": (committed - t0) * 1000, "notice": ms(notice), "shown": ms(shown),
                "shown_after_commit": None if shown is None else (shown[2] - committed) * 1000,
                "painted": ms(painted), "popen": ms(popen), "speech": ms(chime), "words": ms(words),
                "first_sound": chime[1], "utterances": utterances,
            })
    finally:
        stop_child(child)
        store.close()
    return samples, lost


def native_launch_ms(count: int = 20) -> list[float]:
    """Spawn-to-exit of /bin/true: what starting a native player (aplay) costs before it opens audio."""
    out = []
    for _ in range(count):
        t0 = time.perf_counter()
        subprocess.run(["/bin/true"], check=True)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def stats(values: list[float]) -> dict:
    values = [v for v in values if v is not None]
    if not values:
        return {"p50": None, "p95": None, "max": None, "n": 0}
    return {"p50": percentile(values, 50), "p95": percentile(values, 95), "max": max(values),
            "n": len(values)}


def table(samples: list[dict]) -> dict[str, dict]:
    return {
        "console call_next committed": stats([s["commit"] for s in samples]),
        "display notices the call": stats([s["notice"] for s in samples]),
        "call shown (call_shown)": stats([s["shown"] for s in samples]),
        "shown, from call_next's return": stats([s["shown_after_commit"] for s in samples]),
        "call number painted": stats([s["painted"] for s in samples]),
        "chime player spawned (Popen)": stats([s["popen"] for s in samples]),
        "speech start (player ran)": stats([s["speech"] for s in samples]),
        "first words ready (synthesis)": stats([s["words"] for s in samples]),
        "player start-up (spawned -> ran)": stats([s["speech"] - s["popen"] for s in samples
                                                    if s["popen"] is not None]),
    }


def print_rows(rows: dict[str, dict], base: dict) -> None:
    for name, row in rows.items():
        if row["n"] == 0:
            print(f"{name:34} {'-':>8} {'-':>8} {'-':>8}")
            continue
        ratio = "" if row is base or not base["n"] or "start-up" in name else \
            f"   {row['p50'] / base['p50']:.1f}x / {row['p95'] / base['p95']:.1f}x"
        print(f"{name:34} {row['p50']:8.1f} {row['p95']:8.1f} {row['max']:8.1f}{ratio}")


def main() -> None:
    opts = args(__doc__, engines=True, calls=(int, None, "timed calls per pass (default 30; --quick: 8)"))
    count = opts.calls or (8 if opts.quick else 30)
    rng = random.Random(7)
    load_before = os.getloadavg()[0]
    players = ["python"] + (["bash"] if shutil.which("bash") else [])
    bare: dict[str, list[float]] = {}
    passes: dict[str, dict[str, tuple[list[dict], int]]] = {}
    with workdir() as tmp, Engines(opts.engines, tmp, opts.db) as engines:
        described = {engine: engines.describe(engine) for engine in opts.engines}
        for engine in opts.engines:
            folder = tmp / engine
            folder.mkdir()
            bare[engine] = run_baseline(engines.fresh(engine, "bare"), folder, count, rng)
            passes[engine] = {player: run_calls(engines.fresh(engine, f"queue_{player}"), folder, count, rng,
                                                player) for player in players}
    launch = native_launch_ms()
    load = (load_before, os.getloadavg()[0])
    print(f"call latency across processes: {count} calls per pass, poll interval {POLL_MS} ms, "
          f"{os.cpu_count()} CPUs, load average {load[0]:.1f} -> {load[1]:.1f}; ms from just before the "
          "console's call_next (or the bare BEGIN)")
    results, verdicts = {}, {}
    for engine, engine_passes in passes.items():
        base = stats(bare[engine])
        how = "PRAGMA data_version" if engine == "sqlite" else "LISTEN/NOTIFY"
        print(f"== {engine}: {described[engine]}; the display notices a change by {how}")
        print(f"{'measure':34} {'p50':>8} {'p95':>8} {'max':>8}   vs bare p50 / p95")
        print_rows({"bare poller notices the commit": base}, base)
        results[engine] = {"baseline": {"stats": base, "samples": bare[engine]}, "passes": {}}
        for player, (samples, lost) in engine_passes.items():
            rows = table(samples)
            title = {"python": "fake player in Python (as specified)",
                     "bash": "fake player in bash (starts like a native aplay)"}[player]
            sounds = ", ".join(sorted({s["first_sound"] for s in samples}))
            print(f"-- {title}: {len(samples)} calls, {lost} lost, first sound {sounds}")
            print_rows(rows, base)
            results[engine]["passes"][player] = {"rows": rows, "lost": lost, "samples": samples}
            checks = [("shown", "call shown (call_shown)", TARGET_MS),
                      ("speech start", "speech start (player ran)", TARGET_MS)]
            if engine == "postgresql":
                checks.append(("shown", "call shown (call_shown)", TARGET_PG_SHOWN_MS))
            for what, key, limit in checks:
                row = rows[key]
                verdicts[f"{engine}, {player}: {what} p95 <= {limit:.0f} ms"] = \
                    lost == 0 and row["n"] > 0 and row["p95"] <= limit
    print(f"native /bin/true spawn+exit from this process: p50 {percentile(launch, 50):.1f} ms, "
          f"max {max(launch):.1f} ms")
    for name, ok in verdicts.items():
        print(f"target {name}: {verdict(ok)}")
    path = save("call_latency", {
        "calls": count, "poll_ms": POLL_MS, "cpus": os.cpu_count(), "load_average": load,
        "target_ms": TARGET_MS, "target_pg_shown_ms": TARGET_PG_SHOWN_MS, "engines": described,
        "native_launch_ms": stats(launch), "results": results, "pass": verdicts,
    })
    print(f"written {path}")


if __name__ == "__main__":
    main()

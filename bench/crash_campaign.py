"""Crash campaign: station processes writing to one queue file are SIGKILLed at random moments and restarted.

Kiosks issue tickets and consoles call, recall, start, finish, mark no-shows, reinstate and transfer
(bench/_crash_writer.py), each logging every action the store acknowledged. A seeded schedule picks a
running writer, waits a random moment and SIGKILLs it, then starts it again. After some kills every
other writer is frozen (SIGSTOP) while the database, its -wal and -shm are copied: the files as a crash
of every station at that instant would leave them. Each copy, and the file at the end, is checked
(bench/_crash_checks.py): integrity_check, no number issued twice, every acknowledged action stored,
tickets agreeing with their events, waiting_counts agreeing with the tickets; each copy must also let
the store issue the next number.
"""
from __future__ import annotations

import mmap
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from _common import args, save, workdir
from _crash_checks import carry_on, check, read_logs
from _crash_writer import COMMITTED, IN_COMMIT, IN_WRITE, OPENING, PHASES

from kiosk.core.clock import SystemClock
from kiosk.core.config import default_toml
from kiosk.store import QueueStore

ROOT = Path(__file__).resolve().parents[1]
WRITER = Path(__file__).with_name("_crash_writer.py")
KIOSKS, CONSOLES = 2, 4
FILES = ("", "-wal", "-shm")  # the database and what SQLite keeps beside it
AIMS = (IN_WRITE, IN_COMMIT, COMMITTED)  # an aimed kill waits for one of these (the narrow moments)
AIM_WAIT_S = 2.0  # ... at most this long, then it kills wherever the writer is


def config_text(consoles: int) -> str:
    """The default branch with counters 1..`consoles`, each serving A, B and C."""
    head = default_toml().split("[[counters]]")[0]
    return head + "".join(f'[[counters]]\nnumber = {n}\nservices = ["A", "B", "C"]\n\n'
                          for n in range(1, consoles + 1))


@dataclass
class Station:
    """One writer: its name, role and files, and its current process."""

    name: str
    role: str
    folder: Path
    seed: int
    counter: int | None = None
    runs: int = 0
    proc: subprocess.Popen | None = field(default=None, repr=False)
    _phase: mmap.mmap | None = field(default=None, repr=False)

    @property
    def phase_file(self) -> Path:
        return self.folder / f"{self.name}.phase"

    def start(self, db: Path, stop: Path) -> None:
        if self._phase is None:
            self.phase_file.write_bytes(b"\0")
            with open(self.phase_file, "r+b") as f:
                self._phase = mmap.mmap(f.fileno(), 1)
        self._phase[0] = 0
        self.runs += 1
        command = [sys.executable, str(WRITER), "--db", str(db), "--stop", str(stop), "--name", self.name,
                   "--role", self.role, "--log", str(self.folder / f"{self.name}.log"),
                   "--phase", str(self.phase_file), "--seed", str(self.seed * 1000 + self.runs)]
        if self.counter is not None:
            command += ["--counter", str(self.counter)]
        paths = [str(ROOT), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths),  # this tree's kiosk package
               # One clock for every station, as on one PC: under libfaketime (make test-clock) a new
               # process would otherwise start again at the faked instant, behind the others.
               "FAKETIME_DONT_RESET": "1"}
        with open(self.folder / f"{self.name}.err", "ab") as err:
            self.proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=err)

    def phase(self) -> int:
        return self._phase[0]

    def wait_for(self, phase: int, seconds: float) -> None:
        """Until the writer is in `phase` (polled every 0.1 ms), or `seconds` passed."""
        deadline = time.monotonic() + seconds
        while self._phase[0] != phase and time.monotonic() < deadline:
            time.sleep(0.0001)

    def stderr_tail(self) -> str:
        return (self.folder / f"{self.name}.err").read_text(errors="replace")[-400:]


def freeze(stations: list[Station]) -> list[Station]:
    """SIGSTOP every running writer and wait until each has stopped; the ones stopped."""
    frozen = []
    for s in stations:
        if s.proc.poll() is None:
            os.kill(s.proc.pid, signal.SIGSTOP)
            frozen.append(s)
    for s in frozen:
        _, status = os.waitpid(s.proc.pid, os.WUNTRACED)
        if not os.WIFSTOPPED(status):  # it ended just before the signal: keep its exit code
            s.proc.returncode = os.waitstatus_to_exitcode(status)
    return [s for s in frozen if s.proc.returncode is None]


def snapshot(db: Path, into: Path) -> Path:
    into.mkdir()
    for suffix in FILES:
        if Path(f"{db}{suffix}").exists():
            shutil.copyfile(f"{db}{suffix}", into / f"{db.name}{suffix}")
    return into / db.name


def check_a_copy(db: Path, stations: list[Station], killed: Counter) -> list[str]:
    """Freeze the other writers, copy the files and read the logs, let them go on, check the copy."""
    frozen = freeze(stations)
    try:
        copy = snapshot(db, db.with_name("copy"))
        logs = read_logs(db.parent)
    finally:
        for s in frozen:
            os.kill(s.proc.pid, signal.SIGCONT)
    try:
        # one unlogged action per kill so far, and one per writer frozen between commit and log
        allowance = killed + Counter(s.name for s in frozen)
        return check(copy, logs.acknowledged, allowance).failures + carry_on(copy)
    finally:
        shutil.rmtree(copy.parent)


def stop_all(stations: list[Station], stop: Path) -> list[str]:
    """Ask every writer to stop after its current action; what went wrong."""
    stop.touch()
    failures = []
    for s in stations:
        try:
            if s.proc.wait(timeout=60) != 0:
                failures.append(f"{s.name} ended with {s.proc.returncode}: {s.stderr_tail()}")
        except subprocess.TimeoutExpired:
            failures.append(f"{s.name} did not stop within 60 s")
    return failures


def run(folder: Path, seed: int, kills: int, copy_share: float, mean_gap_s: float, aim_share: float,
        kiosks: int = KIOSKS, consoles: int = CONSOLES, say=print) -> dict:
    """The whole campaign in `folder`; its figures, with `failures` (empty when everything held)."""
    rng = random.Random(seed)
    db, stop = folder / "queue.db", folder / "stop"
    QueueStore.init(db, config_text(consoles), clock=SystemClock()).close()  # the writers' clock too
    stations = ([Station(f"kiosk-{i}", "kiosk", folder, seed * 100 + i) for i in range(1, kiosks + 1)]
                + [Station(f"console-{c}", "console", folder, seed * 100 + 50 + c, c)
                   for c in range(1, consoles + 1)])
    killed, phases, failures, copies = Counter(), Counter(), [], 0
    started = time.monotonic()
    try:
        for s in stations:
            s.start(db, stop)
        while killed.total() < kills:
            for s in stations:
                if s.proc.poll() is not None:  # nobody killed it: a crash of its own
                    failures.append(f"{s.name} exited with {s.proc.returncode}: {s.stderr_tail()}")
                    s.start(db, stop)
            ready = [s for s in stations if s.phase() >= OPENING]
            if not ready:
                time.sleep(0.005)
                continue
            victim = rng.choice(ready)
            time.sleep(rng.uniform(0, 2 * mean_gap_s))
            if rng.random() < aim_share:
                victim.wait_for(rng.choice(AIMS), AIM_WAIT_S)
            victim.proc.kill()
            if victim.proc.wait() != -signal.SIGKILL:
                continue  # it had ended on its own: reported above on the next round
            killed[victim.name] += 1
            phases[PHASES[victim.phase()]] += 1
            if rng.random() < copy_share:
                copies += 1
                failures += [f"copy {copies} (after kill {killed.total()}): {problem}"
                             for problem in check_a_copy(db, stations, killed)]
            victim.start(db, stop)
            if killed.total() % 50 == 0:
                say(f"  {killed.total()} kills, {copies} copies checked, {len(failures)} failures, "
                    f"{time.monotonic() - started:.0f} s", flush=True)
        failures += stop_all(stations, stop)
    finally:  # whatever happened above, no writer outlives the campaign
        for s in stations:
            if s.proc is not None and s.proc.poll() is None:
                s.proc.kill()
                s.proc.wait()
    logs = read_logs(folder)
    final = check(db, logs.acknowledged, killed)
    failures += final.failures + [f"store error in a writer: {e}" for e in logs.errors]
    if logs.torn:
        failures.append(f"{logs.torn} log lines torn: their acknowledgements cannot be checked")
    return {
        "seed": seed, "kills": killed.total(), "kills_by_station": dict(sorted(killed.items())),
        "kills_by_phase": {p: phases[p] for p in PHASES if phases[p]}, "copies_checked": copies,
        "acknowledged": len(logs.acknowledged),
        "acknowledged_by_action": dict(Counter(e["action"] for e in logs.acknowledged).most_common()),
        "committed_not_logged": final.unacknowledged, "tickets": final.tickets, "events": final.events,
        "writer_starts": sum(s.runs for s in stations), "failures": failures,
        "seconds": time.monotonic() - started,
    }


def main() -> None:
    opts = args(__doc__, seed=(int, 1, "seeds the kill schedule and the writers' choices"),
                kills=(int, 500, "SIGKILLs in all (--quick: 40)"),
                copies=(float, 0.2, "share of kills after which the files are copied and checked"),
                gap=(float, 0.15, "mean seconds from picking a victim to killing it"),
                aim=(float, 0.5, "share of kills that then wait for a write transaction, COMMIT or "
                     "the moment after it"))
    kills = 40 if opts.quick else opts.kills
    load = os.getloadavg()[0]
    print(f"crash campaign: seed {opts.seed}, {kills} kills, {KIOSKS} kiosks and {CONSOLES} consoles, "
          f"a copy after {opts.copies:.0%} of kills, load average {load:.2f}", flush=True)
    with workdir() as folder:
        report = run(folder, opts.seed, kills, opts.copies, opts.gap, opts.aim)
    print(f"\nkills: {report['kills']} in {report['seconds']:.0f} s ({report['writer_starts']} writer "
          f"starts), load average {load:.2f} before, {os.getloadavg()[0]:.2f} after")
    print("kills by station: " + ", ".join(f"{k} {v}" for k, v in report["kills_by_station"].items()))
    print("where the kills landed: " + ", ".join(f"{k} {v}" for k, v in report["kills_by_phase"].items()))
    print(f"actions acknowledged: {report['acknowledged']} ("
          + ", ".join(f"{k} {v}" for k, v in report["acknowledged_by_action"].items()) + ")")
    print(f"committed but killed before its log line: {report['committed_not_logged']}; "
          f"database at the end: {report['tickets']} tickets, {report['events']} events")
    print(f"copies of the files taken right after a kill and checked: {report['copies_checked']}")
    print(f"failures: {len(report['failures'])}")
    for failure in report["failures"][:20]:
        print(f"  {failure}")
    print(f"\nwrote {save('crash_campaign', {**report, 'load_average': load})}")
    raise SystemExit(1 if report["failures"] else 0)


if __name__ == "__main__":
    main()

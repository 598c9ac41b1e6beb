"""One `kiosk simulate` run: the day read, made up or replayed as asked, played on a temporary store, its
figures, the recorded day's beside them, and the advice confirmed on the store."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.core import clock
from kiosk.core.config import Branch, parse_branch
from kiosk.core.days import parse_day
from kiosk.core.errors import ConfigError, QueueError
from kiosk.simulation.advice import HourAdvice, advise, hour_p90s, plan_shifts
from kiosk.simulation.day import Arrival, Shift, compressed
from kiosk.simulation.engine import Outcome, run_day
from kiosk.simulation.figures import day_figures, ratios_to_regular, wait_figures
from kiosk.simulation.floors import temporary_store
from kiosk.simulation.inputs import InputError, read_arrivals, read_mix, read_staffing
from kiosk.simulation.recorded import RecordedDay, read_recorded_day
from kiosk.simulation.synthetic import fitted_times, staffed_spans, synthetic_arrivals


@dataclass(frozen=True)
class Request:
    """What `kiosk simulate` was asked, option by option."""

    config: str | None
    arrivals_csv: str | None
    staffing_csv: str | None
    speedup: float
    out: str
    advise: bool
    target_minutes: float | None
    synthetic: bool
    rate: float | None
    mix_file: str | None
    fit_from: str | None
    seed: int | None
    from_db: str | None
    day: str | None

    def check(self) -> None:
        """Refuse options that do not go together, naming what to give instead."""
        if self.synthetic:
            if self.arrivals_csv is not None:
                raise QueueError("--synthetic makes the arrivals: give --arrivals or --synthetic, not both")
            if self.rate is None or self.mix_file is None:
                raise QueueError("--synthetic needs --rate-per-hour R and --mix FILE")
            if self.fit_from is not None and self.from_db is not None:
                raise QueueError("fit service times to --fit-from or to --from-db's day, not both")
        else:
            for name, value in (("--rate-per-hour", self.rate), ("--mix", self.mix_file),
                                ("--fit-from", self.fit_from), ("--seed", self.seed)):
                if value is not None:
                    raise QueueError(f"{name} is for --synthetic arrivals")
            if self.arrivals_csv is None and self.from_db is None:
                raise QueueError("give --arrivals ARRIVALS.csv, --synthetic, or --from-db DB --date D")
            if self.arrivals_csv is not None and self.from_db is not None:
                raise QueueError("give --arrivals or --from-db, not both")
        if self.from_db is not None and self.day is None:
            raise QueueError("--from-db needs --date YYYY-MM-DD, the day to replay")
        if self.day is not None and not self.synthetic and self.from_db is None:
            raise QueueError("--date is for --from-db or --synthetic: arrivals carry their own dates")
        if self.staffing_csv is None and (self.from_db is None or self.synthetic):
            raise QueueError("--staffing STAFFING.csv is required (from,to,counters)")
        if self.config is None and self.from_db is None:
            raise QueueError("--config FILE is required (the branch configuration to simulate)")
        if self.target_minutes is not None and not self.advise:
            raise QueueError("--target-p90-minutes is for --advise")
        if not Path(self.out).absolute().parent.is_dir():  # said now, not after the whole day was played
            raise QueueError(f"--out {self.out}: no such folder")


def run(o: Request) -> dict[str, Any]:
    """RESULT.json of the run `o` asks for (checked with o.check() first)."""
    recorded, config_text = None, None
    if o.from_db is not None:
        recorded, config_text = _recorded(o.from_db, parse_day(o.day))
    if o.config is not None:
        config_text = _read(o.config)
    branch = _branch(config_text, o.config or "--from-db's configuration")
    result: dict[str, Any] = {"config": o.config or o.from_db, "speedup": o.speedup}
    arrivals, shifts = _day(o, branch, recorded, result)
    arrivals = compressed(arrivals, o.speedup)
    result.update(day_figures(branch, _on_store(config_text, branch, arrivals, shifts)))
    if recorded is not None and not o.synthetic:
        result["recorded"] = _recorded_figures(recorded)
    if o.advise:
        target = o.target_minutes if o.target_minutes is not None else branch.surge.target_p90_minutes
        result["advice_target_p90_s"] = target * 60.0
        result["advice"] = _advice(config_text, branch, arrivals, target * 60.0)
    return result


def _day(o: Request, branch: Branch, recorded: RecordedDay | None,
         result: dict[str, Any]) -> tuple[list[Arrival], list[Shift]]:
    """The customers and the staffing to play, as the options say; where they came from into `result`."""
    if o.synthetic:
        seed = random.SystemRandom().randrange(2**63) if o.seed is None else o.seed
        result.update(source="synthetic", rate_per_hour=o.rate, seed=seed)
        return _synthetic(o, branch, recorded, random.Random(seed))
    if recorded is not None:
        result.update(source="recorded", date=o.day)
        arrivals = recorded.arrivals
        if o.staffing_csv is None:
            return arrivals, recorded.shifts
    else:
        result.update(source="arrivals")
        arrivals = read_arrivals(Path(o.arrivals_csv), branch)
    return arrivals, read_staffing(Path(o.staffing_csv), branch, _local_day(arrivals, branch))


def _read(path: str) -> str:
    try:
        return Path(path).read_text("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None


def _branch(config_text: str, where: str) -> Branch:
    try:
        return parse_branch(config_text, source=where)
    except ConfigError as exc:
        message = str(exc)
        raise ConfigError(message if message.startswith(where) else f"{where}: {message}") from None


def _recorded(db: str, day: str) -> tuple[RecordedDay, str]:
    from kiosk.store import QueueStore

    store = QueueStore(db, station="cli")
    try:
        recorded, config_text = read_recorded_day(store, day), store.branch_toml()
    finally:
        store.close()
    if not recorded.arrivals:
        raise QueueError(f"--from-db: no customer was served on {day}: nothing to replay")
    return recorded, config_text


def _local_day(arrivals: list[Arrival], branch: Branch) -> date:
    """The day HH:MM staffing times fall on: the first arrival's."""
    return arrivals[0].at.astimezone(branch.tz).date()


def _synthetic(o: Request, branch: Branch, recorded: RecordedDay | None,
               rng: random.Random) -> tuple[list[Arrival], list[Shift]]:
    on = date.fromisoformat(parse_day(o.day) if o.day else clock.business_day(clock.SYSTEM.now(), branch.tz))
    shifts = read_staffing(Path(o.staffing_csv), branch, on)
    mix = read_mix(Path(o.mix_file), branch)
    seen: dict[str, list[float]] = {}
    if o.fit_from is not None:
        for a in read_arrivals(Path(o.fit_from), branch):
            seen.setdefault(a.service, []).append(a.service_s)
    elif recorded is not None:
        seen = recorded.seconds
    arrivals = synthetic_arrivals(staffed_spans(shifts), o.rate, mix, fitted_times(branch, seen), rng)
    if not arrivals:
        raise QueueError(f"--rate-per-hour {o.rate:g}: no customer came in the staffed hours; raise the rate")
    return arrivals, shifts


def _on_store(config_text: str, branch: Branch, arrivals: list[Arrival],
              shifts: list[Shift]) -> list[Outcome]:
    first = min([arrivals[0].at, *(s.start for s in shifts)])
    with temporary_store(config_text, first) as floor:
        return run_day(branch, arrivals, shifts, floor)


def _recorded_figures(recorded: RecordedDay) -> dict[str, Any]:
    by_class = {code: wait_figures(waits) for code, waits in sorted(recorded.waits.items())}
    return {"tickets": sum(f["tickets"] for f in by_class.values()), "left_out": recorded.left_out,
            "by_class": by_class, "wait_ratio_to_regular": ratios_to_regular(by_class)}


def _advice(config_text: str, branch: Branch, arrivals: list[Arrival],
            target_s: float) -> list[dict[str, Any]]:
    """The plan found in memory, confirmed by one run on the store: each hour's p90 wait as played there."""
    plan = advise(branch, arrivals, target_s)
    hours = [h.start for h in plan]
    shifts = plan_shifts(branch, hours, [h.counters for h in plan])
    outcomes = _on_store(config_text, branch, arrivals, shifts)
    p90s = hour_p90s(branch, hours, outcomes)
    first_day = hours[0].date()
    return [_advice_row(h, p90, first_day, target_s) for h, p90 in zip(plan, p90s, strict=True)]


def _advice_row(h: HourAdvice, p90: float | None, first_day: date, target_s: float) -> dict[str, Any]:
    return {"from": _clock_text(h.start, first_day), "to": _clock_text(h.end, first_day),
            "counters": h.counters, "erlang_c_counters": h.erlang_c_counters, "tickets": h.tickets,
            "p90_wait_s": None if p90 is None or p90 == float("inf") else round(p90, 1),
            "met": h.met and (p90 is None or p90 <= target_s)}


def _clock_text(at: datetime, first_day: date) -> str:
    """HH:MM on the plan's first day (24:00 its end), as STAFFING.csv takes it; ISO 8601 beyond."""
    if at.date() == first_day:
        return at.strftime("%H:%M")
    if at.date() == first_day + timedelta(days=1) and (at.hour, at.minute) == (0, 0):
        return "24:00"
    return at.isoformat(timespec="minutes")


def summary(out: str, result: dict[str, Any], seconds: float) -> dict[str, Any]:
    """The line printed: the main figures of RESULT.json and the seconds the run took."""
    line = {"out": out, "tickets": result["tickets"], "served": result["served"],
            "mean_wait_s": result["mean_wait_s"], "p90_wait_s": result["p90_wait_s"],
            "mean_wait_s_by_class": {c: f["mean_wait_s"] for c, f in result["by_class"].items()},
            "estimate": {k: result["estimate"][k] for k in ("mae_s", "bias_s")},
            "naive_estimate": {k: result["naive_estimate"][k] for k in ("mae_s", "bias_s")}}
    if "advice" in result:
        line["advice_counters"] = [row["counters"] for row in result["advice"]]
    if "seed" in result:
        line["seed"] = result["seed"]
    return {**line, "seconds": round(seconds, 2)}



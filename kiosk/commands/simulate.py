"""`kiosk simulate`: a day played through the real calling policy on a real store (a temporary database,
no windows): recorded or synthetic arrivals, a staffing plan, the waits and the estimates' errors, and
staffing advice (kiosk/simulation/, docs/simulate.md)."""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import click

from kiosk.commands.params import DatabaseTarget, FilePath

_FILE = FilePath(exists=True, dir_okay=False)


@click.command("simulate")
@click.option("--config", "config", type=_FILE, default=None,
              help="Branch configuration (TOML) to simulate; with --from-db, default: the database's.")
@click.option("--arrivals", "arrivals_csv", type=_FILE, default=None,
              help="ARRIVALS.csv: arrived_at,service,priority,service_seconds (ISO 8601 times).")
@click.option("--staffing", "staffing_csv", type=_FILE, default=None,
              help='STAFFING.csv: from,to,counters[,services] (HH:MM or ISO 8601; services "A,B").')
@click.option("--speedup", type=click.FloatRange(0.1, 10.0), default=1.0, show_default=True,
              help="Arrivals this many times as fast (squeezed toward the first); staffing as written.")
@click.option("--out", "out", required=True, type=FilePath(dir_okay=False), help="RESULT.json to write.")
@click.option("--advise", is_flag=True, help="Add the fewest counters per hour that keep the p90 wait "
              "under the target, checked against Erlang C.")
@click.option("--target-p90-minutes", "target_minutes", type=click.FloatRange(0.1, 24 * 60), default=None,
              help="The p90 wait target for --advise; default: the configuration's [surge] target.")
@click.option("--synthetic", is_flag=True, help="Make Poisson arrivals in the staffed hours instead of "
              "reading them (with --rate-per-hour and --mix).")
@click.option("--rate-per-hour", "rate", type=click.FloatRange(0, 100_000, min_open=True), default=None,
              help="--synthetic: customers per hour.")
@click.option("--mix", "mix_file", type=_FILE, default=None,
              help="--synthetic: the mix, service,priority,share (.csv) or services/classes shares (.toml).")
@click.option("--fit-from", "fit_from", type=_FILE, default=None,
              help="--synthetic: fit service times to this ARRIVALS.csv (default: the configured minutes, "
              "or the --from-db day's).")
@click.option("--seed", type=click.IntRange(0, 2**63 - 1), default=None,
              help="--synthetic: the random seed, for a repeatable run (default: a fresh one, reported).")
@click.option("--from-db", "from_db", type=DatabaseTarget(), default=None,
              help="Replay --date of this branch's own log (SQLite file or postgresql:// URL).")
@click.option("--date", "day", default=None, metavar="YYYY-MM-DD",
              help="With --from-db: the recorded day; with --synthetic: the day simulated (default today).")
def simulate(**options: Any) -> None:
    """Play a day through the real calling policy on a temporary database; write its waits to --out."""
    from kiosk.simulation.run import Request, run, summary

    started = time.perf_counter()
    request = Request(**options)
    request.check()
    result = run(request)
    Path(request.out).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", "utf-8")
    click.echo(json.dumps(summary(request.out, result, time.perf_counter() - started), ensure_ascii=False))


COMMANDS = [simulate]

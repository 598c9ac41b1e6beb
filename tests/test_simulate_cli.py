"""`kiosk simulate`: a day played through the real policy on a temporary store, from a CSV of arrivals, made
up (--synthetic) or replayed from the branch's own log (--from-db); its figures, its refusals (file, line,
field), staffing advice that grows with the load, and Erlang C against known values."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from kiosk.core.config import default_toml
from kiosk.core.erlang import erlang_c, servers_needed, wait_over
from kiosk.store import QueueStore
from tests.conftest import branch_time
from tests.test_cli import ok, user_error
from tests.test_layers import KIOSK, imported_modules

DAY = Path(__file__).parent / "data" / "anonymous-bank-1999-02-02"
HEADER = "arrived_at,service,priority,service_seconds\n"


def at(hour: int, minute: int, second: int = 0) -> str:
    return branch_time(hour, minute).replace(second=second).isoformat()


@pytest.fixture
def files(tmp_path):
    """Write the simulation's input files into tmp_path: files(name=text) -> {name: path}."""
    (tmp_path / "branch.toml").write_text(default_toml(), "utf-8")

    def write(**texts: str) -> dict[str, Path]:
        for name, text in texts.items():
            (tmp_path / name.replace("_", ".")).write_text(text, "utf-8")
        return {name: tmp_path / name.replace("_", ".") for name in texts}

    write.dir = tmp_path
    return write


def simulate(folder: Path, *extra: str, arrivals: str = "arrivals.csv", staffing: str = "staffing.csv"):
    out = folder / "result.json"
    summary = ok("simulate", "--config", folder / "branch.toml", "--arrivals", folder / arrivals,
                 "--staffing", folder / staffing, "--out", out, *extra)
    return json.loads(out.read_text("utf-8")), summary


MORNING = (HEADER + f"{at(9, 0, 0)},A,regular,60\n{at(9, 0, 10)},A,regular,60\n{at(9, 0, 20)},A,regular,60\n"
           f"{at(9, 0, 30)},A,elderly,60\n")


def test_one_counter_calls_by_the_policy_and_the_figures_add_up(files):
    files(arrivals_csv=MORNING, staffing_csv="from,to,counters\n09:00,10:00,1\n")
    result, summary = simulate(files.dir)
    # 09:00 the first; at 09:01 the elderly customer (30 s + 30 min head start) before the two regulars
    assert result["tickets"] == result["served"] == 4 and result["unserved"] == 0
    assert result["by_class"]["regular"] == {"tickets": 3, "mean_wait_s": 90.0, "p90_wait_s": 160.0,
                                             "max_wait_s": 160.0}
    assert result["by_class"]["elderly"]["mean_wait_s"] == 30.0
    assert result["wait_ratio_to_regular"] == {"elderly": 0.333}
    assert result["by_hour"] == [{"hour": "09:00", "tickets": 4, "mean_wait_s": 75.0, "p90_wait_s": 160.0}]
    assert result["over_max_wait"] == 0
    # naive: people ahead x 300 s (A's configured 5 minutes: fewer than 5 seen) / 1 counter:
    # told 0, 0, 300, 0 (the elderly customer has nobody ahead); waited 0, 110, 160, 30
    assert result["naive_estimate"] == {"tickets": 4, "mae_s": 70.0, "bias_s": 0.0}
    assert result["estimate"]["tickets"] == 4 and result["estimate"]["mae_s"] is not None
    assert summary["mean_wait_s_by_class"] == {"regular": 90.0, "elderly": 30.0}
    assert summary["out"].endswith("result.json") and summary["seconds"] >= 0


def test_speedup_squeezes_arrivals_toward_the_first(files):
    files(arrivals_csv=MORNING, staffing_csv="from,to,counters\n09:00,10:00,1\n")
    result, _ = simulate(files.dir, "--speedup", "2")
    # arrivals at 0, 5, 10, 15 s: called at 0, 120, 180 (regular) and 60 (elderly)
    assert result["speedup"] == 2.0
    assert result["by_class"]["regular"]["max_wait_s"] == 170.0
    assert result["by_class"]["elderly"]["mean_wait_s"] == 45.0


def test_a_counter_closes_when_its_shift_ends_and_reopens_with_the_services_given(files):
    files(arrivals_csv=HEADER + f"{at(9, 0)},A,regular,120\n{at(9, 0, 10)},A,regular,60\n"
                                f"{at(9, 0, 20)},B,regular,60\n",
          staffing_csv='from,to,counters,services\n09:00,09:01,1\n09:30,10:00,1,"B"\n')
    result, _ = simulate(files.dir)
    # counter 1 finishes the first customer at 09:02 and closes; at 09:30 it calls B only
    assert result["served"] == 2 and result["unserved"] == 1
    assert result["by_class"]["regular"]["max_wait_s"] == 30 * 60 - 20


def test_overlapping_rows_open_more_counters_each_with_its_services(files):
    files(arrivals_csv=HEADER + f"{at(9, 0)},A,regular,600\n{at(9, 0)},C,regular,60\n",
          staffing_csv='from,to,counters,services\n09:00,10:00,1,A\n09:00,10:00,1,C\n')
    result, _ = simulate(files.dir)
    assert result["by_class"]["regular"]["max_wait_s"] == 0.0  # counter 2 opened for C at once


def test_last_shift_counters_serve_whoever_still_waits(files):
    files(arrivals_csv=HEADER + "".join(f"{at(9, 59, s)},A,regular,600\n" for s in range(3)),
          staffing_csv="from,to,counters\n09:00,10:00,1\n")
    result, _ = simulate(files.dir)
    assert result["served"] == 3 and result["by_class"]["regular"]["max_wait_s"] == 1198.0


def test_synthetic_runs_repeat_with_a_seed_and_follow_the_mix(files):
    files(staffing_csv="from,to,counters\n09:00,12:00,2\n",
          mix_csv="service,priority,share\nA,regular,3\nA,elderly,1\n",
          mix_toml='services = { B = 1 }\nclasses = { vip = 2, regular = 0 }\n')
    out = files.dir / "result.json"
    common = ("--config", files.dir / "branch.toml", "--staffing", files.dir / "staffing.csv", "--out", out,
              "--synthetic", "--rate-per-hour", "15", "--date", "2026-11-23")
    first = ok("simulate", *common, "--mix", files.dir / "mix.csv", "--seed", "7")
    result = json.loads(out.read_text("utf-8"))
    again = ok("simulate", *common, "--mix", files.dir / "mix.csv", "--seed", "7")
    assert json.loads(out.read_text("utf-8")) == result
    first.pop("seconds"), again.pop("seconds")
    assert first == again
    assert result["source"] == "synthetic" and result["seed"] == 7
    assert 20 <= result["tickets"] <= 80  # 45 expected in three hours
    assert set(result["by_class"]) == {"regular", "elderly"}
    assert result["by_class"]["regular"]["tickets"] > result["by_class"]["elderly"]["tickets"]
    assert [h["hour"] for h in result["by_hour"]] == ["09:00", "10:00", "11:00"]
    other = ok("simulate", *common, "--mix", files.dir / "mix.csv", "--seed", "8")
    assert other["tickets"] != first["tickets"] or other["mean_wait_s"] != first["mean_wait_s"]
    fresh = ok("simulate", *common, "--mix", files.dir / "mix.toml")
    assert isinstance(fresh["seed"], int)
    assert set(json.loads(out.read_text("utf-8"))["by_class"]) == {"vip"}


def test_synthetic_service_times_fitted_to_a_day(files):
    quick = "".join(f"{at(9, m)},A,regular,{s}\n" for m, s in enumerate([40, 60, 50, 70, 45, 55, 65, 50]))
    files(staffing_csv="from,to,counters\n09:00,12:00,1\n", mix_csv="service,priority,share\nA,regular,1\n",
          fitted_csv=HEADER + quick)
    common = ("--config", files.dir / "branch.toml", "--staffing", files.dir / "staffing.csv",
              "--out", files.dir / "result.json", "--synthetic", "--rate-per-hour", "10", "--mix",
              files.dir / "mix.csv", "--seed", "3", "--date", "2026-11-23")
    configured = ok("simulate", *common)  # A: 5 minutes a customer, 10 an hour on one counter
    fitted = ok("simulate", *common, "--fit-from", files.dir / "fitted.csv")  # about 55 s
    assert fitted["tickets"] == configured["tickets"]
    assert fitted["mean_wait_s"] < configured["mean_wait_s"] / 3


def _recorded_morning(target: str, clock) -> None:
    """A morning run by the real store: one counter, a regular customer, an elderly one overtaking
    another regular, a customer who left, and a drill customer served in between."""
    store = QueueStore.init(target, clock=clock)
    try:
        def moment(minute: int):
            clock.set(branch_time(9, minute))
            return branch_time(9, minute)

        store.open_counter(1, at=moment(0))
        store.issue_ticket("A", at=moment(1))
        for action in (store.call_next, store.start):
            action(1, at=moment(1))
        store.issue_ticket("A", at=moment(2))
        store.issue_ticket("A", "elderly", at=moment(3))
        left = store.issue_ticket("B", at=moment(4))
        store.finish(1, at=moment(5))
        for action in (store.call_next, store.start):
            action(1, at=moment(5))
        store.cancel_ticket(left.ticket.label, at=moment(6))
        store.finish(1, at=moment(9))
        for action in (store.call_next, store.start):
            action(1, at=moment(9))
        store.start_drill("surge", at=moment(10))
        store.issue_drill_ticket("A", at=moment(10))
        store.finish(1, at=moment(12))
        for action in (store.call_next, store.start):
            action(1, at=moment(12))
        store.finish(1, at=moment(13))
        store.end_drill(at=moment(14))
    finally:
        store.close()


def test_from_db_replays_a_recorded_day_as_it_happened(db_target, clock, tmp_path):
    _recorded_morning(db_target, clock)
    out = tmp_path / "result.json"
    ok("simulate", "--from-db", db_target, "--date", "2026-11-23", "--out", out)
    result = json.loads(out.read_text("utf-8"))
    assert result["source"] == "recorded" and result["tickets"] == 3
    recorded = result["recorded"]
    assert recorded["left_out"] == 1  # the customer who left (a drill's tickets are not read at all)
    assert recorded["by_class"]["regular"]["max_wait_s"] == 7 * 60
    assert recorded["by_class"]["elderly"]["mean_wait_s"] == 2 * 60
    for code in ("regular", "elderly"):  # the counter open from 09:00, each customer's own service time
        assert result["by_class"][code] == recorded["by_class"][code]
    assert result["wait_ratio_to_regular"] == recorded["wait_ratio_to_regular"]


def test_from_db_with_another_staffing(db_target, clock, tmp_path):
    _recorded_morning(db_target, clock)
    (tmp_path / "staffing.csv").write_text("from,to,counters\n09:00,12:00,3\n", "utf-8")
    out = tmp_path / "result.json"
    ok("simulate", "--from-db", db_target, "--date", "2026-11-23", "--staffing", tmp_path / "staffing.csv",
       "--out", out)
    assert json.loads(out.read_text("utf-8"))["p90_wait_s"] == 0.0  # three counters: nobody waits


BAD_ARRIVALS = [
    (HEADER + "2026-11-23 9:00,A,regular,60\n", "line 2, arrived_at: '2026-11-23 9:00' is not an ISO 8601"),
    (HEADER + f"{at(9, 0)},A,regular,60\n{at(9, 1)},Z,regular,60\n", "line 3, service: unknown service 'Z'"),
    (HEADER + f"{at(9, 0)},A,boss,60\n", "line 2, priority: unknown priority class 'boss'"),
    (HEADER + f"{at(9, 0)},A,regular,-5\n", "line 2, service_seconds: '-5' must be more than 0"),
    (HEADER + f"{at(9, 0)},A,regular,soon\n", "line 2, service_seconds: 'soon' is not a number"),
    (HEADER + f"{at(9, 0)},A,regular\n", "line 2, service_seconds: empty"),
    ("arrived_at,service,seconds\n", "line 1: missing column priority"),
    ("", "empty file"),
    (HEADER, "no arrivals"),
]


@pytest.mark.parametrize(("text", "expected"), BAD_ARRIVALS, ids=range(len(BAD_ARRIVALS)))
def test_bad_arrivals_are_refused_naming_file_line_and_field(files, text, expected):
    paths = files(arrivals_csv=text, staffing_csv="from,to,counters\n09:00,10:00,1\n")
    line = user_error("simulate", "--config", files.dir / "branch.toml", "--arrivals", paths["arrivals_csv"],
                      "--staffing", paths["staffing_csv"], "--out", files.dir / "r.json")
    assert f"{paths['arrivals_csv']}" in line and expected in line
    assert not (files.dir / "r.json").exists()


BAD_STAFFING = [
    ("from,to,counters\n9,10:00,1\n", "line 2, from: '9' is not a time like 09:00"),
    ("from,to,counters\n09:00,25:00,1\n", "line 2, to: '25:00' is not a time"),
    ("from,to,counters\n10:00,09:00,1\n", "line 2, to: must be later than from"),
    ("from,to,counters\n09:00,10:00,6\n", "line 2, counters: '6' must be a whole number from 0 to 5"),
    ("from,to,counters\n09:00,10:00,two\n", "line 2, counters: 'two' must be a whole number"),
    ('from,to,counters,services\n09:00,10:00,1,"A,Q"\n', "line 2, services: unknown service 'Q'"),
    ('from,to,counters,services\n09:00,10:00,1,"A,A"\n', "line 2, services: a service is listed twice"),
    ("from,to,counters\n09:00,12:00,3\n10:00,11:00,3\n",
     "line 3, counters: with the rows running at the same time that makes 6 counters"),
    ("from,to\n09:00,10:00\n", "line 1: missing column counters"),
]


@pytest.mark.parametrize(("text", "expected"), BAD_STAFFING, ids=range(len(BAD_STAFFING)))
def test_bad_staffing_is_refused_naming_file_line_and_field(files, text, expected):
    paths = files(arrivals_csv=MORNING, staffing_csv=text)
    line = user_error("simulate", "--config", files.dir / "branch.toml", "--arrivals", paths["arrivals_csv"],
                      "--staffing", paths["staffing_csv"], "--out", files.dir / "r.json")
    assert f"{paths['staffing_csv']}, {expected}" in line


BAD_MIX = [
    ("mix.csv", "service,priority,share\nA,regular,x\n", "mix.csv, line 2, share: 'x' must be a share"),
    ("mix.csv", "service,priority,share\nA,regular,0\n", "mix.csv: the shares must not all be 0"),
    ("mix.csv", "service,priority,share\nA,nobody,1\n", "mix.csv, line 2, priority: unknown priority class"),
    ("mix.toml", "services = { Q = 1 }\n", "mix.toml, services.Q: unknown code"),
    ("mix.toml", "services = [", "mix.toml: not valid TOML"),
    ("mix.toml", "servces = { A = 1 }\n", "mix.toml: unknown table 'servces'"),
    ("mix.txt", "A 1\n", "mix.txt: the mix is a .csv"),
]


@pytest.mark.parametrize(("name", "text", "expected"), BAD_MIX, ids=range(len(BAD_MIX)))
def test_a_bad_mix_is_refused(files, name, text, expected):
    files(staffing_csv="from,to,counters\n09:00,10:00,1\n")
    (files.dir / name).write_text(text, "utf-8")
    line = user_error("simulate", "--config", files.dir / "branch.toml", "--staffing",
                      files.dir / "staffing.csv", "--out", files.dir / "r.json", "--synthetic",
                      "--rate-per-hour", "10", "--mix", files.dir / name, "--date", "2026-11-23")
    assert expected in line


def test_options_that_do_not_go_together_are_refused(files):
    paths = files(arrivals_csv=MORNING, staffing_csv="from,to,counters\n09:00,10:00,1\n",
                  mix_csv="service,priority,share\nA,regular,1\n", bad_toml="[branch\n")
    config, arrivals, staffing = files.dir / "branch.toml", paths["arrivals_csv"], paths["staffing_csv"]
    out, nowhere = files.dir / "r.json", files.dir / "no" / "r.json"
    base = ("--config", config, "--staffing", staffing, "--out", out)
    cases = [
        ((*base,), "give --arrivals ARRIVALS.csv, --synthetic, or --from-db"),
        ((*base, "--arrivals", arrivals, "--synthetic", "--rate-per-hour", "5", "--mix", paths["mix_csv"]),
         "give --arrivals or --synthetic, not both"),
        ((*base, "--synthetic", "--rate-per-hour", "5"),
         "--synthetic needs --rate-per-hour R and --mix FILE"),
        ((*base, "--arrivals", arrivals, "--seed", "3"), "--seed is for --synthetic"),
        ((*base, "--arrivals", arrivals, "--date", "2026-11-23"), "--date is for --from-db or --synthetic"),
        (("--config", config, "--arrivals", arrivals, "--out", out), "--staffing STAFFING.csv is required"),
        (("--arrivals", arrivals, "--staffing", staffing, "--out", out), "--config FILE is required"),
        ((*base, "--arrivals", arrivals, "--target-p90-minutes", "5"),
         "--target-p90-minutes is for --advise"),
        ((*base, "--from-db", files.dir / "none.db"), "--from-db needs --date"),
        ((*base, "--arrivals", arrivals, "--speedup", "0"), "--speedup"),
        (("--config", files.dir / "bad.toml", "--arrivals", arrivals, "--staffing", staffing, "--out", out),
         f"{files.dir / 'bad.toml'}: not valid TOML"),
        ((*base, "--arrivals", files.dir / "missing.csv"), "missing.csv' does not exist"),
        (("--config", config, "--arrivals", arrivals, "--staffing", staffing, "--out", nowhere),
         f"--out {nowhere}: no such folder"),
    ]
    for args, expected in cases:
        assert expected in user_error("simulate", *args), args


def test_a_file_that_is_not_text_is_refused(files):
    files(staffing_csv="from,to,counters\n09:00,10:00,1\n")
    (files.dir / "arrivals.csv").write_bytes(HEADER.encode() + b"\xff\xfe,A,regular,60\n")
    assert "arrivals.csv: not UTF-8 text" in user_error(
        "simulate", "--config", files.dir / "branch.toml", "--arrivals", files.dir / "arrivals.csv",
        "--staffing", files.dir / "staffing.csv", "--out", files.dir / "r.json")


def _morning_of_the_real_day(folder: Path, copies: int) -> None:
    """07:00-11:00 of the shipped day, each customer `copies` times (twice: double the load), in a branch with
    14 counters (the search is not capped by the 6 configured for the day)."""
    lines = (DAY / "arrivals.csv").read_text("utf-8").splitlines()
    rows = [row for row in lines[1:] if "T07:" <= row[10:14] < "T11:"]
    copied = [lines[0], *(row for row in rows for _ in range(copies))]
    (folder / f"arrivals{copies}.csv").write_text("\n".join(copied) + "\n", "utf-8")
    more = "".join(f'[[counters]]\nnumber = {n}\nservices = ["PS", "NW", "NE", "TT", "IN", "PE"]\n\n'
                   for n in range(7, 15))
    (folder / "branch.toml").write_text((DAY / "branch.toml").read_text("utf-8") + "\n" + more, "utf-8")
    # enough counters that nobody waits long: each ticket issued on the store runs the estimate's simulation
    (folder / "staffing.csv").write_text("from,to,counters\n07:00,11:00,12\n", "utf-8")


def test_advice_gives_more_counters_for_more_load_and_is_checked_by_erlang_c(tmp_path):
    advice = {}
    for copies in (1, 2):
        _morning_of_the_real_day(tmp_path, copies)
        result, summary = simulate(tmp_path, "--advise", "--target-p90-minutes", "2",
                                   arrivals=f"arrivals{copies}.csv")
        advice[copies] = result["advice"]
        assert summary["advice_counters"] == [row["counters"] for row in result["advice"]]
        assert result["advice_target_p90_s"] == 120.0
    single, double = advice[1], advice[2]
    assert [(r["from"], r["to"]) for r in single] == [("07:00", "08:00"), ("08:00", "09:00"),
                                                      ("09:00", "10:00"), ("10:00", "11:00")]
    for one, two in zip(single, double, strict=True):
        assert two["counters"] >= one["counters"] and two["erlang_c_counters"] >= one["erlang_c_counters"]
        assert two["tickets"] == 2 * one["tickets"]
    assert sum(r["counters"] for r in double) > sum(r["counters"] for r in single)
    for row in single:  # confirmed on the store: the hour's p90 under the target, with no counter to spare
        assert row["met"] and row["p90_wait_s"] <= 120
        assert abs(row["counters"] - row["erlang_c_counters"]) <= 2


def test_advice_fed_back_as_staffing_keeps_each_hour_under_the_target(tmp_path):
    _morning_of_the_real_day(tmp_path, 1)
    result, _ = simulate(tmp_path, "--advise", "--target-p90-minutes", "2", arrivals="arrivals1.csv")
    plan = "from,to,counters\n" + "".join(f"{r['from']},{r['to']},{r['counters']}\n"
                                          for r in result["advice"])
    (tmp_path / "advised.csv").write_text(plan, "utf-8")
    replayed, _ = simulate(tmp_path, arrivals="arrivals1.csv", staffing="advised.csv")
    assert [h["p90_wait_s"] for h in replayed["by_hour"]] == [r["p90_wait_s"] for r in result["advice"]]
    assert all(h["p90_wait_s"] <= 120 for h in replayed["by_hour"])
    fewer = "from,to,counters\n" + "".join(f"{r['from']},{r['to']},{max(r['counters'] - 1, 0)}\n"
                                           for r in result["advice"])
    (tmp_path / "fewer.csv").write_text(fewer, "utf-8")
    short, _ = simulate(tmp_path, arrivals="arrivals1.csv", staffing="fewer.csv")
    assert any(h["p90_wait_s"] > 120 for h in short["by_hour"])  # one counter fewer anywhere is too few


def _erlang_c_by_formula(a: float, c: int) -> float:
    top = a ** c / math.factorial(c) * c / (c - a)
    return top / (sum(a ** k / math.factorial(k) for k in range(c)) + top)


def test_erlang_c_known_values():
    assert erlang_c(2, 3) == pytest.approx(0.4444, abs=1e-4)  # 2 erlangs on 3 servers
    assert erlang_c(10, 12) == pytest.approx(0.4494, abs=1e-4)
    for a, c in ((0.5, 1), (4.2, 6), (17.5, 20), (80, 95)):
        assert erlang_c(a, c) == pytest.approx(_erlang_c_by_formula(a, c), rel=1e-9)
    assert erlang_c(0.5, 1) == pytest.approx(0.5)  # M/M/1: the utilisation
    assert erlang_c(3, 3) == 1.0 and erlang_c(0, 4) == 0.0
    assert erlang_c(900, 1000) < 1  # no overflow where factorials would
    # P(wait > t) = C * exp(-(c - A) t / s): 2 erlangs, 3 servers, 180 s mean, 60 s
    assert wait_over(2, 3, 180, 60) == pytest.approx(0.4444 * math.exp(-1 / 3), abs=1e-4)


def test_erlang_c_fewest_counters_for_a_target():
    # 40 customers an hour, 180 s each: 2 erlangs; P(wait > 120 s) at most 10%
    assert servers_needed(40, 180, 120) == 4
    assert wait_over(2, 4, 180, 120) <= 0.1 < wait_over(2, 3, 180, 120)
    assert servers_needed(0, 180, 120) == 0
    loads = [servers_needed(rate, 180, 120) for rate in range(10, 400, 10)]
    assert loads == sorted(loads)


def test_the_simulation_uses_only_the_core_and_the_store():
    """No windows, stations or adapters: it runs wherever the CLI does (the layers' rule, for a new part)."""
    reaching = sorted(f"{path.name} imports {module}" for path in (KIOSK / "simulation").rglob("*.py")
                      for module in imported_modules(path)
                      if module.startswith("kiosk.") and not module.startswith(("kiosk.core", "kiosk.store",
                                                                                 "kiosk.simulation")))
    assert reaching == []


def test_the_throwaway_database_does_not_wait_for_the_disk(tmp_path, clock):
    durable = QueueStore.init(tmp_path / "branch.db", clock=clock)
    throwaway = QueueStore.init(tmp_path / "simulated.db", clock=clock, durable=False)
    try:
        assert durable.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert throwaway.db.execute("PRAGMA synchronous").fetchone()[0] == 0  # OFF
    finally:
        durable.close()
        throwaway.close()


def test_times_without_an_offset_are_the_branch_s_and_iso_staffing_is_taken(files):
    files(arrivals_csv=HEADER + "2026-11-23T09:00:00,A,regular,60\n2026-11-23T09:00:00,A,regular,60\n",
          staffing_csv=f"from,to,counters\n{at(9, 0)},{at(9, 30)},1\n")
    result, _ = simulate(files.dir)
    assert result["by_hour"][0]["hour"] == "09:00"
    assert result["by_class"]["regular"]["max_wait_s"] == 60.0

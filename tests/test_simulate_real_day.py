"""Acceptance of issue 14: `kiosk simulate` on the shipped real day (the Anonymous Bank's 1999-02-02, 929
queued calls, priority 2 with the real 90 s head start) reproduces the recorded wait ratio of priority 2 to
regular customers within 20%; and the policy in memory, which the advice's search runs, calls exactly as
the store does."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.core.config import parse_branch
from kiosk.simulation.day import compressed
from kiosk.simulation.engine import run_day
from kiosk.simulation.floors import MemoryFloor, temporary_store
from kiosk.simulation.inputs import read_arrivals, read_staffing
from tests.test_cli import ok

DAY = Path(__file__).parent / "data" / "anonymous-bank-1999-02-02"


def test_the_real_day_reproduces_the_recorded_priority_ratio(tmp_path):
    recorded = json.loads((DAY / "recorded.json").read_text("utf-8"))
    out = tmp_path / "result.json"
    summary = ok("simulate", "--config", DAY / "branch.toml", "--arrivals", DAY / "arrivals.csv",
                 "--staffing", DAY / "staffing.csv", "--out", out)
    result = json.loads(out.read_text("utf-8"))
    assert result["tickets"] == result["served"] == recorded["tickets"] == 929
    assert [(h["hour"], h["tickets"]) for h in result["by_hour"]] == [(h["hour"], h["tickets"])
                                                                        for h in recorded["by_hour"]]
    ratio = result["wait_ratio_to_regular"]["high"]
    assert ratio == pytest.approx(recorded["wait_ratio_high_to_regular"], rel=0.2)
    # the policy's 90 s head start plays as the converter's own first-come + 90 s replay did
    assert ratio == pytest.approx(recorded["first_come_replay_ratio"], abs=0.01)
    assert result["by_class"]["high"]["mean_wait_s"] < result["by_class"]["regular"]["mean_wait_s"]
    assert result["estimate"]["tickets"] == result["naive_estimate"]["tickets"] == 929
    assert summary["mean_wait_s_by_class"] == {c: f["mean_wait_s"] for c, f in result["by_class"].items()}


# The whole day as recorded; its first 300 customers 1.5 times as fast (queues of ten minutes and more,
# kept short because each ticket issued on the store runs the wait estimate's own simulation).
@pytest.mark.parametrize(("speedup", "customers"), [(1.0, None), (1.5, 300)])
def test_the_policy_in_memory_calls_as_the_store_does(speedup, customers):
    config = (DAY / "branch.toml").read_text("utf-8")
    branch = parse_branch(config)
    arrivals = compressed(read_arrivals(DAY / "arrivals.csv", branch)[:customers], speedup)
    shifts = read_staffing(DAY / "staffing.csv", branch, arrivals[0].at.date())
    in_memory = run_day(branch, arrivals, shifts, MemoryFloor(branch), estimates=False)
    with temporary_store(config, arrivals[0].at) as floor:
        on_store = run_day(branch, arrivals, shifts, floor)
    assert [o.called_at for o in in_memory] == [o.called_at for o in on_store]
    assert all(o.called_at is not None for o in on_store)
    assert max(o.wait_s for o in on_store) > (600 if speedup > 1 else 300)

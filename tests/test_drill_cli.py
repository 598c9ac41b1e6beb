"""`kiosk drill start|end|notes|list|issue` on both engines: JSON on stdout, one drill at a time, drill
tickets numbered apart (A9001) and marked in `kiosk issue`'s JSON, refusals as one `error:` line with exit 2;
a drill ticket's reprint (print-test) carries the mark."""
from __future__ import annotations

import json
import subprocess

import pytest

from tests.test_cli import kiosk_here, ok, user_error

AT = "2026-11-23T10:00"


@pytest.fixture
def db(db_target):
    ok("init", "--db", db_target)
    return db_target


def test_a_drill_from_start_to_notes(db, tmp_path):
    plan = tmp_path / "plan.json"
    plan.write_text(json.dumps({"rate_per_hour": 90, "mix": {"A": 0.7, "B": 0.3}}), "utf-8")
    started = ok("drill", "start", "--db", db, "--kind", "surge", "--plan", plan, "--at", AT)
    assert started == {"id": 1, "kind": "surge", "running": True, "started_at": "2026-11-23T10:00:00+08:00",
                       "started_by": None, "ended_at": None, "ended_by": None, "notes": "",
                       "plan": {"rate_per_hour": 90, "mix": {"A": 0.7, "B": 0.3}}}

    customer = ok("issue", "--db", db, "--service", "A", "--at", "2026-11-23T10:01")
    drill = ok("drill", "issue", "--db", db, "--service", "A", "--priority", "disability",
               "--needs", "wheelchair,sign_language", "--lang", "en", "--at", "2026-11-23T10:02")
    second = ok("drill", "issue", "--db", db, "--service", "A", "--at", "2026-11-23T10:03")
    after = ok("issue", "--db", db, "--service", "A", "--at", "2026-11-23T10:04")
    assert set(drill) == set(customer), "printed as `kiosk issue` prints a ticket"
    assert (customer["ticket"], customer["drill"]) == ("A001", None)
    assert (drill["ticket"], drill["priority"], drill["drill"]) == ("A9001", "disability", 1)
    assert (second["ticket"], second["drill"]) == ("A9002", 1)
    assert (after["ticket"], after["drill"]) == ("A002", None), "a drill takes no customer's number"

    ended = ok("drill", "end", "--db", db, "--notes", "总结：分流及时", "--at", "2026-11-23T10:30")
    assert (ended["running"], ended["ended_at"], ended["notes"]) == (False, "2026-11-23T10:30:00+08:00",
                                                                     "总结：分流及时")
    noted = ok("drill", "notes", "--db", db, "--id", 1, "--text", "完善预案：多开一个窗口")
    assert noted["notes"] == "完善预案：多开一个窗口"
    ok("drill", "start", "--db", db, "--kind", "special", "--at", "2026-11-23T14:00")
    listed = ok("drill", "list", "--db", db)
    assert [(d["id"], d["kind"], d["running"], d["notes"]) for d in listed] == [
        (2, "special", True, ""), (1, "surge", False, "完善预案：多开一个窗口")]


def test_refusals_are_one_error_line(db, tmp_path):
    assert user_error("drill", "end", "--db", db, "--at", AT) == "error: no drill is running"
    assert "no drill is running" in user_error("drill", "issue", "--db", db, "--service", "A", "--at", AT)
    assert "'parade' is not one of 'surge', 'special'" in user_error(
        "drill", "start", "--db", db, "--kind", "parade")
    ok("drill", "start", "--db", db, "--kind", "surge", "--at", AT)
    assert user_error("drill", "start", "--db", db, "--kind", "special", "--at", AT) == \
        "error: drill 1 is still running: end it first"
    assert user_error("drill", "notes", "--db", db, "--id", 7, "--text", "x") == "error: no drill 7"
    assert "at most 4000" in user_error("drill", "end", "--db", db, "--notes", "长" * 4001)
    assert "unknown service" in user_error("drill", "issue", "--db", db, "--service", "Z", "--at", AT).lower()
    assert "not a need code" in user_error("drill", "issue", "--db", db, "--service", "A",
                                           "--needs", "Wheel Chair")
    not_json = tmp_path / "plan.json"
    not_json.write_text("rate = 60", "utf-8")
    assert "is not JSON" in user_error("drill", "start", "--db", db, "--kind", "surge", "--plan", not_json)
    not_json.write_text("[1, 2]", "utf-8")
    assert "one JSON object" in user_error("drill", "start", "--db", db, "--kind", "surge",
                                           "--plan", not_json)
    assert ok("drill", "list", "--db", db)[0]["running"] is True, "the refusals changed nothing"


@pytest.mark.sqlite_only(reason="print-test renders a stored ticket; the store read is the same on both")
def test_a_drill_tickets_reprint_carries_the_mark(db, tmp_path):
    ok("drill", "start", "--db", db, "--kind", "surge", "--at", AT)
    ok("drill", "issue", "--db", db, "--service", "A", "--lang", "zh_CN", "--at", AT)
    ok("issue", "--db", db, "--service", "A", "--lang", "zh_CN", "--at", AT)
    for label, marks in (("A9001", 2), ("A001", 0)):
        pdf = tmp_path / f"{label}.pdf"
        out = kiosk_here("print-test", "--db", db, "--ticket", label, "--date", "2026-11-23", "--out", pdf,
                         check_exit=0)
        assert json.loads(out.stdout)["ticket"] == label
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
        assert text.count("演练 / DRILL") == marks, text

"""`kiosk rate --db P --ticket LABEL --score 1..5 [--at ISO]` (issue 13's contract): {"ticket","score"} on
stdout; a ticket not finished, rated already, unknown, or a score outside 1..5 exits 2 with one error line.
`kiosk rate-pad` and `kiosk setup --station rate-pad` as the other stations."""
from __future__ import annotations

import pytest

from kiosk.station import settings as station_settings
from tests.test_cli import kiosk, ok, user_error

AT = "2026-11-23T09:{:02d}:00+08:00"


@pytest.fixture
def db(db_target):
    ok("init", "--db", db_target)
    ok("open", "--db", db_target, "--counter", "1", "--at", AT.format(0))
    return db_target


def served(db: str) -> str:
    label = ok("issue", "--db", db, "--service", "A", "--at", AT.format(1))["ticket"]
    ok("call", "--db", db, "--counter", "1", "--at", AT.format(2))
    ok("start", "--db", db, "--counter", "1", "--at", AT.format(3))
    ok("finish", "--db", db, "--counter", "1", "--at", AT.format(4))
    return label


def test_a_finished_ticket_is_rated_once(db):
    label = served(db)
    assert ok("rate", "--db", db, "--ticket", label, "--score", "4", "--at", AT.format(5)) == {
        "ticket": label, "score": 4}
    line = user_error("rate", "--db", db, "--ticket", label, "--score", "1", "--at", AT.format(6))
    assert "rated already" in line


def test_a_ticket_not_finished_is_refused(db):
    label = ok("issue", "--db", db, "--service", "A", "--at", AT.format(1))["ticket"]
    line = user_error("rate", "--db", db, "--ticket", label, "--score", "5", "--at", AT.format(2))
    assert label in line and "only a finished ticket" in line


@pytest.mark.parametrize("args, says", [
    (("--ticket", "A001", "--score", "0"), "1<=x<=5"),
    (("--ticket", "A001", "--score", "6"), "1<=x<=5"),
    (("--ticket", "A001", "--score", "five"), "is not a valid integer"),
    (("--ticket", "A999", "--score", "5"), "no ticket A999"),
    (("--ticket", "A001", "--score", "5", "--at", "yesterday"), "--at"),
    (("--ticket", "x1y", "--score", "5"), "--ticket"),
])
def test_wrong_input_is_one_error_line(db, args, says):
    served(db)
    assert says in user_error("rate", "--db", db, *args)


def test_a_rating_with_lowercase_label_is_the_printed_ticket(db):
    label = served(db)
    rated = ok("rate", "--db", db, "--ticket", label.lower(), "--score", "3", "--at", AT.format(5))
    assert rated["ticket"] == label


def test_rate_pad_needs_a_counter_of_the_branch(tmp_path):
    db = tmp_path / "q.db"
    ok("init", "--db", db)
    out = kiosk("rate-pad", "--db", db, "--counter", "42", "--quit-after", "1", check_exit=2)
    assert out.stderr.startswith("error: ") and "42" in out.stderr


def test_setup_saves_a_rate_pad_with_its_counter(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path / "config"))
    db = tmp_path / "q.db"
    ok("init", "--db", db)
    refused = kiosk("setup", "--non-interactive", "--station", "rate-pad", "--db", db, check_exit=2)
    assert "unknown counter 0 (this branch has 1, 2, 3, 4, 5)" in refused.stderr
    kiosk("setup", "--non-interactive", "--station", "rate-pad", "--db", db, "--counter", "2", "--windowed",
          check_exit=0)
    saved = station_settings.load(tmp_path / "config" / station_settings.FILE_NAME)
    assert (saved.station, saved.counter, saved.fullscreen) == ("rate-pad", 2, False)


def test_run_starts_the_rate_pad_that_setup_saved(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("KIOSK_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    db = tmp_path / "q.db"
    ok("init", "--db", db)
    kiosk("setup", "--non-interactive", "--station", "rate-pad", "--db", db, "--counter", "1", "--windowed",
          check_exit=0)
    out = kiosk("run", "--quit-after", "500", check_exit=0)
    assert out.stderr.startswith("rate-pad on ")

"""The queue's files are for the stations' account only (0600), whatever the umask (issue 11, item 3).

They hold health-related classes and needs and the staff's PIN hashes. Checked under umask 022 (the
usual one) and 000 (the worst), on real files: the database and what SQLite and the store make beside
it, backups, kept and set-aside copies, exports, ticket PDFs and the station settings.
"""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.adapters import ticket_print
from kiosk.adapters.export import FORMATS, write_export
from kiosk.station import settings as station_settings
from kiosk.station.kiosk_station import TicketPrinter
from kiosk.store import QueueStore
from kiosk.store.backup import backup, daily_backup, restore
from tests.conftest import branch_time

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes do not apply on Windows")
DAY = "2026-11-23"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def modes(*paths: Path) -> dict[str, str]:
    return {p.name: oct(mode(p)) for p in paths}


@pytest.fixture(params=[0o022, 0o000], ids=["umask022", "umask000"])
def umask(request):
    before = os.umask(request.param)
    yield request.param
    os.umask(before)


@pytest.fixture
def busy(db_path, clock, umask):
    """A database made under the umask, with a ticket in it and its -wal, -shm and .lock open."""
    store = QueueStore.init(db_path, clock=clock)
    store.issue_ticket("A", "pregnant", needs=["wheelchair"], at=branch_time(9))
    yield store
    store.close()


def test_the_database_and_every_file_beside_it_are_private(busy, db_path):
    beside = [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", ".lock")]
    assert all(p.exists() for p in beside), "the store keeps its -wal, -shm and .lock while open"
    private = {p.name: "0o600" for p in [db_path, *beside]}
    assert modes(db_path, *beside) == private, "SQLite gives -wal and -shm the database file's own mode"


def test_backups_and_the_copies_a_restore_keeps_are_private(busy, db_path, tmp_path, clock):
    daily = daily_backup(db_path, DAY)
    chosen = backup(db_path, tmp_path / "by-hand.db")  # the manager's "Back up now", anywhere
    assert modes(daily, chosen) == {daily.name: "0o600", chosen.name: "0o600"}
    assert mode(daily.parent) == 0o700, "the backups folder is made for this account only"
    busy.close()
    kept = restore(db_path, daily, clock=clock)
    assert "before-restore" in kept.name and mode(kept) == 0o600
    assert mode(db_path) == 0o600


def test_a_damaged_database_set_aside_at_restore_is_private(busy, db_path, tmp_path, clock):
    good = backup(db_path, tmp_path / "good.db")
    busy.close()
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    db_path.write_bytes(b"not a database" * 300)  # as another tool or an old version left it
    os.chmod(db_path, 0o644)
    kept = restore(db_path, good, clock=clock)
    assert "damaged" in kept.name and mode(kept) == 0o600
    assert mode(db_path) == 0o600, "the backup put in its place"


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_are_private(qapp, busy, db_path, tmp_path, fmt):
    out = tmp_path / f"day.{fmt}"
    files = write_export(db_path, DAY, DAY, fmt, out, lang="en")
    assert files and modes(*files) == {f.name: "0o600" for f in files}


def test_an_export_written_over_a_readable_file_makes_it_private(busy, db_path, tmp_path):
    out = tmp_path / "day.json"
    out.write_text("{}")
    os.chmod(out, 0o644)
    write_export(db_path, DAY, DAY, "json", out)
    assert mode(out) == 0o600 and "A001" not in out.read_text()  # the figures, not the ticket list


def test_the_kiosks_ticket_pdfs_are_private(qapp, busy, tmp_path):
    folder = tmp_path / "tickets"
    ticket = busy.issue_ticket("A", "ill", at=branch_time(9, 1)).ticket
    printed = Path(TicketPrinter(f"pdf:{folder}").print(ticket_print.slip_for(ticket, busy.branch, 0, 0)))
    assert printed.parent == folder and mode(printed) == 0o600 and mode(folder) == 0o700
    png = ticket_print.render_png(ticket_print.slip_for(ticket, busy.branch, 0, 0), tmp_path / "t.png")
    assert mode(png) == 0o600


def test_the_station_settings_file_is_private(umask, tmp_path):
    path = station_settings.save(station_settings.StationSettings(db=str(tmp_path / "b.db")),
                                 tmp_path / "conf" / "station.toml")
    assert mode(path) == 0o600


def kiosk_setup(*args: object, config: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1]), "KIOSK_CONFIG_DIR": str(config)}
    return subprocess.run([sys.executable, "-m", "kiosk", "setup", "--non-interactive", *map(str, args)],
                          capture_output=True, text=True, timeout=60, env=env)


def test_setup_makes_an_existing_database_private_and_says_so(busy, db_path, tmp_path):
    """A branch upgrading from a version that left everything 0644: `kiosk setup` fixes it, file by file."""
    daily_backup(db_path, DAY)
    backups = sorted((tmp_path / "backups").iterdir())
    old = [db_path, *[db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", ".lock")], *backups]
    for path in old:  # as an older version made them; the open store keeps -wal and -shm there
        os.chmod(path, 0o644)
    made = kiosk_setup("--station", "display", "--db", db_path, config=tmp_path / "config")
    assert made.returncode == 0, made.stderr
    assert modes(*old) == {p.name: "0o600" for p in old}
    said = made.stderr.splitlines()
    for path in old:
        assert f"made private (0600, was 0644): {path}" in said
    again = kiosk_setup("--db", db_path, config=tmp_path / "config")
    assert again.returncode == 0 and "made private" not in again.stderr, "nothing left to fix"

"""Backups while stations run, the daily backup and its retention, and restores that check first."""
from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kiosk.store import QueueStore
from kiosk.store.backup import BackupError, backup, check_database, daily_backup, restore
from tests.conftest import branch_time
from tests.test_cli import kiosk, user_error


def _labels(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT label FROM tickets ORDER BY id")]
    finally:
        conn.close()


def test_backup_while_a_station_writes(store, db_path, tmp_path):
    store.issue_ticket("A", at=branch_time(9))
    other = QueueStore(db_path, station="kiosk-2")
    with other.conn.write():  # another station is mid-write: the backup copies the last commit
        other._insert_ticket("A", "regular", "", (), branch_time(9, 1))
        out = backup(db_path, tmp_path / "b.db")
    other.close()
    assert _labels(out) == ["A001"]
    assert _labels(db_path) == ["A001", "A002"]
    check_database(out)
    assert not list(tmp_path.glob(".*partial"))


def test_daily_backup_once_a_day_and_old_ones_pruned(store, db_path):
    folder = db_path.parent / "backups"
    first = daily_backup(db_path, keep_days=3, today=date(2026, 11, 20))
    assert first == folder / "queue-2026-11-20.db"
    store.issue_ticket("A")
    mtime = first.stat().st_mtime_ns
    assert daily_backup(db_path, keep_days=3, today="2026-11-20") == first  # idempotent per day
    assert first.stat().st_mtime_ns == mtime
    for day in ("2026-11-21", "2026-11-22", "2026-11-23"):
        daily_backup(db_path, keep_days=3, today=day)
    (folder / "unrelated.db").write_text("kept")
    daily_backup(db_path, keep_days=3, today="2026-11-23")
    assert sorted(p.name for p in folder.iterdir()) == [
        "queue-2026-11-21.db", "queue-2026-11-22.db", "queue-2026-11-23.db", "unrelated.db"]
    assert daily_backup(db_path, keep_days=0, today="2026-11-24") is None
    assert sorted(p.name for p in folder.iterdir()) == ["unrelated.db"]


def test_restore_refused_while_open_then_done_with_a_copy_kept(db_path, tmp_path):
    store = QueueStore.init(db_path)
    store.issue_ticket("A", at=branch_time(9))
    saved = backup(db_path, tmp_path / "saved.db")
    store.issue_ticket("A", at=branch_time(9, 5))
    with pytest.raises(BackupError, match="in use"):
        restore(db_path, saved)
    store.close()
    kept = restore(db_path, saved)
    assert _labels(kept) == ["A001", "A002"]
    reopened = QueueStore(db_path)
    assert reopened.status(at=branch_time(9, 10))["waiting_total"] == 1
    assert reopened.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reopened.close()


def test_restore_refuses_what_is_not_our_database(db_path, tmp_path):
    QueueStore.init(db_path).close()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(BackupError, match="not a queue database"):
        restore(db_path, junk)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.close()
    with pytest.raises(BackupError, match="missing"):
        restore(db_path, other)
    newer = backup(db_path, tmp_path / "newer.db")
    conn = sqlite3.connect(newer)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('kiosk', 'm999_future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="newer version"):
        restore(db_path, newer)


def test_cli_backup_and_restore(db_path, tmp_path):
    QueueStore.init(db_path).close()
    out = json.loads(kiosk("backup", "--db", db_path, "--out", tmp_path / "b.db", check_exit=0).stdout)
    assert out["backup"] == str(tmp_path / "b.db") and out["bytes"] > 0
    done = json.loads(kiosk("restore", "--db", db_path, "--from", tmp_path / "b.db", check_exit=0).stdout)
    assert done["previous_kept"].startswith(str(db_path.parent / "backups"))
    assert "does not exist" in user_error("backup", "--db", tmp_path / "nope.db", "--out", tmp_path / "c.db")
    assert "cannot write" in user_error("backup", "--db", db_path, "--out", tmp_path / "no" / "c.db")
    assert "does not exist" in user_error("restore", "--db", db_path, "--from", tmp_path / "nope.db")


def test_display_makes_the_daily_backup_off_the_gui_thread(qtbot, db_path):
    from kiosk.adapters.speech import Speaker
    from kiosk.station.display_station import DisplayStation
    from kiosk.ui.display_window import DisplayWindow

    store = QueueStore.init(db_path, station="display")
    window = DisplayWindow()
    qtbot.addWidget(window)
    speaker = Speaker(player=())
    station = DisplayStation(store, window, speaker)
    folder = db_path.parent / "backups"
    qtbot.waitUntil(lambda: folder.is_dir() and any(folder.glob("queue-*.db")), timeout=5000)
    assert station.backup_timer.isActive()
    station.stop()
    speaker.stop()
    store.close()


def test_a_failed_daily_backup_is_shown_to_staff_on_the_display(qtbot, db_path):
    from kiosk.adapters.speech import Speaker
    from kiosk.station.display_station import DisplayStation
    from kiosk.ui.display_window import DisplayWindow

    store = QueueStore.init(db_path, station="display")
    (db_path.parent / "backups").write_text("a file where the folder should be")
    window = DisplayWindow()
    qtbot.addWidget(window)
    speaker = Speaker(player=())
    station = DisplayStation(store, window, speaker)
    qtbot.waitUntil(lambda: "Daily backup failed" in window.staff_note.text(), timeout=5000)
    assert window.staff_note.isVisibleTo(window)
    (db_path.parent / "backups").unlink()
    with qtbot.waitSignal(station.backup_done, timeout=5000):
        station.backup_now()
    assert not window.staff_note.isVisibleTo(window), "the note goes once a backup works again"
    station.stop()
    speaker.stop()
    store.close()


@pytest.mark.parametrize("damage", ["truncated", "garbage", "missing"])
def test_restore_recovers_a_damaged_or_missing_database(db_path, tmp_path, damage):
    store = QueueStore.init(db_path)
    store.issue_ticket("A", at=branch_time(9))
    saved = backup(db_path, tmp_path / "saved.db")
    store.close()
    if damage == "truncated":
        db_path.write_bytes(db_path.read_bytes()[:8192])
    elif damage == "garbage":
        db_path.write_bytes(b"garbage")
    else:
        db_path.unlink()
    done = json.loads(kiosk("restore", "--db", db_path, "--from", saved, check_exit=0).stdout)
    assert _labels(db_path) == ["A001"]
    check_database(db_path)
    kept = list((tmp_path / "backups").glob("*"))
    if damage == "missing":
        assert done["previous_kept"] is None and kept == []
        return
    # the damaged file is moved aside, named with the branch's local time (Asia/Shanghai: no "UTC")
    moved = Path(done["previous_kept"])
    assert {p.name for p in kept} <= {moved.name, f"{moved.name}-wal", f"{moved.name}-shm"}
    assert re.fullmatch(r"queue-damaged-\d{8}-\d{6}\.db", moved.name)
    assert moved.read_bytes()[:7] == (b"garbage" if damage == "garbage" else b"SQLite ")
    assert not db_path.with_name("queue.db-wal").exists() or _labels(db_path) == ["A001"]


def test_a_failed_restore_names_no_copy_it_did_not_make(db_path, tmp_path):
    QueueStore.init(db_path).close()
    saved = backup(db_path, tmp_path / "saved.db")
    (tmp_path / "backups").write_text("a file where the folder should be")
    with pytest.raises(BackupError) as refused:
        restore(db_path, saved)
    assert "before-restore" not in str(refused.value) and "unchanged" in str(refused.value)


def test_restore_refuses_a_file_without_a_branch_configuration(db_path, tmp_path):
    QueueStore.init(db_path).close()
    bare = backup(db_path, tmp_path / "bare.db")
    conn = sqlite3.connect(bare)
    conn.execute("DELETE FROM settings")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="no branch configuration"):
        restore(db_path, bare)


def test_two_restores_in_one_second_keep_both_damaged_files(db_path, tmp_path):
    QueueStore.init(db_path).close()
    saved = backup(db_path, tmp_path / "saved.db")
    kept = []
    for junk in (b"first", b"second"):
        db_path.write_bytes(junk)
        kept.append(restore(db_path, saved))
    assert len(set(kept)) == 2 and [k.read_bytes() for k in kept] == [b"first", b"second"]


def _damage_one_page(path: Path) -> None:
    """Spoil the (empty) assistance table's page: the file still opens, quick_check fails."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'assistance'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\x07")


def test_a_damaged_database_still_open_at_a_station_is_not_moved(db_path, tmp_path):
    """Moving it would leave that station numbering tickets in a file nobody else sees."""
    QueueStore.init(db_path).close()
    saved = backup(db_path, tmp_path / "saved.db")
    station = subprocess.Popen(  # another process, as a real kiosk is (locks are per process)
        [sys.executable, "-c", "import sys; from kiosk.store import QueueStore; s = QueueStore(sys.argv[1]); "
         "s.status(); print('open', flush=True); sys.stdin.readline(); "
         "print(s.issue_ticket('A').ticket.label, flush=True)", str(db_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
    assert station.stdout.readline().strip() == "open"
    _damage_one_page(db_path)
    with pytest.raises(BackupError, match="still open at a station"):
        restore(db_path, saved)
    out, _ = station.communicate("\n", timeout=30)
    assert out.strip() == "A001", "the station went on in the same file"
    restore(db_path, saved)  # closed now: the damaged file is set aside and the backup put in place
    assert _labels(db_path) == []
    assert list((db_path.parent / "backups").glob("queue-damaged-*.db"))


def test_restore_never_replaces_another_programs_file(tmp_path):
    saved = tmp_path / "saved.db"
    QueueStore.init(tmp_path / "q.db").close()
    backup(tmp_path / "q.db", saved)
    photos = tmp_path / "photos.sqlite"
    with sqlite3.connect(photos) as conn:
        conn.execute("CREATE TABLE albums (name TEXT)")
    before = photos.read_bytes()
    with pytest.raises(BackupError, match="not a queue database"):
        restore(photos, saved)
    assert photos.read_bytes() == before and not (tmp_path / "backups").exists()

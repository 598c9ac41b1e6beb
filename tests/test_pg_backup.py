"""Backups and restores of a queue on PostgreSQL (pg_dump, pg_restore) against a real throwaway server: the
`kiosk backup` / `kiosk restore` round trip, the same refusals as SQLite's, the display's daily backup in
the PC's data folder, and a clear error when the client programs are missing."""
from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import psycopg
import pytest

from kiosk.store import QueueStore, pg_backup
from kiosk.store.backup import BackupError, backup, restore
from tests.conftest import branch_time
from tests.test_migrate import a_day_of_history, counts, ok, user_error


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    """This PC's data folder, of the test's own (the commands it starts see it too)."""
    monkeypatch.setenv("KIOSK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def history(url: str) -> QueueStore:
    return a_day_of_history(QueueStore.init(url))


def test_backup_and_restore_round_trip_on_postgresql(pg_url, tmp_path, data_dir):
    store = history(pg_url)
    at_backup, chain = counts(store), store.verify_events()
    status = store.status(at=branch_time(17))
    store.close()

    out = tmp_path / "branch.dump"
    made = ok("backup", "--db", pg_url, "--out", out)
    assert made == {"backup": str(out), "bytes": out.stat().st_size}
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"PGDMP")

    store = QueueStore(pg_url)  # the day goes on after the backup
    later = store.issue_ticket("A", at=branch_time(17, 30)).ticket
    store.close()

    done = ok("restore", "--db", pg_url, "--from", out)
    kept = Path(done["previous_kept"])
    assert done["restored"] == pg_url and kept.parent == data_dir / "backups"
    assert kept.name.startswith(f"{pg_backup.db_name(pg_url)}-before-restore-") and kept.suffix == ".dump"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600

    store = QueueStore(pg_url)
    try:
        assert counts(store) == at_backup
        assert store.verify_events() == chain
        assert store.status(at=branch_time(17)) == status
        with pytest.raises(Exception, match=later.label):
            store.ticket(later.label, "2026-11-23")
        reissued = store.issue_ticket("A", at=branch_time(17, 40)).ticket
        assert (reissued.label, reissued.id) == (later.label, later.id)  # numbering and ids carry on
    finally:
        store.close()

    # what the restore replaced is kept whole: restoring it brings the later ticket back
    ok("restore", "--db", pg_url, "--from", kept)
    store = QueueStore(pg_url)
    assert store.ticket(later.label, "2026-11-23").id == later.id
    store.close()


def test_a_restore_refuses_what_is_not_a_queue_backup_and_changes_nothing(pg_server, pg_url, tmp_path,
                                                                           db_path, data_dir):
    store = history(pg_url)
    held, chain = counts(store), store.verify_events()
    store.close()
    text = tmp_path / "notes.dump"
    text.write_text("not a backup\n")
    assert "is not a queue backup" in user_error("restore", "--db", pg_url, "--from", text)
    QueueStore.init(db_path).close()
    sqlite_backup = tmp_path / "file.db"
    ok("backup", "--db", db_path, "--out", sqlite_backup)
    assert "is a SQLite backup" in user_error("restore", "--db", pg_url, "--from", sqlite_backup)
    invoices = pg_server.create_database()  # some other program's database, and a pg_dump of it
    try:
        with psycopg.connect(invoices, autocommit=True) as conn:
            conn.execute("CREATE TABLE invoices (id int)")
        other = tmp_path / "other.dump"
        assert "is not a queue backup" in user_error("backup", "--db", invoices, "--out", other)
        assert not other.exists(), "a backup that fails its check is not left behind"
        subprocess.run(["pg_dump", "-Fc", "-f", str(other), "-d", invoices], check=True)
    finally:
        pg_server.drop_database(invoices)
    assert "is not a queue backup (missing" in user_error("restore", "--db", pg_url, "--from", other)
    store = QueueStore(pg_url)
    assert (counts(store), store.verify_events()) == (held, chain)
    store.close()
    assert not (data_dir / "backups").exists(), "nothing was replaced, so nothing was kept"


def test_a_backup_restored_on_a_new_server_keeps_nothing_and_grants_the_roles(pg_server, pg_url, tmp_path):
    """A branch moving to a new server: its dump restored into a new, empty database there."""
    store = history(pg_url)
    held, chain = counts(store), store.verify_events()
    store.close()
    ok("roles", "--db", pg_url)
    ok("backup", "--db", pg_url, "--out", tmp_path / "b.dump")
    new = pg_server.create_database()
    try:
        assert ok("restore", "--db", new, "--from", tmp_path / "b.dump")["previous_kept"] is None
        with psycopg.connect(new, autocommit=True) as conn:
            conn.execute("DROP ROLE IF EXISTS kiosk_door_new")
            conn.execute("CREATE ROLE kiosk_door_new LOGIN IN ROLE kiosk_station")
        kiosk_pc = QueueStore(new.replace("kiosk_admin@", "kiosk_door_new@"), station="kiosk")
        try:
            assert kiosk_pc.issue_ticket("A", at=branch_time(17, 50)).ticket.id == held["tickets"] + 1
            assert kiosk_pc.verify_events().last_id == chain.last_id + 1
        finally:
            kiosk_pc.close()
    finally:
        pg_server.drop_database(new)
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute("DROP ROLE IF EXISTS kiosk_door_new")


def test_a_sqlite_restore_names_a_postgresql_backup(pg_url, tmp_path, db_path):
    QueueStore.init(pg_url).close()
    backup(pg_url, tmp_path / "b.dump")
    QueueStore.init(db_path).close()
    with pytest.raises(BackupError, match="is a PostgreSQL backup"):
        restore(db_path, tmp_path / "b.dump")


def test_a_restore_is_refused_while_a_station_is_connected(pg_url, tmp_path):
    history(pg_url).close()
    backup(pg_url, tmp_path / "b.dump")
    station = QueueStore(pg_url, station="display")
    try:
        error = user_error("restore", "--db", pg_url, "--from", tmp_path / "b.dump")
        assert "is in use" in error and "close the kiosk, consoles, display and manager" in error
    finally:
        station.close()


def test_the_stores_backups_of_a_database_on_a_server_go_to_the_pcs_folder(pg_url, tmp_path):
    store = history(pg_url)
    try:
        name = pg_backup.db_name(pg_url)
        assert store.backup_path("2026-11-23-1700", local_folder=tmp_path) == \
            tmp_path / "backups" / f"{name}-2026-11-23-1700.dump"
        assert store.export_path("queue-2026-11-23.xlsx", local_folder=tmp_path) == \
            tmp_path / "queue-2026-11-23.xlsx"
        with pytest.raises(BackupError, match="no folder"):
            store.backup_path("2026-11-23-1700")
        daily = store.daily_backup("2026-11-23", keep_days=2, local_folder=tmp_path)
        assert daily == tmp_path / "backups" / f"{name}-2026-11-23.dump"
        old = tmp_path / "backups" / f"{name}-2026-11-20.dump"
        old.write_bytes(daily.read_bytes())
        assert store.daily_backup("2026-11-23", keep_days=2, local_folder=tmp_path) == daily  # once a day
        assert not old.exists(), "backups older than keep_days are pruned"
        made = store.backup_to(tmp_path / "by-hand.dump")
        pg_backup.check_dump(made)
        assert store.check_health() is None  # the server checks its own pages
    finally:
        store.close()


def test_the_display_makes_its_daily_backup_of_the_server_in_the_pcs_data_folder(qtbot, pg_url, data_dir):
    from kiosk.adapters.speech import Speaker
    from kiosk.station.display_station import DisplayStation
    from kiosk.ui.display_window import DisplayWindow

    QueueStore.init(pg_url).close()
    store = QueueStore(pg_url, station="display")
    window = DisplayWindow()
    qtbot.addWidget(window)
    speaker = Speaker(player=())
    outcome = []
    station = DisplayStation(store, window, speaker)  # its first backup starts on a worker thread
    try:
        station.backup_done.connect(outcome.append)  # queued from the worker: heard from the event loop
        qtbot.waitUntil(lambda: outcome != [], timeout=15000)
        assert outcome == [""], outcome
        assert (data_dir / "backups" / f"{pg_backup.db_name(pg_url)}-{store.today()}.dump").is_file()
        assert "Daily backup failed" not in window.staff_note.text()
    finally:
        station.stop()
        speaker.stop()
        store.close()


def test_a_missing_pg_dump_is_named_with_the_package_to_install(pg_url, tmp_path, monkeypatch):
    store = QueueStore.init(pg_url)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(pg_backup, "SEARCH", ())
    try:
        with pytest.raises(BackupError) as refused:
            store.backup_to(tmp_path / "b.dump")
    finally:
        store.close()
    assert "pg_dump was not found" in str(refused.value) and "postgresql-client" in str(refused.value)
    assert not (tmp_path / "b.dump").exists()

"""The manager station: role-checked sign-in, figures for a day, exports and a backup from the window."""
from __future__ import annotations

import csv
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.manager_window import ManagerWindow
from tests.conftest import branch_time


@pytest.fixture
def day(db_path):
    """Three tickets on 2026-11-23: A001 waits 10 min and is served in 5; B001 (elderly) waits 2 and is
    served in 8; A002 does not come."""
    store = QueueStore.init(db_path, station="setup")
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    t0 = branch_time(9)
    store.issue_ticket("A", at=t0)
    store.issue_ticket("B", "elderly", at=t0 + timedelta(minutes=8))
    store.issue_ticket("A", at=t0 + timedelta(minutes=9))
    store.open_counter(1, at=t0)
    store.open_counter(3, at=t0)
    store.call_next(1, at=t0 + timedelta(minutes=10))  # A001: waited 10
    store.call_next(3, at=t0 + timedelta(minutes=10))  # B001: waited 2
    store.start(1, at=t0 + timedelta(minutes=11))
    store.start(3, at=t0 + timedelta(minutes=11))
    store.finish(1, at=t0 + timedelta(minutes=16))  # 5 min
    store.finish(3, at=t0 + timedelta(minutes=19))  # 8 min
    store.call_next(1, at=t0 + timedelta(minutes=20))
    store.no_show(1, at=t0 + timedelta(minutes=22))
    yield store
    store.close()


def manager(qtbot, db_path, who=("9001", "999999")):
    store = QueueStore(db_path, station="manager")
    window = ManagerWindow(store, confirm=lambda question: True)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.sign_in.number.setText(who[0])
    window.sign_in.pin.setText(who[1])
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.worker.busy)  # the PIN is checked off the GUI thread
    # today's figures load by themselves after sign-in; the tests ask for their own after that
    qtbot.waitUntil(lambda: window.reports is None or not window.reports.busy(), timeout=10_000)
    return window


def show_day(qtbot, window):
    panel = window.reports
    panel.day_from.setDate(QDate(2026, 11, 23))
    panel.day_to.setDate(QDate(2026, 11, 23))
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.report is not None and not panel.busy(), timeout=10_000)
    return panel


def test_only_a_manager_signs_in(qtbot, day, db_path):
    window = manager(qtbot, db_path, who=("1001", "135790"))
    assert window.pages.currentWidget() is window.sign_in
    assert window.sign_in.error.text() == "This station needs a manager's sign-in."
    assert window.store.role is None, "the refused teller is not left signed in"
    window = manager(qtbot, db_path)
    assert window.pages.currentWidget() is window.office
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Reports and exports", "Configuration", "Staff", "Bookings", "Home visits", "Drills", "Complaints"]
    assert "Zhao Lei" in window.header.text()


def test_figures_and_charts_for_a_day(qtbot, day, db_path):
    window = manager(qtbot, db_path)  # kept: the panel lives as long as its window
    panel = show_day(qtbot, window)
    figures = {k: label.text() for k, label in panel.figure_labels.items()}
    assert figures["issued"] == "3" and figures["served"] == "2" and figures["no_show"] == "1"
    # Waits 10, 2 and 11 min (A002 called at 09:20, issued 09:09): median 10.0, p90 (nearest rank) 11.0.
    assert figures["wait"] == "10.0 / 11.0"
    assert figures["service"] == "6.5 / 8.0"  # 5 and 8 min
    assert figures["share"] == "33%"  # one elderly ticket of three
    arrivals = panel.charts[0]
    assert arrivals.labels == ["09"] and arrivals.values == [3]
    assert "Arrivals per hour: 09 3" == arrivals.accessibleDescription()
    assert panel.charts[2].labels == ["1", "3"] and panel.charts[2].values == [1, 1]
    assert panel.table.rowCount() == 2  # services A and B
    assert panel.table.verticalHeaderItem(0).text().startswith("Cash")


@pytest.mark.parametrize("fmt", ["csv", "pdf"])
def test_export_from_the_window_runs_off_the_gui_thread_with_progress(qtbot, day, db_path, tmp_path, fmt):
    window = manager(qtbot, db_path)
    panel = window.reports
    out = tmp_path / f"day.{fmt}"
    panel.choose_path = lambda title, suggested: str(out)
    panel.day_from.setDate(QDate(2026, 11, 23))
    panel.day_to.setDate(QDate(2026, 11, 23))
    panel.export(fmt)  # what the button does; its result arrives only when the event loop runs again
    assert panel.busy() and not panel.export_buttons["csv"].isEnabled(), "one export at a time"
    assert not panel.progress.isHidden()
    panel.export(fmt)
    assert "still running" in panel.message.text()
    window.sign_out()
    assert window.staff is not None, "no sign-out in the middle of an export"
    qtbot.waitUntil(lambda: not panel.busy(), timeout=20_000)
    assert panel.message.text().startswith("Exported: "), panel.message.text()
    assert panel.progress.isHidden() and panel.export_buttons["csv"].isEnabled()
    if fmt == "csv":
        with out.open(encoding="utf-8-sig", newline="") as f:
            assert len(list(csv.DictReader(f))) == 3
        assert (tmp_path / "day-events.csv").exists() and (tmp_path / "day-assistance.csv").exists()
    else:
        assert out.read_bytes().startswith(b"%PDF")


def test_a_bad_export_path_is_said_and_loses_nothing(qtbot, day, db_path, tmp_path):
    window = manager(qtbot, db_path)
    panel = window.reports
    panel.choose_path = lambda title, suggested: str(tmp_path / "missing-folder" / "x.json")
    qtbot.mouseClick(panel.export_buttons["json"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy(), timeout=10_000)
    assert panel.message.property("error") is True and "missing-folder" in panel.message.text()


def test_backup_now_makes_a_usable_copy(qtbot, day, db_path, tmp_path):
    window = manager(qtbot, db_path)
    panel = window.reports
    out = tmp_path / "backups" / "copy.db"
    panel.choose_path = lambda title, suggested: str(out)
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.worker.busy)  # the suggested name is read on the window's worker
    qtbot.waitUntil(lambda: not panel.busy(), timeout=10_000)
    assert panel.message.text() == f"Backed up to {out}."
    copy = QueueStore(out, station="check", read_only=True)
    assert copy.ticket("A002").status.value == "no_show"
    copy.close()


def test_kiosk_manager_command_opens_the_window_and_exits(day, db_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1]), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "kiosk", "manager", "--db", str(db_path), "--quit-after", "300"]
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr


def test_the_range_cannot_end_before_it_starts(qtbot, day, db_path):
    window = manager(qtbot, db_path)
    panel = window.reports
    panel.day_from.setDate(QDate(2026, 11, 20))
    panel.day_to.setDate(QDate(2026, 11, 20))
    panel.day_from.setDate(QDate(2026, 11, 23))  # past the end: the end moves with it
    assert panel.days() == ("2026-11-23", "2026-11-23")
    panel.day_to.setDate(QDate(2026, 11, 21))
    assert panel.days() == ("2026-11-23", "2026-11-23"), "an end before the start is not accepted"


def test_csv_export_asks_before_replacing_its_other_tables(qtbot, day, db_path, tmp_path):
    window = manager(qtbot, db_path)
    panel = window.reports
    (tmp_path / "day-events.csv").write_text("keep me")
    asked = []
    panel.confirm = lambda question: asked.append(question) or False
    panel.choose_path = lambda title, suggested: str(tmp_path / "day.csv")
    panel.export("csv")
    assert not panel.busy() and "day-events.csv" in asked[0]
    assert (tmp_path / "day-events.csv").read_text() == "keep me"


def test_the_window_in_cantonese_reads_the_traditional_report(qtbot, day, db_path, tmp_path):
    from kiosk.ui.i18n import LanguageSwitcher

    LanguageSwitcher().set_language("zh_HK")
    window = manager(qtbot, db_path)
    panel = show_day(qtbot, window)
    assert panel.charts[0].title == "每小時到達人數"
    out = tmp_path / "day.json"
    panel.choose_path = lambda title, suggested: str(out)
    panel.export("json")
    qtbot.waitUntil(lambda: not panel.busy(), timeout=10_000)
    assert out.exists(), panel.message.text()

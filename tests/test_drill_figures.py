"""ACCEPTANCE (issue 14, item 5): a drill's tickets and events stay out of the real figures and exports unless
asked for, and are marked when they are included.

A day (2026-11-23) with real customers served (A001 rated, B001 helped and served, A002 still waiting when the
data ends); then a surge drill: three drill tickets issued, called, served, rated, helped, a no-show and a
cancel, a surge alert while it runs; then it ends. The day's report and every export (`kiosk report`, CSV,
XLSX, PDF text, JSON) read exactly as they did before the drill; with --drills (or the window's box) the drill
tickets and events are in, each marked with its drill.
"""
from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.care import record_assistance
from kiosk.store.staff import add_staff
from kiosk.ui.i18n import LanguageSwitcher
from tests.conftest import branch_time
from tests.test_cli import kiosk
from tests.test_estimate_grades import signed_in
from tests.test_surge_alert_report import log_alert

DAY = "2026-11-23"
COUNTED_AT = f"{DAY}T17:00"  # the registers' open and overdue figures, the same in every export


@pytest.fixture
def db_path(db_target):
    return db_target


def at(hhmm: str):
    return branch_time(*map(int, hhmm.split(":")))


def real_customers(store: QueueStore) -> None:
    store.open_counter(1, ("A", "B"), at=at("09:00"))
    store.open_counter(2, ("A",), at=at("09:00"))
    store.issue_ticket("A", at=at("09:00"))  # A001
    store.issue_ticket("A", "elderly", at=at("09:05"))  # A002: still waiting at the end
    store.issue_ticket("B", at=at("09:10"))  # B001
    store.call_ticket(1, "A001", at=at("09:10"))
    store.start(1, at=at("09:11"))
    store.finish(1, at=at("09:20"))
    store.rate("A001", 5, at=at("09:21"))
    store.call_ticket(1, "B001", at=at("09:22"))
    store.start(1, at=at("09:23"))
    record_assistance(store, "forms_help", ticket_id=store.ticket("B001", DAY).id, counter=1, at=at("09:24"))
    store.finish(1, at=at("09:30"))
    store.request_help("call_staff", at=at("09:35"))  # a customer at the kiosk, no ticket


def drill(store: QueueStore) -> int:
    """A surge drill on the real queue: its tickets are called instead of A002 (out of turn)."""
    store.sign_in_as("9001", Role.MANAGER)
    started = store.start_drill("surge", {"rate_per_hour": 60}, at=at("09:45"))
    for service, hhmm in (("A", "09:45"), ("A", "09:46"), ("B", "09:47")):
        store.issue_drill_ticket(service, at=at(hhmm))
    log_alert(store, "09:48", "A", 4, 1500.0, 1200.0, 1)  # the queue held the drill's tickets
    with store.conn.write():  # the live watch notes the alert's end
        store._event(at("09:57"), "surge_clear", None, None, {"service": "A"})
    store.call_ticket(2, "A9001", at=at("09:50"))
    store.start(2, at=at("09:51"))
    record_assistance(store, "wheelchair", ticket_id=store.ticket("A9001", DAY).id, counter=2, at=at("09:52"))
    store.request_help("call_staff", ticket_id=store.ticket("A9001", DAY).id, at=at("09:53"))
    store.finish(2, at=at("09:55"))
    store.rate("A9001", 2, at=at("09:56"))
    store.call_ticket(2, "A9002", at=at("09:56"))
    store.no_show(2, at=at("09:58"))
    store.cancel_ticket("B9001", at=at("10:00"))
    store.end_drill("总结：分流及时", at=at("10:01"))
    return started.id


def exported(db: str, folder: Path, *options: str) -> dict[str, object]:
    """Everything the day's report and exports say, as a manager would read it back."""
    folder.mkdir()
    day = ["--date", DAY, "--at", COUNTED_AT, *options]
    seen: dict[str, object] = {"report": json.loads(kiosk("report", "--db", db, *day, check_exit=0).stdout)}
    for fmt in ("csv", "xlsx", "pdf", "json"):
        kiosk("export", "--db", db, *day, "--format", fmt, "--out", folder / f"day.{fmt}", "--lang", "zh_CN",
              check_exit=0)
    for path in sorted(folder.glob("day*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as f:
            seen[path.name] = list(csv.reader(f))
    book = openpyxl.load_workbook(folder / "day.xlsx")
    seen["xlsx"] = {sheet.title: [list(r) for r in sheet.iter_rows(values_only=True)] for sheet in book}
    seen["pdf"] = subprocess.run(["pdftotext", "-layout", str(folder / "day.pdf"), "-"], capture_output=True,
                                 text=True, check=True).stdout
    seen["json"] = json.loads((folder / "day.json").read_text("utf-8"))
    return seen


@pytest.fixture
def branch(store):
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    real_customers(store)
    return store


def test_a_drill_leaves_the_days_figures_and_exports_as_they_were(branch, db_path, clock, tmp_path):
    clock.set(branch_time(17))
    before_report = branch.report(DAY)
    before = exported(db_path, tmp_path / "before")
    clock.set(at("09:45"))
    drill_id = drill(branch)
    clock.set(branch_time(17))
    assert branch.report(DAY) == before_report
    after = exported(db_path, tmp_path / "after")
    assert sorted(after) == sorted(before)
    for part in before:
        assert after[part] == before[part], part
    figures = before["report"]
    assert (figures["total"]["issued"], figures["total"]["open"], figures["drill_tickets"]) == (3, 1, None)
    assert figures["surge_alerts"] == [] and figures["registers"]["ratings"]["total"]["count"] == 1

    marked = exported(db_path, tmp_path / "drills", "--drills")
    report = marked["report"]
    assert report["total"]["issued"] == 6 and report["drill_tickets"] == 3
    assert report["total"]["no_show"] == 1 and report["total"]["cancelled"] == 1
    assert report["registers"]["ratings"]["total"]["count"] == 2 and report["assistance"] == {
        "forms_help": 1, "wheelchair": 1}
    assert [(a["service"], a["drill"]) for a in report["surge_alerts"]] == [("A", drill_id)]
    assert report["final_event"] > figures["final_event"], "the chain's last link is the drill's end now"

    tickets = marked["day.csv"]
    drill_column = tickets[0].index("演练")
    ticket_column = tickets[0].index("号码")
    assert {r[ticket_column]: r[drill_column] for r in tickets[1:]} == {
        "A001": "", "A002": "", "B001": "", "A9001": str(drill_id), "A9002": str(drill_id),
        "B9001": str(drill_id)}
    events = marked["day-events.csv"]
    mark = events[0].index("演练")
    drill_events = {r[0] for r in events[1:] if r[mark]}
    assert {r[0] for r in events[1:]} - drill_events == {r[0] for r in before["day-events.csv"][1:]}, \
        "the events marked are exactly those left out without --drills"
    actions = {r[events[0].index("操作")] for r in events[1:] if r[mark]}
    assert {"drill_start", "drill_end", "issue", "call", "rate", "surge_alert", "surge_clear"} <= actions
    assert marked["day-surge-alerts.csv"][1][-1] == str(drill_id)
    assert "演练" in marked["xlsx"]["号票明细"][0]
    assert "含 3 张演练号票及演练事件（明细中标记为“演练”）。" in marked["pdf"]
    assert "含 3 张演练号票" in marked["xlsx"]["汇总"][1][0]
    assert f"演练 {drill_id}" in marked["pdf"], "the alert raised during the drill is marked"
    assert marked["json"]["drill_tickets"] == 3


@pytest.mark.sqlite_only(reason="the window; both engines' figures are compared above")
def test_the_window_counts_drill_tickets_only_when_asked(qtbot, branch, db_path, clock):
    clock.set(at("09:45"))
    drill(branch)
    clock.set(branch_time(17))
    LanguageSwitcher().set_language("zh_CN")
    window = signed_in(qtbot, db_path, clock)
    panel = window.reports
    assert panel.drills.text() == "统计和导出包含演练号票（标记为“演练”）" and not panel.drills.isChecked()
    assert panel.figure_labels["issued"].text() == "3" and not panel.drill_note.isVisible()
    qtbot.mouseClick(panel.drills, Qt.MouseButton.LeftButton, pos=panel.drills.rect().center())
    assert panel.drills.isChecked()
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy() and panel.report.drill_tickets == 3, timeout=10_000)
    assert panel.figure_labels["issued"].text() == "6"
    assert panel.drill_note.isVisible() and panel.drill_note.text().startswith("含 3 张演练号票")

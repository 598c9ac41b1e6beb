"""The manager's report lists the surge alerts the live watch logged and how long until a counter was opened
for the alert's service, in the window, the PDF, the XLSX, the CSV and the JSON.

The day (2026-11-23): counters 1 (A) and 2 (B) open at 09:00; the alerts are written as the watch writes
them (an event "surge_alert", no ticket):
  10:00 A  23 waiting, p90 28 min, target 20, 2 more  counter 1's console restarts and opens it again at
                                                      10:02 (not a new counter); counter 3 opens for B and A
                                                      at 10:07: opened after 7.0 min
  11:00 B  9 waiting, p90 21 min, target 15, 1 more   counter 2 paused at 10:30, back at 11:04: 4.0 min
  15:00 A  30 waiting, p90 35 min, target 20, 2 more  counter 4 opens for B only at 15:10: not opened
"""
from __future__ import annotations

import csv
import json
import subprocess

import openpyxl
import pytest

from kiosk.adapters.export import write_export
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.i18n import LanguageSwitcher
from tests.conftest import branch_time
from tests.test_cli import kiosk
from tests.test_estimate_grades import signed_in
from tests.test_visible_text_translated import english_in, visible_texts

DAY = "2026-11-23"
ALERTS = [  # hh:mm, service, waiting, p90 (s), target (s), more counters
    ("10:00", "A", 23, 1680.0, 1200.0, 2), ("11:00", "B", 9, 1260.0, 900.0, 1),
    ("15:00", "A", 30, 2100.0, 1200.0, 2)]


@pytest.fixture
def db_path(db_target):
    return db_target


def at(hhmm: str):
    return branch_time(*map(int, hhmm.split(":")))


def log_alert(store: QueueStore, hhmm: str, service: str, waiting: int, p90_s: float, target_s: float,
              more: int) -> None:
    """A surge alert as the live watch logs it."""
    with store.conn.write():
        store._event(at(hhmm), "surge_alert", None, None, {"service": service, "waiting": waiting,
                                                           "p90_s": p90_s, "target_s": target_s,
                                                           "more_counters": more})


def play_day(store: QueueStore) -> None:
    store.open_counter(1, ("A",), at=at("09:00"))
    store.open_counter(2, ("B",), at=at("09:00"))
    store.issue_ticket("A", at=at("09:30"))
    log_alert(store, *ALERTS[0])
    store.open_counter(1, ("A",), at=at("10:02"))  # the console restarted: the same counter, still open
    store.open_counter(3, ("B", "A"), at=at("10:07"))
    store.pause_counter(2, "lunch", at=at("10:30"))
    log_alert(store, *ALERTS[1])
    store.open_counter(2, ("B",), at=at("11:04"))
    log_alert(store, *ALERTS[2])
    store.open_counter(4, ("B",), at=at("15:10"))


@pytest.fixture
def day(store, clock):
    play_day(store)
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    clock.set(branch_time(17))
    return store


def test_each_alert_with_the_time_until_a_counter_opened_for_its_service(day):
    alerts = day.report(DAY).surge_alerts
    assert [(a.at, a.service, a.waiting, a.p90_s, a.target_s, a.more_counters) for a in alerts] == [
        (f"{DAY}T{hhmm}:00+08:00", *rest) for hhmm, *rest in ALERTS]
    assert [(a.opened_after_s, a.opened_counter) for a in alerts] == [(420.0, 3), (240.0, 2), (None, None)]
    assert all(a.drill is None for a in alerts)


def test_another_days_report_has_no_alerts(day):
    assert day.report("2026-11-24").surge_alerts == ()


def test_the_exports_list_the_alerts(db_path, day, tmp_path):
    options = ["--date", DAY, "--at", f"{DAY}T17:00"]
    shown = json.loads(kiosk("report", "--db", db_path, *options, check_exit=0).stdout)["surge_alerts"]
    assert shown[0] == {"at": f"{DAY}T10:00:00+08:00", "service": "A", "waiting": 23, "p90_s": 1680.0,
                        "target_s": 1200.0, "more_counters": 2, "opened_after_s": 420.0, "opened_counter": 3,
                        "drill": None}
    assert shown[2]["opened_after_s"] is None
    kiosk("export", "--db", db_path, *options, "--format", "json", "--out", tmp_path / "d.json", check_exit=0)
    assert json.loads((tmp_path / "d.json").read_text("utf-8"))["surge_alerts"] == shown

    kiosk("export", "--db", db_path, *options, "--format", "csv", "--out", tmp_path / "d.csv", check_exit=0)
    with (tmp_path / "d-surge-alerts.csv").open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines == [["at", "service", "waiting", "p90_s", "target_s", "more_counters", "opened_after_s",
                      "opened_counter"],
                     [f"{DAY}T10:00:00+08:00", "A", "23", "1680.0", "1200.0", "2", "420.0", "3"],
                     [f"{DAY}T11:00:00+08:00", "B", "9", "1260.0", "900.0", "1", "240.0", "2"],
                     [f"{DAY}T15:00:00+08:00", "A", "30", "2100.0", "1200.0", "2", "", ""]]

    kiosk("export", "--db", db_path, *options, "--format", "xlsx", "--out", tmp_path / "d.xlsx", "--lang",
          "zh_TW", check_exit=0)
    sheet = openpyxl.load_workbook(tmp_path / "d.xlsx")["客流高峰預警"]
    rows = [[v for v in r if v is not None] for r in sheet.iter_rows(values_only=True)]
    assert rows[1] == ["共 3 次預警：其中 2 次之後為該業務加開了櫃檯（用時中位數 5.5 分鐘），1 次未加開。"]
    header = rows.index(["時間", "業務", "等候人數", "預計90%等候（分鐘）", "目標（分鐘）", "建議加開櫃檯",
                         "加開用時（分鐘）", "加開櫃檯"])
    assert rows[header + 1] == ["10:00", "A", 23, 28, 20, 2, 7, 3]
    assert rows[header + 3] == ["15:00", "A", 30, 35, 20, 2, "未加開"]


@pytest.mark.sqlite_only(reason="a PDF read back and looked at; both engines' figures are compared above")
def test_the_pdf_lists_the_alerts(qapp, day, tmp_path):
    out = tmp_path / "d.pdf"
    write_export(day.location, DAY, DAY, "pdf", out, lang="zh_CN", at=f"{DAY}T17:00")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    page = next(p for p in text.split("\f") if "客流高峰预警与加开窗口" in p)
    lines = [line.split() for line in page.splitlines()]
    assert ["10:00", "A", "23", "28.0", "20.0", "2", "7.0", "3"] in lines
    assert ["11:00", "B", "9", "21.0", "15.0", "1", "4.0", "2"] in lines
    assert ["15:00", "A", "30", "35.0", "20.0", "2", "未加开", "–"] in lines
    assert "共 3 次预警" in page


@pytest.mark.sqlite_only(reason="the window; both engines' figures are compared above")
def test_the_window_lists_the_alerts(qtbot, db_path, day, clock):
    LanguageSwitcher().set_language("zh_CN")
    window = signed_in(qtbot, db_path, clock)
    panel = window.reports
    view = panel.operations.sections["surge_alerts"]
    panel.pages.setCurrentWidget(panel.operations)
    qtbot.waitUntil(view.isVisible)
    [alerts] = view.table_texts()
    assert alerts[0] == ["", "业务", "等待人数", "预计90%等待（分钟）", "目标（分钟）", "建议加开窗口",
                         "加开用时（分钟）", "加开窗口"]
    assert alerts[1:] == [["10:00", "A", "23", "28.0", "20.0", "2", "7.0", "3"],
                          ["11:00", "B", "9", "21.0", "15.0", "1", "4.0", "2"],
                          ["15:00", "A", "30", "35.0", "20.0", "2", "未加开", "–"]]
    assert view.summary.text().startswith("共 3 次预警")
    assert english_in(visible_texts(view)) == []
    panel.day_from.setDate(panel.day_from.date().addDays(1))  # a day without alerts says so
    panel.show_button.click()
    qtbot.waitUntil(lambda: not panel.busy() and panel.report.day_from == "2026-11-24", timeout=10_000)
    assert view.summary.text() == "本期间没有客流高峰预警。" and not view.tables[0].isVisible()

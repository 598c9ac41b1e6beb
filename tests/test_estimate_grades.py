"""The manager's report grades the wait told at issue against the real wait (issue to first call): MAE and
bias per day, service and hour, in the window, the PDF, the XLSX, the CSV, the JSON and `kiosk report`.

The day (2026-11-23, branch time) goes through the store's own actions; what each customer was told is read
back from the ticket (the estimate is the live estimator's; grading takes whatever it said):
  ticket  issued  first call  real wait   graded
  A001    09:00   09:10       600 s       yes
  A002    09:05   09:06       60 s        yes (called out of turn: sooner than told)
  B001    09:10   09:12       120 s       yes
  A003    10:00   10:10       600 s       yes
  B002    10:05   -           -           no: cancelled at 10:20 (not called)
  A004    10:20   -           -           no: still waiting when the data ends
  A005    10:30   10:40       -           no: issued without a told wait (as before estimates were kept)
"""
from __future__ import annotations

import csv
import json
import subprocess

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt

from kiosk.adapters.export import write_export
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager_window import ManagerWindow
from tests.conftest import branch_time
from tests.engines import run
from tests.test_cli import kiosk, user_error
from tests.test_visible_text_translated import LATIN_WORD, english_in, visible_texts

DAY = "2026-11-23"
WAITED = {"A001": 600, "A002": 60, "B001": 120, "A003": 600}  # issue to first call, seconds


@pytest.fixture
def db_path(db_target):
    return db_target


def play_day(store: QueueStore) -> dict[str, float]:
    """The day above; what each graded or ungraded ticket was told, in seconds."""
    def at(hhmm: str):
        return branch_time(*map(int, hhmm.split(":")))

    store.open_counter(1, ("A",), at=at("09:00"))
    store.open_counter(2, ("B",), at=at("09:00"))
    for label, service, hhmm in (("A001", "A", "09:00"), ("A002", "A", "09:05"), ("B001", "B", "09:10")):
        assert store.issue_ticket(service, at=at(hhmm)).ticket.label == label
    store.call_ticket(1, "A002", at=at("09:06"))
    store.start(1, at=at("09:07"))
    store.finish(1, at=at("09:09"))
    store.call_ticket(1, "A001", at=at("09:10"))
    store.start(1, at=at("09:11"))
    store.call_ticket(2, "B001", at=at("09:12"))
    store.finish(1, at=at("09:50"))
    store.issue_ticket("A", at=at("10:00"))  # A003
    store.issue_ticket("B", at=at("10:05"))  # B002
    store.call_ticket(1, "A003", at=at("10:10"))
    store.start(1, at=at("10:11"))
    store.cancel_ticket("B002", at=at("10:20"))
    store.issue_ticket("A", at=at("10:20"))  # A004, never called
    store.issue_ticket("A", at=at("10:30"))  # A005
    told = {label: store.ticket(label, DAY).eta_s
            for label in ("A001", "A002", "B001", "A003", "B002", "A004")}
    run(store.location, "UPDATE tickets SET eta_s = NULL WHERE label = 'A005'")
    store.finish(1, at=at("10:35"))
    store.call_ticket(1, "A005", at=at("10:40"))
    return told


@pytest.fixture
def day(store, clock):
    told = play_day(store)
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    clock.set(branch_time(17))
    return told


def expected(told: dict[str, float], labels: list[str]) -> tuple[int, float, float, float]:
    """(graded, MAE, bias, mean wait) of the graded tickets among `labels`, by hand."""
    errors = [told[k] - WAITED[k] for k in labels if k in WAITED]
    n = len(errors)
    return n, sum(map(abs, errors)) / n, sum(errors) / n, sum(WAITED[k] for k in labels if k in WAITED) / n


def grade_tuple(grade) -> tuple:
    return grade.graded, grade.mae_s, grade.bias_s, grade.mean_wait_s


def test_a_grade_is_the_mean_error_and_its_size():
    from kiosk.core.estimate_grades import GradeBuilder

    grades = GradeBuilder()
    grades.add(DAY, "A", "09", 300.0, 600.0)  # told 5 min, waited 10: 5 min too low
    grades.add(DAY, "A", "09", 600.0, 480.0)  # 2 min too high
    grades.add(DAY, "A", "10", 60.0, None)  # never called
    grades.add(DAY, "B", "10", None, 120.0)  # told nothing
    g = grades.grades()
    assert (g.total.graded, g.total.ungraded, g.no_estimate) == (2, 1, 1)
    assert (g.total.mae_s, g.total.bias_s, g.total.mean_wait_s) == (210.0, -90.0, 540.0)
    assert g.by_hour["10"].mae_s is None and g.by_hour["10"].ungraded == 1
    assert list(g.by_service) == ["A"], "a service whose only ticket told nothing has no grade"


def test_the_report_grades_each_day_service_and_hour(store, day):
    report = store.report(DAY)
    e = report.estimates
    everyone = ["A001", "A002", "B001", "A003"]
    assert grade_tuple(e.total) == pytest.approx(expected(day, everyone))
    assert grade_tuple(e.by_day[DAY]) == grade_tuple(e.total)
    assert grade_tuple(e.by_service["A"]) == pytest.approx(expected(day, ["A001", "A002", "A003"]))
    assert grade_tuple(e.by_service["B"]) == pytest.approx(expected(day, ["B001"]))
    assert grade_tuple(e.by_hour["09"]) == pytest.approx(expected(day, ["A001", "A002", "B001"]))
    assert grade_tuple(e.by_hour["10"]) == pytest.approx(expected(day, ["A003"]))
    assert (e.total.ungraded, e.by_service["A"].ungraded, e.by_service["B"].ungraded) == (2, 1, 1)
    assert (e.by_hour["09"].ungraded, e.by_hour["10"].ungraded) == (0, 2)
    assert e.no_estimate == 1
    assert e.total.bias_s < 0, "customers waited longer than told: the estimate was too low"


def minutes(seconds: float, signed: bool = False) -> str:
    return f"{seconds / 60:+.1f}" if signed else f"{seconds / 60:.1f}"


def test_the_exports_carry_the_grades_seconds_for_scripts_minutes_for_people(db_path, day, tmp_path):
    n, mae, bias, wait = expected(day, ["A001", "A002", "B001", "A003"])
    at = ["--at", f"{DAY}T17:00"]
    shown = json.loads(kiosk("report", "--db", db_path, "--date", DAY, *at, check_exit=0).stdout)
    assert shown["estimates"]["total"] == {"graded": n, "ungraded": 2, "mae_s": pytest.approx(mae),
                                           "bias_s": pytest.approx(bias), "mean_wait_s": pytest.approx(wait)}
    assert shown["estimates"]["no_estimate"] == 1 and list(shown["estimates"]["by_hour"]) == ["09", "10"]
    kiosk("export", "--db", db_path, "--date", DAY, "--format", "json", "--out", tmp_path / "d.json", *at,
          check_exit=0)
    assert json.loads((tmp_path / "d.json").read_text("utf-8"))["estimates"] == shown["estimates"]

    kiosk("export", "--db", db_path, "--date", DAY, "--format", "csv", "--out", tmp_path / "d.csv", *at,
          check_exit=0)
    with (tmp_path / "d-estimates.csv").open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.DictReader(f))
    assert [(r["table"], r["key"]) for r in lines] == [
        ("total", ""), ("by_day", DAY), ("by_service", "A"), ("by_service", "B"), ("by_hour", "09"),
        ("by_hour", "10")]
    assert float(lines[0]["mae_s"]) == pytest.approx(mae, abs=0.001)
    assert float(lines[0]["bias_s"]) == pytest.approx(bias, abs=0.001)
    assert lines[0]["graded"] == str(n) and lines[0]["ungraded"] == "2"
    assert lines[2]["name"] == "Cash (deposit / withdrawal)"

    kiosk("export", "--db", db_path, "--date", DAY, "--format", "xlsx", "--out", tmp_path / "d.xlsx",
          "--lang", "zh_CN", *at, check_exit=0)
    sheet = openpyxl.load_workbook(tmp_path / "d.xlsx")["等待时间预估"]
    cells = [[v for v in r if v is not None] for r in sheet.iter_rows(values_only=True)]
    assert cells[0] == ["等待时间预估：告知的等待时间与实际等待对比 · Demo Branch"]
    assert f"平均绝对误差 {minutes(mae)} 分钟" in cells[1][0]
    assert f"平均偏差 {minutes(bias, True)} 分钟" in cells[1][0]
    header = next(r for r in cells if r and r[0] == "日期")
    assert header == ["日期", "已评估", "未叫号", "平均绝对误差（分钟）", "平均偏差（分钟）",
                      "平均实际等待（分钟）"]
    by_day = cells[cells.index(header) + 1]
    assert by_day[:3] == [DAY, n, 2] and by_day[3:] == pytest.approx([mae / 60, bias / 60, wait / 60])
    row = next(r for r in sheet.iter_rows() if r[0].value == DAY)
    assert row[3].number_format == "0.0" and row[4].number_format == "+0.0;-0.0;0.0", "minutes, one decimal"


@pytest.mark.sqlite_only(reason="the command line's refusals; the figures are compared on both engines above")
def test_kiosk_report_refuses_in_one_line(db_path, day, tmp_path):
    assert "not a date" in user_error("report", "--db", db_path, "--date", "2026-11-31")
    assert "before" in user_error("report", "--db", db_path, "--date", DAY, "--to", "2026-11-01")
    assert "does not exist" in user_error("report", "--db", tmp_path / "missing.db", "--date", DAY)


@pytest.mark.sqlite_only(reason="a PDF read back and looked at; both engines' figures are compared above")
def test_the_pdf_has_a_page_of_grades(qapp, store, day, tmp_path):
    _, mae, bias, _ = expected(day, ["A001", "A002", "B001", "A003"])
    out = tmp_path / "d.pdf"
    write_export(store.location, DAY, DAY, "pdf", out, lang="en", at=f"{DAY}T17:00")
    pages = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    page = next(p for p in pages if "Wait estimates: the wait told against the real wait" in p)
    assert f"mean absolute error {minutes(mae)} min, bias {minutes(bias, True)} min" in " ".join(page.split())
    assert "Not graded: 2 never called; 1 issued without a told wait." in " ".join(page.split())
    for heading in ("By day", "By service", "By hour of issue", "09:00", "10:00", "Cash (deposit /"):
        assert heading in page
    number = pages.index(page) + 1
    subprocess.run(["pdftoppm", "-r", "40", "-f", str(number), "-l", str(number), "-png", str(out),
                    str(tmp_path / "page")], check=True)
    from PySide6.QtGui import QImage
    picture = QImage(str(next(tmp_path.glob("page-*.png"))))
    inked = sum(picture.pixelColor(x, y).lightness() < 128
                for x in range(0, picture.width(), 3) for y in range(0, picture.height(), 3))
    assert inked > 150, "the page is drawn, not only its text layer"


def signed_in(qtbot, db_path, clock, day_from: str = DAY, day_to: str = DAY) -> ManagerWindow:
    window = ManagerWindow(QueueStore(db_path, station="manager", clock=clock))
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.sign_in.number.setText("9001")
    window.sign_in.pin.setText("999999")
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reports is not None and not window.worker.busy)
    panel = window.reports
    qtbot.waitUntil(lambda: not panel.busy(), timeout=10_000)  # today's figures, shown at sign-in
    panel.day_from.setDate(QDate.fromString(day_from, "yyyy-MM-dd"))
    panel.day_to.setDate(QDate.fromString(day_to, "yyyy-MM-dd"))
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy() and panel.report is not None
                    and (panel.report.day_from, panel.report.day_to) == (day_from, day_to), timeout=10_000)
    return window


@pytest.mark.sqlite_only(reason="the window; the figures are compared on both engines above")
@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_the_window_shows_the_grades_in_its_language(qtbot, db_path, day, clock, lang):
    LanguageSwitcher().set_language(lang)
    window = signed_in(qtbot, db_path, clock)
    panel = window.reports
    view = panel.operations.sections["estimates"]
    panel.pages.setCurrentWidget(panel.operations)
    qtbot.waitUntil(view.isVisible)
    n, mae, bias, wait = expected(day, ["A001", "A002", "B001", "A003"])
    by_day, by_service, by_hour = view.table_texts()
    assert by_day[1] == [DAY, str(n), "2", minutes(mae), minutes(bias, True), minutes(wait)]
    _, mae_a, bias_a, _ = expected(day, ["A001", "A002", "A003"])
    cash = {"zh_CN": "现金业务（存取款）", "zh_TW": "現金業務（存提款）",
            "en": "Cash (deposit / withdrawal)"}[lang]
    assert by_service[1][:5] == [cash, "3", "1", minutes(mae_a), minutes(bias_a, True)]
    assert [r[0] for r in by_hour[1:]] == ["09:00", "10:00"]
    tab = {"zh_CN": "等待预估与预警", "zh_TW": "等候預估與預警", "en": "Estimates and alerts"}[lang]
    assert panel.pages.tabText(panel.pages.indexOf(panel.operations)) == tab
    title = {"zh_CN": "等待时间预估：告知的等待时间与实际等待对比",
             "zh_TW": "等候時間預估：告知的等候時間與實際等候對比",
             "en": "Wait estimates: the wait told against the real wait"}[lang]
    assert view.title.text() == title
    if lang != "en":
        assert english_in(visible_texts(view)) == []
        assert [c for t in (by_day, by_service, by_hour) for r in t for c in r if LATIN_WORD.search(c)] == []

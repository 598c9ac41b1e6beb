"""Statistics of a scripted day worked out by hand; the CSV, XLSX, PDF and JSON exports agree with them.

The day (2026-11-23, Asia/Shanghai) is made through the CLI with --at; teller 1001's counter 3, help
requests and assistance go through the store (the CLI has no signed-in teller or care commands).
Ticket by ticket (wait = first call - issue, service = finish - its start):
  id label class     issued first call  start  finish  counter teller outcome  wait    service
  1  A001  regular   09:05  09:15 (c2)  09:26  09:36   2       -      served   600     600 (A->E 09:20)
  2  A002  elderly   09:10  09:12 (c1)  09:13  09:21   1       -      served   120     480
  3  B001  regular   09:20  09:22 (c1)  09:41  09:45   1       -      served   120     240 (no-show, back)
  4  A003  regular   09:30  09:50 (c1)  09:51  10:05   1       -      served   1200    840
  5  B002  regular   10:00  10:45 (c3)  10:46  10:50   3       1001   served   2700    240 (over 40 min)
  6  E001  vip       10:10  10:20 (c2)  10:21  10:26   2       -      served   600     300
  7  A004  regular   10:15  11:02 (c1)  -      -       1       -      no_show  2820    -   (over 40 min)
  8  A005  regular   11:00  -           -      -       -       -      open     -       -   (5 min at 11:05)
"""
from __future__ import annotations

import csv
import json
import subprocess
import zipfile
from datetime import datetime

import openpyxl
import pytest
from click.testing import CliRunner

from kiosk.adapters.export import write_export
from kiosk.cli import cli
from kiosk.core.clock import FrozenClock
from kiosk.core.records import REGISTER_COLUMNS
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.care import answer_help, record_assistance
from kiosk.store.reports import build_report
from kiosk.store.staff import add_staff, sign_in
from tests.conftest import branch_time
from tests.test_cli import user_error

DAY = "2026-11-23"


def _run(db, *args, at: str):
    result = CliRunner().invoke(cli, [*args[:1], "--db", str(db), *map(str, args[1:]), "--at", f"{DAY}T{at}"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def day_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("day") / "q.db"
    assert CliRunner().invoke(cli, ["init", "--db", str(db)]).exit_code == 0
    store = QueueStore(db, station="console-3")
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    sign_in(store, "1001", "135790", at=branch_time(9))
    store.sign_in_as("1001", Role.TELLER, 3)  # as counter 3's console binds its teller
    desk = QueueStore(db, station="lobby")

    def t(hhmm: str) -> datetime:
        h, m = map(int, hhmm.split(":"))
        return branch_time(h, m)

    def called(counter: int, at: str) -> str:
        return _run(db, "call", "--counter", counter, at=at)["ticket"]

    _run(db, "open", "--counter", 1, at="09:00")
    _run(db, "open", "--counter", 2, at="09:00")
    _run(db, "issue", "--service", "A", at="09:05")
    _run(db, "issue", "--service", "A", "--priority", "elderly", at="09:10")
    assert called(1, "09:12") == "A002"  # elderly: 2 min + 30 head start beats A001's 7 min
    _run(db, "start", "--counter", 1, at="09:13")
    record_assistance(desk, "wheelchair", ticket_id=2, counter=1, at=t("09:14"))
    record_assistance(desk, "read_aloud", ticket_id=2, counter=1, at=t("09:15"))
    assert called(2, "09:15") == "A001"
    _run(db, "start", "--counter", 2, at="09:16")
    _run(db, "issue", "--service", "B", at="09:20")
    _run(db, "transfer", "--counter", 2, "--to-service", "E", at="09:20")
    _run(db, "finish", "--counter", 1, at="09:21")
    assert called(1, "09:22") == "B001"
    _run(db, "recall", "--counter", 1, at="09:24")
    assert called(2, "09:25") == "A001"  # now waiting for E
    _run(db, "no-show", "--counter", 1, at="09:26")
    _run(db, "start", "--counter", 2, at="09:26")
    _run(db, "reinstate", "--ticket", "B001", at="09:30")
    _run(db, "issue", "--service", "A", at="09:30")
    _run(db, "finish", "--counter", 2, at="09:36")
    first_help = desk.request_help("call_staff", at=t("09:40"))
    assert called(1, "09:40") == "B001"
    _run(db, "start", "--counter", 1, at="09:41")
    answer_help(desk, first_help, at=t("09:42"))
    _run(db, "finish", "--counter", 1, at="09:45")
    assert called(1, "09:50") == "A003"
    _run(db, "start", "--counter", 1, at="09:51")
    _run(db, "issue", "--service", "B", at="10:00")
    store.open_counter(3, at=t("10:00"))
    _run(db, "finish", "--counter", 1, at="10:05")
    _run(db, "issue", "--service", "E", "--priority", "vip", at="10:10")
    _run(db, "issue", "--service", "A", at="10:15")
    assert called(2, "10:20") == "E001"  # vip 10 + 15 beats A004's 5
    _run(db, "start", "--counter", 2, at="10:21")
    record_assistance(desk, "forms_help", ticket_id=6, counter=2, at=t("10:22"))
    _run(db, "finish", "--counter", 2, at="10:26")
    printer = desk.request_help("printer_failed", at=t("10:30"))
    answer_help(desk, printer, at=t("10:31"))
    answer_help(desk, printer, resolve=True, at=t("10:35"))
    assert store.call_next(3, at=t("10:45")).ticket.label == "B002"  # 45 min beats A004's 30
    store.start(3, at=t("10:46"))
    store.finish(3, at=t("10:50"))
    desk.request_help("call_staff", at=t("10:55"))
    _run(db, "issue", "--service", "A", at="11:00")
    assert called(1, "11:02") == "A004"
    _run(db, "no-show", "--counter", 1, at="11:05")
    store.close()
    desk.close()
    return db


@pytest.fixture(scope="module")
def report(day_db):
    store = QueueStore(day_db, clock=FrozenClock(branch_time(9)))  # as the tests' clock: the same as_of
    yield build_report(store, DAY, DAY)
    store.close()


def _csv(path) -> list[dict]:
    return list(csv.DictReader(path.read_text("utf-8-sig").splitlines()))


def _figures(f) -> tuple:
    return (f.issued, f.served, f.no_show, f.cancelled, f.open, f.transferred, f.over_max)


def test_totals_worked_out_by_hand(report):
    t = report.total
    # 8 issued; served A001 A002 B001 A003 B002 E001; no-show A004; open A005; transferred A001;
    # over 40 min: B002 (45 min to its call) and A004 (47 min)
    assert _figures(t) == (8, 6, 1, 0, 1, 1, 2)
    # waits 600 120 120 1200 2700 600 2820 -> sorted 120 120 600 600 1200 2700 2820
    assert t.wait.count == 7
    assert t.wait.mean == pytest.approx(8160 / 7)  # 120+120+600+600+1200+2700+2820 = 8160
    assert t.wait.median == 600  # 4th of 7
    assert t.wait.p90 == 2820  # rank ceil(0.9 * 7) = 7
    # services 600 480 240 840 240 300 -> sorted 240 240 300 480 600 840
    assert (t.service.count, t.service.mean, t.service.median, t.service.p90) == (
        6, 450, 390, 840)  # 2700 / 6; (300 + 480) / 2; rank ceil(5.4) = 6


def test_groups_worked_out_by_hand(report):
    a, b, e = (report.by_service[s] for s in "ABE")
    assert list(report.by_service) == ["A", "B", "E"]
    assert _figures(a) == (5, 3, 1, 0, 1, 1, 1)  # A001-A005 (A001 counts for A, where it was issued)
    assert (a.wait.mean, a.wait.median, a.wait.p90) == (1185, 900, 2820)  # 4740/4; (600+1200)/2
    assert (a.service.mean, a.service.median, a.service.p90) == (640, 600, 840)  # (480+600+840)/3
    assert _figures(b) == (2, 2, 0, 0, 0, 0, 1)
    assert (b.wait.mean, b.wait.median, b.wait.p90) == (1410, 1410, 2700)  # (120+2700)/2; rank ceil(1.8) = 2
    assert _figures(e) == (1, 1, 0, 0, 0, 0, 0) and e.wait.mean == 600 and e.service.mean == 300

    assert list(report.by_counter) == ["1", "2", "3", ""]
    c1, c2, c3, none = report.by_counter.values()
    assert _figures(c1) == (4, 3, 1, 0, 0, 0, 1)  # A002 B001 A003, and A004's no-show
    assert (c1.wait.mean, c1.service.mean) == (1065, 520)  # (120+120+1200+2820)/4; (480+240+840)/3
    assert _figures(c2) == (2, 2, 0, 0, 0, 1, 0) and (c2.service.median, c2.service.p90) == (450, 600)
    assert _figures(c3) == (1, 1, 0, 0, 0, 0, 1)
    assert _figures(none) == (1, 0, 0, 0, 1, 0, 0)  # A005, never called

    assert {k: v.issued for k, v in report.by_teller.items()} == {"1001": 1, "": 7}
    assert report.by_teller["1001"].service.mean == 240
    assert {k: v.issued for k, v in report.by_class.items()} == {"elderly": 1, "regular": 6, "vip": 1}
    assert report.class_share == {"elderly": 0.125, "regular": 0.75, "vip": 0.125}  # of 8
    assert report.by_class["regular"].wait.median == 1200  # 120 600 1200 2700 2820
    assert report.priority_share == 0.25
    assert {k: v.issued for k, v in report.by_hour.items()} == {"09": 4, "10": 3, "11": 1}
    assert report.arrivals_15min == {"09:00": 2, "09:15": 1, "09:30": 1, "10:00": 2, "10:15": 1, "11:00": 1}
    # 2 min x2 -> 0-5; 10 min x2 -> 10-15; 20 min -> 20-25; 45 and 47 min -> 40+
    assert report.wait_histogram == {"0-5": 2, "5-10": 0, "10-15": 2, "15-20": 0, "20-25": 1, "25-30": 0,
                                     "30-35": 0, "35-40": 0, "40+": 2}


def test_care_worked_out_by_hand(report):
    assert report.assistance == {"forms_help": 1, "read_aloud": 1, "wheelchair": 1}
    assert report.assistance_by_class == {"elderly": 2, "vip": 1}
    h = report.help
    assert (h.requests, h.answered, h.unanswered) == (3, 2, 1)
    assert h.by_kind == {"call_staff": 2, "printer_failed": 1}
    assert (h.response.mean, h.response.median, h.response.p90) == (90, 90, 120)  # 120 s and 60 s


def test_json_export_is_the_report(day_db, report, tmp_path):
    out = tmp_path / "day.json"
    seen = []
    write_export(day_db, DAY, DAY, "json", out, progress=lambda done, total: seen.append((done, total)))
    data = json.loads(out.read_text("utf-8"))
    assert data.pop("register_rows") == {register: [] for register in REGISTER_COLUMNS}  # none that day
    assert data == json.loads(json.dumps(report.to_dict()))
    assert data["total"]["wait"]["p90"] == 2820 and data["by_counter"]["3"]["over_max"] == 1
    assert seen[-1][0] == seen[-1][1] > 0


def test_csv_export_agrees(day_db, report, tmp_path):
    out = tmp_path / "day.csv"
    paths = write_export(day_db, DAY, None, "csv", out)
    assert [p.name for p in paths] == ["day.csv", "day-events.csv", "day-assistance.csv", "day-help.csv",
                                       "day-summary.csv", "day-bookings.csv", "day-home-visits.csv",
                                       "day-complaints.csv", "day-complaint-steps.csv", "day-ratings.csv",
                                       "day-shunting.csv", "day-registers.csv",  # the registers' after
                                       "day-estimates.csv", "day-surge-alerts.csv"]
    assert all(p.read_bytes().startswith(b"\xef\xbb\xbf") for p in paths)  # BOM: Excel reads UTF-8
    tickets = _csv(out)
    assert [r["ticket"] for r in tickets] == ["A001", "A002", "B001", "A003", "B002", "E001", "A004", "A005"]
    a001 = tickets[0]
    assert (a001["service"], a001["final_service"], a001["transfers"], a001["calls"]) == ("A", "E", "1", "2")
    assert (a001["issued_at"], a001["first_called_at"], a001["started_at"], a001["finished_at"]) == (
        "2026-11-23T09:05:00+08:00", "2026-11-23T09:15:00+08:00", "2026-11-23T09:26:00+08:00",
        "2026-11-23T09:36:00+08:00")
    assert [r["wait_seconds"] for r in tickets] == ["600.0", "120.0", "120.0", "1200.0", "2700.0", "600.0",
                                                    "2820.0", ""]
    assert [r["outcome"] for r in tickets].count("served") == report.total.served
    assert tickets[4]["teller"] == "1001" and tickets[2]["recalls"] == "1" and tickets[2]["reinstated"] == "1"
    total = _csv(paths[4])[0]
    assert [total[k] for k in ("group", "issued", "over_max", "wait_median_s", "service_p90_s")] == [
        "total", "8", "2", "600.0", "840.0"]
    events = _csv(paths[1])
    assert sum(e["action"] == "call" for e in events) == 9
    assert sum(e["action"] == "assist" for e in events) == 3
    assert [r["kind"] for r in _csv(paths[2])] == ["wheelchair", "read_aloud", "forms_help"]
    help_rows = _csv(paths[3])
    assert [r["response_seconds"] for r in help_rows] == ["120.0", "60.0", ""]


def test_xlsx_export_agrees_and_has_its_chart(day_db, report, tmp_path):
    out = tmp_path / "day.xlsx"
    write_export(day_db, DAY, DAY, "xlsx", out, lang="en")
    with zipfile.ZipFile(out) as z:  # openpyxl drops charts on load: look in the file itself
        chart = z.read("xl/charts/chart1.xml").decode()
    assert "<c:barChart>" in chart and "Hourly!$B$2:$B$4" in chart
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Summary", "Tickets", "Events", "Assistance", "Help", "Hourly", "Bookings",
                               "Home visits", "Complaints", "Complaint steps", "Ratings", "Shunting",
                               "Wait estimates", "Surge alerts"]
    tickets = book["Tickets"]
    assert tickets.freeze_panes == "A2"
    header = [c.value for c in tickets[1]]
    row = {h: c.value for h, c in zip(header, tickets[2], strict=True)}
    assert row["ticket"] == "A001" and row["wait_seconds"] == 600 and row["service_seconds"] == 600
    assert row["issued_at"] == datetime(2026, 11, 23, 9, 5)
    assert tickets.cell(2, header.index("issued_at") + 1).number_format == 'yyyy-mm-dd hh:mm:ss "+08:00"'
    summary = book["Summary"]
    rows = {(r[0], r[1] or ""): r for r in summary.iter_rows(min_row=5, values_only=True) if r[0]}
    total = rows[("total", "")]
    assert total[3:10] == (8, 6, 1, 0, 1, 1, 2)
    assert total[10:14] == (7, pytest.approx(8160 / 7), 600, 2820)
    assert rows[("service", "A")][2] == "Cash (deposit / withdrawal)"
    assert rows[("counter", "3")][3] == 1
    hourly = [r for r in book["Hourly"].iter_rows(min_row=2, max_col=3, values_only=True) if r[0]]
    assert hourly == [("09:00", 4, 4), ("10:00", 3, 2), ("11:00", 1, 0)]


def test_pdf_report_reads_in_chinese(qapp, day_db, tmp_path):  # qapp: the GUI app the manager has
    out = tmp_path / "day.pdf"
    write_export(day_db, DAY, DAY, "pdf", out, lang="zh_CN")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "网点排队日报" in text and "等待时间" in text and "特殊客户服务" in text
    assert "老年客户" in text and "指标说明" in text
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(out), str(tmp_path / "page")], check=True)
    assert sorted(p.name for p in tmp_path.glob("page-*.png")) == [f"page-{n}.png" for n in range(1, 9)]
    assert "上门服务" in text and "满意度评价" in text  # then a page per register


def test_english_pdf(qapp, day_db, tmp_path):
    out = tmp_path / "day-en.pdf"
    write_export(day_db, DAY, DAY, "pdf", out, lang="en")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Branch queue report" in text and "Waited past max" in text


def test_a_range_of_days_and_an_empty_day(day_db):
    store = QueueStore(day_db)
    assert build_report(store, "2026-11-22", "2026-11-24").total.issued == 8
    empty = build_report(store, "2026-11-24", "2026-11-24")
    store.close()
    assert empty.total.issued == 0 and empty.total.wait.mean is None


def test_cli_export_and_its_errors(day_db, tmp_path):
    from tests.test_cli import kiosk

    out = kiosk("export", "--db", day_db, "--date", DAY, "--format", "json", "--out", tmp_path / "d.json",
                check_exit=0)
    assert json.loads(out.stdout)["files"] == [str(tmp_path / "d.json")]
    assert "export: " in out.stderr and "(100%)" in out.stderr
    assert "not a date" in user_error("export", "--db", day_db, "--date", "2026-11-31", "--format", "csv",
                                      "--out", tmp_path / "x.csv")
    assert "before" in user_error("export", "--db", day_db, "--date", DAY, "--to", "2026-11-01", "--format",
                                  "csv", "--out", tmp_path / "x.csv")
    assert "does not exist" in user_error("export", "--db", tmp_path / "missing.db", "--date", DAY,
                                          "--format", "csv", "--out", tmp_path / "x.csv")
    assert "cannot write" in user_error("export", "--db", day_db, "--date", DAY, "--format", "pdf",
                                        "--out", tmp_path / "no-such-folder" / "x.pdf")
    assert not (tmp_path / "x.csv").exists()


def test_stations_keep_writing_while_an_export_reads(day_db, tmp_path):
    from kiosk.store.backup import backup

    day_db = backup(day_db, tmp_path / "copy.db")  # this test adds a ticket: leave the scripted day alone
    kiosk_store = QueueStore(day_db, station="kiosk")
    issued = []

    def issue_meanwhile(done, total):  # called inside the export's read transaction
        issued.append(kiosk_store.issue_ticket("A", at=branch_time(11, 10)).ticket.label)

    with kiosk_store.conn.write():  # and an export starts while a station is mid-write
        write_export(day_db, DAY, DAY, "json", tmp_path / "a.json")
    write_export(day_db, DAY, DAY, "json", tmp_path / "b.json", progress=issue_meanwhile)
    kiosk_store.close()
    assert issued and json.loads((tmp_path / "b.json").read_text())["total"]["issued"] == 8  # its snapshot
    assert json.loads((tmp_path / "a.json").read_text())["total"]["issued"] == 8


def test_bar_chart_draws_on_an_image_for_the_manager_window(qtbot):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from kiosk.adapters.export.charts import ALERT, BAR, draw_bar_chart

    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw_bar_chart(painter, QRectF(0, 0, 400, 300), "每小时到达人数", ["09", "10", "11"], [4, 3, 1],
                   highlight=lambda i: i == 0)
    painter.end()
    colours = {image.pixelColor(x, 250).name() for x in range(0, 400, 4)}
    assert BAR.name() in colours and ALERT.name() in colours

"""Exports in the manager's language, read back as a manager would open them.

`kiosk export --lang zh_CN|zh_TW` and the manager window in Chinese give Chinese headings, sheet names and
values (classes, needs, help kinds and states, outcomes) in CSV, XLSX and PDF; English keeps the codes;
JSON is English keys and codes whatever the language. Chart axes carry units. The PDF's class rows keep
readable type however many classes there are: they wrap and go on on more pages instead of shrinking.
"""
from __future__ import annotations

import json
import re
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage

from kiosk.adapters.export.csv_export import PARTS, part_path
from kiosk.core.config import default_toml
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.care import answer_help, record_assistance
from kiosk.store.staff import add_staff
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager_window import ManagerWindow
from tests.test_cli import kiosk

DAY = "2026-11-23"
CJK = re.compile(r"[\u3400-\u9fff\uff08\uff09\u3001]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")

# What a reader finds in each language. Column headings name the columns the values are read from.
EXPECTED = {
    "zh_CN": {
        "sheets": ["汇总", "号票明细", "事件记录", "协助服务", "呼叫求助", "按小时统计",
                   "预约", "上门服务", "投诉", "投诉处理步骤", "满意度评价", "客户分流（自助服务）",
                   "等待时间预估", "客流高峰预警"],
        "columns": {"ticket": "号码", "class": "客户类别", "lang": "语言", "needs": "特殊需要",
                    "outcome": "结果", "issued_at": "取号时间", "wait": "等待时间（秒）", "kind": "类型",
                    "status": "状态", "station": "终端", "group": "分组"},
        "classes": {"普通客户", "老年客户（60岁及以上）", "贵宾客户"}, "langs": {"简体中文", "繁體中文"},
        "needs": "轮椅、视力不便", "outcomes": {"办结", "过号", "取消", "未完成"},
        "help_kinds": {"客户呼叫工作人员", "取号打印机故障"}, "station": "2 号取号机",
        "event_stations": {"命令行", "2 号取号机"},
        "help_states": {"等待工作人员", "已有人前往", "已解决"}, "assistance": {"协助填单"}, "total": "合计",
        "axes": ["取号时间（时）", "号票（张）"],
        "pdf_axes": ["取号时间（时）", "号票（张）", "等待时间（分钟）"],
    },
    "zh_TW": {
        "sheets": ["彙總", "號碼牌明細", "事件記錄", "協助服務", "呼叫求助", "按小時統計",
                   "預約", "上門服務", "投訴", "投訴處理步驟", "滿意度評價", "客戶分流（自助服務）",
                   "等候時間預估", "客流高峰預警"],
        "columns": {"ticket": "號碼", "class": "客戶類別", "lang": "語言", "needs": "特殊需求",
                    "outcome": "結果", "issued_at": "取號時間", "wait": "等候時間（秒）", "kind": "類型",
                    "status": "狀態", "station": "終端", "group": "分組"},
        "classes": {"一般客戶", "年長客戶（60歲以上）", "貴賓客戶"}, "langs": {"简体中文", "繁體中文"},
        "needs": "輪椅、視力不便", "outcomes": {"辦結", "過號", "取消", "未完成"},
        "help_kinds": {"客戶呼叫服務人員", "取號印表機故障"}, "station": "2 號取號機",
        "event_stations": {"命令列", "2 號取號機"},
        "help_states": {"等候服務人員", "已有人前往", "已解決"}, "assistance": {"協助填表"}, "total": "合計",
        "axes": ["取號時間（時）", "號碼牌（張）"],
        "pdf_axes": ["取號時間（時）", "號碼牌（張）", "等候時間（分鐘）"],
    },
    "en": {
        "sheets": ["Summary", "Tickets", "Events", "Assistance", "Help", "Hourly",
                   "Bookings", "Home visits", "Complaints", "Complaint steps", "Ratings", "Shunting",
                   "Wait estimates", "Surge alerts"],
        "columns": {"ticket": "ticket", "class": "priority_class", "lang": "lang", "needs": "needs",
                    "outcome": "outcome", "issued_at": "issued_at", "wait": "wait_seconds", "kind": "kind",
                    "status": "status", "station": "station", "group": "group"},
        "classes": {"regular", "elderly", "vip"}, "langs": {"zh_CN", "zh_TW"},
        "needs": "wheelchair,low_vision", "outcomes": {"served", "no_show", "cancelled", "open"},
        "help_kinds": {"call_staff", "printer_failed"}, "station": "kiosk-2",
        "event_stations": {"cli", "kiosk-2"},
        "help_states": {"open", "acknowledged", "resolved"},
        "assistance": {"forms_help"}, "total": "total",
        "axes": ["Hour of issue", "Tickets"],
        "pdf_axes": ["Hour of issue", "Tickets", "Waiting time (minutes)"],
    },
}


@pytest.fixture
def day(store, db_path, clock):
    """Five tickets on 2026-11-23 with every outcome, declared needs, assistance and help in each state."""
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    store.open_counter(1)
    store.open_counter(2)
    clock(minutes=1)
    store.issue_ticket("A", "elderly", lang="zh_CN", needs=("wheelchair", "low_vision"))
    clock(minutes=1)
    store.issue_ticket("A", "vip", lang="zh_TW")
    clock(minutes=1)
    cancelled = store.issue_ticket("A", lang="zh_CN").ticket
    clock(minutes=1)
    store.issue_ticket("A", lang="zh_CN")  # still waiting when the day's data ends
    clock(minutes=2)
    served = store.call_next(1).ticket
    clock(minutes=1)
    store.start(1)
    record_assistance(store, "forms_help", ticket_id=served.id, counter=1)
    clock(minutes=5)
    store.finish(1)
    store.call_next(2)
    clock(minutes=3)
    store.no_show(2)
    store.cancel_ticket(cancelled.label)
    kiosk_2 = QueueStore(db_path, station="kiosk-2", clock=clock)
    kiosk_2.request_help("call_staff")
    printer = kiosk_2.request_help("printer_failed")
    answered = kiosk_2.request_help("call_staff")
    kiosk_2.close()
    clock(minutes=1)
    answer_help(store, printer, resolve=True)
    answer_help(store, answered)
    return store


# -- reading exports back ---------------------------------------------------------------------------------

def csv_tables(out) -> dict[str, list[list]]:
    paths = {"tickets": out, **{part: part_path(out, part) for part in PARTS}}
    return {part: list(csv_rows(path)) for part, path in paths.items()}


def csv_rows(path):
    import csv

    with path.open(encoding="utf-8-sig", newline="") as f:
        yield from csv.reader(f)


def xlsx_tables(out) -> tuple[list[str], dict[str, list[list]]]:
    book = openpyxl.load_workbook(out)
    summary, tickets, events, assistance, help_ = book.worksheets[:5]  # the registers' sheets follow Hourly

    def rows(sheet, first: int = 1) -> list[list]:
        cells = sheet.iter_rows(min_row=first, values_only=True)
        return [["" if v is None else v for v in row] for row in cells
                if any(v not in (None, "") for v in row)]

    return book.sheetnames, {"tickets": rows(tickets), "events": rows(events), "assistance": rows(assistance),
                             "help": rows(help_), "summary": rows(summary, first=4)}


def column(table: list[list], heading: str) -> list:
    return [row[table[0].index(heading)] for row in table[1:]]


def pdf_text(out, *options: str) -> str:
    return subprocess.run(["pdftotext", *options, str(out), "-"], capture_output=True, text=True,
                          check=True).stdout


def check_tables(tables: dict[str, list[list]], lang: str) -> None:
    """Headings and values in `lang`: Chinese without English words, English without Chinese."""
    want = EXPECTED[lang]
    c = want["columns"]
    tickets, help_ = tables["tickets"], tables["help"]
    assert {c["ticket"], c["class"], c["needs"], c["outcome"], c["issued_at"], c["wait"]} <= set(tickets[0])
    assert set(column(tickets, c["class"])) == want["classes"]
    assert set(column(tickets, c["lang"])) == want["langs"]
    assert want["needs"] in column(tickets, c["needs"])
    assert set(column(tickets, c["outcome"])) == want["outcomes"]
    assert set(column(tables["assistance"], c["kind"])) == want["assistance"]
    assert set(column(help_, c["kind"])) == want["help_kinds"]
    assert set(column(help_, c["status"])) == want["help_states"]
    assert set(column(help_, c["station"])) == {want["station"]}
    assert want["event_stations"] <= set(column(tables["events"], c["station"]))  # the window adds its own
    assert tables["summary"][0][0] == c["group"] and tables["summary"][1][0] == want["total"]
    shown = [*(h for table in tables.values() for h in table[0]),
             *column(tickets, c["class"]), *column(tickets, c["needs"]), *column(tickets, c["outcome"]),
             *column(tables["assistance"], c["kind"]), *column(help_, c["kind"]), *column(help_, c["status"]),
             *column(help_, c["station"]), *column(tables["events"], c["station"]),
             *(row[0] for row in tables["summary"])]
    if lang == "en":
        assert [s for s in shown if CJK.search(str(s))] == []
    else:
        assert [s for s in shown if LATIN_WORD.search(str(s))] == []


def check_xlsx(out, lang: str) -> None:
    names, tables = xlsx_tables(out)
    assert names == EXPECTED[lang]["sheets"]
    check_tables(tables, lang)
    with zipfile.ZipFile(out) as z:  # openpyxl drops charts on load: read the chart itself
        chart = z.read("xl/charts/chart1.xml").decode()
    titles = re.findall(r"<a:t>([^<]*)</a:t>", chart)
    assert all(axis in titles for axis in EXPECTED[lang]["axes"]), titles
    assert f"{names[5]}!$B$2" in chart, "the chart reads the hourly sheet by its translated name"


def check_pdf(out, lang: str) -> None:
    text = pdf_text(out)
    want = EXPECTED[lang]
    if lang == "en":
        assert "Elderly (60 and over)" in text and "help with forms" in text and "Priority class" in text
        assert not CJK.search(text)
    else:
        for words in (want["pdf_axes"], [want["columns"]["class"]], want["assistance"], want["classes"]):
            assert all(w in text for w in words), (words, text)
        # the configured branch name and the time zone are the only Latin words, but for the footer's event
        # log check: its command, the hash's name and the hash
        words = set(LATIN_WORD.findall(re.sub(r"\b[0-9a-f]{64}\b", "", text)))
        assert words <= {"Demo", "Branch", "Asia", "Shanghai", "kiosk", "verify", "SHA"}
    for axis in want["pdf_axes"]:
        assert axis in text


CHECKS = {"csv": lambda out, lang: check_tables(csv_tables(out), lang), "xlsx": check_xlsx, "pdf": check_pdf}


# -- the command line -------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_cli_export_in_each_language(day, db_path, tmp_path, fmt, lang):
    out = tmp_path / f"day.{fmt}"
    kiosk("export", "--db", db_path, "--date", DAY, "--format", fmt, "--out", out, "--lang", lang,
          check_exit=0)
    CHECKS[fmt](out, lang)


def test_cli_export_is_in_the_branchs_first_language_unless_asked(day, db_path, tmp_path):
    """A scheduled `kiosk export` without --lang keeps writing what it wrote before --lang named the
    tables' language too: the PDF and XLSX in the branch's language (zh_CN in the default branch), the CSV
    in codes."""
    for fmt, lang in (("pdf", "zh_CN"), ("xlsx", "zh_CN"), ("csv", "en")):
        kiosk("export", "--db", db_path, "--date", DAY, "--format", fmt, "--out", tmp_path / f"d.{fmt}",
              check_exit=0)
        CHECKS[fmt](tmp_path / f"d.{fmt}", lang)
    help_text = " ".join(kiosk("export", "--help", check_exit=0).stdout.split())
    assert ("Default: the branch's first kiosk language (zh_CN in the default branch) for XLSX and PDF, en "
            "for CSV.") in help_text


@pytest.mark.parametrize("languages, lang", [('["zh_TW", "zh_CN", "en"]', "zh_TW"), ('["en", "zh_CN"]', "en"),
                                             ('["zh_HK", "en"]', "zh_TW")])
def test_the_default_export_language_follows_the_branch(db_path, clock, tmp_path, languages, lang):
    text = default_toml().replace('languages = ["zh_CN", "zh_TW", "en"]', f"languages = {languages}", 1)
    store = QueueStore.init(db_path, config_text=text, clock=clock)
    store.issue_ticket("A", "elderly", lang="zh_CN")
    store.close()
    out = tmp_path / "d.xlsx"
    kiosk("export", "--db", db_path, "--date", DAY, "--format", "xlsx", "--out", out, check_exit=0)
    sheets, tables = xlsx_tables(out)
    assert sheets == EXPECTED[lang]["sheets"]
    classes = {"zh_TW": "年長客戶（60歲以上）", "en": "elderly"}[lang]
    assert column(tables["tickets"], EXPECTED[lang]["columns"]["class"]) == [classes]


# Columns of the English summary CSV before names came in (commit e975f06): scripts read them by position.
SUMMARY_CSV_BEFORE_NAMES = [
    "group", "key", "issued", "served", "no_show", "cancelled", "open", "transferred", "over_max",
    "wait_count", "wait_mean_s", "wait_median_s", "wait_p90_s",
    "service_count", "service_mean_s", "service_median_s", "service_p90_s"]


def test_english_summary_csv_keeps_its_columns_where_they_were(day, db_path, tmp_path):
    out = tmp_path / "d.csv"
    kiosk("export", "--db", db_path, "--date", DAY, "--format", "csv", "--out", out, "--lang", "en",
          check_exit=0)
    summary = csv_tables(out)["summary"]
    assert summary[0] == [*SUMMARY_CSV_BEFORE_NAMES, "name"]
    rows = {(row[0], row[1]): row for row in summary[1:]}
    total, service_a = rows["total", ""], rows["service", "A"]
    assert total[2:5] == ["4", "1", "1"] and total[-1] == ""  # issued, served, no-show
    assert service_a[2] == "4" and service_a[-1] == "Cash (deposit / withdrawal)"
    assert rows["class", "elderly"][-1] == "Elderly (60 and over)"


def test_english_summary_sheet_keeps_its_columns_where_they_were(day, db_path, tmp_path):
    """The XLSX summary has named its rows in the third column since before the language option."""
    out = tmp_path / "d.xlsx"
    kiosk("export", "--db", db_path, "--date", DAY, "--format", "xlsx", "--out", out, "--lang", "en",
          check_exit=0)
    summary = xlsx_tables(out)[1]["summary"]
    assert summary[0][:len(SUMMARY_CSV_BEFORE_NAMES) + 1] == [*SUMMARY_CSV_BEFORE_NAMES[:2], "name",
                                                              *SUMMARY_CSV_BEFORE_NAMES[2:]]


def test_json_keeps_english_keys_and_codes_in_any_language(day, db_path, tmp_path):
    exported = {}
    for lang in ("zh_CN", "zh_TW", "en"):
        out = tmp_path / f"{lang}.json"
        kiosk("export", "--db", db_path, "--date", DAY, "--format", "json", "--out", out, "--lang", lang,
              "--at", f"{DAY}T18:00", check_exit=0)  # the registers' figures are as of a time
        exported[lang] = out.read_text("utf-8")
    assert exported["zh_CN"] == exported["zh_TW"] == exported["en"]
    data = json.loads(exported["zh_CN"])
    assert {"total", "by_class", "assistance", "help"} <= set(data)
    assert set(data["by_class"]) == {"elderly", "regular", "vip"}
    assert set(data["assistance"]) == {"forms_help"}
    assert set(data["help"]["by_kind"]) == {"call_staff", "printer_failed"}
    assert set(data["total"]) >= {"issued", "served", "no_show", "cancelled", "open", "wait"}
    assert not CJK.search(json.dumps({k: v for k, v in data.items() if k != "names"}, ensure_ascii=False))


# -- the manager window -----------------------------------------------------------------------------------

def signed_in_manager(qtbot, db_path, clock) -> ManagerWindow:
    window = ManagerWindow(QueueStore(db_path, station="manager", clock=clock), confirm=lambda question: True)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.sign_in.number.setText("9001")
    window.sign_in.pin.setText("999999")
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.worker.busy)  # the PIN is checked off the GUI thread
    panel = window.reports
    qtbot.waitUntil(lambda: not panel.busy(), timeout=10_000)  # today's figures, shown at sign-in
    panel.day_from.setDate(QDate(2026, 11, 23))
    panel.day_to.setDate(QDate(2026, 11, 23))
    return window


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_the_window_exports_in_its_language(qtbot, day, db_path, clock, tmp_path, fmt, lang):
    LanguageSwitcher().set_language(lang)
    window = signed_in_manager(qtbot, db_path, clock)
    panel = window.reports
    out = tmp_path / f"day.{fmt}"
    panel.choose_path = lambda title, suggested: str(out)
    qtbot.mouseClick(panel.export_buttons[fmt], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy(), timeout=20_000)
    assert out.exists(), panel.message.text()
    CHECKS[fmt](out, lang)


def test_the_window_charts_name_their_axes_with_units(qtbot, day, db_path, clock):
    LanguageSwitcher().set_language("zh_CN")
    window = signed_in_manager(qtbot, db_path, clock)  # kept: the panel lives as long as its window
    panel = window.reports
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.report is not None and not panel.busy(), timeout=10_000)
    assert [chart.axes for chart in panel.charts] == [
        ("取号时间（时）", "号票（张）"), ("等待时间（分钟）", "号票（张）"), ("窗口", "号票（张）")]


# -- the PDF's tables: readable type, however long ---------------------------------------------------------

LONG_NAME = "第{i}类客户：一个特别长的类别名称，用来检验换行而不缩小字号"
MIN_PT = 8.0
# pdftotext's word box is the font's ascent to descent: about 1.17 times the type size for the CJK fonts
# here, more for most others. A box under 1.1 times 8 pt is type under 8 pt.
BOX_PER_PT = 1.1


def many_classes_branch(db_path, clock, count: int) -> QueueStore:
    text = default_toml() + "".join(
        f'\n[[priority_classes]]\ncode = "extra_{i}"\nhead_start = 5\nlove_window = false\n'
        f'names = {{ zh_CN = "{LONG_NAME.format(i=i)}", en = "Extra class {i}" }}\n' for i in range(count))
    store = QueueStore.init(db_path, config_text=text, clock=clock)
    for i in range(count):
        clock(minutes=1)
        store.issue_ticket("A", f"extra_{i}")
    return store


def word_boxes(pdf) -> list[tuple[int, str, float, float]]:
    """(page, word, box height, box bottom) of every word, in points, from pdftotext -bbox."""
    boxes, page = [], 0
    for line in pdf_text(pdf, "-bbox").splitlines():
        if "<page " in line:
            page += 1
        found = re.search(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', line)
        if found:
            y_min, y_max, word = float(found[1]), float(found[2]), found[3]
            boxes.append((page, word, y_max - y_min, y_max))
    return boxes


def test_pdf_class_rows_wrap_and_go_on_instead_of_shrinking(qapp, db_path, clock, tmp_path):
    many_classes_branch(db_path, clock, 40).close()
    out = tmp_path / "many.pdf"
    kiosk("export", "--db", db_path, "--date", DAY, "--format", "pdf", "--out", out, "--lang", "zh_CN",
          check_exit=0)
    boxes = word_boxes(out)
    small = [(page, word, round(h / BOX_PER_PT, 1)) for page, word, h, _ in boxes if h < MIN_PT * BOX_PER_PT]
    assert small == [], "type under 8 pt"
    a4_height, margin = 841.9, 15 / 25.4 * 72
    assert max(bottom for *_, bottom in boxes) <= a4_height - margin + 1, "text runs into the bottom margin"
    flowing = re.sub(r"\s", "", pdf_text(out, "-raw"))
    missing = [i for i in range(40) if re.sub(r"\s", "", LONG_NAME.format(i=i)) not in flowing]
    assert missing == [], "every class has its row, its name whole (wrapped, not cut)"
    pages = pdf_text(out, "-layout").split("\f")
    continued = [n for n, page in enumerate(pages[2:], start=3) if "第39类" in page or "第9类" in page]
    assert continued and all("客户类别" in pages[n - 1] and "占比" in pages[n - 1] for n in continued), \
        "a page the class table goes on to repeats its header"
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len([p for p in pages if p.strip()]) > 2 + 5
    for n, image in enumerate(images):
        picture = QImage(str(image))
        inked = sum(picture.pixelColor(x, y).lightness() < 128
                    for x in range(0, picture.width(), 4) for y in range(0, picture.height(), 4))
        # the last six: a page per service register and the operations page, a title and a few lines on a
        # day without records
        assert inked > (50 if n < len(images) - 6 else 10), f"{image.name} is blank"


def test_pdf_report_of_a_usual_day_stays_two_pages_in_each_language(day, db_path, tmp_path):
    """Two pages of the queue's figures, a page per service register (five), then the wait estimates and
    surge alerts (one)."""
    for lang in ("zh_CN", "zh_TW", "en"):
        out = tmp_path / f"{lang}.pdf"
        kiosk("export", "--db", db_path, "--date", DAY, "--format", "pdf", "--out", out, "--lang", lang,
              check_exit=0)
        pages = [p for p in pdf_text(out).split("\f") if p.strip()]
        assert len(pages) == 2 + 5 + 1, lang
        assert EXPECTED[lang]["pdf_axes"][0] in pages[0]
        assert {"zh_CN": "预约", "zh_TW": "預約", "en": "Appointments"}[lang] in pages[2]
        assert min(h for _, _, h, _ in word_boxes(out)) >= MIN_PT * BOX_PER_PT, lang


# -- sheet names --------------------------------------------------------------------------------------------

def test_sheet_names_are_ones_excel_accepts():
    from kiosk.adapters.export.columns import sheet_name

    name = sheet_name("号票[明细]: 2026/11/23 * 全部? \\ 以及其他很长很长很长很长的说明文字")
    assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
    assert sheet_name("汇总") == "汇总" and sheet_name("???") == "---" and sheet_name("") == "-"


# -- station names ------------------------------------------------------------------------------------------

def station_ids_in_the_code() -> set[str]:
    """Every literal station id the program opens a store with (`station="cli"`, `_store(db, "kiosk")`)."""
    found = set()
    for path in (Path(__file__).parents[1] / "kiosk").rglob("*.py"):
        text = path.read_text("utf-8")
        found.update(re.findall(r'\bstation="([a-z-]+)"', text),
                     re.findall(r'_store\(db, "([a-z-]+)"\)', text))
    return found


def test_every_station_is_named_in_chinese():
    """The events, help and assistance tables name the station that wrote each row: in a Chinese export,
    in Chinese, whichever command or window it was."""
    from kiosk.adapters.vocabulary import station_name

    ids = station_ids_in_the_code() | {"kiosk-2", "console-3", "display-1"}
    assert {"demo", "cli", "manager", "setup", "print", "export", "manager-report"} <= ids
    for lang in ("zh_CN", "zh_TW"):
        names = {station: station_name(station, lang) for station in sorted(ids)}
        assert {s: n for s, n in names.items() if re.search("[A-Za-z]", n)} == {}, lang
        assert len(set(names.values())) == len(names), names
    assert station_name("cli", "zh_CN") == "命令行" and station_name("cli", "zh_TW") == "命令列"
    assert station_name("manager", "zh_CN") == "经理工作站" and station_name("demo", "zh_CN") == "演示"
    assert station_name("console-3", "zh_TW") == "3 號櫃檯" and station_name("cli", "en") == "Command line"
    assert station_name("someone-else", "zh_CN") == "someone-else"  # an id nobody named, as stored

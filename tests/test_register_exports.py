"""The service registers in `kiosk export`, read back as a manager would open them: an XLSX sheet per register
(figures, then rows), a CSV file per register and one of every figure, a PDF page per register, JSON figures
and rows; a home visit's contact and address only with --personal, and no column for them without it.

The registers are filled as tests/test_register_stats.py describes (range 2026-11-23..26, counted at 10:00 on
the 26th)."""
from __future__ import annotations

import csv
import json
import subprocess

import openpyxl
import pytest
from PySide6.QtGui import QImage

from kiosk.core.records import HOME_VISIT_PERSONAL, register_columns
from tests.test_cli import kiosk
from tests.test_register_stats import ADDRESS, CONTACT, FIRST, LAST, seed_registers

AT = "2026-11-26T10:00"
SHEETS = {
    "zh_CN": ["预约", "上门服务", "投诉", "投诉处理步骤", "满意度评价", "客户分流（自助服务）"],
    "zh_TW": ["預約", "上門服務", "投訴", "投訴處理步驟", "滿意度評價", "客戶分流（自助服務）"],
    "en": ["Bookings", "Home visits", "Complaints", "Complaint steps", "Ratings", "Shunting"],
}
PAGE_TITLES = {
    "zh_CN": ["预约", "上门服务", "投诉", "满意度评价", "客户分流（自助服务）"],
    "zh_TW": ["預約", "上門服務", "投訴", "滿意度評價", "客戶分流（自助服務）"],
    "en": ["Appointments", "Home visits", "Complaints", "Satisfaction ratings", "Shunting to self-service"],
}
CSV_FILES = ["bookings", "home-visits", "complaints", "complaint-steps", "ratings", "shunting", "registers"]


@pytest.fixture
def db_path(db_target):
    return db_target


@pytest.fixture
def registers(store):
    seed_registers(store)
    return store.location


def export(db, fmt: str, out, *options: str) -> list[str]:
    done = kiosk("export", "--db", db, "--date", FIRST, "--to", LAST, "--format", fmt, "--out", out,
                 "--at", AT, *options, check_exit=0)
    return json.loads(done.stdout)["files"]


def sheet_rows(sheet) -> list[list]:
    return [[v for v in row] for row in sheet.iter_rows(values_only=True) if any(v is not None for v in row)]


def table_after(rows: list[list], title: str) -> list[list]:
    """The rows of the table titled `title` on a register sheet: its header, then its rows up to a gap."""
    at = next(i for i, row in enumerate(rows) if row[0] == title)
    table = []
    for row in rows[at + 1:]:
        if len([v for v in row if v is not None]) <= 1 and table:  # the next title
            break
        table.append(row)
    return table


def all_text(book) -> str:
    return "\n".join(str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                     for v in row if v is not None)


@pytest.mark.parametrize("personal", [False, True])
def test_xlsx_has_a_sheet_per_register_with_its_figures_and_rows(registers, tmp_path, personal):
    out = tmp_path / "range.xlsx"
    export(registers, "xlsx", out, "--lang", "zh_CN", *(["--personal"] if personal else []))
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[6:12] == SHEETS["zh_CN"]
    bookings = sheet_rows(book["预约"])
    assert bookings[0] == ["预约 · Demo Branch", *[None] * (len(bookings[0]) - 1)]
    slots = table_after(bookings, "按时段")
    assert slots[0][:7] == ["业务", "时段", "预约数", "已签到", "未到", "待签到", "已取消"]
    assert [row[1:7] for row in slots[1:]] == [["2026-11-23 09:00", 2, 1, 1, 0, 1],
                                               ["2026-11-23 09:00", 1, 0, 1, 0, 0],
                                               ["2026-11-26 09:00", 1, 0, 1, 0, 0],
                                               ["2026-11-26 09:30", 1, 0, 0, 1, 0]]
    visits = sheet_rows(book["上门服务"])
    by_service = table_after(visits, "按业务")
    assert by_service[1][:5] == ["合计", 5, 2, 1, pytest.approx(1 / 3)]
    assert book["上门服务"].cell(by_service_row(book["上门服务"]), 5).number_format == "0.0%"
    rows = table_after(visits, "明细")
    headings = rows[0]
    assert headings[:6] == ["序号", "申请时间", "业务", "不能到网点的原因", "申请人", "状态"]
    assert [row[5] for row in rows[1:]] == ["已完成", "已完成", "已派员", "未批准", "已批准"]
    complaints = table_after(sheet_rows(book["投诉"]), "按渠道")
    assert [(row[0], row[1], row[4]) for row in complaints[1:]] == [
        ("柜台", 2, 1), ("电话", 1, 0), ("意见箱", 1, 0), ("网上", 1, None)]  # no share without a verdict
    ratings = table_after(sheet_rows(book["满意度评价"]), "按柜员")
    assert ratings[1][:4] == ["合计", 3, pytest.approx(10 / 3), 1]
    steps = sheet_rows(book["投诉处理步骤"])
    assert steps[0] == ["序号", "投诉序号", "时间", "操作人", "状态", "备注"] and len(steps) == 4
    text = all_text(book)
    if personal:
        assert headings[-2:] == ["联系方式", "地址"] and CONTACT in text and ADDRESS in text
        assert "本表含个人信息" in text
    else:
        assert "联系方式" not in headings and "地址" not in headings
        assert CONTACT not in text and ADDRESS not in text
        assert "本表不含上门服务客户的联系方式和地址" in text


def by_service_row(sheet) -> int:
    """The sheet row (1-based) of the first table's total."""
    return next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "合计")


@pytest.mark.sqlite_only(reason="the CSV files and their names; the engines are compared by the XLSX test")
@pytest.mark.parametrize("personal", [False, True])
def test_csv_writes_a_file_per_register_and_one_of_every_figure(registers, tmp_path, personal):
    out = tmp_path / "range.csv"
    files = export(registers, "csv", out, *(["--personal"] if personal else []))
    assert files[5:12] == [str(tmp_path / f"range-{name}.csv") for name in CSV_FILES]

    def read(name: str) -> list[dict]:
        with (tmp_path / f"range-{name}.csv").open(encoding="utf-8-sig", newline="") as f:
            return list(csv.DictReader(f))

    visits = read("home-visits")
    assert list(visits[0]) == list(register_columns("home_visits", personal))
    assert [v["status"] for v in visits] == ["done", "done", "assigned", "refused", "approved"]
    assert visits[0]["requested_at"] == "2026-11-23T10:00:00+08:00"
    assert ({v.get("contact") for v in visits}, {v.get("address") for v in visits}) == (
        ({CONTACT}, {ADDRESS}) if personal else ({None}, {None}))
    if not personal:
        assert not any(CONTACT in p.read_text("utf-8-sig") for p in tmp_path.glob("range*.csv"))
    assert [b["code"] for b in read("bookings")] == ["K1", "K2", "K3", "K4", "K5", "K6"]
    assert len(read("complaints")) == 5 and len(read("complaint-steps")) == 3
    assert [r["score"] for r in read("ratings")] == ["5", "2", "3"]
    assert [s["choice"] for s in read("shunting")] == ["self_service", "ticket", "self_service", "ticket"]
    figures = {(f["register"], f["table"], f["key"], f["figure"]): f["value"] for f in read("registers")}
    assert figures["home_visits", "by_service", "total", "on_time_share"] == str(1 / 3)
    assert figures["complaints", "by_channel", "phone", "replied"] == "1"
    assert figures["bookings", "by_slot", "2026-11-26 09:00 A", "no_show"] == "1"
    assert figures["ratings", "scores", "2", "count"] == "1"
    assert figures["shunting", "by_service", "A", "self_service"] == "2"


@pytest.mark.sqlite_only(reason="read back in each language; the XLSX test runs on both engines")
@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_pdf_has_a_page_per_register(registers, tmp_path, lang):
    out = tmp_path / f"{lang}.pdf"
    export(registers, "pdf", out, "--lang", lang)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) == 2 + 5 + 1  # the wait estimates and surge alerts last
    for page, title in zip(pages[2:7], PAGE_TITLES[lang], strict=True):
        assert page.strip().startswith(f"{title} · Demo Branch"), page[:80]
    share = {"zh_CN": "33.3%", "zh_TW": "33.3%", "en": "33.3%"}[lang]
    assert share in pages[3]  # home visits done on time: 1 of 3 judged
    assert {"zh_CN": "意见箱", "zh_TW": "意見箱", "en": "complaint box"}[lang] in pages[4]
    assert CONTACT not in text and ADDRESS not in text
    subprocess.run(["pdftoppm", "-r", "60", "-f", "3", "-png", str(out), str(tmp_path / "page")], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == 5 + 1
    for image in images:
        picture = QImage(str(image))
        inked = sum(picture.pixelColor(x, y).lightness() < 128
                    for x in range(0, picture.width(), 4) for y in range(0, picture.height(), 4))
        assert inked > 50, f"{image.name} is blank"


@pytest.mark.parametrize("personal", [False, True])
def test_json_has_the_figures_and_rows(registers, tmp_path, personal):
    out = tmp_path / "range.json"
    export(registers, "json", out, *(["--personal"] if personal else []))
    data = json.loads(out.read_text("utf-8"))
    figures = data["registers"]
    assert figures["as_of"] == "2026-11-26T10:00:00+08:00"
    assert figures["home_visits"]["total"]["on_time_share"] == pytest.approx(1 / 3)
    assert figures["complaints"]["total"]["on_time_share"] == 0.5
    assert figures["ratings"]["distribution"] == {"1": 0, "2": 1, "3": 1, "4": 0, "5": 1}
    rows = data["register_rows"]
    assert {k: len(v) for k, v in rows.items()} == {"bookings": 6, "home_visits": 5, "complaints": 5,
                                                    "complaint_steps": 3, "ratings": 3, "shunting": 4}
    visit = rows["home_visits"][0]
    assert visit["requested_at"] == "2026-11-23T10:00:00+08:00" and visit["due_by"] == "2026-11-25"
    if personal:
        assert (visit["contact"], visit["address"]) == (CONTACT, ADDRESS)
    else:
        assert not set(HOME_VISIT_PERSONAL) & set(visit)
        assert CONTACT not in out.read_text("utf-8") and ADDRESS not in out.read_text("utf-8")


def test_export_help_names_the_personal_option():
    help_text = " ".join(kiosk("export", "--help", check_exit=0).stdout.split())
    assert "--personal" in help_text and "contact and address" in help_text

"""The manager's report window: a page per service register, in zh_CN, zh_TW and English, with the figures
tests/test_register_stats.py works out; exports write home visits' contact and address only when the manager
ticks the box and confirms that personal data will be written."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QDate, Qt

from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager_window import ManagerWindow
from tests.test_register_stats import ADDRESS, CONTACT, NOW, seed_registers
from tests.test_visible_text_translated import LATIN_WORD, english_in, visible_texts

WORDS = {  # each page's tab, and what its tables say
    "zh_CN": {"tabs": ["排队", "预约", "上门服务", "投诉", "满意度评价", "客户分流（自助服务）",
                       "等待预估与预警"],
              "total": "合计", "phone": "电话", "on_time": "按时率", "box": "意见箱",
              "as_of": "统计时点：2026-11-26 10:00:00+08:00", "cash": "现金业务（存取款）"},
    "zh_TW": {"tabs": ["排隊", "預約", "上門服務", "投訴", "滿意度評價", "客戶分流（自助服務）",
                       "等候預估與預警"],
              "total": "合計", "phone": "電話", "on_time": "準時率", "box": "意見箱",
              "as_of": "統計時點：2026-11-26 10:00:00+08:00", "cash": "現金業務（存提款）"},
    "en": {"tabs": ["Queue", "Appointments", "Home visits", "Complaints", "Satisfaction ratings",
                    "Shunting to self-service", "Estimates and alerts"],
           "total": "Total", "phone": "phone", "on_time": "On time", "box": "complaint box",
           "as_of": "Counted at 2026-11-26 10:00:00+08:00", "cash": "Cash (deposit / withdrawal)"},
}


@pytest.fixture
def registers(store, clock):
    seed_registers(store)
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    clock.set(NOW)
    return store


def signed_in(qtbot, db_path, clock, confirm=lambda question: True) -> ManagerWindow:
    window = ManagerWindow(QueueStore(db_path, station="manager", clock=clock), confirm=confirm)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.sign_in.number.setText("9001")
    window.sign_in.pin.setText("999999")
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reports is not None and not window.worker.busy)
    panel = window.reports
    qtbot.waitUntil(lambda: not panel.busy(), timeout=10_000)  # today's figures, shown at sign-in
    panel.day_from.setDate(QDate(2026, 11, 23))
    panel.day_to.setDate(QDate(2026, 11, 26))
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy() and panel.report.day_to == "2026-11-26", timeout=10_000)
    return window


def row(table: list[list[str]], label: str) -> list[str]:
    return next(r for r in table if r[0] == label)


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_each_register_has_its_page_in_the_windows_language(qtbot, registers, db_path, clock, lang):
    LanguageSwitcher().set_language(lang)
    window = signed_in(qtbot, db_path, clock)
    panel, w = window.reports, WORDS[lang]
    assert [panel.pages.tabText(i) for i in range(panel.pages.count())] == w["tabs"]
    seen = {}
    for i, (register, view) in enumerate(panel.registers.items(), start=1):
        panel.pages.setCurrentIndex(i)
        qtbot.waitUntil(view.isVisible)
        assert all(table.isVisible() for table in view.tables) and not view.empty.isVisible()
        seen[register] = view.table_texts()
        if lang != "en":  # no English on a Chinese page: labels, tab titles and table headings
            shown = [*(cell for table in seen[register] for r in table for cell in r),
                     *(panel.pages.tabText(i) for i in range(panel.pages.count()))]
            assert english_in(visible_texts(view)) == []
            assert [s for s in shown if LATIN_WORD.search(s)] == []
    assert panel.registers["bookings"].as_of.text().startswith(w["as_of"])
    by_service, by_slot = seen["bookings"]
    assert row(by_service, w["total"])[1:] == ["5", "1", "3", "1", "1"]  # in, no-show, pending, cancelled
    assert [r[1:] for r in by_slot[1:]] == [["2026-11-23 09:00", "2", "1", "1", "0", "1"],
                                            ["2026-11-23 09:00", "1", "0", "1", "0", "0"],
                                            ["2026-11-26 09:00", "1", "0", "1", "0", "0"],
                                            ["2026-11-26 09:30", "1", "0", "0", "1", "0"]]
    assert by_slot[1][0] == w["cash"]
    visits = seen["home_visits"][0]
    on_time = visits[0].index(w["on_time"])
    assert row(visits, w["total"])[on_time] == "33.3%"
    complaints = seen["complaints"]
    assert row(complaints[0], w["total"])[1:] == ["5", "3", "2", "50.0%", "1", "1"]
    assert row(complaints[2], w["phone"])[1:3] == ["1", "1"] and row(complaints[2], w["box"])[5] == "1"
    ratings = seen["ratings"][0]
    assert row(ratings, w["total"])[1:] == ["3", "3.33", "1"]
    assert row(ratings, "1001")[1:] == ["2", "3.50", "1"]
    shunting = seen["shunting"][0]
    assert row(shunting, w["cash"])[1:] == ["3", "2", "1", "0", "66.7%"]


def test_a_range_without_records_says_so_on_each_page(qtbot, registers, db_path, clock):
    LanguageSwitcher().set_language("zh_CN")
    window = signed_in(qtbot, db_path, clock)
    panel = window.reports
    panel.day_from.setDate(QDate(2026, 11, 30))
    panel.day_to.setDate(QDate(2026, 11, 30))
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy() and panel.report.day_to == "2026-11-30", timeout=10_000)
    for i, view in enumerate(panel.registers.values(), start=1):
        panel.pages.setCurrentIndex(i)
        assert view.empty.isVisible() and view.empty.text() == "本期间没有记录。"
        assert not any(table.isVisible() for table in view.tables)


def export_csv(qtbot, panel, out) -> None:
    panel.choose_path = lambda title, suggested: str(out)
    qtbot.mouseClick(panel.export_buttons["csv"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy(), timeout=20_000)


def visit_columns(out) -> tuple[list[str], str]:
    path = out.with_name(f"{out.stem}-home-visits.csv")
    with path.open(encoding="utf-8-sig", newline="") as f:
        return next(csv.reader(f)), path.read_text("utf-8-sig")


def test_personal_data_only_when_ticked_and_confirmed(qtbot, registers, db_path, clock, tmp_path):
    asked = []
    answer = [False]
    window = signed_in(qtbot, db_path, clock, confirm=lambda question: asked.append(question) or answer[0])
    panel = window.reports
    assert panel.personal.isVisible() and not panel.personal.isChecked(), "off unless the manager asks"
    export_csv(qtbot, panel, tmp_path / "plain.csv")
    columns, text = visit_columns(tmp_path / "plain.csv")
    assert asked == [] and "contact" not in columns and "address" not in columns and CONTACT not in text

    qtbot.mouseClick(panel.personal, Qt.MouseButton.LeftButton)
    assert panel.personal.isChecked()
    export_csv(qtbot, panel, tmp_path / "refused.csv")  # the manager says no to the warning
    assert len(asked) == 1 and "personal data" in asked[0]
    assert not (tmp_path / "refused.csv").exists() and not panel.busy()

    answer[0] = True
    export_csv(qtbot, panel, tmp_path / "personal.csv")
    columns, text = visit_columns(tmp_path / "personal.csv")
    assert len(asked) == 2 and columns[-2:] == ["contact", "address"] and CONTACT in text and ADDRESS in text

    panel.choose_path = lambda title, suggested: str(tmp_path / "figures.pdf")
    panel.export("pdf")  # a PDF has figures only: nothing personal to warn about
    qtbot.waitUntil(lambda: not panel.busy(), timeout=20_000)
    assert len(asked) == 2 and (tmp_path / "figures.pdf").exists()


def test_in_a_quarter_of_the_screen_a_wide_table_scrolls_sideways_and_hides_no_row(qtbot, registers, db_path,
                                                                                      clock):
    window = signed_in(qtbot, db_path, clock)  # English: the widest headings
    window.resize(950, 500)
    panel = window.reports
    panel.pages.setCurrentIndex(2)  # home visits: eight figures a row
    view = panel.registers["home_visits"]
    qtbot.waitUntil(view.isVisible)
    table = view.tables[0]
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() > 0)  # wider than the page: it scrolls
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    qtbot.waitUntil(lambda: table.viewport().height() >= rows)  # and every row stays above the scroll bar

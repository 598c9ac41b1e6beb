"""The manager station as a manager meets it: focus after sign-in, today's figures at once, a window that
fits a quarter of the screen, Qt's own dialogs (Yes/No, the file dialog) in the staff's language and big
enough to read, and an empty staff number after sign-out."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QTreeView

from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager_window import ManagerWindow
from tests.test_console_staff import QUARTER, assert_fits_a_quarter_screen, when_modal


@pytest.fixture
def office(store, clock):
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    store.issue_ticket("A", at=clock())
    store.issue_ticket("B", "elderly", at=clock())
    return store


def manager(qtbot, db_path, clock, sign_in=True):
    window = ManagerWindow(QueueStore(db_path, station="manager", clock=clock), confirm=lambda question: True)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    if sign_in:
        window.sign_in.number.setText("9001")
        window.sign_in.pin.setText("999999")
        qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.worker.busy)  # the PIN is checked off the GUI thread
        assert window.staff is not None, window.sign_in.error.text()
    return window


# -- 5. after sign-in: focus on the work, today's figures already there -------------------------------------

@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_a_key_pressed_right_after_sign_in_does_not_sign_out(qtbot, office, db_path, clock, key):
    window = manager(qtbot, db_path, clock)
    focused = QApplication.focusWidget()
    assert focused is not None and focused is not window.sign_out_button
    assert window.office.isAncestorOf(focused)
    qtbot.keyClick(focused, key)
    assert window.pages.currentWidget() is window.office and window.staff is not None


def test_todays_figures_show_without_pressing_a_button(qtbot, office, db_path, clock):
    window = manager(qtbot, db_path, clock)
    panel = window.reports
    qtbot.waitUntil(lambda: panel.figure_labels["issued"].text() == "2", timeout=10_000)
    assert panel.days() == ("2026-11-23", "2026-11-23")
    assert panel.message.text() == "Figures for 2026-11-23."
    assert panel.figure_labels["share"].text() == "50%"


def test_after_sign_out_the_staff_number_is_empty(qtbot, office, db_path, clock):
    window = manager(qtbot, db_path, clock)
    qtbot.waitUntil(lambda: not window.reports.busy(), timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.sign_in
    assert window.sign_in.number.text() == "" and window.sign_in.number.hasFocus()


# -- 2. Qt's own dialogs in the staff's language ------------------------------------------------------------

@pytest.mark.parametrize("lang, yes, no, save", [("zh_CN", "是(&Y)", "否(&N)", "保存"),
                                                 ("zh_TW", "是(&Y)", "否(&N)", "儲存"),
                                                 ("zh_HK", "是(&Y)", "否(&N)", "儲存"),  # zh_TW's screens
                                                 ("en", "&Yes", "&No", "Save")])
def test_standard_buttons_are_in_the_staffs_language(qtbot, lang, yes, no, save):
    switcher = LanguageSwitcher()
    switcher.set_language("zh_CN")
    assert switcher.set_language(lang)  # switching on from another language, as at a station
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == yes
    assert box.button(QMessageBox.StandardButton.No).text() == no
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == save


def test_the_export_file_dialog_is_big_wide_and_chinese(qtbot, office, db_path, clock, tmp_path):
    assert LanguageSwitcher().set_language("zh_CN")  # English again after the test (conftest)
    window = manager(qtbot, db_path, clock)
    longest = "queue-2026-11-01-2026-11-30.xlsx"  # an earlier export of a month
    (tmp_path / longest).write_text("x")
    seen = {}

    def look(dialog: QFileDialog) -> None:
        files = dialog.findChild(QTreeView, "treeView")
        seen["size"] = dialog.size().toTuple()
        seen["screen"] = dialog.screen().availableGeometry().size().toTuple()
        seen["name column"] = files.header().sectionSize(0)
        seen["name needs"] = files.fontMetrics().horizontalAdvance(longest) + 40  # and its icon
        seen["labels"] = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible()}
        buttons = dialog.findChild(QDialogButtonBox)
        seen["accept"] = buttons.button(QDialogButtonBox.StandardButton.Save).text()
        dialog.reject()

    when_modal(qtbot, look)
    assert window.reports.choose_path("导出为 CSV", str(tmp_path / "queue-2026-11-23.csv")) == ""
    # at least 800x500 (Qt's own size is about 630x410), where the screen has room for that
    (width, height), (screen_width, screen_height) = seen["size"], seen["screen"]
    assert min(800, screen_width - 40) <= width <= screen_width
    assert min(500, screen_height - 80) <= height <= screen_height
    assert seen["name column"] >= seen["name needs"], "file names are not cut short"
    assert {"查找范围：", "文件名称(&N)：", "文件类型："} <= seen["labels"]
    assert seen["accept"] == "保存(&S)"


# -- 8. the manager window in a quarter of a 1920x1080 screen -----------------------------------------------

@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_manager_window_is_readable_in_a_quarter_of_the_screen(qtbot, office, db_path, clock, lang):
    assert LanguageSwitcher().set_language(lang)
    window = manager(qtbot, db_path, clock, sign_in=False)
    assert_fits_a_quarter_screen(qtbot, window)  # the sign-in page
    window.sign_in.number.setText("9001")
    window.sign_in.pin.setText("999999")
    window.sign_in.submit()
    qtbot.waitUntil(lambda: window.reports is not None)
    qtbot.waitUntil(lambda: window.reports.report is not None and not window.reports.busy(), timeout=10_000)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        assert_fits_a_quarter_screen(qtbot, window)
        page = window.tabs.currentWidget()  # a tab taller than the window scrolls up and down, never sideways
        assert page.widget().minimumSizeHint().width() <= page.viewport().width(), window.tabs.tabText(tab)
    assert window.size().toTuple() == QUARTER


@pytest.mark.parametrize("lang, shown, csv", [("zh_CN", "2026/12/1", "CSV 文档"),
                                              ("zh_TW", "2026/12/1", "CSV 文件"),
                                              ("en", "12/1/26", "CSV document")])
def test_what_qt_words_itself_follows_the_staffs_language(qapp, lang, shown, csv):
    """The file dialog's file types ('CSV 文档'), and dates Qt formats by itself. (Its 'date modified'
    column follows the PC's own regional settings.)"""
    from PySide6.QtCore import QDate, QLocale, QMimeDatabase

    assert LanguageSwitcher().set_language(lang)
    assert QLocale().toString(QDate(2026, 12, 1), QLocale.FormatType.ShortFormat) == shown
    assert QMimeDatabase().mimeTypeForName("text/csv").comment() == csv

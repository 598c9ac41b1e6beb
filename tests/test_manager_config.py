"""The manager's configuration editor and staff list, driven as a manager would, on a real store."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kiosk.core.staff import NotAllowed, Role
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff, sign_in
from kiosk.ui.manager_config import ConfigEditor
from kiosk.ui.manager_staff import StaffPanel


@pytest.fixture
def manager(db_path):
    store = QueueStore.init(db_path, station="manager")
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    sign_in(store, "9001", "999999")
    yield store
    store.close()


@pytest.fixture
def worker(manager):
    """The manager station's StoreWorker: the panels ask the store on it."""
    worker = StoreWorker(manager)
    yield worker
    worker.stop()


def answered(qtbot, worker):
    qtbot.waitUntil(lambda: not worker.busy)


def editor(qtbot, worker, answers=None):
    asked: list[str] = []

    def confirm(question: str) -> bool:
        asked.append(question)
        return True if answers is None else answers.pop(0)

    widget = ConfigEditor(worker, confirm=confirm)
    qtbot.addWidget(widget)
    widget.show()
    answered(qtbot, worker)  # the stored configuration, read on the worker
    return widget, asked


def configure_events(store):
    rows = store.db.execute("SELECT actor, details FROM events WHERE action = 'configure' "
                            "ORDER BY id").fetchall()
    return [(actor, json.loads(details)) for actor, details in rows]


def test_a_changed_maximum_wait_and_service_time_are_saved_with_an_event(qtbot, manager, worker, db_path):
    widget, asked = editor(qtbot, worker)
    widget.fields["max_wait_minutes"].setValue(45)
    services = widget.sections["services"]
    services.cell(2, "minutes").setText("25")
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    answered(qtbot, worker)
    assert "2 changes" in asked[0] and "services[2].minutes: 20 -> 25" in asked[0]
    other = QueueStore(db_path, station="kiosk")  # another station sees it at once
    assert other.branch.max_wait_minutes == 45 and other.branch.service("C").minutes == 25
    other.close()
    actor, details = configure_events(manager)[-1]
    assert actor == "9001"
    assert details["changes"] == ["branch.max_wait_minutes: 40 -> 45", "services[2].minutes: 20 -> 25"]
    assert "Saved 2 changes" in widget.message.text()


def test_a_bad_value_is_refused_with_a_message_and_the_cell_selected(qtbot, manager, worker):
    widget, asked = editor(qtbot, worker)
    counters = widget.sections["counters"]
    counters.cell(3, "services").setText("C, Q")
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    assert widget.message.text() == "counters[3].services: unknown service 'Q'"
    assert widget.message.property("error") is True
    assert widget.tabs.currentWidget() is counters
    assert counters.table.currentRow() == 3
    assert asked == [] and len(configure_events(manager)) == 1, "nothing saved, nothing asked"
    assert manager.branch.counter(4).services == ("C", "D")

    widget.sections["services"].cell(0, "minutes").setText("five")
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    assert widget.message.text() == "services[0].minutes: 'five' is not a number"

    widget.load()
    answered(qtbot, worker)
    widget.fields["max_wait_minutes"].setValue(0)
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    assert "branch.max_wait_minutes: 0 must be from 1 to 1440 minutes" in widget.message.text()


def test_a_new_service_row_a_notice_and_declining_the_confirmation(qtbot, manager, worker):
    widget, _ = editor(qtbot, worker, answers=[False, True])
    services = widget.sections["services"]
    qtbot.mouseClick(services.add_button, Qt.MouseButton.LeftButton)
    row = services.table.rowCount() - 1
    for key, text in (("code", "G"), ("prefix", "G"), ("minutes", "12"), ("names.zh_CN", "养老金业务"),
                      ("names.en", "Pensions")):
        services.cell(row, key).setText(text)
    notices = widget.sections["notices"]
    notices.cell(0, "text.en").setText("Mind the step.")
    widget.save()
    answered(qtbot, worker)
    assert [s.code for s in manager.branch.services][-1] == "F", "declined: nothing saved"
    widget.save()
    answered(qtbot, worker)
    assert manager.branch.service("G").name("zh_CN") == "养老金业务"
    assert manager.branch.notice_line(("en",)).startswith("Mind the step.")


def test_nothing_changed_is_said_and_a_teller_cannot_configure(qtbot, manager, worker, db_path):
    widget, asked = editor(qtbot, worker)
    widget.save()
    assert widget.message.text() == "Nothing has changed." and asked == [] and not worker.busy
    teller = QueueStore(db_path, station="console-1")
    sign_in(teller, "1001", "135790")
    with pytest.raises(NotAllowed):
        teller.configure(manager.branch_toml())
    teller.close()


def test_staff_add_reset_pin_and_deactivate(qtbot, manager, worker, db_path):
    dialogs: list[QDialog] = []

    def fill(dialog):
        dialogs.append(dialog)
        if dialog.new_account:
            dialog.number.setText("E1002")  # a letter: refused in the dialog, in the manager's words
            dialog.name.setText("Chen Jing")
            dialog.role.setCurrentIndex(dialog.role.findData("lobby_manager"))
            dialog.pin.setText("246802")
            dialog.pin_again.setText("246802")
            dialog._check()
            assert dialog.error.text() == "A staff number is 1 to 12 digits."
            dialog.number.setText(" 1002 ")
        dialog.pin.setText("246802")
        dialog.pin_again.setText("246803")  # a typo first: refused inside the dialog
        dialog._check()
        assert dialog.error.text() == "The two PINs differ."
        dialog.pin_again.setText("246802")
        dialog._check()
        return dialog.result()

    panel = StaffPanel(worker, confirm=lambda q: True, run_dialog=fill)
    qtbot.addWidget(panel)
    answered(qtbot, worker)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    answered(qtbot, worker)
    assert [m["number"] for m in panel.staff] == ["1001", "1002", "9001"]
    assert panel.table.item(1, 2).text() == "lobby manager"
    other = QueueStore(db_path, station="console-2")
    assert sign_in(other, "1002", "246802").role is Role.LOBBY_MANAGER

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.pin_button, Qt.MouseButton.LeftButton)
    answered(qtbot, worker)
    assert sign_in(other, "1001", "246802").name == "Wang Fang"
    panel.table.selectRow(0)
    assert panel.active_button.text() == "Deactivate"
    qtbot.mouseClick(panel.active_button, Qt.MouseButton.LeftButton)
    answered(qtbot, worker)
    assert "deactivated" in panel.table.item(0, 3).text()
    with pytest.raises(Exception, match="wrong staff number or PIN"):
        sign_in(other, "1001", "246802")
    panel.table.selectRow(2)  # oneself
    qtbot.mouseClick(panel.active_button, Qt.MouseButton.LeftButton)
    answered(qtbot, worker)
    assert "your own account" in panel.message.text()
    other.close()


def test_a_save_made_elsewhere_meanwhile_is_not_undone(qtbot, manager, worker, db_path):
    widget, _ = editor(qtbot, worker)
    other = QueueStore(db_path, station="manager-2")
    other.configure(manager.branch_toml().replace("max_wait_minutes = 40", "max_wait_minutes = 50"))
    other.close()
    widget.fields["occupancy_cap"].setValue(60)
    widget.save()
    answered(qtbot, worker)
    assert "saved at another station" in widget.message.text()
    assert manager.branch.max_wait_minutes == 50 and manager.branch.occupancy_cap == 80
    widget.load()
    answered(qtbot, worker)
    widget.fields["occupancy_cap"].setValue(60)
    widget.save()
    answered(qtbot, worker)
    assert manager.branch.max_wait_minutes == 50 and manager.branch.occupancy_cap == 60


def test_removing_a_service_with_tickets_waiting_warns_first(qtbot, manager, worker):
    manager.issue_ticket("F")
    widget, asked = editor(qtbot, worker, answers=[False])
    widget.sections["services"].table.selectRow(5)  # F
    widget.sections["services"].remove_selected()
    for r in range(widget.sections["counters"].table.rowCount()):  # counter 5 served F first
        cell = widget.sections["counters"].cell(r, "services")
        cell.setText(", ".join(c for c in cell.text().split(", ") if c != "F"))
    widget.save()
    answered(qtbot, worker)
    assert "Tickets of F are still waiting" in asked[0]
    assert manager.branch.service("F")


def test_a_love_window_the_file_leaves_to_its_default_is_shown_and_kept(qtbot, db_path):
    """The format lets love_window be left out (true for every class but regular): renaming the branch
    must not take the elderly out of the love window."""
    from kiosk.core.config import default_toml

    text = default_toml().replace('code = "elderly"\nhead_start = 30\nlove_window = true\n',
                                  'code = "elderly"\nhead_start = 30\n')
    store = QueueStore.init(db_path, text, station="manager")
    love_before = store.branch.love_class_codes
    assert "elderly" in love_before
    worker = StoreWorker(store)
    widget, asked = editor(qtbot, worker)
    classes = widget.sections["priority_classes"]
    elderly = [classes.cell(r, "code").text() for r in range(classes.table.rowCount())].index("elderly")
    assert classes.cell(elderly, "love_window").checkState() == Qt.CheckState.Checked
    widget.fields["name"].setText("Demo Branch East")
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    answered(qtbot, worker)
    assert asked[0].splitlines()[2:] == ["branch.name: 'Demo Branch' -> 'Demo Branch East'"]
    assert store.branch.love_class_codes == love_before

    classes = widget.sections["priority_classes"]  # reloaded after saving; now unticked on purpose
    classes.cell(elderly, "love_window").setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    answered(qtbot, worker)
    worker.stop()
    assert "elderly" not in store.branch.love_class_codes
    store.close()


def test_staff_refusals_are_in_the_managers_language(qtbot, manager, worker):
    from kiosk.ui.i18n import LanguageSwitcher

    assert LanguageSwitcher().set_language("zh_CN")  # English again after the test (conftest)

    def fill(dialog):
        dialog.number.setText("1001")  # taken
        dialog.name.setText("王芳")
        dialog.pin.setText("246802")
        dialog.pin_again.setText("246802")
        dialog._check()
        return dialog.result()

    panel = StaffPanel(worker, confirm=lambda q: True, run_dialog=fill)
    qtbot.addWidget(panel)
    answered(qtbot, worker)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    answered(qtbot, worker)
    assert panel.message.text() == "员工编号 1001 已存在。"
    panel.table.selectRow(1)  # oneself (1001, 9001)
    qtbot.mouseClick(panel.active_button, Qt.MouseButton.LeftButton)
    answered(qtbot, worker)
    assert panel.message.text() == "不能停用您当前登录使用的账号。"

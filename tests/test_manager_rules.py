"""The manager edits the service rules in the configuration editor: working days, booking rules and slots, the
small rules tables, and the services' quick and self-service keys; bad values are refused at their field."""
from __future__ import annotations

import json
import tomllib

import pytest
import tomli_w
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox

from kiosk.core.config import default_toml
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.manager_window import ManagerWindow


@pytest.fixture
def branch_db(db_path):
    store = QueueStore.init(db_path, station="setup")
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    store.close()
    return db_path


def signed_in(qtbot, db_path):
    """The manager station, signed in, its Configuration tab open; `asked` collects the confirmations."""
    asked: list[str] = []
    window = ManagerWindow(QueueStore(db_path, station="manager"),
                           confirm=lambda question: asked.append(question) or True)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.sign_in.number.setText("9001")
    window.sign_in.pin.setText("999999")
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.config is not None and window.config.loaded_text is not None, timeout=5000)
    qtbot.waitUntil(lambda: not window.worker.busy and not window.reports.busy(), timeout=10_000)
    window.tabs.setCurrentIndex(1)
    return window, asked


def save(qtbot, window):
    qtbot.mouseClick(window.config.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=5000)
    return window.config.message.text()


def stored(db_path):
    store = QueueStore(db_path, station="check")
    try:
        return store.branch, tomllib.loads(store.branch_toml())
    finally:
        store.close()


def configure_changes(db_path) -> list[str]:
    store = QueueStore(db_path, station="check")
    rows = store.db.execute("SELECT details FROM events WHERE action = 'configure' ORDER BY id").fetchall()
    store.close()
    return json.loads(rows[-1][0])["changes"]


def test_the_default_configuration_saved_unchanged_says_nothing_has_changed(qtbot, branch_db):
    window, asked = signed_in(qtbot, branch_db)
    config = window.config
    titles = [config.tabs.tabText(i) for i in range(config.tabs.count())]
    assert titles[-3:] == ["Calendar", "Booking rules", "Other rules"]
    services = config.sections["services"]
    assert services.cell(0, "quick").checkState() == Qt.CheckState.Checked  # A is quick
    assert services.cell(1, "quick").checkState() == Qt.CheckState.Unchecked
    assert services.cell(1, "self_service.en").text().startswith("New cards")
    assert services.cell(2, "self_service.zh_TW").text() == ""  # loans: none, but a column to fill in
    rules = config.rules
    assert [box.isChecked() for box in rules.weekdays] == [True] * 5 + [False] * 2
    assert rules.holidays.text() == "2027-01-01"
    assert rules.plan_cell(0, "service").text() == "C" and rules.plan_cell(0, "capacity").text() == "2"
    assert rules.plan_cell(0, "hours.mon").text() == "09:00-12:00, 13:30-17:00"
    assert rules.plan_cell(1, "hours.tue").text() == ""  # D is not bookable on Tuesdays
    assert rules.numbers[("shunting", "threshold_minutes")].value() == 15
    assert save(qtbot, window) == "Nothing has changed."
    assert asked == []


def test_holidays_working_days_slots_and_small_rules_are_saved(qtbot, branch_db):
    window, asked = signed_in(qtbot, branch_db)
    config, rules = window.config, window.config.rules
    config.tabs.setCurrentWidget(rules.calendar_page)
    rules.holidays.clear()
    qtbot.keyClicks(rules.holidays, "2027-01-01, 2027-02-17")
    rules.weekdays[5].click()  # Saturday: open
    rules.extra_days.setText("2027-02-07")
    rules.plan_cell(0, "capacity").setText("3")
    rules.plan_cell(1, "closed_dates").setText("2026-12-24")
    rules.numbers[("appointments", "days_ahead")].setValue(7)
    rules.numbers[("shunting", "threshold_minutes")].setValue(20)
    rules.numbers[("complaints", "reply_working_days")].setValue(2)
    services = config.sections["services"]
    services.cell(1, "quick").setCheckState(Qt.CheckState.Checked)
    services.cell(2, "self_service.en").setText("Loan repayments can be made in the mobile app.")
    assert save(qtbot, window).startswith("Saved 10 changes")
    branch, data = stored(branch_db)
    assert branch.calendar.holidays == {"2027-01-01", "2027-02-17"}
    assert branch.calendar.weekdays == {0, 1, 2, 3, 4, 5}
    assert branch.calendar.extra_working_days == {"2027-02-07"}
    assert branch.bookings.plan("C").capacity == 3 and branch.bookings.days_ahead == 7
    assert branch.bookings.plan("D").closed_dates == {"2026-12-24"}
    assert branch.shunting.threshold_minutes == 20 and branch.complaints.reply_working_days == 2
    assert branch.service("B").quick and branch.service("C").self_service_text("en").startswith("Loan")
    assert "hours" in data["appointments"]["services"][1] and "closed_dates" not in data["appointments"][
        "services"][2], "what was not touched is written as it was"
    changes = configure_changes(branch_db)
    assert "calendar.holidays: ['2027-01-01'] -> ['2027-01-01', '2027-02-17']" in changes
    assert "appointments.services[0].capacity: 2 -> 3" in changes
    assert asked and "10 changes" in asked[0]
    # read back: the editor shows what it stored, and saving again changes nothing
    assert rules is not config.rules and config.rules.holidays.text() == "2027-01-01, 2027-02-17"
    assert save(qtbot, window) == "Nothing has changed."


def test_a_bad_opening_hours_value_is_refused_at_its_cell(qtbot, branch_db):
    window, asked = signed_in(qtbot, branch_db)
    config, rules = window.config, window.config.rules
    rules.plan_cell(2, "hours.wed").setText("9-12")
    config.tabs.setCurrentIndex(0)
    message = save(qtbot, window)
    assert message == "appointments.services[2].hours.wed: '9-12' is not opening hours like \"09:00-12:00\""
    assert config.message.property("error") is True
    assert config.tabs.currentWidget() is rules.booking_page
    assert rules.plans.currentItem() is rules.plan_cell(2, "hours.wed")
    assert asked == [], "nothing asked, nothing saved"
    assert stored(branch_db)[0].bookings.plan("F").hours[2][0][0].hour == 9

    rules.plan_cell(2, "hours.wed").setText("13:00-12:00")
    assert save(qtbot, window).endswith("'13:00-12:00' must end after it starts")
    rules.plan_cell(2, "hours.wed").setText("09:00-12:00")
    rules.plan_cell(2, "capacity").setText("two")
    assert save(qtbot, window) == "appointments.services[2].capacity: 'two' is not a whole number"
    assert rules.plans.currentItem() is rules.plan_cell(2, "capacity")
    rules.plan_cell(2, "capacity").setText("2")
    rules.plan_cell(2, "service").setText("Q")
    assert save(qtbot, window) == "appointments.services[2].service: unknown service 'Q'"
    assert rules.plans.currentItem() is rules.plan_cell(2, "service")
    rules.plan_cell(2, "service").setText("F")

    rules.holidays.setText("2027-02-30")
    assert save(qtbot, window) == "calendar.holidays: '2027-02-30' is not a date like \"2027-01-01\""
    assert config.tabs.currentWidget() is rules.calendar_page
    assert isinstance(window.focusWidget(), QLineEdit) and window.focusWidget() is rules.holidays
    rules.holidays.setText("2027-01-01")
    for box in rules.weekdays:
        box.setChecked(False)
    assert save(qtbot, window).startswith("calendar.working_days: must be a non-empty list")
    for box in rules.weekdays[:5]:
        box.setChecked(True)
    rules.numbers[("ratings", "low_score")].setValue(5)
    assert save(qtbot, window) == "ratings.low_score: 5 must be a whole number from 1 to 4"
    assert config.tabs.currentWidget() is rules.other_page
    assert isinstance(window.focusWidget(), QSpinBox)
    assert window.focusWidget() is rules.numbers[("ratings", "low_score")]
    assert asked == []


def test_a_new_bookable_service_and_a_removed_one(qtbot, branch_db):
    window, _ = signed_in(qtbot, branch_db)
    rules = window.config.rules
    qtbot.mouseClick(rules.add_plan, Qt.MouseButton.LeftButton)
    row = rules.plans.rowCount() - 1
    assert [rules.plan_cell(row, c).text() for c in ("slot_minutes", "capacity")] == ["30", "1"]
    message = save(qtbot, window)
    assert message.startswith("appointments.services[3].service: unknown service")
    rules.plan_cell(row, "service").setText("B")
    assert save(qtbot, window).startswith("appointments.services[3].hours: must map weekdays")
    assert rules.plans.currentItem() is rules.plan_cell(row, "hours.mon")
    rules.plan_cell(row, "hours.sat").setText("09:00-11:00")
    rules.plans.selectRow(1)  # D: no longer bookable
    qtbot.mouseClick(rules.remove_plan, Qt.MouseButton.LeftButton)
    assert save(qtbot, window).startswith("Saved")
    branch, data = stored(branch_db)
    assert [p.service for p in branch.bookings.plans] == ["C", "F", "B"]
    assert data["appointments"]["services"][2] == {"service": "B", "slot_minutes": 30, "capacity": 1,
                                                   "hours": {"sat": ["09:00-11:00"]}}


def test_a_configuration_without_the_rule_tables_gets_one_only_when_set(qtbot, db_path):
    data = tomllib.loads(default_toml())
    for table in ("calendar", "appointments", "home_visits", "complaints", "ratings", "shunting"):
        del data[table]
    for service in data["services"]:
        service.pop("quick", None)
        service.pop("self_service", None)
    store = QueueStore.init(db_path, tomli_w.dumps(data), station="setup")
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    store.close()
    window, _ = signed_in(qtbot, db_path)
    config, rules = window.config, window.config.rules
    assert "quick" in config.sections["services"].columns
    assert "self_service.zh_CN" in config.sections["services"].columns
    assert rules.plans.rowCount() == 0 and rules.numbers[("ratings", "timeout_seconds")].value() == 30
    assert save(qtbot, window) == "Nothing has changed."
    rules.holidays.setText("2027-10-01")
    config.sections["services"].cell(0, "quick").setCheckState(Qt.CheckState.Checked)
    assert save(qtbot, window) == "Saved 2 changes; every station uses them now."
    branch, stored_data = stored(db_path)
    assert stored_data["calendar"] == {"holidays": ["2027-10-01"]}
    assert "appointments" not in stored_data and "ratings" not in stored_data
    assert branch.service("A").quick and not branch.service("B").quick


def test_a_service_taken_out_takes_its_booking_slots_with_it(qtbot, branch_db):
    window, asked = signed_in(qtbot, branch_db)
    config = window.config
    config.sections["services"].table.selectRow(3)  # D, wealth management: bookable
    config.sections["services"].remove_selected()
    config.sections["counters"].cell(3, "services").setText("C")
    assert save(qtbot, window).startswith("Saved")
    branch, _ = stored(branch_db)
    assert [p.service for p in branch.bookings.plans] == ["C", "F"]
    assert [config.rules.plan_cell(r, "service").text() for r in range(config.rules.plans.rowCount())] == [
        "C", "F"]

"""Surge alerts while the branch runs: logged once in the store whichever station sees them first (both
engines), and shown on a lobby manager's console, the manager station and, when configured, the hall display,
in the staff's language."""
from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kiosk.core.staff import NotAllowed, Role
from kiosk.core.surge import SurgeAlert
from kiosk.station.display_station import DisplayStation
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.display_window import DisplayWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager_window import ManagerWindow
from tests.engines import holding_write_lock, rows
from tests.test_visible_text_translated import english_in, visible_texts

ALERT = SurgeAlert("A", 12, 2970.0, 1200.0, 2, (2, 3))
SENTENCE = {"en": "A: 12 waiting, about 50 min: open 2 more counters for A",
            "zh_CN": "A：12 人等候，约 50 分钟：请为 A 加开 2 个窗口",
            "zh_TW": "A：12 人等候，約 50 分鐘：請為 A 加開 2 個櫃檯"}

ADVICE = {"en": "Advice…", "zh_CN": "建议…", "zh_TW": "建議…"}
MORE = {"en": "(4 more) ", "zh_CN": "（另有 4 项）", "zh_TW": "（另有 4 項）"}


def logged(target, action="surge_alert") -> list[dict]:
    return [json.loads(d) for (d,) in rows(target, "SELECT details FROM events WHERE action = ? ORDER BY id",
                                           [action])]


# -- the log, on both engines ----------------------------------------------------------------------------

@pytest.fixture
def branch(db_target, open_store, clock):
    return open_store(db_target, init=True, clock=clock)


def test_an_alert_is_logged_once_while_it_stands_again_when_it_grows_and_after_it_ended(branch, db_target,
                                                                                        clock):
    first = clock()
    assert branch.record_surge_alert(ALERT) is True
    clock(1)
    assert branch.record_surge_alert(ALERT) is False, "the same surge, still over the target"
    assert branch.record_surge_alert(SurgeAlert("A", 15, 3300.0, 1200.0, 1)) is False, "less advice"
    grown = clock(1)
    assert branch.record_surge_alert(SurgeAlert("A", 20, 3900.0, 1200.0, 3)) is True, "more counters now"
    assert branch.end_surge_alert("B") is False, "B had no alert"
    ended = clock(5)
    assert branch.end_surge_alert("A") is True
    assert branch.end_surge_alert("A") is False
    again = clock(30)
    assert branch.record_surge_alert(ALERT) is True, "a new surge after the last one ended"
    assert logged(db_target) == [ALERT.details(), {"service": "A", "waiting": 20, "p90_s": 3900,
                                                   "target_s": 1200, "more_counters": 3}, ALERT.details()]
    assert logged(db_target, "surge_clear") == [{"service": "A"}]
    assert rows(db_target, "SELECT COUNT(*) FROM events WHERE action LIKE 'surge%' "
                           "AND ticket_id IS NULL AND counter IS NULL") == [(4,)]
    read = branch.surge_alerts(branch.today())
    assert read == [ALERT, SurgeAlert("A", 20, 3900, 1200, 3), ALERT]
    assert [(a.at, a.cleared_at) for a in read] == [(first, ended), (grown, ended), (again, None)]


def test_two_stations_watching_log_each_alert_once(branch, db_target, open_store, clock):
    """The second station had looked at the log before the first one logged: it decides again under the
    write lock, from the log as it is then."""
    other = open_store(db_target, station="manager", clock=clock)
    assert other.end_surge_alert("A") is False  # its look at the day's log, before anything was logged
    assert branch.record_surge_alert(ALERT, clock()) is True
    assert other.record_surge_alert(ALERT, clock()) is False
    assert other.end_surge_alert("A", clock(5)) is True
    assert branch.end_surge_alert("A", clock()) is False
    assert len(logged(db_target)) == 1 and len(logged(db_target, "surge_clear")) == 1


def test_two_stations_that_both_found_no_alert_standing_log_one_under_the_write_lock(branch, db_target,
                                                                                     open_store, clock):
    """Both look at the log while a third station holds the write lock, find nothing standing, and queue
    for the lock: the second one in finds the first one's event and logs nothing."""
    other = open_store(db_target, station="manager", clock=clock)
    looked = {branch: threading.Event(), other: threading.Event()}
    for station in looked:
        def look(at, station=station, read=station._read_standing):
            standing = read(at)
            looked[station].set()
            return standing
        station._read_standing = look
    answers = []
    with holding_write_lock(db_target):
        threads = [threading.Thread(target=lambda s=s: answers.append(s.record_surge_alert(ALERT, clock())))
                   for s in looked]
        for thread in threads:
            thread.start()
        assert all(event.wait(10) for event in looked.values())  # both looked before anything was logged
    for thread in threads:
        thread.join(20)
    assert sorted(answers) == [False, True]
    assert len(logged(db_target)) == 1


def test_yesterdays_alert_that_never_ended_does_not_hold_back_todays(branch, db_target, clock):
    assert branch.record_surge_alert(ALERT, clock()) is True
    clock.advance(days=1)
    assert branch.record_surge_alert(ALERT, clock()) is True
    assert branch.surge_alerts(branch.today()) == [ALERT]


def test_every_signed_in_role_may_log_but_nobody_signed_out(branch):
    add_staff(branch, "1001", "Wang Fang", Role.TELLER, "135790")
    branch.staff_only = True
    with pytest.raises(NotAllowed):
        branch.record_surge_alert(ALERT)
    branch.sign_in_as("1001", Role.TELLER, counter=1)
    assert branch.record_surge_alert(ALERT) is True


# -- the windows ------------------------------------------------------------------------------------------

@pytest.fixture
def surging(db_path):
    """Twelve A customers, counter 1 (A, B) alone open: the p90 wait 49.5 min against the 20 min target;
    counters 2 and 3 (they serve A) bring it under."""
    store = QueueStore.init(db_path, station="setup")
    add_staff(store, "1001", "Wang Fang", Role.TELLER, "135790")
    add_staff(store, "2001", "Li Na", Role.LOBBY_MANAGER, "246802")
    add_staff(store, "9001", "Zhao Lei", Role.MANAGER, "999999")
    for _ in range(12):
        store.issue_ticket("A")
    store.open_counter(1)
    yield store
    store.close()


def console(qtbot, db_path, counter, staff, dialogs=None):
    window = ConsoleWindow(QueueStore(db_path, station=f"console-{counter}"), counter, poll_ms=20,
                           confirm=lambda question: True,
                           run_dialog=(lambda d: dialogs.append(d) or QDialog.DialogCode.Accepted)
                           if dialogs is not None else None)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.sign_in.number.setText(staff[0])
    window.sign_in.pin.setText(staff[1])
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.desk, timeout=5000)
    return window


def manager(qtbot, db_path):
    window = ManagerWindow(QueueStore(db_path, station="manager"), confirm=lambda question: True)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.sign_in.number.setText("9001")
    window.sign_in.pin.setText("999999")
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.staff is not None, timeout=5000)
    return window


def checked(qtbot, *windows) -> None:
    """Each window's watch looks again now, and its answer is in."""
    for window in windows:
        window.surge_banner.watch.check_now()
    for window in windows:
        qtbot.waitUntil(lambda w=window: not w.worker.polling("surge"), timeout=10_000)


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_the_lobby_managers_console_and_the_manager_show_the_alert_logged_once_until_counters_open(
        qtbot, surging, db_path, lang):
    LanguageSwitcher().set_language(lang)
    lobby = console(qtbot, db_path, 4, ("2001", "246802"))
    office = manager(qtbot, db_path)
    for window in (lobby, office):
        banner = window.surge_banner
        qtbot.waitUntil(banner.isVisible, timeout=10_000)
        assert [label.text() for label in banner.labels if label.isVisible()] == [SENTENCE[lang]]
        assert banner.accessibleName() == SENTENCE[lang]
        assert banner.advice_button.text() == ADVICE[lang] + "  [Ctrl+G]"
        if lang != "en":
            assert english_in(visible_texts(banner)) == []
    checked(qtbot, lobby, office)
    assert logged(db_path) == [{"service": "A", "waiting": 12, "p90_s": 2970, "target_s": 1200,
                                "more_counters": 2}], "three looks by two stations, one alert"
    assert lobby.surge_banner.geometry().bottom() < lobby.desk.mapTo(lobby, lobby.desk.rect().topLeft()).y()

    surging.open_counter(2)
    surging.open_counter(3)
    checked(qtbot, lobby, office)
    assert not lobby.surge_banner.isVisible() and not office.surge_banner.isVisible()
    assert logged(db_path, "surge_clear") == [{"service": "A"}]
    assert len(logged(db_path)) == 1


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_in_a_quarter_of_the_screen_one_line_says_how_many_more(qtbot, surging, db_path, lang):
    from tests.test_console_staff import assert_fits_a_quarter_screen

    LanguageSwitcher().set_language(lang)
    for service in "CDEF":  # nobody serves them: four alerts more
        surging.issue_ticket(service)
    lobby = console(qtbot, db_path, 4, ("2001", "246802"))
    banner = lobby.surge_banner
    qtbot.waitUntil(lambda: len(banner.alerts) == 5, timeout=10_000)
    assert_fits_a_quarter_screen(qtbot, lobby)  # every text readable, nothing over anything else
    [line] = [label for label in banner.labels if label.isVisible()]
    assert line.text() == MORE[lang] + SENTENCE[lang]
    lobby.resize(1500, 900)
    qtbot.waitUntil(lambda: all(label.isVisible() for label in banner.labels), timeout=2000)
    assert banner.labels[0].text() == SENTENCE[lang] and banner.labels[1].text().startswith("C")


def test_ctrl_g_on_the_console_shows_which_counters_to_open(qtbot, surging, db_path):
    dialogs: list[QDialog] = []
    lobby = console(qtbot, db_path, 4, ("2001", "246802"), dialogs)
    qtbot.waitUntil(lobby.surge_banner.isVisible, timeout=10_000)
    qtbot.keyClick(lobby, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    [advice] = dialogs
    assert advice.text().startswith(SENTENCE["en"])
    assert "predicted to wait up to 50 min; the target is 20 min" in advice.text()
    assert "Open counters 2, 3, in that order, calling A first" in advice.text()
    qtbot.mouseClick(lobby.surge_banner.labels[0], Qt.MouseButton.LeftButton)
    assert len(dialogs) == 2, "a click on the line shows the same advice"


def test_a_tellers_console_shows_no_surge(qtbot, surging, db_path):
    teller = console(qtbot, db_path, 1, ("1001", "135790"))
    qtbot.waitUntil(lambda: teller.view is not None and not teller.worker.busy, timeout=5000)
    assert not teller.surge_banner.watch.running and not teller.worker.polling("surge")
    assert not teller.surge_banner.isVisible()
    assert logged(db_path) == []


def test_signing_out_hides_the_banner_and_stops_the_watch(qtbot, surging, db_path):
    lobby = console(qtbot, db_path, 4, ("2001", "246802"))
    qtbot.waitUntil(lobby.surge_banner.isVisible, timeout=10_000)
    lobby.sign_out()
    qtbot.waitUntil(lambda: lobby.pages.currentWidget() is lobby.sign_in, timeout=5000)
    assert not lobby.surge_banner.isVisible() and not lobby.surge_banner.watch.running


class _Voice:
    def speak(self, text, lang, chime=False):
        pass

    def stop(self):
        pass


def test_the_hall_display_shows_a_quiet_line_only_with_on_display(qtbot, surging, db_path):
    store = QueueStore(db_path, station="display")
    window = DisplayWindow()
    qtbot.addWidget(window)
    window.show()
    station = DisplayStation(store, window, _Voice(), poll_ms=20, backup_every_ms=None)
    qtbot.waitUntil(lambda: not station.worker.polling("surge"), timeout=10_000)
    assert not window.surge_note.isVisible(), "on_display = false: the hall is not told"

    surging.configure(surging.branch_toml().replace("on_display = false", "on_display = true"))
    station.surge.check_now()
    qtbot.waitUntil(window.surge_note.isVisible, timeout=10_000)
    assert window.surge_note.text() == SENTENCE["en"]
    LanguageSwitcher().set_language("zh_CN")
    qtbot.waitUntil(lambda: window.surge_note.text() == SENTENCE["zh_CN"], timeout=2000)
    assert logged(db_path) == [], "the display shows; the staff's stations log"
    station.stop()
    store.close()


# -- the rules editor -------------------------------------------------------------------------------------

def test_the_manager_edits_the_surge_and_estimate_rules(qtbot, surging, db_path):
    from tests.test_manager_rules import save, signed_in, stored

    surging.close()
    window, asked = signed_in(qtbot, db_path)
    config, rules = window.config, window.config.rules
    config.tabs.setCurrentWidget(rules.other_page)
    assert rules.numbers[("surge", "target_p90_minutes")].value() == 20
    assert rules.numbers[("estimates", "range_share")].value() == 0.3
    assert not rules.on_display.isChecked() and rules.targets.text() == ""
    assert save(qtbot, window) == "Nothing has changed."

    rules.numbers[("surge", "target_p90_minutes")].setValue(12.5)
    rules.numbers[("surge", "check_seconds")].setValue(30)
    rules.on_display.click()
    qtbot.keyClicks(rules.targets, "A = 15, b = 8")
    rules.numbers[("estimates", "runs")].setValue(60)
    rules.numbers[("estimates", "range_minutes")].setValue(4)
    assert save(qtbot, window).startswith("Saved 7 changes")  # two targets
    branch, data = stored(db_path)
    surge, estimates = branch.surge, branch.estimates
    assert (surge.target_p90_minutes, surge.check_seconds, surge.on_display) == (12.5, 30, True)
    assert dict(surge.targets) == {"A": 15, "B": 8} and surge.target_minutes("C") == 12.5
    assert (estimates.runs, estimates.range_minutes, estimates.range_share) == (60, 4, 0.3)
    assert data["estimates"]["range_minutes"] == 4 and "range_share" in data["estimates"]
    assert config.rules.targets.text() == "A = 15, B = 8"
    assert save(qtbot, window) == "Nothing has changed."

    config.rules.targets.setText("A = 15, Q = 3")
    assert save(qtbot, window) == "surge.targets: unknown service 'Q'"
    assert window.focusWidget() is config.rules.targets
    config.rules.targets.setText("A fifteen")
    assert save(qtbot, window).startswith("surge.targets: 'A fifteen' is not a service and its minutes")
    config.rules.targets.setText("A = 15")
    config.rules.numbers[("surge", "check_seconds")].setValue(5)
    assert save(qtbot, window) == "surge.check_seconds: 5 must be a whole number from 10 to 3600"
    assert window.focusWidget() is config.rules.numbers[("surge", "check_seconds")]
    assert len(asked) == 1 and "surge.target_p90_minutes: 20 -> 12.5" in asked[0]
    assert "surge.targets.B: added 8" in asked[0]

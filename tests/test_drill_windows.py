"""Drills driven end to end through the windows (seeds 000, 004): the manager starts a drill in the Drills
tab, its customers enter the real queue as the FrozenClock moves, consoles call, serve, answer help and open a
love window, the manager ends it with the staff's notes, and the evaluation window and its PDF say what was
met."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager_window import ManagerWindow
from tests import test_visible_text_translated as vt

MANAGER, TELLER, LOBBY = ("9001", "999999"), ("1001", "135790"), ("2001", "246802")
MET_PAPER, MISSED_PAPER = "#dcefd9", "#f8d7da"


@pytest.fixture
def branch(db_path, clock):
    store = QueueStore.init(db_path, station="setup", clock=clock)
    add_staff(store, MANAGER[0], "Zhao Lei", Role.MANAGER, MANAGER[1])
    add_staff(store, TELLER[0], "Wang Fang", Role.TELLER, TELLER[1])
    add_staff(store, LOBBY[0], "Li Na", Role.LOBBY_MANAGER, LOBBY[1])
    yield store
    store.close()


def click(qtbot, button, worker):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not worker.busy, timeout=5000)


def manager(qtbot, db_path):
    window = ManagerWindow(QueueStore(db_path, station="manager"), confirm=lambda question: True)
    qtbot.addWidget(window)
    window.resize(1400, 1000)
    window.show()
    window.sign_in.number.setText(MANAGER[0])
    window.sign_in.pin.setText(MANAGER[1])
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.drills is not None and window.drills.view is not None, timeout=5000)
    window.tabs.setCurrentIndex(window.drills.tab_index())
    assert window.tabs.tabText(window.tabs.currentIndex()) in ("Drills", "演练", "演練")
    panel = window.drills
    panel.runner.timer.setInterval(20)  # the clock moves only when the test moves it; ticks just look
    return window, panel


def console(qtbot, db_path, counter, staff):
    window = ConsoleWindow(QueueStore(db_path, station=f"console-{counter}"), counter, poll_ms=20,
                           confirm=lambda question: True)
    qtbot.addWidget(window)
    window.show()
    window.sign_in.number.setText(staff[0])
    window.sign_in.pin.setText(staff[1])
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.staff is not None and not window.worker.busy, timeout=5000)
    return window


def act(qtbot, window, action, *args):
    action(*args)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=5000)


def fed(qtbot, panel, clock):
    """Wait for the runner's next tick to have issued every customer due by the clock."""
    due = sum(a.at <= clock.now() for a in panel.runner.arrivals)
    qtbot.waitUntil(lambda: panel.progress is not None and panel.progress.issued == due, timeout=5000)
    return due


def end_with_notes(qtbot, panel, summary, improve, look=lambda dialog: None):
    def fill(dialog):
        # the seed's words for the two boxes: 总结 (summary) and 完善预案 (what to improve in the plan)
        assert any(word in dialog.notes.summary_label.text() for word in ("总结", "總結"))
        assert any(word in dialog.notes.improve_label.text() for word in ("完善预案", "完善預案"))
        look(dialog)
        dialog.notes.summary.setPlainText(summary)
        dialog.notes.improve.setPlainText(improve)
        return QDialog.DialogCode.Accepted

    panel.run_dialog = fill
    click(qtbot, panel.end_button, panel.worker)
    qtbot.waitUntil(lambda: panel.view.running is None and bool(panel.reviews), timeout=5000)
    review = panel.reviews[-1]
    qtbot.waitUntil(lambda: review.review is not None, timeout=5000)
    return review


def checks(review):
    """The evaluation's judged lines as shown: (who, check, result, target, verdict, verdict's paper)."""
    table = review.checks
    return [tuple(table.item(r, c).text() for c in range(5)) + (table.item(r, 4).background().color().name(),)
            for r in range(table.rowCount())]


def save_pdf(qtbot, review, out):
    review.choose_path = lambda title, suggested: str(out)
    qtbot.mouseClick(review.pdf_button, Qt.MouseButton.LeftButton)
    assert review.busy() and not review.pdf_button.isEnabled() and not review.progress.isHidden(), \
        "written off the GUI thread, the window says so meanwhile"
    qtbot.waitUntil(lambda: review.saved_pdf is not None, timeout=20_000)
    assert review.progress.isHidden() and review.pdf_button.isEnabled()
    return out


def choose(combo, code):
    """A dialog's choice made, as a person would, and the dialog accepted."""
    combo.setCurrentIndex(combo.findData(code))
    return QDialog.DialogCode.Accepted


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def record_alert(store, at, service, waiting, more):
    """A surge alert as the surge watch logs it (kiosk.store events, action "surge_alert")."""
    with store.conn.errors(), store.conn.write():
        store._event(at, "surge_alert", None, None, {"service": service, "waiting": waiting, "p90_s": 1500.0,
                                                     "target_s": 1200.0, "more_counters": more})


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils reads the PDF back")
def test_a_surge_drill_from_start_to_its_evaluation(qtbot, branch, db_path, clock, tmp_path):
    window, panel = manager(qtbot, db_path)
    editor = panel.editor
    assert panel.chosen_kind() == "surge" and editor.currentIndex() == 0
    editor.rate.setValue(120)
    editor.minutes.setValue(10)
    editor.seed.setValue(3)
    mix = editor.service_mix
    for row, code in enumerate(mix.codes):
        mix.cellWidget(row, 1).setValue(100 if code == "A" else 0)
    started = clock.now()
    click(qtbot, panel.start_button, panel.worker)
    qtbot.waitUntil(lambda: panel.progress is not None, timeout=5000)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Drills (running)"
    assert not panel.start_button.isEnabled() and panel.end_button.isEnabled()
    arrivals = panel.runner.arrivals
    # 120 an hour for 10 minutes: about 20 (Poisson: within three standard deviations), all for service A
    assert abs(len(arrivals) - 20) <= 13 and {a.service for a in arrivals} == {"A"}
    assert all(started < a.at <= started + timedelta(minutes=10) for a in arrivals)

    teller = console(qtbot, db_path, 1, TELLER)
    act(qtbot, teller, teller.open_counter)
    lobby = console(qtbot, db_path, 3, LOBBY)  # counter 3 stays closed until the alert
    served_first = None
    for minute in range(1, 11):
        clock.advance(minutes=1)
        due = fed(qtbot, panel, clock)
        issued = [branch.ticket(f"A{9000 + n}") for n in range(1, due + 1)]
        assert [t.issued_at for t in issued] == [a.at for a in arrivals[:due]], "each at its own time"
        assert all(t.drill_id == panel.view.running.id for t in issued)
        if teller.view.current is not None:  # served within the minute
            act(qtbot, teller, teller.finish)
        act(qtbot, teller, teller.call_next)
        if teller.view.current is not None:
            served_first = served_first or teller.ticket.text()
            act(qtbot, teller, teller.start)
        if minute == 3:
            record_alert(branch, clock.now(), "A", 6, 1)
        if minute == 5:
            act(qtbot, lobby, lobby.open_counter)  # two minutes after the alert
    assert re.search(r"\bA90\d\d\b", served_first), "the teller called drill tickets from the real queue"
    assert panel.progress.issued == len(arrivals) and panel.progress.alerts == 1
    assert "All customers have come" in panel.live.text()

    review = end_with_notes(qtbot, panel, "分流及时，加开窗口两分钟到位", "大堂经理提前预判客流")
    assert panel.view.running is None and not panel.live.isVisible()
    assert panel.past.item(0, 0).text() == str(review.drill_id) and panel.past.item(0, 4).text() == "written"
    lines = checks(review)
    wait_line, alert_line = lines[0], lines[1]
    waits = review.review.waits
    assert wait_line[:4] == ("All drill tickets", "Waiting time, 90th percentile", f"{waits.p90 / 60:.1f}",
                             "≤ 20 min")
    assert wait_line[4:] == ("met", MET_PAPER)
    assert alert_line[0].startswith("Alert ") and "6 waiting, open 1 more" in alert_line[0]
    assert alert_line[1:] == ("Counter opened for A after the alert", "2 min", "≤ 10 min", "met", MET_PAPER)
    tickets = [review.tickets.item(0, c).text() for c in range(6)]
    assert tickets[:2] == [str(len(arrivals))] * 2
    assert review.notes.summary.toPlainText() == "分流及时，加开窗口两分钟到位"

    text = pdf_text(save_pdf(qtbot, review, tmp_path / "surge.pdf"))
    for words in ("DRILL", "Drill evaluation", "Customer-surge drill", "Waiting time, 90th percentile",
                  "Counter opened for A after the alert", "met", "分流及时，加开窗口两分钟到位",
                  "大堂经理提前预判客流"):
        assert words in text, words
    for station in (teller, lobby):
        station.timer.stop()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils reads the PDF back")
def test_a_special_group_drill_judges_each_customer(qtbot, branch, db_path, clock, tmp_path):
    window, panel = manager(qtbot, db_path)
    panel.kind.setCurrentIndex(1)
    editor = panel.editor
    assert editor.currentIndex() == 1 and editor.script.rowCount() == 4
    assert [editor.script.cellWidget(r, 0).currentText() for r in range(4)] == [
        "Wheelchair user", "Hearing-impaired customer", "Elderly customer feeling unwell",
        "Customer needing the green channel"]
    editor.every.setValue(30)
    started = clock.now()
    click(qtbot, panel.start_button, panel.worker)
    qtbot.waitUntil(lambda: panel.progress is not None and panel.progress.issued == 1, timeout=5000)
    teller = console(qtbot, db_path, 1, TELLER)
    act(qtbot, teller, teller.open_counter)
    lobby = console(qtbot, db_path, 3, LOBBY)
    for _ in range(3):
        clock.advance(seconds=30)
        fed(qtbot, panel, clock)
    labels = ["A9001", "A9002", "B9001", "A9003"]  # wheelchair, hearing, unwell elderly, green channel
    assert [branch.ticket(label).priority for label in labels] == ["disability", "disability", "elderly",
                                                                  "green_channel"]
    assert branch.ticket("A9001").needs == ("wheelchair",)
    qtbot.waitUntil(lambda: lobby.help_list.count() == 2, timeout=5000)  # wheelchair, unwell elderly

    def answer(label):
        row = next(i for i in range(lobby.help_list.count()) if label in lobby.help_list.item(i).text())
        lobby.help_list.setCurrentRow(row)
        click(qtbot, lobby.help_ack, lobby.worker)

    clock.set(started + timedelta(seconds=100))
    answer("A9001")  # 100 s after asking: within 120 s
    clock.set(started + timedelta(minutes=2))
    click(qtbot, lobby.love, lobby.worker)  # a love window 2 min after the first special customer
    clock.set(started + timedelta(minutes=4))
    answer("B9001")  # asked at 1:00, answered at 4:00: 180 s, missed on purpose

    # The teller serves them in the policy's order; the green-channel customer's assistance is not logged
    given = {"A9001": "wheelchair", "A9002": "sign_language", "B9001": "medical_kit", "A9003": None}
    for _ in given:
        clock.advance(minutes=1)
        act(qtbot, teller, teller.call_next)
        kind = given[teller.ticket.text().split()[-1]]
        act(qtbot, teller, teller.start)
        if kind is not None:
            teller.run_dialog = lambda dialog, kind=kind: choose(dialog.kind, kind)
            act(qtbot, teller, teller.assist)
        act(qtbot, teller, teller.finish)

    review = end_with_notes(qtbot, panel, "轮椅客户协助到位", "呼叫求助须两分钟内响应；绿色通道须登记协助")
    got = {(line[0], line[1]): line[2:] for line in checks(review)}
    assert got[("A9001 · Wheelchair user", "Help request answered")] == ("100 s", "≤ 120 s", "met", MET_PAPER)
    assert got[("A9001 · Wheelchair user", "Assistance logged")] == ("wheelchair", "logged", "met", MET_PAPER)
    assert got[("A9002 · Hearing-impaired customer", "Assistance logged")][2] == "met"
    assert got[("B9001 · Elderly customer feeling unwell", "Help request answered")] == (
        "180 s", "≤ 120 s", "missed", MISSED_PAPER)
    assert got[("B9001 · Elderly customer feeling unwell", "Assistance logged")][0] == "medical kit"
    assert got[("A9003 · Customer needing the green channel", "Assistance logged")] == (
        "none logged", "logged", "missed", MISSED_PAPER)
    assert got[("Branch", "Love window open after the first special customer")] == (
        "2 min", "≤ 5 min", "met", MET_PAPER)
    assert review.checks_label.text() == "What was judged · 6 met, 2 missed"

    switcher = LanguageSwitcher()
    switcher.set_language("zh_CN")  # the staff's language: the window and the PDF follow it
    try:
        qtbot.waitUntil(lambda: review.mark.text() == "演练", timeout=5000)  # the change is posted
        assert checks(review)[-1][:5] == ("网点", "首位特殊客户到达后开启爱心窗口", "2 分钟", "≤ 5 分钟",
                                          "达标")
        text = pdf_text(save_pdf(qtbot, review, tmp_path / "special-zh_CN.pdf"))
    finally:
        switcher.set_language("en")
    for words in ("演练评估报告", "演练", "特殊群体服务应急演练", "轮椅客户", "未达标", "达标",
                  "呼叫求助须两分钟内响应"):
        assert words in text, words
    for station in (teller, lobby):
        station.timer.stop()


def test_notes_are_edited_afterwards_and_a_running_drill_resumes_after_sign_in(qtbot, branch, db_path, clock):
    window, panel = manager(qtbot, db_path)
    panel.editor.rate.setValue(600)
    click(qtbot, panel.start_button, panel.worker)
    qtbot.waitUntil(lambda: panel.progress is not None, timeout=5000)
    clock.advance(minutes=1)
    before = fed(qtbot, panel, clock)
    window.sign_out()  # asked first (confirmed here): nobody feeds the drill until a manager is back
    assert window.drills is None
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=5000)
    clock.advance(minutes=3)
    assert branch.drill_progress(1).issued == before, "no customers while nobody is signed in"
    window.sign_in.number.setText(MANAGER[0])
    window.sign_in.pin.setText(MANAGER[1])
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.drills is not None and window.drills.progress is not None, timeout=5000)
    panel = window.drills
    panel.runner.timer.setInterval(20)
    due = fed(qtbot, panel, clock)
    assert due > before
    now, arrivals = clock.now(), panel.runner.arrivals[before:due]
    issued = [at for (at,) in branch.db.execute("SELECT issued_at FROM tickets WHERE drill_id = 1 "
                                                "ORDER BY id")]
    expected = [(a.at if now - a.at <= timedelta(seconds=60) else now).timestamp() for a in arrivals]
    assert issued[before:] == pytest.approx(expected)
    assert any(at == now.timestamp() for at in issued[before:]), \
        "customers due while nobody fed the drill come now, not at a time already past"
    waiting = panel.progress.waiting
    assert waiting > 0  # nobody served them
    review = end_with_notes(qtbot, panel, "first words", "")  # the dialog cancels those still waiting
    assert branch.drill_progress(review.drill_id).waiting == 0 and review.review.cancelled == waiting
    assert branch.status().waiting_total == 0, "no drill customer is left in the real queue after the drill"
    review.notes.improve.setPlainText("更早开窗")
    click(qtbot, review.save_notes_button, review.worker)
    assert review.message.text() == "The notes are saved."
    assert branch.drill(review.drill_id).notes == "first words\n\n[完善预案 / What to improve]\n更早开窗"



@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_the_drills_tab_and_the_evaluation_are_in_chinese(qtbot, branch, db_path, clock, lang):
    switcher = LanguageSwitcher()
    switcher.set_language(lang)
    try:
        window, panel = manager(qtbot, db_path)
        seen = {}
        for kind in (0, 1):  # the surge's plan, then the special-group script
            panel.kind.setCurrentIndex(kind)
            seen.update({f"plan {kind} / {k}": v for k, v in vt.visible_texts(panel).items()})
        click(qtbot, panel.start_button, panel.worker)
        qtbot.waitUntil(lambda: panel.progress is not None and panel.progress.issued >= 1, timeout=5000)
        seen.update({f"running / {k}": v for k, v in vt.visible_texts(panel).items()})
        review = end_with_notes(qtbot, panel, "", "", look=lambda dialog: seen.update(
            {f"end / {k}": v for k, v in vt.visible_texts(dialog).items()}))
        seen.update({f"evaluation / {k}": v for k, v in vt.visible_texts(review).items()})
        for t, table in enumerate((panel.past, review.tickets, review.waits, review.checks)):
            for r in range(table.rowCount()):
                for c in range(table.columnCount()):
                    seen[f"table {t} {r},{c}"] = table.item(r, c).text()
            for c in range(table.columnCount()):
                seen[f"table {t} header {c}"] = table.horizontalHeaderItem(c).text()
        # the file type (Chinese says PDF too) and the branch's name as configured
        shown = {k: v.replace("PDF", "").replace(branch.branch.name, "") for k, v in seen.items()}
        assert vt.english_in(shown) == [], "\n".join(vt.english_in(shown))
    finally:
        switcher.set_language("en")

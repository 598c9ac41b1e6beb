"""Screenshots of the manager's drills: the Drills tab (a special-group script, then a surge drill running),
the evaluation window and its PDF's first page, from a real X screen (run under xvfb-run).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/manager_drill_screenshots.py docs/ [LANG]
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from _xvfb import grab, settle, settle_until
from PySide6.QtWidgets import QApplication

from kiosk.core.clock import FrozenClock
from kiosk.core.drill_plan import DrillPlan
from kiosk.core.drill_review import DrillNotes
from kiosk.core.models import CounterMode
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.care import answer_help, record_assistance
from kiosk.store.staff import add_staff
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager_window import ManagerWindow

SHANGHAI = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 12, 2, 9, 30, tzinfo=SHANGHAI)  # the special-group drill, before opening time
SIZE = (1600, 1000)


def held_special_drill(store: QueueStore, clock: FrozenClock) -> int:
    """A special-group drill as the staff played it: help for the wheelchair user in 50 s, for the unwell
    elderly customer in 3 min (missed), a love window after 2 min, the green-channel customer's assistance
    not logged (missed)."""
    rules = store.branch.drills
    plan = DrillPlan("special", rules)
    drill = store.start_drill("special", plan.to_json(), at=START)
    tickets = {}
    for arrival in plan.arrivals(START):
        ticket = store.issue_drill_ticket(arrival.service, arrival.priority, needs=arrival.needs,
                                          at=arrival.at).ticket
        tickets[arrival.role] = ticket
        if arrival.help:
            store.request_help("call_staff", ticket.id, at=arrival.at)
    requests = {r["ticket_id"]: r["id"] for r in store.open_help_requests()}
    answer_help(store, requests[tickets["wheelchair"].id], resolve=True, at=START + timedelta(seconds=50))
    store.open_counter(3, mode=CounterMode.LOVE, at=START + timedelta(minutes=2))
    answer_help(store, requests[tickets["unwell_elderly"].id], resolve=True, at=START + timedelta(minutes=5))
    store.open_counter(1, at=START + timedelta(minutes=3))
    given = {"wheelchair": "wheelchair", "hearing": "sign_language", "unwell_elderly": "medical_kit"}
    for minute in range(4, 8):
        clock.set(START + timedelta(minutes=minute))
        choice = store.call_next(1)
        role = next(r for r, t in tickets.items() if t.id == choice.ticket.id)
        store.start(1)
        if role in given:
            record_assistance(store, given[role], choice.ticket.id, 1)
        clock.advance(minutes=0.5)
        store.finish(1)
    store.close_counter(3, at=START + timedelta(minutes=9))
    notes = DrillNotes("轮椅客户引导及时，爱心窗口两分钟内开启。",
                       "身体不适客户的求助三分钟才响应：大堂经理须随身带对讲机；绿色通道客户办结后须登记协助。")
    store.end_drill(notes.text, at=START + timedelta(minutes=10))
    return drill.id


def main(out: Path, lang: str) -> None:
    app = QApplication(sys.argv[:1])
    clock = FrozenClock(START)
    db = Path(tempfile.mkdtemp()) / "branch.db"
    setup = QueueStore.init(db, station="setup", clock=clock)
    add_staff(setup, "9001", "陈杰", Role.MANAGER, "135790")
    special = held_special_drill(setup, clock)
    clock.set(START + timedelta(minutes=40))
    LanguageSwitcher().set_language(lang)
    window = ManagerWindow(QueueStore(db, station="manager", clock=clock), confirm=lambda question: True)
    window.resize(*SIZE)
    window.move(0, 0)
    window.show()
    window.sign_in.number.setText("9001")
    window.sign_in.pin.setText("135790")
    window.sign_in.submit()
    settle_until(lambda: window.drills is not None and window.drills.view is not None
                 and not window.worker.busy)
    panel = window.drills
    window.tabs.setCurrentIndex(panel.tab_index())
    panel.kind.setCurrentIndex(1)  # the special-group drill's script
    settle(400)
    grab(out / f"manager-drills-{lang}.png", *SIZE)

    panel.kind.setCurrentIndex(0)
    panel.editor.rate.setValue(90)
    panel.editor.minutes.setValue(20)
    panel.start()
    settle_until(lambda: panel.progress is not None)
    clock.advance(minutes=7)
    settle_until(lambda: panel.progress.issued == sum(a.at <= clock.now() for a in panel.runner.arrivals))
    settle(400)
    grab(out / f"manager-drills-running-{lang}.png", *SIZE)

    review = panel.open_review(panel.view.drills[-1])  # the special-group drill, the oldest
    assert review.drill_id == special
    review.resize(1200, 900)
    review.move(0, 0)
    settle_until(lambda: review.review is not None)
    settle(400)
    grab(out / f"drill-review-window-{lang}.png", 1200, 900)
    pdf = Path(tempfile.mkdtemp()) / f"drill-{lang}.pdf"
    review.choose_path = lambda title, suggested: str(pdf)
    review.save_pdf()
    settle_until(lambda: review.saved_pdf is not None)
    page = out / f"drill-evaluation-{lang}"
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", str(pdf), str(page)], check=True)
    window.close()
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"), sys.argv[2] if len(sys.argv) > 2 else "en")

"""Screenshots of the complaint window at the console, from a real X screen (run under xvfb-run):

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/complaints_screenshot.py docs/ [LANG]

docs/complaints-LANG.png: the teller's desk with its overdue alert and, over it, the complaint window
(Ctrl+K) with the desk's ticket filled in, a matter being typed, and the register: one complaint past its
promised reply (red), one in progress with its steps shown (one resolved on the spot is closed: not listed).
docs/complaints-manager-LANG.png: the manager's Complaints tab, all complaints listed, the replied one chosen.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from _xvfb import grab, settle, settle_until
from PySide6.QtWidgets import QApplication

from kiosk.core.clock import FrozenClock
from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager_window import ManagerWindow

MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
TEXTS = {  # lang -> matters, notes (what staff there would type)
    "zh_CN": ("等候四十分钟无人解释，柜台只开了一个", "已联系现金组了解当天排班", "自助机吞卡，要求当天取回",
              "填单台没有笔", "已补放签字笔", "对理财产品收费有疑问"),
    "zh_TW": ("等候四十分鐘無人解釋，櫃檯只開了一個", "已聯絡現金組了解當天排班", "自助機吞卡，要求當天取回",
              "填單台沒有筆", "已補放簽字筆", "對理財產品收費有疑問"),
    "en": ("Waited 40 minutes without a word; one counter open", "Asked the cash team about the rota",
           "The ATM kept my card; wants it back today", "No pen at the form desk", "A pen was put back",
           "Questions the fee on a wealth product"),
}

REPLY = {"zh_CN": "已电话答复客户：当天柜台人手不足，已致歉",
         "zh_TW": "已電話答覆客戶：當天櫃檯人手不足，已致歉",
         "en": "Called her back: the counter was short-staffed; apologised"}


def main(out: Path, lang: str) -> None:
    app = QApplication(sys.argv[:1])
    clock = FrozenClock(MONDAY)
    db = Path(tempfile.mkdtemp()) / "branch.db"
    store = QueueStore.init(db, station="setup", clock=clock)
    add_staff(store, "1001", "王芳", Role.TELLER, "135790")
    add_staff(store, "2001", "李娜", Role.LOBBY_MANAGER, "246802")
    add_staff(store, "9001", "赵磊", Role.MANAGER, "999999")
    late, note, card, pen, pen_note, fee = TEXTS[lang]
    store.sign_in_as("2001", Role.LOBBY_MANAGER)
    store.add_complaint("phone", card, at=MONDAY - timedelta(days=4, hours=-5))  # Thursday: overdue now
    store.sign_in_as("1001", Role.TELLER, 1)
    for service in "AABA":
        store.issue_ticket(service, at=clock.advance(minutes=3))
    store.open_counter(1, at=clock.advance(minutes=1))
    store.call_next(1, at=clock.advance(minutes=40))
    first = store.add_complaint("counter", late, ticket="A001", at=clock.advance(minutes=1))
    store.complaint_step(first.id, "in_progress", note, at=clock.advance(minutes=20))
    store.add_complaint("counter", pen, on_the_spot=pen_note, at=clock.advance(minutes=5))
    store.sign_out()
    clock.advance(minutes=10)

    LanguageSwitcher().set_language(lang)
    window = ConsoleWindow(QueueStore(db, station="console-1", clock=clock), 1)
    window.resize(1280, 900)
    window.move(0, 0)
    window.show()
    window.sign_in.number.setText("1001")
    window.sign_in.pin.setText("135790")
    window.sign_in.submit()
    settle_until(lambda: window.staff is not None and not window.worker.busy
                 and window.complaint_strip.alert.isVisible())
    window.complaint_strip.button.click()
    dialog = window.complaint_strip.dialog
    panel = dialog.panel
    settle_until(lambda: panel.register is not None)
    dialog.move(270, 60)
    dialog.resize(1000, 820)
    panel.matter.setPlainText(fee)
    panel.table.selectRow(0)  # the one in progress: its steps with who and when; the overdue one in red
    settle(500)
    grab(out / f"complaints-{lang}.png", 1280, 900)
    dialog.close()
    window.close()
    app.processEvents()

    store.sign_in_as("2001", Role.LOBBY_MANAGER)
    store.complaint_step(first.id, "replied", REPLY[lang], at=clock.advance(minutes=30))
    store.sign_out()
    office = ManagerWindow(QueueStore(db, station="manager", clock=clock))
    office.resize(1280, 800)
    office.move(0, 0)
    office.show()
    office.sign_in.number.setText("9001")
    office.sign_in.pin.setText("999999")
    office.sign_in.submit()
    settle_until(lambda: office.complaints is not None and not office.worker.busy)
    panel = office.complaints
    office.tabs.setCurrentIndex(office.tabs.count() - 1)
    panel.open_only.setChecked(False)
    settle_until(lambda: panel.register is not None and len(panel.register.complaints) == 3)
    panel.table.selectRow(1)
    settle(500)
    grab(out / f"complaints-manager-{lang}.png", 1280, 800)
    office.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"), sys.argv[2] if len(sys.argv) > 2 else "en")

"""Screenshots of the home-visit register: the manager station's tab and the console's desk with its overdue
line, from a real X screen (run under xvfb-run).

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/home_visit_screenshots.py docs/ [LANG]
"""
from __future__ import annotations

import sys
import tempfile
from datetime import datetime
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

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 2, 10, 30, tzinfo=SHANGHAI)  # a Wednesday


def at(month: int, day: int, hour: int) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=SHANGHAI)


def fill(store: QueueStore) -> None:
    """A register with a visit in every state, one of them overdue."""
    for number, name, role in (("1001", "王芳", Role.TELLER), ("1002", "赵磊", Role.TELLER),
                               ("2001", "李娜", Role.LOBBY_MANAGER), ("9001", "陈杰", Role.MANAGER)):
        add_staff(store, number, name, role, "135790")
    store.sign_in_as("2001", Role.LOBBY_MANAGER)
    done = store.request_home_visit("B", "术后卧床，无法到网点", "agent", "139 1234 5678 赵先生（儿子）",
                                    "梅园路 12 号 3 单元 501", at=at(11, 23, 9))
    store.approve_home_visit(done.id, at=at(11, 23, 10))
    store.assign_home_visit(done.id, "1001", "1002", at=at(11, 23, 10))
    store.log_home_visit_call(done.id, "客户下午两点在家", at=at(11, 24, 13))
    store.finish_home_visit(done.id, "已上门办理借记卡启用，客户签字确认", at=at(11, 24, 15))
    late = store.request_home_visit("E", "行动不便，需办理挂失", "customer", "138 0000 1111",
                                    "和平街 8 号", at=at(11, 27, 11))
    store.approve_home_visit(late.id, at=at(11, 27, 14))
    assigned = store.request_home_visit("B", "视力障碍，需重置密码", "customer", "137 2222 3333",
                                        "新华路 66 号", at=at(12, 1, 9))
    store.approve_home_visit(assigned.id, at=at(12, 1, 10))
    store.assign_home_visit(assigned.id, "1001", "2001", at=at(12, 1, 10))
    store.request_home_visit("A", "高龄老人，卧病在床", "agent", "136 4444 5555 王女士", "", at=at(12, 2, 9))
    refused = store.request_home_visit("A", "想在家取现金", "customer", "135 6666 7777", "", at=at(11, 30, 9))
    store.refuse_home_visit(refused.id, "可由家人持授权书到网点代办", at=at(11, 30, 10))
    store.sign_out()


def main(out: Path, lang: str) -> None:
    app = QApplication(sys.argv[:1])
    clock = FrozenClock(NOW)
    db = Path(tempfile.mkdtemp()) / "branch.db"
    fill(QueueStore.init(db, clock=clock))
    LanguageSwitcher().set_language(lang)
    window = ManagerWindow(QueueStore(db, station="manager", clock=clock))
    window.resize(1600, 900)
    window.move(0, 0)
    window.show()
    window.sign_in.number.setText("9001")
    window.sign_in.pin.setText("135790")
    window.sign_in.submit()
    settle_until(lambda: window.home_visits is not None and window.home_visits.register is not None
                 and not window.worker.busy)
    window.tabs.setCurrentIndex(4)  # after Reports, Configuration, Staff and Bookings
    window.home_visits.select(3)  # the overdue one shows its red unselected
    settle(400)
    grab(out / f"home-visits-{lang}.png", 1600, 900)
    window.close()
    console = ConsoleWindow(QueueStore(db, station="console-1", clock=clock), 1)
    console.resize(950, 500)  # a quarter of a 1920x1080 screen, as `kiosk demo` tiles it
    console.move(0, 0)
    console.show()
    console.sign_in.number.setText("1001")
    console.sign_in.pin.setText("135790")
    console.sign_in.submit()
    settle_until(lambda: console.staff is not None and console.home_visits.count and not console.worker.busy)
    settle(400)
    grab(out / f"home-visits-console-{lang}.png", 950, 500)
    console.close()
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"), sys.argv[2] if len(sys.argv) > 2 else "en")

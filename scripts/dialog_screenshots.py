"""Screenshots of two dialogs in Chinese, from a real X screen (run under xvfb-run): the console's sign-out
question and the manager's export file dialog, whose buttons and labels come from Qt's own translation.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/dialog_screenshots.py docs/ [LANG]
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _xvfb import grab, settle, settle_until
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.core.staff import Role
from kiosk.store import QueueStore
from kiosk.store.staff import add_staff
from kiosk.ui.console_window import ConsoleWindow
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager_window import ManagerWindow


def shoot_modal(path: Path) -> None:
    """When the next modal dialog is up: grab it from the screen (top left, over its window); close it."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, look)
            return
        dialog.move(0, 0)
        settle(400)
        grab(path, dialog.width(), dialog.height())
        dialog.reject()
    QTimer.singleShot(50, look)


def main(out: Path, lang: str) -> None:
    app = QApplication(sys.argv[:1])  # noqa: F841 - the windows need it alive
    LanguageSwitcher().set_language(lang)
    folder = Path(tempfile.mkdtemp())
    store = QueueStore.init(folder / "branch.db", station="setup")
    add_staff(store, "1001", "王芳", Role.TELLER, "135790")
    add_staff(store, "9001", "赵磊", Role.MANAGER, "999999")
    for name in ("queue-2026-11-01-2026-11-30.xlsx", "queue-2026-11-20.csv", "queue-2026-11-20.pdf"):
        (folder / name).write_text("")

    console = ConsoleWindow(QueueStore(folder / "branch.db", station="console-1"), 1)
    console.resize(900, 560)
    console.show()
    console.sign_in.number.setText("1001")
    console.sign_in.pin.setText("135790")
    console.sign_in.submit()
    settle_until(lambda: console.staff is not None and not console.worker.busy)
    console.open_counter()
    settle_until(lambda: not console.worker.busy)
    shoot_modal(out / f"dialog-sign-out-{lang}.png")
    console.sign_out()  # the question; closed unanswered, so the teller stays signed in
    console.hide()

    manager = ManagerWindow(QueueStore(folder / "branch.db", station="manager"))
    manager.resize(1100, 700)
    manager.show()
    manager.sign_in.number.setText("9001")
    manager.sign_in.pin.setText("999999")
    manager.sign_in.submit()
    settle_until(lambda: manager.reports is not None)
    shoot_modal(out / f"dialog-export-file-{lang}.png")
    manager.reports.choose_path("CSV", str(folder / "queue-2026-11-23.csv"))


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"), sys.argv[2] if len(sys.argv) > 2 else "zh_CN")

"""Defects found in the second reading of issue 13, each pinned by what staff would notice."""
from __future__ import annotations

from tests.test_home_visit_panel import Dialogs, branch, open_console  # noqa: F401 (fixture)


def test_the_home_visit_register_closes_when_the_console_session_ends(qtbot, branch, db_target,  # noqa: F811
                                                                      clock, open_store):
    """Signed out (or locked out) with the register open: it goes, so the next person at the desk sees no
    customer's address and phone, and no approval buttons of the lobby manager who left."""
    dialogs = Dialogs()
    window = open_console(qtbot, db_target, clock, open_store, "2001", dialogs)
    window.open_home_visits()
    register = dialogs.register
    qtbot.addWidget(register)
    qtbot.waitUntil(lambda: register.panel.register is not None and not window.worker.busy, timeout=5000)
    assert register.isVisible()
    window._end_session()
    qtbot.waitUntil(lambda: not register.isVisible(), timeout=3000)
    assert window.pages.currentWidget() is window.sign_in
    assert not register.panel.timer.isActive()

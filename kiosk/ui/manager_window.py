"""The manager station: a manager signs in, then reports and exports, configuration, staff and backups."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.adapters.vocabulary import name_of
from kiosk.core.errors import QueueError
from kiosk.core.staff import Role
from kiosk.station.connection_watch import ConnectionWatch
from kiosk.station.manager_office import Office, open_office
from kiosk.station.store_worker import StoreWorker
from kiosk.store import QueueStore
from kiosk.store.staff import Staff
from kiosk.ui.complaint_panel import ComplaintsPanel
from kiosk.ui.connection_banner import ConnectionBanner
from kiosk.ui.damage_banner import watched_pages
from kiosk.ui.home_visit_panel import HomeVisitPanel
from kiosk.ui.manager_bookings import BookingsPanel
from kiosk.ui.manager_config import ConfigEditor
from kiosk.ui.manager_drills import DrillsPanel
from kiosk.ui.manager_reports import ReportsPanel
from kiosk.ui.manager_staff import StaffPanel
from kiosk.ui.refusals import explain
from kiosk.ui.sign_in import SignInPage
from kiosk.ui.surge_banner import SurgeBanner
from kiosk.ui.widgets import WorkingLabel

STYLE = """
QWidget { font-size: 16px; }
QLabel#error, QLabel#status[error="true"] { color: #8B0000; font-weight: bold; }
QLabel#working { font-weight: bold; }
QLabel#figure { font-size: 28px; font-weight: bold; }
QPushButton { min-height: 36px; padding: 4px 12px; }
QPushButton:focus { border: 3px solid #D94F00; }
"""


def _scrolling(panel: QWidget) -> QScrollArea:
    """A tab's panel, scrolled up and down where the window is too low for all of it (a quarter screen)."""
    area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
    area.setWidget(panel)
    return area


class ManagerWindow(QWidget):
    """Only the manager role may sign in here; the store checks each change again. Every store call of the
    window and its panels runs on the window's StoreWorker: the window says it is working and refuses a
    second press meanwhile. While the branch database is out of reach a banner says so over both pages;
    the panels keep what they show and are read again once it answers."""

    def __init__(self, store: QueueStore, confirm: Callable[[str], bool] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(STYLE)
        self.store, self.confirm = store, confirm
        store.staff_only = True  # the store refuses every staff action until someone signs in
        self.staff: Staff | None = None
        self.worker = StoreWorker(store, self)  # every store call of the window and its panels
        self.connection = ConnectionWatch(self.worker, self)
        self.office_view: Office | None = None  # the branch as read at sign-in
        self.sign_in = SignInPage(self.worker, roles=frozenset({Role.MANAGER}))
        self.sign_in.signed_in.connect(self._signed_in)
        self.header = QLabel(wordWrap=True)
        self.working = WorkingLabel(self.worker)
        self.sign_out_button = QPushButton()
        self.sign_out_button.clicked.connect(self.sign_out)
        QShortcut(QKeySequence("Ctrl+Q"), self).activated.connect(self.sign_out_button.click)
        self.tabs = QTabWidget()
        self.office = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.working)
        top.addWidget(self.sign_out_button)
        office = QVBoxLayout(self.office)
        office.setContentsMargins(6, 6, 6, 6)  # small: the panels need the room in a quarter of a screen
        office.addLayout(top)
        office.addWidget(self.tabs)
        self.pages, self.health, self.damage_banner = watched_pages(self, store, self.sign_in, self.office)
        self.connection_banner = ConnectionBanner()
        self.layout().insertWidget(1, self.connection_banner)  # under the damage banner, over both pages
        self.connection.lost_changed.connect(self._connection_changed)
        self.surge_banner = SurgeBanner(self.worker, self.connection)
        self.layout().insertWidget(2, self.surge_banner)
        self.reports: ReportsPanel | None = None
        self.config: ConfigEditor | None = None
        self.staff_panel: StaffPanel | None = None
        self.complaints: ComplaintsPanel | None = None
        self.home_visits: HomeVisitPanel | None = None
        self.bookings: BookingsPanel | None = None
        self.drills: DrillsPanel | None = None
        self.retranslate()

    def _signed_in(self, staff: Staff) -> None:
        self.worker.run(open_office, done=lambda office: self._open_office(staff, office),
                        failed=self._not_opened)

    def _not_opened(self, exc: QueueError) -> None:
        self.worker.run(lambda store: store.sign_out())
        self.sign_in.reset(explain(exc))

    def _open_office(self, staff: Staff, office: Office) -> None:
        # The panels are built per sign-in, so nothing of one manager's session shows in the next; they read
        # what they show on the worker, right after this answer.
        self.staff, self.office_view = staff, office
        self.reports = ReportsPanel(self.worker, office.today, confirm=self.confirm)
        self.config = ConfigEditor(self.worker, confirm=self.confirm, working=self.working)
        self.staff_panel = StaffPanel(self.worker, confirm=self.confirm, working=self.working)
        self.bookings = BookingsPanel(self.worker, office.today, confirm=self.confirm, working=self.working)
        self.home_visits = HomeVisitPanel(self.worker, staff.role, confirm=self.confirm)
        self.home_visits.overdue_changed.connect(self.retranslate)  # the tab says how many are overdue
        self.complaints = ComplaintsPanel(self.worker, confirm=self.confirm, working=self.working,
                                          channel="phone")
        self.drills = DrillsPanel(self.worker, confirm=self.confirm, working=self.working)
        self.tabs.clear()
        for panel in (self.reports, self.config, self.staff_panel, self.bookings, self.home_visits,
                      self.drills, self.complaints):
            self.tabs.addTab(_scrolling(panel), "")
        self.complaints.show_in(self.tabs)  # its title, with the overdue count
        self.drills.show_in(self.tabs)  # its title, marked while a drill runs
        self.retranslate()
        self.pages.setCurrentWidget(self.office)
        self.surge_banner.watch_for(staff.role)
        self.tabs.tabBar().setFocus()  # not the Sign out button, where the sign-in's focus would fall next
        self.reports.show_report()  # today's figures, without asking for them

    def sign_out(self) -> None:
        if self.reports is not None and self.reports.busy():
            self.reports.message.say(self.tr("Figures, an export or a backup are still being made; sign out "
                                             "when they are done."),
                                     error=True)
            return
        if self.working.refuses():  # a change is still being answered
            return
        if self.drills is not None and not self.drills.may_leave():
            return
        self.staff = self.office_view = None
        self.surge_banner.watch_for(None)
        self.worker.run(lambda store: store.sign_out())
        pages = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self.tabs.clear()
        for page in pages:
            page.deleteLater()  # with its panel
        if self.home_visits is not None:
            self.home_visits.stop()
        if self.drills is not None:
            self.drills.stop()
        self.reports = self.config = self.staff_panel = self.bookings = self.home_visits = None
        self.complaints = self.drills = None
        self.pages.setCurrentWidget(self.sign_in)
        self.sign_in.reset()

    def _connection_changed(self, lost: bool) -> None:
        """Lost: the banner, the panels as they were. Back: what they show read again (the configuration
        only if the manager has not started editing it)."""
        self.connection_banner.set_lost(lost)
        if lost or self.staff is None:
            return
        self.staff_panel.refresh()
        self.bookings.refresh()
        if self.config.unchanged():
            self.config.load()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.surge_banner.stop()
        self.connection.stop()
        self.worker.stop()
        super().closeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Branch manager"))
        self.sign_out_button.setText(self.tr("Sign out  [Ctrl+Q]"))
        if self.staff is not None:
            self.header.setText(self.tr("%1 · %2 (%3)").replace("%1", self.office_view.branch_name)
                                .replace("%2", self.staff.name).replace("%3", name_of(self.staff.role.value)))
        titles = (self.tr("Reports and exports"), self.tr("Configuration"), self.tr("Staff"),
                  self.tr("Bookings"), self.home_visits.tab_title() if self.home_visits is not None else "")
        for i, title in enumerate(titles):
            if i < self.tabs.count():
                self.tabs.setTabText(i, title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

"""The waiting-hall board: the newest call very large and flashing, recent calls, counters, a notice line."""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.adapters.translations import ui_language
from kiosk.core.drills import drill_mark
from kiosk.core.models import CALLING_MODES, Counter, CounterMode
from kiosk.core.surge import SurgeAlert
from kiosk.store.hall import AtCounter, Call, recent_lines
from kiosk.ui.connection_banner import ConnectionBanner
from kiosk.ui.scale_to_fit import ScaleToFit
from kiosk.ui.theme import FONT_FAMILY_LIST

FLASHES = 6  # colour changes after a new call: 3 flashes at 2 changes a second (WCAG 2.3.1 allows 3 a second)
FLASH_MS = 500
SCROLL_MS = 40
# The sizes below are for the hall's screen, 1920 x 1080 or larger: there the type is this large (numbers
# read from the back of the hall). A smaller window (a corner of the demo's screen) scales every size down,
# to SMALLEST_SCALE at most, so the whole board stays on screen instead of spilling off it.
FULL_SCREEN = QSize(1920, 1080)
SMALLEST_SCALE = 0.4
MARGINS = (32, 24, 32, 24)  # around the board; the call panel's, and the gaps between parts, scale too
PANEL_MARGINS = (9, 9, 9, 9)
NONE = (0, 0, 0, 0)
SPACING = 6
STYLE = """
#hall { background: #000000; }
#hall QLabel { color: #FFFFFF; background: transparent; font-size: 40px; }
#hall QLabel#heading { color: #FFFF00; font-size: 48px; font-weight: bold; }
#hall QLabel#callNumber { font-size: 220px; font-weight: bold; }
#hall QLabel#callCounter { font-size: 120px; font-weight: bold; }
#hall QFrame#callPanel { background: #0B2A5B; border-radius: 24px; }
#hall QFrame#callPanel[flash="true"] { background: #FFFF00; }
#hall QFrame#callPanel[flash="true"] QLabel { color: #000000; }
#hall QLabel#drillTag, #hall QFrame#callPanel[flash="true"] QLabel#drillTag { color: #FFFFFF;
    background: #D00000; font-size: 64px; font-weight: bold; padding: 0px 24px; border-radius: 12px; }
#hall QLabel#recent { font-size: 56px; }
#hall QLabel#counter { font-size: 36px; border: 4px solid #FFFFFF; border-radius: 12px; padding: 8px; }
#hall QLabel#counter[mode="love"] { border-color: #FF66CC; }
#hall QLabel#counter[mode="quick"] { border-color: #33CC66; }
#hall QLabel#notice { color: #000000; background: #FFFFFF; font-size: 40px; padding: 8px; }
#hall QLabel#staffNote { color: #000000; background: #FFD500; font-size: 28px; padding: 4px; }
#hall QLabel#surgeNote { color: #FFD500; font-size: 24px; padding: 2px; }
#hall QLabel#connectionBanner { color: #000000; background: #FFD500; font-size: 28px; padding: 4px; }
"""


class DisplayWindow(QWidget):
    """Shows what the station tells it; reads nothing itself."""

    def __init__(self, recent_count: int = 7, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hall")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        font = self.font()
        font.setFamilies(FONT_FAMILY_LIST)
        self.setFont(font)
        self.recent_count = recent_count

        self.now_heading = self._label("heading")
        self.call_number = self._label("callNumber", Qt.AlignmentFlag.AlignCenter)
        self.call_counter = self._label("callCounter", Qt.AlignmentFlag.AlignCenter)
        self.drill_tag = self._label("drillTag", Qt.AlignmentFlag.AlignCenter)  # beside a drill's number
        self.drill_tag.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.drill_tag.hide()
        self.drill_mark = drill_mark("")  # in the announcement languages, from the station
        self.drill_tag.setText(self.drill_mark)
        self.call_panel = QFrame(objectName="callPanel")
        panel = QVBoxLayout(self.call_panel)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.now_heading, 1)
        heading_row.addWidget(self.drill_tag)
        panel.addLayout(heading_row)
        for widget in (self.call_number, self.call_counter):
            panel.addWidget(widget)
        self.recent_heading = self._label("heading")
        self.recent = [self._label("recent") for _ in range(recent_count)]
        recent = QVBoxLayout()
        recent.addWidget(self.recent_heading)
        for label in self.recent:
            recent.addWidget(label)
        recent.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.call_panel, 3)
        top.addLayout(recent, 2)

        self.counters_box = QGridLayout()
        self.counter_labels: dict[int, QLabel] = {}
        self.waiting = self._label("heading")
        self.staff_note = self._label("staffNote")
        self.staff_note.setWordWrap(True)
        self.staff_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.staff_note.hide()
        self._staff_notes: dict[str, str] = {}
        self.surge_note = self._label("surgeNote")  # quiet, for staff: no flashing, no alarm for customers
        self.surge_note.setWordWrap(True)
        self.surge_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.surge_note.hide()
        self._surge: list[SurgeAlert] = []
        self.notice = self._label("notice")
        self.notice.setWordWrap(False)
        self.notice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.connection_banner = ConnectionBanner(style="")  # the hall's style sheet scales its type
        self.connection_banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.addWidget(self.connection_banner)
        layout.addLayout(top, 5)
        layout.addLayout(self.counters_box, 1)
        layout.addWidget(self.waiting)
        layout.addWidget(self.staff_note)
        layout.addWidget(self.surge_note)
        layout.addWidget(self.notice)
        margins = {layout: MARGINS, panel: PANEL_MARGINS, top: NONE, recent: NONE, self.counters_box: NONE,
                   heading_row: NONE}
        self.fit = ScaleToFit(self, STYLE, FULL_SCREEN, SMALLEST_SCALE, margins, SPACING)
        self.setMinimumSize(self.minimumSizeHint())
        self._refit = QTimer(self, singleShot=True, interval=0)  # once after each round of new content
        self._refit.timeout.connect(self.fit.content_changed)

        self._flashes_left = 0
        self.flash_timer = QTimer(self, interval=FLASH_MS)
        self.flash_timer.timeout.connect(self._flash)
        self._notice_text = ""
        self._notice_offset = 0
        self.scroll_timer = QTimer(self, interval=SCROLL_MS)
        self.scroll_timer.timeout.connect(self._scroll)
        self.calls: list[Call] = []
        self._counters: list[Counter] = []
        self._at_counters: dict[int, AtCounter] = {}
        self.retranslate()

    def _label(self, name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
        label = QLabel(objectName=name)
        label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        return label

    # -- what the station pushes -------------------------------------------------------------

    def show_calls(self, calls: list[Call], flash: bool) -> None:
        """Newest first. `flash`: a new call or a recall just came, make it seen."""
        self.calls = calls
        self._write_calls()
        if flash and calls:
            self._flashes_left = FLASHES
            self.flash_timer.start()

    def _write_calls(self) -> None:
        calls = self.calls
        if calls:
            newest = calls[0]
            self.call_number.setText(newest.label)
            self.call_counter.setText(self.tr("Counter %1").replace("%1", str(newest.counter)))
            mark = f"{self.drill_mark} " if newest.drill else ""
            self.call_panel.setAccessibleName(f"{mark}{newest.label} {self.call_counter.text()}")
        else:  # a new business day: nobody is being called yet
            self.call_number.setText("")
            self.call_counter.setText("")
            self.call_panel.setAccessibleName("")
        self.drill_tag.setVisible(bool(calls) and calls[0].drill)
        lines = recent_lines(calls)
        for label, line in zip(self.recent, [*lines, *[None] * self.recent_count], strict=False):
            text = "" if line is None else f"{line.label}  →  {line.counter}"
            text = self.tr("%1  (recalled)").replace("%1", text) if line and line.recalled else text
            label.setText(drill_chip(text, self.drill_mark) if line and line.drill else text)
        self._refit.start()

    def show_drill_mark(self, text: str) -> None:
        """The word beside a drill ticket, in the hall's announcement languages ("演练 DRILL")."""
        self.drill_mark = text
        self.drill_tag.setText(text)
        self._write_calls()
        self.show_counters(self._counters, self._at_counters)

    def show_counters(self, counters: list[Counter], at_counters: dict[int, AtCounter]) -> None:
        """Each counter's state, and its ticket: called (please come) or being served."""
        self._counters, self._at_counters = counters, at_counters
        for number, label in list(self.counter_labels.items()):
            if number not in {c.number for c in counters}:
                self.counters_box.removeWidget(label)
                label.deleteLater()
                del self.counter_labels[number]
        for i, counter in enumerate(counters):
            label = self.counter_labels.get(counter.number)
            if label is None:
                label = self._label("counter", Qt.AlignmentFlag.AlignCenter)
                label.setWordWrap(True)
                label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                self.counter_labels[counter.number] = label
                self.counters_box.addWidget(label, 0, i)
            label.setProperty("mode", counter.mode.value)
            label.setText(self._counter_text(counter, at_counters.get(counter.number)))
            label.style().unpolish(label)
            label.style().polish(label)
        self._refit.start()

    def _counter_text(self, counter: Counter, ticket: AtCounter | None) -> str:
        head = self.tr("Counter %1").replace("%1", str(counter.number))
        if counter.mode == CounterMode.CLOSED:
            state = self.tr("Closed")
        elif counter.mode == CounterMode.PAUSED:
            state = self.tr("Paused")
        elif counter.mode == CounterMode.LOVE:
            state = self.tr("Love window: priority customers only")
        elif counter.mode == CounterMode.QUICK:
            state = self.tr("Quick counter: simple business only")
        else:
            state = self.tr("Open")
        if ticket and counter.mode in CALLING_MODES:
            doing = self.tr("Serving %1") if ticket.serving else self.tr("%1 please come")
            label = f"{ticket.label} ({self.drill_mark})" if ticket.drill else ticket.label
            state += "\n" + doing.replace("%1", label)
        return f"{head}\n{state}"

    def show_waiting(self, waiting: dict[str, int]) -> None:
        parts = [f"{code} {n}" for code, n in waiting.items()]
        self.waiting.setText(self.tr("Waiting") + ":  " + "   ".join(parts))
        self._refit.start()

    def show_notice(self, text: str) -> None:
        self._notice_text = text + "          "
        self._notice_offset = 0
        self.notice.setText(text)
        if text and not self.scroll_timer.isActive():
            self.scroll_timer.start()

    def show_missing_voice(self, languages: str) -> None:
        """Tell staff, once and on screen, that calls are only shown and chimed ("": every voice is there)."""
        self._staff_note("voice", self.tr("No voice for %1: calls are shown and chimed, not spoken")
                         .replace("%1", languages) if languages else "")

    def show_backup_failed(self, reason: str) -> None:
        """Tell staff the daily backup failed (until the next one works): copies must not stop unseen."""
        self._staff_note("backup", self.tr("Daily backup failed: %1").replace("%1", reason) if reason else "")

    def show_damaged(self, found: str) -> None:
        """Tell staff the queue database is damaged (until it is restored, with every station closed)."""
        self._staff_note("damaged", self.tr("The queue database is damaged: nothing can be saved any more. "
                                            "Close every station, then restore the latest backup (kiosk "
                                            "restore). Found: %1").replace("%1", found))

    def show_connection_lost(self, lost: bool) -> None:
        """Tell staff, at the board's top edge, while the branch database is out of reach; the board keeps
        what it showed."""
        self.connection_banner.set_lost(lost)
        self._refit.start()

    def show_surge(self, alerts: list[SurgeAlert]) -> None:
        """Surge alerts ([surge] on_display), one quiet line for staff in the board's language."""
        self._surge = list(alerts)
        self.surge_note.setText("   ·   ".join(a.text(ui_language()) for a in self._surge))
        self.surge_note.setVisible(bool(self._surge))
        self._refit.start()

    def _staff_note(self, topic: str, text: str) -> None:
        self._staff_notes[topic] = text
        shown = [t for t in self._staff_notes.values() if t]
        self.staff_note.setText("\n".join(shown))
        self.staff_note.setVisible(bool(shown))
        self._refit.start()

    def default_notice(self) -> str:
        return self.tr("Beware of fraud: our staff will never ask for your PIN or password.   "
                       "Priority service for the elderly, people with disabilities, pregnant women "
                       "and parents with babies: please tell the lobby manager.")

    # -- size ------------------------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        """The smallest window the board is laid out for: the hall's screen at SMALLEST_SCALE."""
        return self.fit.smallest_size()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit.resized()
        super().resizeEvent(event)

    # -- motion ----------------------------------------------------------------------------------

    def _flash(self) -> None:
        self._flashes_left -= 1
        on = self._flashes_left > 0 and self._flashes_left % 2 == 1
        self.call_panel.setProperty("flash", on)
        self.call_panel.style().unpolish(self.call_panel)
        self.call_panel.style().polish(self.call_panel)
        for child in self.call_panel.findChildren(QLabel):
            child.style().unpolish(child)
            child.style().polish(child)
        if self._flashes_left <= 0:
            self.flash_timer.stop()

    def _scroll(self) -> None:
        if not self._notice_text:
            return
        self._notice_offset = (self._notice_offset + 1) % len(self._notice_text)
        text = self._notice_text[self._notice_offset:] + self._notice_text[:self._notice_offset]
        self.notice.setText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space or P pauses the scrolling notice (WCAG 2.2.2)."""
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_P):
            if self.scroll_timer.isActive():
                self.scroll_timer.stop()
            elif self._notice_text:
                self.scroll_timer.start()
        else:
            super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.now_heading.setText(self.tr("Now calling"))
        self.recent_heading.setText(self.tr("Recent calls"))
        self._write_calls()
        self.show_counters(self._counters, self._at_counters)
        self.show_surge(self._surge)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def drill_chip(text: str, mark: str) -> str:
    """A recent call's line with the drill mark after it, white on red (rich text)."""
    def kept(words: str) -> str:  # spaced as the plain lines are (rich text would fold the spaces)
        return html.escape(words).replace(" ", "&nbsp;")
    return (f"{kept(text)}&nbsp;&nbsp;<span style='background-color:#D00000; color:#FFFFFF'>"
            f"&nbsp;{kept(mark)}&nbsp;</span>")

"""The counter's rating pad: a small customer-facing screen; five big faces to rate the service just given."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.ratings import SCORES, RatingPrompt
from kiosk.ui.connection_banner import ConnectionBanner
from kiosk.ui.drill_marks import DrillTag
from kiosk.ui.scale_to_fit import ScaleToFit
from kiosk.ui.theme import FONT_FAMILY_LIST

# Designed for a 1280 x 800 tablet or second screen; a smaller one scales it down (SMALLEST_SCALE at most).
FULL_SCREEN = QSize(1280, 800)
SMALLEST_SCALE = 0.5
FACE_TARGET = QSize(200, 280)  # each face's button at full size: far past 88 px (ACCESSIBILITY.md)
MARGINS = (32, 24, 32, 24)
SPACING = 24
# Black on white (21:1); every face has a black outline (>= 3:1 against the white button), and its mouth,
# its number and its words tell it apart, never the colour alone (WCAG 1.4.1).
FACE_COLOURS = {1: "#E53935", 2: "#FB8C00", 3: "#FDD835", 4: "#9CCC65", 5: "#43A047"}
STYLE = """
#ratePad { background: #FFFFFF; }
#ratePad QLabel { color: #000000; background: transparent; font-size: 36px; }
#ratePad QLabel#counterNumber { font-size: 200px; font-weight: bold; }
#ratePad QLabel#heading { font-size: 56px; font-weight: bold; }
#ratePad QLabel#staff { font-size: 48px; font-weight: bold; }
#ratePad QLabel#faceWords { font-size: 30px; font-weight: bold; }
#ratePad QPushButton#face { background: #FFFFFF; border: 6px solid #000000; border-radius: 24px;
    min-width: 200px; min-height: 280px; }
#ratePad QPushButton#face:focus { border: 8px solid #0033CC; }
#ratePad QPushButton#face:disabled { border: 6px dashed #000000; }
#ratePad QLabel#connectionBanner { color: #000000; background: #FFD500; font-size: 28px; padding: 4px; }
"""


class Face(QWidget):
    """A face drawn with QPainter (no glyph a machine might lack): a frown at 1 to a broad smile at 5."""

    def __init__(self, score: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.score = score
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(60, 60)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        side = min(self.width(), self.height()) - 4
        box = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QPen(QColor("#000000"), max(2.0, side / 22))
        ink.setCapStyle(Qt.PenCapStyle.RoundCap)
        p.setPen(ink)
        p.setBrush(QColor(FACE_COLOURS[self.score]))
        p.drawEllipse(box)
        p.setBrush(QColor("#000000"))
        eye = side / 14
        for x in (0.34, 0.66):
            p.drawEllipse(QPointF(box.left() + x * side, box.top() + 0.38 * side), eye, eye)
        bend = (self.score - 3) / 2  # -1 frown .. 1 smile
        left = QPointF(box.left() + 0.28 * side, box.top() + 0.68 * side - bend * 0.04 * side)
        right = QPointF(box.right() - 0.28 * side, left.y())
        mouth = QPainterPath(left)
        mouth.quadTo(QPointF(box.center().x(), left.y() + bend * 0.26 * side), right)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(mouth)
        p.end()


class FaceButton(QPushButton):
    """One score: the face, its number and its words; fires on release (a slip can be slid off)."""

    def __init__(self, score: int, parent: QWidget | None = None):
        super().__init__(parent, objectName="face")
        self.score = score
        self.face = Face(score)
        self.words = QLabel(objectName="faceWords", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.face, 3)
        layout.addWidget(self.words, 1)


class RatePadWindow(QWidget):
    """Shows what the station tells it; a press of a face is the `pressed(score)` signal."""

    pressed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ratePad")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        font = self.font()
        font.setFamilies(FONT_FAMILY_LIST)
        self.setFont(font)
        self.counter = 0
        self.prompt: RatingPrompt | None = None
        self.state = "idle"  # idle, asking, thanks

        self.connection_banner = ConnectionBanner(style="")
        self.connection_banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.pages = QStackedWidget()

        self.idle_page = QWidget()
        idle = QVBoxLayout(self.idle_page)
        self.counter_heading = self._label("heading")
        self.counter_number = self._label("counterNumber")
        self.welcome = self._label("")
        for widget in (self.counter_heading, self.counter_number, self.welcome):
            idle.addWidget(widget)

        self.ask_page = QWidget()
        ask = QVBoxLayout(self.ask_page)
        self.staff = self._label("staff")
        self.question = self._label("heading")
        self.faces = [FaceButton(score) for score in SCORES]
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        for button in self.faces:
            button.clicked.connect(lambda _=False, score=button.score: self._press(score))
            row.addWidget(button)
        self.hint = self._label("")
        self.drill_tag = DrillTag()  # a drill's ticket: whoever presses is staff playing a customer
        ask.addWidget(self.drill_tag, 0, Qt.AlignmentFlag.AlignHCenter)
        ask.addWidget(self.staff)
        ask.addWidget(self.question)
        ask.addLayout(row, 1)
        ask.addWidget(self.hint)

        self.thanks_page = QWidget()
        thanks = QVBoxLayout(self.thanks_page)
        self.thanks = self._label("heading")
        thanks.addWidget(self.thanks)
        for page in (self.idle_page, self.ask_page, self.thanks_page):
            self.pages.addWidget(page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.connection_banner)
        layout.addWidget(self.pages, 1)
        margins = {layout: MARGINS, **dict.fromkeys((idle, ask, thanks, row), (0, 0, 0, 0))}
        self.fit = ScaleToFit(self, STYLE, FULL_SCREEN, SMALLEST_SCALE, margins, SPACING)
        self.setMinimumSize(self.fit.smallest_size())
        self.retranslate()

    def _label(self, name: str) -> QLabel:
        label = QLabel(objectName=name, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    # -- what the station pushes -------------------------------------------------------------

    def show_idle(self, counter: int) -> None:
        self.counter, self.prompt, self.state = counter, None, "idle"
        self.pages.setCurrentWidget(self.idle_page)
        self.retranslate()

    def show_asking(self, prompt: RatingPrompt) -> None:
        self.prompt, self.state = prompt, "asking"
        self.drill_tag.show_if(prompt.drill)
        for button in self.faces:
            button.setEnabled(True)
        self.pages.setCurrentWidget(self.ask_page)
        self.retranslate()

    def show_thanks(self) -> None:
        self.state = "thanks"
        self.pages.setCurrentWidget(self.thanks_page)
        self.retranslate()

    def _press(self, score: int) -> None:
        """One press: the faces go dashed at once, so a second press has nothing to press."""
        for button in self.faces:
            button.setEnabled(False)
        self.pressed.emit(score)

    def show_connection_lost(self, lost: bool) -> None:
        self.connection_banner.set_lost(lost)

    def face_words(self) -> dict[int, str]:
        return {1: self.tr("Very dissatisfied"), 2: self.tr("Dissatisfied"), 3: self.tr("Neutral"),
                4: self.tr("Satisfied"), 5: self.tr("Very satisfied")}

    def retranslate(self) -> None:
        self.counter_heading.setText(self.tr("Counter"))
        self.counter_number.setText(str(self.counter) if self.counter else "")
        self.counter_number.setAccessibleName(self.tr("Counter %1").replace("%1", str(self.counter)))
        self.welcome.setText(self.tr("After your business, please rate our service here."))
        prompt = self.prompt
        if prompt is not None:
            staff = (self.tr("Served by teller %1 · ticket %2").replace("%1", prompt.staff)
                     if prompt.staff else self.tr("Ticket %2")).replace("%2", prompt.ticket)
            self.staff.setText(staff)
        self.question.setText(self.tr("How satisfied are you with our service?"))
        self.hint.setText(self.tr("Press one face (or key 1 to 5)."))
        for score, words in self.face_words().items():
            button = self.faces[score - 1]
            button.words.setText(words)
            button.setAccessibleName(f"{score}: {words}")
        self.thanks.setText(self.tr("Thank you for your rating!"))
        self.fit.content_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit.resized()
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A keypad's 1 to 5 press that face (ADA 707.6: every function from the keys)."""
        key = event.key() - Qt.Key.Key_0
        if self.state == "asking" and key in SCORES:
            self.faces[key - 1].click()
        else:
            super().keyPressEvent(event)

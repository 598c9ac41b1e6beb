"""The kiosk's accessibility numbers, measured on the real window at 1920 x 1080 in both themes, and its fit
in a small window."""
from __future__ import annotations

import itertools
from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontInfo
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QStyle, QStyleOptionButton

from kiosk.core.config import GREEN_CHANNEL, default_toml
from kiosk.store import QueueStore
from kiosk.ui.kiosk_screens import NEEDS
from kiosk.ui.kiosk_window import KioskWindow
from kiosk.ui.theme import THEMES, contrast_ratio

MIN_TEXT_CONTRAST = 7.0  # WCAG 2.2 SC 1.4.6 (AAA)
MIN_EDGE_CONTRAST = 3.0  # WCAG 2.2 SC 1.4.11
MIN_TARGET_PX = 88
MIN_GAP_PX = 16
MIN_BODY_PX = 32
MIN_TICKET_PX = 160


@pytest.mark.parametrize("theme", THEMES.values(), ids=lambda t: t.name)
def test_theme_colours_reach_aaa_contrast(theme):
    text = {role: contrast_ratio(*pair) for role, pair in theme.text_pairs().items()}
    edges = {role: contrast_ratio(*pair) for role, pair in theme.edge_pairs().items()}
    assert min(text.values()) >= MIN_TEXT_CONTRAST, text
    assert min(edges.values()) >= MIN_EDGE_CONTRAST, edges


def test_contrast_formula_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def answered(qtbot, window):
    """The kiosk asks the store on its worker: wait for its answer to be shown."""
    qtbot.waitUntil(lambda: not window.worker.busy)


def every_screen(qtbot, window):
    """Visit each screen a customer can see, yielding its name."""
    window.reset()
    yield "start"
    window.choose_language("en")
    answered(qtbot, window)
    yield "services"
    window.choose_service("A")
    yield "priority"
    window.choose_priority("elderly")
    yield "needs"
    window.issue(("wheelchair",))
    answered(qtbot, window)
    yield "confirm"
    window.reset()
    window._show(window.check_in)
    yield "check-in"
    window.request_help()
    answered(qtbot, window)
    yield "help"
    window.warn_idle()
    yield "idle warning"


@pytest.fixture(params=list(THEMES))
def window(request, qtbot, db_path):
    store = QueueStore.init(db_path, station="kiosk")
    w = KioskWindow(store, theme=request.param, default_language="en")
    qtbot.addWidget(w)
    w.resize(1920, 1080)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.view is not None)
    yield w
    w.reset()
    w.close_worker()
    store.close()


def visible_buttons(window):
    return [b for b in window.findChildren(QPushButton) if b.isVisible()]


def test_targets_are_large_and_apart_and_fit_the_screen(qtbot, window):
    smallest, closest = 10_000, 10_000
    for screen in every_screen(qtbot, window):
        qtbot.waitUntil(lambda: window.stack.currentWidget().isVisible())
        assert window.height() <= 1080, f"{screen} needs more than 1080 px"
        rects = {b: QRect(b.mapTo(window, b.rect().topLeft()), b.size()) for b in visible_buttons(window)}
        for button, rect in rects.items():
            smallest = min(smallest, rect.width(), rect.height())
            assert rect.width() >= MIN_TARGET_PX and rect.height() >= MIN_TARGET_PX, (screen, button.text())
        for (a, ra), (b, rb) in itertools.combinations(rects.items(), 2):
            gap = max(rb.left() - ra.right(), ra.left() - rb.right(), rb.top() - ra.bottom(),
                      ra.top() - rb.bottom()) - 1
            closest = min(closest, gap)
            assert gap >= MIN_GAP_PX, (screen, a.text(), b.text(), gap)
    print(f"smallest target {smallest} px, closest targets {closest} px apart")


def test_text_is_large(qtbot, window):
    smallest = 10_000
    for screen in every_screen(qtbot, window):
        widgets = [w for w in window.findChildren(QLabel) + visible_buttons(window) if w.isVisible()]
        for widget in widgets:
            if widget.text():
                px = QFontInfo(widget.font()).pixelSize()
                smallest = min(smallest, px)
                assert px >= MIN_BODY_PX, (screen, widget.text(), px)
        if screen == "confirm":
            assert QFontInfo(window.confirm.number.font()).pixelSize() >= MIN_TICKET_PX
    print(f"smallest text {smallest} px")


def test_screenshot_contrast_of_the_ticket_number(qtbot, window):
    """Measured from pixels: the darkest and lightest colours inside the big number."""
    for screen in every_screen(qtbot, window):
        if screen == "confirm":
            break
    number = window.confirm.number
    area = QRect(number.mapTo(window, number.rect().topLeft()), number.size())
    image = window.grab(area).toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    luminances = sorted(colours, key=lambda c: QColor(c).lightnessF())
    measured = contrast_ratio(luminances[0], luminances[-1])
    print(f"ticket number contrast from pixels {measured:.1f}:1")
    assert measured >= MIN_TEXT_CONTRAST


def fill(button: QPushButton) -> str:
    """The colour most of a button is painted in."""
    image = button.grab().toImage()
    counts = Counter(image.pixelColor(x, y).name() for x in range(0, image.width(), 4)
                     for y in range(0, image.height(), 4))
    return counts.most_common(1)[0][0]


def green(colour: str) -> bool:
    return 90 <= QColor(colour).hsvHue() <= 150 and QColor(colour).hsvSaturationF() > 0.3


def test_green_is_the_green_channel_and_no_priority_looks_like_every_other_choice(qtbot, window):
    window.choose_language("en")
    answered(qtbot, window)
    window.choose_service("A")
    screen = window.priority
    others = {fill(button) for code, button in screen.buttons.items() if code != GREEN_CHANNEL}
    assert others == {fill(screen.no)}, "no priority is a choice like the others, not the green one"
    assert not green(fill(screen.no))
    assert green(fill(screen.buttons[GREEN_CHANNEL])), fill(screen.buttons[GREEN_CHANNEL])


# -- readable in a small window: the four-window demo gives the kiosk about 950 x 500 ------------------

SIZES = [(828, 450), (950, 500), (1920, 1080)]  # the smallest the window allows, the demo's, full screen


@pytest.fixture(params=[(lang, size) for lang in ("zh_CN", "zh_TW", "en") for size in SIZES],
                ids=lambda p: f"{p[0]}-{p[1][0]}x{p[1][1]}")
def sized(request, qtbot, db_path, clock):
    """A busy branch (the crowding notices show) and a kiosk window of one size, in one language."""
    lang, size = request.param
    store = QueueStore.init(db_path, default_toml().replace("occupancy_cap = 80", "occupancy_cap = 3"),
                            station="kiosk", clock=clock)
    for service in "ABC":
        store.issue_ticket(service)
    w = KioskWindow(store, default_language=lang)
    qtbot.addWidget(w)
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.view is not None)
    yield w, lang, size
    w.reset()
    w.close_worker()
    store.close()


def every_state(qtbot, window, lang):
    """Each screen, with its longest messages shown."""
    window.reset()
    yield "start"
    window.choose_language(lang)
    answered(qtbot, window)
    window.voice.setChecked(True)  # the longer label of the top bar from here on
    window.slower.click()
    yield "services, crowded"
    window.choose_service("A")
    yield "priority"
    window.choose_priority("green_channel")
    for need in NEEDS:
        window.needs.toggles[need].setChecked(True)
    yield "needs"
    window.issue(NEEDS)
    answered(qtbot, window)
    yield "ticket, crowded"
    window.print_failed()
    yield "ticket, printer failed"
    window.reset()
    window.choose_language(lang)
    answered(qtbot, window)
    window._show(window.check_in)
    for digit in "123456789012":
        window.check_in.type_digit(digit)
    window.check_in_code("123456789012")
    answered(qtbot, window)
    yield "check-in, unknown code"
    window.request_help()
    answered(qtbot, window)
    yield "help coming"
    window.warn_idle()
    yield "idle warning"


def text_overflow(widget) -> str | None:
    """How the widget's text does not fit inside its border and padding, or None when it fits."""
    metrics = widget.fontMetrics()
    if isinstance(widget, QPushButton):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        room = widget.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, widget)
        need = metrics.size(Qt.TextFlag.TextShowMnemonic, widget.text())
        if not widget.icon().isNull():
            need = QSize(need.width() + widget.iconSize().width() + 4, max(need.height(),
                                                                           widget.iconSize().height()))
        if widget.keycap.isVisible() and widget.keycap.geometry().intersects(room):
            return f"its keycap covers the text area {room}"
    else:
        room = widget.contentsRect()
        flags = Qt.TextFlag.TextWordWrap if widget.wordWrap() else 0
        need = metrics.boundingRect(room, int(widget.alignment()) | flags, widget.text()).size()
    if need.width() > room.width() or need.height() > room.height():
        return f"needs {need.width()}x{need.height()}, has {room.width()}x{room.height()}"
    return None


def test_every_text_fits_and_nothing_overlaps_small_or_full_screen(qtbot, sized):
    """No clipped label ("[语音引!"), no widget over another, and the window may be made this small."""
    window, lang, (width, height) = sized
    problems = []
    for screen in every_state(qtbot, window, lang):
        QApplication.processEvents()
        assert window.size() == QSize(width, height)
        hint = window.minimumSizeHint()
        if hint.width() > width or hint.height() > height:
            problems.append(f"{screen}: the window needs at least {hint.width()}x{hint.height()}")
        shown = [w for w in window.findChildren(QLabel) + window.findChildren(QPushButton) if w.isVisible()]
        rects = {w: QRect(w.mapTo(window, QPoint(0, 0)), w.size()) for w in shown}
        for widget, rect in rects.items():
            overflow = widget.text() and text_overflow(widget)
            if overflow:
                problems.append(f"{screen}: {widget.text()!r} {overflow}")
            if not window.rect().contains(rect):
                problems.append(f"{screen}: {widget.text()!r} is cut off by the window's edge")
        for (a, ra), (b, rb) in itertools.combinations(rects.items(), 2):
            if ra.intersects(rb) and not a.isAncestorOf(b) and not b.isAncestorOf(a):
                problems.append(f"{screen}: {a.text()!r} overlaps {b.text()!r}")
    assert problems == [], "\n".join(problems)

"""The kiosk's accessibility numbers, measured on the real window at 1920 x 1080 in both themes."""
from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QFontInfo
from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.store import QueueStore
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


def every_screen(window):
    """Visit each screen a customer can see, yielding its name."""
    window.reset()
    yield "start"
    window.choose_language("en")
    yield "services"
    window.choose_service("A")
    yield "priority"
    window.choose_priority("elderly")
    yield "needs"
    window.issue(("wheelchair",))
    yield "confirm"
    window.reset()
    window._show(window.check_in)
    yield "check-in"
    window.request_help()
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
    yield w
    w.reset()
    store.close()


def visible_buttons(window):
    return [b for b in window.findChildren(QPushButton) if b.isVisible()]


def test_targets_are_large_and_apart_and_fit_the_screen(qtbot, window):
    smallest, closest = 10_000, 10_000
    for screen in every_screen(window):
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
    for screen in every_screen(window):
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
    for screen in every_screen(window):
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

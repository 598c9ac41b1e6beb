"""Colours, sizes and fonts of the kiosk: two high-contrast themes and the numbers they promise."""
from __future__ import annotations

import math
from dataclasses import dataclass, fields

FONT_FAMILY_LIST = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "sans-serif"]
# The ticket number is letters and digits in bold: first a face with a real bold (WenQuanYi's is synthetic,
# and Qt draws type this large without it).
NUMBER_FAMILY_LIST = ["DejaVu Sans", "Arial", *FONT_FAMILY_LIST]

# Sizes at 1920 x 1080 (a 21-27 inch kiosk screen); see ACCESSIBILITY.md for the standards.
BODY_PX = 36  # body text (>= 32)
BUTTON_PX = 40
TITLE_PX = 56
TICKET_PX = 200  # the ticket number on the confirmation (>= 160)
TARGET_PX = 100  # smallest side of any touch target (>= 88)
GAP_PX = 20  # space between targets (>= 16)
FOCUS_PX = 8  # focus ring width
MARGIN_PX = 24  # around the window's content
KEYCAP_PX = 48  # the digit a keypad key chooses, shown on each numbered choice
KEYCAP_EDGE_PX = 3
KEYCAP_GAP_PX = 12  # around that keycap, inside its button

# A smaller window (the four-window demo gives the kiosk a 960 x 540 quadrant) scales every size down in
# steps, so nothing is clipped; at full screen the sizes are the ones above. FULL_SIZE is the room those
# need (a 1920 x 1080 screen, less a window frame); tests check the fit at 950 x 500 and full screen.
FULL_SIZE = (1840, 1000)
SCALE_STEP = 0.05
MIN_SCALE = 0.45


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    text: str
    button: str
    button_text: str
    primary: str  # the main action ("print my ticket")
    primary_text: str
    selected: str  # a toggled choice (declared needs)
    selected_text: str
    focus: str  # the focus ring, against background and buttons
    notice: str  # crowding and error messages
    notice_text: str
    muted_text: str  # secondary text (waiting counts) on buttons
    edge: str  # button outline, against the background
    focus_on_selected: str  # the focus ring around a toggled choice
    green: str  # the green channel (绿色通道) is green in every theme; no other priority class is
    green_text: str

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (foreground, background) pair the kiosk draws text with."""
        return {
            "body": (self.text, self.background),
            "button": (self.button_text, self.button),
            "button secondary": (self.muted_text, self.button),
            "primary": (self.primary_text, self.primary),
            "selected": (self.selected_text, self.selected),
            "notice": (self.notice_text, self.notice),
            "green channel": (self.green_text, self.green),
            "keycap": (self.text, self.background),
        }

    def edge_pairs(self) -> dict[str, tuple[str, str]]:
        """Non-text pairs that must reach 3:1 (WCAG 1.4.11): the focus ring and button edges."""
        return {
            "focus on background": (self.focus, self.background),
            "focus on button": (self.focus, self.button),
            "focus on primary": (self.focus, self.primary),
            "focus on selected": (self.focus_on_selected, self.selected),
            "focus on selected, background": (self.focus_on_selected, self.background),
            "button edge on background": (self.edge, self.background),
            "focus on green channel": (self.focus, self.green),
            "green channel on background": (self.green, self.background),
        }


LIGHT = Theme(
    name="light", background="#FFFFFF", text="#000000",
    button="#0B2A5B", button_text="#FFFFFF", primary="#003B14", primary_text="#FFFFFF",
    selected="#FFD500", selected_text="#000000", focus="#D94F00",
    notice="#FFF1B8", notice_text="#000000", muted_text="#FFE680", edge="#0B2A5B",
    focus_on_selected="#000000", green="#003B14", green_text="#FFFFFF",
)
DARK = Theme(
    name="dark", background="#000000", text="#FFFFFF",
    button="#1F1F1F", button_text="#FFFF00", primary="#FFFF00", primary_text="#000000",
    selected="#00FFFF", selected_text="#000000", focus="#FF0000",
    notice="#FFFFFF", notice_text="#000000", muted_text="#FFFFFF", edge="#FFFF00",
    focus_on_selected="#FF0000", green="#70FF70", green_text="#000000",
)
THEMES = {t.name: t for t in (LIGHT, DARK)}


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of #RRGGBB."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    hi, lo = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def scale_for(width: int, height: int) -> float:
    """The scale of every size for a window of width x height: 1 from FULL_SIZE up, else a step smaller."""
    fit = min(width / FULL_SIZE[0], height / FULL_SIZE[1], 1.0)
    steps = math.floor(fit / SCALE_STEP + 1e-9)
    return max(MIN_SCALE, round(steps * SCALE_STEP, 2))


def scaled(px: int, scale: float) -> int:
    return max(1, round(px * scale))


def stylesheet(theme: Theme, scale: float = 1.0) -> str:
    """The Qt style sheet for a theme; every size is the full-screen one times `scale`."""
    t = theme

    def px(size: int) -> str:
        return f"{scaled(size, scale)}px"

    keycap_padding = px(2 * KEYCAP_GAP_PX + KEYCAP_PX + 2 * KEYCAP_EDGE_PX)
    families, number_families = (", ".join(f'"{family}"' for family in names)
                                 for names in (FONT_FAMILY_LIST, NUMBER_FAMILY_LIST))
    return f"""
#kioskRoot {{ background: {t.background}; }}
#kioskRoot QLabel, #kioskRoot QPushButton {{ font-family: {families}; }}
#kioskRoot QLabel {{ color: {t.text}; background: transparent; font-size: {px(BODY_PX)}; }}
#kioskRoot QLabel#title {{ font-size: {px(TITLE_PX)}; font-weight: bold; }}
#kioskRoot QLabel#ticketNumber {{ font-family: {number_families}; font-size: {px(TICKET_PX)};
    font-weight: bold; }}
#kioskRoot QLabel#ticketNumber[printFailed="true"] {{ font-size: {px(TICKET_PX * 13 // 10)}; }}
#kioskRoot QLabel#notice {{ background: {t.notice}; color: {t.notice_text}; padding: {px(16)};
    border-radius: {px(12)}; }}
#kioskRoot QLabel#keypadEntry {{ font-size: {px(TITLE_PX)}; border: {px(4)} solid {t.text};
    padding: {px(8)}; }}
#kioskRoot QLabel#keycap {{ background: {t.background}; color: {t.text}; font-size: {px(BUTTON_PX)};
    font-weight: bold; border: {px(KEYCAP_EDGE_PX)} solid {t.text}; border-radius: {px(8)};
    min-width: {px(KEYCAP_PX)}; max-width: {px(KEYCAP_PX)}; min-height: {px(KEYCAP_PX)};
    max-height: {px(KEYCAP_PX)}; padding: 0px; }}
#kioskRoot QPushButton {{ background: {t.button}; color: {t.button_text}; font-size: {px(BUTTON_PX)};
    min-height: {px(TARGET_PX)}; border: {px(FOCUS_PX)} solid {t.edge};
    border-radius: {px(16)}; padding: {px(4)} {px(24)}; }}
#kioskRoot QPushButton[keyed="true"] {{ padding-left: {keycap_padding}; }}
#kioskRoot QPushButton:focus {{ border: {px(FOCUS_PX)} solid {t.focus}; }}
#kioskRoot QPushButton#primary {{ background: {t.primary}; color: {t.primary_text};
    border-color: {t.primary}; }}
#kioskRoot QPushButton#primary:focus {{ border-color: {t.focus}; }}
#kioskRoot QPushButton#greenChannel {{ background: {t.green}; color: {t.green_text};
    border-color: {t.green}; }}
#kioskRoot QPushButton#greenChannel:focus {{ border-color: {t.focus}; }}
#kioskRoot QPushButton:checked {{ background: {t.selected}; color: {t.selected_text};
    border-color: {t.selected}; }}
#kioskRoot QPushButton:checked:focus {{ border-color: {t.focus_on_selected}; }}
#kioskRoot QPushButton:disabled {{ background: {t.background}; color: {t.text};
    border: {px(FOCUS_PX)} dashed {t.text}; }}
#kioskRoot QPushButton[working="true"] {{ background: {t.selected}; color: {t.selected_text};
    border: {px(FOCUS_PX)} solid {t.selected}; }}
"""


def theme_colours(theme: Theme) -> dict[str, str]:
    return {f.name: getattr(theme, f.name) for f in fields(theme) if f.name != "name"}

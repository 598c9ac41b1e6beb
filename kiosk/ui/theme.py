"""Colours, sizes and fonts of the kiosk: two high-contrast themes and the numbers they promise."""
from __future__ import annotations

from dataclasses import dataclass, fields

FONT_FAMILY_LIST = ["WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "sans-serif"]

# Sizes at 1920 x 1080 (a 21-27 inch kiosk screen); see ACCESSIBILITY.md for the standards.
BODY_PX = 36  # body text (>= 32)
BUTTON_PX = 40
TITLE_PX = 56
TICKET_PX = 200  # the ticket number on the confirmation (>= 160)
TARGET_PX = 100  # smallest side of any touch target (>= 88)
GAP_PX = 20  # space between targets (>= 16)
FOCUS_PX = 8  # focus ring width


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

    def text_pairs(self) -> dict[str, tuple[str, str]]:
        """Every (foreground, background) pair the kiosk draws text with."""
        return {
            "body": (self.text, self.background),
            "button": (self.button_text, self.button),
            "button secondary": (self.muted_text, self.button),
            "primary": (self.primary_text, self.primary),
            "selected": (self.selected_text, self.selected),
            "notice": (self.notice_text, self.notice),
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
        }


LIGHT = Theme(
    name="light", background="#FFFFFF", text="#000000",
    button="#0B2A5B", button_text="#FFFFFF", primary="#003B14", primary_text="#FFFFFF",
    selected="#FFD500", selected_text="#000000", focus="#D94F00",
    notice="#FFF1B8", notice_text="#000000", muted_text="#FFE680", edge="#0B2A5B",
    focus_on_selected="#000000",
)
DARK = Theme(
    name="dark", background="#000000", text="#FFFFFF",
    button="#1F1F1F", button_text="#FFFF00", primary="#FFFF00", primary_text="#000000",
    selected="#00FFFF", selected_text="#000000", focus="#FF0000",
    notice="#FFFFFF", notice_text="#000000", muted_text="#FFFFFF", edge="#FFFF00",
    focus_on_selected="#FF0000",
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


def stylesheet(theme: Theme) -> str:
    """The Qt style sheet for a theme; every size is in pixels at 1920 x 1080."""
    t = theme
    return f"""
#kioskRoot {{ background: {t.background}; }}
#kioskRoot QLabel {{ color: {t.text}; background: transparent; font-size: {BODY_PX}px; }}
#kioskRoot QLabel#title {{ font-size: {TITLE_PX}px; font-weight: bold; }}
#kioskRoot QLabel#ticketNumber {{ font-size: {TICKET_PX}px; font-weight: bold; }}
#kioskRoot QLabel#notice {{ background: {t.notice}; color: {t.notice_text}; padding: 16px;
    border-radius: 12px; }}
#kioskRoot QLabel#keypadEntry {{ font-size: {TITLE_PX}px; border: 4px solid {t.text}; padding: 8px; }}
#kioskRoot QPushButton {{ background: {t.button}; color: {t.button_text}; font-size: {BUTTON_PX}px;
    min-height: {TARGET_PX}px; min-width: {TARGET_PX}px; border: {FOCUS_PX}px solid {t.edge};
    border-radius: 16px; padding: 4px 24px; }}
#kioskRoot QPushButton:focus {{ border: {FOCUS_PX}px solid {t.focus}; }}
#kioskRoot QPushButton#primary {{ background: {t.primary}; color: {t.primary_text};
    border-color: {t.primary}; }}
#kioskRoot QPushButton#primary:focus {{ border-color: {t.focus}; }}
#kioskRoot QPushButton:checked {{ background: {t.selected}; color: {t.selected_text};
    border-color: {t.selected}; }}
#kioskRoot QPushButton:checked:focus {{ border-color: {t.focus_on_selected}; }}
#kioskRoot QPushButton:disabled {{ background: {t.background}; color: {t.text};
    border: 4px dashed {t.text}; }}
"""


def theme_colours(theme: Theme) -> dict[str, str]:
    return {f.name: getattr(theme, f.name) for f in fields(theme) if f.name != "name"}

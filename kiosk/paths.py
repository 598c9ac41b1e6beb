"""Where the program's files are: the source tree, or the frozen bundle (issue 6)."""
from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    """The folder holding assets/ and i18n/."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def asset(name: str) -> Path:
    return root() / "assets" / name


def translation(name: str) -> Path:
    return root() / "i18n" / name

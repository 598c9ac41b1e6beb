"""Where the program's files are: the source tree, or the frozen bundle (issue 6)."""
from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    """The folder holding assets/ and i18n/: in the bundle, the installed package or the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = Path(__file__).resolve().parent
    return package if (package / "i18n").is_dir() else package.parent  # pip install . puts them in kiosk/


def asset(name: str) -> Path:
    return root() / "assets" / name


def translation(name: str) -> Path:
    return root() / "i18n" / name

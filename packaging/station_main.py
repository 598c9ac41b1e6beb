"""The frozen bundle's station programs: kiosk-console runs `kiosk console …` (by its own name)."""
import sys
from pathlib import Path

from kiosk.cli import main

STATIONS = {"kiosk-station": "kiosk", "kiosk-console": "console", "kiosk-display": "display",
            "kiosk-manager": "manager", "kiosk-rate-pad": "rate-pad"}

sys.argv[1:1] = [STATIONS[Path(sys.executable).stem]]
main()

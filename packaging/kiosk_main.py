"""The frozen bundle's `kiosk` program: the whole command line (kiosk --version, run, setup…)."""
from kiosk.cli import main

main()

"""The Qt binding must not leak references to None (PySide6 6.12.0 did, aborting the process)."""
import sys

from PySide6.QtGui import QFont


def test_void_qt_calls_keep_none_alive():
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        font.setBold(True)
    assert sys.getrefcount(None) >= before - 100, "a kiosk would abort after a few hundred tickets"

"""The domain core imports without Qt and without SQLite."""
import subprocess
import sys

PROBE = r"""
import builtins, importlib, pkgutil, sys
real_import = builtins.__import__
def guarded(name, *args, **kwargs):
    if name.split(".")[0] in {"PySide6", "shiboken6", "sqlite3", "_sqlite3", "sqlite_utils"}:
        raise ImportError(f"kiosk.core must not import {name}")
    return real_import(name, *args, **kwargs)
builtins.__import__ = guarded
import kiosk.core
names = [m.name for m in pkgutil.iter_modules(kiosk.core.__path__)]
for name in names:
    importlib.import_module(f"kiosk.core.{name}")
from kiosk.core.config import default_branch
print(len(names), len(default_branch().services))
print(sorted(m for m in sys.modules if m.startswith(("PySide6", "sqlite", "_sqlite"))))
"""


def test_core_imports_without_qt_or_sqlite():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    modules, services = out.stdout.split("\n")[0].split()
    assert int(modules) >= 6 and int(services) == 6
    assert out.stdout.split("\n")[1] == "[]"

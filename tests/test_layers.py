"""Imports point downward only (docs/architecture.md): core <- store <- adapters <- station <- ui.

Read from the source's import statements (every one, also inside functions or under TYPE_CHECKING), so a
layer that reaches up is found even where the import runs late or never.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

KIOSK = Path(__file__).parents[1] / "kiosk"
LAYERS = ("core", "store", "adapters", "station", "ui")  # each may import those before it, not after


def imported_modules(path: Path) -> set[str]:
    """Every module `path` imports, relative imports made absolute."""
    package = ".".join(path.relative_to(KIOSK.parent).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)  # `from kiosk import ui`
    return found


def reaching_up(layer: str) -> list[str]:
    above = LAYERS[LAYERS.index(layer) + 1:]
    return sorted(f"{path.relative_to(KIOSK.parent)} imports {module}"
                  for path in (KIOSK / layer).rglob("*.py")
                  for module in imported_modules(path)
                  if any(module == f"kiosk.{up}" or module.startswith(f"kiosk.{up}.") for up in above))


@pytest.mark.parametrize("layer", LAYERS[:-1])
def test_no_layer_imports_a_layer_above_it(layer):
    assert reaching_up(layer) == []


def test_the_scan_sees_imports_of_every_kind(tmp_path, monkeypatch):
    """The scan itself: plain, from, relative, and inside a function all count."""
    station = tmp_path / "kiosk" / "station"
    station.mkdir(parents=True)
    (station / "sample.py").write_text(
        "import kiosk.ui.theme\nfrom ..ui import widgets\nfrom kiosk import ui\n"
        "def later():\n    from kiosk.ui.i18n import LanguageSwitcher\n", "utf-8")
    monkeypatch.setattr(f"{__name__}.KIOSK", tmp_path / "kiosk")
    assert reaching_up("station") == [
        "kiosk/station/sample.py imports kiosk.ui", "kiosk/station/sample.py imports kiosk.ui.i18n",
        "kiosk/station/sample.py imports kiosk.ui.i18n.LanguageSwitcher",
        "kiosk/station/sample.py imports kiosk.ui.theme", "kiosk/station/sample.py imports kiosk.ui.widgets"]

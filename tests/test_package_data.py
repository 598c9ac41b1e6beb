"""A normal `pip install .` carries the assets, the built translations and the languages file."""
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


@pytest.mark.slow
def test_the_wheel_holds_assets_translations_and_languages(tmp_path):
    # No build isolation: the venv's setuptools, no download (which fails offline, or when the clock is
    # moved years ahead and the index's certificates look expired).
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    (wheel,) = tmp_path.glob("kiosk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"kiosk/assets/chime.wav", "kiosk/assets/icons/service-A.svg", "kiosk/i18n/languages.toml",
            "kiosk/core/default_branch.toml"} <= names
    shipped = {f"kiosk/i18n/{ts.stem}.qm" for ts in (ROOT / "i18n").glob("*.ts")}
    assert shipped <= names, "run `make translations` before building"

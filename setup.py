"""Package data beyond pyproject.toml: assets/ and i18n/ (built .qm, their .ts sources, languages.toml)
install as kiosk/assets and kiosk/i18n, where kiosk/paths.py looks for them in an installed (non-editable)
copy; kiosk/adapters/translations.py builds a .qm from its .ts where `make translations` was not run."""
from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["kiosk", "kiosk.*"]), "kiosk.assets", "kiosk.assets.icons",
              "kiosk.i18n"],
    package_dir={"kiosk.assets": "assets", "kiosk.i18n": "i18n"},
    package_data={"kiosk": ["core/*.toml"], "kiosk.assets": ["*.wav"], "kiosk.assets.icons": ["*.svg"],
                  "kiosk.i18n": ["*.qm", "*.ts", "languages.toml"]},
)

"""This machine's station: which one, its database, counter, printer, language and screen, in a TOML file."""
from __future__ import annotations

import json
import os
import tomllib
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir, user_data_dir, user_log_dir

from kiosk.core.errors import ConfigError, QueueError
from kiosk.core.languages import catalog
from kiosk.store.files import private_file
from kiosk.store.target import check_url, is_url

STATIONS = ("kiosk", "console", "display", "manager", "rate-pad")
COUNTER_STATIONS = ("console", "rate-pad")  # each stands at one counter
THEMES = ("light", "dark")
FILE_NAME = "station.toml"


def config_dir() -> Path:
    """The per-machine settings folder: KIOSK_CONFIG_DIR, else the platform's (e.g. ~/.config/kiosk)."""
    return Path(os.environ.get("KIOSK_CONFIG_DIR") or user_config_dir("kiosk", appauthor=False))


def settings_path() -> Path:
    return config_dir() / FILE_NAME


def data_dir() -> Path:
    """Where the database and printed-ticket PDFs go by default: KIOSK_DATA_DIR, else the platform's
    (e.g. ~/.local/share/kiosk)."""
    return Path(os.environ.get("KIOSK_DATA_DIR") or user_data_dir("kiosk", appauthor=False))


def log_dir() -> Path:
    """Where `kiosk run` writes its log: KIOSK_LOG_DIR, else the platform's (e.g. ~/.local/state/kiosk/log,
    %LOCALAPPDATA%\\kiosk\\Logs)."""
    return Path(os.environ.get("KIOSK_LOG_DIR") or user_log_dir("kiosk", appauthor=False))


@dataclass(frozen=True)
class StationSettings:
    station: str = "kiosk"
    db: str = ""
    counter: int = 0  # the counter of a console or rating pad; 0 elsewhere
    printer: str = ""  # the kiosk's ticket printer spec; "" = PDFs in the data folder
    language: str = ""  # the screens' default language; "" = the branch's first
    fullscreen: bool = True
    theme: str = "light"


def check(field: str, value: Any) -> Any:
    """One value, checked and normalised; ConfigError says what is wrong and what would be right."""
    if field == "station":
        if value not in STATIONS:
            raise ConfigError(f"station: {value!r} is not one of {', '.join(STATIONS)}")
    elif field == "db":
        if not str(value).strip():
            raise ConfigError("db: the database file is required")
        if is_url(str(value).strip()):
            try:
                return check_url(str(value).strip())
            except QueueError as exc:
                raise ConfigError(f"db: {exc}") from None
        path = Path(str(value)).expanduser()
        if path.is_dir():
            raise ConfigError(f"db: {path} is a folder; give a file such as {path / 'branch.db'}")
        value = str(path.absolute())
    elif field == "counter":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 999:
            raise ConfigError(f"counter: {value!r} must be a counter number from 1 to 999 (0: none)")
    elif field == "printer":
        value = str(value).strip()
        kind, _, target = value.partition(":")
        if value and (kind not in ("pdf", "system", "escpos") or not target):
            raise ConfigError(f"printer: {value!r}: use pdf:FOLDER, system:NAME, escpos:usb:VID:PID "
                              "or escpos:network:HOST")
    elif field == "language":
        value = str(value).strip()
        if value and value not in catalog().languages:
            known = ", ".join(catalog().languages)
            raise ConfigError(f"language: {value!r} is not one of the known languages ({known})")
    elif field == "fullscreen":
        if not isinstance(value, bool):
            raise ConfigError(f"fullscreen: {value!r} must be true or false")
    elif field == "theme" and value not in THEMES:
        raise ConfigError(f"theme: {value!r} is not one of {', '.join(THEMES)}")
    return value


def validated(settings: StationSettings) -> StationSettings:
    values = {f.name: check(f.name, getattr(settings, f.name)) for f in fields(StationSettings)}
    if values["station"] in COUNTER_STATIONS and not values["counter"]:
        raise ConfigError(f"counter: a {values['station']} station needs its counter number")
    return replace(settings, **values)


def load(path: Path | None = None) -> StationSettings | None:
    """The saved settings, or None when this machine has none yet."""
    path = path or settings_path()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the station settings: {exc}") from None
    known = {f.name for f in fields(StationSettings)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ConfigError(f"{path}: unknown setting {unknown[0]!r} (known: {', '.join(sorted(known))})")
    try:
        return validated(StationSettings(**data))
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def save(settings: StationSettings, path: Path | None = None) -> Path:
    """Write the settings (checked first); returns the file."""
    path = path or settings_path()
    settings = validated(settings)
    lines = ["# This machine's station: written by `kiosk setup`, read by `kiosk run`."]
    for name, value in asdict(settings).items():
        lines.append(f"{name} = {json.dumps(value, ensure_ascii=False)}")  # JSON strings, bools: TOML
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = path.with_suffix(".tmp")
    private_file(scratch)  # it names the database and this machine's station
    scratch.write_text("\n".join(lines) + "\n", "utf-8")
    os.replace(scratch, path)
    return path

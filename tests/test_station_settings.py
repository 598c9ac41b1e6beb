"""A branch PC is set up once (`kiosk setup`) and then just runs `kiosk run`."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kiosk.cli import cli
from kiosk.core.errors import ConfigError
from kiosk.station import settings

ROOT = Path(__file__).parents[1]


@pytest.fixture
def config_dir(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    monkeypatch.setenv("KIOSK_CONFIG_DIR", str(folder))
    return folder


def kiosk(*args, config_dir, timeout=60):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KIOSK_CONFIG_DIR": str(config_dir),
           "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "kiosk", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=timeout, stdin=subprocess.DEVNULL)


def test_interactive_setup_asks_again_after_a_wrong_answer(config_dir, tmp_path):
    db = tmp_path / "branch.db"
    answers = ["counter", "console", str(db), "y", "abc", "9", "3", "klingon", "zh_TW", ""]
    result = CliRunner().invoke(cli, ["setup"], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "station: 'counter' is not one of kiosk, console, display, manager" in result.output
    assert "'abc' is not a number" in result.output
    assert "unknown counter 9 (this branch has 1, 2, 3, 4, 5)" in result.output
    assert "language: 'klingon' is not one of the known languages" in result.output
    saved = settings.load()
    assert (saved.station, saved.db, saved.counter, saved.language) == ("console", str(db), 3, "zh_TW")
    assert db.exists(), "setup created the database with the default branch"
    assert settings.settings_path() == config_dir / "station.toml"


def test_non_interactive_setup_refuses_a_wrong_flag_and_changes_nothing(config_dir, tmp_path):
    result = kiosk("setup", "--non-interactive", "--create-db", "--station", "kiosk",
                   "--db", tmp_path / "b.db", "--printer", "fax:123", config_dir=config_dir)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("error: --printer: printer: 'fax:123': use pdf:")
    assert not (config_dir / "station.toml").exists()
    assert not (tmp_path / "b.db").exists(), "no database made for a set-up that was refused"


def test_setup_then_run_starts_the_kiosk_offscreen(config_dir, tmp_path):
    db = tmp_path / "b.db"
    made = kiosk("setup", "--non-interactive", "--create-db", "--station", "kiosk", "--db", db, "--windowed",
                 "--printer", f"pdf:{tmp_path / 'tickets'}", config_dir=config_dir)
    assert made.returncode == 0, made.stderr
    assert 'station = "kiosk"' in made.stdout and "fullscreen = false" in made.stdout
    started = kiosk("run", "--quit-after", "300", config_dir=config_dir)
    assert started.returncode == 0, started.stderr
    assert f"kiosk on {db}" in started.stderr


def test_station_commands_fall_back_to_the_settings(config_dir, tmp_path):
    no_settings = kiosk("console", "--quit-after", "100", config_dir=config_dir)
    assert no_settings.returncode == 2
    assert "--db is required" in no_settings.stderr or "--counter is required" in no_settings.stderr
    typo = kiosk("setup", "--non-interactive", "--station", "console", "--db", tmp_path / "typo.db",
                 "--counter", "2", config_dir=config_dir)
    assert typo.returncode == 2 and "there is no database at" in typo.stderr
    assert not (tmp_path / "typo.db").exists(), "a mistyped path makes no empty queue of its own"
    kiosk("setup", "--non-interactive", "--create-db", "--station", "console", "--db", tmp_path / "b.db",
          "--counter", "2", config_dir=config_dir)
    opened = kiosk("console", "--quit-after", "100", config_dir=config_dir)
    assert opened.returncode == 0, opened.stderr


def test_run_without_setup_says_what_to_do(config_dir):
    result = kiosk("run", config_dir=config_dir)
    assert result.returncode == 2
    assert "run `kiosk setup`" in result.stderr


@pytest.mark.parametrize(("text", "message"), [
    ('station = "tv"\n', r"station: 'tv' is not one of"),
    ('station = "console"\ndb = "x.db"\n', r"counter: a console station needs its counter number"),
    ('station = "kiosk"\ncolour = "red"\n', r"unknown setting 'colour'"),
    ('station = "kiosk"\ndb = "b.db"\nfullscreen = "yes"\n', r"fullscreen: 'yes' must be true or false"),
    ("station = \n", r"cannot read the station settings"),
])
def test_a_hand_edited_settings_file_is_checked(config_dir, text, message):
    config_dir.mkdir()
    (config_dir / "station.toml").write_text(text, "utf-8")
    with pytest.raises(ConfigError, match=message):
        settings.load()


def test_settings_round_trip_with_chinese_paths(config_dir, tmp_path):
    wanted = settings.StationSettings(station="display", db=str(tmp_path / "网点" / "队列.db"),
                                      language="zh_HK", fullscreen=False)
    settings.save(wanted)
    assert settings.load() == wanted

"""`kiosk voices` lists the voices that speak our languages; `--all` lists every voice of the engine."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.core.languages import catalog

espeak_only = pytest.mark.skipif(sys.platform != "linux", reason="measured with Debian's espeak-ng")


def voices(*args: str) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "kiosk", "voices", *args], capture_output=True, text=True,
                          timeout=60, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])})
    assert (done.returncode, done.stderr) == (0, "")
    return json.loads(done.stdout)


@espeak_only
def test_voices_lists_only_the_voices_that_speak_our_languages():
    ours = {tag for tag, language in catalog().languages.items() if language.voice is not None}
    assert {"zh_CN", "zh_TW", "en"} <= ours
    listed = voices()
    assert 1 <= len(listed) <= len(ours)
    for voice in listed:
        assert voice["serves"] and set(voice["serves"]) <= ours, voice
    served = {tag for voice in listed for tag in voice["serves"]}
    assert {"zh_CN", "zh_TW", "en"} <= served


@espeak_only
def test_voices_all_lists_every_voice_of_the_engine():
    listed, every = voices(), voices("--all")
    assert len(every) > len(listed)
    assert [voice for voice in every if voice["serves"]] == listed
    assert any(voice["id"] == "roa/fr" and voice["serves"] == [] for voice in every)

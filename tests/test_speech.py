"""Speech: voices per language, real WAVs from pyttsx3 + espeak-ng, the chime, the Speaker, the CLI."""
from __future__ import annotations

import array
import json
import logging
import math
import subprocess
import sys
import threading
import time
import wave
from pathlib import Path
from types import SimpleNamespace

import pytest
from pyttsx3.voice import Voice

from kiosk import paths
from kiosk.adapters import speech
from kiosk.adapters.speech import Speaker, SpeechError, SpeechUnavailable, find_voice, synthesize, write_chime
from kiosk.core.announce import call_text

espeak_only = pytest.mark.skipif(sys.platform != "linux", reason="measured with Debian's espeak-ng")
WAIT = 10  # seconds an Event may take before a test fails; never slept


def measure(path: Path) -> tuple[float, float, int]:
    """(seconds, RMS as a fraction of full scale, sample rate) of a mono 16-bit WAV."""
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        samples = array.array("h", wav.readframes(wav.getnframes()))
        rate = wav.getframerate()
    if sys.byteorder == "big":
        samples.byteswap()
    rms = math.sqrt(sum(s * s for s in samples) / max(len(samples), 1)) / 32768
    return len(samples) / rate, rms, rate


# -- choosing a voice ----------------------------------------------------------------------------

@espeak_only
@pytest.mark.parametrize(("lang", "voice_id"), [
    ("zh_CN", "sit/cmn-latn-pinyin"), ("zh_TW", "sit/cmn-latn-pinyin"), ("yue", "sit/yue"),
    ("zh_HK", "sit/yue"), ("en", "gmw/en"), ("en_US", "gmw/en-us"),
])
def test_find_voice_on_this_machine(lang, voice_id):
    assert find_voice(speech.list_voices(), lang).id == voice_id


def test_plain_cmn_voice_is_never_chosen_for_chinese():
    english_pinyin = Voice("sit/cmn", "Chinese (Mandarin, latin as English)", ["cmn"])
    assert find_voice([english_pinyin], "zh_CN") is None


def test_sapi5_voices_match_by_language_then_name():
    huihui = Voice("TTS_MS_ZH-CN_HUIHUI_11.0", "Microsoft Huihui Desktop - Chinese (Simplified)", ["zh-CN"])
    hanhan = Voice("TTS_MS_ZH-TW_HANHAN_11.0", "Microsoft Hanhan Desktop - Chinese (Taiwan)", ["zh-TW"])
    zira = Voice("TTS_MS_EN-US_ZIRA_11.0", "Microsoft Zira Desktop - English (United States)", ["en-US"])
    tracy = Voice("TTS_MS_ZH-HK_TRACY_11.0", "Microsoft Tracy Desktop", ["Unknown Locale: 3076"])
    voices = [zira, huihui, hanhan, tracy]
    assert find_voice(voices, "zh_CN") is huihui
    assert find_voice(voices, "zh_TW") is hanhan
    assert find_voice(voices, "en") is zira
    assert find_voice(voices, "yue") is tracy
    assert find_voice([zira], "zh_CN") is None
    assert find_voice(voices, "xx_XX") is None


# -- real WAVs -----------------------------------------------------------------------------------

@espeak_only
@pytest.mark.parametrize(("lang", "min_seconds"), [("zh_CN", 1.0), ("en", 0.5)])
def test_synthesize_writes_audible_speech(tmp_path, lang, min_seconds):
    path = synthesize(call_text("A023", 3, lang), lang, tmp_path / f"{lang}.wav")
    seconds, rms, rate = measure(path)
    assert rate == 22050
    assert seconds > min_seconds
    assert rms > 0.02, f"{lang}: {seconds:.2f} s but RMS {rms:.4f}: silent"
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{lang}.wav"]  # no scratch file left


def test_missing_voice_and_missing_engine_are_reported(tmp_path):
    with pytest.raises(SpeechUnavailable, match="no voice for 'xx_XX'"):
        synthesize("hello", "xx_XX", tmp_path / "x.wav")
    with pytest.raises(SpeechUnavailable, match="no speech engine"):
        synthesize("hello", "en", tmp_path / "x.wav", driver="no_such_driver")
    with pytest.raises(SpeechError, match="cannot write"):
        synthesize("hello", "en", tmp_path / "missing" / "x.wav")
    assert list(tmp_path.iterdir()) == []


@espeak_only
def test_a_failed_job_leaves_the_next_engine_working(tmp_path, monkeypatch):
    monkeypatch.setattr(speech, "find_voice", lambda voices, lang: SimpleNamespace(id="no-such-voice"))
    with pytest.raises(SpeechError, match="no-such-voice"):
        synthesize("hello", "en", tmp_path / "bad.wav")
    monkeypatch.undo()
    for n in range(2):  # a second file job on a fresh engine speaks its own text
        text = "one two three four five six" if n else "one"
        seconds, rms, _ = measure(synthesize(text, "en", tmp_path / f"{n}.wav"))
        assert rms > 0.02
        assert (seconds > 1.5) if n else (seconds < 1.0)


# -- the chime -----------------------------------------------------------------------------------

def test_chime_is_short_soft_and_committed(tmp_path):
    chime = write_chime(tmp_path / "chime.wav")
    seconds, rms, rate = measure(chime)
    assert rate == 22050 and 0.7 <= seconds <= 0.9 and rms > 0.05
    with wave.open(str(chime), "rb") as wav:
        samples = array.array("h", wav.readframes(wav.getnframes()))
    assert abs(samples[0]) < 50 and abs(samples[-1]) < 50  # faded in and out: no click
    assert max(map(abs, samples)) < 32000
    asset = paths.asset("chime.wav")
    assert asset.stat().st_size < 100_000
    assert asset.read_bytes() == chime.read_bytes()


# -- the Speaker ---------------------------------------------------------------------------------

FAKE_PLAYER = """
import pathlib, sys, time
log, flags, wav = pathlib.Path(sys.argv[1]), sys.argv[2:-1], pathlib.Path(sys.argv[-1])
def note(what):
    with log.open("a") as f:
        f.write(f"{what} {wav.name}\\n")
note("start")
time.sleep(30 if wav.name == "chime.wav" and "slow-chime" in flags else 0.05)
note("end")
"""


@pytest.fixture
def fake_player(tmp_path):
    """A player command that logs when it starts and ends each file; and the log's path."""
    script = tmp_path / "player.py"
    script.write_text(FAKE_PLAYER)
    log = tmp_path / "played.log"
    return [sys.executable, "-S", str(script), str(log)], log


class Spoken:
    """on_spoken for tests: records (text, seconds, rms) and sets `done` when `last` was spoken."""

    def __init__(self, last: str):
        self.last, self.items, self.done = last, [], threading.Event()

    def __call__(self, text: str, wav: Path) -> None:
        seconds, rms, _ = measure(wav)
        self.items.append((text, seconds, rms))
        if text == self.last:
            self.done.set()

    @property
    def texts(self) -> list[str]:
        return [text for text, _, _ in self.items]


@espeak_only
def test_speaker_speaks_in_order_one_at_a_time(fake_player):
    player, log = fake_player
    spoken = Spoken(last="Number B zero zero one")
    with Speaker(player=player, on_spoken=spoken) as speaker:
        started = time.monotonic()
        speaker.speak(call_text("A023", 3, "zh_CN"), "zh_CN")
        speaker.speak("Number B zero zero one", "en", chime=True)
        assert time.monotonic() - started < 0.1  # the caller never waits for speech
        assert spoken.done.wait(WAIT)
    assert spoken.texts == ["请 A 零 二 三 号到 3 号窗口", "Number B zero zero one"]
    assert all(seconds > 0.5 and rms > 0.02 for _, seconds, rms in spoken.items)
    assert log.read_text().split("\n") == [
        "start utterance.wav", "end utterance.wav",
        "start chime.wav", "end chime.wav", "start utterance.wav", "end utterance.wav", ""]


def test_missing_voice_is_logged_once_and_the_speaker_carries_on(caplog):
    spoken = Spoken(last="hello")
    with caplog.at_level(logging.WARNING, logger="kiosk.speech"), Speaker(player=(), on_spoken=spoken) as s:
        s.speak("bonjour", "xx_XX")
        s.speak("au revoir", "xx_XX")
        s.speak("hello", "en")
        assert spoken.done.wait(WAIT)
    about_voice = [r for r in caplog.records if r.name == "kiosk.speech" and "xx_XX" in r.getMessage()]
    assert len(about_voice) == 1
    assert spoken.texts == ["hello"]
    assert any("no audio player" in r.getMessage() for r in caplog.records)


def test_missing_engine_is_logged_once_and_never_raises(caplog):
    with caplog.at_level(logging.WARNING, logger="kiosk.speech"):
        speaker = Speaker(player=(), driver="no_such_driver")
        for _ in range(3):
            speaker.speak("hello", "en")
        speaker.close(WAIT)
        speaker.speak("after the end", "en")  # ignored, no error
    assert [r.getMessage() for r in caplog.records if "no speech engine" in r.getMessage()] == [
        "no speech engine: No module named 'pyttsx3.drivers.no_such_driver'; calls are shown, not spoken"]


def test_a_failing_on_spoken_is_logged_and_the_speaker_carries_on(caplog):
    done = threading.Event()

    def on_spoken(text, wav):
        if text == "one":
            raise RuntimeError("the display is gone")
        done.set()

    speaker = Speaker(player=(), on_spoken=on_spoken)
    with caplog.at_level(logging.WARNING, logger="kiosk.speech"), speaker:
        speaker.speak("one", "en")
        speaker.speak("two", "en")
        assert done.wait(WAIT)
    assert any("on_spoken failed" in r.getMessage() for r in caplog.records)


def test_interrupt_drops_what_is_queued():
    release, first = threading.Event(), threading.Event()
    spoken = Spoken(last="four")

    def on_spoken(text, wav):
        spoken(text, wav)
        if text == "one":
            first.set()
            release.wait(WAIT)

    with Speaker(player=(), on_spoken=on_spoken) as speaker:
        speaker.speak("one", "en")
        assert first.wait(WAIT)
        speaker.speak("two", "en")
        speaker.speak("three", "en")
        speaker.interrupt()
        speaker.speak("four", "en")
        release.set()
        assert spoken.done.wait(WAIT)
    assert spoken.texts == ["one", "four"]


def test_interrupt_cuts_the_sound_that_is_playing(fake_player, monkeypatch):
    player, log = fake_player
    chime_playing, interrupted = threading.Event(), threading.Event()
    real_synthesize = speech.synthesize

    def synthesize_after_interrupt(text, *args):
        if text == "old":  # the chime is playing while the text is made
            chime_playing.set()
            interrupted.wait(WAIT)
        return real_synthesize(text, *args)

    monkeypatch.setattr(speech, "synthesize", synthesize_after_interrupt)
    spoken = Spoken(last="new")
    started = time.monotonic()
    with Speaker(player=[*player, "slow-chime"], on_spoken=spoken) as speaker:
        speaker.speak("old", "en", chime=True)
        assert chime_playing.wait(WAIT)
        speaker.interrupt()
        interrupted.set()
        speaker.speak("new", "en")
        assert spoken.done.wait(WAIT)
    assert time.monotonic() - started < WAIT  # the 30 s chime was cut
    assert spoken.texts == ["new"]
    played = [line for line in log.read_text().splitlines() if line != "start chime.wav"]  # if it started
    assert played == ["start utterance.wav", "end utterance.wav"]


# -- the command line ----------------------------------------------------------------------------

def kiosk(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, timeout=60,
                          cwd=cwd)


@espeak_only
def test_cli_say_writes_the_call_and_prints_its_exact_text(tmp_path):
    out = tmp_path / "call.wav"
    done = kiosk("say", "--call", "a023", "--counter", "3", "--lang", "zh_CN", "--print-text",
                 "--out", str(out))
    assert (done.returncode, done.stdout, done.stderr) == (0, "请 A 零 二 三 号到 3 号窗口\n", "")
    assert measure(out)[0] > 1.0
    done = kiosk("say", "--lang", "en", "--text", "Welcome to the branch", "--out", str(out))
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    seconds, rms, _ = measure(out)
    assert seconds > 0.5 and rms > 0.02


@pytest.mark.parametrize(("args", "message"), [
    (["--text", "hi", "--call", "A001", "--counter", "1"], "error: give exactly one of --text and --call\n"),
    (["--call", "A001"], "error: --call and --counter go together\n"),
    (["--text", "hi", "--lang", "xx_XX", "--out", "x.wav"],
     "error: no voice for 'xx_XX' in the espeak speech engine\n"),
])
def test_cli_say_refuses_with_one_error_line(tmp_path, args, message):
    if "xx_XX" in args and sys.platform != "linux":
        pytest.skip("the engine's name is espeak's")
    done = kiosk("say", *args, cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", message)
    assert list(tmp_path.iterdir()) == []


@espeak_only
def test_cli_voices_lists_what_serves_each_language():
    done = kiosk("voices")
    assert done.returncode == 0, done.stderr
    serving = {voice["id"]: voice["serves"] for voice in json.loads(done.stdout) if voice["serves"]}
    assert serving == {"sit/cmn-latn-pinyin": ["zh_CN", "zh_TW"], "sit/yue": ["zh_HK", "yue"],
                       "gmw/en": ["en"]}


@espeak_only
def test_volume_gain_scales_the_spoken_wav(tmp_path):
    loud, quiet = tmp_path / "loud.wav", tmp_path / "quiet.wav"
    synthesize("Number A zero two three, please go to counter 3", "en", loud)
    quiet.write_bytes(loud.read_bytes())
    speech.apply_gain(quiet, -12)
    (loud_s, loud_rms, _), (quiet_s, quiet_rms, _) = measure(loud), measure(quiet)
    ratio = quiet_rms / loud_rms
    assert 0.24 < ratio < 0.26, f"-12 dB is a quarter of the amplitude, measured {ratio:.3f}"
    assert quiet_s == loud_s


@espeak_only
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_slower_rate_speaks_the_same_text_clearly_longer(tmp_path, lang):
    text = {"en": "Your number is A zero zero one. Please wait to be called.",
            "zh_CN": "您的号码是 A001，请等候叫号。"}[lang]
    normal = speech.wav_seconds(synthesize(text, lang, tmp_path / "normal.wav", rate=speech.DEFAULT_RATE))
    slower = speech.wav_seconds(synthesize(text, lang, tmp_path / "slower.wav", rate=speech.SLOWER_RATE))
    print(f"{lang}: {normal:.2f} s at {speech.DEFAULT_RATE} wpm, {slower:.2f} s at {speech.SLOWER_RATE} wpm")
    assert slower >= 1.2 * normal, (normal, slower)


@espeak_only
def test_every_job_speaks_at_the_rate_it_asks_for(tmp_path):
    """pyttsx3's espeak driver used to drop the rate now and then and speak at its own 200 wpm."""
    seconds = {speech.DEFAULT_RATE: set(), speech.SLOWER_RATE: set()}
    for _ in range(15):
        for rate, heard in seconds.items():
            heard.add(round(speech.wav_seconds(synthesize("Speech at normal speed", "en",
                                                          tmp_path / "x.wav", rate=rate)), 1))
    assert all(len(heard) == 1 for heard in seconds.values()), seconds

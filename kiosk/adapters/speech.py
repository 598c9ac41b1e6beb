"""Speech: a voice per language, WAV files from pyttsx3, a worker thread that speaks one call at a time."""
from __future__ import annotations

import array
import functools
import logging
import math
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from kiosk import paths
from kiosk.core.errors import QueueError
from kiosk.core.languages import VoiceWanted, catalog

log = logging.getLogger("kiosk.speech")

DEFAULT_RATE = 150  # words per minute (ACCESSIBILITY.md); espeak-ng defaults to 175, SAPI5 to 200
SLOWER_RATE = 110  # the kiosk's "Slower speech": espeak-ng takes about 40% longer than at DEFAULT_RATE
SAMPLE_RATE = 22050  # what espeak-ng writes; the chime matches it
SYNTHESIS_TIMEOUT = 30  # seconds; espeak-ng makes minutes of speech in one second
T = TypeVar("T")


class SpeechError(QueueError):
    """Speech could not be produced; the message says why."""


class SpeechUnavailable(SpeechError):
    """No speech engine, or no voice for the language: calls are shown, not spoken."""


# -- choosing a voice ----------------------------------------------------------------------------


def _locale(lang: str) -> str:
    return lang.strip().replace("_", "-").lower()


def wanted_voice(lang: str) -> VoiceWanted | None:
    """The kind of voice a language tag needs ("zh_TW" -> Mandarin, i18n/languages.toml); None: none known."""
    known = catalog().find(lang)
    return known.voice if known is not None else None


def find_voice(voices: Iterable[Any], lang: str) -> Any | None:
    """The pyttsx3 voice to speak `lang` with (espeak-ng id, then declared language, then name), or None."""
    wanted = wanted_voice(lang)
    if wanted is None:
        return None
    voices = list(voices)
    tag = _locale(lang)

    def own_first(options: tuple[str, ...]) -> list[str]:  # en_US prefers en-us, zh_TW prefers zh-tw
        return sorted(options, key=lambda option: option != tag)

    for espeak_id in own_first(wanted.espeak_ids):
        for voice in voices:
            if str(voice.id).lower().rsplit("/", 1)[-1] == espeak_id:
                return voice
    for locale in own_first(wanted.locales):
        for voice in voices:
            if locale in (_locale(str(code)) for code in voice.languages or ()):
                return voice
    return next((voice for voice in voices
                 if any(word in str(voice.name or "").lower() for word in wanted.name_words)), None)


def voices_serving(voices: Iterable[Any]) -> dict[str, Any]:
    """Each spoken language of i18n/languages.toml, with the voice chosen for it (None: none found)."""
    voices = list(voices)
    return {tag: find_voice(voices, tag) for tag, language in catalog().languages.items()
            if language.voice is not None}


# -- one engine per job --------------------------------------------------------------------------

_ENGINE_LOCK = threading.Lock()  # espeak-ng keeps one synthesiser and one audio callback per process


def _on_fresh_engine(job: Callable[[Any], T], driver: str | None = None) -> T:
    """Run `job(engine)` on a new pyttsx3 engine, one job at a time in this process.

    `pyttsx3.init()` hands back one cached engine per driver, and a 2.99 engine that saved a file
    misbehaves afterwards, so each job builds `pyttsx3.Engine` itself and drops it before the next.
    """
    with _ENGINE_LOCK:
        value, problem = _run_on_new_engine(job, driver)
    if problem is not None:
        raise problem
    return value


def _run_on_new_engine(job: Callable[[Any], T], driver: str | None) -> tuple[T | None, SpeechError | None]:
    # Returns the problem instead of raising it: a traceback would keep the engine alive, and an
    # espeak driver freed late unhooks the audio callback of the engine built after it.
    try:
        import pyttsx3

        engine = pyttsx3.Engine(driver)
    except Exception as exc:  # no pyttsx3, no espeak-ng library, no SAPI5: the program runs on without speech
        return None, SpeechUnavailable(f"no speech engine: {exc}")
    try:
        return job(engine), None
    except SpeechError as exc:
        return None, type(exc)(str(exc))
    except Exception as exc:
        return None, SpeechError(f"the {engine.driver_name} speech engine failed: {exc}")


def list_voices(driver: str | None = None) -> list[Any]:
    """Every voice of the speech engine (pyttsx3 Voice objects: id, name, languages)."""
    return _on_fresh_engine(lambda engine: list(engine.getProperty("voices")), driver)


def _discard(*args: object, **kwargs: object) -> None:
    """Stands in for print() in pyttsx3's driver, which reports each saved file on stdout."""


def _save(engine: Any, text: str, lang: str, path: Path, rate: int) -> None:
    voice = find_voice(engine.getProperty("voices"), lang)
    if voice is None:
        raise SpeechUnavailable(f"no voice for {lang!r} in the {engine.driver_name} speech engine")
    errors: list[str] = []
    finished = threading.Event()
    engine.connect("error", lambda exception=None, **_: errors.append(str(exception)))
    engine.connect("finished-utterance", lambda **_: finished.set())
    driver_module = sys.modules.get(f"pyttsx3.drivers.{engine.driver_name}")
    if driver_module is not None:
        driver_module.print = _discard  # keeps stdout clean for the CLI's JSON
    engine.setProperty("voice", voice.id)
    engine.setProperty("rate", rate)
    if engine.driver_name == "espeak":
        _set_espeak_rate(rate)
    engine.save_to_file(text, str(path))
    engine.runAndWait()
    if engine.driver_name == "espeak":
        _await_espeak(finished)
    if errors:
        raise SpeechError(f"the {engine.driver_name} speech engine failed: {errors[0]}")


def _set_espeak_rate(rate: int) -> None:
    """Set espeak-ng's rate now and wait until it is in effect.

    pyttsx3 queues setProperty("rate") in espeak-ng's asynchronous command queue, then runAndWait() calls
    the driver's stop(), whose espeak_Cancel() empties that queue while it is still busy: the text was then
    spoken at the driver's own 200 wpm, in 9 to 19% of the jobs when measured here.
    """
    from pyttsx3.drivers import _espeak

    _espeak.SetParameter(_espeak.RATE, rate, 0)
    _await_espeak_idle()


def _await_espeak_idle() -> None:
    from pyttsx3.drivers import _espeak

    deadline = time.monotonic() + SYNTHESIS_TIMEOUT
    while _espeak.IsPlaying() and time.monotonic() < deadline:
        time.sleep(0.002)


def _await_espeak(finished: threading.Event) -> None:
    """Wait until espeak-ng has written the file and left its audio callback.

    With pyttsx3's espeak driver, runAndWait() returns while espeak-ng's own thread still synthesises;
    the WAV appears when it ends, and the engine must outlive that thread's last call into Python.
    """
    from pyttsx3.drivers import _espeak

    if not finished.wait(SYNTHESIS_TIMEOUT):
        _espeak.Cancel()
    _await_espeak_idle()
    if not finished.is_set():
        raise SpeechError(f"espeak-ng did not finish within {SYNTHESIS_TIMEOUT} s")


def wav_seconds(path: str | os.PathLike[str]) -> float:
    """A WAV file's duration; 0.0 when it is empty or unreadable."""
    try:
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() / wav.getframerate()
    except (OSError, EOFError, wave.Error):
        return 0.0


def apply_gain(path: str | os.PathLike[str], gain_db: float) -> None:
    """Scale a 16-bit PCM WAV in place by `gain_db` decibels (clipped at full scale): the volume control."""
    if gain_db == 0:
        return
    with wave.open(str(path), "rb") as wav:
        params, frames = wav.getparams(), wav.readframes(wav.getnframes())
    if params.sampwidth != 2:
        raise SpeechError(f"volume: {path} is not 16-bit PCM")
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()  # WAV is little-endian
    factor = 10 ** (gain_db / 20)
    samples = array.array("h", (max(-32768, min(32767, round(v * factor))) for v in samples))
    if sys.byteorder == "big":
        samples.byteswap()
    with wave.open(str(path), "wb") as wav:
        wav.setparams(params)
        wav.writeframes(samples.tobytes())


def synthesize(text: str, lang: str, path: str | os.PathLike[str], rate: int = DEFAULT_RATE,
               driver: str | None = None) -> Path:
    """Write `text`, spoken in `lang`, to the WAV file `path`; raises SpeechUnavailable or SpeechError."""
    if not text.strip():
        raise SpeechError("nothing to say: the text is empty")
    target = Path(path)
    try:  # the engine writes next to the target, then the file is moved in: no half-written WAV
        handle, scratch = tempfile.mkstemp(suffix=".wav", prefix=".speech-", dir=target.parent)
        os.close(handle)
    except OSError as exc:
        raise SpeechError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        job = functools.partial(_save, text=text, lang=lang, path=Path(scratch), rate=rate)
        _on_fresh_engine(job, driver)
        if wav_seconds(scratch) == 0.0:
            raise SpeechError(f"the speech engine wrote no audio for {text!r}")
        os.replace(scratch, target)
    finally:
        Path(scratch).unlink(missing_ok=True)
    return target


# -- the chime -----------------------------------------------------------------------------------

CHIME_TONES = ((659.25, 0.0), (523.25, 0.4))  # E5 then C5 ("ding-dong"): (Hz, start in s)
CHIME_SECONDS = 0.8


def write_chime(path: str | os.PathLike[str]) -> Path:
    """Write a soft two-tone chime (22050 Hz mono 16-bit, 0.8 s); each tone fades in and out, no clicks."""
    total = round(CHIME_SECONDS * SAMPLE_RATE)
    mix = [0.0] * total
    attack, release = round(0.025 * SAMPLE_RATE), round(0.08 * SAMPLE_RATE)

    def smooth(x: float) -> float:  # a raised-cosine ramp from 0 to 1: no click where a tone starts or ends
        return 0.5 - 0.5 * math.cos(math.pi * min(1.0, x))

    for frequency, start in CHIME_TONES:  # each tone rings on, decaying, to the end
        offset = round(start * SAMPLE_RATE)
        length = total - offset
        for i in range(length):
            t = i / SAMPLE_RATE
            envelope = smooth(i / attack) * smooth((length - 1 - i) / release) * math.exp(-3.5 * t)
            bell = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(4 * math.pi * frequency * t)
            mix[offset + i] += envelope * bell
    samples = array.array("h", (round(12000 * value) for value in mix))
    if sys.byteorder == "big":
        samples.byteswap()  # WAV is little-endian
    target = Path(path)
    with wave.open(str(target), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(samples.tobytes())
    return target


# -- the speaker ---------------------------------------------------------------------------------


def player_command() -> list[str] | None:
    """The command that plays a WAV file (its path is appended), or None (Windows plays with winsound)."""
    candidates = [["afplay"]] if sys.platform == "darwin" else [["aplay", "-q"], ["paplay"]]
    return next((command for command in candidates if shutil.which(command[0])), None)


@dataclass(frozen=True)
class _Utterance:
    text: str
    lang: str
    chime: bool
    generation: int  # interrupt() moves on to the next generation; older utterances are dropped


class Speaker:
    """Speaks queued texts one at a time on a worker thread; never blocks, never raises into the caller.

    `on_spoken(text, wav_path)` is called from the worker after each utterance; the WAV file exists until
    it returns. A missing engine, voice or player is logged once (logger "kiosk.speech"), then skipped.
    `player`: a command to play a WAV with (its path appended); None finds the platform's; () plays nothing.
    `rate` (words per minute) and `gain_db` may be set from any thread: each utterance is made with the values
    they hold when its synthesis starts, so a change is heard from the next utterance on.
    """

    def __init__(self, *, rate: int = DEFAULT_RATE, on_spoken: Callable[[str, Path], None] | None = None,
                 chime_path: str | os.PathLike[str] | None = None, player: Sequence[str] | None = None,
                 driver: str | None = None) -> None:
        self.rate = rate
        self.gain_db = 0.0  # the volume control: applied to each utterance as it is made
        self.on_spoken = on_spoken
        self.chime_path = Path(chime_path) if chime_path is not None else paths.asset("chime.wav")
        self._player = player_command() if player is None else list(player)
        self._winsound = player is None and sys.platform == "win32"
        self._driver = driver
        self._queue: queue.SimpleQueue[_Utterance | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._generation = 0
        self._stopped = False
        self._playing: subprocess.Popen[bytes] | None = None
        self._logged: set[str] = set()
        self._thread = threading.Thread(target=self._run, name="kiosk-speech", daemon=True)
        self._thread.start()

    def __enter__(self) -> Speaker:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def speak(self, text: str, lang: str, chime: bool = False) -> None:
        """Queue `text` in language `lang`, with the chime before it when asked."""
        with self._lock:
            if not self._stopped and text.strip():
                self._queue.put(_Utterance(text, lang, chime, self._generation))

    def interrupt(self) -> None:
        """Drop everything queued and cut the current playback: what comes next replaces it."""
        with self._lock:
            self._drop_queued()

    def stop(self, timeout: float = 5.0) -> None:
        """Drop everything queued, cut the current playback and end the worker."""
        with self._lock:
            if not self._stopped:
                self._drop_queued()
        self.close(timeout)

    def close(self, timeout: float | None = None) -> None:
        """Speak what is queued, then end the worker (waits up to `timeout` seconds)."""
        with self._lock:
            if not self._stopped:
                self._stopped = True
                self._queue.put(None)
        if threading.current_thread() is not self._thread:  # on_spoken may stop its own speaker
            self._thread.join(timeout)

    def _drop_queued(self) -> None:  # called with the lock held
        self._generation += 1
        while not self._queue.empty():
            self._queue.get_nowait()
        if self._playing is not None:
            self._playing.terminate()

    def _is_current(self, item: _Utterance) -> bool:
        return item.generation == self._generation

    def _log_once(self, message: str) -> None:
        if message not in self._logged:
            self._logged.add(message)
            log.warning("%s", message)

    def _run(self) -> None:
        folder = Path(tempfile.mkdtemp(prefix="kiosk-speech-"))
        try:
            while (item := self._queue.get()) is not None:
                try:
                    if self._is_current(item):
                        self._say(item, folder / "utterance.wav")
                except Exception as exc:  # the worker outlives any one utterance
                    self._log_once(f"speech failed: {exc!r}")
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _say(self, item: _Utterance, wav: Path) -> None:
        chime = self._start(self.chime_path, item) if item.chime else None  # rings while the text is made
        try:
            synthesize(item.text, item.lang, wav, self.rate, self._driver)
            apply_gain(wav, self.gain_db)
        except SpeechError as exc:
            self._log_once(f"{exc}; calls are shown, not spoken")
            return
        finally:
            self._wait(chime)
        try:
            self._wait(self._start(wav, item))
            if self.on_spoken is not None and self._is_current(item):
                self._call_on_spoken(item.text, wav)
        finally:
            wav.unlink(missing_ok=True)

    def _call_on_spoken(self, text: str, wav: Path) -> None:
        try:
            self.on_spoken(text, wav)
        except Exception:
            log.exception("speech: on_spoken failed")

    def _start(self, wav: Path, item: _Utterance) -> subprocess.Popen[bytes] | None:
        """Start playing `wav` (Windows: play it through); None when nothing is left to wait for."""
        if self._winsound:
            import winsound

            winsound.PlaySound(str(wav), winsound.SND_FILENAME)
            return None
        if not self._player:
            self._log_once("no audio player (aplay, paplay, afplay) found: speech is made but not heard")
            return None
        with self._lock:
            if not self._is_current(item):
                return None
            try:
                self._playing = subprocess.Popen([*self._player, str(wav)], stdin=subprocess.DEVNULL,
                                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            except OSError as exc:
                self._log_once(f"audio player {self._player[0]} cannot start: {exc}")
                return None
            return self._playing

    def _wait(self, process: subprocess.Popen[bytes] | None) -> None:
        if process is None:
            return
        _, errors = process.communicate()
        with self._lock:
            self._playing = None
        if process.returncode > 0:
            reason = "".join(errors.decode(errors="replace").strip().splitlines()[-1:]) or process.returncode
            self._log_once(f"audio player {self._player[0]} failed: {reason}")

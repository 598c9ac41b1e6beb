"""The languages the program knows, read from i18n/languages.toml: names, announcement words, voices."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kiosk import paths
from kiosk.core.errors import ConfigError


@dataclass(frozen=True)
class Phrasebook:
    """One language's words; `{label}` is the spelled ticket, `{counter}`, `{ahead}`, `{eta}` are numbers."""

    digits: tuple[str, ...]
    call: str
    your_number: str
    ahead: str
    nobody_ahead: str
    separator: str = " "
    people: tuple[str, str] = ("", "")  # singular and plural after {ahead}, as {people}
    minutes: tuple[str, str] = ("", "")  # singular and plural after {eta}, as {minutes}
    drill: str = ""  # said before a drill ticket's call ("Drill."); "" reads the fallback language's
    range: str = "{low}-{high}"  # a wait said as a range, as {eta}: "10 to 15"
    nobody_ahead_wait: str = ""  # nobody ahead but every counter busy: "... about {eta} {minutes}."


@dataclass(frozen=True)
class VoiceWanted:
    """How one spoken language's voices are recognised in each engine, best first."""

    espeak_ids: tuple[str, ...]  # espeak-ng voice ids without their folder ("sit/", "gmw/")
    locales: tuple[str, ...]  # languages that SAPI5 and NSSpeech voices declare, lower case with "-"
    name_words: tuple[str, ...]  # words in the name of a voice whose language is unknown


@dataclass(frozen=True)
class Language:
    tag: str
    name: str  # in itself
    voice: VoiceWanted | None
    screens: str  # the tag whose screen translation (.qm) it shows when it has none of its own
    words: str  # the tag whose announcement words it reads (its own, a borrowed one, or the fallback)
    phrasebook: Phrasebook


TICKET_KEYS = ("mark", "ahead", "eta", "next", "issued", "hint", "privacy")
# the booking slip's words: a language without all of them prints its booking slips in the fallback's
BOOKING_SLIP_KEYS = ("booking", "booking_when", "booking_check_in", "booking_hint")


@dataclass(frozen=True)
class Catalog:
    languages: dict[str, Language]
    aliases: dict[str, str]
    fallback: str
    tickets: dict[str, dict[str, str]]  # the printed ticket's words, by the tags that have their own

    def find(self, tag: str) -> Language | None:
        """The entry a tag means ("zh-hk" -> zh_HK, "zh_Hant_TW" -> zh_Hant, an alias of zh_TW), or None."""
        first, *rest = tag.strip().replace("-", "_").split("_")
        parts = [first.lower(), *(p.title() if len(p) == 4 else p.upper() for p in rest)]
        for end in range(len(parts), 0, -1):  # zh_Hant_TW, then zh_Hant, then zh
            found = "_".join(parts[:end])
            found = self.aliases.get(found, found)
            if found in self.languages:
                return self.languages[found]
        return None

    def name(self, tag: str) -> str:
        """The language's name in itself ("繁體中文"), or the tag when it is not listed."""
        known = self.languages.get(tag)
        return known.name if known else tag

    def words_of(self, tag: str) -> str:
        """The tag whose announcement words `tag` reads; the fallback for an unknown tag."""
        known = self.find(tag)
        return known.words if known else self.fallback

    def phrasebook_of(self, tag: str) -> Phrasebook:
        return self.languages[self.words_of(tag)].phrasebook

    def booking_slip_language(self, tag: str) -> str:
        """The tag whose booking-slip words `tag` reads: its ticket language's when complete, else the
        fallback's."""
        lang = self.ticket_language(tag)
        return lang if all(key in self.tickets[lang] for key in BOOKING_SLIP_KEYS) else self.fallback

    def ticket_language(self, tag: str) -> str:
        """The tag whose printed-ticket words `tag` reads: its own, its screens', else the fallback's."""
        known = self.find(tag)
        for candidate in (known.tag, known.screens) if known else ():
            if candidate in self.tickets:
                return candidate
        return self.fallback


def load(path: Path) -> Catalog:
    """Read and check a languages file; ConfigError names the first wrong field."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path.name}: cannot read: {exc}") from None
    voices = {key: _voice(value, f"voices.{key}") for key, value in _table(data, "voices", "").items()}
    raw = _table(data, "languages", "")
    for tag in raw:
        _table(raw, tag, "languages.")
    words = {tag: _phrasebook(entry["announce"], f"languages.{tag}.announce")
             for tag, entry in raw.items() if "announce" in entry}
    languages, aliases = {}, {}
    for tag, entry in raw.items():
        where = f"languages.{tag}"
        voice = entry.get("voice")
        if voice is not None and voice not in voices:
            raise ConfigError(f"{where}.voice: no [voices.{voice}]")
        borrowed = entry.get("words", tag)
        if borrowed not in words and "words" in entry:
            raise ConfigError(f"{where}.words: {borrowed!r} has no [languages.{borrowed}.announce]")
        languages[tag] = (tag, _text(entry, "name", where), voices.get(voice), str(entry.get("screens", tag)),
                          borrowed if borrowed in words else None)
        for alias in _texts(entry, "aliases", where):
            aliases[alias] = tag
    tickets = {tag: _ticket(entry["ticket"], f"languages.{tag}.ticket")
               for tag, entry in raw.items() if "ticket" in entry}
    fallback = str(data.get("fallback", "en"))
    if fallback not in words or fallback not in tickets:
        raise ConfigError(f"fallback: {fallback!r} needs [languages.{fallback}.announce] and .ticket")
    built = {tag: Language(*fields, own or fallback, words[own or fallback])
             for tag, (*fields, own) in languages.items()}
    return Catalog(built, aliases, fallback, tickets)


@cache
def catalog() -> Catalog:
    """The program's languages (i18n/languages.toml beside the program, or in the bundle)."""
    return load(paths.translation("languages.toml"))


def _voice(v: Any, where: str) -> VoiceWanted:
    if not isinstance(v, dict):
        raise ConfigError(f"{where}: must be a table")
    return VoiceWanted(*(tuple(s.lower() for s in _texts(v, key, where))
                         for key in ("espeak", "locales", "names")))


def _phrasebook(v: Any, where: str) -> Phrasebook:
    if not isinstance(v, dict):
        raise ConfigError(f"{where}: must be a table")
    digits = _texts(v, "digits", where)
    if len(digits) != 10:
        raise ConfigError(f"{where}.digits: must list the ten digits, zero to nine")
    pairs = {}
    for key in ("people", "minutes"):
        pair = _texts(v, key, where) or ["", ""]
        if len(pair) != 2:
            raise ConfigError(f"{where}.{key}: must be [one, many]")
        pairs[key] = tuple(pair)
    return Phrasebook(digits=tuple(digits), call=_text(v, "call", where),
                      your_number=_text(v, "your_number", where), ahead=_text(v, "ahead", where),
                      nobody_ahead=_text(v, "nobody_ahead", where), separator=str(v.get("separator", " ")),
                      drill=str(v.get("drill", "")), range=str(v.get("range", "{low}-{high}")),
                      nobody_ahead_wait=str(v.get("nobody_ahead_wait", "")), **pairs)


def _ticket(v: Any, where: str) -> dict[str, str]:
    if not isinstance(v, dict):
        raise ConfigError(f"{where}: must be a table")
    optional = [key for key in BOOKING_SLIP_KEYS if key in v]
    return {key: _text(v, key, where) for key in (*TICKET_KEYS, *optional)}


def _table(d: dict, key: str, where: str) -> dict:
    v = d.get(key)
    if not isinstance(v, dict):
        raise ConfigError(f"{where}{key}: must be a table")
    return v


def _text(d: dict, key: str, where: str) -> str:
    v = d.get(key)
    if not isinstance(v, str) or not v.strip():
        raise ConfigError(f"{where}.{key}: required text is missing")
    return v


def _texts(d: dict, key: str, where: str) -> list[str]:
    v = d.get(key, [])
    if not isinstance(v, list) or not all(isinstance(s, str) for s in v):
        raise ConfigError(f"{where}.{key}: must be a list of texts")
    return v

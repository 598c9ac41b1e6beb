"""What the hall and the kiosk say: ticket numbers digit by digit, calls and ticket read-outs per language."""
from __future__ import annotations

from dataclasses import dataclass


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


CHINESE_DIGITS = tuple("零一二三四五六七八九")

PHRASEBOOKS: dict[str, Phrasebook] = {
    "zh_CN": Phrasebook(
        digits=CHINESE_DIGITS,
        call="请 {label} 号到 {counter} 号窗口",
        your_number="您的号码是 {label} 号。",
        ahead="前面还有 {ahead} 人，预计等候 {eta} 分钟。",
        nobody_ahead="前面没有人。",
        separator="",
    ),
    "zh_TW": Phrasebook(
        digits=CHINESE_DIGITS,
        call="請 {label} 號到 {counter} 號窗口",
        your_number="您的號碼是 {label} 號。",
        ahead="前面還有 {ahead} 人，預計等候 {eta} 分鐘。",
        nobody_ahead="前面沒有人。",
        separator="",
    ),
    "en": Phrasebook(
        digits=("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
        call="Number {label}, please go to counter {counter}",
        your_number="Your number is {label}.",
        ahead="{ahead} {people} ahead of you, about {eta} {minutes}.",
        nobody_ahead="No one is ahead of you.",
        people=("person", "people"),
        minutes=("minute", "minutes"),
    ),
}

# Tags that share another tag's words: Cantonese is written and read here with Traditional characters.
ALIASES = {"zh": "zh_CN", "zh_SG": "zh_CN", "zh_Hans": "zh_CN", "cmn": "zh_CN",
           "zh_HK": "zh_TW", "zh_MO": "zh_TW", "zh_Hant": "zh_TW", "yue": "zh_TW"}
FALLBACK = "en"


def _known_phrasebook(lang: str) -> str | None:
    first, *rest = lang.strip().replace("-", "_").split("_")
    parts = [first.lower(), *(p.title() if len(p) == 4 else p.upper() for p in rest)]
    for end in range(len(parts), 0, -1):  # zh_Hant_TW, then zh_Hant, then zh
        tag = "_".join(parts[:end])
        if tag in PHRASEBOOKS or tag in ALIASES:
            return ALIASES.get(tag, tag)
    return None


def phrase_language(lang: str) -> str:
    """The phrasebook a language tag reads from ("zh-hk" -> "zh_TW", "en_US" -> "en"); unknown -> English."""
    return _known_phrasebook(lang) or FALLBACK


def speech_language(lang: str) -> str:
    """The language to choose a voice for, to read these texts: the tag itself, or English when unknown."""
    return lang if _known_phrasebook(lang) else FALLBACK


def _book(lang: str) -> Phrasebook:
    return PHRASEBOOKS[phrase_language(lang)]


def spell_label(label: str, lang: str) -> str:
    """A ticket label to speak digit by digit: "A023" -> "A zero two three" / "A 零 二 三"."""
    digits = _book(lang).digits
    return " ".join(digits[int(ch)] if ch in "0123456789" else ch for ch in label if not ch.isspace())


def call_text(label: str, counter: int, lang: str) -> str:
    """The hall announcement: which ticket goes to which counter (the counter as a number)."""
    return _book(lang).call.format(label=spell_label(label, lang), counter=counter)


def ticket_text(label: str, ahead: int, eta_minutes: int, lang: str) -> str:
    """What the kiosk reads after issuing a ticket: its number, people ahead, the estimated wait."""
    book = _book(lang)
    wait = book.nobody_ahead if ahead <= 0 else book.ahead.format(
        ahead=ahead, eta=eta_minutes, people=book.people[ahead != 1], minutes=book.minutes[eta_minutes != 1])
    return book.your_number.format(label=spell_label(label, lang)) + book.separator + wait


def announcement_languages(configured: tuple[str, ...] | list[str], ticket_lang: str) -> list[str]:
    """The languages a call is announced in: the branch's, in order, then the ticket's own if new."""
    languages = list(dict.fromkeys(configured))
    if ticket_lang and phrase_language(ticket_lang) not in {phrase_language(lang) for lang in languages}:
        languages.append(ticket_lang)
    return languages

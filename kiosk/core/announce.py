"""What the hall and the kiosk say: ticket numbers digit by digit, calls and ticket read-outs per language."""
from __future__ import annotations

from kiosk.core.languages import Phrasebook, catalog


def phrase_language(lang: str) -> str:
    """The words a tag reads ("zh-hk" -> "zh_HK", "yue" -> "zh_HK", "en_US" -> "en"); unknown -> English."""
    return catalog().words_of(lang)


def speech_language(lang: str) -> str:
    """The language to choose a voice for: the tag itself, or English when it has no voice."""
    known = catalog().find(lang)
    return lang if known is not None and known.voice is not None else catalog().fallback


def _book(lang: str) -> Phrasebook:
    return catalog().phrasebook_of(lang)


def spell_label(label: str, lang: str) -> str:
    """A ticket label to speak digit by digit: "A023" -> "A zero two three" / "A 零 二 三"."""
    digits = _book(lang).digits
    return " ".join(digits[int(ch)] if ch in "0123456789" else ch for ch in label if not ch.isspace())


def call_text(label: str, counter: int, lang: str) -> str:
    """The hall announcement: which ticket goes to which counter (the counter as a number)."""
    return _book(lang).call.format(label=spell_label(label, lang), counter=counter)


def drill_said(text: str, lang: str) -> str:
    """A drill ticket's call with the drill word said first: "演练。请 A 九 零 零 一 号到 3 号窗口"."""
    book = _book(lang)
    return (book.drill or _book(catalog().fallback).drill) + book.separator + text


def ticket_text(label: str, ahead: int, eta_minutes: int, lang: str,
                eta_range: tuple[int, int] | None = None) -> str:
    """What the kiosk reads after issuing a ticket: its number, people ahead, the estimated wait (a range
    when unsure: "about 10 to 15 minutes")."""
    book = _book(lang)
    eta = eta_minutes if eta_range is None else book.range.format(low=eta_range[0], high=eta_range[1])
    minutes = book.minutes[eta_range is not None or eta_minutes != 1]
    if ahead > 0:
        wait = book.ahead.format(ahead=ahead, eta=eta, people=book.people[ahead != 1], minutes=minutes)
    elif (eta_minutes > 0 or eta_range is not None) and book.nobody_ahead_wait:
        wait = book.nobody_ahead_wait.format(eta=eta, minutes=minutes)
    else:
        wait = book.nobody_ahead
    return book.your_number.format(label=spell_label(label, lang)) + book.separator + wait


def announcement_languages(configured: tuple[str, ...] | list[str], ticket_lang: str) -> list[str]:
    """The languages a call is announced in: the branch's, in order, then the ticket's own if new."""
    languages = list(dict.fromkeys(configured))
    if ticket_lang and phrase_language(ticket_lang) not in {phrase_language(lang) for lang in languages}:
        languages.append(ticket_lang)
    return languages

"""Satisfaction ratings (满意度测评): one per finished ticket, 1 to 5, with who served it; what the pad
says."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.core.announce import phrase_language, spell_label
from kiosk.core.errors import QueueError

SCORES = (1, 2, 3, 4, 5)  # 1: very dissatisfied ... 5: very satisfied
PROMPT_MINUTES = 3  # the counter's pad asks about a ticket finished this recently, not about older ones


@dataclass(frozen=True)
class Rating:
    id: int
    at: datetime
    ticket: str  # the ticket's label
    counter: int | None
    staff: str | None  # the staff number who served it (None: served with nobody signed in, e.g. the CLI)
    service: str | None
    score: int
    complaint_id: int | None = None  # a complaint opened from it (low_ratings only)


@dataclass(frozen=True)
class RatingPrompt:
    """What the counter's rating pad asks about: the ticket just finished there, not rated yet."""

    ticket_id: int
    ticket: str  # label
    day: str  # its business day
    counter: int
    staff: str | None
    lang: str  # the customer's language, from the kiosk ("" when not known)
    finished_at: datetime
    drill: bool = False  # a drill's ticket: the pad shows the mark


# What the pad says, per language of announcement words (i18n/languages.toml's `words`); {staff} is the
# teller's number, spelled digit by digit as the hall spells a ticket.
_SPOKEN = {
    "zh_CN": ("请您对 {staff} 号柜员的服务进行评价，按下屏幕上的表情。",
              "请您对本次服务进行评价，按下屏幕上的表情。"),
    "zh_TW": ("請您為 {staff} 號櫃員的服務評分，按下螢幕上的表情。",
              "請您為本次服務評分，按下螢幕上的表情。"),
    "zh_HK": ("請您為 {staff} 號職員的服務評分，按下螢幕上的表情。",
              "請您為今次服務評分，按下螢幕上的表情。"),
    "en": ("Please rate the service of teller {staff}: press a face on the screen.",
           "Please rate our service: press a face on the screen."),
}


def prompt_text(staff: str | None, lang: str) -> str:
    """The pad's spoken prompt in the customer's language (English when its words are not known)."""
    named, unnamed = _SPOKEN.get(phrase_language(lang), _SPOKEN["en"])
    return named.format(staff=spell_label(staff, lang)) if staff else unnamed


def check_score(score: int) -> None:
    if isinstance(score, bool) or score not in SCORES:
        raise QueueError(f"score {score!r}: give 1 (very dissatisfied) to 5 (very satisfied)",
                         reason="bad_score", score=score)


def low_rating_matter(rating: Rating) -> str:
    """The complaint's matter when staff open one from a low rating: a standard text, no personal data."""
    return f"Low satisfaction rating ({rating.score}/5) for ticket {rating.ticket}"

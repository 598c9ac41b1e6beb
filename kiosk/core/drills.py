"""Drills (seeds 000, 004): a surge drill or a special-group drill, its tickets marked and numbered apart."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kiosk.core.languages import catalog

SURGE, SPECIAL = "surge", "special"
DRILL_KINDS = (SURGE, SPECIAL)
# Drill tickets are numbered from here, per service and day, apart from the customers' (A9001, A9002, ...),
# so a drill never takes or shifts a real customer's number.
DRILL_FIRST_NUMBER = 9001
DRILL_MARK = {"en": "DRILL", "zh_CN": "演练", "zh_TW": "演練"}


def drill_mark(lang: str) -> str:
    """The word printed and shown beside a drill ticket in `lang`: the word of the language its tickets are
    printed in (zh_HK, zh_Hant: 演練), English when unknown."""
    return DRILL_MARK.get(catalog().ticket_language(lang), DRILL_MARK["en"])


def drill_marks(languages: tuple[str, ...] | list[str]) -> str:
    """The mark in each of `languages`, once each: "演练 DRILL" for a hall that announces in Chinese and
    English."""
    return " ".join(dict.fromkeys(drill_mark(lang) for lang in languages)) or drill_mark("")


@dataclass(frozen=True)
class Drill:
    id: int
    kind: str  # SURGE or SPECIAL
    started_at: datetime
    started_by: str
    plan: dict[str, Any] = field(default_factory=dict, compare=False)  # rate, mix, script, targets
    ended_at: datetime | None = None
    ended_by: str = ""
    notes: str = ""  # the staff's summary and what to improve (总结, 完善预案)

    @property
    def running(self) -> bool:
        return self.ended_at is None

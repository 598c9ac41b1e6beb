"""Staff-facing names for the store's codes (modes, roles, needs, help kinds...), in the UI language."""
from __future__ import annotations

import functools
import re

from PySide6.QtCore import QObject

from kiosk.ui.i18n import ui_language


class Vocabulary(QObject):
    """One table for every code a staff screen shows; translated when read (Qt context "Vocabulary")."""

    def names(self) -> dict[str, str]:
        return {
            # counter modes
            "normal": self.tr("open"), "love": self.tr("love window"), "paused": self.tr("paused"),
            "closed": self.tr("closed"),
            # ticket states
            "waiting": self.tr("waiting"), "called": self.tr("called"), "serving": self.tr("serving"),
            "done": self.tr("done"), "no_show": self.tr("no-show"), "cancelled": self.tr("cancelled"),
            # roles
            "teller": self.tr("teller"), "lobby_manager": self.tr("lobby manager"),
            "manager": self.tr("manager"),
            # declared needs (kiosk) and assistance given (console)
            "wheelchair": self.tr("wheelchair"), "low_vision": self.tr("low vision"),
            "hard_of_hearing": self.tr("hard of hearing"), "sign_language": self.tr("sign language"),
            "forms_help": self.tr("help with forms"), "reading_glasses": self.tr("reading glasses"),
            "magnifier": self.tr("magnifier"), "read_aloud": self.tr("read aloud"),
            "escorted": self.tr("escorted in or out"), "priority_handling": self.tr("priority handling"),
            "medical_kit": self.tr("medical kit"), "interpreter": self.tr("interpreter"),
            "authorised_representative": self.tr("authorised representative"), "other": self.tr("other"),
            # help requests
            "call_staff": self.tr("customer asks for staff"),
            "printer_failed": self.tr("ticket printer failed"),
            "open": self.tr("open"), "acknowledged": self.tr("someone is going"),
            "resolved": self.tr("resolved"),
        }

    def stations(self) -> dict[tuple[str, bool], str]:
        """(kind, numbered) -> the station's name; %1 is its number."""
        return {
            ("kiosk", False): self.tr("Kiosk"), ("kiosk", True): self.tr("Kiosk %1"),
            ("console", False): self.tr("Counter"), ("console", True): self.tr("Counter %1"),
            ("display", False): self.tr("Hall display"), ("display", True): self.tr("Hall display %1"),
        }


@functools.cache
def _names_in(language: str) -> dict[str, str]:
    # The installed translator follows the UI language, so one table per language is enough.
    return Vocabulary().names()


def name_of(code: str) -> str:
    """The staff-facing name of a store code; an unknown code is shown readably rather than hidden."""
    return _names_in(ui_language()).get(code, code.replace("_", " "))


def config_name(item, lang: str | None = None) -> str:
    """A configured service's or class's name in the UI language (falls back as the config does)."""
    return item.name(lang or ui_language())


_STATION = re.compile(r"^(kiosk|console|display)[-_ ]?(\d*)$")


def station_name(station: str) -> str:
    """A station id as staff say it: "kiosk" is the Kiosk, "kiosk-2" Kiosk 2, "console-3" Counter 3."""
    match = _STATION.match(station)
    if match is None:
        return station
    kind, number = match.groups()
    names = _stations_in(ui_language())
    return names[kind, bool(number)].replace("%1", number)


@functools.cache
def _stations_in(language: str) -> dict[tuple[str, bool], str]:
    return Vocabulary().stations()

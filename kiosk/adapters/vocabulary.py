"""Staff-facing names for the store's codes (modes, roles, needs, help kinds, stations...): one table for
the screens and the exports, in any shipped language."""
from __future__ import annotations

import functools
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kiosk.adapters.translations import load_translator, ui_language

CONTEXT = "Vocabulary"  # the Qt context the names are translated in

NAMES = {
    # counter modes
    "normal": QT_TRANSLATE_NOOP("Vocabulary", "open"), "love": QT_TRANSLATE_NOOP("Vocabulary", "love window"),
    "quick": QT_TRANSLATE_NOOP("Vocabulary", "quick counter"),
    "paused": QT_TRANSLATE_NOOP("Vocabulary", "paused"), "closed": QT_TRANSLATE_NOOP("Vocabulary", "closed"),
    # ticket states
    "waiting": QT_TRANSLATE_NOOP("Vocabulary", "waiting"),
    "called": QT_TRANSLATE_NOOP("Vocabulary", "called"),
    "serving": QT_TRANSLATE_NOOP("Vocabulary", "serving"), "done": QT_TRANSLATE_NOOP("Vocabulary", "done"),
    "no_show": QT_TRANSLATE_NOOP("Vocabulary", "no-show"),
    "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "cancelled"),
    # roles
    "teller": QT_TRANSLATE_NOOP("Vocabulary", "teller"),
    "lobby_manager": QT_TRANSLATE_NOOP("Vocabulary", "lobby manager"),
    "manager": QT_TRANSLATE_NOOP("Vocabulary", "manager"),
    # declared needs (kiosk) and assistance given (console)
    "wheelchair": QT_TRANSLATE_NOOP("Vocabulary", "wheelchair"),
    "low_vision": QT_TRANSLATE_NOOP("Vocabulary", "low vision"),
    "hard_of_hearing": QT_TRANSLATE_NOOP("Vocabulary", "hard of hearing"),
    "sign_language": QT_TRANSLATE_NOOP("Vocabulary", "sign language"),
    "forms_help": QT_TRANSLATE_NOOP("Vocabulary", "help with forms"),
    "reading_glasses": QT_TRANSLATE_NOOP("Vocabulary", "reading glasses"),
    "magnifier": QT_TRANSLATE_NOOP("Vocabulary", "magnifier"),
    "read_aloud": QT_TRANSLATE_NOOP("Vocabulary", "read aloud"),
    "escorted": QT_TRANSLATE_NOOP("Vocabulary", "escorted in or out"),
    "priority_handling": QT_TRANSLATE_NOOP("Vocabulary", "priority handling"),
    "medical_kit": QT_TRANSLATE_NOOP("Vocabulary", "medical kit"),
    "interpreter": QT_TRANSLATE_NOOP("Vocabulary", "interpreter"),
    "authorised_representative": QT_TRANSLATE_NOOP("Vocabulary", "authorised representative"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "other"),
    # help requests: kinds, then states (an open request is not an open counter: its own words)
    "call_staff": QT_TRANSLATE_NOOP("Vocabulary", "customer asks for staff"),
    "printer_failed": QT_TRANSLATE_NOOP("Vocabulary", "ticket printer failed"),
    "open": QT_TRANSLATE_NOOP("Vocabulary", "waiting for staff"),
    "acknowledged": QT_TRANSLATE_NOOP("Vocabulary", "someone is going"),
    "resolved": QT_TRANSLATE_NOOP("Vocabulary", "resolved"),
}

STATIONS = {  # (kind, numbered) -> the station's name; %1 is its number
    ("kiosk", False): QT_TRANSLATE_NOOP("Vocabulary", "Kiosk"),
    ("kiosk", True): QT_TRANSLATE_NOOP("Vocabulary", "Kiosk %1"),
    ("console", False): QT_TRANSLATE_NOOP("Vocabulary", "Counter"),
    ("console", True): QT_TRANSLATE_NOOP("Vocabulary", "Counter %1"),
    ("display", False): QT_TRANSLATE_NOOP("Vocabulary", "Hall display"),
    ("display", True): QT_TRANSLATE_NOOP("Vocabulary", "Hall display %1"),
    ("rate-pad", False): QT_TRANSLATE_NOOP("Vocabulary", "Rating pad"),
    ("rate-pad", True): QT_TRANSLATE_NOOP("Vocabulary", "Rating pad %1"),
    # the commands' and the manager's own ids (kiosk/cli.py, kiosk/commands, kiosk/ui/manager_reports.py)
    ("manager", False): QT_TRANSLATE_NOOP("Vocabulary", "Manager workstation"),
    ("manager-report", False): QT_TRANSLATE_NOOP("Vocabulary", "Manager reports"),
    ("cli", False): QT_TRANSLATE_NOOP("Vocabulary", "Command line"),
    ("demo", False): QT_TRANSLATE_NOOP("Vocabulary", "Demo"),
    ("setup", False): QT_TRANSLATE_NOOP("Vocabulary", "Setup"),
    ("print", False): QT_TRANSLATE_NOOP("Vocabulary", "Ticket reprint"),
    ("export", False): QT_TRANSLATE_NOOP("Vocabulary", "Export"),
    ("status", False): QT_TRANSLATE_NOOP("Vocabulary", "Queue status"),
}


@functools.cache
def _tables_in(lang: str) -> tuple[dict[str, str], dict[tuple[str, bool], str]]:
    """NAMES and STATIONS in `lang` (zh_HK reads zh_TW's, like its screens); English where it has none.
    Read from the language's own translator, so an export in Chinese works from an English window."""
    translator = load_translator(lang)

    def tr(table: dict) -> dict:
        if translator is None:
            return dict(table)
        return {key: translator.translate(CONTEXT, text) or text for key, text in table.items()}

    return tr(NAMES), tr(STATIONS)


def names_in(lang: str) -> dict[str, str]:
    """Every code's name in `lang`."""
    return _tables_in(lang)[0]


def name_of(code: str, lang: str | None = None) -> str:
    """The staff-facing name of a store code; an unknown code is shown readably rather than hidden."""
    return names_in(lang or ui_language()).get(code, code.replace("_", " "))


def config_name(item, lang: str | None = None) -> str:
    """A configured service's or class's name in the UI language (falls back as the config does)."""
    return item.name(lang or ui_language())


_STATION = re.compile(r"^([a-z]+(?:-[a-z]+)*)[-_ ]?(\d*)$")


def station_name(station: str, lang: str | None = None) -> str:
    """A station id as staff say it: "kiosk" is the Kiosk, "kiosk-2" Kiosk 2, "console-3" Counter 3, "cli"
    the Command line; an id nobody named is shown as stored."""
    match = _STATION.match(station)
    names = _tables_in(lang or ui_language())[1]
    if match is None or (match[1], bool(match[2])) not in names:
        return station
    kind, number = match.groups()
    return names[kind, bool(number)].replace("%1", number)

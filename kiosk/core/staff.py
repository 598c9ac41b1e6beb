"""Staff roles and what each may do; PIN rules. Pure: the store enforces these on every action."""
from __future__ import annotations

import enum
import re

from kiosk.core.errors import QueueError


class Role(enum.StrEnum):
    TELLER = "teller"
    LOBBY_MANAGER = "lobby_manager"  # 大堂经理: love windows, help requests, green channel
    MANAGER = "manager"


class NotAllowed(QueueError):
    """The signed-in staff member's role does not allow the action."""


# action -> roles allowed (a teller serves; the lobby manager also steers the hall; the manager all)
PERMISSIONS: dict[str, frozenset[Role]] = {
    "serve": frozenset(Role),  # open, pause, close own counter; call, recall, start, finish, ...
    # every counter and every ticket: a teller acts only at the counter they signed in at, on its tickets
    "any_counter": frozenset({Role.LOBBY_MANAGER, Role.MANAGER}),
    "issue": frozenset(Role),  # a ticket, or a booking checked in (the kiosk: nobody signed in)
    "book": frozenset({Role.LOBBY_MANAGER, Role.MANAGER}),  # register a customer's booking
    "request_help": frozenset(Role),
    "love_window": frozenset({Role.LOBBY_MANAGER, Role.MANAGER}),
    "quick_counter": frozenset({Role.LOBBY_MANAGER, Role.MANAGER}),  # 快速窗口: steering the hall, like love
    "help_requests": frozenset(Role),  # answer them
    "assistance": frozenset(Role),
    "home_visit_request": frozenset(Role),  # register a customer's request for a visit
    "home_visit_approve": frozenset({Role.LOBBY_MANAGER, Role.MANAGER}),  # screen, approve, refuse, assign
    "home_visit_report": frozenset(Role),  # the call before leaving, the outcome (the visiting staff)
    "complaint": frozenset(Role),  # 首问负责: whoever is asked takes the complaint and may take it further
    "complaint_close": frozenset({Role.LOBBY_MANAGER, Role.MANAGER}),
    "rate": frozenset(Role),  # the counter's rating screen (no one signed in there) or a teller on paper
    "drill": frozenset({Role.MANAGER}),  # start and end a drill (seeds 000, 004), write its summary
    "surge_alert": frozenset(Role),  # a station's watch records the alert it shows
    "staff_admin": frozenset({Role.MANAGER}),
    "configure": frozenset({Role.MANAGER}),
}
MAX_WRONG_PINS = 5
LOCK_MINUTES = 15
_PIN = re.compile(r"[0-9]{6,8}")  # a new PIN; accounts made before keep their 4-5 digit PINs
_STAFF_NUMBER = re.compile(r"[0-9]{1,12}", re.ASCII)


def check_allowed(role: Role | None, action: str) -> None:
    """None: the machine's own operator (CLI scripts, replays), who may do everything."""
    if role is not None and role not in PERMISSIONS[action]:
        raise NotAllowed(f"a {role.value.replace('_', ' ')} may not do this ({action.replace('_', ' ')})",
                         reason="role_not_allowed", role=role.value)


def acts_anywhere(role: Role | None) -> bool:
    """Whether `role` may act at every counter and on every ticket (None: the machine's operator)."""
    return role is None or role in PERMISSIONS["any_counter"]


def staff_number(number: str) -> str:
    """The staff number as stored and typed at sign-in: digits, without surrounding spaces."""
    number = number.strip()
    if not _STAFF_NUMBER.fullmatch(number):
        raise QueueError(f"a staff number is 1 to 12 digits, not {number!r}")
    return number


def check_pin(pin: str) -> None:
    """A new PIN: 6 to 8 ASCII digits and nothing else (no newline, no other script's digits)."""
    if not _PIN.fullmatch(pin):
        raise QueueError("a PIN is 6 to 8 digits (0-9)")

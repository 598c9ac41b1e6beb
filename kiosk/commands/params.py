"""Option types for what people type on the command line: checked where it enters, refused in one line."""
from __future__ import annotations

import os
import unicodedata
from typing import Any

import click

from kiosk.core.errors import QueueError
from kiosk.core.models import parse_label, quoted
from kiosk.station import settings as station_settings
from kiosk.store.target import check_url, is_url

NAME_MAX = 255  # bytes in one file name (Linux, macOS; NTFS allows 255 UTF-16 units)
PATH_MAX = 4096
QT_TIMER_MAX_MS = 2**31 - 1  # QTimer takes a signed 32-bit int: about 24.8 days


class TicketLabel(click.ParamType):
    """A ticket label as printed, e.g. A007 ('a7' is taken as A007); the rule is kiosk.core.models'."""

    name = "label"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            return parse_label(str(value))
        except QueueError as exc:
            self.fail(str(exc), param, ctx)


class FilePath(click.Path):
    """click.Path that also refuses a name no file can have here: empty, with control characters,
    or longer than the system takes (those ended in a traceback from deep inside SQLite or pathlib)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        text = os.fsdecode(value) if isinstance(value, bytes) else str(value)
        if not text.strip():
            self.fail("a file name is required", param, ctx)
        if any(unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") for c in text):
            self.fail(f"{quoted(text)}: a file name with control characters is refused", param, ctx)
        parts = text.replace(os.sep, "/").split("/")
        if len(text) > PATH_MAX or any(len(part.encode("utf-8", "surrogateescape")) > NAME_MAX
                                       for part in parts):
            self.fail(f"{quoted(text)}: the file name is too long", param, ctx)
        return super().convert(value, param, ctx)


class DatabaseTarget(FilePath):
    """--db: the SQLite file, or a postgresql:// URL (no password in it) for a branch on several PCs."""

    name = "file or URL"

    def __init__(self, **kwargs: Any):
        super().__init__(dir_okay=False, **kwargs)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if is_url(str(value)):
            try:
                return check_url(str(value))
            except QueueError as exc:
                self.fail(str(exc), param, ctx)
        return super().convert(value, param, ctx)


def checked_as(setting: str):
    """A click callback: the value checked as `kiosk setup` checks that station setting."""

    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        if value is None:
            return None
        try:
            return station_settings.check(setting, value)
        except QueueError as exc:
            raise click.BadParameter(str(exc), ctx, param) from None

    return callback


def check_arguments(args: list[str]) -> None:
    """Every argument is text the program can store and print: not undecodable bytes (a terminal or
    script in another encoding), not a NUL (which argv cannot carry, but a caller in-process can)."""
    for arg in args:
        if "\0" in arg:
            raise QueueError(f"argument {quoted(arg)} contains a NUL character")
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            raise QueueError(f"argument {quoted(arg)} is not UTF-8 text: check the terminal's or "
                             f"the script's encoding") from None

"""A store a command opens is closed when the command ends, however it ends (success, refusal, error)."""
from __future__ import annotations

from typing import TypeVar

import click

Closable = TypeVar("Closable")


def closed_after_command(store: Closable) -> Closable:
    """`store`, closed as the running command's context closes: a PostgreSQL session ends properly
    instead of being cut off at the process's exit, and `kiosk.cli.main` called in-process leaks nothing."""
    click.get_current_context().call_on_close(store.close)  # type: ignore[attr-defined]
    return store

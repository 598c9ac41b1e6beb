"""What changed between two branch configurations, one readable line per field (for the event log)."""
from __future__ import annotations

from typing import Any


def flatten(data: Any, path: str = "") -> dict[str, Any]:
    """{"services[2].minutes": 20, "branch.languages": ["zh_CN", "en"], ...}; lists of tables by index."""
    if isinstance(data, dict):
        out: dict[str, Any] = {}
        for key, value in data.items():
            out.update(flatten(value, f"{path}.{key}" if path else key))
        return out
    if isinstance(data, list) and data and all(isinstance(v, dict) for v in data):
        out = {}
        for i, value in enumerate(data):
            out.update(flatten(value, f"{path}[{i}]"))
        return out
    return {path: data}


def describe_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Lines such as "branch.max_wait_minutes: 40 -> 45", "services[6].code: added 'G'"."""
    before, after = flatten(old), flatten(new)
    lines = []
    for key in [*before, *(k for k in after if k not in before)]:
        if key not in after:
            lines.append(f"{key}: removed {before[key]!r}")
        elif key not in before:
            lines.append(f"{key}: added {after[key]!r}")
        elif before[key] != after[key]:
            lines.append(f"{key}: {before[key]!r} -> {after[key]!r}")
    return lines

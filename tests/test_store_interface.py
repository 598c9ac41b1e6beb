"""One narrow store interface (kiosk/store/interface.py): outside kiosk/store nothing touches a connection,
SQL or a private store helper; what stations, commands and adapters use of a store is the Store Protocol,
and QueueStore implements it with the same signatures; status() is a QueueStatus whose JSON is unchanged.

The scans read the source's syntax trees, so an access is found wherever it is, also in code that rarely runs.
"""
from __future__ import annotations

import ast
import inspect
import json
import re
from pathlib import Path

import pytest

from kiosk.core.models import CounterMode
from kiosk.core.status import CounterStatus, QueueStatus
from kiosk.store import QueueStore
from kiosk.store.interface import RangeRead, Store

KIOSK = Path(__file__).parents[1] / "kiosk"
DATABASE_MODULES = ("sqlite3", "sqlite_utils", "psycopg")
SQL = re.compile(r"^\s*(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|PRAGMA|BEGIN|COMMIT|ROLLBACK|"
                 r"CREATE (TABLE|INDEX|TRIGGER))\b")


def outside_store(root: Path = KIOSK) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if (root / "store") not in p.parents)


def _is_store(node: ast.AST) -> bool:
    """`store`, `kiosk_store`, `self.store`, `window.store`...: an expression that holds a store."""
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return name == "store" or name.endswith("_store")


def store_uses(path: Path) -> list[tuple[int, str]]:
    """(line, attribute) of every attribute read on a store in `path`: `store.branch` -> "branch"."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    return [(node.lineno, node.attr) for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and _is_store(node.value)]


def problems(path: Path, root: Path = KIOSK) -> list[str]:
    """What in `path` reaches past the store's interface: a database module, a connection, a store's `db`
    or private helper, a private name of kiosk.store, SQL text."""
    where = path.relative_to(root.parent)
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        line = f"{where}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            found += [f"{line} imports {a.name}" for a in node.names
                      if a.name.split(".")[0] in DATABASE_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in DATABASE_MODULES:
                found.append(f"{line} imports {node.module}")
            if node.module == "kiosk.store" or node.module.startswith("kiosk.store."):
                found += [f"{line} imports {node.module}.{a.name}" for a in node.names
                          if a.name.startswith("_")]
        elif isinstance(node, ast.Attribute):
            if node.attr == "conn":
                found.append(f"{line} reads .conn")
            elif _is_store(node.value) and (node.attr == "db" or node.attr.startswith("_")):
                found.append(f"{line} reads a store's .{node.attr}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.match(node.value):
            found.append(f"{line} holds SQL: {node.value[:40]!r}")
    return found


def test_nothing_outside_the_store_touches_a_connection_sql_or_a_private_helper():
    assert [p for path in outside_store() for p in problems(path)] == []


def test_the_scan_finds_each_kind_of_reach(tmp_path):
    """The scan itself, on a sample station module."""
    root = tmp_path / "kiosk"
    (root / "station").mkdir(parents=True)
    (root / "store").mkdir()
    (root / "store" / "inside.py").write_text("import sqlite3\n", "utf-8")  # the store may
    sample = root / "station" / "sample.py"
    sample.write_text(
        "import sqlite3\nfrom psycopg import sql\nfrom kiosk.store.queue import _ticket\n"
        "def f(self, store):\n"
        "    self.store.conn.path\n    store.db.execute('SELECT 1')\n    store._event()\n"
        "    x = 'UPDATE tickets SET status = 1'\n    settings.db\n", "utf-8")
    assert outside_store(root) == [sample]
    assert sorted(problems(sample, root)) == sorted([
        "kiosk/station/sample.py:1 imports sqlite3", "kiosk/station/sample.py:2 imports psycopg",
        "kiosk/station/sample.py:3 imports kiosk.store.queue._ticket",
        "kiosk/station/sample.py:5 reads .conn", "kiosk/station/sample.py:6 reads a store's .db",
        "kiosk/station/sample.py:6 holds SQL: 'SELECT 1'",
        "kiosk/station/sample.py:7 reads a store's ._event",
        "kiosk/station/sample.py:8 holds SQL: 'UPDATE tickets SET status = 1'",
    ])


# What kiosk/ may import from the store outside it: the package's own names, the interface, the functions
# that take a store (staff accounts, care records, the hall's calls), and the path-level helpers (backups by
# file for `kiosk backup` / `kiosk restore`, private files, the export's refusal to overwrite the database,
# the --db value checked as a path or a URL). None of the store's parts, its connections, reports, health or
# schema modules.
ALLOWED_STORE_IMPORTS = {
    "kiosk.store": None, "kiosk.store.interface": None, "kiosk.store.staff": None, "kiosk.store.care": None,
    "kiosk.store.hall": None, "kiosk.store.backup": {"backup", "restore"}, "kiosk.store.files": None,
    "kiosk.store.db": {"refuse_database_files"},
    "kiosk.store.target": {"as_target", "check_url", "is_url", "redact"},
    # the administrator's tools for a branch on PostgreSQL: a PC's password file and connection, the roles,
    # the copy of a SQLite branch
    "kiosk.store.pg_access": {"check_connection", "grant_roles", "login_of", "password_file",
                              "save_password"},
    "kiosk.store.pg_migrate": {"migrate"},
}


def store_imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) of every import from kiosk.store's modules in `path`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("kiosk.store"):
            found += [(node.module, a.name) for a in node.names]
        elif isinstance(node, ast.Import):
            found += [(a.name, "") for a in node.names if a.name.startswith("kiosk.store")]
    return found


def test_outside_the_store_only_its_interface_and_public_functions_are_imported():
    import kiosk.store

    allowed = {**ALLOWED_STORE_IMPORTS, "kiosk.store": set(kiosk.store.__all__)}
    wrong = [f"{path.relative_to(KIOSK.parent)} imports {module}.{name}"
             for path in outside_store() for module, name in store_imports(path)
             if module not in allowed or (allowed[module] is not None and name not in allowed[module])]
    assert wrong == []


def protocol_members(protocol: type) -> set[str]:
    return {name for name in (*vars(protocol), *protocol.__annotations__) if not name.startswith("_")}


def test_what_is_used_of_a_store_outside_it_is_in_the_store_protocol(store):
    public = {name for name in (*dir(QueueStore), *vars(store)) if not name.startswith("_")}
    used = {attr for path in outside_store() for _, attr in store_uses(path) if attr in public}
    assert used, "the scan found no store use at all"
    assert used - protocol_members(Store) == set()
    assert protocol_members(Store) - public == set(), "the Protocol names what QueueStore does not have"


def _parameters(func) -> list[tuple]:
    return [(p.name, p.kind, p.default, p.annotation) for p in inspect.signature(func).parameters.values()]


@pytest.mark.parametrize("name", sorted(protocol_members(Store)))
def test_queue_store_has_each_protocol_member_with_its_signature(store, name):
    declared = inspect.getattr_static(Store, name, None)
    implemented = inspect.getattr_static(QueueStore, name, None)
    if declared is None:  # an attribute: set on every store
        assert name in vars(store)
    elif isinstance(declared, property):
        assert isinstance(implemented, property)
        assert (declared.fget.__annotations__["return"] == implemented.fget.__annotations__["return"])
    else:
        assert callable(implemented), name
        assert _parameters(declared) == _parameters(implemented)
        returns = (inspect.signature(declared).return_annotation,
                   inspect.signature(implemented).return_annotation)
        if name == "read_range":  # a @contextmanager generator: Iterator[X] is the context manager of X
            assert returns == ("AbstractContextManager[RangeRead]", "Iterator[RangeReader]")
        else:
            assert returns[0] == returns[1]


def test_a_range_read_is_what_the_exports_are_given(store):
    with store.read_range("2026-11-23") as reader:
        assert protocol_members(RangeRead) <= set(dir(reader)) | set(vars(reader))
        assert _parameters(RangeRead.read)[1:] == _parameters(reader.read)
        assert reader.read().total.issued == 0


def test_status_is_a_queue_status_whose_json_is_the_old_dict(store, clock):
    store.issue_ticket("A", "elderly", at=clock())
    store.issue_ticket("C", at=clock())
    store.issue_ticket("A", at=clock())
    store.open_counter(2, at=clock())
    store.call_next(2, at=clock())  # A001: elderly, first in line
    store.open_counter(4, mode=CounterMode.LOVE, at=clock())
    status = store.status(at=clock())
    assert isinstance(status, QueueStatus) and all(isinstance(c, CounterStatus) for c in status.counters)
    old = {
        "business_day": "2026-11-23",
        "waiting": {"A": 1, "B": 0, "C": 1, "D": 0, "E": 0, "F": 0},
        "waiting_by_class": {"A": {"regular": 1}, "B": {}, "C": {"regular": 1}, "D": {}, "E": {}, "F": {}},
        "waiting_total": 2,
        "counters": [
            {"counter": 1, "mode": "closed", "services": ["A", "B"], "ticket": None, "ticket_status": None},
            {"counter": 2, "mode": "normal", "services": ["A", "E"], "ticket": "A001",
             "ticket_status": "called"},
            {"counter": 3, "mode": "closed", "services": ["B", "A"], "ticket": None, "ticket_status": None},
            {"counter": 4, "mode": "love", "services": ["C", "D"], "ticket": None, "ticket_status": None},
            {"counter": 5, "mode": "closed", "services": ["F", "A"], "ticket": None, "ticket_status": None},
        ],
    }
    assert json.dumps(status.as_json()) == json.dumps(old)  # the keys' order too: it is the CLI's contract
    assert status.waiting_total == 2 and status.waiting["A"] == 1 and status["waiting_total"] == 2
    counter = status.counters[1]
    assert (counter.number, counter.mode, counter.services, counter.ticket) == (2, CounterMode.NORMAL,
                                                                                 ("A", "E"), "A001")
    with pytest.raises(AttributeError):
        status.business_day = "2026-11-24"  # frozen

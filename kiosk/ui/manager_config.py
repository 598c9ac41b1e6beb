"""The manager's branch configuration editor: every field of the branch TOML, validated before it is saved."""
from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from typing import Any

import tomli_w
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.config import parse_branch
from kiosk.core.config_changes import describe_changes
from kiosk.core.errors import ConfigError, QueueError
from kiosk.station.manager_office import save_configuration
from kiosk.station.store_worker import StoreWorker
from kiosk.ui.manager_rules import RulesEditor
from kiosk.ui.row_buttons import row_buttons
from kiosk.ui.widgets import StatusLine, WorkingLabel

TABLES = ("services", "priority_classes", "counters", "notices")
ALWAYS_SHOWN = {"services": {"quick": "bool", "self_service": "names"}}  # columns even when no row sets them
_LEFT_OUT = Qt.ItemDataRole.UserRole  # a bool cell's key was not in the TOML: the parser's value shown
_ERROR_PATH = re.compile(r"^(\w+)(?:\[(\d+)\])?(?:\.([\w.]+))?:")


class FieldError(ConfigError):
    """A cell the editor cannot read as its column's kind; `where` is (table, row, column key)."""

    def __init__(self, message: str, where: tuple[str, int, str]):
        super().__init__(message)
        self.where = where


def _kind(values: list[Any]) -> str:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return "bool"
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return "number"
    if any(isinstance(v, list) for v in present):
        return "list"
    return "text"


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def _read(text: str, kind: str, where: tuple[str, int, str]) -> Any:
    """A cell's text as its column's kind; None when empty (the key is left out)."""
    text = text.strip()
    if not text:
        return None
    if kind == "list":
        return [part.strip() for part in text.split(",") if part.strip()]
    if kind == "number":
        for cast in (int, float):
            try:
                return cast(text)
            except ValueError:
                pass
        table, row, key = where
        raise FieldError(f"{table}[{row}].{key}: {text!r} is not a number", where)
    return text


class TableSection(QWidget):
    """One [[table]] of the TOML as rows and columns; nested tables (names per language) as columns."""

    def __init__(self, name: str, rows: list[dict], languages: list[str], labels: dict[str, str],
                 parsed: list[dict] | None = None, always: dict[str, str] | None = None):
        """`parsed`: per row, the values the parser gives keys the TOML leaves out (love_window); `always`:
        key -> "bool" or "names", columns shown even when no row has that key."""
        super().__init__()
        self.name = name
        self.columns: list[str] = []
        values: dict[str, list[Any]] = {}
        for row in rows:
            for key, value in row.items():
                subkeys = [f"{key}.{lang}" for lang in value] if isinstance(value, dict) else [key]
                if isinstance(value, dict):  # every branch language gets a column, filled or not
                    subkeys += [f"{key}.{lang}" for lang in languages if lang not in value]
                for sub in subkeys:
                    if sub not in values:
                        self.columns.append(sub)
                        values[sub] = []
                    values[sub].append(value.get(sub.split(".", 1)[1]) if isinstance(value, dict) else value)
        for key, kind in (always or {}).items():
            for sub in [f"{key}.{lang}" for lang in languages] if kind == "names" else [key]:
                if sub not in values:
                    self.columns.append(sub)
                    values[sub] = [False] if kind == "bool" else []
        self.kinds = {c: _kind(values[c]) for c in self.columns}
        self.table = QTableWidget(0, len(self.columns))
        headers = []
        for c in self.columns:
            base, _, lang = c.partition(".")
            headers.append(f"{labels.get(base, base)} ({lang})" if lang else labels.get(c, c))
        self.table.setHorizontalHeaderLabels(headers)
        for row, defaults in zip(rows, parsed or [{}] * len(rows), strict=True):
            self._append(row, defaults)
        self.add_button, self.remove_button, buttons = row_buttons(self.table, lambda: self._append({}),
                                                                   self.remove_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()

    def _append(self, row: dict, defaults: dict | None = None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, column in enumerate(self.columns):
            key, _, sub = column.partition(".")
            value = row.get(key, {}).get(sub) if sub else row.get(key)
            item = QTableWidgetItem()
            if self.kinds[column] == "bool":
                if value is None:  # left out: shown as the parser reads it, left out unless changed
                    value = bool((defaults or {}).get(column, False))
                    item.setData(_LEFT_OUT, value)
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            else:
                item.setText(_show(value))
            self.table.setItem(r, c, item)

    def remove_selected(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)

    def cell(self, row: int, key: str) -> QTableWidgetItem:
        return self.table.item(row, self.columns.index(key))

    def rows(self) -> list[dict]:
        out = []
        for r in range(self.table.rowCount()):
            row: dict[str, Any] = {}
            for column in self.columns:
                item = self.cell(r, column)
                if self.kinds[column] == "bool":
                    value: Any = item.checkState() == Qt.CheckState.Checked
                    if item.data(_LEFT_OUT) == value:
                        continue
                else:
                    value = _read(item.text(), self.kinds[column], (self.name, r, column))
                if value is None:
                    continue
                key, _, sub = column.partition(".")
                if sub:
                    row.setdefault(key, {})[sub] = value
                else:
                    row[key] = value
            if row:
                out.append(row)
        return out

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add a row"))
        self.remove_button.setText(self.tr("Remove selected rows"))


class ConfigEditor(QWidget):
    """Loads the stored configuration, lets the manager edit it, and saves only a valid whole. The store is
    read and written on the station's StoreWorker; a press while an answer is awaited is refused (`working`
    says so at once)."""

    saved = Signal(list)  # the change lines written to the event log

    def __init__(self, worker: StoreWorker, confirm: Callable[[str], bool] | None = None,
                 working: WorkingLabel | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.worker, self.working = worker, working
        self.confirm = confirm or self._ask
        self.tabs = QTabWidget()
        self.message = StatusLine()
        self.save_button, self.revert_button = QPushButton(), QPushButton()
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # inside a tab already: the room goes to the fields
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        self.fields: dict[str, QWidget] = {}
        self.sections: dict[str, TableSection] = {}
        self.rules: RulesEditor | None = None
        self.loaded_text: str | None = None  # None until the stored configuration has been read
        self.original: dict[str, Any] = {}
        self.load()

    # -- building ----------------------------------------------------------------------------------

    def _labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Branch name"), "time_zone": self.tr("Time zone"),
            "max_wait_minutes": self.tr("Maximum wait (min)"),
            "reinstate_minutes": self.tr("No-show may come back within (min)"),
            "occupancy_cap": self.tr("Occupancy cap (people waiting, 0 = none)"),
            "languages": self.tr("Kiosk languages"),
            "announce_languages": self.tr("Announcement languages"),
            "observed_services_needed": self.tr("Finished tickets before observed times are used"),
            "announcement_repeats": self.tr("Announcement repeats"),
            "backup_keep_days": self.tr("Keep daily backups (days)"),
            "code": self.tr("Code"), "prefix": self.tr("Ticket prefix"),
            "minutes": self.tr("Default minutes"), "names": self.tr("Name"),
            "head_start": self.tr("Head start (min)"), "love_window": self.tr("Love window"),
            "number": self.tr("Counter"), "services": self.tr("Services, preferred first"),
            "text": self.tr("Text"), "quick": self.tr("Quick service"),
            "self_service": self.tr("Self-service instruction"),
        }

    def _section_titles(self) -> dict[str, str]:
        return {"branch": self.tr("Branch"), "services": self.tr("Services"),
                "priority_classes": self.tr("Priority classes"), "counters": self.tr("Counters"),
                "notices": self.tr("Notices")}

    def revert(self) -> None:
        if self._ready():
            self.load()

    def load(self) -> None:
        """(Re)read the stored configuration (on the worker); unsaved edits are dropped."""
        self.worker.run(lambda store: store.branch_toml(), done=self._show,
                        failed=lambda exc: self.message.say(str(exc), error=True))

    def unchanged(self) -> bool:
        """Nothing edited since the configuration was read (an unreadable cell is an edit)."""
        try:
            return self.loaded_text is not None and not describe_changes(self.original, self.current())
        except ConfigError:
            return False

    def _ready(self) -> bool:
        """No answer awaited: a second press is refused, and the window says why."""
        return not (self.working.refuses() if self.working is not None else self.worker.busy)

    def _show(self, text: str) -> None:
        self.loaded_text = text
        self.original = tomllib.loads(self.loaded_text)
        labels, titles = self._labels(), self._section_titles()
        self.tabs.clear()
        self.fields.clear()
        self.sections.clear()
        form_page = QWidget()
        form = QFormLayout(form_page)
        form.setContentsMargins(6, 6, 6, 6)
        for key, value in self.original.get("branch", {}).items():
            widget = self._field(value)
            self.fields[key] = widget
            form.addRow(labels.get(key, key), widget)
        self.tabs.addTab(form_page, titles["branch"])
        languages = list(self.original.get("branch", {}).get("languages", []))
        languages += [x for x in self.original.get("branch", {}).get("announce_languages", [])
                      if x not in languages]
        branch = parse_branch(self.loaded_text, "configuration", stored=True)
        love = {p.code: p.love_window for p in branch.priority_classes}
        parsed = {"priority_classes": [{"love_window": love.get(row.get("code"))}
                                       for row in self.original.get("priority_classes", [])]}
        for name in TABLES:
            section = TableSection(name, self.original.get(name, []), languages, labels, parsed.get(name),
                                   ALWAYS_SHOWN.get(name))
            self.sections[name] = section
            self.tabs.addTab(section, titles.get(name, name))
        self.rules = RulesEditor(self.original, branch)
        for page, title in zip(self.rules.pages, self.rules.titles(), strict=True):
            self.tabs.addTab(page, title)
        self.retranslate()

    @staticmethod
    def _field(value: Any) -> QWidget:
        if isinstance(value, bool):
            widget: QWidget = QCheckBox()
            widget.setChecked(value)
        elif isinstance(value, int):
            widget = QSpinBox(minimum=-1_000_000, maximum=1_000_000)  # the config's own rules judge it
            widget.setValue(value)
        elif isinstance(value, float):  # fractional minutes (a 1.5 min maximum wait)
            widget = QDoubleSpinBox(minimum=-1_000_000, maximum=1_000_000, decimals=2)
            widget.setValue(value)
        else:
            widget = QLineEdit(_show(value))
            widget.setProperty("is_list", isinstance(value, list))
        return widget

    # -- reading back and saving -------------------------------------------------------------------

    def current(self) -> dict[str, Any]:
        branch: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QCheckBox):
                branch[key] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                branch[key] = widget.value()
            elif isinstance(widget, QDoubleSpinBox):
                value = widget.value()
                branch[key] = int(value) if value.is_integer() else value
            elif widget.property("is_list"):
                branch[key] = _read(widget.text(), "list", ("branch", 0, key)) or []
            else:
                branch[key] = widget.text().strip()
        # the tables this editor has no section for ([calendar], [appointments], ...) are kept as loaded
        data: dict[str, Any] = {k: v for k, v in self.original.items() if k not in ("branch", *self.sections)}
        data["branch"] = branch
        if self.rules is not None:
            data.update(self.rules.tables())
        for name, section in self.sections.items():
            rows = section.rows()
            if rows or name in self.original:
                data[name] = rows
        if "services" in data.get("appointments", {}):  # a service taken out takes its booking slots with it
            # (only a service removed: a code mistyped in the slots table is refused, not dropped)
            removed = {s.get("code") for s in self.original.get("services", [])} - {
                s.get("code") for s in data.get("services", [])}
            plans = [p for p in data["appointments"]["services"] if p.get("service") not in removed]
            data["appointments"] = {**data["appointments"], "services": plans}
        return data

    def save(self) -> None:
        """Validate the whole configuration, confirm the changes, store it with an event row (the store is
        asked on the worker: what it says shows in the status line)."""
        if self.loaded_text is None or not self._ready():
            return
        try:
            data = self.current()
            text = tomli_w.dumps(data)
            parse_branch(text, "configuration")
        except ConfigError as exc:
            self.message.say(str(exc), error=True)
            self._point_at(exc)
            return
        changes = describe_changes(self.original, data)
        if not changes:
            self.message.say(self.tr("Nothing has changed."))
            return
        kept = {s.get("code") for s in data.get("services", [])} | {
            p.get("code") for p in data.get("priority_classes", [])}
        self.worker.run(_codes_in_use,
                        done=lambda in_use: self._confirm_and_save(text, changes, in_use - kept))

    def _confirm_and_save(self, text: str, changes: list[str], stranded: set[str]) -> None:
        """`stranded`: codes today's open tickets use that the new configuration no longer has."""
        shown = "\n".join(changes[:12]) + ("\n…" if len(changes) > 12 else "")
        question = self.tr("Save these %1 changes?").replace("%1", str(len(changes))) + "\n\n" + shown
        if stranded:
            warning = self.tr("Tickets of %1 are still waiting or being served today: removed from the "
                              "configuration, they can no longer be called.")
            question += "\n\n" + warning.replace("%1", ", ".join(sorted(stranded)))
        if not self.confirm(question):
            return
        replacing = self.loaded_text
        self.worker.run(lambda store: save_configuration(store, text, changes, replacing),
                        done=lambda stored: self._saved(stored, changes),
                        failed=lambda exc: self.message.say(str(exc), error=True))

    def _saved(self, stored: str, changes: list[str]) -> None:
        self._show(stored)
        self.message.say(self.tr("Saved %1 changes; every station uses them now.")
                         .replace("%1", str(len(changes))))
        self.saved.emit(changes)

    def _point_at(self, exc: ConfigError) -> None:
        """Show the field an error names: "counters[3].services: ..." selects that cell."""
        where = exc.where if isinstance(exc, FieldError) else None
        if where is None and self.rules is not None and self.rules.point_at(str(exc), self.tabs):
            return
        if where is None:
            match = _ERROR_PATH.match(str(exc))
            if not match:
                return
            table, row, key = match.group(1), match.group(2), match.group(3)
            where = (table, int(row) if row else 0, key or "")
        table, row, key = where
        if table == "branch" and key in self.fields:
            self.tabs.setCurrentIndex(0)
            self.fields[key].setFocus()
        elif table in self.sections:
            section = self.sections[table]
            self.tabs.setCurrentWidget(section)
            column = key if key in section.columns else next(
                (c for c in section.columns if c.startswith(f"{key}.")), None)
            if column is not None and row < section.table.rowCount():
                section.table.setCurrentItem(section.cell(row, column))
            section.table.setFocus()


    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Branch configuration"), question)
        return answer == QMessageBox.StandardButton.Yes

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save configuration"))
        self.revert_button.setText(self.tr("Undo unsaved changes"))
        for i, title in enumerate(self._section_titles().values()):
            if i < self.tabs.count():
                self.tabs.setTabText(i, title)


def _codes_in_use(store) -> set[str]:
    """Services and classes of today's open tickets; none known when the store cannot tell (the save itself
    says what is wrong then)."""
    try:
        return store.codes_in_use()
    except QueueError:
        return set()

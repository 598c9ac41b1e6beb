"""The configuration editor's service rules: working days, booking rules and slots, and the small rules of
home visits, complaints, ratings, shunting, surge alerts and wait estimates. A field left as loaded keeps its
TOML value or absence."""
from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.config import Branch
from kiosk.core.errors import ConfigError
from kiosk.core.working_days import WEEKDAYS
from kiosk.ui.row_buttons import row_buttons

RULE_TABLES = ("calendar", "appointments", "home_visits", "complaints", "ratings", "shunting", "surge",
               "estimates")
# the spin boxes: table -> keys; the parser judges the values (its message names the field)
NUMBERS = {
    "appointments": ("early_minutes", "late_minutes", "no_show_minutes", "days_ahead"),
    "home_visits": ("due_working_days", "retention_days"),
    "complaints": ("reply_working_days",),
    "ratings": ("timeout_seconds", "low_score"),
    "shunting": ("threshold_minutes",),
    "surge": ("target_p90_minutes", "check_seconds"),
    "estimates": ("runs", "history_weeks", "range_minutes", "range_share"),
}
FRACTIONAL = {("surge", "target_p90_minutes"), ("estimates", "range_minutes"), ("estimates", "range_share")}
PLAN_COLUMNS = ("service", "slot_minutes", "capacity", *(f"hours.{d}" for d in WEEKDAYS), "closed_dates")
_MISSING = object()


def _shown(value: Any) -> str:
    if value is _MISSING or value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def _items(text: str) -> list[str]:
    return [part for part in re.split(r"[,;\s]+", text) if part]


def _get(table: dict, column: str) -> Any:
    key, _, sub = column.partition(".")
    value = table.get(key, _MISSING)
    if sub:
        return value.get(sub, _MISSING) if isinstance(value, dict) else _MISSING
    return value


def _put(table: dict, column: str, value: Any) -> None:
    """Set (or with _MISSING, leave out) `column` of `table`; "hours.mon" goes into table["hours"]."""
    key, _, sub = column.partition(".")
    if sub:
        inner = dict(table.get(key) or {})
        inner.pop(sub, None)
        if value is not _MISSING:
            inner[sub] = value
        if inner or key in table:
            table[key] = inner
        return
    table.pop(key, None)
    if value is not _MISSING:
        table[key] = value


def _targets_shown(targets: Any) -> str:
    """[surge] targets as typed: "A = 15, B = 10"."""
    if not isinstance(targets, dict):
        return _shown(targets)
    return ", ".join(f"{code} = {minutes}" for code, minutes in targets.items())


def _targets(text: str) -> dict[str, Any]:
    """"A = 15, B = 10" -> {"A": 15, "B": 10}; the parser judges the codes and minutes."""
    targets: dict[str, Any] = {}
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        code, equals, minutes = item.partition("=")
        try:
            value = float(minutes)
        except ValueError:
            value = None
        if not equals or not code.strip() or value is None:
            raise ConfigError(f"surge.targets: {item!r} is not a service and its minutes like A = 15")
        targets[code.strip().upper()] = int(value) if value.is_integer() else value
    return targets


def _number(text: str, where: str) -> Any:
    text = text.strip()
    if not text:
        return _MISSING
    try:
        return int(text)
    except ValueError:
        raise ConfigError(f"{where}: {text!r} is not a whole number") from None


class RulesEditor(QWidget):
    """Three tabs added to the configuration editor's: working days, booking rules (with each bookable
    service's slots), and the rules of home visits, complaints, ratings and shunting."""

    def __init__(self, original: dict[str, Any], branch: Branch, parent: QWidget | None = None):
        """`original`: the TOML as loaded; `branch`: it parsed (the values of keys the TOML leaves out)."""
        super().__init__(parent)
        self.original = {t: dict(original.get(t, {})) for t in RULE_TABLES}
        self.present = {t for t in RULE_TABLES if t in original}
        parsed = {"appointments": branch.bookings, "home_visits": branch.home_visits,
                  "complaints": branch.complaints, "ratings": branch.ratings, "shunting": branch.shunting,
                  "surge": branch.surge, "estimates": branch.estimates}
        self.parsed_plans = {p.service: p for p in branch.bookings.plans}
        self.numbers: dict[tuple[str, str], QSpinBox | QDoubleSpinBox] = {}
        self.number_labels: dict[str, QLabel] = {}
        self.loaded_numbers: dict[tuple[str, str], float] = {}
        for table, keys in NUMBERS.items():
            for key in keys:
                value = self.original[table].get(key, getattr(parsed[table], key))
                if (table, key) in FRACTIONAL:  # 1.5 minutes, a share of 0.3
                    box = QDoubleSpinBox(minimum=-1_000_000, maximum=1_000_000, decimals=2)
                    kinds: tuple[type, ...] = (int, float)
                else:
                    box = QSpinBox(minimum=-1_000_000, maximum=1_000_000)
                    kinds = (int,)
                box.setValue(value if isinstance(value, kinds) and not isinstance(value, bool) else 0)
                self.numbers[(table, key)] = box
                self.loaded_numbers[(table, key)] = box.value()
                self.number_labels[key] = QLabel(buddy=box)

        # working days
        self.calendar_page = QWidget()
        days = [WEEKDAYS[d] for d in sorted(branch.calendar.weekdays)]
        working = self.original["calendar"].get("working_days", days)
        self.weekdays = [QCheckBox() for _ in WEEKDAYS]
        row = QHBoxLayout()
        for name, box in zip(WEEKDAYS, self.weekdays, strict=True):
            box.setChecked(name in working if isinstance(working, list) else False)
            row.addWidget(box)
        row.addStretch()
        self.holidays = QLineEdit(_shown(self.original["calendar"].get("holidays", [])))
        self.extra_days = QLineEdit(_shown(self.original["calendar"].get("extra_working_days", [])))
        self.holidays.setPlaceholderText("2027-01-01, 2027-02-17")
        self.extra_days.setPlaceholderText("2027-02-07")
        self.calendar_labels = [QLabel(buddy=self.weekdays[0]), QLabel(buddy=self.holidays),
                                QLabel(buddy=self.extra_days)]
        calendar_form = QFormLayout(self.calendar_page)
        for label, field in zip(self.calendar_labels, (row, self.holidays, self.extra_days), strict=True):
            calendar_form.addRow(label, field)

        # booking rules and each bookable service's slots
        self.booking_page = QWidget()
        booking_form = QFormLayout()
        booking_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # short numbers
        for key in NUMBERS["appointments"]:
            booking_form.addRow(self.number_labels[key], self.numbers[("appointments", key)])
        self.plans = QTableWidget(0, len(PLAN_COLUMNS))
        self.plan_origins: list[dict] = []  # per row: its [[appointments.services]] table as loaded
        for plan in self.original["appointments"].get("services", []):
            self._append_plan(plan if isinstance(plan, dict) else {})
        self.add_plan, self.remove_plan, buttons = row_buttons(self.plans, lambda: self._append_plan({}),
                                                               self._remove_plans)
        self.plans_box = QGroupBox()
        plans_layout = QVBoxLayout(self.plans_box)
        plans_layout.addWidget(self.plans)
        plans_layout.addLayout(buttons)
        booking = QVBoxLayout(self.booking_page)
        booking.addLayout(booking_form)
        booking.addWidget(self.plans_box, 1)

        # home visits, complaints, ratings, shunting; surge alerts and wait estimates (issue 14)
        self.other_page = QWidget()
        other_form = QFormLayout(self.other_page)
        other_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for table in ("home_visits", "complaints", "ratings", "shunting"):
            for key in NUMBERS[table]:
                other_form.addRow(self.number_labels[key], self.numbers[(table, key)])
        surge = self.original["surge"]
        self.loaded_on_display = surge.get("on_display", branch.surge.on_display) is True
        self.on_display = QCheckBox(checked=self.loaded_on_display)
        self.loaded_targets = _targets_shown(surge.get("targets", {}))
        self.targets = QLineEdit(self.loaded_targets, placeholderText="A = 15, B = 10")
        self.targets.setMinimumWidth(240)
        self.surge_heading, self.estimates_heading = (QLabel(styleSheet="font-weight: bold; padding-top: 8px")
                                                      for _ in range(2))
        self.extra_labels = {"on_display": QLabel(buddy=self.on_display),
                             "targets": QLabel(buddy=self.targets)}
        other_form.addRow(self.surge_heading)
        for key in NUMBERS["surge"]:
            other_form.addRow(self.number_labels[key], self.numbers[("surge", key)])
        other_form.addRow(self.extra_labels["targets"], self.targets)
        other_form.addRow(self.extra_labels["on_display"], self.on_display)
        other_form.addRow(self.estimates_heading)
        for key in NUMBERS["estimates"]:
            other_form.addRow(self.number_labels[key], self.numbers[("estimates", key)])
        self.pages = (self.calendar_page, self.booking_page, self.other_page)
        self.retranslate()

    # -- the slots table ----------------------------------------------------------------------------

    def _plan_shown(self, origin: dict, column: str) -> str:
        """A cell as loaded: the TOML's value, or the parser's where the TOML leaves it out."""
        value = _get(origin, column)
        plan = self.parsed_plans.get(origin.get("service"))
        if value is _MISSING and plan is not None and column in ("slot_minutes", "capacity"):
            value = getattr(plan, column)
        return _shown(value)

    def _append_plan(self, origin: dict) -> None:
        r = self.plans.rowCount()
        self.plans.insertRow(r)
        self.plan_origins.append(origin)
        for c, column in enumerate(PLAN_COLUMNS):
            text = self._plan_shown(origin, column)
            if not origin and column in ("slot_minutes", "capacity"):
                text = {"slot_minutes": "30", "capacity": "1"}[column]  # a new row starts usable
            self.plans.setItem(r, c, QTableWidgetItem(text))

    def _remove_plans(self) -> None:
        for r in sorted({i.row() for i in self.plans.selectedIndexes()}, reverse=True):
            self.plans.removeRow(r)
            del self.plan_origins[r]

    def plan_cell(self, row: int, column: str) -> QTableWidgetItem:
        return self.plans.item(row, PLAN_COLUMNS.index(column))

    def _plan_rows(self) -> list[dict]:
        rows = []
        for r, origin in enumerate(self.plan_origins):
            row = dict(origin)
            for column in PLAN_COLUMNS:
                text = self.plan_cell(r, column).text().strip()
                if text == self._plan_shown(origin, column):
                    continue  # as loaded: the TOML's own value, or its absence, kept
                where = f"appointments.services[{r}].{column}"
                if column == "service":
                    value: Any = text or _MISSING
                elif column in ("slot_minutes", "capacity"):
                    value = _number(text, where)
                else:  # opening hours per weekday, closed dates: lists
                    value = _items(text) if text or column.startswith("hours.") else _MISSING
                    if column.startswith("hours.") and not value:
                        value = _MISSING  # an empty weekday: closed that day
                _put(row, column, value)
            if row.get("hours") == {}:
                del row["hours"]
            rows.append(row)
        return rows

    # -- reading back -------------------------------------------------------------------------------

    def tables(self) -> dict[str, Any]:
        """The six tables as edited; a table the TOML did not have is added only when something is set."""
        out = {t: dict(self.original[t]) for t in RULE_TABLES}
        for (table, key), box in self.numbers.items():
            if box.value() != self.loaded_numbers[(table, key)]:  # unchanged: the TOML's own, or absent
                value = box.value()
                out[table][key] = int(value) if float(value).is_integer() else value
        if self.on_display.isChecked() != self.loaded_on_display:
            out["surge"]["on_display"] = self.on_display.isChecked()
        if self.targets.text().strip() != self.loaded_targets:
            out["surge"]["targets"] = _targets(self.targets.text())
        calendar = out["calendar"]
        days = [name for name, box in zip(WEEKDAYS, self.weekdays, strict=True) if box.isChecked()]
        loaded = self.original["calendar"].get("working_days", list(WEEKDAYS[:5]))
        if days != loaded:
            calendar["working_days"] = days
        for key, edit in (("holidays", self.holidays), ("extra_working_days", self.extra_days)):
            if edit.text().strip() != _shown(self.original["calendar"].get(key, [])):
                calendar[key] = _items(edit.text())
        plans = self._plan_rows()
        if plans or "services" in self.original["appointments"]:
            out["appointments"]["services"] = plans
        return {t: v for t, v in out.items() if v or t in self.present}

    # -- pointing at a field an error names ---------------------------------------------------------

    def point_at(self, message: str, tabs: QTabWidget) -> bool:
        """Show the field "appointments.services[1].hours.mon: ..." names; False if not one of these."""
        path = message.split(":", 1)[0]
        parts = re.findall(r"\w+|\[\d+\]", path)
        if not parts or parts[0] not in RULE_TABLES:
            return False
        table, rest = parts[0], parts[1:]
        if table == "calendar":
            tabs.setCurrentWidget(self.calendar_page)
            key = rest[0] if rest else "working_days"
            target = {"holidays": self.holidays, "extra_working_days": self.extra_days}.get(key,
                                                                                           self.weekdays[0])
            target.setFocus()
            return True
        if table == "appointments" and rest and rest[0] == "services":
            tabs.setCurrentWidget(self.booking_page)
            row = int(rest[1][1:-1]) if len(rest) > 1 and rest[1].startswith("[") else 0
            column = ".".join(p for p in rest[2:4] if not p.startswith("["))
            if column == "hours" or column not in PLAN_COLUMNS:
                column = "hours.mon" if column == "hours" else "service"
            if row < self.plans.rowCount():
                self.plans.setCurrentItem(self.plan_cell(row, column))
            self.plans.setFocus()
            return True
        tabs.setCurrentWidget(self.booking_page if table == "appointments" else self.other_page)
        if table == "surge" and rest and rest[0] in ("targets", "on_display"):
            (self.targets if rest[0] == "targets" else self.on_display).setFocus()
            return True
        box = self.numbers.get((table, rest[0] if rest else ""))
        if box is not None:
            box.setFocus()
            box.selectAll()
        return True

    # -- words ---------------------------------------------------------------------------------------

    def titles(self) -> tuple[str, str, str]:
        # short: beside the five other tabs they fit a quarter of a 1920x1080 screen, no scroll arrows
        return self.tr("Calendar"), self.tr("Booking rules"), self.tr("Other rules")

    def _day_names(self) -> list[str]:
        return [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                self.tr("Sat"), self.tr("Sun")]

    def retranslate(self) -> None:
        numbers = {
            "early_minutes": self.tr("Appointment check-in from (min before the slot)"),
            "late_minutes": self.tr("Appointment check-in until (min after the slot began)"),
            "no_show_minutes": self.tr("No-show if not checked in (min after the slot ended)"),
            "days_ahead": self.tr("Bookable days ahead"),
            "due_working_days": self.tr("Home visit made within (working days)"),
            "retention_days": self.tr("Address and phone of a closed visit erased after (days)"),
            "reply_working_days": self.tr("Complaint reply promised within (working days)"),
            "timeout_seconds": self.tr("Rating screen back to idle after (s)"),
            "low_score": self.tr("A low rating is at or below"),
            "threshold_minutes": self.tr("Suggest self-service when the wait passes (min)"),
            "target_p90_minutes": self.tr("Alert when 90% of a service's customers may wait over (min)"),
            "check_seconds": self.tr("Check the queue for a surge every (s)"),
            "runs": self.tr("Simulated runs behind each wait estimate"),
            "history_weeks": self.tr("Service times also from the same hour of past weeks (weeks)"),
            "range_minutes": self.tr("Say a range (\"about 10-15 min\") when it is at least (min) wide"),
            "range_share": self.tr("... and at least this share of the estimate"),
        }
        for key, label in self.number_labels.items():
            label.setText(numbers[key])
        self.surge_heading.setText(self.tr("Surge alerts"))
        self.estimates_heading.setText(self.tr("Wait estimates"))
        self.extra_labels["targets"].setText(self.tr("Targets per service (min), e.g. A = 15"))
        self.extra_labels["on_display"].setText(self.tr("Show surge alerts on the hall display"))
        texts = (self.tr("Working days"), self.tr("Holidays (closed on a working day)"),
                 self.tr("Make-up working days (open on a day off)"))
        for label, text in zip(self.calendar_labels, texts, strict=True):
            label.setText(text)
        for box, name in zip(self.weekdays, self._day_names(), strict=True):
            box.setText(name)
        headers = [self.tr("Service"), self.tr("Slot (min)"), self.tr("Bookings per slot"),
                   *(self.tr("%1 hours").replace("%1", d) for d in self._day_names()),
                   self.tr("Closed dates")]
        self.plans.setHorizontalHeaderLabels(headers)
        self.plans.setToolTip(self.tr("Opening hours like 09:00-12:00, 13:30-17:00; an empty day is closed. "
                                      "Dates like 2027-01-01."))
        self.plans_box.setTitle(self.tr("Bookable services"))
        self.add_plan.setText(self.tr("Add a service"))
        self.remove_plan.setText(self.tr("Remove selected services"))

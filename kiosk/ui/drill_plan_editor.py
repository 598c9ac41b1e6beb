"""The plan of the drill about to start, as the manager sees and edits it: a surge's rate, length, seed and
mixes of services and classes; a special-group drill's script of customers and their pace."""
from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.adapters.export import nearest_language
from kiosk.adapters.export.drill_words import role_name
from kiosk.adapters.translations import ui_language
from kiosk.adapters.vocabulary import config_name, name_of
from kiosk.core.config import Branch
from kiosk.core.drill_plan import DEFAULT_EVERY_SECONDS, DrillPlan
from kiosk.core.drills import SPECIAL, SURGE
from kiosk.core.operations_rules import DEFAULT_SCRIPT, DrillCustomer, DrillRules
from kiosk.ui.kiosk_screens import NEEDS

FLAGS = ("help", "assistance", "love_window")  # the script's expected responses, a check box each


def _spin(low: int, high: int, value: int = 0) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


class ShareTable(QTableWidget):
    """Codes and their share (per cent) of the drill's customers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 2, parent)
        self.codes: list[str] = []
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumHeight(150)

    def show_shares(self, names: dict[str, str], shares: dict[str, float]) -> None:
        total = sum(shares.values()) or 1.0
        self.codes = list(names)
        self.setRowCount(len(names))
        for r, (code, name) in enumerate(names.items()):
            self.setItem(r, 0, QTableWidgetItem(name))
            self.setCellWidget(r, 1, _spin(0, 100, round(100 * shares.get(code, 0.0) / total)))

    def shares(self) -> dict[str, float]:
        return {code: float(self.cellWidget(r, 1).value()) for r, code in enumerate(self.codes)
                if self.cellWidget(r, 1).value() > 0}


class PlanEditor(QStackedWidget):
    """Page 0: the surge drill's plan; page 1: the special-group drill's script. `plan(kind)` reads it back
    over the branch's rules, so the targets stay the configured ones."""

    SCRIPT_COLUMNS = 7

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.branch: Branch | None = None
        self.rules = DrillRules()
        self.rate, self.minutes, self.seed = _spin(1, 2000), _spin(1, 600), _spin(0, 999_999)
        self.service_mix, self.class_mix = ShareTable(), ShareTable()
        self.labels = {key: QLabel() for key in ("rate", "minutes", "seed", "services", "classes", "every")}
        for key, field in (("rate", self.rate), ("minutes", self.minutes), ("seed", self.seed)):
            self.labels[key].setBuddy(field)
        surge = QWidget()
        form = QFormLayout(surge)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.labels["rate"], self.rate)
        form.addRow(self.labels["minutes"], self.minutes)
        form.addRow(self.labels["seed"], self.seed)
        mixes = QHBoxLayout()
        for key, table in (("services", self.service_mix), ("classes", self.class_mix)):
            column = QVBoxLayout()
            column.addWidget(self.labels[key])
            column.addWidget(table)
            mixes.addLayout(column)
        form.addRow(mixes)
        self.every = _spin(10, 3600, DEFAULT_EVERY_SECONDS)
        self.labels["every"].setBuddy(self.every)
        self.script = QTableWidget(0, self.SCRIPT_COLUMNS)
        self.script.verticalHeader().hide()
        self.script.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.script.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.script.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.script.horizontalHeader()  # the choices share the width, the check boxes take their own
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in range(4, self.SCRIPT_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.script.setMinimumHeight(180)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(lambda: self.add_customer(DEFAULT_SCRIPT[0]))
        self.remove_button.clicked.connect(self.remove_customer)
        special = QWidget()
        rows = QVBoxLayout(special)
        pace = QHBoxLayout()
        pace.addWidget(self.labels["every"])
        pace.addWidget(self.every)
        pace.addStretch()
        pace.addWidget(self.add_button)
        pace.addWidget(self.remove_button)
        rows.addLayout(pace)
        rows.addWidget(self.script)
        self.addWidget(surge)
        self.addWidget(special)
        self.retranslate()

    def show_kind(self, kind: str) -> None:
        self.setCurrentIndex(0 if kind == SURGE else 1)

    def load(self, branch: Branch, plan: DrillPlan | None = None) -> None:
        """The branch's rules, or `plan` (the running drill's, shown as it runs)."""
        self.branch = branch
        rules = plan.rules if plan is not None else branch.drills
        self.rules = rules
        self.rate.setValue(round(rules.surge_rate_per_hour))
        self.minutes.setValue(rules.surge_minutes)
        if plan is not None:
            self.seed.setValue(plan.seed)
            self.every.setValue(plan.every_seconds)
        lang = ui_language()
        self.service_mix.show_shares({s.code: f"{s.code}  {config_name(s, lang)}" for s in branch.services},
                                     dict(rules.surge_mix))
        self.class_mix.show_shares({p.code: config_name(p, lang) for p in branch.priority_classes},
                                   dict(rules.class_mix))
        self.script.setRowCount(0)
        for customer in rules.script:
            self.add_customer(customer)

    def add_customer(self, customer: DrillCustomer) -> None:
        branch = self.branch
        if branch is None:
            return
        r = self.script.rowCount()
        self.script.insertRow(r)
        lang = nearest_language(ui_language())
        roles = dict.fromkeys([c.role for c in DEFAULT_SCRIPT] + [customer.role])
        combos = (
            [(role, role_name(role, lang)) for role in roles],
            [(s.code, f"{s.code}  {config_name(s)}") for s in branch.services],
            [(p.code, config_name(p)) for p in branch.priority_classes],
            [("", self.tr("(none)")), *((need, name_of(need)) for need in NEEDS)],
        )
        needs = customer.needs[0] if customer.needs else ""
        for c, (choices, chosen) in enumerate(zip(combos, (customer.role, customer.service, customer.priority,
                                                           needs), strict=True)):
            combo = QComboBox()
            for code, text in choices:
                combo.addItem(text, code)
            if combo.findData(chosen) < 0:  # a need the kiosk does not offer, configured by hand
                combo.addItem(name_of(chosen), chosen)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            self.script.setCellWidget(r, c, combo)
        for c, flag in enumerate(FLAGS, start=4):
            box = QCheckBox()
            box.setChecked(getattr(customer, flag))
            self.script.setCellWidget(r, c, box)
        self._name_boxes()

    def remove_customer(self) -> None:
        row = self.script.currentRow()
        self.script.removeRow(row if row >= 0 else self.script.rowCount() - 1)

    def customers(self) -> tuple[DrillCustomer, ...]:
        script = []
        for r in range(self.script.rowCount()):
            role, service, priority, need = (self.script.cellWidget(r, c).currentData() for c in range(4))
            flags = {flag: self.script.cellWidget(r, c).isChecked() for c, flag in enumerate(FLAGS, start=4)}
            script.append(DrillCustomer(role, service, priority, (need,) if need else (), **flags))
        return tuple(script)

    def plan(self, kind: str) -> DrillPlan:
        """The plan as edited, over the rules it was loaded with (their targets)."""
        rules = self.rules
        if kind == SURGE:
            rules = replace(rules, surge_rate_per_hour=self.rate.value(), surge_minutes=self.minutes.value(),
                            surge_mix=MappingProxyType(self.service_mix.shares()),
                            class_mix=MappingProxyType(self.class_mix.shares()))
        elif kind == SPECIAL:
            rules = replace(rules, script=self.customers())
        return DrillPlan(kind, rules, self.seed.value(), self.every.value())

    def set_editable(self, editable: bool) -> None:
        for widget in (self.rate, self.minutes, self.seed, self.every, self.add_button, self.remove_button,
                       self.service_mix, self.class_mix, self.script):
            widget.setEnabled(editable)

    def retranslate(self) -> None:
        self.labels["rate"].setText(self.tr("Customers per &hour"))
        self.labels["minutes"].setText(self.tr("For &minutes"))
        self.labels["seed"].setText(self.tr("Arrival pattern &no. (the same number, the same customers)"))
        self.labels["services"].setText(self.tr("Services (share in %)"))
        self.labels["classes"].setText(self.tr("Priority classes (share in %)"))
        self.labels["every"].setText(self.tr("One customer every (seconds)"))
        for table in (self.service_mix, self.class_mix):
            table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Share %")])
        self.script.setHorizontalHeaderLabels([
            self.tr("Role played"), self.tr("Service"), self.tr("Priority class"), self.tr("Need"),
            self.tr("Asks for help"), self.tr("Assistance logged"), self.tr("Love window")])
        self.add_button.setText(self.tr("Add customer"))
        self.remove_button.setText(self.tr("Remove customer"))
        self._name_boxes()

    def _name_boxes(self) -> None:
        """A screen reader says what each check box of the script is (it has no text of its own)."""
        for r in range(self.script.rowCount()):
            for c in range(4, self.SCRIPT_COLUMNS):
                self.script.cellWidget(r, c).setAccessibleName(self.script.horizontalHeaderItem(c).text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


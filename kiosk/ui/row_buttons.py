"""An editable table's Add and Remove buttons under it, its columns sized to their text (configuration)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTableWidget


def row_buttons(table: QTableWidget, add: Callable[[], object],
                remove: Callable[[], object]) -> tuple[QPushButton, QPushButton, QHBoxLayout]:
    """`table`'s columns sized to their headers and text in full (the last one stretched), and its add and
    remove buttons in a row to put under it (their texts are the caller's, set when it retranslates)."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    add_button, remove_button = QPushButton(), QPushButton()
    add_button.clicked.connect(lambda: add())
    remove_button.clicked.connect(lambda: remove())
    buttons = QHBoxLayout()
    buttons.addWidget(add_button)
    buttons.addWidget(remove_button)
    buttons.addStretch()
    return add_button, remove_button, buttons

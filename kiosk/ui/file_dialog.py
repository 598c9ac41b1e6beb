"""The manager's save-file dialog: big enough to read, its columns wide enough, in the staff's language."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTreeView, QWidget

SIZE = (960, 600)  # Qt's own dialog opens at about 630x410, with its name and date columns cut short


def save_dialog(parent: QWidget | None, title: str, suggested: str) -> QFileDialog:
    """Where to save, starting at `suggested`. Windows and macOS show their own dialog (sized and worded by
    the system); elsewhere Qt's, which Qt's own translations (kiosk.ui.i18n) put in the staff's language."""
    dialog = QFileDialog(parent, title, str(Path(suggested).parent))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(Path(suggested).name)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    screen = (parent.screen() if parent is not None else dialog.screen()).availableGeometry()
    width, height = min(SIZE[0], screen.width() - 40), min(SIZE[1], screen.height() - 80)
    dialog.resize(width, height)
    files = dialog.findChild(QTreeView, "treeView")  # Qt's own dialog only; none in a native one
    if files is not None:
        header = files.header()  # size, type and date in full; the name has all the rest
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the two labels Qt's own Chinese translation leaves in English
        dialog.setLabelText(QFileDialog.DialogLabel.LookIn,
                            QCoreApplication.translate("FileDialog", "Look in:"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileType,
                            QCoreApplication.translate("FileDialog", "Files of type:"))
    return dialog


def ask_save_path(parent: QWidget | None, title: str, suggested: str,
                  run: Callable[[QDialog], int] = lambda dialog: dialog.exec()) -> str:
    """The chosen file, or "" when cancelled; the dialog asks before replacing a file."""
    dialog = save_dialog(parent, title, suggested)
    try:
        if run(dialog) != QDialog.DialogCode.Accepted:
            return ""
        chosen = dialog.selectedFiles()
        return chosen[0] if chosen else ""
    finally:
        dialog.deleteLater()

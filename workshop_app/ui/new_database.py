"""The dialog that creates a database: encryption offered, and on unless the facilitator turns it off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from . import appearance


class NewDatabaseDialog(QDialog):
    """Creating a database: encryption is offered, and on unless the facilitator turns it off."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New database"))
        self.encrypt = QCheckBox(
            self.tr("&Encrypt the database (recommended: participants' words stay private if the laptop is lost)")
        )
        self.encrypt.setChecked(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Repeat passphrase"))
        self.problem = QLabel("")
        appearance.set_text_role(self.problem, "error")  # the app's error colour, readable in high contrast too
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.tr("&Repeat it"), self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Workshop Companion will keep its records in\n{path}").format(path=path)))
        layout.addWidget(self.encrypt)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.encrypt.toggled.connect(self.passphrase.setEnabled)
        self.encrypt.toggled.connect(self.confirm.setEnabled)

    def _accept(self) -> None:
        if self.encrypt.isChecked():
            if len(self.passphrase.text()) < 8:
                self.problem.setText(self.tr("Choose a passphrase of at least 8 characters."))
                return
            if self.passphrase.text() != self.confirm.text():
                self.problem.setText(self.tr("The two passphrases differ."))
                return
        self.accept()

    def chosen_passphrase(self) -> str | None:
        return self.passphrase.text() if self.encrypt.isChecked() else None

"""File → Export bundle… / Import bundle…: carry a programme to a co-facilitator's laptop and back."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.bundles import ExportSummary, ImportSummary, TableCounts
from ..domain.errors import BundleCancelled, ValidationError
from . import appearance
from .dialogs import FormDialog, from_qdate, to_qdate
from .messages import show_error
from .models import Column, ListTableModel
from .texts import format_date

if TYPE_CHECKING:
    from .main_window import MainWindow

BUNDLE_FILTER = "Workshop Companion bundles (*.wcbundle);;All files (*)"
MIN_PASSPHRASE = 8


def table_labels() -> dict[str, str]:
    """What each kind of record is called (a function, so it is translated after the translator loads)."""

    return {
        "programme": QCoreApplication.translate("bundle_dialogs", "Programmes"),
        "participant": QCoreApplication.translate("bundle_dialogs", "Participants"),
        "par_cycle": QCoreApplication.translate("bundle_dialogs", "PAR cycles"),
        "session": QCoreApplication.translate("bundle_dialogs", "Sessions"),
        "block": QCoreApplication.translate("bundle_dialogs", "Agenda blocks"),
        "reflection": QCoreApplication.translate("bundle_dialogs", "Reflections"),
        "rating": QCoreApplication.translate("bundle_dialogs", "Ratings"),
        "action": QCoreApplication.translate("bundle_dialogs", "Actions"),
    }


def table_label(name: str) -> str:
    return table_labels().get(name, name.replace("_", " ").capitalize())


# --- small ask functions (tests replace them) ------------------------------------------------------


def ask_bundle_save_path(parent: QWidget, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("bundle_dialogs", "Save bundle"), str(suggested), BUNDLE_FILTER
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".wcbundle")


def ask_bundle_open_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("bundle_dialogs", "Import bundle"), str(Path.home()), BUNDLE_FILTER
    )
    return Path(name) if name else None


def ask_passphrase(parent: QWidget, file_name: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("bundle_dialogs", "Encrypted bundle"),
        QCoreApplication.translate(
            "bundle_dialogs", "{name} is encrypted. Type the passphrase it was made with:"
        ).format(name=file_name),
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None


def show_import_summary(parent: QWidget, summary: ImportSummary) -> None:
    ImportSummaryDialog(summary, parent).exec()


def show_export_done(parent: QWidget, summary: ExportSummary) -> None:
    what = (
        QCoreApplication.translate("bundle_dialogs", "An encrypted bundle")
        if summary.encrypted
        else QCoreApplication.translate("bundle_dialogs", "A bundle")
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("bundle_dialogs", "Bundle saved"),
        QCoreApplication.translate("bundle_dialogs", "{what} of {records:,} records was saved to\n{path}").format(
            what=what, records=summary.records, path=summary.path
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


# --- dialogs ---------------------------------------------------------------------------------------


class ExportBundleDialog(FormDialog):
    """What goes in the bundle: this programme or all, everything or recent changes, encrypted or not."""

    def __init__(self, programme_name: str | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Export bundle"), lambda values: values, parent)
        intro = QLabel(
            self.tr(
                "A bundle is one file that carries records to another laptop. Importing it there merges it "
                "record by record: nothing is duplicated, and when both laptops changed the same entry the "
                "newer edit wins and the other is kept in the history."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.this_programme = QRadioButton(
            self.tr("This programme: {programme_name}").format(programme_name=programme_name)
            if programme_name
            else self.tr("This programme")
        )
        self.all_programmes = QRadioButton(self.tr("All programmes in this database"))
        self.this_programme.setEnabled(programme_name is not None)
        (self.this_programme if programme_name else self.all_programmes).setChecked(True)
        self.form.addRow(QLabel(self.tr("What")))
        self.form.addRow(self.this_programme)  # a whole row each: a programme's name can be long
        self.form.addRow(self.all_programmes)
        self.only_since = QCheckBox(self.tr("Only records changed on or after"))
        self.since_edit = QDateEdit(to_qdate(date.today()))
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("dd MMM yyyy")
        self.since_edit.setEnabled(False)
        self.only_since.toggled.connect(self.since_edit.setEnabled)
        self.form.addRow(self.only_since, self.since_edit)
        self.encrypt = QCheckBox(self.tr("Encrypt with a passphrase"))
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.passphrase_edit, self.confirm_edit):
            edit.setEnabled(False)
            self.encrypt.toggled.connect(edit.setEnabled)
        self.form.addRow(self.encrypt)
        self.form.addRow(self.tr("&Passphrase"), self.passphrase_edit)
        self.form.addRow(self.tr("&Again"), self.confirm_edit)
        hint = appearance.hint_label(
            self.tr(
                "Give the passphrase to your co-facilitator by another route than the file. "
                "Without it the bundle cannot be opened."
            )
        )
        self.form.addRow(hint)
        for widget, name, tip in (
            (
                self.this_programme,
                self.tr("Export this programme"),
                self.tr("Put only the open programme in the bundle"),
            ),
            (
                self.all_programmes,
                self.tr("Export all programmes"),
                self.tr("Put every programme of this laptop in the bundle"),
            ),
            (
                self.only_since,
                self.tr("Only recent changes"),
                self.tr("Leave out records nobody changed since the date"),
            ),
            (
                self.since_edit,
                self.tr("Changed since"),
                self.tr("Records changed on or after this day go in the bundle"),
            ),
            (
                self.encrypt,
                self.tr("Encrypt the bundle"),
                self.tr("Lock the bundle so only someone with the passphrase can open it"),
            ),
            (
                self.passphrase_edit,
                self.tr("Passphrase"),
                self.tr("At least 8 characters; the bundle cannot be opened without it"),
            ),
            (self.confirm_edit, self.tr("Passphrase again"), self.tr("Type the passphrase again to check it")),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(tip)
        self.setMinimumWidth(appearance.scaled(560))

    def values(self) -> dict[str, Any]:
        passphrase = None
        if self.encrypt.isChecked():
            passphrase = self.passphrase_edit.text()
            if len(passphrase) < MIN_PASSPHRASE:
                raise ValidationError(
                    self.tr("Use a passphrase of at least {count} characters.").format(count=MIN_PASSPHRASE)
                )
            if passphrase != self.confirm_edit.text():
                raise ValidationError(self.tr("The two passphrases are not the same."))
        return {
            "all": self.all_programmes.isChecked(),
            "since": from_qdate(self.since_edit.date()) if self.only_since.isChecked() else None,
            "passphrase": passphrase,
        }


class ImportSummaryDialog(QDialog):
    """What an import did: totals in words and a table per kind of record."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bundle imported"))
        self.summary = summary
        made = (
            self.tr(" made on {day} at {time} UTC").format(
                day=format_date(summary.created_at, "dd MMM yyyy"), time=f"{summary.created_at:%H:%M}"
            )
            if summary.created_at
            else ""
        )
        scope = (
            self.tr(", changes since {day}").format(day=f"{format_date(summary.since, 'dd MMM yyyy')}")
            if summary.since
            else ""
        )
        kind = self.tr("an encrypted bundle") if summary.encrypted else self.tr("a bundle")
        self.heading = QLabel(
            self.tr("<b>{records:,} records</b> from {kind}{made}{scope}.").format(
                records=summary.records, kind=kind, made=made, scope=scope
            )
        )
        self.totals = QLabel(
            self.tr(
                "{added:,} added · {updated:,} updated · {unchanged:,} already here · "
                "{kept:,} kept (newer on this laptop)"
            ).format(added=summary.added, updated=summary.updated, unchanged=summary.unchanged, kept=summary.kept)
        )
        self.totals.setObjectName("importTotals")
        if summary.history:
            history = self.tr(
                "{count:,} other version(s) of changed records were stored in the record history, "
                "so no one's edit is lost."
            ).format(count=summary.history)
        else:
            history = self.tr("No conflicting edits: nothing had to be stored in the record history.")
        if not summary.changed_anything:
            history = self.tr("Nothing changed: this laptop already had everything in the bundle.")
        self.history_label = QLabel(history)
        self.history_label.setObjectName("importHistory")
        self.history_label.setWordWrap(True)
        number = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.model: ListTableModel[TableCounts] = ListTableModel(
            [
                Column(self.tr("Records"), lambda t: table_label(t.table)),
                Column(self.tr("Added"), lambda t: f"{t.added:,}", number),
                Column(self.tr("Updated"), lambda t: f"{t.updated:,}", number),
                Column(self.tr("Already here"), lambda t: f"{t.unchanged:,}", number),
                Column(self.tr("Kept (newer here)"), lambda t: f"{t.kept:,}", number),
                Column(self.tr("To history"), lambda t: f"{t.history:,}", number),
            ],
            self,
        )
        self.model.set_items([t for t in summary.tables if t.records])
        self.table = appearance.table_view()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Records imported per kind"))
        self.table.setToolTip(self.tr("How many records of each kind were added, updated or kept"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.totals)
        layout.addWidget(self.history_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 380)


# --- the menu actions --------------------------------------------------------------------------------


class BundleController(QObject):
    """Runs File → Export bundle… and Import bundle… (the window makes the two actions) through the
    window's task runner; built, and this module imported, when one of them is first chosen."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: Any = None

    def _progress(self, title: str, text: str) -> QProgressDialog:
        progress = QProgressDialog(text, self.tr("Cancel"), 0, 100, self.window)
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        return progress

    def _start(self, fn: Any, progress: QProgressDialog, done: Any, failed: Any) -> None:
        """Run `fn` on the task lane; `self.task` is set while it runs (a synchronous runner finishes at once)."""
        finished = False

        def on_done(value: Any) -> None:
            nonlocal finished
            finished = True
            done(value)

        def on_error(exc: BaseException) -> None:
            nonlocal finished
            finished = True
            failed(exc)

        task = self.window.runner.start(
            fn,
            on_done=on_done,
            on_error=on_error,
            on_progress=lambda d, t: (progress.setMaximum(max(1, t)), progress.setValue(d)),
        )
        if not finished:
            self.task = task
            progress.canceled.connect(task.cancel)

    def export_bundle(self) -> None:
        if self.task is not None:
            return
        window = self.window
        programme_id = window.current_programme_id()
        name = window.programme_combo.currentText() if programme_id else None
        dialog = ExportBundleDialog(name, window)
        if not dialog.exec() or dialog.result_value is None:
            return
        values = dialog.result_value
        window.reflection_editor.save_now()
        stem = "all programmes" if values["all"] or not name else name
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in stem).strip() or "bundle"
        target = ask_bundle_save_path(window, Path.home() / f"{date.today():%Y-%m-%d} {safe}.wcbundle")
        if target is None:
            return
        export = window.services.bundles.export_bundle
        scope = None if values["all"] else programme_id
        progress = self._progress(self.tr("Export bundle"), self.tr("Writing the bundle…"))

        def done(summary: ExportSummary) -> None:
            self.task = None
            progress.close()
            window.statusBar().showMessage(self.tr("Bundle saved to {path}").format(path=summary.path), 15000)
            show_export_done(window, summary)

        def failed(exc: BaseException) -> None:
            self.task = None
            progress.close()
            if isinstance(exc, BundleCancelled):
                window.statusBar().showMessage(self.tr("Export cancelled; no file was written."), 10000)
                return
            show_error(window, exc, self.tr("The bundle was not saved"))

        self._start(
            lambda report: export(
                target, programme_id=scope, since=values["since"], passphrase=values["passphrase"], progress=report
            ),
            progress,
            done,
            failed,
        )

    def import_bundle(self) -> None:
        if self.task is not None:
            return
        window = self.window
        path = ask_bundle_open_path(window)
        if path is None:
            return
        bundles = window.services.bundles
        passphrase = None
        if bundles.is_encrypted(path):
            passphrase = ask_passphrase(window, path.name)
            if passphrase is None:
                return
        window.reflection_editor.save_now()
        progress = self._progress(
            self.tr("Import bundle"), self.tr("Checking and merging {name}…").format(name=path.name)
        )

        def done(result: Any) -> None:
            self.task = None
            progress.close()
            summary: ImportSummary = result.value
            window.data_changed.emit(result.changes, self)
            window.statusBar().showMessage(
                self.tr("Imported {name}: {added} added, {updated} updated").format(
                    name=path.name, added=summary.added, updated=summary.updated
                ),
                15000,
            )
            show_import_summary(window, summary)

        def failed(exc: BaseException) -> None:
            self.task = None
            progress.close()
            if isinstance(exc, BundleCancelled):
                window.statusBar().showMessage(self.tr("Import cancelled; nothing was changed."), 10000)
                return
            show_error(window, exc, self.tr("The bundle was not imported"))

        self._start(
            lambda report: bundles.import_bundle(path, passphrase=passphrase, progress=report), progress, done, failed
        )

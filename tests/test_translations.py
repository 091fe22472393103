"""Every visible string goes through Qt's translation system, fits, and has a Welsh translation.

The pseudo locale is built from the current source (accented, 40 % longer, in brackets), loaded, and
every main screen is walked: a text on screen without the pseudo markers that is not data (names from
the database, content from the shipped files, dates from Qt's locale) was never translatable.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

from tests.screens import visit_screens
from workshop_app.ui import appearance

ROOT = Path(__file__).resolve().parent.parent


def _tools():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["translations_tool"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


tools = _tools()


def _plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what a person can see or hear on a screen: labels, buttons, tips, headers, menus."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, what: str, text: str) -> None:
        if text and text.strip():
            found.append((f"{type(widget).__name__}.{what}", text))

    if root.isWindow():
        add(root, "windowTitle", root.windowTitle())
    for widget in [root, *root.findChildren(QWidget)]:
        if not (widget is root or widget.isVisibleTo(root)):
            continue
        if isinstance(widget, QMenu):
            continue
        add(widget, "toolTip", _plain(widget.toolTip()))
        add(widget, "accessibleName", widget.accessibleName())
        add(widget, "accessibleDescription", widget.accessibleDescription())
        if isinstance(widget, QLabel):
            add(widget, "text", _plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add(widget, "placeholderText", widget.placeholderText())
            if isinstance(widget, QTextEdit) and widget.isReadOnly():
                for line in widget.toPlainText().splitlines():
                    add(widget, "document", line)
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, "tabText", widget.tabText(index))
                add(widget, "tabToolTip", widget.tabToolTip(index))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    add(widget, "header", header)
        if isinstance(widget, QWizard):
            page = widget.currentPage()
            if page is not None:
                add(page, "title", page.title())
                add(page, "subTitle", page.subTitle())
    if isinstance(root, QMainWindow):
        pending = list(root.menuBar().actions())
        while pending:
            action = pending.pop()
            if action.isSeparator():
                continue
            found.append(("menu", action.text()))
            if action.statusTip():
                found.append(("statusTip", action.statusTip()))
            if action.menu() is not None:
                pending.extend(action.menu().actions())
    return found


def data_strings(services, library) -> set[str]:  # type: ignore[no-untyped-def]
    """Text that is data, not interface: content files, the database's records, language names."""
    found: set[str] = set(appearance.LANGUAGES.values())

    def walk(value: object, depth: int = 0) -> None:
        if depth > 6:
            return
        if isinstance(value, str):
            found.update(line.strip() for line in [value, *value.splitlines()] if line.strip())
        elif is_dataclass(value) and not isinstance(value, type):
            for field in fields(value):
                walk(getattr(value, field.name), depth + 1)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item, depth + 1)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                walk(item, depth + 1)

    walk(library)
    for attribute in ("templates", "par_models", "sources"):
        walk(getattr(library, attribute, None))
    walk(library.lenses())
    for programme in services.programmes.programmes():
        walk(programme)
        walk(services.programmes.participants(programme.id))
        for session in services.sessions.sessions(programme.id):
            walk(session)
            walk(services.sessions.agenda(session))
    from workshop_app.services.programmes import SECTORS

    found.update(SECTORS)
    locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    for month in range(1, 13):
        found.update({locale.monthName(month), locale.monthName(month, QLocale.FormatType.ShortFormat)})
    for day in range(1, 8):
        found.update({locale.dayName(day), locale.dayName(day, QLocale.FormatType.ShortFormat)})
    return found


def clipped_texts(root: QWidget) -> list[str]:
    """Buttons and one-line labels narrower than their text."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QAbstractButton):
            text = widget.text().replace("&", "")
        elif isinstance(widget, QLabel) and not widget.wordWrap() and widget.textFormat() != Qt.TextFormat.RichText:
            text = "" if "<" in widget.text() else widget.text()
            if widget.buddy() is not None:
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        else:
            continue
        if not text or "\n" in text:
            continue
        needed = widget.fontMetrics().horizontalAdvance(text)
        if widget.width() < needed:
            problems.append(f"{type(widget).__name__} {text!r} is {widget.width()} px wide, its text {needed} px")
    return problems


PSEUDO_ONLY = set("åÅçÇîÎšŠžŽýÝ")


def untranslated(text: str, data: set[str], data_pattern: re.Pattern[str]) -> bool:
    if tools.is_pseudo(text) or sum(ch in PSEUDO_ONLY for ch in text) >= 2:  # a line of a longer pseudo text
        return False
    rest = data_pattern.sub(" ", text)
    return re.search(r"[^\W\d_]{2,}", rest) is not None


@pytest.fixture
def pseudo_locale(tmp_path: Path):  # type: ignore[no-untyped-def]
    catalogue = tools.build_pseudo(tmp_path)
    installed = appearance.install_translator("pseudo", catalogue=catalogue)
    assert installed, "the pseudo catalogue did not load"
    yield
    app = QApplication.instance()
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app.setProperty("interfaceLanguage", "en")


def test_pseudo_text_is_accented_longer_and_keeps_placeholders() -> None:
    text = tools.pseudo("Saved {time} to <b>&File</b> &amp; more")
    assert text.startswith("[") and tools.is_pseudo(text)
    assert "{time}" in text and "<b>" in text and "&F" in text and "&amp;" in text
    assert "Šåvéd" in text
    assert len(text) >= len("Saved {time} to <b>&File</b> &amp; more") * 1.4


def test_every_visible_string_is_translatable_and_fits(qtbot, tmp_path: Path, library, pseudo_locale) -> None:
    problems: list[str] = []
    clipped: list[str] = []
    data: set[str] = set()
    pattern: list[re.Pattern[str]] = []

    def check(screen: str, root: QWidget) -> None:
        if not pattern:
            window = root.window()
            data.update(data_strings(window.services, library) if hasattr(window, "services") else set())
            words = sorted(data, key=len, reverse=True)
            pattern.append(re.compile("|".join(re.escape(w) for w in words if w)))
        for where, text in shown_texts(root):
            if untranslated(text, data, pattern[0]):
                problems.append(f"{screen}: {where}: {text!r}")
        clipped.extend(f"{screen}: {problem}" for problem in clipped_texts(root))

    visit_screens(qtbot, tmp_path, library, check)
    assert not problems, "Not translatable:\n" + "\n".join(sorted(set(problems)))
    assert not clipped, "Clipped:\n" + "\n".join(sorted(set(clipped)))


def test_the_welsh_catalogue_translates_every_message() -> None:
    missing = tools.untranslated("cy")
    assert not missing, "Welsh has no translation for:\n" + "\n".join(f"{c}: {s!r}" for c, s in missing)


def test_the_compiled_welsh_catalogue_is_current() -> None:
    """The .qm the app loads is compiled from the .ts (run tools/translations.py release after editing)."""
    ts = ROOT / "resources" / "i18n" / "workshop_cy.ts"
    qm = ROOT / "resources" / "i18n" / "workshop_cy.qm"
    assert qm.exists() and qm.stat().st_size > 1000
    fresh = Path(tools.tempfile.mkdtemp()) / "cy.qm"
    tools.release(ts, fresh)
    assert fresh.read_bytes() == qm.read_bytes()


def test_the_walk_flags_text_that_skips_tr(qtbot, pseudo_locale) -> None:
    """The check itself: a label set without tr() is caught, a translated one and data are not."""
    from PySide6.QtWidgets import QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Plain English that skipped tr"))
    layout.addWidget(QLabel(QApplication.translate("MainWindow", "Sessions")))
    layout.addWidget(QLabel("Siân Griffiths"))
    root.show()
    data = {"Siân Griffiths"}
    pattern = re.compile("|".join(re.escape(w) for w in data))
    flagged = [text for _where, text in shown_texts(root) if untranslated(text, data, pattern)]
    assert flagged == ["Plain English that skipped tr"]


def test_the_no_consent_message_is_translated(qtbot, tmp_path: Path, library, pseudo_locale) -> None:
    """Shown only for someone without consent, so the walk over every screen may not meet it."""
    from tests.screens import open_demo_window

    window = open_demo_window(qtbot, tmp_path / "demo.db", library)
    editor = window.reflection_editor
    person = editor.participant_combo.currentData()
    withdrawn = window.services.consent.record(person, taking_part=False)
    window.data_changed.emit(withdrawn.changes, None)
    qtbot.waitUntil(lambda: editor.editor.isReadOnly())
    assert tools.is_pseudo(editor.status.text()), editor.status.text()
    assert editor.status.text() != " "


def test_the_dialogs_before_the_window_are_translated(qtbot, tmp_path: Path, monkeypatch, pseudo_locale) -> None:
    """The new-database dialog and the open's questions come before any window: the walk never meets them."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from workshop_app.ui import application
    from workshop_app.ui.new_database import NewDatabaseDialog

    path = tmp_path / "new.db"
    dialog = NewDatabaseDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._accept()  # no passphrase yet: the problem line speaks too
    pattern = re.compile(re.escape(str(path)))
    problems = [f"{where}: {text!r}" for where, text in shown_texts(dialog) if untranslated(text, set(), pattern)]
    assert not problems, "Not translatable:\n" + "\n".join(problems)
    assert tools.is_pseudo(dialog.windowTitle())

    monkeypatch.delenv(application.HEADLESS_ENV, raising=False)
    seen: list[str] = []

    class Box:  # QMessageBox as the open's questions use it: what it would show is kept
        Icon = QMessageBox.Icon
        ButtonRole = QMessageBox.ButtonRole

        def __init__(self, _icon, title, text) -> None:  # noqa: ANN001
            seen.extend([title, text])

        def addButton(self, text, _role):  # noqa: ANN001, ANN202, N802 - Qt's name
            seen.append(text)
            return text

        def exec(self) -> None:
            pass

        def clickedButton(self):  # noqa: ANN202, N802
            return None

        def setTextInteractionFlags(self, _flags) -> None:  # noqa: ANN001, N802
            pass

        def textInteractionFlags(self):  # noqa: ANN202, N802
            return None

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox", Box)
    monkeypatch.setattr(
        QInputDialog, "getText", lambda _p, title, label, _mode: (seen.extend([title, label]), ("", False))[1]
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda _p, title, _d, kinds: (seen.extend([title, kinds]), ("", ""))[1]
    )
    application.ask_way_forward(
        "A problem.", [application.RESTORE, application.READ_ONLY, application.OTHER, application.QUIT]
    )
    application.ask_passphrase("x.db")
    application.show_recovery_key("ABCD-EFGH")
    application.choose_other_file(path)
    shown = [text for text in seen if text != "A problem."]
    assert len(shown) == 11 and all(tools.is_pseudo(text.split("\n\n")[0]) for text in shown), shown


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_coding_list_shows_who_wrote_each_entry_at_1280_by_800(qtbot, tmp_path: Path, library, language) -> None:
    """The coding tab's middle pane must not squeeze the entry list to a sliver, in either language.

    The "Reviewed" box once carried its whole explanation on one line, which set the middle
    pane's narrowest width; in Welsh only the dates of the entries were left to see.
    """
    from tests.gui_helpers import open_main_window
    from workshop_app.services.container import Services
    from workshop_app.services.demo import create_demo
    from workshop_app.storage.database import open_database

    installed = appearance.install_translator(language) if language != "en" else []
    assert language == "en" or installed, "the Welsh catalogue did not load"
    try:
        services = Services.create(open_database(tmp_path / "demo.db"), library)
        create_demo(services)
        services.close()
        window = open_main_window(qtbot, tmp_path / "demo.db", library)
        window.resize(1280, 800)
        window.session_tabs.setCurrentWidget(window.coding_widget)
        qtbot.waitUntil(lambda: window.coding_widget.entry_model.rowCount() > 0)
        view = window.coding_widget.entry_view
        QApplication.processEvents()
        who = 2
        assert view.model().headerData(who, Qt.Orientation.Horizontal) in ("Who", "Pwy")
        assert view.columnViewportPosition(who) + view.columnWidth(who) <= view.viewport().width()
        assert view.model().index(0, who).data()  # a participant code, on screen
        box = window.coding_widget.reviewed_box
        assert box.accessibleDescription() == window.coding_widget.reviewed_hint.text()
        window.close()
        window.services.close()
    finally:
        app = QApplication.instance()
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        app.setProperty("interfaceLanguage", "en")

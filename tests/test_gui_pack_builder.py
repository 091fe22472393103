"""The pack builder as a facilitator uses it: Ctrl+P, choose, preview, save, print, cancel."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from workshop_app.services.container import Services
from workshop_app.storage.database import open_database
from workshop_app.ui import pack_builder
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.tasks import TaskRunner

from .test_packs import pdf_text


@pytest.fixture
def window(qtbot, tmp_path: Path, library):
    path = tmp_path / "pack.db"
    services = Services.create(open_database(path), library)
    programme = services.programmes.create_programme("Cardiff partnership").value
    for name, org in (
        ("Siân Jones", "Cardiff and Vale UHB"),
        ("Łukasz Nowak", "Riverside Housing"),
        ("أحمد الخطيب", "City Council"),
    ):
        services.programmes.add_participant(programme.id, name, org)
    services.sessions.add_from_template(programme.id, "par-cycle-review", date(2026, 12, 1), time(13, 30))
    services.close()
    win = MainWindow(Services.create(open_database(path), library), runner=TaskRunner(synchronous=True))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.services.close()


def _open_builder(qtbot, window: MainWindow) -> pack_builder.PackBuilderDialog:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.pack_dialog is not None and window.pack_dialog.isVisible(), timeout=5000)
    return window.pack_dialog


def test_choose_documents_and_people_then_save(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "out" / "pack.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(pack_builder, "ask_save_path", lambda parent, suggested: target)
    dialog = _open_builder(qtbot, window)
    assert dialog.participants.rowCount() == 3
    # only the sheets, only for Łukasz, on US Letter in large print
    for document, box in dialog.document_boxes.items():
        if box.isChecked() != (document.value == "sheets"):
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert box.isChecked() == (document.value == "sheets")
    dialog.participants.set_all(False)
    index = dialog.participants.index(1, 0)
    assert dialog.participants.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.blank_sheets.setValue(0)
    dialog.paper.setCurrentIndex(1)
    dialog.large_print.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists() and dialog.task is None, timeout=20000)
    text = pdf_text(target.read_bytes())
    assert "Łukasz Nowak" in text and "Siân Jones" not in text and "Facilitator guide" not in text
    assert [round(float(x)) for x in PdfReader(target).pages[0].mediabox[2:]] == [612, 792]
    assert dialog.status_text.startswith(f"Saved to {target}")
    # the saved pack is in the audit trail: which session, what, how many pages; no name, no path
    pages = len(PdfReader(target).pages)
    [event] = [e for e in window.services.safety.audit_events() if "session pack" in e.action]
    assert event.action == f"export session pack (saved; sheets; {pages} pages; 1 personal sheets, 0 blank)"
    assert event.record_ids == f'["{window._current_session.id}"]'
    assert "Łukasz" not in event.action + event.record_ids and str(target) not in event.action


def test_preview_lists_every_page_in_the_app(qtbot, window: MainWindow) -> None:
    dialog = _open_builder(qtbot, window)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.rowCount() > 0, timeout=20000)
    contents = [dialog.pages.item(r)[1] for r in range(dialog.pages.rowCount())]
    assert contents[0] == "Cover"
    assert any("أحمد الخطيب" in c for c in contents)  # names in any script, in the page list
    assert any(c.startswith("Consent form") for c in contents)
    assert dialog.summary.text().startswith("Preview:") and "pages" in dialog.summary.text()
    assert dialog.open_button.isEnabled()
    # the pages themselves, drawn in the app: one image per page, the chosen one shown
    assert len(dialog._page_images) == dialog.pages.rowCount()
    first = dialog.page_image.pixmap()
    assert not first.isNull() and first.height() > first.width()  # a portrait A4 page
    dialog.pages_view.selectRow(1)
    second = dialog.page_image.pixmap()
    assert second.toImage() != first.toImage()


def test_print_goes_through_the_system_print_dialog(qtbot, window: MainWindow, monkeypatch) -> None:
    sent: list[tuple[Path, str, int]] = []
    monkeypatch.setattr(pack_builder, "ask_printer", lambda parent: ("Office", 2))

    def spool(pdf: Path, printer: str, copies: int) -> str:
        sent.append((pdf, printer, copies))
        assert pdf.read_bytes().startswith(b"%PDF")
        return "Sent 2 copies to Office."

    monkeypatch.setattr(pack_builder, "send_to_printer", spool)
    dialog = _open_builder(qtbot, window)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(sent), timeout=20000)
    assert sent[0][1:] == ("Office", 2)
    assert "Sent 2 copies to Office." in dialog.status_text
    [event] = [e for e in window.services.safety.audit_events() if "session pack" in e.action]
    assert event.action.startswith("export session pack (printed; guide, handout, sheets, consent, references; ")
    assert event.action.endswith(" 3 personal sheets, 1 blank)")


def test_cancelling_a_build_leaves_the_earlier_file(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"%PDF-1.4 the earlier pack")
    monkeypatch.setattr(pack_builder, "ask_save_path", lambda parent, suggested: target)
    dialog = _open_builder(qtbot, window)
    dialog.progress.valueChanged.connect(lambda value: dialog.cancel() if value >= 2 else None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)
    assert target.read_bytes() == b"%PDF-1.4 the earlier pack"
    assert "Cancelled" in dialog.status_text
    assert not [e for e in window.services.safety.audit_events() if "session pack" in e.action]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".pack.pdf")] == []


def test_import_sources_from_ris_and_type_one_in(qtbot, window: MainWindow, monkeypatch) -> None:
    from tests.gui_helpers import answer_dialog, type_text
    from workshop_app.ui import evidence as evidence_ui

    ris = Path(__file__).parent / "data" / "vaggers-anderson-2021.ris"
    told: list[str] = []
    monkeypatch.setattr(evidence_ui, "ask_ris_path", lambda parent: ris)
    monkeypatch.setattr(evidence_ui, "tell", lambda parent, title, text: told.append(text))
    window.import_sources_action.trigger()
    assert told and "vaggers-anderson-2025" in told[0]
    assert any(s.doi == "10.1080/13561820.2021.1897553" for s in window.services.evidence.sources())

    errors: list[BaseException] = []

    def fill(dialog) -> None:  # noqa: ANN001
        type_text(dialog.authors_edit, "Ghate, D.; Lewis, J.")
        dialog.year_spin.setValue(2013)
        type_text(dialog.title_edit, "Systems leadership: exceptional leadership for exceptional times")
        dialog.content_combo.setCurrentIndex(1)
        dialog.ok_button().click()

    answer_dialog(fill, errors=errors)
    window.add_source_action.trigger()
    assert not errors
    typed = [s for s in window.services.evidence.sources() if s.key == "ghate-lewis-2013"]
    assert typed and typed[0].authors == ("Ghate, D.", "Lewis, J.")
    assert "ghate-lewis-2013" in window.statusBar().currentMessage()

"""The Qt binding keeps Python's reference counts right where a long session would notice.

PySide6 6.12.0 gave back one reference to None too many on every call that returns nothing
(`QLabel.setText`, `processEvents`, `update`…). On Python 3.11, where None is an ordinary object,
a few thousand such calls bring its count to zero and the interpreter aborts ("deallocating None"):
a kiosk left running through a workshop would have died mid-sheet. pyproject.toml keeps that
version out; this test fails on any binding that does it again.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QComboBox, QLabel

CALLS = 2_000


def test_calls_that_return_nothing_keep_none_alive(qtbot) -> None:
    label = QLabel()
    combo = QComboBox()
    combo.addItems(["Siân", "Łukasz"])
    qtbot.addWidget(label)
    qtbot.addWidget(combo)
    app = QApplication.instance()
    before = sys.getrefcount(None)
    lost = 0
    for i in range(CALLS):
        label.setText(f"line {i}")
        combo.setCurrentIndex(i % 2)
        label.update()
        app.processEvents()
        lost = before - sys.getrefcount(None)
        if lost > CALLS // 10:
            break  # fail here, long before the interpreter would abort
    # Python 3.12+ makes None immortal (a fixed huge count); on 3.11 the count must not drift down
    assert lost < CALLS // 10, f"None lost {lost} references in {i + 1} rounds of calls"

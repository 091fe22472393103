"""Child process of bench_start.py: start a window, note the moment of its first paint, quit.

`bare`: a plain PySide6 QMainWindow (the floor). `app DB`: the real start path, `workshop-app --db DB`
(cli.main), with one change: the QApplication class is swapped, once the start-up module has been
imported, for a subclass that quits after the main window's first paint. Imports happen in the
app's own order. Prints `paint <epoch seconds>` and `maxrss <KiB>`.
"""

from __future__ import annotations

import sys
import time


def _watch_first_paint(app_class: type) -> type:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class PaintWatch(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
                self.done = True
                print(f"paint {time.time():.6f}", flush=True)
                QTimer.singleShot(0, QApplicationWatched.instance().quit)
            return False

    class QApplicationWatched(app_class):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            self._watch = PaintWatch()
            self.installEventFilter(self._watch)

    return QApplicationWatched


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = _watch_first_paint(QApplication)(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()
    return app.exec()


def app(db: str) -> int:
    import importlib.abc
    import importlib.util

    target = "workshop_app.ui.application"

    class AfterImport(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target_module=None):  # type: ignore[no-untyped-def]
            if name != target:
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            assert spec is not None and spec.loader is not None
            run_module = spec.loader.exec_module

            def exec_module(module):  # type: ignore[no-untyped-def]
                run_module(module)
                module.QApplication = _watch_first_paint(module.QApplication)

            spec.loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, AfterImport())
    from workshop_app.cli import main

    return main(["--db", db])


if __name__ == "__main__":
    code = bare() if sys.argv[1] == "bare" else app(sys.argv[2])
    import resource

    print(f"maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    sys.exit(code)

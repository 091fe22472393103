"""Child process of bench_start.py: start a window, note its first paint and when it is fully ready, quit.

`bare`: a plain PySide6 QMainWindow (the floor); it is ready when it has painted. `app DB`: the real
start path, `workshop-app --db DB` (cli.main), with one change: the first main window shown gets an event
filter that notes its first paint (`QMainWindow.show` is wrapped for that one call, for the bare
window and the app alike; with BENCH_WATCH=app the filter is installed on the whole application
instead, as before 23 November 2026, and every event of every object then passes through
Python). The app is fully ready when it logs "start: services ready" (services built, the ORM
imported), and the child quits then. Imports happen in the app's own order. Prints `paint <epoch
seconds>`, `paint_rss <KiB>` (peak so far at the first paint), `ready <epoch seconds>` and
`maxrss <KiB>` (peak of the whole run, which ends once ready).
"""

from __future__ import annotations

import logging
import os
import resource
import sys
import time

QUIT_AT = {"paint": True}  # the bare window quits at its first paint; the app once fully ready


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _watch_first_paint(app_class: type) -> type:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class PaintWatch(QObject):
        done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
                self.done = True
                print(f"paint {time.time():.6f}", flush=True)
                print(f"paint_rss {_peak_kib()}", flush=True)
                if QUIT_AT["paint"]:
                    print(f"ready {time.time():.6f}", flush=True)
                    QTimer.singleShot(0, QApplicationWatched.instance().quit)
            return False

    class QApplicationWatched(app_class):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            if os.environ.get("BENCH_WATCH") == "app":
                self._watch = PaintWatch()
                self.installEventFilter(self._watch)

    if os.environ.get("BENCH_WATCH") != "app":
        show = QMainWindow.show

        def show_watched(window: QMainWindow) -> None:
            window.installEventFilter(PaintWatch(window))
            QMainWindow.show = show
            show(window)

        QMainWindow.show = show_watched

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
    import importlib.util

    target = "workshop_app.ui.application"

    class AfterImport:  # a finder by its method alone: importlib.abc would import tempfile, shutil, bz2, lzma, ...
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

    class Ready(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.getMessage().startswith("start: services ready"):
                from PySide6.QtCore import QTimer
                from PySide6.QtWidgets import QApplication

                print(f"ready {time.time():.6f}", flush=True)
                QTimer.singleShot(0, QApplication.instance().quit)

    QUIT_AT["paint"] = False
    logging.getLogger("workshop_app").addHandler(Ready())
    from workshop_app.cli import main

    return main(["--db", db])


if __name__ == "__main__":
    code = bare() if sys.argv[1] == "bare" else app(sys.argv[2])
    print(f"maxrss {_peak_kib()}", flush=True)
    sys.exit(code)

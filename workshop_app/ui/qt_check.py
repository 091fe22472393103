"""What the self-test asks of Qt: that its libraries load and which platform plugins ship."""

from __future__ import annotations

from pathlib import Path


def qt_libraries() -> tuple[str, Path, list[str]]:
    """Qt's version, its platform plugin folder and the plugins in it (ImportError if Qt cannot load)."""
    from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401  - each must load

    info = QtCore.QLibraryInfo
    plugins = Path(info.path(getattr(info, "Library" + "Path").PluginsPath)) / "platforms"
    found = sorted(p.name.split(".")[0].removeprefix("libq") for p in plugins.glob("*q*.*")) if plugins.is_dir() else []
    return QtCore.qVersion(), plugins, found

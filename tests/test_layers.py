"""The layer rule: nothing below ui imports Qt; the domain imports only the standard library."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "workshop_app"
LOWER = ("domain", "content", "storage", "services", "packs", "exports")
ORDER = {"domain": 0, "content": 1, "storage": 1, "packs": 1, "exports": 1, "services": 2, "ui": 3}


def _imports(path: Path) -> list[tuple[str, int]]:
    """(module, line) for each import in a file; relative imports resolved to workshop_app.*."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return _imports_of(path.read_text(encoding="utf-8"), parts)


def _imports_of(source: str, parts: tuple[str, ...]) -> list[tuple[str, int]]:
    tree = ast.parse(source)
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend((alias.name, node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(parts[: len(parts) - node.level])
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            out.append((name, node.lineno))
    return out


def _files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


def test_nothing_below_ui_imports_qt() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for layer in LOWER
        for path in _files(layer)
        for name, line in _imports(path)
        if name.split(".")[0] in {"PySide6", "shiboken6"}
    ]
    assert offenders == []


def test_domain_imports_only_the_standard_library() -> None:
    allowed = set(sys.stdlib_module_names) | {"__future__", "workshop_app"}
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for path in _files("domain")
        for name, line in _imports(path)
        if name.split(".")[0] not in allowed
        or (name.startswith("workshop_app.") and not name.startswith("workshop_app.domain"))
    ]
    assert offenders == []


def test_layers_only_import_downwards() -> None:
    offenders = []
    for layer in ORDER:
        for path in _files(layer):
            for name, line in _imports(path):
                bits = name.split(".")
                if bits[0] != "workshop_app" or len(bits) < 2 or bits[1] not in ORDER:
                    continue
                if ORDER[bits[1]] > ORDER[layer] or (bits[1] != layer and ORDER[bits[1]] == ORDER[layer]):
                    offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line} ({layer}) imports {name}")
    assert offenders == []


def test_ui_never_touches_sqlalchemy() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for path in _files("ui")
        for name, line in _imports(path)
        if name.split(".")[0] in {"sqlalchemy", "alembic"} or name.startswith("workshop_app.storage")
    ]
    assert offenders == []


def test_the_walker_resolves_relative_and_nested_imports() -> None:
    """The rules above can fail: a Qt import hidden in a function, or a relative upward import, is seen."""
    source = "from ..ui.models import X\n\ndef f():\n    import PySide6.QtCore\n"
    names = [n for n, _ in _imports_of(source, ("workshop_app", "services", "fake"))]
    assert names == ["workshop_app.ui.models", "PySide6.QtCore"]

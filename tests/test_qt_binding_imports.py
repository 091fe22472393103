"""The Qt binding judges modules imported after it without reading their source (ui/binding.py)."""

from __future__ import annotations

import importlib
import linecache
import sys
import types

import pytest

import workshop_app.ui  # noqa: F401 - installs the judgement, as the app's start does
from workshop_app.ui import binding


def _feature_module() -> types.ModuleType:
    for name in ("shibokensupport.feature", "PySide6.support.feature"):
        if name in sys.modules:
            return sys.modules[name]
    pytest.skip("this version of the binding has no feature module")


def _import_fresh(tmp_path, monkeypatch, name: str, source: str) -> types.ModuleType:  # noqa: ANN001
    (tmp_path / f"{name}.py").write_text(source, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    return __import__(name)  # an import statement's path: the one the binding watches


def test_the_binding_uses_the_cheap_judgement() -> None:
    assert _feature_module()._mod_uses_pyside is binding.uses_binding


def test_a_module_imported_after_the_binding_is_not_read_again(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    source = "# PySide6 named only in a comment\nVALUE = 1\n" + "X = 2\n" * 2000
    module = _import_fresh(tmp_path, monkeypatch, "wc_plain_module", source)
    assert module.VALUE == 1
    assert str(tmp_path / "wc_plain_module.py") not in linecache.cache
    assert _feature_module().pyside_feature_dict["wc_plain_module"] == -1  # ignored: no features


def test_a_module_using_the_binding_is_judged_as_using_it(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    module = _import_fresh(
        tmp_path, monkeypatch, "wc_qt_module", "from PySide6.QtCore import QObject\n\nclass Thing(QObject):\n    pass\n"
    )
    assert module.Thing.__mro__[1].__name__ == "QObject"
    assert _feature_module().pyside_feature_dict["wc_qt_module"] == 0  # may use features, like the binding's own test
    assert binding.uses_binding(module)
    assert binding.uses_binding(types.ModuleType("empty")) is False


def test_an_odd_attribute_does_not_stop_the_judgement() -> None:
    class Odd:
        def __getattr__(self, name: str) -> object:
            raise RuntimeError("no attributes here")

    module = types.ModuleType("odd")
    module.thing = Odd()
    module.qt = sys.modules["PySide6.QtCore"]
    assert binding.uses_binding(module)


def test_without_the_expected_hook_the_binding_is_left_alone(monkeypatch) -> None:  # noqa: ANN001
    for name in ("shibokensupport.feature", "PySide6.support.feature"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    assert binding.judge_modules_without_source() is False

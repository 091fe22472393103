"""One adjustment to the Qt binding, made before the rest of the interface is imported.

Once PySide6 is imported, it looks at every module imported after it to decide whether that
module may switch on the binding's optional Python features (`from __feature__ import ...`,
which this app never does). It decides by reading the module's whole source text and looking
for the binding's name: every module of the app, the standard library and SQLAlchemy is read
from disk a second time and its lines kept in `linecache` for the life of the process (3.5 MiB
by the first paint and about 25 ms of it; 20 MiB more once SQLAlchemy is imported).

`judge_modules_without_source` makes the same decision from what the module holds instead: a
module that imported anything of the binding uses it. A module that refers to the binding only
inside a function is then marked "ignore" instead of "no features", which differs only for a
module that switches features on. The binding's function is private, so the change is made only
where it is found as expected, and otherwise the binding is left as it is.
"""

from __future__ import annotations

import sys
from types import ModuleType

BINDING = "PySide6"
_FEATURE_MODULES = ("shibokensupport.feature", "PySide6.support.feature")


def uses_binding(module: ModuleType) -> bool:
    """Whether a module, once imported, holds anything of the Qt binding (a module, class or function)."""
    try:
        values = list(vars(module).values())
    except TypeError:  # no namespace to look at
        return False
    for value in values:
        try:
            name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
        except Exception:  # noqa: BLE001 - an object with an odd attribute says nothing about the binding
            continue
        if isinstance(name, str) and (name == BINDING or name.startswith(BINDING + ".")):
            return True
    return False


def judge_modules_without_source() -> bool:
    """Make the binding judge later imports by `uses_binding`; False when its hook is not as expected."""
    import PySide6.QtCore  # noqa: F401 - the binding installs its import hook here

    for name in _FEATURE_MODULES:
        feature = sys.modules.get(name)
        judge = getattr(feature, "_mod_uses_pyside", None)
        if feature is not None and callable(judge):
            feature._mod_uses_pyside = uses_binding  # type: ignore[attr-defined]
            return True
    return False

"""A package's public operations, each loaded from its module when first asked for (PEP 562):
touching one module of a package (首页 reads payroll's month, not its calculation) does not
load all the others. Callers keep `from hrdesk.services import payroll; payroll.run(...)`.

A package names its operations by the module each lives in:

    __getattr__ = lazy.exports(__name__, {".inputs": ("save_inputs",), ...})

A public name must not also be the name of one of the package's modules: importing that
module would put the module where the operation is expected.
"""

import importlib
import sys
from collections.abc import Callable, Mapping


def exports(package: str, modules: Mapping[str, tuple[str, ...]]) -> Callable[[str], object]:
    """The `__getattr__` of PACKAGE, whose public names live in MODULES (a module name,
    relative with a leading dot or absolute → the names it gives)."""
    where = {name: module for module, names in modules.items() for name in names}

    def __getattr__(name: str) -> object:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        setattr(sys.modules[package], name, value)  # asked once, found directly afterwards
        return value

    return __getattr__

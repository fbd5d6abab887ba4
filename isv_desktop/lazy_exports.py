"""Package-level names that import their module on first use (PEP 562), so importing a package stays cheap."""
from __future__ import annotations

import importlib
from typing import Any, Callable


def lazy_exports(package: str, namespace: dict[str, Any], exports: dict[str, str]) -> tuple[
    list[str], Callable[[str], Any], Callable[[], list[str]]
]:
    """``exports`` maps a submodule to the space-separated names it provides.

    Returns ``__all__``, ``__getattr__`` and ``__dir__`` for the package.
    """
    module_of = {name: module for module, names in exports.items() for name in names.split()}
    names = sorted(module_of)

    def getattr_(name: str) -> Any:
        module = module_of.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    return names, getattr_, lambda: names

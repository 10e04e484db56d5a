"""Makes PySide6's look at every module imported after it cheap: a byte search of the file, not ``inspect``.

Once shiboken6 is loaded, each module imported afterwards is checked for the
word "PySide6" (PySide's ``__feature__`` switches apply only to such modules)
with ``inspect.getsource``, which also keeps every source file in
``linecache`` and builds a map of all loaded modules. For the app's ~160
start-up imports that cost 25-40 ms and 5.5 MiB of peak memory
(``bench/startup.py``). Reading the file's bytes gives the same answer for
the same modules; anything not a ``.py`` file still gets PySide's own check.
Nothing changes if this PySide has no such check (another version).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_kyd_byte_search"


def quicken(load: bool = False) -> None:
    """Put the byte search in PySide6's place; ``load`` imports shiboken6 first (else only if it is loaded)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None and load:
        import shiboken6  # noqa: F401  (it loads shibokensupport.feature, before any PySide6 module)

        feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, _MARK, False):
        return
    feature.__dict__["_mod_uses_pyside"] = _byte_search(original)


def _byte_search(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    setattr(uses_pyside, _MARK, True)
    return uses_pyside

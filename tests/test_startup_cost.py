"""What the start-up savings must not change: no file written by fontconfig, and PySide6's module check's answers."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


PROBE = """
import json, sys
from PySide6.QtGui import QFontDatabase
from explainer.app import application
application(sys.argv[:1])
print(json.dumps(QFontDatabase.families()))
"""


@pytest.mark.e2e
def test_the_app_knows_only_its_bundled_fonts_and_writes_nothing_in_home(tmp_path: Path) -> None:
    """The app's fontconfig lists no folders and no cache: the system's and the account's fonts are not even listed."""
    home = tmp_path / "home"
    fonts = home / ".local" / "share" / "fonts"
    fonts.mkdir(parents=True)
    shutil.copy(ROOT / "assets" / "fonts" / "NotoSans-Italic.ttf", fonts / "AccountFont.ttf")
    before = _files(home)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "FONTCONFIG"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120,
                            check=False, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    families = set(json.loads(result.stdout.strip().splitlines()[-1]))
    # Qt's generic names aside, only Noto Sans (other scripts' fonts: registered when a pack's words need them).
    assert families - {"Sans Serif", "Serif", "Monospace"} == {"Noto Sans"}
    assert _files(home) == before, f"written: {sorted(set(_files(home)) - set(before))}"


def test_the_quick_module_check_answers_as_pysides_own() -> None:
    import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature)

    import explainer.application
    import explainer.model.loader  # noqa: F401
    from explainer import pyside_imports

    pyside_imports.quicken()
    feature = sys.modules["shibokensupport.feature"]
    quick = feature._mod_uses_pyside
    assert getattr(quick, "_kyd_byte_search", False)
    original = quick.__closure__[0].cell_contents  # the function it stands in for
    modules = [m for name, m in sorted(sys.modules.items()) if name.startswith(("explainer", "json", "yaml", "PySide6"))]
    assert len(modules) > 20
    answers = {m.__name__: quick(m) for m in modules}
    assert answers == {m.__name__: original(m) for m in modules}
    assert answers["explainer.application"] and not answers["explainer.model.loader"]

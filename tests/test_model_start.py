"""What loading the bundled pack at start leaves out: polib (the interface words come from catalogues.py) and the
full, positioned YAML read (a pack with nothing to report is read once, without positions)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import sys
from explainer.model import load_pack, loader
from explainer.paths import bundled_content

def no_full_read(*args, **kwargs):
    raise AssertionError("the bundled pack was read again with positions")

loader.read_yaml = no_full_read
pack = load_pack(bundled_content())
assert pack.language(pack.default_language).ui("home")
print(" ".join(sorted(m for m in ("polib", "explainer.model.colour", "calendar") if m in sys.modules)))
"""


@pytest.mark.e2e
def test_loading_the_bundled_pack_needs_no_polib_and_one_read() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""

"""What a screen reader sees over the real AT-SPI stack, with the checker in tests/a11y/.

Every node and arrow must be a named focus stop, reached with Tab in reading order.
The checker needs Debian's AT-SPI stack (it installs it itself when run as root);
without it, and not as root, the test is skipped, except in CI.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from explainer.model import Pack

ROOT = Path(__file__).resolve().parent.parent
CHECKER = ROOT / "tests" / "a11y" / "a11y.sh"
MISSING = 5
"""The checker's exit status when Debian packages are missing and it may not install them."""


@pytest.mark.e2e
@pytest.mark.timeout(660)
def test_tab_reaches_every_node_and_arrow_by_name(bundled: Pack, tmp_path: Path) -> None:
    stops = len(bundled.nodes) + len(bundled.edges)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["HOME"] = str(tmp_path)
    result = subprocess.run(
        ["bash", str(CHECKER), "--tabs", str(stops + 15), "--no-tree", "--", sys.executable, str(ROOT / "main.py")],
        capture_output=True, text=True, timeout=600, env=env, cwd=ROOT,
    )
    if result.returncode == MISSING and "# missing Debian packages" in result.stdout:
        pytest.skip(result.stdout.strip().splitlines()[-1].lstrip("# "))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    reached = re.findall(r'^KEY\s+\d+ Tab: push button "([^"]+)"', result.stdout, re.M)
    words = bundled.language("en")
    for node_id in bundled.reading_order():
        assert words.get(f"nodes.{node_id}.title") in reached
    arrows = [name for name in reached if name.startswith(words.ui("arrow_name", source="", target="").split(" ")[0])]
    assert len(arrows) == len(bundled.edges)
    summary = re.search(r"^SUMMARY .*focus_mismatches=(\d+)", result.stdout, re.M)
    assert summary is not None and summary.group(1) == "0"

"""What a screen reader sees over the real AT-SPI stack, with the shared checker (research/a11y.md).

Every node and arrow must be a named focus stop, reached with Tab in reading order.
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
CHECKER = ROOT.parent / "shared" / "tools" / "a11y.sh"


@pytest.mark.skipif(not CHECKER.exists(), reason="the shared a11y checker is not beside the project")
def test_tab_reaches_every_node_and_arrow_by_name(bundled: Pack, tmp_path: Path) -> None:
    if os.geteuid() != 0 and os.environ.get("CI") != "true":
        pytest.skip("the checker installs its Debian packages as root")
    stops = len(bundled.nodes) + len(bundled.edges)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["HOME"] = str(tmp_path)
    result = subprocess.run(
        ["bash", str(CHECKER), "--tabs", str(stops + 14), "--no-tree", "--", sys.executable, str(ROOT / "main.py")],
        capture_output=True, text=True, timeout=600, env=env, cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    reached = re.findall(r'^KEY\s+\d+ Tab: push button "([^"]+)"', result.stdout, re.M)
    words = bundled.language("en")
    for node_id in bundled.reading_order():
        assert words.get(f"nodes.{node_id}.title") in reached
    arrows = [name for name in reached if name.startswith(words.ui("arrow_name", source="", target="").split(" ")[0])]
    assert len(arrows) == len(bundled.edges)
    summary = re.search(r"^SUMMARY .*focus_mismatches=(\d+)", result.stdout, re.M)
    assert summary is not None and summary.group(1) == "0"

"""Run every benchmark of the core and print the figures (not a test: nothing fails)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

for script in sorted(HERE.glob("*.py")):
    if script.name in {"run_all.py", "common.py", "first_frame.py", "skeleton.py"}:  # helpers of the others
        continue
    print(f"== {script.name}", flush=True)
    subprocess.run([sys.executable, str(script)], cwd=HERE, check=False)

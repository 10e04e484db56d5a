"""Sign, verify and install time for the bundled pack (median of 21 runs), and what the kiosk adds at start-up."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT  # noqa: F401 (puts the checkout on sys.path)

from explainer.packsign import keys, seal, store
from explainer.paths import bundled_content

RUNS = 21
FRESH = """
import sys, time
from pathlib import Path
start = time.perf_counter()
from explainer.packsign import keys, seal
assert seal.verify_pack(Path(sys.argv[1]), [keys.load_public(Path(sys.argv[2]))]).ok
print(f"{(time.perf_counter() - start) * 1000:.1f}")
"""


def _median_ms(action: object) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        pack = work / "pack"
        shutil.copytree(bundled_content(), pack)
        files = sum(1 for p in pack.rglob("*") if p.is_file())
        size = sum(p.stat().st_size for p in pack.rglob("*") if p.is_file())
        secret = keys.generate()
        sign_ms = _median_ms(lambda: seal.sign_pack(pack, secret))
        verify_ms = _median_ms(lambda: seal.verify_pack(pack, [secret.public]))
        content_store = work / "store"
        content_store.mkdir()
        install_ms = _median_ms(lambda: store.install(pack, content_store, [secret.public]))
        (work / "org.pub").write_text(secret.public.text())
        fresh = subprocess.run([sys.executable, "-c", FRESH, str(pack), str(work / "org.pub")], capture_output=True,
                               text=True, check=True).stdout.strip()
        print(f"bundled pack: {files} files, {size / 1024:.0f} KiB")
        print(f"sign:    median {sign_ms:.1f} ms")
        print(f"verify:  median {verify_ms:.1f} ms  (what a kiosk with trusted keys adds at start and at no other time)")
        print(f"install: median {install_ms:.1f} ms  (verify, copy with fsync, verify the copy, switch)")
        print(f"first verify in a fresh process, imports included: {fresh} ms")


if __name__ == "__main__":
    main()

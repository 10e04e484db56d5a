"""Markdown renderers side by side: render time for the bundled pages and for hostile inputs.

Usage: python bench/markdown_bench.py [--old] [--app-only]. Prints one line per renderer and input (best of 3, in ms),
and the import time of each library. ``--old`` also runs the home-made parser this replaced (taken from
git history) on small hostile inputs only: on the 150 kB ones it runs for minutes.
Target: no input takes more than 50 ms with the app's renderer (explainer.panels.markdown).
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable

from common import ROOT

SIZE = 150_000
OLD_COMMIT = "3693a8a"


def hostile(size: int) -> dict[str, str]:
    """Inputs shaped to make backtracking or nesting parsers slow."""
    return {
        "unclosed _italics_": ("_a " * size)[:size],
        "unclosed *italics*": ("*a " * size)[:size],
        "unclosed **bold**": ("**a " * size)[:size],
        "unclosed links [a](": ("[a](" * size)[:size],
        "unclosed brackets [": ("[" * size)[:size],
        "links [a](b)": ("[a](b) " * size)[:size],
        "raw HTML <img>": ("<img src=/dev/zero> " * size)[:size],
        "nested quotes >": (">" * size)[:size],
        "nested lists": "".join("  " * i + "- a\n" for i in range(2000))[:size],
        "backticks `": ("`a ``b " * size)[:size],
        "emphasis mix *_": ("*_a_* _*b*_ **_" * size)[:size],
    }


def bundled() -> dict[str, str]:
    pages = sorted((ROOT / "content").glob("*/*/**/*.md"))
    return {"bundled pages (all)": "\n\n".join(p.read_text(encoding="utf-8") for p in pages)}


def best_ms(render: Callable[[str], object], text: str, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        render(text)
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def import_ms(module: str) -> float:
    """Import time in a fresh process that already has PySide6 and the model loaded."""
    code = (f"import time, PySide6.QtWidgets, yaml, msgspec\nt = time.perf_counter()\nimport {module}\n"
            "print((time.perf_counter() - t) * 1000)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return float(out)


def renderers() -> dict[str, Callable[[str], object]]:
    from markdown import Markdown
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication

    from explainer.panels.markdown import render_markdown

    QApplication.instance() or QApplication([])
    python_markdown = Markdown()

    def qt(text: str) -> str:
        doc = QTextDocument()
        doc.setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectCommonMark
                        | QTextDocument.MarkdownFeature.MarkdownNoHTML)
        return doc.toHtml()

    def python_md(text: str) -> str:
        python_markdown.reset()
        return python_markdown.convert(text)

    from markdown_it import MarkdownIt

    markdown_it = MarkdownIt("commonmark", {"html": False})
    import pyromark

    return {"app (pyromark)": render_markdown, "pyromark.html, no cap": pyromark.html,
            "markdown-it-py": markdown_it.render, "python-markdown": python_md, "Qt setMarkdown": qt}


def old_renderer() -> Callable[[str], object]:
    source = subprocess.run(["git", "show", f"{OLD_COMMIT}:explainer/panels/markdown.py"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout
    namespace: dict[str, object] = {"__name__": "old_markdown"}
    exec(compile(source, "old_markdown.py", "exec"), namespace)
    return namespace["render_markdown"]  # type: ignore[return-value]


def main() -> None:
    for module in ("pyromark", "markdown_it", "markdown"):
        print(f"import {module}: {import_ms(module):.1f} ms")
    worst = 0.0
    for name, render in renderers().items():
        if "--app-only" in sys.argv and not name.startswith("app"):
            continue
        # The pure-Python parsers get smaller inputs: at 150 kB some take minutes (python-markdown: minutes at 15 kB).
        size = {"markdown-it-py": SIZE // 10, "python-markdown": SIZE // 100}.get(name, SIZE)
        for label, text in {**bundled(), **hostile(size)}.items():
            ms = best_ms(render, text)
            if name.startswith("app"):
                worst = max(worst, ms)
            print(f"{name:22} {label:24} {len(text) / 1000:6.0f} kB {ms:9.1f} ms")
    if "--old" in sys.argv:
        old = old_renderer()
        for label, text in {**bundled(), **hostile(3000)}.items():
            print(f"{'old home-made':22} {label:24} {len(text) / 1000:6.0f} kB {best_ms(old, text, 1):9.1f} ms")
    print(f"app worst: {worst:.1f} ms (target <= 50 ms)")


if __name__ == "__main__":
    main()

"""Reading a handout as a person's tools would: text out of the PDF, codes out of its printed pages."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def tool(name: str) -> str:
    """The path of a command-line tool; skipped when missing, except in CI, which must install it."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must install {name} (see .ci/run)")
        pytest.skip(f"{name} is not installed")
    return found


def squeeze(text: str) -> str:
    """Only the letters and digits, Arabic presentation forms as plain letters.

    Line breaks and spacing differ between the page and the source, and a
    right-to-left line shows a Latin sentence's full stop at its other end.
    """
    return re.sub(r"[\W_]+", "", BIDI_MARKS.sub("", unicodedata.normalize("NFKC", text)))


def pdf_text(pdf: Path) -> str:
    result = subprocess.run([tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def pdf_info(pdf: Path) -> dict[str, str]:
    result = subprocess.run([tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True)
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in result.stdout.splitlines())}


def pdf_fonts(pdf: Path) -> list[list[str]]:
    """One row per font: name, type, encoding, embedded, subset, unicode, …"""
    result = subprocess.run([tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True)
    return [line.split() for line in result.stdout.splitlines()[2:] if line.strip()]


def pdf_pages_as_png(pdf: Path, folder: Path, dpi: int = 300) -> list[Path]:
    subprocess.run([tool("pdftoppm"), "-png", "-r", str(dpi), str(pdf), str(folder / "page")], check=True)
    return sorted(folder.glob("page*.png"))


def decode_codes(png: Path, expected: list[str]) -> Counter[str]:
    """Every QR code zbar finds in ``png``, each matched whole against one of ``expected``.

    zbar prints the codes' exact bytes one after another; each must be exactly
    one expected text, or the test fails with what the code held instead.
    """
    result = subprocess.run([tool("zbarimg"), "-q", "--raw", "-Sbinary", str(png)], capture_output=True)
    rest = result.stdout
    found: Counter[str] = Counter()
    candidates = sorted(set(expected), key=lambda t: len(t.encode()), reverse=True)
    while rest:
        for text in candidates:
            data = text.encode("utf-8")
            if rest.startswith(data):
                found[text] += 1
                rest = rest[len(data):]
                break
        else:
            pytest.fail(f"a code in {png.name} holds something else: {rest[:120]!r}")
    return found

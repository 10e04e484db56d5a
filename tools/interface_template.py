"""Write explainer/i18n/interface.pot, the template a translator starts a new interface language from,
and explainer/model/catalogues.py, the words of every explainer/i18n/*.po as Python for a quick start.

Usage: python tools/interface_template.py [--check]. The template holds every key of
explainer/model/ui_keys.py with its description and the English words from en.po, and no
translations. ``--check`` exits 1 if a file on disk is out of date instead of writing it.

The app uses catalogues.py only for a .po file whose size and CRC-32 match the ones recorded
there; an edited or new .po file is read as it is (with polib, a few ms), so forgetting to run
this tool costs time at start, never shows old words.
"""

from __future__ import annotations

import re
import sys
import zlib
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explainer.model.ui_keys import UI_KEYS  # noqa: E402

TEMPLATE = ROOT / "explainer" / "i18n" / "interface.pot"
CATALOGUES = ROOT / "explainer" / "model" / "catalogues.py"
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def template() -> str:
    english = {e.msgctxt: e.msgid for e in polib.pofile(str(ROOT / "explainer" / "i18n" / "en.po"))}
    pot = polib.POFile(wrapwidth=0)
    pot.header = ("Know Your Data: template for translating the app's own interface words.\n"
                  "Start a new language from this file (in Poedit: File > New from POT/PO file) and save it as\n"
                  "explainer/i18n/<language code>.po. Each entry's context (msgctxt) is the word's key; the comment\n"
                  "says where it shows. Keep every {placeholder} as it is. Made by tools/interface_template.py.")
    pot.metadata = {"Project-Id-Version": "know-your-data 1.0", "MIME-Version": "1.0",
                    "Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit"}
    for key, about in UI_KEYS.items():
        words = english.get(key, "")
        flags = ["python-brace-format"] if _PLACEHOLDER.search(words) else []
        pot.append(polib.POEntry(msgctxt=key, msgid=words, msgstr="", comment=about, flags=flags))
    return str(pot) + "\n"


def _literal(text: str, indent: str) -> str:
    """``text`` as a Python string literal, in pieces on lines of their own when it is long."""
    if len(repr(text)) <= 80:
        return repr(text)
    pieces = [text[i : i + 60] for i in range(0, len(text), 60)]
    return "(" + f"\n{indent} ".join(repr(piece) for piece in pieces) + ")"


def catalogues() -> str:
    """The text of explainer/model/catalogues.py: each .po file's size, CRC-32 and words, as the app reads them."""
    from explainer.model.interface import parse_catalogue

    lines = ['"""The app\'s interface words from explainer/i18n/*.po, as Python: made by tools/interface_template.py.',
             "",
             "Do not edit; rerun the tool after changing a .po file. ``interface.py`` uses a language's words from here",
             "only while its .po file still has the size and CRC-32 recorded here, and else reads the .po file itself.",
             '"""', "", "SEEN: dict[str, tuple[int, int]] = {"]
    words: dict[str, dict[str, str]] = {}
    for po in sorted((ROOT / "explainer" / "i18n").glob("*.po")):
        data = po.read_bytes()
        lines.append(f"    {po.stem!r}: ({len(data)}, {zlib.crc32(data)}),")
        words[po.stem] = parse_catalogue(po)
    lines += ["}", '"""Each catalogue\'s size in bytes and CRC-32, when these words were taken from it."""', "",
              "WORDS: dict[str, dict[str, str]] = {"]
    for code, found in words.items():
        lines.append(f"    {code!r}: {{")
        lines += [f"        {key!r}: {_literal(text, ' ' * 8)}," for key, text in found.items()]
        lines.append("    },")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    outputs = {TEMPLATE: template(), CATALOGUES: catalogues()}
    if "--check" in sys.argv:
        stale = [path for path, text in outputs.items()
                 if (path.read_text(encoding="utf-8") if path.exists() else "") != text]
        for path in stale:
            print(f"{path.relative_to(ROOT)}: out of date; run python tools/interface_template.py")
        return 1 if stale else 0
    for path, text in outputs.items():
        path.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

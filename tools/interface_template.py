"""Write explainer/i18n/interface.pot, the template a translator starts a new interface language from.

Usage: python tools/interface_template.py [--check]. The template holds every key of
explainer/model/ui_keys.py with its description and the English words from en.po, and no
translations. ``--check`` exits 1 if the file on disk is out of date instead of writing it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from explainer.model.ui_keys import UI_KEYS  # noqa: E402

TEMPLATE = ROOT / "explainer" / "i18n" / "interface.pot"
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


def main() -> int:
    text = template()
    if "--check" in sys.argv:
        current = TEMPLATE.read_text(encoding="utf-8") if TEMPLATE.exists() else ""
        if current != text:
            print(f"{TEMPLATE.relative_to(ROOT)}: out of date; run python tools/interface_template.py")
            return 1
        return 0
    TEMPLATE.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

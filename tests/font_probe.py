"""Run in a child process whose fontconfig knows no system fonts: lay out a pack's words with the app's fonts.

Usage: python tests/font_probe.py PACK CODE. Prints one JSON line: for each
style, the glyphs that came out as .notdef (glyph 0), the families used, and
any Qt warning.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFont, QTextLayout

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from explainer import script_fonts
from explainer.application import application
from explainer.locale_format import date_formatter
from explainer.look.fonts import FONT_FAMILY
from explainer.model import load_pack

warnings: list[str] = []


def _on_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        warnings.append(message)


def main(root: Path, code: str) -> None:
    qInstallMessageHandler(_on_message)
    application(["probe"])
    pack = load_pack(root)
    script_fonts.prepare(pack, [code])
    fmt = date_formatter(code)
    texts = [*script_fonts.pack_texts(pack, [code]), fmt("2024-05"), fmt("2024-05-01"), fmt("2023")]
    out: dict[str, object] = {"warnings": warnings}
    for bold, italic, name in ((False, False, "regular"), (True, False, "bold"), (False, True, "italic"),
                               (True, True, "bold italic")):
        font = QFont(FONT_FAMILY)
        font.setPixelSize(20)
        font.setBold(bold)
        font.setItalic(italic)
        missing: list[str] = []
        families: set[str] = set()
        for text in texts:
            for line in text.splitlines():
                layout = QTextLayout(line, font)
                layout.beginLayout()
                layout.createLine()
                layout.endLayout()
                for run in layout.glyphRuns():
                    families.add(run.rawFont().familyName())
                    if 0 in run.glyphIndexes():
                        missing.append(line)
        out[name] = {"missing": missing, "families": sorted(families)}
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])

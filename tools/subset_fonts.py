"""Rebuild the bundled script fonts in assets/fonts from Debian's Noto packages, reproducibly.

Run: .venv/bin/python tools/subset_fonts.py  (needs fonts-noto-core and fonts-noto-cjk installed).

The scripts are those of the largest U.S. immigrant language communities:
Latin with Vietnamese (Noto Sans, bundled already), Arabic, Chinese (Simplified
and Traditional), Korean, Ethiopic (Amharic, Tigrinya), Devanagari, Bengali,
Khmer and Myanmar. The non-CJK fonts are copied whole (each is 0.1-0.4 MB).

Noto Sans CJK is 19 MB per weight, so one face of it (the Simplified Chinese
one, "Noto Sans CJK SC"; its Hangul and most of its Han glyphs are the same in
every face) is cut down to a documented character set:
- GB 2312 (all 6,763 hanzi and its symbols): Simplified Chinese;
- Big5 level 1 (the 5,401 common hanzi) and its symbols: Traditional Chinese;
- KS X 1001 Hangul (2,350 syllables) plus all Hangul compatibility jamo: Korean;
- CJK symbols and punctuation, full- and half-width forms, kana and bopomofo.
Traditional characters are drawn with the Simplified face's glyph shapes, which
differ in a few strokes for some characters. `validate` names any character of
a pack that falls outside this set, with its file and line.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont
from fontTools.ttLib.reorderGlyphs import reorderGlyphs

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from explainer.coverage.fonts import write_cache

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "fonts"
NOTO = Path("/usr/share/fonts/truetype/noto")
CJK = Path("/usr/share/fonts/opentype/noto")
CJK_FACE = "Noto Sans CJK SC"
WHOLE = [f"NotoSans{script}-{weight}.ttf" for script in ("Arabic", "Ethiopic", "Devanagari", "Bengali", "Khmer",
                                                        "Myanmar") for weight in ("Regular", "Bold")]
RANGES = [
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x3100, 0x312F),  # bopomofo
    (0x3130, 0x318F),  # Hangul compatibility jamo
    (0x31A0, 0x31BF),  # bopomofo extended
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half- and full-width forms
]


def _decodable(codec: str, lead: range, trail: range) -> set[int]:
    """Every character of a double-byte character set, found by decoding each code in it."""
    out: set[int] = set()
    for first in lead:
        for second in trail:
            try:
                text = bytes((first, second)).decode(codec)
            except UnicodeDecodeError:
                continue
            out.update(ord(c) for c in text)
    return out


def character_set() -> set[int]:
    chars = _decodable("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
    chars |= _decodable("big5", range(0xA1, 0xC7), range(0x40, 0xFF))  # symbols and level 1 (common)
    korean = _decodable("euc_kr", range(0xA1, 0xFE), range(0xA1, 0xFF))
    chars |= {c for c in korean if 0xAC00 <= c <= 0xD7A3 or 0x3000 <= c <= 0x33FF}
    for start, end in RANGES:
        chars.update(range(start, end + 1))
    return {c for c in chars if c > 0x7F}


def _order_by_code_point(font: TTFont) -> None:
    """Number the glyphs in code-point order, so the BMP cmap (format 4) stays under its 64 KiB limit."""
    order = font.getGlyphOrder()
    by_char = font.getBestCmap()
    mapped = list(dict.fromkeys(by_char[c] for c in sorted(by_char)))
    seen = set(mapped)
    new_order = [order[0], *(g for g in mapped if g != order[0]), *(g for g in order[1:] if g not in seen)]
    top = font["CFF "].cff.topDictIndex[0]
    # A CID-keyed CFF picks each glyph's private dict (hints, local subroutines) by glyph index: renumber that too,
    # or Hangul glyphs would be read with the Han glyphs' subroutines (FreeType: "invalid file format").
    select = getattr(top, "FDSelect", None)
    private_of = dict(zip(order, select.gidArray, strict=True)) if select is not None else {}
    reorderGlyphs(font, new_order)
    if select is not None:
        select.gidArray = [private_of[g] for g in new_order]


def subset_cjk(weight: str, chars: set[int]) -> Path:
    collection = TTCollection(str(CJK / f"NotoSansCJK-{weight}.ttc"))
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == CJK_FACE)
    options = subset.Options()
    options.hinting = False  # CFF hints: a third of the size; Qt renders these sizes well without them
    options.desubroutinize = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.layout_features = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(chars))
    subsetter.subset(font)
    _order_by_code_point(font)
    target = OUT / f"NotoSansCJKsc-{weight}-subset.otf"
    font.save(str(target))
    return target


def main() -> int:
    if not CJK.is_dir() or not NOTO.is_dir():
        print("install fonts-noto-core and fonts-noto-cjk first", file=sys.stderr)
        return 1
    for name in WHOLE:
        shutil.copyfile(NOTO / name, OUT / name)
    chars = character_set()
    for weight in ("Regular", "Bold"):
        subset_cjk(weight, chars)
    write_cache(OUT)
    total = sum(p.stat().st_size for p in OUT.iterdir() if p.is_file())
    print(f"{len(chars)} CJK characters; assets/fonts now {total / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

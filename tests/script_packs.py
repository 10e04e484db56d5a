"""Test-only packs in other scripts, made from tests/packs/mini with a few words translated (not for visitors).

Each pack is mini plus one language whose words are given here; the rest
falls back to English, as a partly translated pack would.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

MINI = Path(__file__).resolve().parent / "packs" / "mini"

WORDS: dict[str, dict[str, object]] = {
    "zh": {
        "language": {"name": "中文", "direction": "ltr"},
        "title": "小型测试包",
        "ui": {"home": "首页", "sources": "资料来源", "about": "关于", "language": "语言", "as_of": "截至{date}",
               "reviewed": "审核日期：{date}"},
        "nodes": {"start": {"title": "起点"}, "end": {"title": "终点"},
                  "south-hop": {"title": "資料仲介公司"}},  # Traditional characters: Big5 coverage
        "pathways": {"north": {"title": "北线"}},
    },
    "am": {
        "language": {"name": "አማርኛ", "direction": "ltr"},
        "title": "ትንሽ የሙከራ ጥቅል",
        "ui": {"home": "መነሻ", "sources": "ምንጮች", "about": "ስለ", "language": "ቋንቋ", "as_of": "እስከ {date}",
               "reviewed": "የተገመገመው {date}"},
        "nodes": {"start": {"title": "መጀመሪያ"}, "end": {"title": "መጨረሻ"}},
        "pathways": {"north": {"title": "የሰሜን መንገድ"}},
    },
}
# The other bundled scripts, and Vietnamese's stacked accents: a language name and a title each.
WORDS.update({
    code: {"language": {"name": name, "direction": "ltr"}, "title": title}
    for code, name, title in (
        ("ko", "한국어", "작은 시험용 묶음"),
        ("hi", "हिन्दी", "छोटा परीक्षण पैक"),
        ("bn", "বাংলা", "ছোট পরীক্ষামূলক প্যাক"),
        ("km", "ខ្មែរ", "កញ្ចប់សាកល្បងតូច"),
        ("my", "မြန်မာ", "စမ်းသပ်ရန် အထုပ်ငယ်"),
        ("ti", "ትግርኛ", "ፈተና"),
        ("vi", "Tiếng Việt", "Gói thử nghiệm nhỏ"),
    )
})


def make_pack(target: Path, code: str) -> Path:
    """Mini plus language ``code`` ("ar" is mini's own second language), in ``target``."""
    root = target / f"mini-{code}"
    shutil.copytree(MINI, root)
    if code in WORDS:
        (root / code).mkdir()
        (root / code / "text.yaml").write_text(yaml.safe_dump(WORDS[code], allow_unicode=True), encoding="utf-8")
        pack = root / "pack.yaml"
        text, count = re.subn(r"^languages: \[(.*)\]$", rf"languages: [\1, {code}]", pack.read_text("utf-8"),
                              flags=re.MULTILINE)
        assert count == 1, "tests/packs/mini/pack.yaml changed its languages line"
        pack.write_text(text, encoding="utf-8")
    return root


def make_font(path: Path, family: str, chars: str) -> Path:
    """A tiny TrueType font named ``family`` whose only glyphs (boxes) are for ``chars``: a pack's own font in tests."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    names = [".notdef", *(f"u{ord(c):05X}" for c in chars)]
    pen = TTGlyphPen(None)
    pen.moveTo((50, 0))
    pen.lineTo((50, 600))
    pen.lineTo((450, 600))
    pen.lineTo((450, 0))
    pen.closePath()
    box = pen.glyph()
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): name for c, name in zip(chars, names[1:], strict=True)})
    builder.setupGlyf({name: box for name in names})
    builder.setupHorizontalMetrics({name: (500, 50) for name in names})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
    builder.setupPost()
    builder.save(str(path))
    return path

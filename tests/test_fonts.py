"""Every script: bundled fonts draw Arabic, Chinese and Amharic packs in every style; validate names what none can draw."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from script_packs import make_font, make_pack

from explainer.app import main
from explainer.coverage import FontFace, bundled_faces, missing_glyphs
from explainer.coverage.check import style_coverage
from explainer.coverage.fonts import read_face
from explainer.model import Pack
from explainer.paths import assets_dir

HERE = Path(__file__).resolve().parent
ADLAM = "𞤀𞤣𞤤𞤢𞤥"  # a script no bundled font covers


def _replace(file: Path, old: str, new: str) -> None:
    text = file.read_text("utf-8")
    assert old in text, (file, old)
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def _line_of(file: Path, needle: str) -> int:
    return next(i for i, line in enumerate(file.read_text("utf-8").splitlines(), 1) if needle in line)


def test_validate_warns_with_file_and_line_for_a_character_no_font_draws(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_pack(tmp_path, "ar")
    text = root / "en" / "text.yaml"
    _replace(text, "title: Mini pack", f"title: Mini {ADLAM} pack")
    page = root / "en" / "about.md"
    page.write_text(page.read_text("utf-8") + f"\nA line with {ADLAM[0]} in it.\n", encoding="utf-8")
    _replace(text, "language:", "# \U0001E918: a comment is never shown, so never warned about\nlanguage:")

    assert main(["validate", str(root)]) == 0
    out = capsys.readouterr().out
    line = _line_of(text, "title: Mini")
    col = text.read_text("utf-8").splitlines()[line - 1].index(ADLAM) + 1  # the first character no font draws
    assert f"{text}:{line}:{col}: warning: no bundled or pack font can draw '{ADLAM[0]}' (U+1E900)" in out
    assert f"{page}:{_line_of(page, 'A line with')}:13: warning: no bundled or pack font can draw '{ADLAM[0]}'" in out
    assert "U+1E918" not in out  # the comment's character


@pytest.mark.parametrize("code", ["ar", "zh", "am", "ko", "hi", "bn", "km", "my", "ti", "vi"])
def test_script_packs_need_no_warning(tmp_path: Path, code: str) -> None:
    assert missing_glyphs(make_pack(tmp_path, code)) == []


def test_the_shipped_pack_needs_no_warning() -> None:
    from explainer.paths import bundled_content

    started = time.perf_counter()
    assert missing_glyphs(bundled_content()) == []
    assert time.perf_counter() - started < 2.0


def _isolated_fontconfig(tmp_path: Path) -> Path:
    """A fontconfig file with no font folders: only the app's own fonts exist for the child process."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?>\n<fontconfig><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>\n')
    return conf


@pytest.mark.e2e
@pytest.mark.parametrize("code", ["ar", "zh", "am", "ko", "hi", "bn", "km", "my", "ti", "vi"])
def test_script_packs_render_with_the_bundled_fonts_alone(tmp_path: Path, code: str) -> None:
    root = make_pack(tmp_path, code)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FONTCONFIG_FILE=str(_isolated_fontconfig(tmp_path)))
    result = subprocess.run([sys.executable, str(HERE / "font_probe.py"), str(root), code], capture_output=True,
                            text=True, env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["warnings"] == []
    for style in ("regular", "bold", "italic", "bold italic"):
        assert report[style]["missing"] == [], (style, report[style])
        # (Qt names a family reached through substitution in lower case.)
        assert {f.casefold() for f in report[style]["families"]} <= {f.family.casefold() for f in bundled_faces()}
    expected = {"ar": "Noto Sans Arabic", "zh": "Noto Sans CJK SC", "am": "Noto Sans Ethiopic", "ko": "Noto Sans CJK SC",
                "hi": "Noto Sans Devanagari", "bn": "Noto Sans Bengali", "km": "Noto Sans Khmer",
                "my": "Noto Sans Myanmar", "ti": "Noto Sans Ethiopic", "vi": "Noto Sans"}[code]
    assert expected.casefold() in {f.casefold() for f in report["italic"]["families"]}


def test_the_recorded_character_maps_match_the_font_files() -> None:
    """assets/fonts/coverage.json is rewritten by tools/subset_fonts.py; a font changed without it would mislead."""
    for face in bundled_faces():
        fresh = read_face(face.path)
        assert (face.family, face.bold, face.italic, face.chars) == (fresh.family, fresh.bold, fresh.italic,
                                                                      fresh.chars), face.path.name


def test_a_family_draws_each_style_with_its_closest_face() -> None:
    regular = FontFace(Path("a.ttf"), "A", False, False, frozenset({1, 2}))
    italic = FontFace(Path("a-i.ttf"), "A", False, True, frozenset({1}))
    only_bold = FontFace(Path("b.ttf"), "B", True, False, frozenset({3}))
    cover = style_coverage([regular, italic, only_bold])
    assert cover["regular"] == {1, 2, 3}
    assert cover["italic"] == {1, 3}  # the italic face lacks 2; the regular face does not stand in for it
    assert cover["bold"] == {1, 2, 3}  # A has no bold face: Qt emboldens its regular one


def test_a_pack_brings_its_own_licensed_font(tmp_path: Path) -> None:
    root = make_pack(tmp_path, "ar")
    _replace(root / "en" / "text.yaml", "title: Mini pack", f"title: Mini {ADLAM} pack")
    fonts = root / "fonts"
    fonts.mkdir()
    make_font(fonts / "TestAdlam-Regular.ttf", "Test Adlam", ADLAM)
    messages = [p.message for p in missing_glyphs(root)]
    assert messages[0] == "font not used: fonts need their licence file beside them (OFL.txt or LICENSE or LICENSE.txt)"
    assert messages[1].startswith("no bundled or pack font can draw '𞤀'")
    shutil.copyfile(assets_dir() / "fonts" / "OFL.txt", fonts / "OFL.txt")
    assert missing_glyphs(root) == []


def test_a_pack_font_outside_the_pack_or_not_a_font_is_refused(tmp_path: Path) -> None:
    root = make_pack(tmp_path, "ar")
    fonts = root / "fonts"
    fonts.mkdir()
    shutil.copyfile(assets_dir() / "fonts" / "OFL.txt", fonts / "OFL.txt")
    (fonts / "Outside.ttf").symlink_to(make_font(tmp_path / "elsewhere.ttf", "Elsewhere", ADLAM))
    (fonts / "Broken.ttf").write_bytes(b"not a font at all")
    messages = {Path(p.path).name: p.message for p in missing_glyphs(root)}
    assert messages == {"Outside.ttf": "font not used: not a regular file inside the pack",
                        "Broken.ttf": "font not used: not a usable font file (TTLibError)"}


@pytest.mark.e2e
def test_a_pack_font_draws_what_no_bundled_font_can(tmp_path: Path) -> None:
    """The app registers a pack's licensed font and Qt falls back to it (no system fonts in the child process)."""
    root = make_pack(tmp_path, "ar")
    _replace(root / "en" / "text.yaml", "title: Mini pack", f"title: Mini {ADLAM} pack")
    fonts = root / "fonts"
    fonts.mkdir()
    make_font(fonts / "TestAdlam-Regular.ttf", "Test Adlam", ADLAM)
    shutil.copyfile(assets_dir() / "fonts" / "OFL.txt", fonts / "OFL.txt")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FONTCONFIG_FILE=str(_isolated_fontconfig(tmp_path)))
    result = subprocess.run([sys.executable, str(HERE / "font_probe.py"), str(root), "en"], capture_output=True,
                            text=True, env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    for style in ("regular", "bold", "italic", "bold italic"):
        assert report[style]["missing"] == [], (style, report[style])
        assert "Test Adlam" in report[style]["families"]


def test_other_scripts_are_registered_just_after_the_first_frame(app: QApplication, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QWidget

    from explainer import first_frame, script_fonts

    assert "Noto Sans Myanmar" not in script_fonts._loaded  # no other test in this process asks for Myanmar
    widget = QWidget()
    qtbot.addWidget(widget)
    script_fonts.load_after_first_frame(widget, ["မြန်မာ"])
    assert "Noto Sans Myanmar" not in script_fonts._loaded  # nothing before the first paint
    widget.show()
    qtbot.waitUntil(lambda: "Noto Sans Myanmar" in script_fonts._loaded)
    assert widget.findChildren(first_frame._FirstPaint) == []  # done and gone: later paints cost nothing


def test_the_shipped_pack_registers_no_other_script_at_start(bundled: Pack) -> None:
    """English and Spanish need Noto Sans alone: nothing else is read before (or after) the first frame."""
    from explainer import script_fonts

    assert script_fonts.needed(script_fonts.pack_texts(bundled, bundled.languages)) == []


def test_each_script_calls_for_its_own_font() -> None:
    from explainer import script_fonts

    samples = {"Noto Sans Arabic": "مصدر", "Noto Sans CJK SC": "数据 한국어 「」", "Noto Sans Ethiopic": "መረጃ",
               "Noto Sans Devanagari": "हिन्दी", "Noto Sans Bengali": "বাংলা", "Noto Sans Khmer": "ខ្មែរ",
               "Noto Sans Myanmar": "မြန်မာ"}
    for family, text in samples.items():
        assert [f.family for f in script_fonts.needed([text, "Latin words, Tiếng Việt"])] == [family]

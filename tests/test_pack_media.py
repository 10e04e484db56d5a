"""A pack's fonts and recorded voices are pack files like any other: inside the pack, regular, bounded in size.

Both go through the model's reader (``model/packfiles.py``): fonts are read by ``read_bytes`` (opened without
following a link and without blocking), recordings are checked by ``checked_file`` (by stat, never opened).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from script_packs import make_font, make_pack

from explainer.coverage.fonts import FontFileError, pack_faces, read_pack_font
from explainer.model.packfiles import RefusedError, checked_file
from explainer.paths import assets_dir

ADLAM = "𞤀𞤣𞤤𞤢𞤥"


def _pack_with_fonts(tmp_path: Path) -> tuple[Path, Path]:
    root = make_pack(tmp_path, "ar")
    fonts = root / "fonts"
    fonts.mkdir()
    shutil.copyfile(assets_dir() / "fonts" / "OFL.txt", fonts / "OFL.txt")
    return root, fonts


def test_a_pack_font_is_read_through_the_packs_bounded_reader(tmp_path: Path) -> None:
    root, fonts = _pack_with_fonts(tmp_path)
    good = make_font(fonts / "Good-Regular.ttf", "Good", ADLAM)
    assert read_pack_font(root, good)[:4] in (b"\x00\x01\x00\x00", b"OTTO", b"true")
    faces, refused = pack_faces(root)
    assert [f.family for f in faces] == ["Good"] and refused == []


@pytest.mark.parametrize("kind", ["link out", "pipe", "device", "folder", "too big"])
def test_a_pack_font_swapped_after_listing_is_refused_without_blocking(tmp_path: Path, kind: str) -> None:
    """What the listing saw may change before the font is read (a USB stick): the read itself refuses."""
    root, fonts = _pack_with_fonts(tmp_path)
    path = fonts / "Swapped.ttf"
    if kind == "link out":
        path.symlink_to(make_font(tmp_path / "elsewhere.ttf", "Elsewhere", ADLAM))
    elif kind == "pipe":
        os.mkfifo(path)
    elif kind == "device":
        path.symlink_to("/dev/zero")
    elif kind == "folder":
        path.mkdir()
    else:
        with open(path, "wb") as big:
            big.truncate(21 * 2**20)
    with pytest.raises(FontFileError, match=r"refused|not found"):
        read_pack_font(root, path)


def test_a_font_folder_listing_is_bounded(tmp_path: Path) -> None:
    from explainer.coverage import fonts as module
    from explainer.model.packfiles import MAX_LISTED

    _root, folder = _pack_with_fonts(tmp_path)
    for i in range(MAX_LISTED + 50):
        (folder / f"x{i:05}.txt").touch()
    assert len(module._listed(folder)) == MAX_LISTED


def test_a_recording_passes_the_same_checks_as_every_pack_file(tmp_path: Path) -> None:
    root = tmp_path / "pack"
    (root / "en").mkdir(parents=True)
    good = root / "en" / "ok.wav"
    good.write_bytes(b"RIFF" + bytes(40))
    assert checked_file(root, good, 100) == good.resolve()
    outside = tmp_path / "secret.ogg"
    outside.write_bytes(b"OggS")
    audio = root / "en"
    (audio / "out.ogg").symlink_to(outside)
    os.mkfifo(audio / "pipe.ogg")
    (audio / "zero.ogg").symlink_to("/dev/zero")
    (audio / "empty.ogg").write_bytes(b"")
    (audio / "big.ogg").write_bytes(bytes(101))
    for name in ("out.ogg", "pipe.ogg", "zero.ogg", "empty.ogg", "big.ogg"):
        with pytest.raises(RefusedError):
            checked_file(root, audio / name, 100)


def _font_claiming_every_character(path: Path) -> Path:
    """A 1 kB font whose character map is one group from U+0000 to U+10FFFF (fontTools would expand 1.1 million)."""
    import struct

    from fontTools.ttLib import TTFont
    from fontTools.ttLib.tables.DefaultTable import DefaultTable

    font = TTFont(str(make_font(path, "Everything", "A")))
    group = struct.pack(">III", 0, 0x10FFFF, 1)
    subtable = struct.pack(">HHIII", 12, 0, 16 + len(group), 0, 1) + group
    raw = DefaultTable("cmap")
    raw.data = struct.pack(">HH", 0, 1) + struct.pack(">HHI", 3, 10, 12) + subtable
    font["cmap"] = raw
    font.save(str(path))
    return path


def test_a_font_claiming_every_character_is_refused_before_it_is_expanded(tmp_path: Path) -> None:
    root, fonts = _pack_with_fonts(tmp_path)
    _font_claiming_every_character(fonts / "Everything-Regular.ttf")
    faces, refused = pack_faces(root)
    assert faces == []
    assert [(p.name, why) for p, why in refused] == [
        ("Everything-Regular.ttf", "its character map claims 1,114,112+ characters; a font may map at most 100,000")]


@pytest.mark.e2e
def test_validate_stays_small_on_a_font_claiming_every_character(tmp_path: Path) -> None:
    from hostile import run_measured

    root, fonts = _pack_with_fonts(tmp_path)
    _font_claiming_every_character(fonts / "Everything-Regular.ttf")
    run = run_measured(["validate", root.name], root.parent)
    assert b"Everything-Regular.ttf:1:1: warning: font not used" in run.stdout, run.stdout
    assert run.peak_bytes < 200 << 20, f"{run.peak_bytes / 2**20:.0f} MB"  # 633 MB before the check
    assert run.cpu_seconds < 2.0


def test_a_pack_brings_at_most_32_fonts_and_is_told_once_about_the_rest(tmp_path: Path) -> None:
    from explainer.coverage.fonts import MAX_PACK_FONTS

    root, fonts = _pack_with_fonts(tmp_path)
    one = make_font(tmp_path / "one.ttf", "One", "A")
    for i in range(MAX_PACK_FONTS + 8):
        shutil.copyfile(one, fonts / f"F{i:03}.ttf")
    faces, refused = pack_faces(root)
    assert len(faces) == MAX_PACK_FONTS
    assert refused == [(fonts, "a pack may bring at most 32 font files; the 8 after F031.ttf are not used")]

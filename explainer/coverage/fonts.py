"""The font files the app can draw with (bundled and a pack's own), read with fontTools: family, style, characters."""

from __future__ import annotations

import io
import json
import os
import stat
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from explainer.paths import assets_dir

FONT_SUFFIXES = (".ttf", ".otf")
PACK_FONTS_DIR = "fonts"
MAX_FONT_BYTES = 20 * 2**20
"""A pack's font file larger than this is refused (the bundled CJK subset is about 5 MiB)."""
MAX_PACK_FONTS = 32
"""Most font files a pack may bring (four styles of eight scripts); the rest are named and not used."""
MAX_FONT_CHARS = 100_000
"""Most characters a font may map (the bundled CJK subset maps 12,456; the largest real fonts under 70,000)."""
LICENCE_NAMES = ("OFL.txt", "LICENSE", "LICENSE.txt", "LICENCE", "LICENCE.txt", "COPYING", "COPYING.txt")


@dataclass(frozen=True)
class FontFace:
    """One font file: its family, whether it is bold and italic, and every character it maps to a glyph."""

    path: Path
    family: str
    bold: bool
    italic: bool
    chars: frozenset[int]


class FontFileError(Exception):
    """A font file that cannot be used; the message says why."""


@lru_cache(maxsize=64)
def _read(path: str, size: int, mtime_ns: int) -> FontFace:
    """Read once per file version: later calls (validate of many packs, tests) reuse the parsed character map."""
    try:
        with open(path, "rb") as handle:  # read whole and closed at once: a broken file leaves nothing open
            data = handle.read(MAX_FONT_BYTES + 1)
    except OSError as exc:
        raise FontFileError(f"not a usable font file ({exc.__class__.__name__})") from None
    return parse_face(Path(path), data)


def parse_face(path: Path, data: bytes) -> FontFace:
    """The face in ``data`` (the bytes of the font file ``path``); a file that is no usable font raises."""
    from fontTools.ttLib import TTFont, TTLibError  # only validate and tests need fontTools

    if len(data) > MAX_FONT_BYTES:
        raise FontFileError(f"larger than {MAX_FONT_BYTES // 2**20} MiB")
    try:
        font = TTFont(io.BytesIO(data), lazy=True, fontNumber=0)
        reader = font.reader  # raw tables; it has no .get()
        claimed = claimed_chars(reader["cmap"] if "cmap" in reader else b"")  # noqa: SIM401
        if claimed > MAX_FONT_CHARS:  # checked on the raw table, before fontTools expands it into a dict
            font.close()
            raise FontFileError(f"its character map claims {claimed:,}+ characters; a font may map at most "
                                f"{MAX_FONT_CHARS:,}")
        names = font["name"]
        family = str(names.getDebugName(16) or names.getDebugName(1) or "")
        style = font["OS/2"].fsSelection if "OS/2" in font else 0
        cmap = font.getBestCmap() or {}
        font.close()
    except (TTLibError, OSError, KeyError, ValueError, AssertionError, IndexError) as exc:
        raise FontFileError(f"not a usable font file ({exc.__class__.__name__})") from None
    if not family:
        raise FontFileError("the font has no family name")
    # OS/2 fsSelection: bit 0 italic, bit 5 bold.
    return FontFace(path, family, bool(style & 0x20), bool(style & 0x01), frozenset(cmap))


def claimed_chars(cmap: bytes) -> int:
    """How many characters the raw ``cmap`` table's format 12 and 13 subtables map, counted up to just past the limit.

    A font of 240 kB can claim every code point (one group from U+0000 to U+10FFFF): fontTools would build a
    dict of 1.1 million entries and validate would take over 600 MB. Other formats map at most 65,536.
    """
    count = 0
    try:
        tables = struct.unpack_from(">H", cmap, 2)[0]
        offsets = {struct.unpack_from(">I", cmap, 4 + 8 * i + 4)[0] for i in range(min(tables, 64))}
        for offset in offsets:
            if struct.unpack_from(">H", cmap, offset)[0] not in (12, 13):
                continue
            groups = min(struct.unpack_from(">I", cmap, offset + 12)[0], (len(cmap) - offset - 16) // 12)
            last_end = 0
            for index in range(groups):
                start, end, _glyph = struct.unpack_from(">III", cmap, offset + 16 + 12 * index)
                start, end = int(start), min(int(end), 0x10FFFF)
                if start > end or start < last_end:
                    continue  # fontTools skips these too
                last_end = end
                count += end - start + 1
                if count > MAX_FONT_CHARS:
                    return count
    except struct.error:
        pass  # a cut-off table: fontTools reports it
    return count


def read_face(path: Path) -> FontFace:
    info = path.stat()
    return _read(str(path), info.st_size, info.st_mtime_ns)


def faces_in(folder: Path) -> list[FontFace]:
    """Every font file directly in ``folder``, in name order."""
    return [read_face(p) for p in sorted(folder.iterdir()) if p.suffix.lower() in FONT_SUFFIXES and p.is_file()]


CACHE_FILE = "coverage.json"
"""Beside the bundled fonts: each one's family, style and characters, so validate need not parse them each run."""


def _ranges(chars: frozenset[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for code in sorted(chars):
        if out and out[-1][1] == code - 1:
            out[-1][1] = code
        else:
            out.append([code, code])
    return out


def write_cache(folder: Path) -> Path:
    """Record the character maps of the fonts in ``folder`` (run by tools/subset_fonts.py after it changes them)."""
    entries = {}
    for face in faces_in(folder):
        entries[face.path.name] = {"size": face.path.stat().st_size, "family": face.family, "bold": face.bold,
                                   "italic": face.italic, "ranges": _ranges(face.chars)}
    target = folder / CACHE_FILE
    target.write_text(json.dumps(entries, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    return target


def _cached(folder: Path) -> dict[str, FontFace]:
    try:
        entries = json.loads((folder / CACHE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out = {}
    for name, entry in entries.items():
        chars = frozenset(c for start, end in entry["ranges"] for c in range(start, end + 1))
        out[name] = (entry["size"], FontFace(folder / name, entry["family"], entry["bold"], entry["italic"], chars))
    return {name: face for name, (size, face) in out.items() if _size(folder / name) == size}


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1


@lru_cache(maxsize=1)
def _bundled(folder: Path) -> tuple[FontFace, ...]:
    cached = _cached(folder)
    return tuple(cached.get(p.name) or read_face(p) for p in sorted(folder.iterdir())
                 if p.suffix.lower() in FONT_SUFFIXES and p.is_file())


def bundled_faces() -> list[FontFace]:
    """The app's own fonts, from the recorded character maps where the file has not changed since."""
    return list(_bundled(assets_dir() / "fonts"))


def pack_font_files(root: Path) -> tuple[list[Path], list[tuple[Path, str]]]:
    """A pack's own font files that may be used, and every refused file with the reason.

    Only regular files inside the pack's ``fonts/`` folder (no symlinks out of
    it), each at most ``MAX_FONT_BYTES``, and only when the folder holds a
    licence file.
    """
    folder = root / PACK_FONTS_DIR
    if not folder.is_dir() or folder.is_symlink():
        return [], []
    inside = folder.resolve()
    files: list[Path] = []
    refused: list[tuple[Path, str]] = []
    candidates = sorted(p for p in _listed(folder) if p.suffix.lower() in FONT_SUFFIXES)
    if candidates and not any(_regular(folder / name, inside) for name in LICENCE_NAMES):
        return [], [(folder, f"fonts need their licence file beside them ({' or '.join(LICENCE_NAMES[:3])})")]
    if len(candidates) > MAX_PACK_FONTS:  # each is parsed by validate and registered with Qt at start
        refused.append((folder, f"a pack may bring at most {MAX_PACK_FONTS} font files; the "
                                f"{len(candidates) - MAX_PACK_FONTS:,} after {candidates[MAX_PACK_FONTS - 1].name} "
                                "are not used"))
        candidates = candidates[:MAX_PACK_FONTS]
    for path in candidates:
        if not _regular(path, inside):
            refused.append((path, "not a regular file inside the pack"))
        elif path.stat().st_size > MAX_FONT_BYTES:
            refused.append((path, f"larger than {MAX_FONT_BYTES // 2**20} MiB"))
        else:
            files.append(path)
    return files, refused


def _listed(folder: Path) -> list[Path]:
    """At most ``MAX_LISTED`` entries of ``folder``, as the pack's other folders are read."""
    from explainer.model.packfiles import MAX_LISTED

    found: list[Path] = []
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count >= MAX_LISTED:
                    break
                found.append(folder / entry.name)
    except OSError:
        pass
    return found


def read_pack_font(root: Path, path: Path) -> bytes:
    """The bytes of a pack's font file through the pack's bounded reader: inside the pack, regular, not too large.

    The same reader as every other pack file (``model/packfiles.py``): the file is opened without following a
    link and without blocking, so a file swapped for a pipe or a link out after the listing is refused too.
    """
    from explainer.model.packfiles import RefusedError, read_bytes

    try:
        return read_bytes(root, path, MAX_FONT_BYTES)
    except RefusedError as exc:
        raise FontFileError(str(exc)) from None


@lru_cache(maxsize=16)
def _pack_face(root: str, path: str, size: int, mtime_ns: int) -> FontFace:
    """Parsed once per file version (the kiosk asks again at each start over)."""
    return parse_face(Path(path), read_pack_font(Path(root), Path(path)))


def _regular(path: Path, inside: Path) -> bool:
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and path.resolve().parent == inside


def pack_faces(root: Path) -> tuple[list[FontFace], list[tuple[Path, str]]]:
    """The pack's usable font faces, and each refused or unreadable file with the reason."""
    files, refused = pack_font_files(root)
    faces = []
    for path in files:
        try:
            info = os.stat(path)
            faces.append(_pack_face(str(root), str(path), info.st_size, info.st_mtime_ns))
        except FontFileError as exc:
            refused.append((path, str(exc)))
        except OSError as exc:  # gone since it was listed
            refused.append((path, f"cannot read: {exc.strerror or exc}"))
    return faces, refused

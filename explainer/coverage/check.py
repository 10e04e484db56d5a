"""validate's font check: every character of a pack's text that no bundled or pack font draws, with file:line:col."""

from __future__ import annotations

import os
import stat
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path

from explainer.coverage.fonts import PACK_FONTS_DIR, FontFace, bundled_faces, pack_faces
from explainer.model.problems import Problem

STYLES: dict[str, tuple[bool, bool]] = {
    "regular": (False, False), "bold": (True, False), "italic": (False, True), "bold italic": (True, True),
}
"""The styles the app draws text in (titles bold, dates and emphasis italic), as (bold, italic)."""

TEXT_SUFFIXES = (".yaml", ".yml", ".md")
MAX_TEXT_BYTES = 5 * 2**20
MAX_DEPTH = 4
MAX_WARNINGS = 200
MAX_TOKENISED_CHARS = 512 * 1024
"""A YAML file larger than this is checked line by line (comments included) rather than token by token: faster."""
_SKIPPED_CATEGORIES = ("Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp")
_VARIATION_SELECTORS = (range(0xFE00, 0xFE10), range(0xE0100, 0xE01F0))


def style_coverage(faces: Sequence[FontFace]) -> dict[str, frozenset[int]]:
    """For each style, the characters some family draws in it.

    Like Qt's font matching, a family draws a style with its closest face
    (italic-ness first, then weight; a missing bold or italic is synthesised
    from the regular face). A family's other faces do not stand in for a
    character its closest face lacks.
    """
    families: dict[str, list[FontFace]] = {}
    for face in faces:
        families.setdefault(face.family, []).append(face)
    out: dict[str, frozenset[int]] = {}
    for style, (bold, italic) in STYLES.items():
        chars: set[int] = set()
        for members in families.values():
            chars |= min(members, key=lambda f: (f.italic != italic, f.bold != bold, str(f.path))).chars
        out[style] = frozenset(chars)
    return out


def _skipped(char: str) -> bool:
    code = ord(char)
    if code < 0x80 and char.isprintable():
        return False  # the commonest case first; Noto Sans draws all of ASCII
    return unicodedata.category(char) in _SKIPPED_CATEGORIES or any(code in r for r in _VARIATION_SELECTORS) \
        or code == 0xFFFD  # a byte that was not UTF-8: the loader reports it


def _text_files(root: Path) -> Iterator[Path]:
    """The pack's YAML and Markdown files: regular files inside the pack, not its fonts, not too deep or large."""
    inside = root.resolve()

    def walk(folder: Path, depth: int) -> Iterator[Path]:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith(".") or (depth == 0 and entry.name == PACK_FONTS_DIR):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            path = Path(entry.path)
            if stat.S_ISDIR(info.st_mode) and depth < MAX_DEPTH:
                yield from walk(path, depth + 1)
            elif stat.S_ISREG(info.st_mode) and path.suffix in TEXT_SUFFIXES and info.st_size <= MAX_TEXT_BYTES \
                    and path.resolve().is_relative_to(inside):
                yield path

    yield from walk(root, 0)


def _spans(path: Path, text: str) -> Iterator[tuple[int, int, str]]:
    """(line, col, text) of every piece a reader sees: YAML scalars (not comments), or every line of Markdown."""
    # Only files holding a character no font draws get here, so the slower YAML scan is rare.
    if path.suffix == ".md" or len(text) > MAX_TOKENISED_CHARS:
        for number, line in enumerate(text.splitlines(), 1):
            yield number, 1, line
        return
    import yaml

    try:
        # Tokens only: nothing is composed or expanded, so anchors and aliases cost nothing here.
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken):
                start, end = token.start_mark, token.end_mark
                yield start.line + 1, start.column + 1, text[start.index:end.index]
    except yaml.YAMLError:
        return  # the loader reports malformed YAML with its place


def _problems_in(path: Path, shown: str, coverage: dict[str, frozenset[int]],
                 everywhere: frozenset[int]) -> Iterator[Problem]:
    try:
        text = path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return
    # The usual case, every character drawable: one pass over the distinct characters, no scan for places.
    undrawable = {c for c in set(text) if ord(c) not in everywhere and not _skipped(c)}
    if not undrawable:
        return
    for line, col, span in _spans(path, text):
        here = undrawable.intersection(span)
        if not here:
            continue
        ordered = sorted(here, key=span.index)  # as they first appear
        before = span[:span.index(ordered[0])]
        newlines = before.count("\n")
        row = line + newlines
        column = col + len(before) if not newlines else len(before) - before.rfind("\n")
        names = ", ".join(_describe(c, [s for s, chars in coverage.items() if ord(c) not in chars]) for c in ordered)
        yield Problem(shown, row, column, "warning", f"no bundled or pack font can draw {names}")


def _describe(char: str, styles: list[str]) -> str:
    where = "" if len(styles) == len(STYLES) else f" in {', '.join(styles)}"
    return f"'{char}' (U+{ord(char):04X}){where}"


def missing_glyphs(root: Path, extra: Sequence[FontFace] = ()) -> list[Problem]:
    """A warning for each line of the pack's text holding characters no bundled or pack font draws in some style.

    Pack fonts that cannot be used (no licence, outside the pack, too large,
    unreadable) are warned about too.
    """
    own, refused = pack_faces(root)
    problems = [Problem(str(path), 1, 1, "warning", f"font not used: {reason}") for path, reason in refused]
    coverage = style_coverage([*bundled_faces(), *own, *extra])
    everywhere = frozenset.intersection(*coverage.values())
    for path in _text_files(root):
        for problem in _problems_in(path, str(path), coverage, everywhere):
            if len(problems) >= MAX_WARNINGS:
                problems.append(Problem(str(path), problem.line, problem.col, "warning",
                                        f"more characters no font can draw; stopped after {MAX_WARNINGS} warnings"))
                return problems
            problems.append(problem)
    return problems

"""The quick YAML read (no positions) gives exactly the full read's values, and refuses all that the full read notes."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from explainer.model import loader, yamlpos
from explainer.model.problems import ContentError
from explainer.model.yamlpos import MAX_DEPTH, MAX_KEY, YamlSyntaxError, read_plain, read_yaml

ROOT = Path(__file__).resolve().parent.parent
YAML_FILES = sorted([*ROOT.glob("content/*/pack.yaml"), *ROOT.glob("content/*/*/text.yaml"),
                     *ROOT.glob("tests/packs/**/*.yaml")])

ODD = [
    "",
    "# only a comment\n",
    "a: 1\nb: 0x1F\nc: 1_000\nd: 1.5\ne: .inf\nf: yes\ng: Off\nh: ~\ni: null\nj: 2024-05-01\nk: '2024'\nl: !!str 7\n",
    "- [1, [2, [3]]]\n- {a: {b: {c: []}}}\n- {}\n- ''\n",
    "plain scalar at the root\n",
    "---\n...\n",
    "x: " + "9" * 5000 + "\n",
    "key: |\n  two\n  lines\nother: >\n  folded\n  text\n",
]


@pytest.mark.parametrize("file", YAML_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_yaml_file_in_the_repository_reads_the_same_both_ways(file: Path) -> None:
    text = file.read_text(encoding="utf-8")
    try:
        full = read_yaml(text)
    except YamlSyntaxError:
        with pytest.raises(YamlSyntaxError):
            read_plain(text)
        return
    if full.duplicates:
        with pytest.raises(YamlSyntaxError):
            read_plain(text)
        return
    quick = read_plain(text)
    assert repr(quick.value) == repr(full.value)  # repr: the same types too (True is not 1, '1' is not 1)
    assert quick.count == full.count


@pytest.mark.parametrize("text", ODD)
def test_odd_documents_read_the_same_both_ways(text: str) -> None:
    full, quick = read_yaml(text), read_plain(text)
    assert repr(quick.value) == repr(full.value)
    assert quick.count == full.count


REFUSED = [
    "a: &x 1\nb: 2\n",
    "a: 1\nb: *x\n",
    "a: 1\na: 2\n",
    "a: 1\n---\nb: 2\n",
    "? [a]\n: 1\n",
    "k" * (MAX_KEY + 1) + ": 1\n",
    "a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n",
    "a: [1, 2\n",
    "a: \x07\n",
    "a:\n\tb: 1\n",
]


@pytest.mark.parametrize("text", REFUSED)
def test_what_the_full_read_refuses_or_notes_the_quick_read_refuses(text: str) -> None:
    try:
        noted = bool(read_yaml(text).duplicates)
    except YamlSyntaxError:
        noted = True
    assert noted
    with pytest.raises(YamlSyntaxError):
        read_plain(text)


def test_the_value_and_path_limits_are_the_same() -> None:
    text = "".join(f"- {i}\n" for i in range(30))
    assert read_plain(text, 31).count == read_yaml(text, 31).count == 31
    with pytest.raises(YamlSyntaxError):
        read_yaml(text, 30)
    with pytest.raises(YamlSyntaxError):
        read_plain(text, 30)
    # Long keys nested deep: the full read's limit on path characters, counted the same way.
    deep = "".join(" " * (2 * i) + "k" * (MAX_KEY - 2) + f"{i:02}:\n" for i in range(MAX_DEPTH - 1))
    wide = deep + "".join(" " * (2 * (MAX_DEPTH - 1)) + f"v{i}: 1\n" for i in range(1500))
    with pytest.raises(YamlSyntaxError, match="long keys"):
        read_yaml(wide)
    with pytest.raises(YamlSyntaxError):
        read_plain(wide)


def test_a_pack_with_a_problem_is_read_again_with_positions(mini_copy: Path) -> None:
    text = mini_copy / "pack.yaml"
    text.write_text(text.read_text(encoding="utf-8").replace("format: 1", "format: 1\nformat: 1", 1),
                    encoding="utf-8")
    pack, problems = loader.check_pack(mini_copy)
    assert pack is None
    first = problems[0]
    assert (first.line, first.col, first.message) == (3, 1, "`format` is given twice"), problems


def test_the_quick_read_gives_the_same_pack_as_the_full_one() -> None:
    for root in sorted(p.parent for p in ROOT.glob("content/*/pack.yaml")):
        quick = loader._check(loader._Report(root, quick=True), True)
        full = loader._check(loader._Report(root), True)
        assert quick[0] is not None and full[0] is not None
        assert quick[0].structure == full[0].structure
        assert {c: (w.name, w.direction, w.entries) for c, w in quick[0].words.items()} == \
               {c: (w.name, w.direction, w.entries) for c, w in full[0].words.items()}
        assert quick[1] == full[1] == []


def test_load_pack_goes_on_past_warnings_without_reading_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The start drops warnings, so a pack with only warnings loads from the quick read alone, the same pack."""
    mini = ROOT / "tests" / "packs" / "mini"
    full, problems = loader.check_pack(mini, review_warnings=False)
    assert full is not None and problems and all(p.severity == "warning" for p in problems)

    def no_full_read(text: str, most: int = 0) -> None:
        raise AssertionError("read again with positions")

    monkeypatch.setattr(loader, "read_yaml", no_full_read)
    quick = loader.load_pack(mini)
    assert quick.structure == full.structure
    assert {c: (w.name, w.direction, w.entries) for c, w in quick.words.items()} == \
           {c: (w.name, w.direction, w.entries) for c, w in full.words.items()}


def test_load_pack_reads_again_for_an_error_and_names_its_line(mini_copy: Path) -> None:
    text = mini_copy / "en" / "text.yaml"
    words = text.read_text(encoding="utf-8")
    text.write_text(words + "nowhere: Lost\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        loader.load_pack(mini_copy)
    assert [(p.line, p.col, p.severity) for p in caught.value.problems] == [(words.count("\n") + 1, 1, "error")]
    assert "nowhere" in caught.value.problems[0].message


def _refused(read: Callable[[str], object], text: str) -> bool:
    try:
        read(text)
    except YamlSyntaxError:
        return True
    return False


def test_both_reads_stop_at_exactly_the_same_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each limit lowered step by step: the quick read refuses a document exactly when the full one does."""
    text = "a:\n  bb: [1, {c: 2, dd: [3, 4]}, x]\n  e: {f: [5, [6, [7]]]}\nlong_key_here: 8\nz: [" + \
           ", ".join(str(i) for i in range(12)) + "]\n"
    for name, top in (("MAX_PATH_CHARS", 300), ("MAX_DEPTH", 6), ("MAX_KEY", 14)):
        verdicts = set()
        for limit in range(top + 1):
            monkeypatch.setattr(yamlpos, name, limit)
            full = _refused(read_yaml, text)
            assert _refused(read_plain, text) == full, (name, limit)
            verdicts.add(full)
        monkeypatch.undo()
        assert verdicts == {True, False}, name  # the limit was crossed
    for most in range(40):
        assert _refused(partial(read_plain, max_values=most), text) == _refused(partial(read_yaml, max_values=most), text)

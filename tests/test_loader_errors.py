"""Each kind of bad content is reported with the right file, line and a clear message."""

from __future__ import annotations

from pathlib import Path

from explainer.model import check_pack
from explainer.model.problems import Problem


def _errors(root: Path) -> list[Problem]:
    pack, problems = check_pack(root)
    errors = [p for p in problems if p.severity == "error"]
    assert pack is None, "a pack with errors must not load"
    return errors


def _line_of(file: Path, text: str) -> int:
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            return number
    raise AssertionError(f"{text!r} not in {file}")


def _replace(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_mini_pack_loads_with_only_translation_warnings(mini_copy: Path) -> None:
    pack, problems = check_pack(mini_copy)
    assert pack is not None
    assert problems and all(p.severity == "warning" for p in problems)
    assert all(p.path.endswith(("ar/text.yaml", ".md")) for p in problems)


def test_malformed_yaml_names_the_file_and_line(mini_copy: Path) -> None:
    pack_file = mini_copy / "pack.yaml"
    _replace(pack_file, "  - {id: end, kind: enforcement, column: 2, row: 0}", "  - {id: end, kind: [enforcement, column: 2")
    errors = _errors(mini_copy)
    assert len(errors) == 1
    assert errors[0].path.endswith("pack.yaml")
    assert "malformed YAML" in errors[0].message
    assert errors[0].line >= _line_of(pack_file, "id: end,")


def test_an_unknown_key_points_at_the_key(mini_copy: Path) -> None:
    pack_file = mini_copy / "pack.yaml"
    _replace(pack_file, "{id: south-law, kind: law,", "{id: south-law, kind: law, colour: red,")
    errors = _errors(mini_copy)
    assert [e.line for e in errors] == [_line_of(pack_file, "id: south-law")]
    assert "unknown field 'colour'" in errors[0].message


def test_a_dangling_id_is_reported_where_it_is_used(mini_copy: Path) -> None:
    pack_file = mini_copy / "pack.yaml"
    _replace(pack_file, "{id: north-end, source: north-hop, target: end,", "{id: north-end, source: north-hop, target: nowhere,")
    errors = _errors(mini_copy)
    assert len(errors) == 1
    assert errors[0].line == _line_of(pack_file, "id: north-end")
    assert "unknown node 'nowhere'" in errors[0].message


def test_a_missing_markdown_file_is_named(mini_copy: Path) -> None:
    (mini_copy / "en" / "explain" / "south-law.md").unlink()
    errors = _errors(mini_copy)
    assert len(errors) == 1
    assert errors[0].path.endswith("en/explain/south-law.md")
    assert errors[0].message == "file not found"


def test_a_claim_without_a_source_is_an_error(mini_copy: Path) -> None:
    pack_file = mini_copy / "pack.yaml"
    _replace(pack_file, "about: [north-hop], sources: [report]", "about: [north-hop], sources: []")
    errors = _errors(mini_copy)
    assert len(errors) == 1
    assert errors[0].line == _line_of(pack_file, "id: north-fact")
    assert "has no source" in errors[0].message


def test_every_problem_is_reported_at_once(mini_copy: Path) -> None:
    pack_file = mini_copy / "pack.yaml"
    _replace(pack_file, "kind: person", "kind: robot")
    _replace(pack_file, "sources: [report], as_of: 2024-05", "sources: [missing], as_of: 2024-05")
    _replace(pack_file, "target: south-hop, pathway: south", "target: south-hop, pathway: west")
    errors = _errors(mini_copy)
    assert len(errors) == 3
    assert errors[0].line == _line_of(pack_file, "id: start,") and "kind" in errors[0].message
    assert {"unknown source 'missing'", "unknown pathway 'west'"} == {e.message for e in errors[1:]}


def test_an_unknown_text_key_is_an_error_in_the_language_file(mini_copy: Path) -> None:
    text_file = mini_copy / "en" / "text.yaml"
    _replace(text_file, "  start:\n", "  strat:\n    title: Typo\n  start:\n")
    errors = _errors(mini_copy)
    assert errors[0].path.endswith("en/text.yaml")
    assert errors[0].line == _line_of(text_file, "title: Typo")
    assert "nodes.strat.title" in errors[0].message


def test_a_translation_must_keep_the_placeholders(mini_copy: Path) -> None:
    text_file = mini_copy / "ar" / "text.yaml"
    _replace(text_file, "{index} من {count}", "{index} من")
    errors = _errors(mini_copy)
    assert errors[0].path.endswith("ar/text.yaml")
    assert "{count}" in errors[0].message and "{index}" in errors[0].message


def test_a_missing_folder_is_one_clear_problem(tmp_path: Path) -> None:
    errors = _errors(tmp_path / "nothing-here")
    assert len(errors) == 1
    assert "no content pack here" in errors[0].message


def test_missing_translations_are_warnings_that_fall_back(mini_copy: Path) -> None:
    pack, problems = check_pack(mini_copy)
    assert pack is not None
    warning = next(p for p in problems if "nodes.north-hop.title" in p.message)
    assert warning.severity == "warning" and warning.path.endswith("ar/text.yaml")
    arabic = pack.language("ar")
    assert arabic.get("nodes.north-hop.title") == "North hop"
    assert arabic.get("nodes.start.title") == "البداية"
    assert arabic.direction == "rtl"

"""Reading YAML with positions: every value, key and list item knows its line and column, so errors point at them."""

from __future__ import annotations

import pytest

from explainer.model.yamlpos import YamlSyntaxError, read_yaml

PACK = """\
# a comment line
id: mini
nodes:
  - id: start
    kind: person
  - {id: end, kind: enforcement, column: 2}
sources:
  - report
  - paper
"""


def test_every_key_is_found_where_it_is_written() -> None:
    doc = read_yaml(PACK)
    assert doc.where("$.id") == (2, 1)
    assert doc.where("$.nodes") == (3, 1)
    assert doc.where("$.nodes[0].id") == (4, 5)
    assert doc.where("$.nodes[0].kind") == (5, 5)
    assert doc.where("$.sources") == (7, 1)


def test_keys_inside_a_one_line_mapping_have_their_own_columns() -> None:
    doc = read_yaml(PACK)
    line = PACK.splitlines()[5]
    assert doc.where("$.nodes[1].id") == (6, line.index("id:") + 1)
    assert doc.where("$.nodes[1].kind") == (6, line.index("kind:") + 1)
    assert doc.where("$.nodes[1].column") == (6, line.index("column:") + 1)


def test_list_items_and_values_are_found_where_they_start() -> None:
    doc = read_yaml(PACK)
    assert doc.positions["$.sources[0]"] == (8, 5)
    assert doc.positions["$.sources[1]"] == (9, 5)
    assert doc.positions["$.nodes[0]"] == (4, 5)
    assert doc.positions["$.nodes[1]"] == (6, 5)
    assert doc.positions["$.id"] == (2, 5)


def test_a_path_that_is_not_there_points_at_its_nearest_parent() -> None:
    doc = read_yaml(PACK)
    assert doc.where("$.nodes[0].pathway") == doc.positions["$.nodes[0]"]
    assert doc.where("$.nodes[7].id") == doc.where("$.nodes")
    assert doc.where("$.nowhere.deeper") == doc.positions["$"]


def test_columns_count_characters_not_bytes() -> None:
    doc = read_yaml("title: {ar: الطريق الشمالي, en: The north way}\n")
    line = "title: {ar: الطريق الشمالي, en: The north way}"
    assert doc.where("$.title.en") == (1, line.index("en:") + 1)


def test_values_are_plain_python_and_dates_stay_text() -> None:
    doc = read_yaml(
        "reviewed: 2026-01-15\nversion: \"0.1\"\ncount: 3\nhex: 0x1F\nshare: 0.5\non: yes\noff: false\nnothing: ~\n"
        "big: 1_000\nwords: [a, b]\n"
    )
    assert doc.value == {
        "reviewed": "2026-01-15", "version": "0.1", "count": 3, "hex": 31, "share": 0.5, "on": True, "off": False,
        "nothing": None, "big": 1000, "words": ["a", "b"],
    }


def test_a_key_written_twice_is_reported_at_its_second_place() -> None:
    doc = read_yaml("id: one\nname: x\nid: two\n")
    assert doc.duplicates == [("id", (3, 1))]
    assert doc.value["id"] == "two"


def test_an_empty_file_has_no_value_and_points_at_its_start() -> None:
    doc = read_yaml("# only a comment\n")
    assert doc.value is None
    assert doc.where("$.nodes[0].id") == (1, 1)


@pytest.mark.parametrize(
    ("text", "line", "col"),
    [
        ("id: mini\nnodes: [start, end\nedges: []\n", 3, 6),
        ("id: mini\n  kind: person\n", 2, 7),
        ("id: mini\nnodes:\n  - {id: a\n", 4, 1),
        ('id: "mini\n', 2, 1),
    ],
)
def test_malformed_yaml_is_one_error_with_its_line_and_column(text: str, line: int, col: int) -> None:
    with pytest.raises(YamlSyntaxError, match="malformed YAML") as caught:
        read_yaml(text)
    assert (caught.value.line, caught.value.col) == (line, col)

"""The bundled pack is itself under test: every language validates cleanly."""

from __future__ import annotations

import subprocess
import sys

import pytest

from explainer.model import Pack, check_pack
from explainer.paths import bundled_content


def test_the_bundled_pack_has_no_errors_and_no_missing_words() -> None:
    pack, problems = check_pack(bundled_content())
    assert pack is not None
    assert [str(p) for p in problems] == []


def test_the_bundled_pack_is_in_english_and_spanish(bundled: Pack) -> None:
    assert bundled.languages[:2] == ["en", "es"]
    assert bundled.language("es").name == "Español"


def test_every_fact_has_a_source_and_every_node_an_explanation(bundled: Pack) -> None:
    for fact in bundled.structure.facts:
        assert fact.sources and fact.as_of
    for code in bundled.languages:
        words = bundled.language(code)
        for item_id in [*bundled.nodes, *bundled.edges]:
            assert words.get(f"explain.{item_id}").strip(), (code, item_id)


def test_three_pathways_each_with_its_own_demand(bundled: Pack) -> None:
    assert [p.number for p in bundled.pathways.values()] == [1, 2, 3]
    demands = [bundled.demands_for(p) for p in bundled.pathways]
    assert all(len(d) == 1 for d in demands)
    assert len({d[0].id for d in demands}) == 3


@pytest.mark.e2e
def test_the_model_does_not_import_qt() -> None:
    code = "import sys, explainer.model as m; m.load_pack; print(any(k.startswith('PySide6') for k in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"

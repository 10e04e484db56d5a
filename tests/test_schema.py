"""The published JSON Schemas match the model, so editors check what the loader checks."""

from __future__ import annotations

import json

import pytest

from explainer.model import schema
from explainer.model.ui_keys import UI_KEYS
from explainer.paths import schema_dir


@pytest.mark.parametrize("name", sorted(schema.FILES))
def test_published_schema_is_current(name: str) -> None:
    published = (schema_dir() / name).read_text(encoding="utf-8")
    assert published == schema.render(name), "run: python -m explainer.model.schema"


def test_the_text_schema_lists_every_interface_word() -> None:
    text = json.loads(schema.render("text.schema.json"))
    ui = text["$defs"]["TextFile"]["properties"]["ui"]
    assert set(ui["properties"]) == set(UI_KEYS)
    assert ui["additionalProperties"] is False

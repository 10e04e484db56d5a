"""The published JSON Schemas match the model, so editors check what the loader checks."""

from __future__ import annotations

import pytest

from explainer.model import schema
from explainer.paths import schema_dir


@pytest.mark.parametrize("name", sorted(schema.FILES))
def test_published_schema_is_current(name: str) -> None:
    published = (schema_dir() / name).read_text(encoding="utf-8")
    assert published == schema.render(name), "run: python -m explainer.model.schema"


"""JSON Schemas for pack.yaml and <lang>/text.yaml, so editors can check and complete them.

Run ``python -m explainer.model.schema`` to write them into ``content/schema/``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import msgspec

from explainer.model.structure import Structure
from explainer.model.text import TextFile
from explainer.model.ui_keys import UI_KEYS

FILES = {"pack.schema.json": Structure, "text.schema.json": TextFile}


def _ecma_patterns(value: Any) -> Any:
    """The model's Python patterns (``\\A...\\Z``) in the ``^...$`` that JSON Schema's ECMA-262 regexes know."""
    if isinstance(value, dict):
        return {k: (_ecma(v) if k == "pattern" and isinstance(v, str) else _ecma_patterns(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_ecma_patterns(v) for v in value]
    return value


def _ecma(pattern: str) -> str:
    if pattern.startswith("\\A") and pattern.endswith("\\Z"):
        return "^" + pattern[2:-2] + "$"
    return pattern


def schema_for(name: str) -> dict[str, Any]:
    """The schema published as ``name``."""
    schema: dict[str, Any] = _ecma_patterns(msgspec.json.schema(FILES[name]))
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    if name == "text.schema.json":
        text = schema["$defs"]["TextFile"]["properties"]
        text["ui"] = {
            "type": "object",
            "description": ("Optional: the app brings its own interface words (explainer/i18n/*.po);"
                            " give one here only to override it. Keep {placeholders} as they are."),
            "properties": {key: {"type": "string", "description": about} for key, about in UI_KEYS.items()},
            "additionalProperties": False,
        }
    return schema


def render(name: str) -> str:
    return json.dumps(schema_for(name), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "content" / "schema"
    target.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        (target / name).write_text(render(name), encoding="utf-8")
        print(target / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

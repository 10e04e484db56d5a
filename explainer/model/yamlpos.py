"""Read YAML into plain Python values while remembering where each value came from.

Positions are keyed by the same paths msgspec uses in its errors
(``$.nodes[2].kind``), so a validation error can point at a file line.
Timestamps stay strings: a date in a pack is text shown to people.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

try:
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader

Position = tuple[int, int]


@dataclass(slots=True)
class Located:
    """A YAML document as Python values plus the line and column of every path."""

    value: Any
    positions: dict[str, Position] = field(default_factory=dict)
    key_positions: dict[str, Position] = field(default_factory=dict)
    duplicates: list[tuple[str, Position]] = field(default_factory=list)

    def where(self, path: str) -> Position:
        """The position of ``path``, or of its nearest parent that has one."""
        while path:
            if path in self.key_positions:
                return self.key_positions[path]
            if path in self.positions:
                return self.positions[path]
            cut = max(path.rfind("."), path.rfind("["))
            if cut <= 0:
                break
            path = path[:cut]
        return self.positions.get("$", (1, 1))


class YamlSyntaxError(Exception):
    """The text is not valid YAML; carries the 1-based line and column."""

    def __init__(self, message: str, line: int, col: int) -> None:
        super().__init__(message)
        self.line = line
        self.col = col


def _pos(node: yaml.Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _scalar(node: yaml.ScalarNode) -> Any:
    tag = node.tag.rsplit(":", 1)[-1]
    text = node.value
    if tag == "null":
        return None
    if tag == "bool":
        return text.lower() in ("true", "yes", "on", "y")
    if tag == "int":
        try:
            return int(text.replace("_", ""), 0)
        except ValueError:
            return text
    if tag == "float":
        try:
            return float(text.replace("_", ""))
        except ValueError:
            return text
    return text


def _walk(node: yaml.Node, path: str, out: Located) -> Any:
    out.positions[path] = _pos(node)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            key = str(key)
            child = f"{path}.{key}"
            if key in result:
                out.duplicates.append((key, _pos(key_node)))
            out.key_positions[child] = _pos(key_node)
            result[key] = _walk(value_node, child, out)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_walk(item, f"{path}[{i}]", out) for i, item in enumerate(node.value)]
    assert isinstance(node, yaml.ScalarNode)
    return _scalar(node)


def read_yaml(text: str) -> Located:
    """Parse one YAML document; raise ``YamlSyntaxError`` with a position if it is malformed."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = exc.problem or exc.context or "malformed YAML"
        raise YamlSyntaxError(f"malformed YAML: {message}", line, col) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(f"malformed YAML: {exc}", 1, 1) from None
    out = Located(value=None)
    if root is None:
        out.positions["$"] = (1, 1)
        return out
    out.value = _walk(root, "$", out)
    return out

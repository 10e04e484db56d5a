"""Read YAML into plain Python values while remembering where each value came from.

Positions are keyed by the same paths msgspec uses in its errors
(``$.nodes[2].kind``), so a validation error can point at a file line.
Timestamps stay strings: a date in a pack is text shown to people.

A pack is untrusted input, so the document is built straight from the
parser's events rather than composed by PyYAML: anchors and aliases are
refused where they first appear, before anything could be expanded (a
"billion laughs" or a self-referencing anchor fails at once), and the
nesting depth and the number of values are bounded, so no file can make the
loader slow or large.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from msgspec import Struct, field

try:
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader

Position = tuple[int, int]
_STR = "tag:yaml.org,2002:str"

MAX_DEPTH = 20
"""Deepest nesting of lists and mappings; a real pack needs 4."""
MAX_VALUES = 50_000
"""Most values (scalars, lists and mappings) in one file; the bundled pack's largest file has about 1,500."""
MAX_KEY = 200
"""Longest mapping key, in characters; keys are ids and field names."""
MAX_PATH_CHARS = 4_000_000
"""Most characters of position paths kept for one file: every value's path repeats its parents' keys."""

# Characters YAML 1.1 does not allow in a stream (PyYAML would report them at 1:1 without a line).
_NOT_YAML = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class Located(Struct):
    """A YAML document as Python values plus the line and column of every path."""

    value: Any
    positions: dict[str, Position] = field(default_factory=dict)
    key_positions: dict[str, Position] = field(default_factory=dict)
    duplicates: list[tuple[str, Position]] = field(default_factory=list)
    count: int = 0
    """How many values (scalars, lists, mappings and keys) the document holds."""

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
    """The text is not valid YAML, or uses what a pack may not; carries the 1-based line and column."""

    def __init__(self, message: str, line: int, col: int) -> None:
        super().__init__(message)
        self.line = line
        self.col = col


def line_col(text: str, index: int) -> Position:
    """The 1-based line and column of character ``index`` in ``text``."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _pos(event: yaml.Event) -> Position:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark else (1, 1)


def _scalar(tag: str, text: str) -> Any:
    kind = tag.rsplit(":", 1)[-1]
    if kind == "null":
        return None
    if kind == "bool":
        return text.lower() in ("true", "yes", "on", "y")
    if kind == "int":
        try:
            return int(text.replace("_", ""), 0)
        except ValueError:  # also a number too long to convert (Python refuses > 4,300 digits)
            return text
    if kind == "float":
        try:
            return float(text.replace("_", ""))
        except ValueError:
            return text
    return text


class _Open:
    """A list or mapping being built, with its path and, for a mapping, the key waiting for its value."""

    __slots__ = ("key", "path", "value")

    def __init__(self, value: dict[str, Any] | list[Any], path: str) -> None:
        self.value = value
        self.path = path
        self.key: str | None = None


class _Builder:
    """Turns parser events into Python values and positions, refusing what a pack may not use."""

    def __init__(self, out: Located, max_values: int) -> None:
        self.out = out
        self.max_values = max_values
        self.stack: list[_Open] = []
        self.count = 0
        self.path_chars = 0
        self.done = False

    def _child_path(self, event: yaml.Event) -> str | None:
        """The path of a value about to be added, or None when it is a mapping key."""
        if not self.stack:
            if self.done:
                raise YamlSyntaxError("malformed YAML: a pack file holds one document only", *_pos(event))
            return "$"
        top = self.stack[-1]
        if isinstance(top.value, list):
            return f"{top.path}[{len(top.value)}]"
        return None if top.key is None else f"{top.path}.{top.key}"

    def _add(self, value: Any) -> None:
        if not self.stack:
            self.out.value = value
            self.done = True
            return
        top = self.stack[-1]
        if isinstance(top.value, list):
            top.value.append(value)
        else:
            assert top.key is not None
            top.value[top.key] = value
            top.key = None

    def _count(self, event: yaml.Event, path: str | None = None) -> None:
        self.count += 1
        self.path_chars += len(path or "")
        if self.count > self.max_values:
            raise YamlSyntaxError(f"too many values (more than {self.max_values:,})", *_pos(event))
        if self.path_chars > MAX_PATH_CHARS:
            raise YamlSyntaxError("too many values under long keys", *_pos(event))
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise YamlSyntaxError(f"anchors (&{anchor}) are not allowed in a pack; write the value out", *_pos(event))

    def feed(self, event: yaml.Event, loader: Any) -> None:
        if isinstance(event, yaml.AliasEvent):
            raise YamlSyntaxError(f"aliases (*{event.anchor}) are not allowed in a pack; write the value out", *_pos(event))
        if isinstance(event, yaml.ScalarEvent):
            path = self._child_path(event)
            self._count(event, path)
            if path is None:  # a mapping key
                top = self.stack[-1]
                key = str(event.value)
                if len(key) > MAX_KEY:
                    raise YamlSyntaxError(f"a key of {len(key):,} characters; the most is {MAX_KEY}", *_pos(event))
                child = f"{top.path}.{key}"
                assert isinstance(top.value, dict)
                if key in top.value:
                    self.out.duplicates.append((key, _pos(event)))
                self.out.key_positions[child] = _pos(event)
                top.key = key
                return
            tag = event.tag if event.tag and event.tag != "!" else loader.resolve(yaml.ScalarNode, event.value, event.implicit)
            self.out.positions[path] = _pos(event)
            self._add(_scalar(tag, event.value))
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            path = self._child_path(event)
            self._count(event, path)
            if path is None:
                raise YamlSyntaxError("malformed YAML: a key must be plain text, not a list or mapping", *_pos(event))
            if len(self.stack) >= MAX_DEPTH:
                raise YamlSyntaxError(f"nested too deeply (more than {MAX_DEPTH} levels)", *_pos(event))
            self.out.positions[path] = _pos(event)
            container: dict[str, Any] | list[Any] = {} if isinstance(event, yaml.MappingStartEvent) else []
            self.stack.append(_Open(container, path))
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            self._add(self.stack.pop().value)


def read_yaml(text: str, max_values: int = MAX_VALUES) -> Located:
    """Parse one YAML document of at most ``max_values`` values; raise ``YamlSyntaxError`` with a position
    if it is malformed, unsafe or too large."""
    bad = _NOT_YAML.search(text)
    if bad:
        raise YamlSyntaxError(f"character U+{ord(bad.group()):04X} is not allowed in YAML", *line_col(text, bad.start()))
    out = Located(value=None)
    loader = _Loader(text)
    builder = _Builder(out, max_values)
    try:
        while True:
            event = loader.get_event()
            if isinstance(event, yaml.StreamEndEvent):
                break
            builder.feed(event, loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = exc.problem or exc.context or "malformed YAML"
        raise YamlSyntaxError(f"malformed YAML: {message}", line, col) from None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(f"malformed YAML: {exc}", 1, 1) from None
    finally:
        loader.dispose()
    if "$" not in out.positions:
        out.positions["$"] = (1, 1)
    out.count = builder.count
    return out


def read_plain(text: str, max_values: int = MAX_VALUES) -> Located:
    """The values of a YAML document as :func:`read_yaml` gives them, without positions: the quick first try.

    It refuses everything :func:`read_yaml` refuses and, where that one would only note a problem (a key given
    twice), refuses too; its messages carry no real position (1:1). The loader uses it first and reads a file
    again with :func:`read_yaml` whenever anything at all is to be reported, so every message still names the
    exact line. Same values, same count, same limits: only the paths and positions are not built.
    """
    bad = _NOT_YAML.search(text)
    if bad:
        raise YamlSyntaxError(f"character U+{ord(bad.group()):04X} is not allowed in YAML", 1, 1)
    loader = _Loader(text)
    get_event, resolve = loader.get_event, loader.resolve
    # PyYAML's resolve(), inlined for the usual case (no path resolvers, no resolvers for every first character):
    # a plain scalar's tag from the resolvers for its first character, any other scalar's the default.
    implicit: dict[Any, list[tuple[str, Any]]] = loader.yaml_implicit_resolvers
    inline = not loader.yaml_path_resolvers and not implicit.get(None)
    default_tag = loader.DEFAULT_SCALAR_TAG
    scalar_event, mapping_start, sequence_start = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
    ends = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
    scalar_node = yaml.ScalarNode
    # One entry per open list or mapping: the container, the length of its path (as read_yaml would spell it,
    # to keep the same MAX_PATH_CHARS limit) and, for a mapping, the key waiting for its value.
    containers: list[Any] = []
    lengths: list[int] = []
    keys: list[str | None] = []
    value: Any = None
    count = path_chars = 0
    done = False
    try:
        while True:
            event = get_event()
            kind = type(event)
            if kind is scalar_event or kind is mapping_start or kind is sequence_start:
                if event.anchor is not None:
                    raise YamlSyntaxError("anchors are not allowed in a pack", 1, 1)
                key_event = False
                if not containers:
                    if done:
                        raise YamlSyntaxError("malformed YAML: a pack file holds one document only", 1, 1)
                    path_length = 1
                else:
                    top = containers[-1]
                    if type(top) is list:
                        path_length = lengths[-1] + 2 + len(str(len(top)))
                    elif keys[-1] is None:
                        key_event, path_length = True, 0
                    else:
                        path_length = lengths[-1] + 1 + len(keys[-1])
                count += 1
                path_chars += path_length
                if count > max_values or path_chars > MAX_PATH_CHARS:
                    raise YamlSyntaxError("too many values", 1, 1)
                if kind is not scalar_event:
                    if key_event or len(containers) >= MAX_DEPTH:
                        raise YamlSyntaxError("malformed YAML: a key that is a list or mapping, or nested too deeply",
                                              1, 1)
                    containers.append({} if kind is mapping_start else [])
                    lengths.append(path_length)
                    keys.append(None)
                    continue
                text_value = event.value
                if key_event:
                    if len(text_value) > MAX_KEY or text_value in top:
                        raise YamlSyntaxError("a key too long or given twice", 1, 1)
                    keys[-1] = text_value
                    continue
                tag = event.tag
                if tag and tag != "!":
                    pass
                elif not inline:
                    tag = resolve(scalar_node, text_value, event.implicit)
                else:
                    tag = default_tag
                    if event.implicit[0]:
                        for resolved, pattern in implicit.get(text_value[:1], ()):
                            if pattern.match(text_value):
                                tag = resolved
                                break
                value = text_value if tag == _STR else _scalar(tag, text_value)
            elif kind in ends:
                value = containers.pop()
                lengths.pop()
                keys.pop()
            elif kind is yaml.AliasEvent:
                raise YamlSyntaxError("aliases are not allowed in a pack", 1, 1)
            elif kind is yaml.StreamEndEvent:
                break
            else:  # the stream's and the document's start and end
                continue
            if not containers:
                done = True
                continue
            top = containers[-1]
            if type(top) is list:
                top.append(value)
            else:
                top[keys[-1]] = value
                keys[-1] = None
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(f"malformed YAML: {exc}", 1, 1) from None
    finally:
        loader.dispose()
    return Located(value=value if done else None, count=count)

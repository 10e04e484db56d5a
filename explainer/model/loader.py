"""Load a content pack from a folder, reporting every problem at once.

The loader reads ``pack.yaml`` (structure), then ``<lang>/text.yaml`` and
``<lang>/*.md`` for every language. Problems carry the file, line and column
they come from. Errors stop the pack from loading; warnings (a missing
translation) do not, and the missing words fall back to the default language.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any, get_args

import msgspec

from explainer.model.demands import check_demands
from explainer.model.interface import FALLBACK, interface_words, translated
from explainer.model.layout_check import check_layout, positions
from explainer.model.pack import Pack, Words, cells_of
from explainer.model.packfiles import (
    MAX_LISTED,
    PACK_LIMIT,
    PACK_VALUES,
    PAGE_LIMIT,
    YAML_LIMIT,
    RefusedError,
    decode,
    inside,
    list_pages,
    read_bytes,
)
from explainer.model.problems import ContentError, Problem, Severity
from explainer.model.state_facts import check_state_facts
from explainer.model.structure import MOST, SECTIONS, Structure
from explainer.model.text import TextFile
from explainer.model.tour_cards import check_cards
from explainer.model.ui_keys import UI_KEYS
from explainer.model.unsafe import unsafe
from explainer.model.yamlpos import MAX_VALUES, Located, YamlSyntaxError, line_col, read_plain, read_yaml

PACK_FILE = "pack.yaml"
TEXT_FILE = "text.yaml"
EXPLAIN_DIR = "explain"
PAGES = ("intro", "about")
_DATE_LIKE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
MAX_PER_FILE = 200
"""Most problems listed for one file; more would only bury the first, which often causes the rest."""
_AT = " - at `$"
# Patterns for msgspec's messages, compiled when first used (re keeps them): only a pack with an error needs them.
_REGEX = r"matching regex '\\\\A(.*?)\\\\Z'"
_FIELD = r"unknown field `([^`]+)`"
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class _RedoError(Exception):
    """A quick read found something to report: read the pack again in full, with positions."""


class _Report:
    """Collects problems for one load."""

    def __init__(self, root: Path, quick: bool = False, warnings: bool = True) -> None:
        self.root = root
        self.base = os.path.realpath(root)  # resolved once, for every file's "inside the pack" check
        self.quick = quick
        """Read YAML without positions (``read_plain``): a first try, given up at the first problem (``_RedoError``)."""
        self.warnings = warnings
        """False for ``load_pack``'s quick try, whose warnings would be dropped: none are kept, and it goes on past them."""
        self.cwd = Path.cwd()
        self.problems: list[Problem] = []
        self.budget = PACK_LIMIT  # bytes the pack's files may still take, so many files under the limit cannot fill memory
        self.values = PACK_VALUES  # YAML values the pack may still hold, so many languages cannot make it slow
        self._shown: dict[Path, str] = {}

    def add(self, file: Path, where: tuple[int, int], severity: Severity, message: str) -> None:
        if severity == "warning" and not self.warnings:
            return  # dropped by the caller anyway; warnings never change what loads
        if self.quick:
            raise _RedoError  # its positions are not known; the full read reports it, and everything else
        shown = self._shown.get(file)
        if shown is None:
            try:
                shown = str(file.relative_to(self.cwd))
            except ValueError:
                shown = str(file)
            self._shown[file] = shown
        self.problems.append(Problem(shown, where[0], where[1], severity, message))

    def shown(self) -> list[Problem]:
        """The problems to report: at most ``MAX_PER_FILE`` for one file, then one line saying how many more."""
        by_file: dict[str, list[Problem]] = {}
        for problem in self.problems:
            by_file.setdefault(problem.path, []).append(problem)
        if all(len(found) <= MAX_PER_FILE for found in by_file.values()):
            return self.problems
        order = {id(p): i for i, p in enumerate(self.problems)}
        kept = sorted((p for found in by_file.values() for p in found[:MAX_PER_FILE]), key=lambda p: order[id(p)])
        for found in by_file.values():
            hidden = found[MAX_PER_FILE:]
            if hidden:
                severity: Severity = "error" if any(p.severity == "error" for p in hidden) else "warning"
                kept.append(Problem(hidden[0].path, hidden[0].line, hidden[0].col, severity,
                                    f"{len(hidden):,} more problems in this file are not shown; fix the ones above first"))
        return kept

    def error(self, file: Path, where: tuple[int, int], message: str) -> None:
        self.add(file, where, "error", message)

    def warning(self, file: Path, where: tuple[int, int], message: str) -> None:
        self.add(file, where, "warning", message)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def _read_text(file: Path, report: _Report, limit: int = PAGE_LIMIT) -> str | None:
    """The text of a pack file, or None after one error (outside the pack, not a plain file, too big, not UTF-8)."""
    try:
        data = read_bytes(report.root, file, limit, report.base)
        if len(data) > report.budget:
            raise RefusedError(f"refused: the pack's files come to more than {PACK_LIMIT:,} bytes in all")
        report.budget -= len(data)
        return decode(data)
    except RefusedError as exc:
        report.error(file, (exc.line, exc.col), str(exc))
    return None


def _read_page(file: Path, report: _Report) -> str:
    """A Markdown page's text ("" after an error), checked for raw HTML and control characters."""
    text = _read_text(file, report) or ""
    found = unsafe(text)
    if found:
        report.error(file, line_col(text, found[0]), found[1])
    return text


def _read_located(file: Path, report: _Report) -> Located | None:
    text = _read_text(file, report, YAML_LIMIT)
    if text is None:
        return None
    most = min(MAX_VALUES, report.values)
    if most <= 0:
        report.error(file, (1, 1), f"refused: the pack's YAML files hold more than {PACK_VALUES:,} values in all")
        return None
    try:
        located = (read_plain if report.quick else read_yaml)(text, most)
    except YamlSyntaxError as exc:
        message = str(exc)
        if message.startswith("too many values"):
            message += f"; a file may hold {MAX_VALUES:,} and a whole pack {PACK_VALUES:,}"
            report.values -= most  # all parsed before the refusal
        report.error(file, (exc.line, exc.col), message)
        return None
    report.values -= located.count
    for key, where in located.duplicates:
        report.error(file, where, f"`{key}` is given twice")
    return located


def _convert(value: Any, kind: type[Any], path: str, located: Located, file: Path, report: _Report) -> Any:
    """msgspec-convert ``value`` at ``path``; on failure report where and return None."""
    try:
        return msgspec.convert(value, kind)
    except msgspec.ValidationError as exc:
        text = str(exc)
        cut = text.rfind(_AT)
        if cut >= 0 and text.endswith("`"):
            message, sub = text[:cut], text[cut + len(_AT) - 1 : -1]
        else:
            message, sub = text, None
        message = re.sub(_REGEX, lambda m: "matching regex '^" + m.group(1) + "$'", message)  # as the schema spells it
        where_path = path + (sub[1:] if sub else "")
        field = re.search(_FIELD, message)
        if field:
            where_path += f".{field.group(1)}"
        message = message.replace("Object", "entry").replace("`", "'")
        name = sub.rsplit(".", 1)[-1] if sub and "." in sub else ""
        if name:
            message = f"{name}: {message[0].lower()}{message[1:]}{_choices(kind, name)}"
        report.error(file, located.where(where_path), message)
        return None


def _choices(kind: type[Any], name: str) -> str:
    """For a field with fixed choices, the list of them, to help fix a typo."""
    try:
        fields = {f.name: f.type for f in msgspec.structs.fields(kind)}
    except TypeError:
        return ""
    options = get_args(fields.get(name))
    if options and all(isinstance(o, str) for o in options):
        return "; choose one of: " + ", ".join(options)
    return ""


def _structure(root: Path, report: _Report) -> tuple[Structure | None, Located | None, set[str]]:
    """The checked structure (with broken items left out), and the ids of the broken items."""
    file = root / PACK_FILE
    located = _read_located(file, report)
    broken: set[str] = set()
    if located is None:
        return None, None, broken
    raw = located.value
    if not isinstance(raw, dict):
        report.error(file, (1, 1), "pack.yaml must be a mapping of settings and lists")
        return None, located, broken
    top = {k: v for k, v in raw.items() if k not in SECTIONS}
    sections: dict[str, list[Any]] = {}
    for name, kind in SECTIONS.items():
        items = raw.get(name) or []
        top[name] = []
        if not isinstance(items, list):
            report.error(file, located.where(f"$.{name}"), f"'{name}' must be a list")
            continue
        if len(items) > MOST[name]:
            report.error(file, located.where(f"$.{name}"), f"'{name}' lists {len(items):,}; the most is {MOST[name]:,}")
            broken.update(str(item.get("id")) for item in items if isinstance(item, dict))  # no "unknown id" for each
            continue
        converted = []
        for i, item in enumerate(items):
            value = _convert(item, kind, f"$.{name}[{i}]", located, file, report)
            if value is not None:
                converted.append(value)
            elif isinstance(item, dict) and isinstance(item.get("id"), str):
                broken.update({item["id"], item["id"].strip()})  # "id\n" is refused; its uses are not errors too
        sections[name] = converted
    base = _convert(top, Structure, "$", located, file, report)
    if base is None:
        return None, located, broken
    return msgspec.structs.replace(base, **sections), located, broken


def _check_references(s: Structure, located: Located, file: Path, report: _Report, broken: set[str]) -> None:
    """Ids are unique and every reference names something that exists.

    Items that failed to read are left out of ``s``; their ids (``broken``) still
    count as existing, so one mistake is not reported again at every reference.
    """
    seen: dict[str, str] = {}
    for name in ("sources", "pathways", "nodes", "edges", "facts", "actions", "tour"):
        for i, item in enumerate(getattr(s, name)):
            if item.id in seen:
                report.error(file, located.where(f"$.{name}[{i}].id"),
                             f"id '{item.id}' is already used in {seen[item.id]}")
            else:
                seen[item.id] = name
    nodes = {n.id for n in s.nodes} | broken
    edges = {e.id for e in s.edges} | broken
    pathways = {p.id for p in s.pathways} | broken
    sources = {x.id for x in s.sources} | broken
    demands = {a.id for a in s.actions if a.kind == "demand"} | broken

    def need(refs: list[str] | list[str | None], allowed: set[str], what: str, path: str, listed: bool = False) -> None:
        for j, ref in enumerate(refs):
            if ref is not None and ref not in allowed:
                report.error(file, located.where(f"{path}[{j}]" if listed else path), f"unknown {what} '{ref}'")

    if not s.nodes and not broken:
        report.error(file, located.where("$.nodes"), "a pack needs at least one node")
    if s.default_language not in s.languages:
        report.error(file, located.where("$.default_language"),
                     f"default language '{s.default_language}' is not in languages")
    # Counted once, not list.count per item: a hostile pack can list tens of thousands.
    listed = Counter(s.languages)
    for code in s.languages:
        if listed[code] > 1:
            report.error(file, located.where("$.languages"), f"language '{code}' is listed twice")
            break
    numbers = Counter(p.number for p in s.pathways)
    for i, p in enumerate(s.pathways):
        need([p.demand], demands, "demand", f"$.pathways[{i}].demand")
        if numbers[p.number] > 1:
            report.error(file, located.where(f"$.pathways[{i}].number"), f"pathway number {p.number} is used twice")
    cells: dict[tuple[int, int], str] = {}
    for path, message in positions(s):
        report.error(file, located.where(path), message)
    for i, n in enumerate(s.nodes):
        need([n.pathway], pathways, "pathway", f"$.nodes[{i}].pathway")
        if n.column is None or n.row is None:
            continue
        for c in range(n.column, n.column + n.span):
            if (c, n.row) in cells:
                report.error(file, located.where(f"$.nodes[{i}].row"),
                             f"node '{n.id}' overlaps node '{cells[(c, n.row)]}' at column {c}, row {n.row}")
            cells[(c, n.row)] = n.id
    for i, e in enumerate(s.edges):
        need([e.source], nodes, "node", f"$.edges[{i}].source")
        need([e.target], nodes, "node", f"$.edges[{i}].target")
        need([e.pathway], pathways, "pathway", f"$.edges[{i}].pathway")
        if e.source == e.target:
            report.error(file, located.where(f"$.edges[{i}].target"), "an arrow cannot point at its own start")
    for i, f in enumerate(s.facts):
        need(f.about, nodes | edges | pathways, "node, arrow or pathway", f"$.facts[{i}].about", True)
        need(f.sources, sources, "source", f"$.facts[{i}].sources", True)
        if not f.sources:
            report.error(file, located.where(f"$.facts[{i}].sources"), f"fact '{f.id}' has no source")
    for i, a in enumerate(s.actions):
        need(a.pathways, pathways, "pathway", f"$.actions[{i}].pathways", True)
        need(a.sources, sources, "source", f"$.actions[{i}].sources", True)
    for i, step in enumerate(s.tour):
        need(step.show, nodes | edges | pathways, "node, arrow or pathway", f"$.tour[{i}].show", True)
    _check_dates(s, located, file, report)
    for path, message in check_state_facts(s, frozenset(broken)):
        report.error(file, located.where(path), message)
    for path, message in check_demands(s, frozenset(broken)):
        report.error(file, located.where(path), message)
    for path, message in check_cards(s, frozenset(broken)):
        report.error(file, located.where(path), message)
    if report.warnings:  # it only ever warns
        from explainer.model.colour import check_lane_colours  # here: a start that drops warnings needs none of it

        for i, message in check_lane_colours([(p.id, p.colour) for p in s.pathways]):
            report.warning(file, located.where(f"$.pathways[{i}].colour"), message)
    _check_source_words(s, located, file, report)


def _check_source_words(s: Structure, located: Located, file: Path, report: _Report) -> None:
    """The words pack.yaml itself shows (sources, version) hold no HTML or control characters."""
    shown = [("$.version", s.version)]
    for i, x in enumerate(s.sources):
        shown += [(f"$.sources[{i}].{name}", getattr(x, name) or "") for name in ("publisher", "title", "date", "url")]
    for path, text in shown:
        if found := unsafe(text):
            report.error(file, located.where(path), f"{path.removeprefix('$.')}: {found[1]}")


def _real_date(text: str) -> bool:
    """Whether ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (already pattern-checked) names a day on the calendar."""
    parts = [int(part) for part in text.split("-")]
    try:
        date(parts[0], *[*parts[1:], 1, 1][:2])
    except ValueError:
        return False
    return True


def _check_dates(s: Structure, located: Located, file: Path, report: _Report) -> None:
    """Dates are real calendar dates: no month 13, no February 30, no year 0."""
    dated = [("$.reviewed", s.reviewed), *((f"$.facts[{i}].as_of", f.as_of) for i, f in enumerate(s.facts))]
    # A source's date is free text ("n.d."), but one written as a date must be on the calendar too.
    dated += [(f"$.sources[{i}].date", x.date) for i, x in enumerate(s.sources) if _DATE_LIKE.fullmatch(x.date)]
    for path, text in dated:
        if not _real_date(text):
            report.error(file, located.where(path), f"'{text}' is not a real date (year-month-day)")


def _flatten(value: Any, prefix: str, out: dict[str, str], paths: dict[str, str]) -> None:
    if isinstance(value, dict):
        for key, child in value.items():
            _flatten(child, f"{prefix}.{key}" if prefix else str(key), out, paths)
    elif isinstance(value, str):
        out[prefix] = value
        paths[prefix] = "$." + prefix


def expected_keys(s: Structure) -> dict[str, bool]:
    """Every word a language should provide, mapped to whether it may be left out."""
    keys: dict[str, bool] = {"language.name": False, "title": False}
    keys.update({f"ui.{k}": True for k in UI_KEYS})  # the app has them; a pack may override any
    for p in s.pathways:
        keys[f"pathways.{p.id}.title"] = False
        keys[f"pathways.{p.id}.short"] = False
    for n in s.nodes:
        keys[f"nodes.{n.id}.title"] = False
        keys[f"nodes.{n.id}.subtitle"] = True
    for e in s.edges:
        keys[f"edges.{e.id}.label"] = False
    for f in s.facts:
        keys[f"facts.{f.id}"] = False
    for a in s.actions:
        keys[f"actions.{a.id}.title"] = False
        keys[f"actions.{a.id}.text"] = False
        keys[f"actions.{a.id}.how"] = False
    for step in s.tour:
        keys[f"tour.{step.id}.caption"] = False
        keys[f"tour.{step.id}.notes"] = False
    for x in s.sources:
        keys[f"sources.{x.id}.note"] = True
    return keys


_Raw = tuple[dict[str, str], Located | None, dict[str, str]]


def _words(root: Path, code: str, s: Structure, report: _Report) -> _Raw:
    """The words of one language as flat keys, plus where each came from."""
    file = root / code / TEXT_FILE
    entries: dict[str, str] = {}
    paths: dict[str, str] = {}
    located = _read_located(file, report)
    if located is not None and located.value is None:
        located.value = {}
    if located is not None and _convert(located.value, TextFile, "$", located, file, report) is not None:
        _short_words(located, file, s, entries, paths, report)
    else:
        located = None  # one error for the file, not one per word it should have held
    _pages(root, code, s, entries, report)
    return entries, located, paths


def _short_words(located: Located, file: Path, s: Structure, entries: dict[str, str], paths: dict[str, str],
                 report: _Report) -> None:
    """The words of ``text.yaml`` as flat keys, each checked."""
    _flatten(located.value, "", entries, paths)
    entries.pop("language.direction", None)
    expected = expected_keys(s)
    for key in entries:
        if key not in expected:
            report.error(file, located.where(paths[key]), f"unknown text '{key}': no such id or interface word")
    for key in list(entries):
        if not entries[key].strip():
            del entries[key]
        elif found := unsafe(entries[key]):
            report.error(file, located.where(paths[key]), f"'{key}': {found[1]}")


def _pages(root: Path, code: str, s: Structure, entries: dict[str, str], report: _Report) -> None:
    """The Markdown pages of one language, read into ``entries``; a page no box or arrow has is an error."""
    for name in PAGES:
        page = root / code / f"{name}.md"
        if page.exists() or page.is_symlink():
            entries[name] = _read_page(page, report)
    explain_dir = root / code / EXPLAIN_DIR
    if explain_dir.is_dir() and not inside(root, explain_dir):
        report.error(explain_dir, (1, 1), "refused: the folder leads outside the pack (a link)")
        entries.update({f"explain.{item_id}": "" for item_id in [*(n.id for n in s.nodes), *(e.id for e in s.edges)]})
        return
    if not explain_dir.is_dir():
        return
    known = {n.id for n in s.nodes} | {e.id for e in s.edges}
    pages, complete = list_pages(explain_dir)  # one listing, not a look-up per box and arrow
    if not complete:
        report.error(explain_dir, (1, 1), f"refused: more than {MAX_LISTED:,} files in this folder")
    for page in pages:
        if page.stem in known:
            entries[f"explain.{page.stem}"] = _read_page(page, report)
        else:
            report.error(page, (1, 1), f"no node or arrow has the id '{page.stem}'")


def _page_keys(s: Structure) -> list[str]:
    return [*PAGES, *(f"explain.{n.id}" for n in s.nodes), *(f"explain.{e.id}" for e in s.edges)]


def _page_file(root: Path, code: str, key: str) -> Path:
    if key.startswith("explain."):
        return root / code / EXPLAIN_DIR / f"{key.removeprefix('explain.')}.md"
    return root / code / f"{key}.md"


def _check_language(root: Path, code: str, s: Structure, entries: dict[str, str], located: Located | None,
                    paths: dict[str, str], base: dict[str, str], report: _Report) -> None:
    file = root / code / TEXT_FILE
    is_default = code == s.default_language
    for key, optional in expected_keys(s).items():
        if located is None:
            break  # the file could not be read and that one error says so; every word "missing" would bury it
        if key in entries or optional or not (is_default or key in base):
            continue
        where_end = located.where("$." + key)
        if is_default:
            report.error(file, where_end, f"missing text '{key}'")
        else:
            report.warning(file, where_end, f"missing translation '{key}' (shows the {s.default_language} words)")
    for key in _page_keys(s):
        if key in entries or not (is_default or key in base):
            continue
        page = _page_file(root, code, key)
        if is_default:
            report.error(page, (1, 1), "file not found")
        elif key in base:
            report.warning(page, (1, 1), f"missing translation (shows the {s.default_language} page)")
    if located is not None:
        _check_interface(code, s, entries, located, paths, file, report)
    if is_default or located is None:
        return
    for key, text in entries.items():
        if key.startswith("ui.") or key not in base or key not in paths:
            continue
        want = set(_PLACEHOLDER.findall(base[key]))
        got = set(_PLACEHOLDER.findall(text))
        if want != got:
            names = ", ".join("{" + n + "}" for n in sorted(want)) or "none"
            report.error(file, located.where(paths[key]), f"'{key}' must use the placeholders {names}")


def _check_interface(code: str, s: Structure, entries: dict[str, str], located: Located, paths: dict[str, str],
                     file: Path, report: _Report) -> None:
    """A pack's own interface words keep the app's placeholders; a language the app lacks is named once."""
    english = interface_words(FALLBACK)
    for key, text in entries.items():
        if key.startswith("ui.") and key in paths and key[3:] in english:
            want = set(_PLACEHOLDER.findall(english[key[3:]]))
            if set(_PLACEHOLDER.findall(text)) != want:
                names = ", ".join("{" + n + "}" for n in sorted(want)) or "none"
                report.error(file, located.where(paths[key]), f"'{key}' must use the placeholders {names}")
    if translated(code) is None and any(f"ui.{k}" not in entries for k in UI_KEYS):
        shown = _interface_language(s)
        report.warning(file, (1, 1), f"the app's interface (buttons, keys, kiosk screens) has no '{code}' translation,"
                                     f" so it shows in '{shown}': add explainer/i18n/{code}.po or `ui:` words here")


def _interface_language(s: Structure) -> str:
    """The language the interface shows in for a pack language the app has no words for."""
    return translated(s.default_language) or FALLBACK


def _merged(code: str, s: Structure, base: dict[str, str], entries: dict[str, str]) -> dict[str, str]:
    """One language's words: the app's interface words under the pack's, and the default language's under both."""
    fallback = {f"ui.{k}": v for k, v in interface_words(_interface_language(s)).items()}
    own = {f"ui.{k}": v for k, v in interface_words(code).items()}
    if own:  # the app's own words for this language come before the default language's overrides
        return {**fallback, **base, **own, **entries}
    return {**fallback, **base, **entries}


def check_pack(root: Path, review_warnings: bool = True) -> tuple[Pack | None, list[Problem]]:
    """Load the pack at ``root``; return it (None if any error) and every problem found.

    ``review_warnings=False`` skips the layout and freshness warnings (for a start that shows no warnings).
    """
    # First without YAML positions (less than half the parsing time): a pack with nothing to report is then done.
    # Positions only ever go into problems, so at the first problem of any kind that try stops and the pack is
    # read again with them: the pack and the problems are exactly those of a full read, each at its file:line.
    try:
        return _check(_Report(root, quick=True), review_warnings)
    except _RedoError:
        return _check(_Report(root), review_warnings)


def _check(report: _Report, review_warnings: bool) -> tuple[Pack | None, list[Problem]]:
    root = report.root
    if not root.is_dir():
        report.error(root, (1, 1), "no content pack here (not a folder)")
        return None, report.shown()
    structure, located, broken = _structure(root, report)
    if structure is None or located is None:
        return None, report.shown()
    _check_references(structure, located, root / PACK_FILE, report, broken)
    if broken:
        return None, report.shown()
    if review_warnings and not report.errors:  # what a visitor would see wrong in the diagram (model/layout_check.py)
        from explainer.model.freshness import stale  # here: validate's alone (it imports calendar)

        for path, message in check_layout(structure, cells_of(structure)):
            report.warning(root / PACK_FILE, located.where(path), message)
        for path, message in stale(structure, date.today()):  # model/freshness.py: due for review
            report.warning(root / PACK_FILE, located.where(path), message)
    raw: dict[str, _Raw] = {}
    order = [structure.default_language, *(c for c in structure.languages if c != structure.default_language)]
    for code in order:
        if not (root / code).is_dir():
            report.error(root / PACK_FILE, located.where("$.languages"), f"language '{code}' has no folder {code}/")
            continue
        if not inside(root, root / code):
            report.error(root / code, (1, 1), "refused: the folder leads outside the pack (a link)")
            continue
        raw[code] = _words(root, code, structure, report)
    base = raw.get(structure.default_language, ({}, None, {}))[0]
    for code, (entries, loc, paths) in raw.items():
        _check_language(root, code, structure, entries, loc, paths, base, report)
    if report.errors:
        return None, report.shown()
    words: dict[str, Words] = {}
    for code, (entries, loc, _paths) in raw.items():
        merged = _merged(code, structure, base, entries)
        direction = "ltr"
        if loc is not None and isinstance(loc.value, dict):
            language = loc.value.get("language") or {}
            direction = str(language.get("direction", "ltr"))
        words[code] = Words(code, merged.get("language.name", code), direction, merged)
    return Pack(root=root, structure=structure, words=words), report.shown()


def load_pack(root: Path) -> Pack:
    """Load the pack at ``root`` or raise ``ContentError`` listing every error."""
    # Its warnings are dropped: no time spent on them, and a quick try (see check_pack) goes on past them.
    try:
        pack, problems = _check(_Report(root, quick=True, warnings=False), review_warnings=False)
    except _RedoError:  # warnings kept here: they count towards each file's MAX_PER_FILE, so the errors shown match
        pack, problems = _check(_Report(root), review_warnings=False)
    if pack is None:
        raise ContentError([p for p in problems if p.severity == "error"])
    return pack

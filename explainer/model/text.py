"""The per-language words of a pack, as written in ``<lang>/text.yaml``.

Every section is optional here so a half-done translation still loads; the
loader then reports what is missing and falls back to the default language.
"""

from __future__ import annotations

from typing import Literal

from msgspec import Struct


class _Strict(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    pass


class LanguageText(_Strict):
    """How the language names itself and which way it is written."""

    name: str = ""
    direction: Literal["ltr", "rtl"] = "ltr"


class PathwayText(_Strict):
    title: str = ""
    short: str = ""


class NodeText(_Strict):
    title: str = ""
    subtitle: str = ""


class EdgeText(_Strict):
    label: str = ""


class ActionText(_Strict):
    title: str = ""
    text: str = ""


class StepText(_Strict):
    caption: str = ""
    notes: str = ""


class SourceText(_Strict):
    note: str = ""


class TextFile(_Strict):
    """Everything in ``<lang>/text.yaml``."""

    language: LanguageText = LanguageText()
    title: str = ""
    ui: dict[str, str] = {}
    pathways: dict[str, PathwayText] = {}
    nodes: dict[str, NodeText] = {}
    edges: dict[str, EdgeText] = {}
    facts: dict[str, str] = {}
    actions: dict[str, ActionText] = {}
    tour: dict[str, StepText] = {}
    sources: dict[str, SourceText] = {}

"""The per-language words of a pack, as written in ``<lang>/text.yaml``.

Every section is optional here so a half-done translation still loads; the
loader then reports what is missing and falls back to the default language.
"""

from typing import Literal

from msgspec import Struct


class LanguageText(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """How the language names itself and which way it is written."""

    name: str = ""
    direction: Literal["ltr", "rtl"] = "ltr"


class PathwayText(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    title: str = ""
    short: str = ""


class NodeText(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    title: str = ""
    subtitle: str = ""


class EdgeText(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    label: str = ""


class ActionText(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    title: str = ""
    text: str = ""
    how: str = ""
    """One or two short sentences: what a person actually does."""


class StepText(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    caption: str = ""
    notes: str = ""


class SourceText(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    note: str = ""


class TextFile(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
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

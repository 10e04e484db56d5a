"""The language-neutral shape of a pack, as written in ``pack.yaml``."""

from typing import Annotated, Literal

from msgspec import Meta, Struct

from explainer.model.us_states import CODES

# Patterns are written \A...\Z: msgspec searches with Python's re, where $ also matches before a final
# newline, so "en\n" would pass as a language code. [0-9], not \d, which also matches other scripts' digits.
# The published JSON Schema spells them ^...$ (see schema.py).
Id = Annotated[str, Meta(pattern=r"\A[a-z0-9][a-z0-9-]*\Z", description="lower-case letters, digits and dashes")]
LangCode = Annotated[str, Meta(pattern=r"\A[a-z]{2,3}(-[A-Za-z0-9]{2,8})?\Z", description="a language code such as en or es")]
Colour = Annotated[str, Meta(pattern=r"\A#[0-9a-fA-F]{6}\Z", description="a colour as #RRGGBB")]
IsoDate = Annotated[str, Meta(pattern=r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z", description="a date as YYYY-MM-DD")]
AsOf = Annotated[str, Meta(pattern=r"\A[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\Z", description="YYYY, YYYY-MM or YYYY-MM-DD")]
# The loader checks the code (one line listing the valid ones); the schema's enum lets an editor complete it.
StateCode = Annotated[str, Meta(description="a U.S. state's two-letter postal code: one of the 50 states, DC or PR",
                                extra_json_schema={"enum": list(CODES)})]

_LAID_OUT = "leave out on every node (column and row) to have the diagram laid out from its arrows"
NodeKind = Literal["person", "agency", "way", "company", "product", "law", "system", "enforcement"]
ActionKind = Literal["demand", "now"]


class Source(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A published source that facts cite."""

    id: Id
    publisher: str
    title: str
    date: Annotated[str, Meta(description="the publication date as the source gives it, e.g. 2022-05-10 or 2025-11 or n.d.")]
    url: str | None = None


class Pathway(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """One of the routes data takes, drawn as a numbered, coloured lane."""

    id: Id
    number: Annotated[int, Meta(ge=1, le=9)]
    colour: Colour
    demand: Id


class Node(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A box in the diagram, placed on a grid of columns and rows (leave both out on every node to have it laid out)."""

    id: Id
    kind: NodeKind
    column: Annotated[int, Meta(ge=0, le=20, description=_LAID_OUT)] | None = None
    row: Annotated[int, Meta(ge=0, le=40, description=_LAID_OUT)] | None = None
    pathway: Id | None = None
    span: Annotated[int, Meta(ge=1, le=4)] = 1


class Edge(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """An arrow: data moving from one node to another."""

    id: Id
    source: Id
    target: Id
    pathway: Id | None = None


class Fact(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A factual claim, shown with its sources and the date it holds as of."""

    id: Id
    about: Annotated[list[Id], Meta(min_length=1)]
    sources: list[Id]
    as_of: AsOf
    states: Annotated[list[StateCode], Meta(max_length=60)] = []
    limits: Id | None = None
    """The pathway a state law or policy in this fact limits."""
    documents: Id | None = None
    """The pathway this fact documents being used for a state's records."""
    law: Annotated[str, Meta(max_length=200, description="the name of the law or policy, as published")] | None = None


class Action(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Something people can ask for (a demand) or do now (a step), and the pathways it belongs to.

    A demand closes the pathways that name it as their ``demand`` (the one source of truth); it may repeat
    them in ``pathways``, never contradict them. A step belongs to the pathways it lists, or to all.
    """

    id: Id
    kind: ActionKind
    pathways: Annotated[list[Id], Meta(description=(
        "a step (kind: now): the pathways it belongs to, none for all; a demand: leave out, or repeat exactly "
        "the pathways whose demand it is"))] = []
    sources: list[Id] = []


class TourCard(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """What a tour step puts on the projector as a large card: exactly one of a fact, a demand, a pathway's actions."""

    fact: Annotated[Id | None, Meta(description="a fact: its words, sources and date")] = None
    demand: Annotated[Id | None, Meta(description="a demand: its words, its how and the pathways it closes")] = None
    actions: Annotated[Id | None, Meta(description="a pathway: its demand and the steps people can take now")] = None


class TourStep(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """One step of a guided tour: what to show; its words live in each language."""

    id: Id
    show: list[Id] = []
    card: TourCard | None = None
    won: Annotated[list[Id], Meta(description="demands shown as won at this step (their pathways drawn cut)")] = []


MOST = {"languages": 50, "sources": 2000, "pathways": 9, "nodes": 1000, "edges": 3000, "facts": 5000,
        "actions": 1000, "tour": 500}
"""The longest each list may be: far above any real map (the bundled one has 21 boxes), low enough that
a hostile pack cannot make checking every language's pages for every box slow."""


class Structure(Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """Everything in ``pack.yaml``."""

    format: Literal[1]
    id: Id
    version: str
    reviewed: IsoDate
    default_language: LangCode
    languages: Annotated[list[LangCode], Meta(min_length=1, max_length=MOST["languages"])]
    sources: Annotated[list[Source], Meta(max_length=MOST["sources"])]
    pathways: Annotated[list[Pathway], Meta(max_length=MOST["pathways"])]
    nodes: Annotated[list[Node], Meta(max_length=MOST["nodes"])]
    edges: Annotated[list[Edge], Meta(max_length=MOST["edges"])] = []
    facts: Annotated[list[Fact], Meta(max_length=MOST["facts"])] = []
    actions: Annotated[list[Action], Meta(max_length=MOST["actions"])] = []
    tour: Annotated[list[TourStep], Meta(max_length=MOST["tour"])] = []
    state_reviews: Annotated[dict[StateCode, IsoDate], Meta(
        max_length=60, description="the date the pack last reviewed each state's facts (others: reviewed)")] = {}
    review_facts_after_months: Annotated[int, Meta(ge=1, le=1200, description=(
        "optional: validate marks each fact whose as_of is older than this many months for review"))] | None = None


SECTIONS: dict[str, type[Struct]] = {
    "sources": Source,
    "pathways": Pathway,
    "nodes": Node,
    "edges": Edge,
    "facts": Fact,
    "actions": Action,
    "tour": TourStep,
}


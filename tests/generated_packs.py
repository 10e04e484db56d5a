"""Packs made on the fly for layout tests and benchmarks: any number of pathways, boxes and arrows, en and es.

``write_pack`` writes a complete pack (structure, words in two languages, a page for every box and arrow)
into a folder. Each pathway is a lane of ``layers`` columns, ``width`` boxes high; every box sends data to
one or two boxes of the next column in its lane; one box (``start``) feeds every lane and one (``end``)
receives from every lane. With ``skips``, some arrows jump a column (they would pass under a box);
with ``placed``, every node gives its column and row, else the app lays the pack out itself.
"""

from __future__ import annotations

import random
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import yaml

COLOURS = ["#C8490C", "#0A6CB0", "#2E7D32", "#6A1B9A", "#AD1457", "#00695C", "#5D4037", "#37474F", "#9E6A00"]
WORDS = {"en": ("Box", "Arrow", "Pathway", "English"), "es": ("Caja", "Flecha", "Vía", "Español")}


def box_id(lane: int, layer: int, k: int) -> str:
    return f"p{lane + 1}-l{layer}-k{k}"


def write_pack(root: Path, pathways: int, layers: int = 3, width: int = 2, *, placed: bool = False,
               skips: int = 0, cross: int = 0, arrows: int = 0, law: bool = False, seed: int = 1) -> Path:
    """Write the pack into ``root`` (created) and return ``root``."""
    rng = random.Random(seed)
    nodes: list[dict[str, object]] = [{"id": "start", "kind": "person"}]
    edges: list[dict[str, object]] = []

    def arrow(source: str, target: str, pathway: str | None) -> None:
        edge: dict[str, object] = {"id": f"{source}--{target}", "source": source, "target": target}
        if pathway:
            edge["pathway"] = pathway
        if not any(e["id"] == edge["id"] for e in edges):
            edges.append(edge)

    for lane in range(pathways):
        pathway = f"way-{lane + 1}"
        for layer in range(layers):
            for k in range(width):
                node: dict[str, object] = {"id": box_id(lane, layer, k), "kind": "way", "pathway": pathway}
                if placed:
                    node.update(column=layer + 1, row=lane * width + k)
                nodes.append(node)
                if layer == 0:
                    arrow("start", box_id(lane, 0, k), pathway)
                else:
                    arrow(box_id(lane, layer - 1, k), box_id(lane, layer, k), pathway)
                    arrow(box_id(lane, layer - 1, rng.randrange(width)), box_id(lane, layer, k), pathway)
                if layer == layers - 1:
                    arrow(box_id(lane, layer, k), "end", pathway)
        for _ in range(skips if layers > 2 else 0):
            layer = rng.randrange(layers - 2)
            k = rng.randrange(width)
            arrow(box_id(lane, layer, k), box_id(lane, layer + 2, k), pathway)
    for _ in range(cross if pathways > 1 else 0):
        a, b = rng.sample(range(pathways), 2)
        layer = rng.randrange(layers - 1)
        arrow(box_id(a, layer, rng.randrange(width)), box_id(b, layer + 1, rng.randrange(width)), None)
    while len(edges) < arrows:  # more arrows between neighbouring columns of a lane, up to the number asked
        lane, layer = rng.randrange(pathways), rng.randrange(layers - 1)
        arrow(box_id(lane, layer, rng.randrange(width)), box_id(lane, layer + 1, rng.randrange(width)), f"way-{lane + 1}")
    nodes.append({"id": "end", "kind": "enforcement"})
    if law:  # a box in no pathway, between the start and the end
        nodes.append({"id": "rules", "kind": "law"})
        arrow("start", "rules", None)
        arrow("rules", "end", None)
    if placed:
        nodes[0].update(column=0, row=pathways * width // 2)
        nodes[-1].update(column=layers + 1, row=pathways * width // 2)
    structure = {
        "format": 1, "id": f"generated-{pathways}", "version": "1", "reviewed": date.today().isoformat(),
        "default_language": "en", "languages": ["en", "es"], "sources": [],
        "pathways": [{"id": f"way-{i + 1}", "number": i + 1, "colour": COLOURS[i], "demand": f"close-{i + 1}"}
                     for i in range(pathways)],
        "nodes": nodes, "edges": edges,
        "actions": [{"id": f"close-{i + 1}", "kind": "demand"} for i in range(pathways)],
    }
    return write_structure(root, structure)


def write_structure(root: Path, structure: dict[str, Any]) -> Path:
    """Write ``structure`` as ``root``'s pack.yaml (one item a line) and words and pages for all it names, in en and es."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "pack.yaml").write_text(yaml.safe_dump(structure, sort_keys=False, default_flow_style=None, width=400),
                                    encoding="utf-8")
    nodes, edges, count = structure["nodes"], structure["edges"], len(structure["pathways"])
    for code, (box, arrow_word, way, name) in WORDS.items():
        folder = root / code
        if folder.exists():
            shutil.rmtree(folder)
        (folder / "explain").mkdir(parents=True)
        titles = {str(n["id"]): _title(box, str(n["id"])) for n in nodes}
        text = {
            "language": {"name": name, "direction": "ltr"},
            "title": f"{way}s: {count}",
            "pathways": {str(p["id"]): {"title": f"{way} {p['number']}", "short": f"{way} {p['number']}."}
                         for p in structure["pathways"]},
            "nodes": {i: {"title": t} for i, t in titles.items()},
            "edges": {str(e["id"]): {"label": f"{arrow_word} {titles[str(e['source'])]} → {titles[str(e['target'])]}"}
                      for e in edges},
            "actions": {str(a["id"]): {"title": f"{way} {a['id'].split('-')[-1]}: no", "text": "…", "how": "…"}
                        for a in structure["actions"]},
        }
        (folder / "text.yaml").write_text(yaml.safe_dump(text, allow_unicode=True, sort_keys=False), encoding="utf-8")
        (folder / "intro.md").write_text(f"{way}s: {count}\n", encoding="utf-8")
        (folder / "about.md").write_text(f"{way}s: {count}\n", encoding="utf-8")
        for item in [*titles, *(str(e["id"]) for e in edges)]:
            (folder / "explain" / f"{item}.md").write_text(f"{item}\n", encoding="utf-8")
    return root


def _title(box: str, node_id: str) -> str:
    """A readable, unique name: 'Box 3.2.1' for lane 3, column 2, row 1; start and end named in words."""
    named = {"start": ("Start", "Inicio"), "end": ("End", "Fin"), "rules": ("Rules", "Reglas")}
    if node_id in named:
        return named[node_id][box == "Caja"]
    if not node_id.startswith("p"):
        return f"{box} {node_id}"
    lane, layer, k = (part[1:] for part in node_id.split("-"))
    return f"{box} {lane}.{int(layer) + 1}.{int(k) + 1}"


def write_big_pack(root: Path) -> Path:
    """The benchmark's pack: 9 pathways of 11 columns by 3 rows, a start, an end and one more box: 300 boxes, 600 arrows."""
    write_pack(root, 9, layers=11, width=3, arrows=598, law=True, seed=7)
    return root

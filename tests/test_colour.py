"""The pathway palette stays apart for colour-blind eyes, its text reads, and validate warns pack authors who miss."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

from explainer.model import colour, load_pack
from explainer.model.loader import check_pack
from explainer.paths import bundled_content

CONTENT = bundled_content()
PACKS = sorted(p for p in CONTENT.parent.iterdir() if (p / "pack.yaml").is_file()) if CONTENT.parent.is_dir() else []


def test_ciede2000_matches_sharmas_published_pairs() -> None:
    # Sharma, Wu and Dalal (2005), table 1: pairs 1, 2 and 17.
    assert colour.ciede2000((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert colour.ciede2000((50, 3.1571, -77.2803), (50, 0, -82.7485)) == pytest.approx(2.8615, abs=1e-4)
    assert colour.ciede2000((50, 2.5, 0), (73, 25, -18)) == pytest.approx(27.1492, abs=1e-4)


def test_simulation_merges_what_each_deficiency_confuses() -> None:
    # Red and green collapse for protanopia and deuteranopia, blue and green (these two) for tritanopia.
    assert colour.distance("#D62728", "#2CA02C", "deuteranopia") < colour.distance("#D62728", "#2CA02C") / 2
    assert colour.distance("#0A6CB0", "#0B8060", "tritanopia") < 10
    assert colour.simulate((1.0, 1.0, 1.0), "protanopia") == pytest.approx((1.0, 1.0, 1.0), abs=1e-3)


def test_contrast_follows_wcag() -> None:
    assert colour.contrast((0, 0, 0), (1, 1, 1)) == pytest.approx(21.0)
    assert colour.contrast(colour.parse("#777777"), (1, 1, 1)) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("root", PACKS, ids=lambda p: p.name)
def test_every_two_lanes_of_a_bundled_pack_differ_by_20_under_each_simulation(root: Path) -> None:
    pack = load_pack(root)
    colours = {p.id: p.colour for p in pack.structure.pathways}
    for (a, ca), (b, cb) in itertools.combinations(colours.items(), 2):
        for vision in colour.VISIONS:
            assert colour.distance(ca, cb, vision) >= 20, (a, b, vision)


@pytest.mark.parametrize("root", PACKS, ids=lambda p: p.name)
def test_the_text_on_every_bundled_lane_heading_reads(root: Path) -> None:
    for pathway in load_pack(root).structure.pathways:
        for what, ratio in colour.lane_text_contrasts(pathway.colour).items():
            assert ratio >= 4.5, (pathway.id, what, ratio)


def test_validate_warns_at_the_line_of_a_lane_too_pale_or_too_close(tmp_path: Path) -> None:
    root = tmp_path / "pack"
    shutil.copytree(CONTENT, root)
    pack_file = root / "pack.yaml"
    text = pack_file.read_text(encoding="utf-8")
    first, third = load_pack(CONTENT).structure.pathways[0].colour, load_pack(CONTENT).structure.pathways[2].colour
    # The old pathway 3 beside the old pathway 2: apart for most eyes, one colour under tritanopia.
    text = text.replace(f'colour: "{first}"', 'colour: "#F0A0A0"').replace(f'colour: "{third}"', 'colour: "#3A6BF0"')
    pack_file.write_text(text, encoding="utf-8")
    pack, problems = check_pack(root)
    assert pack is not None
    lines = text.splitlines()
    warned = {(p.line, p.message) for p in problems if p.severity == "warning"}
    pale = [m for line, m in warned if "'access'" in m and "contrast" in m]
    close = [(line, m) for line, m in warned if "too close" in m]
    assert pale and "choose a darker colour" in pale[0]
    assert close, warned
    line, message = close[0]
    assert "#3A6BF0" in lines[line - 1] and "CIEDE2000" in message


@pytest.mark.parametrize("root", PACKS, ids=lambda p: p.name)
def test_the_focus_ring_has_a_hue_no_lane_of_a_bundled_pack_uses(root: Path) -> None:
    from explainer.look.focus_ring import FOCUS

    for pathway in load_pack(root).structure.pathways:
        assert colour.distance(pathway.colour, FOCUS.name()) >= 20, pathway.id

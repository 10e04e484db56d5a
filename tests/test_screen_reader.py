"""What a screen reader meets over the real AT-SPI stack (the checker in tests/a11y/), in explore, presenter and kiosk.

Every lane, box and arrow is a named Tab stop that says its pathway; no Tab stop
lacks a name; Enter on a box puts the focus on the panel's heading, H jumps to the
heading "What you can do", Esc returns to the box; in Spanish the names are Spanish.
The checker needs Debian's AT-SPI stack (it installs it itself when run as root);
without it, and not as root, the test is skipped, except in CI (a skip fails there).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from explainer.model import Pack
from explainer.scene.accessibility import accessible_name

ROOT = Path(__file__).resolve().parent.parent
CHECKER = ROOT / "tests" / "a11y" / "a11y.sh"
MISSING = 5
"""The checker's exit status when Debian packages are missing and it may not install them."""
KEY = re.compile(r'^KEY\s+(\d+) (\S+): (.+?) "(.*)" \(', re.M)


@dataclass(frozen=True)
class Stop:
    """What the screen reader was told after one key: the object's role and name."""

    key: str
    role: str
    name: str


def run_checker(keys: list[str], *app_args: str, home: Path, options: tuple[str, ...] = ()) -> tuple[
        list[Stop], dict[str, int], str]:
    """Run the app under the checker, press ``keys``; the focus after each key, the summary's numbers, the output."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["HOME"] = str(home)
    result = subprocess.run(
        ["bash", str(CHECKER), "--keys", " ".join(keys), "--tab-delay", "0.3", "--no-tree", "--timeout", "240", *options,
         "--",
         sys.executable, str(ROOT / "main.py"), *app_args],
        capture_output=True, text=True, timeout=300, env=env, cwd=ROOT,
    )
    if result.returncode == MISSING and "# missing Debian packages" in result.stdout:
        pytest.skip(result.stdout.strip().splitlines()[-1].lstrip("# "))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    stops = [Stop(m.group(2), m.group(3), m.group(4)) for m in KEY.finditer(result.stdout)]
    assert len(stops) == len(keys), result.stdout[-3000:]
    summary = re.search(r"^SUMMARY (.*)$", result.stdout, re.M)
    assert summary is not None, result.stdout[-3000:]
    numbers = {k: int(v) for k, v in (pair.split("=") for pair in summary.group(1).split())}
    return stops, numbers, result.stdout


def items(pack: Pack) -> list[str]:
    return [*pack.pathways, *pack.reading_order(), *pack.edges]


def assert_every_item_named_with_its_pathway(pack: Pack, code: str, stops: list[Stop]) -> None:
    words = pack.language(code)
    reached = {s.name for s in stops if s.role == "push button"}
    missing = [accessible_name(pack, words, i) for i in items(pack) if accessible_name(pack, words, i) not in reached]
    assert missing == []
    for item_id in items(pack):
        pathway = pack.pathway_of(item_id)
        if pathway is not None:  # the name says the pathway's number and title
            name = accessible_name(pack, words, item_id)
            assert words.ui("pathway_number", number=pack.pathways[pathway].number) in name
            assert words.get(f"pathways.{pathway}.title") in name


def assert_no_stop_is_empty(numbers: dict[str, int], stops: list[Stop]) -> None:
    assert numbers["named_focus_stops"] == numbers["focus_stops"], [s for s in stops if not s.name]
    assert numbers["focus_mismatches"] == 0


def assert_enter_h_escape(pack: Pack, code: str, stops: list[Stop], first_item: str) -> None:
    """``stops`` start with the focus on ``first_item``, then Return, h, Escape."""
    words = pack.language(code)
    box = accessible_name(pack, words, first_item)
    focus, enter, jump, back = stops
    assert (focus.role, focus.name) == ("push button", box)
    assert (enter.role, enter.name) == ("heading", words.title(first_item))  # the focus is in the panel, on its heading
    assert (jump.role, jump.name) == ("heading", words.ui("act_heading"))  # one heading-jump to "What you can do"
    assert (back.role, back.name) == ("push button", box)  # Esc goes back to the box


def walk(pack: Pack) -> list[str]:
    """Enough Tabs to go round the whole window once more than there are stops in it."""
    return ["Tab"] * (len(items(pack)) + 30)


@pytest.mark.e2e
@pytest.mark.timeout(400)
@pytest.mark.parametrize("code", ["en", "es"])
def test_explore_names_every_stop_and_enter_reaches_the_panel_heading(bundled: Pack, tmp_path: Path, code: str) -> None:
    keys = ["F6", "Return", "h", "Escape", *walk(bundled)]
    stops, numbers, out = run_checker(keys, "--lang", code, home=tmp_path)
    assert f"# app locale: {code}" in out  # the language a screen reader is told (its voice)
    assert_enter_h_escape(bundled, code, stops[:4], bundled.reading_order()[0])
    assert_every_item_named_with_its_pathway(bundled, code, stops)
    assert_no_stop_is_empty(numbers, stops)
    if code == "es":  # the English interface words are nowhere
        english = bundled.language("en")
        for word in (english.ui("pathway_number", number=1), english.ui("arrow_name", source="", target="").split()[0]):
            assert not [s for s in stops if s.name.startswith(word)]


@pytest.mark.e2e
@pytest.mark.timeout(400)
def test_kiosk_cover_keeps_tab_and_every_stop_is_named(bundled: Pack, tmp_path: Path) -> None:
    keys = ["Tab", "Tab", "Return", "Tab", "Return", "h", "Escape", *walk(bundled)]
    stops, numbers, _out = run_checker(keys, "--mode", "kiosk", "--lang", "en", home=tmp_path)
    # The idle screen's caption changes language every 12 s and a touch starts in the language on screen, so on a
    # slow machine (a slow start, before the first Tab) the visit may be in Spanish: check the language it is in.
    touch = {bundled.language(code).ui("touch_to_start") for code in bundled.languages}
    assert stops[0].name in touch and stops[1].name in touch  # Tab stays on the idle screen's cover
    first = bundled.reading_order()[0]
    code = next((c for c in bundled.languages if stops[3].name == accessible_name(bundled, bundled.language(c), first)),
                "en")
    assert_enter_h_escape(bundled, code, stops[3:7], first)
    assert_every_item_named_with_its_pathway(bundled, code, stops)
    assert_no_stop_is_empty(numbers, stops)


@pytest.mark.e2e
@pytest.mark.timeout(400)
def test_presenter_diagram_stops_are_named_with_their_pathway_and_steps_are_announced(
    bundled: Pack, tmp_path: Path
) -> None:
    keys = ["Escape", *walk(bundled), "t", "Right"]
    stops, numbers, out = run_checker(keys, "--mode", "present", "--lang", "en", home=tmp_path,
                                      options=("--events", "--events-max", "400"))
    assert_every_item_named_with_its_pathway(bundled, "en", stops)
    assert_no_stop_is_empty(numbers, stops)
    words = bundled.language("en")
    after_right = out[out.rindex(f"KEY {len(keys):2d} Right"):]
    caption = words.get(f"tour.{bundled.structure.tour[1].id}.caption")
    said = [line for line in after_right.splitlines() if "object:announcement" in line]
    assert any(caption[:40] in line for line in said), said

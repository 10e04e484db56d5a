"""Choosing the pack at start: ``--content`` takes a bundled pack's id as well as a folder; help says the app is the engine."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer import app, cli
from explainer.paths import DEFAULT_PACK, bundled_content, bundled_packs


def test_both_bundled_packs_are_listed_and_the_dmv_map_is_the_default() -> None:
    packs = bundled_packs()
    assert {"dmv-to-ice", "utilities-to-ice"} <= set(packs)
    assert packs[DEFAULT_PACK] == bundled_content()


@pytest.mark.parametrize("argv", [["--content", "utilities-to-ice"], ["render", "--content", "utilities-to-ice",
                                                                      "--out", "x.png"],
                                  ["handout", "--content", "utilities-to-ice", "--out", "x.pdf"]])
def test_content_names_a_bundled_pack_by_its_id(argv: list[str]) -> None:
    _, args = cli.parse(argv)
    assert args.content == bundled_packs()["utilities-to-ice"]


def test_validate_takes_a_bundled_pack_id(capsys: pytest.CaptureFixture[str]) -> None:
    assert app.main(["validate", "utilities-to-ice"]) == 0
    assert "utilities-to-ice: 0 error(s)" in capsys.readouterr().err


def test_a_folder_of_that_name_wins_over_the_bundled_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "utilities-to-ice").mkdir()
    monkeypatch.chdir(tmp_path)
    _, args = cli.parse(["validate", "utilities-to-ice"])
    assert args.dir == Path("utilities-to-ice")


def test_an_unknown_name_stays_a_folder_and_fails_as_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert app.main(["validate", "no-such-pack"]) == 1
    assert "no-such-pack:1:1: error:" in capsys.readouterr().out


def test_help_describes_the_engine_and_both_bundled_packs(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.parse(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "know-your-data map" in text and "any organisation" in text
    assert "dmv-to-ice" in text and "utilities-to-ice" in text
    assert not text.startswith("Show how DMV")

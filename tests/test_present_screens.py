"""The audience goes to the projector (the screen that is not the laptop's), the presenter to the laptop."""

from __future__ import annotations

import subprocess
import sys

import pytest
from present_support import ROOT

from explainer.modes.present.screens import choose


def test_two_screens_put_the_audience_on_the_second_and_the_presenter_on_the_primary() -> None:
    assert choose(["laptop", "projector"], "laptop", None) == ("projector", "laptop")


def test_a_chosen_screen_takes_the_audience_and_the_presenter_goes_elsewhere() -> None:
    assert choose(["laptop", "projector"], "laptop", 0) == ("laptop", "projector")
    assert choose(["a", "b", "c"], "a", 2) == ("c", "a")


def test_one_screen_shows_the_audience_and_keeps_the_presenter_window_for_the_p_key() -> None:
    assert choose(["laptop"], "laptop", None) == ("laptop", None)


@pytest.mark.e2e
def test_a_screen_that_does_not_exist_is_a_one_line_error() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--mode", "present", "--content", "tests/packs/mini", "--screen", "5"],
        cwd=ROOT, capture_output=True, text=True, timeout=60, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "know-your-data: error: --screen 5: there is no such screen; this computer has 1 (0 to 0)"]

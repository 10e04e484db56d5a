"""Content freshness: validate flags a review older than 12 months and, when a pack asks, facts older than its age;
the review date is on the facilitator's screen, in About and on the handout."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from present_support import Opener, present_fixture  # noqa: F401
from pytestqt.qtbot import QtBot

from explainer.app import main
from explainer.model import Pack, check_pack
from explainer.model.freshness import add_months, period_end, stale
from explainer.panels import explanation
from explainer.paths import bundled_content
from explainer.wording import dates


def _set(pack_yaml: Path, old: str, new: str) -> None:
    text = pack_yaml.read_text(encoding="utf-8")
    assert old in text
    pack_yaml.write_text(text.replace(old, new), encoding="utf-8")


def test_months_and_periods_count_from_the_last_day() -> None:
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 12, 15), 12) == date(2025, 12, 15)
    assert period_end("2019") == date(2019, 12, 31)
    assert period_end("2024-02") == date(2024, 2, 29)
    assert period_end("2021-06-25") == date(2021, 6, 25)


def test_a_review_older_than_12_months_is_a_warning_naming_its_line(mini: Pack) -> None:
    s = mini.structure  # reviewed 2026-01-15
    assert stale(s, date(2027, 1, 15)) == []
    assert [p for p, _ in stale(s, date(2027, 1, 16))] == ["$.reviewed"]


def test_validate_warns_on_a_stale_review_and_each_fact_older_than_the_pack_asks(
        mini_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack_yaml = mini_copy / "pack.yaml"
    _set(pack_yaml, "reviewed: 2026-01-15", "reviewed: 2020-03-01")
    pack, _ = check_pack(mini_copy)
    assert pack is not None
    old = [f for f in pack.structure.facts if add_months(period_end(f.as_of), 24) < date.today()]
    assert old, "the mini pack has facts older than two years"
    _set(pack_yaml, "reviewed: 2020-03-01", "reviewed: 2020-03-01\nreview_facts_after_months: 24")
    assert main(["validate", str(mini_copy)]) == 0  # warnings, not errors
    out = capsys.readouterr()
    lines = [line for line in out.out.splitlines() if "warning" in line]
    assert lines[0].startswith(f"{pack_yaml}:5:1: warning: reviewed 2020-03-01, more than 12 months ago")
    for fact in old:
        assert any(f"fact '{fact.id}' is as of {fact.as_of}, more than 24 months ago" in line
                   and line.startswith(f"{pack_yaml}:") for line in lines)
    assert len([line for line in lines if "months ago" in line]) == len(old) + 1


def test_without_review_facts_after_months_no_fact_is_marked(mini_copy: Path) -> None:
    _set(mini_copy / "pack.yaml", "reviewed: 2026-01-15", f"reviewed: {date.today().isoformat()}")
    _, problems = check_pack(mini_copy)
    assert not [p for p in problems if "as_of" in p.message or "reviewed" in p.message]


def test_the_bundled_packs_are_fresh() -> None:
    for root in (bundled_content(), bundled_content().parent / "utilities-to-ice"):
        _, problems = check_pack(root)
        assert not [str(p) for p in problems if "months ago" in p.message]


def test_the_facilitators_screen_and_about_show_the_review_date(present: Opener, mini: Pack, qtbot: QtBot) -> None:
    shown = dates("en")(mini.structure.reviewed)
    presentation = present(mini)
    assert presentation.presenter.reviewed.text() == f"Reviewed {shown}"
    about = explanation.about_html(mini, mini.language("en"), dates("en"), "Not signed")
    assert f"Reviewed {shown}" in about

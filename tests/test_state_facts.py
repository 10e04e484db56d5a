"""Facts about a U.S. state: the checks on their tags, and one state's picture in the bundled pack."""

from __future__ import annotations

from pathlib import Path

from explainer.model import check_pack
from explainer.model.pack import Pack
from explainer.model.problems import Problem
from explainer.model.state_facts import picture
from explainer.model.us_states import CODES, NAMES, normal_code, state_name


def _errors(root: Path) -> list[Problem]:
    pack, problems = check_pack(root)
    assert pack is None, "a pack with errors must not load"
    return [p for p in problems if p.severity == "error"]


def _tag(root: Path, fact: str, tag: str) -> int:
    """Add ``tag`` to ``fact``'s entry in pack.yaml; return its line."""
    file = root / "pack.yaml"
    lines = file.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if line.startswith(f"  - {{id: {fact},"):
            lines[number - 1] = line[:-1] + f", {tag}}}"
            file.write_text("\n".join(lines) + "\n", encoding="utf-8")
            return number
    raise AssertionError(fact)


def test_the_app_knows_the_50_states_dc_and_puerto_rico_in_english_and_spanish() -> None:
    assert len(CODES) == 52 and {"DC", "PR", "WA", "WY"} <= set(CODES)
    assert set(NAMES["es"]) == set(NAMES["en"])
    assert state_name("NY", "es") == "Nueva York" and state_name("NY", "en") == "New York"
    assert state_name("NY", "fr") == "New York"  # no French names: English
    assert normal_code(" wa ") == "WA" and normal_code("XX") is None


def test_a_state_tag_loads(mini_copy: Path) -> None:
    _tag(mini_copy, "north-fact", "states: [WA, PR], limits: north, law: \"A Law\"")
    pack, problems = check_pack(mini_copy)
    assert pack is not None, problems
    assert picture(pack, "WA").marks["north"].kinds == ("limited",)
    assert picture(pack, "WA").marks["south"].kinds == ("none",)


def test_an_unknown_state_code_is_an_error_at_its_line_listing_the_valid_ones(mini_copy: Path) -> None:
    line = _tag(mini_copy, "north-fact", "states: [WA, XX]")
    errors = _errors(mini_copy)
    assert [(e.line, e.path.endswith("pack.yaml")) for e in errors] == [(line, True)]
    assert "unknown state 'XX'" in errors[0].message and "WA" in errors[0].message and "WY" in errors[0].message


def test_lower_case_codes_are_errors_too(mini_copy: Path) -> None:
    _tag(mini_copy, "north-fact", "states: [wa]")
    assert "unknown state 'wa'" in _errors(mini_copy)[0].message


def test_a_pathway_mark_without_a_state_is_an_error(mini_copy: Path) -> None:
    line = _tag(mini_copy, "north-fact", "limits: north")
    errors = _errors(mini_copy)
    assert [e.line for e in errors] == [line]
    assert "names no state" in errors[0].message


def test_a_mark_on_a_pathway_the_fact_is_not_about_is_an_error(mini_copy: Path) -> None:
    _tag(mini_copy, "north-fact", "states: [WA], documents: south")
    assert "about none of its parts" in _errors(mini_copy)[0].message


def test_a_mark_on_an_unknown_pathway_is_an_error(mini_copy: Path) -> None:
    _tag(mini_copy, "north-fact", "states: [WA], limits: west")
    assert "unknown pathway 'west'" in _errors(mini_copy)[0].message


def test_a_law_name_needs_a_limit_and_no_markup(mini_copy: Path) -> None:
    _tag(mini_copy, "north-fact", "states: [WA], law: \"<b>Act</b>\"")
    messages = [e.message for e in _errors(mini_copy)]
    assert any("limits no pathway" in m for m in messages) and any("raw HTML" in m for m in messages)


def test_a_state_fact_without_a_source_or_a_date_is_an_error(mini_copy: Path) -> None:
    file = mini_copy / "pack.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("{id: north-fact, about: [north-hop], sources: [report], as_of: 2024-05}",
                                 "{id: north-fact, about: [north-hop], sources: [], as_of: 2024-05, states: [WA]}"),
                    encoding="utf-8")
    assert any("has no source" in e.message for e in _errors(mini_copy))
    file.write_text(text.replace("{id: north-fact, about: [north-hop], sources: [report], as_of: 2024-05}",
                                 "{id: north-fact, about: [north-hop], sources: [report], states: [WA]}"),
                    encoding="utf-8")
    assert any("as_of" in e.message for e in _errors(mini_copy))


def test_a_state_review_date_must_be_a_real_date_of_a_known_state(mini_copy: Path) -> None:
    file = mini_copy / "pack.yaml"
    file.write_text(file.read_text(encoding="utf-8") + "state_reviews: {WA: 2026-02-30, XX: 2026-01-01}\n",
                    encoding="utf-8")
    messages = sorted(e.message for e in _errors(mini_copy))
    assert any("not a real date" in m for m in messages) and any("unknown state 'XX'" in m for m in messages)


def test_washington_has_a_law_limiting_pathway_1(bundled: Pack) -> None:
    wa = picture(bundled, "WA")
    access = wa.marks["access"]
    assert "limited" in access.kinds
    assert "Keep Washington Working Act (2019)" in [f.law for f in access.limited]
    assert "limited" in wa.marks["systems"].kinds  # the Nlets block on ICE
    assert wa.marks["sale"].kinds == ("none",)
    assert "ncsl-license-states" in [f.id for f in wa.general]
    assert wa.reviewed == bundled.structure.reviewed


def test_utah_has_a_documented_case_and_no_law(bundled: Pack) -> None:
    ut = picture(bundled, "UT")
    assert ut.marks["access"].kinds == ("documented",)
    assert [f.id for f in ut.marks["access"].documented] == ["utah-face-searches"]
    assert all(m.kinds == ("none",) for p, m in ut.marks.items() if p != "access")


def test_wyoming_has_no_facts_in_the_pack(bundled: Pack) -> None:
    wy = picture(bundled, "WY")
    assert wy.facts == () and wy.sources == ()
    assert all(m.kinds == ("none",) for m in wy.marks.values())


def test_every_state_fact_in_the_bundled_pack_cites_a_source_and_a_date(bundled: Pack) -> None:
    tagged = [f for f in bundled.structure.facts if f.states]
    assert len(tagged) >= 40
    assert all(f.sources and f.as_of for f in tagged)
    ncsl = next(f for f in tagged if f.id == "ncsl-license-states")
    assert len(ncsl.states) == 20 and "DC" in ncsl.states and "PR" not in ncsl.states

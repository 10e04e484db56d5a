"""One model of demands and actions: a pathway's demand is the source of truth; contradictions are errors at their line."""

from __future__ import annotations

from pathlib import Path

from explainer.model import check_pack
from explainer.model.pack import Pack
from explainer.model.problems import Problem


def _errors(root: Path) -> list[Problem]:
    pack, problems = check_pack(root)
    assert pack is None, "a pack with errors must not load"
    return [p for p in problems if p.severity == "error"]


def _edit(file: Path, old: str, new: str) -> int:
    """Replace ``old`` once and return the line it was on."""
    text = file.read_text(encoding="utf-8")
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    file.write_text(text.replace(old, new, 1), encoding="utf-8")
    return line


def test_each_pathway_has_its_demand_and_steps(mini: Pack, bundled: Pack) -> None:
    assert [a.id for a in mini.demands_for("north")] == ["close-north"]
    assert mini.demands.closes("close-south") == ["south"]
    assert [a.id for a in mini.demands_for(None)] == ["close-north", "close-south"]
    assert [a.id for a in mini.steps_now("north")] == ["ask-records"]
    for pathway in bundled.structure.pathways:
        demand = bundled.demands.demand_of(pathway.id)
        assert demand is not None and demand.id == pathway.demand
        assert all(pathway.id in a.pathways or not a.pathways for a in bundled.steps_now(pathway.id))


def test_a_demand_listing_a_pathway_that_names_another_demand_is_an_error(mini_copy: Path) -> None:
    pack_file = mini_copy / "pack.yaml"
    line = _edit(pack_file, "{id: close-north, kind: demand, pathways: [north]",
                 "{id: close-north, kind: demand, pathways: [south]")
    errors = _errors(mini_copy)
    assert len(errors) == 1, errors
    assert errors[0].path.endswith("pack.yaml") and errors[0].line == line
    assert "lists pathway 'south'" in errors[0].message and "closes only north" in errors[0].message


def test_a_demand_no_pathway_names_is_an_error(mini_copy: Path) -> None:
    pack_file = mini_copy / "pack.yaml"
    _edit(pack_file, '{id: south, number: 2, colour: "#0A6CB0", demand: close-south}',
          '{id: south, number: 2, colour: "#0A6CB0", demand: close-north}')
    line = _edit(pack_file, "{id: close-south, kind: demand, pathways: [south]}", "{id: close-south, kind: demand}")
    errors = _errors(mini_copy)
    assert [(e.line, "demand 'close-south' closes no pathway" in e.message) for e in errors] == [(line, True)]


def test_a_step_named_as_a_demand_is_an_error(mini_copy: Path) -> None:
    line = _edit(mini_copy / "pack.yaml", "demand: close-north}", "demand: ask-records}")
    errors = _errors(mini_copy)
    assert any(e.line == line and "'ask-records' is a 'now' step" in e.message for e in errors), errors


def test_a_demand_may_leave_its_pathways_out(mini_copy: Path) -> None:
    _edit(mini_copy / "pack.yaml", "{id: close-south, kind: demand, pathways: [south]}", "{id: close-south, kind: demand}")
    pack, _problems = check_pack(mini_copy)
    assert pack is not None
    assert [a.id for a in pack.demands_for("south")] == ["close-south"]


def test_an_unknown_demand_in_a_tour_step_lists_the_valid_ones(mini_copy: Path) -> None:
    line = _edit(mini_copy / "pack.yaml", "{id: step-north, show: [north]}", "{id: step-north, show: [north], won: [close-west]}")
    errors = _errors(mini_copy)
    assert len(errors) == 1
    assert errors[0].line == line
    assert errors[0].message == "unknown demand 'close-west'; use one of: close-north, close-south"


def test_a_tour_step_may_show_a_demand_won(mini_copy: Path) -> None:
    _edit(mini_copy / "pack.yaml", "{id: step-north, show: [north]}", "{id: step-north, show: [north], won: [close-north]}")
    pack, _problems = check_pack(mini_copy)
    assert pack is not None
    assert pack.structure.tour[1].won == ["close-north"]


def test_every_action_needs_its_how(mini_copy: Path) -> None:
    text_file = mini_copy / "en" / "text.yaml"
    line = _edit(text_file, "    how: Send a short letter.\n", "")
    errors = _errors(mini_copy)
    assert any("missing text 'actions.ask-records.how'" in e.message and e.path.endswith("en/text.yaml")
               for e in errors), errors
    assert line > 1


def test_no_shipped_action_text_still_ends_with_a_how_label(bundled: Pack) -> None:
    for code in bundled.languages:
        words = bundled.language(code)
        for action in bundled.structure.actions:
            assert words.get(f"actions.{action.id}.how"), (code, action.id)
            assert "How:" not in words.get(f"actions.{action.id}.text")
            assert "Cómo:" not in words.get(f"actions.{action.id}.text")


def test_every_reader_asks_the_pathway_not_the_demands_own_list(bundled: Pack) -> None:
    """A demand that leaves out its pathways still closes them everywhere: the panel, a state's part, the scene."""
    import msgspec

    from explainer.panels import order, state_panel

    actions = [msgspec.structs.replace(a, pathways=[]) if a.kind == "demand" else a for a in bundled.structure.actions]
    pack = Pack(root=bundled.root, structure=msgspec.structs.replace(bundled.structure, actions=actions),
                words=bundled.words)
    words = pack.language("en")
    assert [a.id for a in pack.demands_for("sale")] == ["limit-sale"]
    assert state_panel.demand_state_html("stop-sharing", pack, words, str, "WA") == \
        state_panel.demand_state_html("stop-sharing", bundled, words, str, "WA") != ""
    assert order.item_html("brokers", pack, words, str) == order.item_html("brokers", bundled, words, str)

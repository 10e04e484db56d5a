"""The app's interface words come from its own gettext catalogues; a pack may override them and need not carry any."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

import polib
import pytest

from explainer.model import catalogues, interface, load_pack
from explainer.model.interface import CATALOGUES, interface_words, parse_catalogue, translated
from explainer.model.loader import check_pack
from explainer.model.problems import ContentError
from explainer.model.ui_keys import UI_KEYS

ROOT = Path(__file__).resolve().parent.parent
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def strip_interface_words(pack: Path) -> None:
    """Remove every `ui:` section from the pack's text.yaml files (a pack that carries only its own words)."""
    for text in pack.glob("*/text.yaml"):
        lines = text.read_text(encoding="utf-8").splitlines()
        if "ui:" not in lines:
            continue
        start = lines.index("ui:")
        end = start + 1
        while end < len(lines) and (lines[end].startswith(" ") or not lines[end].strip()):
            end += 1
        text.write_text("\n".join(lines[:start] + lines[end:]) + "\n", encoding="utf-8")


def test_english_and_spanish_catalogues_are_complete_and_keep_the_placeholders() -> None:
    english = interface_words("en")
    assert set(english) == set(UI_KEYS)
    for code in ("en", "es"):
        catalogue = polib.pofile(str(CATALOGUES / f"{code}.po"))
        assert catalogue.percent_translated() == 100 and not catalogue.fuzzy_entries()
        words = interface_words(code)
        assert set(words) == set(UI_KEYS), code
        for key, text in words.items():
            assert set(_PLACEHOLDER.findall(text)) == set(_PLACEHOLDER.findall(english[key])), (code, key)
    assert interface_words("es")["home"] == "Vista general"


def test_the_translators_template_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("interface_template", ROOT / "tools" / "interface_template.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert tool.TEMPLATE.read_text(encoding="utf-8") == tool.template(), "run python tools/interface_template.py"


def _tool() -> Any:
    spec = importlib.util.spec_from_file_location("interface_template", ROOT / "tools" / "interface_template.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


def test_the_catalogues_as_python_are_up_to_date_and_hold_what_the_po_files_say() -> None:
    tool = _tool()
    assert tool.CATALOGUES.read_text(encoding="utf-8") == tool.catalogues(), "run python tools/interface_template.py"
    assert sorted(catalogues.WORDS) == sorted(p.stem for p in CATALOGUES.glob("*.po")) == ["en", "es"]
    for code, words in catalogues.WORDS.items():
        assert words == parse_catalogue(CATALOGUES / f"{code}.po")
        assert interface_words(code) == words


def test_an_edited_or_new_catalogue_is_read_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """catalogues.py stands in for a .po file only while that file is unchanged: a translator's edit shows at once."""
    for po in CATALOGUES.glob("*.po"):
        (tmp_path / po.name).write_bytes(po.read_bytes())
    spanish = tmp_path / "es.po"
    spanish.write_text(spanish.read_text(encoding="utf-8").replace('"Vista general"', '"Vista de todo"'), encoding="utf-8")
    french = (tmp_path / "en.po").read_text(encoding="utf-8").replace('msgstr "Overview"', 'msgstr "Vue d\'ensemble"')
    (tmp_path / "fr.po").write_text(french, encoding="utf-8")
    monkeypatch.setattr(interface, "CATALOGUES", tmp_path)
    interface._read.cache_clear()
    try:
        assert interface_words("es")["home"] == "Vista de todo"
        assert interface_words("en")["home"] == "Overview"
        assert translated("fr-CA") == "fr" and interface_words("fr")["home"] == "Vue d'ensemble"
        assert interface.languages() == ["en", "es", "fr"]
    finally:
        interface._read.cache_clear()


def test_a_regional_language_uses_its_base_catalogue_and_odd_codes_find_none() -> None:
    assert translated("es-MX") == "es"
    assert translated("ar") is None
    assert translated("../en") is None
    assert interface_words("zz") == {}


def test_a_pack_with_no_interface_words_validates_and_shows_the_apps(mini_copy: Path) -> None:
    strip_interface_words(mini_copy)
    assert "ui:" not in (mini_copy / "en" / "text.yaml").read_text(encoding="utf-8")
    pack, problems = check_pack(mini_copy)
    assert pack is not None, problems
    assert [p for p in problems if p.severity == "error"] == []
    assert pack.language("en").ui("home") == interface_words("en")["home"]
    assert pack.language("en").ui("reviewed", date="today") == "Content reviewed today"


def test_a_language_the_app_lacks_warns_once_naming_it_and_shows_the_default_language(mini_copy: Path) -> None:
    strip_interface_words(mini_copy)
    pack, problems = check_pack(mini_copy)
    assert pack is not None
    about_interface = [p for p in problems if "interface" in p.message]
    assert len(about_interface) == 1, about_interface
    warning = about_interface[0]
    assert warning.severity == "warning" and "'ar'" in warning.message
    assert warning.path.endswith("ar/text.yaml") and warning.line == 1
    assert pack.language("ar").ui("home") == interface_words("en")["home"]


def test_a_pack_may_override_an_interface_word_in_one_language_only(mini_copy: Path) -> None:
    strip_interface_words(mini_copy)
    (mini_copy / "pack.yaml").write_text((mini_copy / "pack.yaml").read_text(encoding="utf-8")
                                         .replace("languages: [en, ar]", "languages: [en, ar, es]"), encoding="utf-8")
    (mini_copy / "es").mkdir()
    (mini_copy / "es" / "text.yaml").write_text("language: {name: Español}\n", encoding="utf-8")
    english = mini_copy / "en" / "text.yaml"
    english.write_text(english.read_text(encoding="utf-8") + "ui:\n  home: Start here\n", encoding="utf-8")
    pack, problems = check_pack(mini_copy)
    assert pack is not None, problems
    assert pack.language("en").ui("home") == "Start here"
    # Spanish has the app's own words: the English pack's override does not leak into it.
    assert pack.language("es").ui("home") == "Vista general"
    # Arabic has none, so it shows the default language's interface, override included.
    assert pack.language("ar").ui("home") == "Start here"
    assert not [p for p in problems if "'es'" in p.message and "interface" in p.message]


def test_an_override_must_keep_the_apps_placeholders(mini_copy: Path) -> None:
    strip_interface_words(mini_copy)
    english = mini_copy / "en" / "text.yaml"
    english.write_text(english.read_text(encoding="utf-8") + "ui:\n  reviewed: Checked on {day}\n", encoding="utf-8")
    pack, problems = check_pack(mini_copy)
    assert pack is None
    assert [(Path(p.path).name, p.message) for p in problems if p.severity == "error"] == [
        ("text.yaml", "'ui.reviewed' must use the placeholders {date}")]


def test_an_unknown_interface_word_is_still_an_error(mini_copy: Path) -> None:
    english = mini_copy / "en" / "text.yaml"
    english.write_text(english.read_text(encoding="utf-8").replace("ui:\n", "ui:\n  homme: Home\n", 1), encoding="utf-8")
    with pytest.raises(ContentError, match=r"unknown text 'ui\.homme'"):
        load_pack(mini_copy)


def test_the_bundled_packs_carry_no_interface_words_but_the_map_name() -> None:
    for text in sorted((ROOT / "content").glob("*/*/text.yaml")):
        words = text.read_text(encoding="utf-8")
        section = words.split("\nui:\n", 1)[1].split("\n\n", 1)[0] if "\nui:\n" in words else ""
        assert [line.split(":")[0].strip() for line in section.splitlines()] in ([], ["diagram_name"]), text

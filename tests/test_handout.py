"""The printable handout and wallet cards, read back as a person's tools would read them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from handout_tools import decode_codes, pdf_fonts, pdf_info, pdf_pages_as_png, pdf_text, squeeze

from explainer.actioncode.qr import actions_text
from explainer.model import Pack

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "packs" / "mini"
PAGE_SIZES = {"letter": "612 x 792 pts (letter)", "a4": "595 x 842 pts (A4)"}


def handout(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "handout", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=120)


def make(tmp_path: Path, *args: str) -> Path:
    out = tmp_path / "out.pdf"
    result = handout("--content", str(MINI), *args, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return out


def assert_says(pdf: Path, texts: list[str]) -> None:
    said = squeeze(pdf_text(pdf))
    for text in texts:
        assert text and squeeze(text) in said, f"{text!r} is not in the PDF's text"


def assert_fonts_embedded(pdf: Path) -> None:
    fonts = pdf_fonts(pdf)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts
    assert any(row[0].endswith("NotoSans-Regular") for row in fonts)


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_handout_says_it_all_in_the_language_on_one_sheet(mini: Pack, tmp_path: Path, code: str, paper: str) -> None:
    pdf = make(tmp_path, "--lang", code, "--paper", paper)
    info = pdf_info(pdf)
    assert info["Pages"] == "2"  # front and back of one sheet
    assert info["Page size"] == PAGE_SIZES[paper]
    w = mini.language(code)
    texts = [w.get("title"), w.ui("not_legal_advice"), w.ui("offline_note"), w.ui("qr_caption")]
    for pathway in mini.pathways:
        texts += [w.get(f"pathways.{pathway}.title"), w.get(f"pathways.{pathway}.short")]
    for action in mini.actions:
        texts += [w.get(f"actions.{action}.title"), w.get(f"actions.{action}.text"), w.how(action)]
    texts += ["Example Center", "Example Report", "Example Paper"]
    assert_says(pdf, texts)
    assert_fonts_embedded(pdf)
    front, back = pdf_pages_as_png(pdf, tmp_path)
    expected = actions_text(mini, w, None)
    assert decode_codes(back, [expected]) == {expected: 1}
    assert not decode_codes(front, [expected])


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_card_has_the_pathways_then_each_step_with_its_how(mini: Pack, tmp_path: Path, code: str, paper: str) -> None:
    pdf = make(tmp_path, "--lang", code, "--paper", paper, "--card")
    assert pdf_info(pdf)["Pages"] == "1"
    w = mini.language(code)
    texts = [w.get("title"), w.ui("not_legal_advice"), w.ui("card_hint"), w.ui("now_heading")]
    texts += [w.get(f"pathways.{p}.title") for p in mini.pathways]
    texts += [w.get(f"actions.{a}.title") for a in mini.actions]
    texts += [w.how(step.id) for step in mini.steps_now(None)]
    assert_says(pdf, texts)
    assert_fonts_embedded(pdf)
    [page] = pdf_pages_as_png(pdf, tmp_path)
    expected = actions_text(mini, w, None)
    found = decode_codes(page, [expected])
    assert list(found) == [expected] and found[expected] >= 2


def test_a_two_language_card_has_one_language_a_strip_each_with_what_you_can_do(mini: Pack, tmp_path: Path) -> None:
    pdf = make(tmp_path, "--lang", "en", "--second-lang", "ar", "--card")
    en, ar = mini.language("en"), mini.language("ar")
    assert_says(pdf, [en.get("title"), ar.get("title"), ar.get("pathways.north.title"), en.get("pathways.north.title")])
    assert_says(pdf, [words.ui("now_heading") for words in (en, ar)])
    assert_says(pdf, [words.how(step.id) for words in (en, ar) for step in mini.steps_now(None)])
    [page] = pdf_pages_as_png(pdf, tmp_path)
    expected = [actions_text(mini, en, None), actions_text(mini, ar, None)]
    found = decode_codes(page, expected)
    assert set(found) == set(expected) and found[expected[0]] == found[expected[1]]


def test_a_second_language_adds_a_second_sheet(mini: Pack, tmp_path: Path) -> None:
    pdf = make(tmp_path, "--lang", "ar", "--second-lang", "en", "--paper", "A4")
    assert pdf_info(pdf)["Pages"] == "4"
    assert_says(pdf, [mini.language("ar").get("title"), mini.language("en").get("title")])


def test_the_shipped_pack_fits_one_sheet_in_each_language(bundled: Pack, tmp_path: Path) -> None:
    for code in bundled.languages:
        out = tmp_path / f"{code}.pdf"
        result = handout("--lang", code, "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert pdf_info(out)["Pages"] == "2"
        w = bundled.language(code)
        assert_says(out, [w.get(f"actions.{a}.title") for a in bundled.actions])
        assert_says(out, [w.ui("reviewed", date="").strip(), w.ui("not_legal_advice")])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--lang", "xx", "--out", "x.pdf"], "unknown language 'xx'"),
        (["--second-lang", "xx", "--out", "x.pdf"], "unknown language 'xx'"),
        (["--paper", "b5", "--out", "x.pdf"], "invalid choice: 'b5'"),
        (["--out", "x.png"], "the output must be a .pdf file"),
        (["--out", "/no/such/folder/x.pdf"], "folder /no/such/folder does not exist"),
        (["--out", "."], "the output must be a .pdf file"),
        (["--content", "/no/such/pack", "--out", "x.pdf"], "no content pack here"),
        ([], "the following arguments are required: --out"),
    ],
)
def test_bad_arguments_get_one_clear_line_and_a_non_zero_exit(args: list[str], expected: str, tmp_path: Path) -> None:
    result = handout("--content", str(MINI), *args, cwd=tmp_path) if "--content" not in args else handout(*args, cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("know-your-data: error: ") and expected in lines[0]
    assert list(tmp_path.iterdir()) == []


def test_a_folder_named_like_a_pdf_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "cards.pdf"
    folder.mkdir()
    result = handout("--content", str(MINI), "--out", str(folder))
    assert result.returncode != 0
    assert result.stderr.strip() == f"know-your-data: error: {folder}: is a folder, not a file"
    assert folder.is_dir() and list(folder.iterdir()) == []

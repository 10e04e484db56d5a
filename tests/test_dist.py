"""The standalone build (`make dist`), run as a facilitator's laptop would: a copy far from the checkout, a clean
environment (`env -i PATH=/usr/bin:/bin`), and in one test no Python on the machine at all.

Marked ``dist`` and left out of the default run (pyproject's addopts): building takes a minute and needs the
``dist`` extra. ``make test-dist`` builds, then runs these. Without a build they fail; they never skip.
"""

from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from generated_packs import write_pack
from xserver import WAIT_FOR_WINDOW, need_x_tools

pytestmark = [pytest.mark.e2e, pytest.mark.dist]

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "dist" / "know-your-data"
PROGRAM = "know-your-data.exe" if sys.platform == "win32" else "know-your-data"
CLEAN = ("env", "-i", "PATH=/usr/bin:/bin")
PACKS = Path("_internal") / "explainer" / "_data" / "content"


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built program, copied to a folder outside the repository."""
    if not (BUILD / PROGRAM).is_file():
        pytest.fail(f"no build at {BUILD}: run `make test-dist`, which builds it first")
    copy = tmp_path_factory.mktemp("elsewhere") / "know-your-data"
    assert ROOT not in copy.parents
    shutil.copytree(BUILD, copy, symlinks=True)
    return copy / PROGRAM


@pytest.fixture
def run(program: Path, tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the copied program in a clean environment, from a working folder of its own (not the program's)."""

    def _run(*args: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([*CLEAN, str(program), *args], cwd=tmp_path, capture_output=True, text=True,
                                timeout=120, check=False)
        assert result.returncode == expect, f"{args}: exit {result.returncode}\n{result.stdout}\n{result.stderr}"
        assert "Traceback" not in result.stderr
        # Qt's warning about a C locale would greet every kiosk start from a service (packaging/rthook_locale.py).
        assert "locale" not in result.stderr
        return result

    return _run


def test_validate_both_bundled_packs(run: Callable[..., subprocess.CompletedProcess[str]], program: Path) -> None:
    first = run("validate")
    assert "dmv-to-ice: 0 error(s)" in first.stderr and "languages: en, es" in first.stderr
    second = run("validate", str(program.parent / PACKS / "utilities-to-ice"))
    assert "utilities-to-ice: 0 error(s)" in second.stderr
    broken = program.parent.parent / "broken"
    shutil.copytree(program.parent / PACKS / "dmv-to-ice", broken)
    (broken / "pack.yaml").write_text("id: [unclosed\n")
    failed = run("validate", str(broken), expect=1)
    assert re.search(r"pack\.yaml:\d+:\d+: error", failed.stdout + failed.stderr)


def test_validate_reads_a_packs_own_fonts_with_fonttools(run: Callable[..., subprocess.CompletedProcess[str]],
                                                         program: Path, tmp_path: Path) -> None:
    """The bundled fonts' coverage is recorded (coverage.json); a pack's own font is parsed, so fontTools must work."""
    pack = tmp_path / "pack"
    shutil.copytree(program.parent / PACKS / "dmv-to-ice", pack)
    (pack / "fonts").mkdir()
    for name in ("NotoSans-Regular.ttf", "OFL.txt"):
        shutil.copy(program.parent / "_internal" / "explainer" / "_data" / "assets" / "fonts" / name, pack / "fonts")
    assert "0 error(s), 0 warning(s)" in run("validate", "pack").stderr
    (pack / "fonts" / "Broken.ttf").write_bytes(b"not a font")
    warned = run("validate", "pack")
    assert "Broken.ttf:1:1: warning: font not used: not a usable font file" in warned.stdout
    assert "NotoSans-Regular" not in warned.stdout


def test_render_draws_the_window_with_the_bundled_fonts_and_icons(
        run: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    run("render", "--lang", "es", "--select", "sale", "--out", "x.png")
    image = QImage(str(tmp_path / "x.png"))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 8) for y in range(0, image.height(), 8)}
    assert len(colours) > 100, "the picture looks blank: no text or icons drawn"


def test_a_pack_with_no_layout_is_laid_out_by_igraph_in_the_build(
        run: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path) -> None:
    write_pack(tmp_path / "unplaced", 3)  # no node gives a column or row: model/autolayout.py places them
    assert "0 error(s)" in run("validate", "unplaced").stderr
    run("render", "--content", "unplaced", "--out", "unplaced.png")
    assert (tmp_path / "unplaced.png").stat().st_size > 10_000


def test_handout_is_a_pdf_in_the_bundled_font(run: Callable[..., subprocess.CompletedProcess[str]],
                                              tmp_path: Path) -> None:
    run("handout", "--out", "x.pdf")
    run("handout", "--card", "--lang", "es", "--state", "WA", "--out", "card.pdf")
    for name in ("x.pdf", "card.pdf"):
        pdf = tmp_path / name
        assert pdf.read_bytes().startswith(b"%PDF")
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "NotoSans" in fonts


def test_pack_keygen_sign_verify_install_rollback_and_a_change_named(
        run: Callable[..., subprocess.CompletedProcess[str]], program: Path, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(program.parent / PACKS / "dmv-to-ice", pack)
    run("pack", "keygen", "--out", "org.key")
    run("pack", "sign", "pack", "--key", "org.key")
    verified = run("pack", "verify", "pack", "--trust", "org.key.pub")
    assert "signed by" in verified.stdout.lower() or "signer" in verified.stdout.lower(), verified.stdout
    store = tmp_path / "store"
    store.mkdir()
    run("pack", "install", "pack", "--store", "store", "--trust", "org.key.pub")
    run("pack", "install", "pack", "--store", "store", "--trust", "org.key.pub")
    assert "current again" in run("pack", "rollback", "--store", "store").stdout
    (pack / "en" / "about.md").write_text("altered\n")
    refused = run("pack", "verify", "pack", "--trust", "org.key.pub", expect=1)
    assert "en/about.md: differs" in refused.stderr


@pytest.mark.parametrize("command", [[], ["validate"], ["render"], ["handout"], ["pack"], ["pack", "keygen"],
                                     ["pack", "sign"], ["pack", "verify"], ["pack", "install"], ["pack", "rollback"]])
def test_every_command_answers_help(run: Callable[..., subprocess.CompletedProcess[str]], command: list[str]) -> None:
    assert "usage: know-your-data" in run(*command, "--help").stdout


def test_bad_usage_is_one_line_and_exit_2(run: Callable[..., subprocess.CompletedProcess[str]]) -> None:
    result = run("render", "--lang", "xx", "--out", "x.png", expect=2)
    assert len(result.stderr.strip().splitlines()) == 1 and "xx" in result.stderr


def _hidden_pythons() -> tuple[list[str], list[str]]:
    """Every Python on this machine, and the checkout itself (folders), and every python command (files)."""
    found = {sys.prefix, sys.base_prefix, str(ROOT), str(Path.home() / ".pyenv"), str(Path.home() / ".local"),
             *(str(p) for p in Path("/usr/lib").glob("python3*")),
             *(str(p) for p in Path("/usr/local/lib").glob("python3*")), *(str(p) for p in Path("/opt").glob("*"))}
    folders = sorted(Path(p) for p in found if Path(p).is_dir())
    outermost = [f for f in folders if not any(other in f.parents for other in folders)]
    places = {*os.environ.get("PATH", "").split(os.pathsep), "/usr/bin", "/usr/local/bin", "/bin"}
    commands = {p.resolve() for place in places if place for p in Path(place).glob("python*") if p.exists()}
    files = sorted(str(c) for c in commands if c.is_file() and not any(f in c.parents for f in outermost))
    return [str(f) for f in outermost], files


UNSHARE = ("unshare", "--user", "--map-root-user", "--mount", "--propagation", "private")
"""A private mount namespace, as root inside a user namespace of its own: no real root needed."""


def test_runs_where_no_python_is_installed(program: Path, tmp_path: Path) -> None:
    """Every Python folder (and the checkout) is an empty tmpfs and every python command /dev/null, in a mount
    namespace of the test's own; there the build validates, renders, makes a handout and a key all the same."""
    if shutil.which("unshare") is None or subprocess.run([*UNSHARE, "true"], capture_output=True).returncode:
        pytest.skip("hiding Python needs unshare and user namespaces (util-linux; a kernel that allows them)")
    folders, files = _hidden_pythons()
    hide = [f"mount -t tmpfs none '{folder}'" for folder in folders]
    hide += [f"mount --bind /dev/null '{file}'" for file in files]
    gone = "! python3 -c pass 2>/dev/null && ! env -i PATH=/usr/bin:/bin python3 -c pass 2>/dev/null"
    steps = [f"{' '.join(CLEAN)} '{program}' {args}" for args in
             ("validate", "render --out x.png", "handout --out x.pdf", "pack keygen --out k")]
    script = " && ".join([*hide, gone, f"cd '{tmp_path}'", *steps])
    result = subprocess.run([*UNSHARE, "sh", "-c", script], capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert all((tmp_path / name).stat().st_size > 1000 for name in ("x.png", "x.pdf"))
    assert (tmp_path / "k.pub").is_file()


OPEN_SCRIPT = """
env -i PATH=/usr/bin:/bin DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" HOME="$HOME" "$PROGRAM" $APP_ARGS &
app=$!
""" + WAIT_FOR_WINDOW + """sleep 1
import -window root "$SHOT"
if [ "$QUIT" = key ]; then
  xdotool windowfocus --sync "$wid" key --clearmodifiers ctrl+q
  wait "$app"
else  # a kiosk cannot be left from its keyboard: its service stops it
  kill -TERM "$app"
  wait "$app" || [ $? -eq 143 ]
fi
"""


@pytest.mark.parametrize(("args", "quit_by"), [("", "key"), ("--lang es --mode present", "key"),
                                               ("--mode kiosk", "term")])
def test_open_shows_a_painted_window_on_an_x_server(program: Path, tmp_path: Path, args: str, quit_by: str) -> None:
    need_x_tools(("xvfb-run", "xdotool", "import"))
    shot = tmp_path / "screen.png"
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PROGRAM": str(program), "APP_ARGS": args,
           "SHOT": str(shot), "HOME": str(home), "QUIT": quit_by}
    result = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", "sh", "-c", OPEN_SCRIPT], env=env,
                            cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)}
    assert len(colours) > 20, "the screen looks blank"
    assert not list(home.iterdir()), "the app wrote into HOME"


def test_every_library_the_build_needs_is_in_it_or_left_to_the_system_on_purpose(program: Path) -> None:
    """Catches the spec pruning a library that something left in the build still links (Linux: ELF files)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("reads ELF files; Windows and macOS builds are checked by running them")
    try:
        dylib = importlib.import_module("PyInstaller.depend.dylib")  # the `dist` extra, installed by `make dist`
    except ImportError:
        pytest.fail("PyInstaller is not installed: run `make test-dist`")
    folder = program.parent
    present = {p.name for p in folder.rglob("*")}
    missing: dict[str, str] = {}
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        dynamic = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=True).stdout
        for needed in re.findall(r"\(NEEDED\).*\[(.+)\]", dynamic):
            # PyInstaller leaves the C library, the dynamic loader, GL, X and Wayland to the host, by design.
            host = needed.startswith("ld-linux") or not dylib.include_library(needed)
            if needed not in present and not host:
                missing[needed] = str(path.relative_to(folder))
    assert not missing, f"libraries needed but not in the build: {missing}"

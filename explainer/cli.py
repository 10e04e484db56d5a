"""The command line: parse arguments, and turn every mistake into one clear line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from explainer.errors import CommandError as CommandError
from explainer.errors import UsageError as UsageError

if TYPE_CHECKING:
    from explainer.model.contact import Contact

PROG = "know-your-data"
COMMANDS = ("validate", "render", "handout", "pack", "pin-hash")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x800, not '{text}'") from None
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"size {text} is out of range (200 to 8000 pixels each way)")
    return width, height


def _scale(text: str) -> float:
    try:
        value = float(text.rstrip("%")) / (100 if text.endswith("%") else 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"text scale must be a number such as 1.5 or 150%, not '{text}'") from None
    if not 0.8 <= value <= 2.5:
        raise argparse.ArgumentTypeError("text scale must be between 0.8 and 2.5")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a time must be a number of seconds, such as 90, not '{text}'") from None
    if not 0.05 <= value <= 86_400:
        raise argparse.ArgumentTypeError(f"{text} seconds is out of range (0.05 to 86400)")
    return value


def _pack(text: str) -> Path:
    from explainer.paths import pack_folder

    return pack_folder(text)


def _packs_line() -> str:
    from explainer.paths import DEFAULT_PACK, bundled_packs

    return ", ".join(f"{name} (default)" if name == DEFAULT_PACK else name for name in bundled_packs())


def _content(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", type=_pack, metavar="DIR|PACK",
                        help=f"a content pack folder, or a bundled pack: {_packs_line()}")
    parser.add_argument("--lang", metavar="CODE", help="language code, such as en or es")


def open_parser() -> _Parser:
    parser = _Parser(prog=PROG, description="Show a know-your-data map: where people's data goes, who can reach it "
                     "and what can change that, from a content pack any organisation can write (content/README.md). "
                     "Bundled: dmv-to-ice, how DMV data reaches ICE (the default), and utilities-to-ice, how "
                     "utility account records reach ICE; --content picks one or names your own pack's folder. "
                     f"Other commands: {', '.join(COMMANDS)} (try '{PROG} validate --help').")
    _content(parser)
    parser.add_argument("--mode", choices=("explore", "present", "kiosk"), default="explore")
    parser.add_argument("--fullscreen", action="store_true", help="fill the screen")
    parser.add_argument("--screen", type=int, metavar="N", help="present mode: the screen for the audience (0, 1, ...)")
    parser.add_argument("--reduced-motion", action="store_true", help="no camera flights or moving packets")
    parser.add_argument("--state", metavar="CODE", help="start with a U.S. state chosen (two-letter code, such as WA)")
    parser.add_argument("--contact", type=Path, metavar="FILE",
                        help="a local group's name, phone, address and hours (YAML) for handouts and the kiosk")
    kiosk = parser.add_argument_group("kiosk mode (see docs/kiosk.md)")
    kiosk.add_argument("--idle-seconds", type=_seconds, default=os.environ.get("KYD_IDLE_SECONDS", "90"), metavar="S",
                       help="seconds without a touch before it asks 'Still there?' (default 90, or $KYD_IDLE_SECONDS)")
    kiosk.add_argument("--countdown-seconds", type=_seconds, default="20", metavar="S",
                       help="seconds it counts down before starting over (default 20)")
    kiosk.add_argument("--operator-config", type=Path, metavar="FILE",
                       help="TOML file with operator_pin_hash (default: $XDG_CONFIG_HOME/know-your-data/kiosk.toml)")
    return parser


def validate_parser() -> _Parser:
    parser = _Parser(prog=f"{PROG} validate", description="Check a content pack and list every problem.")
    parser.add_argument("dir", nargs="?", type=_pack, metavar="DIR|PACK",
                        help=f"a pack folder, or a bundled pack: {_packs_line()}")
    return parser


def render_parser() -> _Parser:
    parser = _Parser(prog=f"{PROG} render", description="Draw the window offscreen to a PNG.")
    _content(parser)
    parser.add_argument("--select", metavar="ID", help="a node, arrow or pathway to open")
    parser.add_argument("--state", metavar="CODE", help="a U.S. state's two-letter code, such as WA: its marks and facts")
    parser.add_argument("--won", action="append", default=[], metavar="DEMAND_ID",
                        help="draw the map as if this demand had won (repeatable)")
    parser.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH")
    parser.add_argument("--text-scale", type=_scale, default=1.0, metavar="X",
                        help="text size, 1.0 to 2.5 or 100%%-250%%")
    parser.add_argument("--second-lang", metavar="CODE", help="show this language beside the first in the panel")
    parser.add_argument("--view", choices=("diagram", "sources", "about"), default="diagram")
    parser.add_argument("--mode", choices=("explore", "present"), default="explore",
                        help="present: the audience screen of the guided tour (with --step)")
    parser.add_argument("--step", type=int, metavar="N", help="with --mode present: the tour step to draw (1 is the first)")
    parser.add_argument("--high-contrast", action="store_true")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.png")
    return parser


def handout_parser() -> _Parser:
    parser = _Parser(prog=f"{PROG} handout", description="Write a one-page handout, or a page of wallet cards, as a PDF.")
    _content(parser)
    parser.add_argument("--second-lang", metavar="CODE", help="a second language: a second page, or the other side of each card")
    parser.add_argument("--paper", type=str.lower, choices=("letter", "a4"), default="letter")
    parser.add_argument("--card", action="store_true", help="wallet-size cards to cut out and fold, instead of the handout")
    parser.add_argument("--state", metavar="CODE", help="the handout for a U.S. state (two-letter code, such as WA)")
    parser.add_argument("--contact", type=Path, metavar="FILE",
                        help="print a local group's name, phone, address and hours (a small YAML file)")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    return parser


def pin_parser() -> _Parser:
    return _Parser(prog=f"{PROG} pin-hash", description="Ask for a kiosk operator PIN (or read one line from a pipe) and "
                   "print the hash to put in kiosk.toml; the PIN itself is never stored (see docs/kiosk.md).")


def pack_parser() -> _Parser:
    from explainer.packsign.command import add_commands

    parser = _Parser(prog=f"{PROG} pack", description="Signed content packs: make keys, sign, verify; "
                     "install a pack on a kiosk and roll it back (see docs/kiosk.md).")
    add_commands(parser)
    return parser


def parse(argv: list[str]) -> tuple[str, argparse.Namespace]:
    """Return the command (``open``, ``validate``, ``render``, …) and its arguments."""
    if argv and argv[0] == "validate":
        return "validate", validate_parser().parse_args(argv[1:])
    if argv and argv[0] == "render":
        return "render", render_parser().parse_args(argv[1:])
    if argv and argv[0] == "handout":
        return "handout", handout_parser().parse_args(argv[1:])
    if argv and argv[0] == "pack":
        return "pack", pack_parser().parse_args(argv[1:])
    if argv and argv[0] == "pin-hash":
        return "pin-hash", pin_parser().parse_args(argv[1:])
    return "open", open_parser().parse_args(argv)


def state_code(text: str | None) -> str | None:
    """The state code in ``--state`` (any case), ``None`` if none was given; an unknown code is a one-line error."""
    if text is None:
        return None
    from explainer.model.us_states import codes_line, normal_code

    code = normal_code(text)
    if code is None:
        raise UsageError(f"unknown state '{text}'; use one of: {codes_line()}")
    return code


def contact(path: Path | None) -> Contact | None:
    """The local contact in ``path`` (``None`` without one); a bad file is a one-line error naming file:line:col."""
    if path is None:
        return None
    from explainer.model.contact import ContactError, read_contact

    try:
        return read_contact(path)
    except ContactError as exc:
        raise CommandError(str(exc)) from None


def fail(message: str, status: int = 2) -> NoReturn:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    raise SystemExit(status)

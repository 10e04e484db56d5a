"""The composition root: the command line, the QApplication and the wiring. Only it knows everything."""

from __future__ import annotations

import gc
import os
import signal
import sys
from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING

from explainer import cli
from explainer.model import ContentError, Pack, check_pack, load_pack
from explainer.model.problems import printable
from explainer.paths import bundled_content

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from explainer.modes.mode import Mode


def _load(content: Path | None) -> Pack:
    root = content or bundled_content()
    try:
        return load_pack(root)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise SystemExit(1) from None


def _language(pack: Pack, code: str | None) -> str:
    if code is None:
        return pack.default_language
    if code not in pack.words:
        listed = ", ".join(f"{c} ({pack.language(c).name})" for c in pack.languages)
        cli.fail(f"unknown language '{code}'; this pack has: {listed}")
    return code


def _validate(args: Namespace) -> int:
    root = args.dir or bundled_content()
    pack, problems = check_pack(root)
    if pack is not None:
        from explainer.coverage import missing_glyphs

        problems = [*problems, *missing_glyphs(root)]  # characters no bundled or pack font can draw
    for problem in problems:
        print(problem)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    summary = f"{printable(str(root))}: {errors} error(s), {warnings} warning(s)"  # a folder name can hold escapes
    if pack is not None:
        summary += f"; languages: {', '.join(pack.languages)}"
    print(summary, file=sys.stderr)
    return 1 if errors else 0


def application(argv: list[str], watch_input: bool = True) -> QApplication:
    """The QApplication, set up (see ``explainer.application``); imported here so that ``validate`` never loads Qt."""
    from explainer import pyside_imports

    pyside_imports.quicken(load=True)  # before Qt: its check of each module imported from here on, made cheap
    from explainer.application import application as set_up

    return set_up(argv, watch_input)


def _render(args: Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    pack = _load(args.content)
    language = _language(pack, args.lang)
    if args.second_lang is not None:
        _language(pack, args.second_lang)
    if args.select and not pack.has(args.select):
        cli.fail(f"unknown id '{args.select}' in {pack.root}")
    args.state = cli.state_code(args.state)
    if args.step is not None and args.mode != "present":
        cli.fail("--step goes with --mode present")
    if args.mode == "present":
        from explainer.modes.present.render_step import step_index

        step_index(pack, args.step)  # a step the tour lacks: one line, before any window
    out: Path = args.out
    if out.suffix.lower() != ".png":
        cli.fail(f"{out}: the output must be a .png file")
    if not out.parent.is_dir():
        cli.fail(f"{out}: folder {out.parent} does not exist")
    application([sys.argv[0]])
    from explainer import script_fonts

    script_fonts.prepare(pack, [language, *([args.second_lang] if args.second_lang else [])])
    from explainer.atomic import WriteError, write_atomic
    from explainer.render import png_bytes, render_window

    if args.mode == "present":
        from explainer.modes.present.render_step import render_step

        image = render_step(pack, language, args)
    else:
        image = render_window(pack, language, args)
    try:
        write_atomic(out, png_bytes(image))  # whole or not at all: a kill or a full disk keeps the old PNG
    except WriteError as exc:
        cli.fail(str(exc), 1)
    return 0


def _handout(args: Namespace) -> int:
    from explainer.handout import command

    command.check_arguments(args)
    args.state = cli.state_code(args.state)
    contact = cli.contact(args.contact)
    pack = _load(args.content)
    codes = [_language(pack, args.lang)]
    if args.second_lang is not None and args.second_lang != codes[0]:
        codes.append(_language(pack, args.second_lang))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application([sys.argv[0]])
    from explainer import script_fonts

    script_fonts.prepare(pack, codes)
    return command.write(pack, codes, args, contact)


def _open(args: Namespace) -> int:
    state = cli.state_code(args.state)
    contact = cli.contact(args.contact)
    if args.mode == "kiosk":
        from explainer.modes import kiosk

        kiosk.prepare_process(os.environ)
        contact = contact or kiosk.contact_from(args)  # --contact, else the kiosk settings' contact = "FILE"
        content = kiosk.content_or_setup_screen(args)  # a pack that fails its checks: a neutral screen, never another pack
        pack, language = content.pack, content.language
    else:
        # Python's cycle collector runs each time some hundred new objects are kept; a start keeps ~40,000 (the
        # pack, PySide's classes and enums), none of them garbage, and it ran ~35 times (~8 ms) before the first
        # frame. So it waits for that frame (below).
        gc.disable()
        pack = _load(args.content)
        language = _language(pack, args.lang)
    if args.screen is not None and args.mode != "present":
        cli.fail("--screen goes with --mode present")
    gc.disable()  # a kiosk's from here: not during its checks, as a failed one runs a setup screen of its own
    app = application(sys.argv[:1], watch_input=False)  # its key filters: once the window is made (below)
    from explainer import script_fonts

    script_fonts.prepare(pack, [language])  # the other languages' scripts: just after the first frame (below)
    from explainer.look.motion import desktop_prefers_reduced_motion
    from explainer.navigator import Navigator
    from explainer.window import MainWindow

    # --reduced-motion, or the desktop's own "no animations" (every mode: the navigator carries it).
    navigator = Navigator(pack, language, reduced_motion=bool(args.reduced_motion) or desktop_prefers_reduced_motion())
    navigator.set_state(state)  # a facilitator's choice for a workshop; never stored
    window = MainWindow(pack, navigator)
    window.contact = contact
    # Only the window is watched for its first paint, and the key filters come just after it: an application-wide
    # filter is a Python call for each of the ~1,600 events of the window's making and first showing.
    from explainer.application import watch_keys
    from explainer.first_frame import after_first_frame

    after_first_frame(window, lambda: watch_keys(app))  # no key can reach a window before it is shown
    script_fonts.load_after_first_frame(window, script_fonts.pack_texts(pack, pack.languages))
    from explainer import sd_notify, stop_signals

    stopper = stop_signals.install(app)  # SIGINT, SIGTERM: quit at once, in every mode
    after_first_frame(window, lambda: sd_notify.notify("READY=1"))  # under systemd (Type=notify): up and showing
    after_first_frame(window, gc.enable)
    mode: Mode | None = None  # lives until exec returns
    if args.mode == "present":
        from explainer.modes import present

        mode = present.start(app, window, navigator, pack, args)
    elif args.mode == "kiosk":
        mode = kiosk.start(window, navigator, content, kiosk.settings_from(args))
    elif args.fullscreen:
        window.showFullScreen()
    else:
        window.show()
    status = int(app.exec())
    del mode
    stopper.uninstall()
    return status


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    try:
        command, args = cli.parse(sys.argv[1:] if argv is None else argv)
        return _run(command, args)
    except cli.UsageError as exc:
        cli.fail(str(exc))
    except cli.CommandError as exc:
        cli.fail(str(exc), 1)


def _run(command: str, args: Namespace) -> int:
    if command in ("validate", "render", "handout"):
        # Ctrl-C ends a command at once, as it would a C program, not with a KeyboardInterrupt traceback from
        # wherever Python was (even mid-import); a file being written is cleaned up first (explainer/atomic.py).
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    if command == "validate":
        return _validate(args)
    if command == "render":
        return _render(args)
    if command == "handout":
        return _handout(args)
    if command == "pack":
        from explainer.packsign.command import run

        return run(args)
    if command == "pin-hash":
        from explainer.modes.kiosk import pin

        return pin.main()
    return _open(args)

"""The ``handout`` command's checks and its one-line errors."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from explainer.errors import CommandError, UsageError
from explainer.handout import card, page
from explainer.handout.build import write_handout
from explainer.handout.document import WriteError
from explainer.model.contact import Contact
from explainer.model.loader import PACK_FILE
from explainer.model.pack import Pack


def check_arguments(args: Namespace) -> None:
    """Raise ``UsageError``, before any work, on an output that cannot be a PDF or a pack that is not there."""
    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        raise UsageError(f"{out}: the output must be a .pdf file")
    if out.is_dir():
        raise UsageError(f"{out}: is a folder, not a file")
    if not (out.parent if str(out.parent) else Path(".")).is_dir():
        raise UsageError(f"{out}: folder {out.parent} does not exist")
    content: Path | None = args.content
    if content is not None and not (content / PACK_FILE).is_file():
        raise UsageError(f"{content}: no content pack here (no {PACK_FILE})")


def write(pack: Pack, codes: list[str], args: Namespace, contact: Contact | None = None) -> int:
    """Write the handout or cards the arguments ask for; a failure (words that do not fit, a file that cannot
    be written) raises ``CommandError`` and writes nothing."""
    try:
        write_handout(pack, codes, args.out, args.paper, args.card, getattr(args, "state", None), contact)
    except (WriteError, page.DoesNotFit, card.DoesNotFit) as exc:
        raise CommandError(str(exc)) from None
    return 0

"""For About: which key signed a pack, or that it is not signed. Explore and present show it and never refuse.

Outside kiosk mode there is no list of trusted keys, so the line names the
signing key and says it was not checked here; a kiosk checks (see ``seal``).
"""

from __future__ import annotations

import os
from pathlib import Path

from explainer.packsign import keys
from explainer.packsign.safe_read import open_root, read_small
from explainer.packsign.seal import SIGNATURE

# Interface words (``Words.ui``): the app's own, translated in explainer/i18n.
NOT_SIGNED = "about_not_signed"
SIGNED_WITH = "about_signed"
UNREADABLE = "about_signature_damaged"


def describe(root: Path) -> tuple[str, dict[str, str]]:
    """The interface word to show and its values: ``SIGNED_WITH`` a key id, ``NOT_SIGNED`` or ``UNREADABLE``."""
    try:
        fd = open_root(root)
    except OSError:
        return NOT_SIGNED, {}
    try:
        data = read_small(Path(SIGNATURE), keys.SIGNATURE_LIMIT, dir_fd=fd, follow=False)
    except FileNotFoundError:
        return NOT_SIGNED, {}
    except OSError:
        return UNREADABLE, {}
    finally:
        os.close(fd)
    try:
        signature = keys.parse_signature(root / SIGNATURE, data)
    except keys.KeyFileError:
        return UNREADABLE, {}
    return SIGNED_WITH, {"key_id": keys.key_id_text(signature.key_id)}

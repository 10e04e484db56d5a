"""One line for About: who signed a pack, or that it is not signed. Explore and present show it and never refuse.

Outside kiosk mode there is no list of trusted keys, so the line names the
signing key and says it was not checked here; a kiosk checks (see ``seal``).
"""

from __future__ import annotations

import os
from pathlib import Path

from explainer.packsign import keys
from explainer.packsign.safe_read import open_root, read_small
from explainer.packsign.seal import SIGNATURE

# English until the app has its own interface translations (docs/kiosk.md explains signing).
NOT_SIGNED = "Not signed"
SIGNED_WITH = "Signed with key {key_id} (not checked here)"
UNREADABLE = "Signature file damaged"


def describe(root: Path) -> str:
    """``SIGNED_WITH`` the key id from the pack's signature file, ``NOT_SIGNED``, or ``UNREADABLE``."""
    try:
        fd = open_root(root)
    except OSError:
        return NOT_SIGNED
    try:
        data = read_small(Path(SIGNATURE), keys.SIGNATURE_LIMIT, dir_fd=fd, follow=False)
    except FileNotFoundError:
        return NOT_SIGNED
    except OSError:
        return UNREADABLE
    finally:
        os.close(fd)
    try:
        signature = keys.parse_signature(root / SIGNATURE, data)
    except keys.KeyFileError:
        return UNREADABLE
    return SIGNED_WITH.format(key_id=keys.key_id_text(signature.key_id))

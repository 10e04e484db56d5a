"""Signed content packs: Ed25519 keys, a signed list of every file in a pack, and a kiosk's content store.

Qt-free. The signature is a ``manifest.sha256`` (one ``sha256sum`` line per file)
signed in minisign's format (``manifest.sha256.minisig``), so an operator can
also check a pack with standard tools::

    minisign -Vm PACK/manifest.sha256 -p KEY.pub && (cd PACK && sha256sum -c manifest.sha256)

The app's own check (:func:`verify_pack`) goes further: a file in the folder
that the manifest does not list is an error too.
"""

from __future__ import annotations

from explainer.packsign.keys import PublicKey, SecretKey, generate, load_public, load_secret
from explainer.packsign.seal import MANIFEST, SIGNATURE, Verdict, sign_pack, verify_pack

__all__ = ["MANIFEST", "SIGNATURE", "PublicKey", "SecretKey", "Verdict", "generate", "load_public", "load_secret",
           "sign_pack", "verify_pack"]

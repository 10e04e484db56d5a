"""``know-your-data pack keygen|sign|verify|install|rollback``: the operator's commands for signed packs."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from explainer.packsign import keys, seal, store
from explainer.packsign.keys import KeyFileError, PublicKey, printable

PROG = "know-your-data pack"


def add_commands(parser: argparse.ArgumentParser) -> None:
    """The ``pack`` subcommands, on a parser made by ``cli`` (so bad usage is one line and exit 2)."""
    commands = parser.add_subparsers(dest="pack_command", required=True, metavar="COMMAND")
    keygen = commands.add_parser("keygen", help="make an Ed25519 key pair (KEYFILE secret, KEYFILE.pub public)")
    keygen.add_argument("--out", type=Path, required=True, metavar="KEYFILE")
    sign = commands.add_parser("sign", help="sign every file of a pack folder")
    sign.add_argument("dir", type=Path, metavar="DIR")
    sign.add_argument("--key", type=Path, required=True, metavar="KEYFILE")
    verify = commands.add_parser("verify", help="check a pack's signature and every file against trusted keys")
    verify.add_argument("dir", type=Path, metavar="DIR")
    verify.add_argument("--trust", type=Path, nargs="+", required=True, metavar="PUBKEY")
    install = commands.add_parser("install", help="verify a pack and make it the kiosk's current content")
    install.add_argument("src", type=Path, metavar="SRC")
    rollback = commands.add_parser("rollback", help="go back to the kiosk's previous content")
    for sub in (install, rollback):
        sub.add_argument("--store", type=Path, metavar="DIR", help="the content store (default: content_store in the "
                         "kiosk settings)")
        sub.add_argument("--operator-config", type=Path, metavar="FILE", help="the kiosk settings file")
    install.add_argument("--trust", type=Path, nargs="+", metavar="PUBKEY",
                         help="trusted public keys (default: trusted_keys in the kiosk settings)")


class _FailedError(Exception):
    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def _trusted(paths: list[Path]) -> list[PublicKey]:
    try:
        return [keys.load_public(p) for p in paths]
    except KeyFileError as exc:
        raise _FailedError(str(exc), 2) from None


def _settings(args: argparse.Namespace) -> tuple[Path, list[PublicKey]]:
    """The store and the trusted keys: from the command line, else from the kiosk's settings file."""
    from explainer.modes.kiosk.config import read_config

    try:
        config = read_config(args.operator_config, os.environ)
    except ValueError as exc:
        if args.store is None or getattr(args, "trust", None) is None:
            raise _FailedError(str(exc), 2) from None
        config = None
    found = args.store or (config.store if config else None)
    if found is None:
        raise _FailedError("no content store: give --store DIR, or content_store in the kiosk settings", 2)
    trust = getattr(args, "trust", None)
    return found, _trusted(trust) if trust else (config.trusted_keys if config else [])


def _run(args: argparse.Namespace) -> int:
    command = args.pack_command
    if command == "keygen":
        public = keys.write_key_pair(args.out, keys.generate())
        print(f"secret key: {args.out} (keep it offline; anyone with it can sign packs)\npublic key: {public}")
        return 0
    if command == "sign":
        secret = keys.load_secret(args.key)
        try:
            signature = seal.sign_pack(args.dir, secret)
        except OSError as exc:
            raise _FailedError(f"{args.dir}: cannot write the signature ({exc.strerror or exc})", 1) from None
        print(f"{signature}: signed with key {keys.key_id_text(secret.key_id)}")
        return 0
    if command == "verify":
        verdict = seal.verify_pack(args.dir, _trusted(args.trust))
        if not verdict.ok:
            more = f" (and {len(verdict.problems) - 1} more)" if len(verdict.problems) > 1 else ""
            raise _FailedError(verdict.first + more, 1)
        print(f"{printable(str(args.dir))}: signed by {verdict.signer}; every file matches")
        return 0
    where, trusted = _settings(args)
    if command == "install":
        version, verdict = store.install(args.src, where, trusted)
        print(f"{version}: installed, signed by {verdict.signer}; the kiosk shows it from its next start over")
        return 0
    name = store.rollback(where)
    print(f"{where / name}: current again; the kiosk shows it from its next start over")
    return 0


def run(args: argparse.Namespace) -> int:
    """Run one ``pack`` command; every failure is one line on stderr (1: the pack or store; 2: usage or a key)."""
    try:
        return _run(args)
    except _FailedError as exc:
        message, status = str(exc), exc.status
    except KeyFileError as exc:
        message, status = str(exc), 2
    except (seal.SignError, store.StoreError) as exc:
        message, status = str(exc), 1
    except OSError as exc:
        message, status = f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "), 1
    print(f"{PROG}: error: {printable(message)}", file=sys.stderr)
    return status

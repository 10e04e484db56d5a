"""Sign a pack folder (a manifest of every file, signed) and verify one against trusted keys.

The manifest is ``sha256sum`` output for every regular file in the folder, in
name order; the signature covers the manifest. Verification checks the
signature first (nothing in an unsigned manifest is believed), then that the
folder holds exactly the files listed, each with its listed SHA-256.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from explainer.packsign import keys
from explainer.packsign.keys import KeyFileError, PublicKey, SecretKey, printable
from explainer.packsign.safe_read import TooBigError, bad_name, open_root, read_small, walk

MANIFEST = "manifest.sha256"
SIGNATURE = MANIFEST + ".minisig"
MANIFEST_LIMIT = 2 * 1024 * 1024
_LINE = re.compile(r"([0-9a-f]{64})  (\S(?:.*\S)?)")


class SignError(ValueError):
    """The pack cannot be signed; the message names the file and why."""


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking a pack: who signed it, or the first thing wrong (and the rest)."""

    signer: str | None
    problems: list[str] = field(default_factory=list)
    signed: bool = False

    @property
    def ok(self) -> bool:
        return self.signer is not None and not self.problems

    @property
    def first(self) -> str:
        return self.problems[0] if self.problems else ""


def _listing(root: Path) -> dict[str, str]:
    """Name → SHA-256 of every file in the folder (but the signature's own two); ``SignError`` for anything else."""
    fd = open_root(root)
    files: dict[str, str] = {}
    try:
        for entry in walk(fd, frozenset({MANIFEST, SIGNATURE})):
            if entry.problem is not None:
                raise SignError(f"{root / printable(entry.name)}: {entry.problem}")
            if entry.sha256 is not None:
                files[entry.name] = entry.sha256
    except TooBigError as exc:
        raise SignError(f"{root}: {exc}") from None
    finally:
        os.close(fd)
    return files


def manifest_text(files: dict[str, str]) -> str:
    return "".join(f"{digest}  {name}\n" for name, digest in sorted(files.items()))


def sign_pack(root: Path, key: SecretKey, now: float | None = None) -> Path:
    """Write ``manifest.sha256`` and its signature into ``root``; return the signature's path."""
    try:
        files = _listing(root)
    except OSError as exc:
        raise SignError(f"{root}: cannot read it ({exc.strerror or exc})") from None
    if not files:
        raise SignError(f"{root}: an empty folder is not a pack")
    manifest = manifest_text(files).encode("utf-8")
    comment = f"timestamp:{int(time.time() if now is None else now)}\tfile:{MANIFEST}\thashed"
    _write(root / MANIFEST, manifest)
    _write(root / SIGNATURE, keys.make_signature(key, manifest, comment).encode("utf-8"))
    return root / SIGNATURE


def _write(path: Path, data: bytes) -> None:
    """Replace one of the two signature files, never through a link a pack put there (it could point anywhere)."""
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise SignError(f"{path}: not a regular file; remove it and sign again")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _parse_manifest(where: Path, data: bytes) -> dict[str, str]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyFileError(f"{where}: not UTF-8 text") from None
    files: dict[str, str] = {}
    for number, line in enumerate(text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"), start=1):
        match = _LINE.fullmatch(line)
        name = match.group(2) if match else ""
        parts = name.split("/")
        if (match is None or name in files or name in (MANIFEST, SIGNATURE)
                or any(p in ("", ".", "..") or bad_name(p) for p in parts)):
            raise KeyFileError(f"{where}:{number}: not a line of a pack manifest")
        files[name] = match.group(1)
    return files


def _compare(root: Path, listed: dict[str, str]) -> list[str]:
    """Every way the folder differs from the manifest, in name order."""
    folders = {name.rsplit("/", 1)[0] for name in listed if "/" in name}
    folders |= {f.rsplit("/", i)[0] for f in list(folders) for i in range(1, f.count("/") + 1)}
    found: dict[str, str | None] = {}
    odd: dict[str, str] = {}
    fd = open_root(root)
    try:
        for entry in walk(fd, frozenset({MANIFEST, SIGNATURE})):
            if entry.is_dir:
                if entry.name not in folders:
                    odd[entry.name] = "an extra folder, not covered by the signature"
            elif entry.problem is not None:
                odd[entry.name] = entry.problem
            else:
                found[entry.name] = entry.sha256
    except TooBigError as exc:
        return [f"{root}: {exc}"]
    finally:
        os.close(fd)
    problems: list[str] = []
    for name in sorted(set(listed) | set(found) | set(odd)):
        shown = root / printable(name)
        if name in odd and name not in folders:
            problems.append(f"{shown}: {odd[name]}")
        elif name in listed and name not in found:
            problems.append(f"{shown}: missing (the signature lists it)")
        elif name in found and name not in listed:
            problems.append(f"{shown}: an extra file, not covered by the signature")
        elif name in listed and found[name] != listed[name]:
            problems.append(f"{shown}: differs from the signed file")
    return problems


def verify_pack(root: Path, trusted: Sequence[PublicKey]) -> Verdict:
    """Check ``root`` against ``trusted`` keys: the signer's name, or every problem (the first is the one to show)."""
    try:
        fd = open_root(root)
    except OSError as exc:
        return Verdict(None, [f"{root}: cannot open the folder ({exc.strerror or exc})"])
    try:
        try:
            raw_signature = read_small(Path(SIGNATURE), keys.SIGNATURE_LIMIT, dir_fd=fd, follow=False)
        except FileNotFoundError:
            return Verdict(None, [f"{root}: not signed (there is no {SIGNATURE})"])
        except OSError as exc:
            return Verdict(None, [f"{root / SIGNATURE}: cannot read it ({exc.strerror or exc})"])
        try:
            signature = keys.parse_signature(root / SIGNATURE, raw_signature)
            manifest = read_small(Path(MANIFEST), MANIFEST_LIMIT, dir_fd=fd, follow=False)
        except KeyFileError as exc:
            return Verdict(None, [str(exc)], signed=True)
        except OSError as exc:
            return Verdict(None, [f"{root / MANIFEST}: cannot read it ({exc.strerror or exc})"], signed=True)
    finally:
        os.close(fd)
    key = next((k for k in trusted if k.key_id == signature.key_id), None)
    if key is None:
        return Verdict(None, [f"{root / SIGNATURE}: signed by key {keys.key_id_text(signature.key_id)}, "
                              "which is not a trusted key"], signed=True)
    if not keys.check_signature(signature, key, manifest):
        return Verdict(None, [f"{root / MANIFEST}: does not match its signature (altered after signing)"], signed=True)
    try:
        listed = _parse_manifest(root / MANIFEST, manifest)
    except KeyFileError as exc:
        return Verdict(None, [str(exc)], signed=True)
    problems = _compare(root, listed)
    return Verdict(None if problems else key.signer, problems, signed=True)

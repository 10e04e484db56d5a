"""Ed25519 key pairs and signatures in minisign's file formats, so the ``minisign`` tool can check what we sign.

Formats (from minisign's documentation and source):

- public key: ``untrusted comment: …`` then base64 of ``"Ed" + key id (8 bytes) + public key (32)``;
- secret key: ``untrusted comment: …`` then base64 of ``"Ed" + kdf "\\0\\0" (not encrypted) + "B2" + salt (32) +
  opslimit (8) + memlimit (8) + key id (8) + secret key (64: seed then public key) + BLAKE2b-256 checksum (32)``;
- signature: ``untrusted comment: …``, base64 of ``"ED" + key id + Ed25519(BLAKE2b-512(file))``,
  ``trusted comment: …``, base64 of ``Ed25519(signature + trusted comment)``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path

from explainer.packsign.safe_read import read_small

# The crypto library is imported where it is used (~35 ms), so a kiosk without trusted keys never loads it.

KEY_FILE_LIMIT = 4096
SIGNATURE_LIMIT = 16 * 1024
COMMENT = "untrusted comment: "
TRUSTED = "trusted comment: "
_PUBLIC_PREFIX = "minisign public key "


class KeyFileError(ValueError):
    """A key or signature file that cannot be used; the message names the file and why."""


def key_id_text(key_id: bytes) -> str:
    """A key id as minisign prints it: the 8 bytes read as a little-endian number, in hex."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


def printable(text: str) -> str:
    """``text`` with control characters escaped, so a file cannot drive the operator's terminal."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


@dataclass(frozen=True)
class PublicKey:
    """A trusted signer: its key id, its Ed25519 key and the name its file gives it."""

    key_id: bytes
    raw: bytes
    label: str

    @property
    def signer(self) -> str:
        return printable(self.label) if self.label else f"key {key_id_text(self.key_id)}"

    def text(self) -> str:
        comment = f"{_PUBLIC_PREFIX}{key_id_text(self.key_id)}"
        return f"{COMMENT}{comment}\n{base64.b64encode(b'Ed' + self.key_id + self.raw).decode()}\n"

    def verify(self, signature: bytes, message: bytes) -> bool:
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        try:
            Ed25519PublicKey.from_public_bytes(self.raw).verify(signature, message)
        except InvalidSignature:
            return False
        return True


@dataclass(frozen=True)
class SecretKey:
    """A signer's secret: the key id and the 32-byte Ed25519 seed."""

    key_id: bytes
    seed: bytes

    @property
    def public(self) -> PublicKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        raw = Ed25519PrivateKey.from_private_bytes(self.seed).public_key().public_bytes_raw()
        return PublicKey(self.key_id, raw, "")

    def sign(self, message: bytes) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self.seed).sign(message)

    def text(self) -> str:
        body = b"Ed" + b"\0\0" + b"B2" + bytes(32 + 8 + 8) + self._keynum()
        return f"{COMMENT}minisign secret key (not encrypted: keep this file offline)\n{base64.b64encode(body).decode()}\n"

    def _keynum(self) -> bytes:
        secret = self.seed + self.public.raw
        check = hashlib.blake2b(b"Ed" + self.key_id + secret, digest_size=32).digest()
        return self.key_id + secret + check


def generate() -> SecretKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return SecretKey(secrets.token_bytes(8), Ed25519PrivateKey.generate().private_bytes_raw())


def _lines(path: Path, limit: int) -> list[str]:
    try:
        data = read_small(path, limit)
    except OSError as exc:
        raise KeyFileError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    try:
        return data.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise KeyFileError(f"{path}: not a key file (not UTF-8 text)") from None


def _b64(path: Path, line: str, size: int, what: str) -> bytes:
    try:
        data = base64.b64decode(line.strip(), validate=True)
    except (binascii.Error, ValueError):
        data = b""
    if len(data) != size:
        raise KeyFileError(f"{path}: not a minisign {what} (bad base64 line)")
    return data


def parse_public(line: str, label: str = "", where: Path = Path("key")) -> PublicKey:
    data = _b64(where, line, 42, "public key")
    if data[:2] != b"Ed":
        raise KeyFileError(f"{where}: not an Ed25519 minisign public key")
    return PublicKey(data[2:10], data[10:], label)


def load_public(path: Path) -> PublicKey:
    """A public key file as ``keygen`` or ``minisign -G`` writes it; its comment names the signer."""
    lines = _lines(path, KEY_FILE_LIMIT)
    if len(lines) < 2 or not lines[0].startswith(COMMENT):
        raise KeyFileError(f"{path}: not a minisign public key (it starts with '{COMMENT}')")
    key = parse_public(lines[1], "", path)
    label = lines[0][len(COMMENT):].strip()
    if label.startswith(_PUBLIC_PREFIX):
        label = label[len(_PUBLIC_PREFIX):].strip()
        if label.upper() == key_id_text(key.key_id):
            label = ""
    return PublicKey(key.key_id, key.raw, label[:120])


def load_secret(path: Path) -> SecretKey:
    """A secret key written by ``keygen`` (or ``minisign -G -W``, which also leaves it unencrypted)."""
    lines = _lines(path, KEY_FILE_LIMIT)
    if len(lines) < 2 or not lines[0].startswith(COMMENT):
        raise KeyFileError(f"{path}: not a minisign secret key")
    data = _b64(path, lines[1], 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32, "secret key")
    if data[:2] != b"Ed" or data[4:6] != b"B2":
        raise KeyFileError(f"{path}: not an Ed25519 minisign secret key")
    if data[2:4] != b"\0\0":
        raise KeyFileError(f"{path}: the key is encrypted with a password; sign with minisign itself, "
                        "or make an unencrypted key with 'pack keygen'")
    key_id, secret, check = data[54:62], data[62:126], data[126:]
    key = SecretKey(key_id, secret[:32])
    if hashlib.blake2b(b"Ed" + key_id + secret, digest_size=32).digest() != check or key.public.raw != secret[32:]:
        raise KeyFileError(f"{path}: the secret key is damaged (its checksum does not match)")
    return key


def write_key_pair(out: Path, key: SecretKey) -> Path:
    """Write the secret key to ``out`` (mode 0600, never over an existing file) and the public key beside it."""
    public_path = out.with_name(out.name + ".pub")
    for path in (out, public_path):
        if path.exists() or path.is_symlink():
            raise KeyFileError(f"{path}: already exists; a key is never overwritten")
    # O_EXCL and the mode at creation: the secret is never readable by others, not even for a moment.
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, stat.S_IRUSR | stat.S_IWUSR)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key.text())
    public_path.write_text(key.public.text(), encoding="ascii")
    return public_path


@dataclass(frozen=True)
class Signature:
    """A parsed ``.minisig`` file."""

    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    prehashed: bool


def make_signature(key: SecretKey, message: bytes, trusted_comment: str) -> str:
    signature = key.sign(hashlib.blake2b(message, digest_size=64).digest())
    global_signature = key.sign(signature + trusted_comment.encode("utf-8"))
    return (f"{COMMENT}signature from know-your-data pack sign, key {key_id_text(key.key_id)}\n"
            f"{base64.b64encode(b'ED' + key.key_id + signature).decode()}\n"
            f"{TRUSTED}{trusted_comment}\n{base64.b64encode(global_signature).decode()}\n")


def parse_signature(path: Path, data: bytes) -> Signature:
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        lines = []
    if len(lines) < 4 or not lines[0].startswith(COMMENT) or not lines[2].startswith(TRUSTED):
        raise KeyFileError(f"{path}: not a minisign signature")
    head = _b64(path, lines[1], 74, "signature")
    if head[:2] not in (b"ED", b"Ed"):
        raise KeyFileError(f"{path}: not an Ed25519 minisign signature")
    return Signature(head[2:10], head[10:], lines[2][len(TRUSTED):], _b64(path, lines[3], 64, "signature"),
                     head[:2] == b"ED")


def check_signature(sig: Signature, key: PublicKey, message: bytes) -> bool:
    """Both of minisign's checks: the signature of the file, and the one binding the trusted comment to it."""
    signed = hashlib.blake2b(message, digest_size=64).digest() if sig.prehashed else message
    return (key.verify(sig.signature, signed)
            and key.verify(sig.global_signature, sig.signature + sig.trusted_comment.encode("utf-8")))

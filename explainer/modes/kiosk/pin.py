"""The operator PIN, kept only as a salted PBKDF2 hash, and the command that makes one.

Run ``know-your-data pin-hash`` (or ``python -m explainer.modes.kiosk.pin``), type a PIN of 4 to 20 digits twice,
and put the line it prints in ``kiosk.toml`` or in ``KYD_OPERATOR_PIN_HASH``
(see docs/kiosk.md). The app never holds a PIN of its own.
"""

from __future__ import annotations

import getpass
import hashlib
import hmac
import secrets
import sys
from dataclasses import dataclass

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
MIN_DIGITS = 4
MAX_DIGITS = 20
RECOMMENDED_DIGITS = 14
"""Digits that keep a PIN safe even from someone who copies the hash and tries every PIN offline (docs/kiosk.md)."""


def check_pin(pin: str) -> str | None:
    """Why ``pin`` cannot be an operator PIN, or ``None`` if it can."""
    if not (pin.isascii() and pin.isdigit()):
        return "the PIN must be digits only (the keypad has 0-9)"
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        return f"the PIN must have {MIN_DIGITS} to {MAX_DIGITS} digits"
    return None


def _derive(pin: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)


@dataclass(frozen=True)
class PinHash:
    """A stored PIN: ``pbkdf2_sha256$iterations$salt-hex$hash-hex``."""

    iterations: int
    salt: bytes
    digest: bytes

    @classmethod
    def parse(cls, text: str) -> PinHash:
        """Read a stored hash; ``ValueError`` says what is wrong with it."""
        parts = text.strip().split("$")
        if len(parts) != 4 or parts[0] != ALGORITHM:
            raise ValueError(f"an operator PIN hash looks like {ALGORITHM}$ITERATIONS$SALT$HASH")
        try:
            iterations, salt, digest = int(parts[1]), bytes.fromhex(parts[2]), bytes.fromhex(parts[3])
        except ValueError:
            raise ValueError("the operator PIN hash has a part that is not a number or hexadecimal") from None
        if iterations < 1 or len(salt) < 8 or len(digest) != hashlib.sha256().digest_size:
            raise ValueError("the operator PIN hash is cut short; make a new one")
        return cls(iterations, salt, digest)

    def matches(self, pin: str) -> bool:
        if check_pin(pin) is not None:
            return False
        return hmac.compare_digest(_derive(pin, self.salt, self.iterations), self.digest)


def make_hash(pin: str, iterations: int = ITERATIONS) -> str:
    """The stored form of ``pin``, with a fresh random salt."""
    problem = check_pin(pin)
    if problem is not None:
        raise ValueError(problem)
    salt = secrets.token_bytes(16)
    return f"{ALGORITHM}${iterations}${salt.hex()}${_derive(pin, salt, iterations).hex()}"


def _read_pin() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    first = getpass.getpass(f"New operator PIN ({MIN_DIGITS} to {MAX_DIGITS} digits, {RECOMMENDED_DIGITS} or more "
                            "recommended): ")
    if getpass.getpass("The same PIN again: ") != first:
        raise ValueError("the two PINs differ")
    return first


def main() -> int:
    """Ask for a PIN (or read one line from a pipe) and print its hash."""
    try:
        pin = _read_pin()
        print(make_hash(pin))
        if len(pin) < RECOMMENDED_DIGITS:
            print(f"know-your-data: note: a PIN of {len(pin)} digits is slow to guess at the keypad, but someone who "
                  f"copies the settings file can try them all offline; {RECOMMENDED_DIGITS} digits or more resist that "
                  "(see docs/kiosk.md)", file=sys.stderr)
    except ValueError as exc:
        print(f"know-your-data: error: {exc}", file=sys.stderr)
        return 1
    except (EOFError, KeyboardInterrupt):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

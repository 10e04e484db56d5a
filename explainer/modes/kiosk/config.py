"""The kiosk's settings file (TOML, only ever read): the operator PIN hash, trusted pack keys, the content store.

Where the file is: ``--operator-config FILE``, else ``$XDG_CONFIG_HOME/know-your-data/kiosk.toml``.
The PIN hash may instead come from ``KYD_OPERATOR_PIN_HASH`` (the given file still wins).
A file that holds the PIN hash is refused if its group or others can read it. Qt-free.
"""

from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from explainer.modes.kiosk.pin import PinHash
from explainer.packsign.keys import KeyFileError, PublicKey, load_public

ENV_PIN = "KYD_OPERATOR_PIN_HASH"
KEY = "operator_pin_hash"
TRUSTED_KEYS = "trusted_keys"
STORE = "content_store"
CONTACT = "contact"
SETTINGS = (KEY, TRUSTED_KEYS, STORE, CONTACT)
CONFIG_LIMIT = 64 * 1024


@dataclass(frozen=True)
class KioskConfig:
    """What the settings file says; empty when there is none."""

    pin: PinHash | None = None
    trusted_keys: list[PublicKey] = field(default_factory=list)
    store: Path | None = None
    source: Path | None = None
    contact: Path | None = None
    """A local group's contact file (``contact = "FILE"``), relative to the settings file's folder."""


def default_config_file(environ: Mapping[str, str]) -> Path:
    base = environ.get("XDG_CONFIG_HOME") or os.path.join(environ.get("HOME", "~"), ".config")
    return Path(base).expanduser() / "know-your-data" / "kiosk.toml"


def _read(path: Path) -> tuple[dict[str, object], int]:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ValueError(f"{path}: not a regular file")
            raw = handle.read(CONFIG_LIMIT + 1)
    except OSError as exc:
        raise ValueError(f"{path}: cannot read it ({exc.strerror})") from None
    if len(raw) > CONFIG_LIMIT:
        raise ValueError(f"{path}: larger than {CONFIG_LIMIT // 1024} KiB; this is not a settings file")
    try:
        return tomllib.loads(raw.decode("utf-8")), info.st_mode
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{path}: not valid TOML ({exc})") from None


def _pin(path: Path, value: object, mode: int) -> PinHash | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{path}: '{KEY}' must be a string in quotes")
    if mode & (stat.S_IRGRP | stat.S_IROTH):
        # Anyone who can read the hash can try every PIN offline, at their own speed.
        raise ValueError(f"{path}: holds the PIN hash but others can read it (mode {stat.S_IMODE(mode):04o}); "
                         f"make it readable by the kiosk account only: chmod 600 {path}")
    try:
        return PinHash.parse(value)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None


def _keys(path: Path, value: object) -> list[PublicKey]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{path}: '{TRUSTED_KEYS}' must be a list of public key files, such as [\"org.pub\"]")
    keys: list[PublicKey] = []
    for item in value:
        try:
            keys.append(load_public(path.parent / Path(item).expanduser()))
        except KeyFileError as exc:
            raise ValueError(f"{path}: {TRUSTED_KEYS}: {exc}") from None
    return keys


def _from_file(path: Path) -> KioskConfig:
    data, mode = _read(path)
    unknown = sorted(set(data) - set(SETTINGS))
    if unknown:
        raise ValueError(f"{path}: unknown setting '{unknown[0]}'; the settings are {', '.join(SETTINGS)}")
    store = data.get(STORE)
    if store is not None and not isinstance(store, str):
        raise ValueError(f"{path}: '{STORE}' must be a folder name in quotes")
    contact = data.get(CONTACT)
    if contact is not None and not isinstance(contact, str):
        raise ValueError(f"{path}: '{CONTACT}' must be a file name in quotes")
    return KioskConfig(_pin(path, data.get(KEY), mode), _keys(path, data.get(TRUSTED_KEYS)),
                       path.parent / Path(store).expanduser() if store else None, path,
                       path.parent / Path(contact).expanduser() if contact else None)


def read_config(explicit: Path | None, environ: Mapping[str, str]) -> KioskConfig:
    """The settings; ``ValueError`` (naming the file) when a setting is wrong."""
    default = default_config_file(environ)
    found = explicit if explicit is not None else (default if default.exists() else None)
    config = _from_file(found) if found is not None else KioskConfig()
    if (explicit is None or config.pin is None) and environ.get(ENV_PIN):
        try:
            pin = PinHash.parse(environ[ENV_PIN])
        except ValueError as exc:
            raise ValueError(f"{ENV_PIN}: {exc}") from None
        return KioskConfig(pin, config.trusted_keys, config.store, config.source, config.contact)
    return config


def operator_pin(explicit: Path | None, environ: Mapping[str, str]) -> PinHash | None:
    """The configured PIN hash, or ``None`` when none is set; ``ValueError`` when one is set badly."""
    return read_config(explicit, environ).pin

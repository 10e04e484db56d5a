"""Where the operator PIN hash comes from, in order: ``--operator-config FILE``, ``KYD_OPERATOR_PIN_HASH``, or
``$XDG_CONFIG_HOME/know-your-data/kiosk.toml``. The file is only read, never written.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path

from explainer.modes.kiosk.pin import PinHash

ENV_PIN = "KYD_OPERATOR_PIN_HASH"
KEY = "operator_pin_hash"


def default_config_file(environ: Mapping[str, str]) -> Path:
    base = environ.get("XDG_CONFIG_HOME") or os.path.join(environ.get("HOME", "~"), ".config")
    return Path(base).expanduser() / "know-your-data" / "kiosk.toml"


def _from_file(path: Path) -> PinHash | None:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise ValueError(f"{path}: cannot read it ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not valid TOML ({exc})") from None
    unknown = sorted(set(data) - {KEY})
    if unknown:
        raise ValueError(f"{path}: unknown setting '{unknown[0]}'; the only setting is '{KEY}'")
    value = data.get(KEY)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{path}: '{KEY}' must be a string in quotes")
    try:
        return PinHash.parse(value)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None


def operator_pin(explicit: Path | None, environ: Mapping[str, str]) -> PinHash | None:
    """The configured PIN hash, or ``None`` when none is set; ``ValueError`` when one is set badly."""
    if explicit is not None:
        return _from_file(explicit)
    if environ.get(ENV_PIN):
        try:
            return PinHash.parse(environ[ENV_PIN])
        except ValueError as exc:
            raise ValueError(f"{ENV_PIN}: {exc}") from None
    default = default_config_file(environ)
    return _from_file(default) if default.exists() else None

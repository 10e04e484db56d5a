"""A local contact: the group an organiser names (``--contact FILE``), printed on paper and shown at the kiosk.

Qt-free. The file is small YAML with optional string fields ``name``, ``phone``,
``address`` and ``hours`` in any language. It is read the way a pack's files are
(a plain file under a size limit, UTF-8, YAML without aliases, a bounded number
of values), and a problem is one line naming ``file:line:col``. The app never
has a contact of its own: without a file there is none, and nothing shows it.
"""

from __future__ import annotations

import os
from pathlib import Path

from msgspec import Struct

from explainer.model.packfiles import RefusedError, read_text
from explainer.model.problems import printable
from explainer.model.unsafe import unsafe
from explainer.model.yamlpos import YamlSyntaxError, read_yaml

FIELDS = ("name", "phone", "address", "hours")
LIMIT = 16 * 1024
"""A contact file is a few lines; anything larger is not one."""
MOST_CHARS = 300
"""The longest one field may be, so it fits a wallet card."""
MOST_VALUES = 50


class ContactError(Exception):
    """A contact file that cannot be used; the message is one line starting with ``file:line:col:``."""


class Contact(Struct, frozen=True):
    """A local group's name, phone number, address and hours, each as given (empty when not given)."""

    name: str = ""
    phone: str = ""
    address: str = ""
    hours: str = ""

    def lines(self) -> list[str]:
        """The fields given, in order, one a line (an address may itself hold line breaks)."""
        return [value for value in (self.name, self.phone, self.address, self.hours) if value]


def read_contact(path: Path) -> Contact:
    """The contact in ``path``; raise :class:`ContactError` with ``file:line:col: message`` on any problem."""
    where = printable(str(path))

    def fail(message: str, line: int = 1, col: int = 1) -> ContactError:
        return ContactError(f"{where}:{line}:{col}: {message}")

    real = Path(os.path.realpath(path))  # the organiser named this file: a link to it is fine
    try:
        text = read_text(real.parent, real, LIMIT)
    except RefusedError as exc:
        raise fail(str(exc), exc.line, exc.col) from None
    except OSError as exc:
        raise fail(exc.strerror or "cannot be read") from None
    try:
        located = read_yaml(text, MOST_VALUES)
    except YamlSyntaxError as exc:
        raise fail(str(exc), exc.line, exc.col) from None
    if located.duplicates:
        key, (line, col) = located.duplicates[0]
        raise fail(f"`{key}` is given twice", line, col)
    value = located.value
    if value is None:
        return Contact()
    if not isinstance(value, dict):
        raise fail("a contact file is a mapping, such as 'name: Our group' and 'phone: 555-0100' on their own lines")
    fields: dict[str, str] = {}
    for key, item in value.items():
        line, col = located.where(f"$.{key}")
        if key not in FIELDS:
            raise fail(f"unknown field '{printable(str(key), 40)}'; a contact may have: {', '.join(FIELDS)}", line, col)
        line, col = located.positions.get(f"$.{key}", (line, col))  # a bad value: where the value is
        if item is None:
            continue
        if not isinstance(item, str):  # 10:30 or 5550100 unquoted would be read as a number
            raise fail(f"{key}: must be text; put it in quotes, such as {key}: \"{printable(str(item), 40)}\"", line, col)
        words = str(item).strip()
        if len(words) > MOST_CHARS:
            raise fail(f"{key}: {len(words)} characters; the most is {MOST_CHARS}", line, col)
        found = unsafe(words)
        if found:
            raise fail(f"{key}: {found[1]}", line, col)
        fields[key] = words
    return Contact(**fields)

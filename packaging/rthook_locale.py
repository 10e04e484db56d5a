"""Runs first in the frozen app: give Qt a UTF-8 locale when the environment names none (as Python does itself).

A checkout's Python coerces a bare C locale to C.UTF-8 and says so in LC_CTYPE (PEP 538), so Qt sees UTF-8; the
frozen app's embedded Python does not, and Qt then warns on every start from a clean environment (a kiosk's
service, `env -i`). Linux only: macOS and Windows take the encoding from elsewhere.
"""

import os
import sys

if sys.platform.startswith("linux") and not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
    os.environ["LC_CTYPE"] = "C.UTF-8"

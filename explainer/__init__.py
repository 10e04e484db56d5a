"""Know Your Data: the app's package."""

from explainer import pyside_imports as _pyside_imports

_pyside_imports.quicken()  # where Qt was loaded first (tests, bench/first_frame.py): cheap checks of the imports below

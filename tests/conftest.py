"""Shared fixtures (packs, a configured QApplication, a shown main window) and the suite's rules.

Rules: a test marked ``e2e`` may start processes and gets a longer timeout; every
other test is marked ``fast`` and may not start one, so ``make test-fast`` stays
quick; and in CI (``CI=true``) a skipped test fails, because CI installs everything.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from explainer.model import Pack, load_pack
from explainer.paths import bundled_content

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from explainer.window import MainWindow

TESTS = Path(__file__).resolve().parent
MINI = TESTS / "packs" / "mini"
E2E_TIMEOUT = 300
"""Seconds an e2e test may take (the default, ``timeout`` in pyproject.toml, is for the rest)."""
IN_CI = os.environ.get("CI") == "true"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.get_closest_marker("e2e") is None:
            item.add_marker(pytest.mark.fast)
        elif item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(E2E_TIMEOUT))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, pytest.TestReport,
                                                                                          pytest.TestReport]:
    report = yield
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where nothing may skip (CI installs everything): {reason}"
    return report


@pytest.fixture(autouse=True)
def _fast_tests_start_no_process(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the ``fast`` mark true: a test that starts a process must say so with ``e2e``."""
    if request.node.get_closest_marker("e2e") is not None:
        return

    def refuse(*_args: object, **_kwargs: object) -> NoReturn:
        raise AssertionError("this test starts a process: mark it @pytest.mark.e2e")

    monkeypatch.setattr(subprocess.Popen, "__init__", refuse)


@pytest.fixture(scope="session")
def bundled() -> Pack:
    return load_pack(bundled_content())


@pytest.fixture(scope="session")
def mini() -> Pack:
    return load_pack(MINI)


@pytest.fixture
def mini_copy(tmp_path: Path) -> Path:
    """A writable copy of the mini pack, for breaking on purpose."""
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(scope="session", autouse=False)
def app(qapp: QApplication) -> QApplication:
    from explainer.app import application

    return application(["tests"])


@pytest.fixture
def open_window(app: QApplication, qtbot: QtBot) -> Iterator[Callable[..., MainWindow]]:
    """Open a real main window on a pack, in a language, at a size."""
    from explainer import script_fonts
    from explainer.navigator import Navigator
    from explainer.window import MainWindow

    made: list[MainWindow] = []

    def _open(pack: Pack, language: str | None = None, size: tuple[int, int] = (1280, 800)) -> MainWindow:
        # The fonts the app registers for a pack's languages (app.py: the first before the first frame, the rest just
        # after): the app's fontconfig lists no system fonts, so without them Arabic would have no font at all.
        script_fonts.prepare(pack, pack.languages)
        window = MainWindow(pack, Navigator(pack, language))
        qtbot.addWidget(window)
        window.resize(*size)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        made.append(window)
        return window

    yield _open

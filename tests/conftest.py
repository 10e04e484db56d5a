"""Shared fixtures: packs, a configured QApplication, and a shown main window."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from explainer.model import Pack, load_pack
from explainer.paths import bundled_content

TESTS = Path(__file__).resolve().parent
MINI = TESTS / "packs" / "mini"


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
def qapp_cls() -> type:
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(scope="session", autouse=False)
def app(qapp: object) -> object:
    from explainer.app import application

    return application(["tests"])


@pytest.fixture
def open_window(app: object, qtbot: object) -> Iterator[Callable[..., object]]:
    """Open a real main window on a pack, in a language, at a size."""
    from explainer.navigator import Navigator
    from explainer.window import MainWindow

    made: list[MainWindow] = []

    def _open(pack: Pack, language: str | None = None, size: tuple[int, int] = (1280, 800)) -> MainWindow:
        window = MainWindow(pack, Navigator(pack, language))
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.resize(*size)
        with qtbot.waitExposed(window):  # type: ignore[attr-defined]
            window.show()
        with qtbot.waitActive(window):  # type: ignore[attr-defined]
            window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
        made.append(window)
        return window

    yield _open

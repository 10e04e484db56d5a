"""The desktop's "no animations" setting turns motion off, read from local GTK settings and the environment only."""

from __future__ import annotations

from pathlib import Path

from explainer.look.motion import desktop_prefers_reduced_motion


def _ini(folder: Path, value: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "settings.ini"
    path.write_text(f"[Settings]\ngtk-theme-name=Adwaita\ngtk-enable-animations={value}\n", encoding="utf-8")
    return path


def test_gtk_animations_off_in_the_users_settings_means_reduced_motion(tmp_path: Path) -> None:
    _ini(tmp_path / "gtk-3.0", "false")
    assert desktop_prefers_reduced_motion({"XDG_CONFIG_HOME": str(tmp_path)}, None)


def test_animations_on_or_not_set_means_motion(tmp_path: Path) -> None:
    assert not desktop_prefers_reduced_motion({}, [tmp_path / "missing.ini"])
    on = _ini(tmp_path / "gtk-4.0", "1")
    assert not desktop_prefers_reduced_motion({}, [on])


def test_the_users_file_wins_over_the_systems(tmp_path: Path) -> None:
    system = _ini(tmp_path / "etc", "0")
    user = _ini(tmp_path / "user", "true")
    assert not desktop_prefers_reduced_motion({}, [system, user])
    assert desktop_prefers_reduced_motion({}, [user, system])


def test_the_environment_can_ask_for_it(tmp_path: Path) -> None:
    assert desktop_prefers_reduced_motion({"GTK_ENABLE_ANIMATIONS": "0"}, [])
    assert desktop_prefers_reduced_motion({"KYD_REDUCED_MOTION": "1"}, [])
    assert not desktop_prefers_reduced_motion({"GTK_ENABLE_ANIMATIONS": "1"}, [])


def test_a_broken_or_huge_file_is_ignored(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ini"
    broken.write_bytes(b"\xff\xfe[Settings\ngtk-enable-animations")
    huge = tmp_path / "huge.ini"
    huge.write_text("[Settings]\ngtk-enable-animations=0\n" + "#" * 70_000, encoding="utf-8")
    assert not desktop_prefers_reduced_motion({}, [broken, huge])

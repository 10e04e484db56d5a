"""Signed packs: keygen, sign and verify, and every way a signed pack can be changed is caught and named."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from explainer.app import main
from explainer.packsign import keys, seal
from explainer.packsign.keys import KeyFileError
from explainer.paths import bundled_content


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture(name="cli")
def cli_fixture(capsys: pytest.CaptureFixture[str]) -> Callable[..., Ran]:
    """``know-your-data pack ARGS`` run in this process, as the installed command runs it."""

    def run(*args: str) -> Ran:
        try:
            status = main(["pack", *args])
        except SystemExit as exc:
            status = int(exc.code or 0)
        out = capsys.readouterr()
        return Ran(status, out.out, out.err)

    return run


@pytest.fixture(name="signed")
def signed_fixture(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A copy of the bundled pack, signed; returns (pack, secret key, public key)."""
    pack = tmp_path / "pack"
    shutil.copytree(bundled_content(), pack)
    secret = tmp_path / "org.key"
    public = keys.write_key_pair(secret, keys.generate())
    seal.sign_pack(pack, keys.load_secret(secret))
    return pack, secret, public


def test_keygen_writes_a_secret_only_its_owner_can_read_and_a_public_key_beside_it(
        tmp_path: Path, cli: Callable[..., Ran]) -> None:
    result = cli("keygen", "--out", str(tmp_path / "k"))
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE((tmp_path / "k").stat().st_mode) == 0o600
    public = keys.load_public(tmp_path / "k.pub")
    assert keys.load_secret(tmp_path / "k").public.raw == public.raw
    again = cli("keygen", "--out", str(tmp_path / "k"))
    assert again.returncode != 0 and "already exists" in again.stderr


def test_a_signed_pack_verifies_and_names_its_signer(signed: tuple[Path, Path, Path], cli: Callable[..., Ran]) -> None:
    pack, _, public = signed
    result = cli("verify", str(pack), "--trust", str(public))
    assert result.returncode == 0, result.stderr
    assert keys.key_id_text(keys.load_public(public).key_id) in result.stdout
    lines = (pack / seal.MANIFEST).read_text().splitlines()
    assert len(lines) == sum(1 for p in pack.rglob("*") if p.is_file()) - 2


def _change_a_byte(pack: Path) -> str:
    target = pack / "en" / "about.md"
    data = bytearray(target.read_bytes())
    data[10] ^= 1
    target.write_bytes(bytes(data))
    return "en/about.md: differs"


def _add_a_file(pack: Path) -> str:
    (pack / "es" / "zz-extra.md").write_text("hola\n")
    return "es/zz-extra.md: an extra file"


def _remove_a_file(pack: Path) -> str:
    (pack / "es" / "intro.md").unlink()
    return "es/intro.md: missing"


def _rename_a_file(pack: Path) -> str:
    (pack / "en" / "intro.md").rename(pack / "en" / "intro2.md")
    return "en/intro.md: missing"


def _add_a_folder(pack: Path) -> str:
    (pack / "fonts").mkdir()
    return "fonts: an extra folder"


def _link_out(pack: Path) -> str:
    (pack / "en" / "about.md").unlink()
    (pack / "en" / "about.md").symlink_to("/etc/passwd")
    return "en/about.md: a symbolic link"


def _fifo(pack: Path) -> str:
    os.mkfifo(pack / "en" / "a-pipe")
    return "en/a-pipe: not a regular file"


def _edit_the_manifest(pack: Path) -> str:
    manifest = pack / seal.MANIFEST
    manifest.write_text(manifest.read_text() + f"{'0' * 64}  en/new.md\n")
    return "manifest.sha256: does not match its signature"


def _unsigned(pack: Path) -> str:
    (pack / seal.SIGNATURE).unlink()
    return "not signed"


@pytest.mark.parametrize("change", [_change_a_byte, _add_a_file, _remove_a_file, _rename_a_file, _add_a_folder,
                                    _link_out, _fifo, _edit_the_manifest, _unsigned])
def test_any_change_to_a_signed_pack_fails_verify_naming_the_file(signed: tuple[Path, Path, Path],
                                                                  change: Callable[[Path], str], cli: Callable[..., Ran]) -> None:
    pack, _, public = signed
    expected = change(pack)
    result = cli("verify", str(pack), "--trust", str(public))
    assert result.returncode == 1
    assert expected in result.stderr.splitlines()[0], result.stderr
    assert "Traceback" not in result.stderr


def test_a_pack_signed_by_another_key_is_not_trusted(signed: tuple[Path, Path, Path], tmp_path: Path,
                                                     cli: Callable[..., Ran]) -> None:
    pack, _, public = signed
    other = tmp_path / "other.key"
    keys.write_key_pair(other, keys.generate())
    seal.sign_pack(pack, keys.load_secret(other))
    result = cli("verify", str(pack), "--trust", str(public))
    assert result.returncode == 1 and "not a trusted key" in result.stderr
    assert cli("verify", str(pack), "--trust", str(public), str(other) + ".pub").returncode == 0


@pytest.mark.e2e
def test_minisign_itself_accepts_the_signature(signed: tuple[Path, Path, Path]) -> None:
    pack, _, public = signed
    result = subprocess.run(["minisign", "-V", "-m", str(pack / seal.MANIFEST), "-p", str(public)],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert "verified" in result.stdout
    _change_a_byte_in_manifest = (pack / seal.MANIFEST).read_bytes().replace(b"en/", b"EN/", 1)
    (pack / seal.MANIFEST).write_bytes(_change_a_byte_in_manifest)
    bad = subprocess.run(["minisign", "-V", "-m", str(pack / seal.MANIFEST), "-p", str(public)],
                         capture_output=True, text=True, timeout=30)
    assert bad.returncode != 0


def test_a_pack_with_a_link_cannot_be_signed(tmp_path: Path, cli: Callable[..., Ran]) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(bundled_content(), pack)
    (pack / "en" / "leak.md").symlink_to("/etc/passwd")
    keys.write_key_pair(tmp_path / "k", keys.generate())
    result = cli("sign", str(pack), "--key", str(tmp_path / "k"))
    assert result.returncode == 1 and "en/leak.md: a symbolic link" in result.stderr
    assert not (pack / seal.SIGNATURE).exists()


def test_damaged_key_files_are_refused_with_the_file_named(tmp_path: Path) -> None:
    junk = tmp_path / "junk.pub"
    junk.write_text("untrusted comment: x\nnot base64!\n")
    with pytest.raises(KeyFileError, match=r"junk\.pub"):
        keys.load_public(junk)
    with pytest.raises(KeyFileError, match="cannot read"):
        keys.load_public(Path("/dev/zero"))


def test_signing_never_writes_through_a_link_the_pack_put_in_place_of_the_manifest(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(bundled_content(), pack)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n")
    (pack / seal.MANIFEST).symlink_to(victim)
    with pytest.raises(seal.SignError, match="not a regular file"):
        seal.sign_pack(pack, keys.generate())
    assert victim.read_text() == "keep me\n"


def test_a_huge_file_is_refused_without_reading_past_the_limit(signed: tuple[Path, Path, Path],
                                                               cli: Callable[..., Ran]) -> None:
    pack, _, public = signed
    with (pack / "en" / "about.md").open("r+b") as handle:
        handle.truncate(65 * 1024 * 1024)  # sparse: large on paper, nothing on disk
    result = cli("verify", str(pack), "--trust", str(public))
    assert result.returncode == 1 and "en/about.md: larger than 64 MiB" in result.stderr


def test_install_and_rollback_from_the_command_line(signed: tuple[Path, Path, Path], tmp_path: Path,
                                                    cli: Callable[..., Ran]) -> None:
    pack, _, public = signed
    content_store = tmp_path / "store"
    content_store.mkdir()
    settings = tmp_path / "kiosk.toml"
    settings.write_text(f'trusted_keys = ["{public}"]\ncontent_store = "{content_store}"\n')
    first = cli("install", str(pack), "--operator-config", str(settings))
    assert first.returncode == 0, first.stderr
    second = cli("install", str(pack), "--store", str(content_store), "--trust", str(public))
    assert second.returncode == 0, second.stderr
    back = cli("rollback", "--operator-config", str(settings))
    assert back.returncode == 0 and "current again" in back.stdout
    (pack / "en" / "about.md").write_text("altered\n")
    refused = cli("install", str(pack), "--operator-config", str(settings))
    assert refused.returncode == 1 and "en/about.md: differs" in refused.stderr
    no_store = cli("rollback", "--operator-config", str(tmp_path / "missing.toml"))
    assert no_store.returncode == 2 and "missing.toml" in no_store.stderr


def test_a_name_with_a_trailing_space_is_refused_at_signing(tmp_path: Path, cli: Callable[..., Ran]) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(bundled_content(), pack)
    (pack / "en" / "about.md ").write_text("twin\n")
    keys.write_key_pair(tmp_path / "k", keys.generate())
    result = cli("sign", str(pack), "--key", str(tmp_path / "k"))
    assert result.returncode == 1 and "starts or ends with a space" in result.stderr

"""Model management: safe install from files, directories and URLs (a local server on 127.0.0.1),
resumable checked downloads, verify, remove, argospm packages, and the manifest."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import ROOT

from bilingual.errors import ModelError, ModelMissingError
from bilingual.mt import models
from bilingual.mt.models import Limits, install, list_models, remove, verify

TINY = ROOT / "tests" / "data" / "translate-ar_en-tiny.argosmodel"
TINY_BYTES = TINY.read_bytes()
TINY_SHA = hashlib.sha256(TINY_BYTES).hexdigest()


@pytest.fixture(autouse=True)
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Empty models, argospm and cache directories for each test."""
    monkeypatch.setenv("BILINGUAL_MODELS", str(tmp_path / "models"))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "argos"))
    monkeypatch.setenv("BILINGUAL_CACHE", "off")
    monkeypatch.delenv("BILINGUAL_MODEL", raising=False)
    monkeypatch.delenv("BILINGUAL_MANIFEST", raising=False)
    return tmp_path / "models"


def _leftovers(home: Path) -> list[str]:
    """What an install left in the models directory (nothing, after a refusal)."""
    return sorted(p.relative_to(home).as_posix() for p in home.rglob("*")) if home.exists() else []


def _zip(path: Path, members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in members:
            zf.writestr(info, data)
    return path


def _tiny_members() -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    with zipfile.ZipFile(TINY) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist() if not i.is_dir()]


# --- local files and directories --------------------------------------------------------------


def test_install_argosmodel_records_checksums_and_verifies(home: Path) -> None:
    model = install(str(TINY))
    assert model.name == "translate-ar_en-tiny" and model.layout == "argos"
    assert (model.source_lang, model.target_lang) == ("ar", "en")
    record = json.loads((home / model.name / ".bilingual.json").read_text())
    assert record["sha256"] == TINY_SHA and "model/model.bin" in record["files"]
    [result] = verify()
    assert result.ok and result.checked_files == len(record["files"])
    assert _leftovers(home)[0] == model.name  # no temporary directories left


def test_verify_reports_a_changed_file(home: Path) -> None:
    install(str(TINY))
    with (home / "translate-ar_en-tiny" / "model" / "model.bin").open("r+b") as fh:
        fh.seek(100)
        fh.write(b"\xff\xff\xff\xff")
    [result] = verify("translate-ar_en-tiny", load=False)
    assert not result.ok and any("model/model.bin" in p for p in result.problems)


def test_install_twice_needs_force(home: Path) -> None:
    install(str(TINY))
    with pytest.raises(ModelError, match="already installed"):
        install(str(TINY))
    assert install(str(TINY), force=True).name == "translate-ar_en-tiny"


def test_install_unpacked_directory_and_under_another_name(home: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(TINY) as zf:
        zf.extractall(tmp_path / "src")
    model = install(str(tmp_path / "src" / "translate-ar_en-tiny"), name="my-ar-en")
    assert model.name == "my-ar-en" and (home / "my-ar-en" / "model" / "model.bin").is_file()


def test_directory_with_a_symlink_is_refused(home: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(TINY) as zf:
        zf.extractall(tmp_path / "src")
    pkg = tmp_path / "src" / "translate-ar_en-tiny"
    (pkg / "link").symlink_to("/etc/passwd")
    with pytest.raises(ModelError, match="symbolic link"):
        install(str(pkg))
    assert _leftovers(home) == []


@pytest.mark.parametrize(
    "member, reason",
    [
        ("../evil.txt", "outside the target"),
        ("pkg/../../evil.txt", "outside the target"),
        ("/etc/evil.txt", "absolute path"),
        ("C:/evil.txt", "absolute path"),
        ("pkg\\..\\evil.txt", "backslash"),
    ],
)
def test_members_outside_the_target_are_refused(home: Path, tmp_path: Path, member: str, reason: str) -> None:
    archive = _zip(tmp_path / "bad.argosmodel", [*_tiny_members(), (member, b"x")])
    with pytest.raises(ModelError, match=reason):
        install(str(archive))
    assert _leftovers(home) == []
    assert not (tmp_path / "evil.txt").exists() and not (home.parent / "evil.txt").exists()


def test_symlink_member_is_refused(home: Path, tmp_path: Path) -> None:
    link = zipfile.ZipInfo("translate-ar_en-tiny/model/link")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    archive = _zip(tmp_path / "link.argosmodel", [*_tiny_members(), (link, b"/etc/passwd")])
    with pytest.raises(ModelError, match="symbolic link"):
        install(str(archive))
    assert _leftovers(home) == []


def test_zip_bomb_is_refused(home: Path, tmp_path: Path) -> None:
    archive = _zip(tmp_path / "bomb.argosmodel", [*_tiny_members(), ("translate-ar_en-tiny/zeros", bytes(20 << 20))])
    assert archive.stat().st_size < 200_000
    with pytest.raises(ModelError, match="zip bomb"):
        install(str(archive))
    assert _leftovers(home) == []


def test_oversized_archive_is_refused(home: Path) -> None:
    with pytest.raises(ModelError, match="unpacks to"):
        install(str(TINY), limits=Limits(max_unpacked=10_000))
    assert _leftovers(home) == []


def test_checksum_mismatch_is_refused(home: Path) -> None:
    with pytest.raises(ModelError, match="checksum mismatch"):
        install(str(TINY), sha256="0" * 64)
    assert _leftovers(home) == []
    assert install(str(TINY), sha256=TINY_SHA).name == "translate-ar_en-tiny"


def test_not_a_zip_and_not_a_model_are_refused(home: Path, tmp_path: Path) -> None:
    (tmp_path / "junk.argosmodel").write_bytes(b"not a zip")
    with pytest.raises(ModelError, match="not a valid"):
        install(str(tmp_path / "junk.argosmodel"))
    archive = _zip(tmp_path / "empty.argosmodel", [("pkg/readme.txt", b"hello")])
    with pytest.raises(ModelError, match="not a model"):
        install(str(archive))
    with pytest.raises(ModelError, match="no such file"):
        install(str(tmp_path / "missing.argosmodel"))
    assert _leftovers(home) == []


def test_remove(home: Path) -> None:
    install(str(TINY))
    remove("translate-ar_en-tiny")
    assert list_models() == []
    with pytest.raises(ModelMissingError):
        remove("translate-ar_en-tiny")
    with pytest.raises(ModelError, match="bad model name"):
        remove("../x")


# --- argospm packages -------------------------------------------------------------------------


def test_argospm_packages_are_found_and_used(home: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(TINY) as zf:
        zf.extractall(tmp_path / "argos")
    [model] = list_models()
    assert model.origin == "argospm" and model.problem is None
    assert models.default_model().path == tmp_path / "argos" / "translate-ar_en-tiny"
    from bilingual.mt import translate

    assert translate(["السلام عليكم"], cache=False)[0].model == "translate-ar_en-tiny"
    with pytest.raises(ModelError, match="argospm remove"):
        remove("translate-ar_en-tiny")


def test_argos_settings_file_names_the_package_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("ARGOS_PACKAGES_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    (tmp_path / "cfg" / "argos-translate").mkdir(parents=True)
    (tmp_path / "cfg" / "argos-translate" / "settings.json").write_text(json.dumps({"ARGOS_PACKAGES_DIR": str(tmp_path / "p")}))
    assert models.argos_packages_dir() == tmp_path / "p"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "nothing"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert models.argos_packages_dir() == tmp_path / "data" / "argos-translate" / "packages"


# --- the manifest -----------------------------------------------------------------------------


def test_manifest_lists_the_argos_ar_en_package() -> None:
    [known] = [m for m in models.known_models() if m.name == "translate-ar_en-1_0"]
    assert known.size == 81_869_670
    assert known.sha256 == "bc98cd4e27ca1cebfae9b7086b2ebc635e4dbed45e7cb5f0891cb7d22feacfad"
    assert known.file == "translate-ar_en-1_0.argosmodel" and known.urls[0].startswith("https://")
    assert "bilingual models install translate-ar_en-1_0" in models.install_hint()


# --- URLs, on a local server ------------------------------------------------------------------


class _Server:
    """Serves one file on 127.0.0.1 with Range support; can cut the first response short."""

    def __init__(self, data: bytes, cut_first_at: int | None = None) -> None:
        self.data, self.cut_first_at, self.ranges = data, cut_first_at, []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                start = 0
                header = self.headers.get("Range")
                server.ranges.append(header)
                if header:
                    start = int(header.removeprefix("bytes=").split("-")[0])
                    if start >= len(server.data):
                        self.send_response(416)
                        self.end_headers()
                        return
                    self.send_response(206)
                    self.send_header("Content-Range", f"bytes {start}-{len(server.data) - 1}/{len(server.data)}")
                else:
                    self.send_response(200)
                body = server.data[start:]
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if server.cut_first_at is not None:
                    body, server.cut_first_at = body[: server.cut_first_at], None
                    self.wfile.write(body)
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/translate-ar_en-tiny.argosmodel"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)


@pytest.fixture
def serve() -> Iterator:
    servers: list[_Server] = []

    def start(data: bytes = TINY_BYTES, cut_first_at: int | None = None) -> _Server:
        servers.append(_Server(data, cut_first_at))
        return servers[-1]

    yield start
    for s in servers:
        s.close()


def _manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str, sha: str = TINY_SHA, size: int = len(TINY_BYTES)) -> None:
    entry = {"name": "tiny-test", "format": "argos", "from": "ar", "to": "en", "file": "translate-ar_en-tiny.argosmodel",
             "size": size, "sha256": sha, "urls": [url]}
    (tmp_path / "manifest.json").write_text(json.dumps({"version": 1, "models": [entry]}))
    monkeypatch.setenv("BILINGUAL_MANIFEST", str(tmp_path / "manifest.json"))


def test_install_known_name_downloads_with_progress_and_checks(home: Path, tmp_path: Path, monkeypatch, serve) -> None:
    server = serve()
    _manifest(tmp_path, monkeypatch, server.url)
    seen: list[tuple[int, int | None]] = []
    model = install("tiny-test", progress=lambda done, total: seen.append((done, total)))
    assert model.name == "tiny-test" and model.record["sha256"] == TINY_SHA
    assert seen[-1] == (len(TINY_BYTES), len(TINY_BYTES))
    assert _leftovers(home)[0] == "tiny-test" and not (home / ".downloads").exists()


def test_interrupted_download_resumes_with_a_range_request(home: Path, tmp_path: Path, monkeypatch, serve) -> None:
    half = len(TINY_BYTES) // 2
    server = serve(cut_first_at=half)
    _manifest(tmp_path, monkeypatch, server.url)
    with pytest.raises(ModelError, match="run the same command again to resume"):
        install("tiny-test")
    part = home / ".downloads" / "translate-ar_en-tiny.argosmodel.part"
    assert part.stat().st_size == half
    assert not (home / "tiny-test").exists()
    install("tiny-test")
    assert server.ranges == [None, f"bytes={half}-"]
    assert verify("tiny-test")[0].ok


def test_download_with_wrong_checksum_is_refused_and_removed(home: Path, tmp_path: Path, monkeypatch, serve) -> None:
    server = serve()
    _manifest(tmp_path, monkeypatch, server.url, sha="f" * 64)
    with pytest.raises(ModelError, match="checksum mismatch"):
        install("tiny-test")
    assert _leftovers(home) in ([], [".downloads"])


def test_server_sending_more_than_the_manifest_size_is_refused(home: Path, tmp_path: Path, monkeypatch, serve) -> None:
    server = serve(TINY_BYTES + bytes(1000))
    _manifest(tmp_path, monkeypatch, server.url)
    with pytest.raises(ModelError, match="refused"):
        install("tiny-test")
    assert not (home / "tiny-test").exists()


def test_direct_url_install_with_sha256(home: Path, serve) -> None:
    server = serve()
    model = install(server.url, sha256=TINY_SHA)
    assert model.name == "translate-ar_en-tiny"


def test_unreachable_url_is_a_clear_error(home: Path) -> None:
    with pytest.raises(ModelError, match="download"):
        models.download("http://127.0.0.1:9/x.argosmodel", home.parent / "x.argosmodel", timeout=2)
    with pytest.raises(ModelError, match="only http"):
        install("ftp://127.0.0.1/x.argosmodel")


# --- the command line -------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(check=False, args=[sys.executable, "-m", "bilingual", "models", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120)


def test_cli_install_list_verify_remove(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The commands run in this process (:func:`_main`); the refusal below runs the real process."""
    code, out, _ = _main(capsys, "install", str(TINY))
    assert code == 0 and "installed translate-ar_en-tiny" in out
    code, out, _ = _main(capsys, "list", "-f", "json")
    listing = json.loads(out)
    assert [m["name"] for m in listing["installed"]] == ["translate-ar_en-tiny"]
    assert listing["installed"][0]["default"] is True
    assert [m["name"] for m in listing["available"]] == ["translate-ar_en-1_0"]
    assert _main(capsys, "verify")[0] == 0
    (home / "translate-ar_en-tiny" / "metadata.json").write_text("{}")
    code, out, _ = _main(capsys, "verify", "--no-load")
    assert code == 1 and "metadata.json" in out
    assert _main(capsys, "remove", "translate-ar_en-tiny")[0] == 0
    assert "no model installed" in _main(capsys, "list")[1]


def test_cli_refusal_is_one_line_without_traceback(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "bad.argosmodel", [("../evil.txt", b"x")])
    proc = _cli("install", str(archive))
    assert proc.returncode == 2
    assert proc.stderr.startswith("bilingual: error:") and proc.stderr.count("\n") == 1


# --- transactions: kills, Ctrl-C, concurrent installs (issue 19) ------------------------------

from bilingual.errors import (  # noqa: E402
    ChecksumMismatchError,
    DefaultModelBrokenError,
    DiskFullError,
    DownloadError,
    ModelBusyError,
    ModelCorruptError,
    ModelExistsError,
    ModelRefusedError,
)
# The package re-exports the functions install() and download(), which hide the submodules of the
# same names as attributes; the modules themselves are reached through importlib.
install_module = __import__("importlib").import_module("bilingual.mt.models.install")


class Killed(BaseException):
    """What a SIGKILL does to the install, in-process: the call stops and no cleanup code of ours runs."""


class Killer:
    """Kills the process (in-process simulation) after the n-th rename or at a named step.

    Once dead, every rename, tree deletion and load check raises :class:`Killed` without doing
    anything, as a dead process would; ``revive`` restores the real functions for the next run."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.real_rename, self.real_rmtree, self.real_check = os.rename, install_module.shutil.rmtree, install_module.load_check
        self.renames_left: int | None = None
        self.dead = False
        self.kill_at_check = False
        monkeypatch.setattr(os, "rename", self.rename)
        monkeypatch.setattr(install_module.shutil, "rmtree", self.rmtree)
        monkeypatch.setattr(install_module, "load_check", self.check)

    def rename(self, src: object, dst: object) -> None:
        if self.dead:
            raise Killed
        self.real_rename(src, dst)  # type: ignore[arg-type]
        if self.renames_left is not None:
            self.renames_left -= 1
            if self.renames_left == 0:
                self.dead = True
                raise Killed

    def rmtree(self, path: object, ignore_errors: bool = False) -> None:
        if self.dead:
            raise Killed
        self.real_rmtree(path, ignore_errors=ignore_errors)  # type: ignore[arg-type]

    def check(self, model: object) -> None:
        if self.kill_at_check:
            self.dead = True
            raise Killed
        self.real_check(model)  # type: ignore[arg-type]

    def revive(self) -> None:
        self.dead, self.renames_left, self.kill_at_check = False, None, False


def _main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``bilingual models ARGS`` in this process (no interpreter start): exit code, stdout, stderr."""
    from bilingual.cli import main

    code = main(["models", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _source_of(home: Path, name: str) -> str:
    return json.loads((home / name / ".bilingual.json").read_text())["source"]


@pytest.fixture
def two_versions(tmp_path: Path) -> tuple[Path, Path]:
    """The test model unpacked twice: an "old" and a "new" directory that differ only in their README."""
    out = []
    for tag in ("old", "new"):
        with zipfile.ZipFile(TINY) as zf:
            zf.extractall(tmp_path / tag)
        pkg = tmp_path / tag / "translate-ar_en-tiny"
        (pkg / "README.md").write_text(f"{tag} version\n")
        out.append(pkg)
    return out[0], out[1]


@pytest.mark.parametrize("step", ["after unpack and before the load check", "old moved aside", "new moved in"])
def test_killed_force_install_keeps_a_complete_model_and_the_next_run_cleans_up(
    home: Path, monkeypatch: pytest.MonkeyPatch, two_versions: tuple[Path, Path], step: str, capsys
) -> None:
    old, new = two_versions
    install(str(old), name="m")
    killer = Killer(monkeypatch)
    if step == "after unpack and before the load check":
        killer.kill_at_check = True
    else:
        killer.renames_left = 1 if step == "old moved aside" else 2
    with pytest.raises(Killed):
        install(str(new), name="m", force=True)
    killer.revive()
    # At the moment of the kill, a complete model exists: in place, or aside as .old-*.
    complete = [p for p in [home / "m", *home.glob(".old-*")] if p.is_dir()]
    assert complete
    for path in complete:
        models.load_check(path)
    assert models.stale_dirs(), "a killed run leaves its work directory, listed as stale"
    assert any(p.name.startswith(".install-") for p in models.stale_dirs()) or step == "new moved in"
    code, listing, _ = _main(capsys, "list")
    assert code == 0 and "stale" in listing
    # The next install (of anything) recovers: the old model back, or the new one kept.
    install(str(TINY), name="other")
    assert models.stale_dirs() == []
    assert _leftovers(home) and not [p for p in home.iterdir() if p.name.startswith(".")]
    expected = new if step == "new moved in" else old
    assert _source_of(home, "m") == str(expected.resolve())
    models.load_check(models.find_model("m"))
    assert verify("m")[0].ok


def test_ctrl_c_during_install_leaves_the_old_model_and_no_staging(home: Path, monkeypatch, two_versions) -> None:
    old, new = two_versions
    install(str(old), name="m")

    def interrupt(model: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(install_module, "load_check", interrupt)
    with pytest.raises(KeyboardInterrupt):
        install(str(new), name="m", force=True)
    assert models.stale_dirs() == [] and _source_of(home, "m") == str(old.resolve())
    assert not (home / ".lock").exists()


def test_ctrl_c_during_removal_leaves_no_half_model(home: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    install(str(TINY))
    real = install_module.shutil.rmtree

    def interrupted(path: object, ignore_errors: bool = False) -> None:
        victim = next(Path(str(path)).rglob("model.bin"))
        victim.unlink()  # half deleted
        raise KeyboardInterrupt

    monkeypatch.setattr(install_module.shutil, "rmtree", interrupted)
    with pytest.raises(KeyboardInterrupt):
        remove("translate-ar_en-tiny")
    monkeypatch.setattr(install_module.shutil, "rmtree", real)
    assert list_models() == []  # the half-deleted copy is not a model
    [stale] = models.stale_dirs()
    assert stale.name.startswith(".remove-") and "stale" in _main(capsys, "list")[1]
    install(str(TINY))
    assert models.stale_dirs() == [] and verify()[0].ok


def test_killed_removal_is_finished_by_the_next_run(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install(str(TINY))
    killer = Killer(monkeypatch)
    killer.renames_left = 1
    with pytest.raises(Killed):
        remove("translate-ar_en-tiny")
    killer.revive()
    assert list_models() == [] and [p.name[:8] for p in models.stale_dirs()] == [".remove-"]
    with pytest.raises(ModelMissingError):
        remove("translate-ar_en-tiny")
    install(str(TINY), name="again")
    assert models.stale_dirs() == []


def test_the_lock_serializes_and_can_refuse_to_wait(home: Path) -> None:
    home.mkdir()
    with models.models_lock(home):
        assert (home / ".lock").exists()
        with pytest.raises(ModelBusyError, match="another install"):
            with models.models_lock(home, wait=False):
                pass
    assert not (home / ".lock").exists()  # deleted on release: nothing left in the models directory
    with models.models_lock(home, wait=False):
        pass


def test_two_concurrent_installs_of_one_name_are_serialized(home: Path) -> None:
    home.mkdir()
    with models.models_lock(home):  # hold the lock so both processes start while it is busy
        procs = [subprocess.Popen([sys.executable, "-m", "bilingual", "models", "install", str(TINY)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        for proc in procs:  # each says it waits, then blocks on the lock
            assert "waiting for another install" in proc.stderr.readline()
    results = [(proc.wait(timeout=120), proc.stdout.read(), proc.stderr.read()) for proc in procs]
    for proc in procs:
        proc.stdout.close()
        proc.stderr.close()
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 2], results
    loser = [err for code, _, err in results if code == 2][0]
    assert loser.splitlines()[0].startswith("bilingual: waiting")  # said once, while it waited
    assert loser.splitlines()[1].startswith("bilingual: error:") and "already installed" in loser
    assert loser.count("\n") == 2
    assert [m.name for m in list_models()] == ["translate-ar_en-tiny"] and verify()[0].ok
    assert models.stale_dirs() == [] and not (home / ".lock").exists()


def test_second_install_without_force_reports_the_first_ones_result(home: Path) -> None:
    install(str(TINY))
    with pytest.raises(ModelExistsError, match="already installed"):
        install(str(TINY))


# --- corrupted models (issue 19: "internal error: IndexError") -------------------------------


def _unpacked(tmp_path: Path, tag: str = "pkg") -> Path:
    with zipfile.ZipFile(TINY) as zf:
        zf.extractall(tmp_path / tag)
    return tmp_path / tag / "translate-ar_en-tiny"


def _corrupt_variants(data: bytes) -> dict[str, bytes]:
    """Truncations and byte flips of model.bin, among them the one CTranslate2 answers with IndexError."""
    name = data.index(b"decoder/layer_0/attention/linear_0/weight")
    weight = name + len(b"decoder/layer_0/attention/linear_0/")

    def flip(offset: int, mask: int = 0x01) -> bytes:
        b = bytearray(data)
        b[offset] ^= mask
        return bytes(b)

    return {
        "empty": b"", "4 bytes": data[:4], "header only": data[:64], "half": data[: len(data) // 2],
        "last byte missing": data[:-1], "variable name (IndexError)": flip(weight),
        "variable name, high bit (UnicodeDecodeError)": flip(name + 10, 0x80),
        "version field": flip(0, 0x40), "variable count": flip(data.index(b"Transformer") + 20, 0x10),
    }


@pytest.mark.parametrize("variant", list(_corrupt_variants(TINY_BYTES[:0] or b"\0" * 0) if False else [
    "empty", "4 bytes", "header only", "half", "last byte missing", "variable name (IndexError)",
    "variable name, high bit (UnicodeDecodeError)", "version field", "variable count",
]))
def test_corrupt_model_bin_never_installs_and_never_becomes_the_default(home: Path, tmp_path: Path, variant: str) -> None:
    install(str(TINY), name="good")
    pkg = _unpacked(tmp_path)
    weights = pkg / "model" / "model.bin"
    weights.write_bytes(_corrupt_variants(weights.read_bytes())[variant])
    with pytest.raises(ModelCorruptError) as info:
        models.load_check(pkg)
    assert "IndexError" not in type(info.value).__name__
    with pytest.raises(ModelCorruptError):
        install(str(pkg), name="broken")
    assert [m.name for m in list_models()] == ["good"] and models.stale_dirs() == []
    assert models.default_model().name == "good"


def test_corrupt_model_bin_flip_sweep_only_raises_model_corrupt_error(tmp_path: Path) -> None:
    pkg = _unpacked(tmp_path)
    weights = pkg / "model" / "model.bin"
    data = weights.read_bytes()
    rng = __import__("random").Random(19)
    name = data.index(b"decoder/layer_0/attention/linear_0/weight")
    offsets = sorted({*range(0, 48, 3), *range(name - 12, name + 50, 2), *(rng.randrange(len(data)) for _ in range(30))})
    outcomes: dict[str, int] = {}
    for offset in offsets:
        b = bytearray(data)
        b[offset] ^= 0x04
        weights.write_bytes(bytes(b))
        try:
            models.load_check(pkg)
            outcomes["loads"] = outcomes.get("loads", 0) + 1
        except ModelCorruptError:
            outcomes["ModelCorruptError"] = outcomes.get("ModelCorruptError", 0) + 1
    assert outcomes.get("ModelCorruptError", 0) >= 10, outcomes


def test_broken_default_model_raises_default_model_broken_error(home: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    model = install(str(TINY))
    weights = model.path / "model" / "model.bin"
    weights.write_bytes(_corrupt_variants(weights.read_bytes())["variable name (IndexError)"])
    with pytest.raises(DefaultModelBrokenError, match="default model translate-ar_en-tiny is broken"):
        models.load_model()
    with pytest.raises(ModelCorruptError) as named:  # named explicitly: an error, not a fallback
        models.load_model("translate-ar_en-tiny")
    assert type(named.value) is ModelCorruptError
    [result] = verify()
    assert not result.ok and any("model/model.bin" in p for p in result.problems)
    code, out, err = _main(capsys, "verify")
    assert code == 1 and "internal error" not in out + err


def test_corrupt_default_gives_one_line_errors_in_translate(home: Path, tmp_path: Path) -> None:
    model = install(str(TINY))
    weights = model.path / "model" / "model.bin"
    weights.write_bytes(_corrupt_variants(weights.read_bytes())["variable name (IndexError)"])
    (tmp_path / "t.txt").write_text("السلام عليكم\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "bilingual", "translate", str(tmp_path / "t.txt")], capture_output=True,
                          text=True, timeout=120, check=False)
    # exit 2 (the model error) or 3 (no usable model), one line naming the cause, never an internal error
    assert proc.returncode in (2, 3) and "internal error" not in proc.stderr and "IndexError" in proc.stderr
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr


# --- hostile metadata: nesting and control characters ----------------------------------------


def test_deeply_nested_metadata_is_refused_without_recursion_error(home: Path, tmp_path: Path, capsys) -> None:
    nested = "[" * 100_000 + "]" * 100_000
    members = [(n, nested.encode() if n.endswith("metadata.json") else d) for n, d in _tiny_members()]
    archive = _zip(tmp_path / "nested.argosmodel", members)
    with pytest.raises(ModelCorruptError, match="nested deeper"):
        install(str(archive))
    assert _leftovers(home) == []
    # An argospm package with such metadata: listed as unusable, every model command still works.
    pkg = _unpacked(tmp_path / "argos-src")
    (pkg / "metadata.json").write_text('{"a":' * 100_000 + "1" + "}" * 100_000)
    (tmp_path / "argos").mkdir()
    pkg.rename(tmp_path / "argos" / "nested")
    [listed] = list_models()
    assert listed.problem and "nested deeper" in listed.problem
    for args in (("list",), ("list", "--json"), ("verify",)):
        code, out, err = _main(capsys, *args)
        assert code in (0, 1) and "internal error" not in err and "Recursion" not in err, (args, err)
    assert "nested deeper" in out  # verify names the problem
    with pytest.raises(ModelMissingError):
        models.default_model()


def test_nested_install_record_and_manifest(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    model = install(str(TINY))
    (model.path / ".bilingual.json").write_text("[" * 50_000)
    assert list_models()[0].record == {}
    (tmp_path / "manifest.json").write_text("{" * 50_000)
    monkeypatch.setenv("BILINGUAL_MANIFEST", str(tmp_path / "manifest.json"))
    with pytest.raises(ModelError, match="bad manifest"):
        models.known_models()


def test_json_depth_limit_is_cheap_and_exact() -> None:
    import time

    from bilingual.mt.engine import json_depth, loads_json

    assert json_depth({"a": [1, {"b": "[[[[{{"}]}) == 3 and json_depth(1) == 0 and json_depth([]) == 1
    assert loads_json('{"x": "]]]"}', "t") == {"x": "]]]"}
    assert loads_json("[" * 64 + "]" * 64, "t")
    start = time.process_time()
    for depth in (65, 1_000, 100_000):
        with pytest.raises(ModelCorruptError, match="nested deeper than 64"):
            loads_json("[" * depth + "]" * depth, "t")
    with pytest.raises(ModelCorruptError, match="nested deeper"):
        loads_json("[" * 100_000, "t")  # unbalanced too: refused, not RecursionError
    with pytest.raises(ModelCorruptError, match="malformed JSON"):
        loads_json("[[1]", "t")
    assert time.process_time() - start < 1


HOSTILE = "\x1b]52;c;cHduZWQ=\x07\x1b[2J\u202e\x9b31m"


def test_control_characters_in_archive_metadata_never_reach_the_terminal(home: Path, tmp_path: Path, capsys) -> None:
    def hostile(name: str, data: bytes) -> bytes:
        if not name.endswith("metadata.json"):
            return data
        meta = json.loads(data)
        meta.update(from_code="ar" + HOSTILE, to_code="en" + HOSTILE, from_name=HOSTILE)
        return json.dumps(meta).encode()

    archive = _zip(tmp_path / "hostile.argosmodel", [(n, hostile(n, d)) for n, d in _tiny_members()])
    outputs = [_main(capsys, *args) for args in (("install", str(archive)), ("list",), ("list", "--json"), ("verify",))]
    assert outputs[0][0] == 0, outputs[0]
    for code, out, err in outputs:
        for raw in ("\x1b", "\x07", "\u202e", "\x9b"):
            assert raw not in out + err, repr(out + err)
    assert "⟨^[⟩" in outputs[0][1] and "⟨RLO⟩" in outputs[0][1]
    listing = json.loads(outputs[2][1])
    assert listing["installed"][0]["from"] == "ar" + HOSTILE  # the data kept exactly, only escaped


def test_control_characters_in_member_names_are_escaped_in_errors(tmp_path: Path, capsys) -> None:
    archive = _zip(tmp_path / "bad.argosmodel", [("../\x1b[2J\u202eevil", b"x")])
    code, _, err = _main(capsys, "install", str(archive))
    assert code == 2 and "\x1b" not in err and "\u202e" not in err and "⟨RLO⟩" not in err
    assert err.count("\n") == 1 and "\\x1b[2J\\u202eevil" in err


# --- errors by type --------------------------------------------------------------------------


def test_full_disk_while_unpacking_says_so(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import io

    from bilingual.mt.models import archive as archive_module

    real_open = Path.open

    class Full(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, b: object) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    def open_full(self: Path, mode: str = "r", *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        return Full() if mode == "xb" else real_open(self, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(archive_module.Path, "open", open_full)
    with pytest.raises(DiskFullError, match="not enough disk space"):
        install(str(TINY))
    monkeypatch.undo()
    assert _leftovers(home) == []


def test_refusals_and_mismatches_have_their_own_types(home: Path, tmp_path: Path) -> None:
    with pytest.raises(ChecksumMismatchError):
        install(str(TINY), sha256="0" * 64)
    archive = _zip(tmp_path / "bad.argosmodel", [*_tiny_members(), ("../evil.txt", b"x")])
    with pytest.raises(ModelRefusedError):
        install(str(archive))
    with pytest.raises(DownloadError):
        models.download("http://127.0.0.1:9/x.argosmodel", tmp_path / "x.argosmodel", timeout=2)


def test_next_mirror_is_tried_after_a_download_error_but_not_after_a_mismatch(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, serve
) -> None:
    good = serve()
    entry = {"name": "tiny-test", "format": "argos", "from": "ar", "to": "en", "file": "translate-ar_en-tiny.argosmodel",
             "size": len(TINY_BYTES), "sha256": TINY_SHA, "urls": ["http://127.0.0.1:9/dead.argosmodel", good.url]}
    (tmp_path / "manifest.json").write_text(json.dumps({"version": 1, "models": [entry]}))
    monkeypatch.setenv("BILINGUAL_MANIFEST", str(tmp_path / "manifest.json"))
    assert install("tiny-test").name == "tiny-test"
    bad, never = serve(TINY_BYTES[:-1] + b"X"), serve()
    entry.update(urls=[bad.url, never.url])
    (tmp_path / "manifest.json").write_text(json.dumps({"version": 1, "models": [entry]}))
    with pytest.raises(ChecksumMismatchError):
        install("tiny-test", force=True)
    assert never.ranges == []  # a mismatch is not retried on another mirror


# --- a real kill (SIGKILL at random moments), slow -------------------------------------------


@pytest.mark.slow
def test_sigkill_at_random_moments_never_loses_the_model(home: Path, two_versions: tuple[Path, Path]) -> None:
    import random
    import signal
    import time

    old, new = two_versions
    install(str(old), name="m")
    rng = random.Random(12)
    for _ in range(12):
        proc = subprocess.Popen([sys.executable, "-m", "bilingual", "models", "install", str(new), "--name", "m", "--force"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        complete = [p for p in [home / "m", *home.glob(".old-*")] if (p / "model" / "model.bin").is_file()]
        assert complete
        models.recover(home)
        models.load_check(models.find_model("m"))
        assert models.stale_dirs() == []

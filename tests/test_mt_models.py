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


def test_cli_install_list_verify_remove(home: Path) -> None:
    proc = _cli("install", str(TINY))
    assert proc.returncode == 0 and "installed translate-ar_en-tiny" in proc.stdout
    listing = json.loads(_cli("list", "--json").stdout)
    assert [m["name"] for m in listing["installed"]] == ["translate-ar_en-tiny"]
    assert listing["installed"][0]["default"] is True
    assert [m["name"] for m in listing["available"]] == ["translate-ar_en-1_0"]
    assert _cli("verify").returncode == 0
    (home / "translate-ar_en-tiny" / "metadata.json").write_text("{}")
    verify_proc = _cli("verify", "--no-load")
    assert verify_proc.returncode == 1 and "metadata.json" in verify_proc.stdout
    assert _cli("remove", "translate-ar_en-tiny").returncode == 0
    assert "no model installed" in _cli("list").stdout


def test_cli_refusal_is_one_line_without_traceback(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "bad.argosmodel", [("../evil.txt", b"x")])
    proc = _cli("install", str(archive))
    assert proc.returncode == 2
    assert proc.stderr.startswith("bilingual: error:") and proc.stderr.count("\n") == 1

"""The self-test from source (always) and the built one-folder app (with WORKSHOP_BUILD_BUNDLE=1)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop_app import __version__
from workshop_app.selftest import run_self_test

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_passes_from_source(tmp_path: Path) -> None:
    report = run_self_test()
    assert report.ok, report.text()
    text = report.text()
    assert text.startswith(f"Workshop Companion {__version__} self-test (source")
    for word in (
        "content",
        "migrations ran to revision",
        "backup process",
        "built in memory",
        "platform plugins",
        "OK",
    ):
        assert word in text


def test_self_test_fails_clearly_when_content_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_app import paths

    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "nowhere" / "resources")
    report = run_self_test()
    assert not report.ok
    assert report.lines[-1].startswith("FAILED     content: ")
    assert report.lines[-1].endswith("the resources folder is missing")
    assert "Traceback" not in report.text()


def test_cli_self_test_exit_code(tmp_path: Path) -> None:
    env = dict(os.environ, WORKSHOP_APP_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "workshop_app", "--self-test"], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1].startswith("OK")


@pytest.mark.bundle
@pytest.mark.skipif(os.environ.get("WORKSHOP_BUILD_BUNDLE") != "1", reason="set WORKSHOP_BUILD_BUNDLE=1 to build")
def test_built_bundle_self_test_version_demo_and_pack(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "work"
    env = dict(
        os.environ,
        PYTHON=sys.executable,
        DIST=str(dist),
        WORK=str(work),
        WORKSHOP_APP_HOME=str(tmp_path / "home"),
        QT_QPA_PLATFORM="offscreen",
    )
    built = subprocess.run(
        ["sh", str(ROOT / "tools" / "build_bundle.sh")], capture_output=True, text=True, env=env, timeout=900
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert "(frozen bundle" in built.stdout and "OK         all checks passed" in built.stdout
    app = dist / "WorkshopCompanion" / "workshop-app"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(app), *args], capture_output=True, text=True, env=env, timeout=120)

    assert run("--version").stdout.strip() == f"Workshop Companion {__version__}"
    db, pdf = tmp_path / "demo.db", tmp_path / "pack.pdf"
    assert run("demo", "--db", str(db)).returncode == 0
    printed = run("pack", "--db", str(db), "--out", str(pdf))
    assert printed.returncode == 0, printed.stderr
    assert PdfReader(pdf).metadata["/Creator"] == f"Workshop Companion {__version__}"
    broken = run("pack", "--db", str(tmp_path / "missing.db"), "--out", str(pdf))
    assert broken.returncode == 1 and "Traceback" not in broken.stderr

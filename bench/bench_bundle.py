"""PyInstaller bundle size of the app against a bundle of a bare PySide6 window script.

    python bench/bench_bundle.py [--quick]

Builds both one-folder bundles in a temporary folder (minutes: PyInstaller analyses every import):
the app from build.spec, the bare script with PyInstaller's defaults (binaries stripped when
build.spec strips its own). Compares their sizes on disk, then runs the bundled app's `demo` and
`pack` commands to show the bundle works. `--quick` builds nothing: it checks that PyInstaller
and build.spec are there.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, machine, result

TARGET = 1.3
BARE_SCRIPT = """\
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.show()
sys.exit(0)
"""
EXCLUDES = ["tkinter", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.Qt3DCore"]


def folder_size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            full = Path(root) / name
            if not full.is_symlink():
                total += full.stat().st_size
    return total


def top_parts(bundle: Path) -> dict[str, int]:
    """Sizes of the bundle's top-level parts (folders and files under _internal)."""
    inner = bundle / "_internal"
    return {
        p.name: (folder_size(p) if p.is_dir() else p.stat().st_size)
        for p in inner.iterdir()
        if not p.is_symlink()  # links (some dangling, to left-out libraries) take no space
    }


def build(args: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", *args], cwd=cwd, capture_output=True, text=True
    )
    if proc.returncode != 0:
        raise RuntimeError(f"PyInstaller failed:\n{proc.stderr[-3000:]}")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="check the tools only; build nothing")
    args = parser.parse_args()
    print(machine())
    try:
        import PyInstaller

        version = PyInstaller.__version__
    except ImportError:
        version = None
    spec = ROOT / "build.spec"
    print(f"PyInstaller {version or 'not installed'}; spec {spec.name} {'found' if spec.exists() else 'MISSING'}")
    if args.quick or version is None:
        why = "quick mode builds nothing" if args.quick else "PyInstaller is not installed (pip install pyinstaller)"
        result("bundle size", "not built", "bare window bundle not built", None, f"<= {TARGET}x", None)
        print(f"({why})")
        return 0 if spec.exists() else 1
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        work = Path(tmp)
        (work / "bare_window.py").write_text(BARE_SCRIPT)
        excludes = [arg for name in EXCLUDES for arg in ("--exclude-module", name)]
        # The floor is the bare script with PyInstaller's defaults, stripped if the app's spec strips.
        strip = ["--strip"] if "strip=True" in spec.read_text() else []
        print(f"bare window bundle: PyInstaller defaults{' with --strip' if strip else ''}")
        bare_s = build(
            [
                "--onedir",
                "--windowed",
                *strip,
                "--distpath",
                str(work / "dist"),
                "--workpath",
                str(work / "build"),
                "--specpath",
                str(work),
                *excludes,
                str(work / "bare_window.py"),
            ],
            work,
        )
        app_s = build(
            ["--distpath", str(work / "dist"), "--workpath", str(work / "build-app"), str(spec)],
            ROOT,
        )
        bare = folder_size(work / "dist" / "bare_window")
        app = folder_size(work / "dist" / "WorkshopCompanion")
        mib = 1024 * 1024
        print(f"bare window bundle: {bare / mib:.1f} MiB, built in {bare_s:.0f} s")
        print(f"app bundle:         {app / mib:.1f} MiB, built in {app_s:.0f} s")
        parts_app = top_parts(work / "dist" / "WorkshopCompanion")
        parts_bare = top_parts(work / "dist" / "bare_window")
        extra = sorted(((size - parts_bare.get(name, 0), name) for name, size in parts_app.items()), reverse=True)
        print(
            "what the app bundle adds (MiB): "
            + ", ".join(f"{name} {size / mib:.1f}" for size, name in extra[:14] if size > 0)
        )
        frozen = work / "dist" / "WorkshopCompanion" / "workshop-app"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WORKSHOP_APP_HOME=str(work / "home"))
        env.pop("PYTHONPATH", None)
        for command in (["demo", "--db", str(work / "d.db")], ["pack", "--db", str(work / "d.db"), "--out", "p.pdf"]):
            check = subprocess.run([str(frozen), *command], cwd=work, env=env, capture_output=True, text=True)
            said = (check.stdout.strip() or check.stderr.strip())[-300:]
            print(f"bundled app `{command[0]}`: exit {check.returncode}: {said}")
        result(
            "bundle size",
            f"{app / mib:.0f} MiB",
            f"bare window bundle {bare / mib:.0f} MiB",
            app / bare,
            f"<= {TARGET}x",
            app / bare <= TARGET,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

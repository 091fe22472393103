#!/bin/sh
# Build the one-folder app in dist/WorkshopCompanion with PyInstaller, then check it.
# Needs the build extra:  .venv/bin/pip install -e '.[build]'
# PYTHON picks the interpreter (default: .venv/bin/python, else python3).
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-}"
if [ -z "$PYTHON" ]; then
    if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
DIST="${DIST:-dist}"
WORK="${WORK:-build}"
started=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK" build.spec
finished=$(date +%s)
app="$DIST/WorkshopCompanion/workshop-app"
echo "Built $app in $((finished - started)) s; size $(du -sh "$DIST/WorkshopCompanion" | cut -f1)"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" WORKSHOP_APP_HOME="$home" "$app" --self-test

#!/bin/sh
# Set up a fresh Debian/Ubuntu machine for Workshop Companion: the system libraries Qt needs,
# a virtual environment in .venv, and the app with its test extras. Safe to run again.
set -eu
cd "$(dirname "$0")/.."

QT_LIBS="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfreetype6 libfontconfig1 libdbus-1-3"
# pdftoppm renders pack pages in the tests that read QR codes and check right-to-left text;
# strace records the save path's writes and syncs for the power-loss simulation
TEST_TOOLS="poppler-utils strace"
QT_X11_LIBS="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in $QT_LIBS $QT_X11_LIBS $TEST_TOOLS; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
  done
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    SUDO=""
  elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    SUDO="none"
  fi
  if [ "$SUDO" = none ]; then
    echo "Please install these system packages (as root):$missing" >&2
  else
    echo "Installing system packages Qt needs:$missing"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"

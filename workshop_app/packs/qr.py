"""QR codes of sheet codes, encoded by reportlab's own QR encoder (no extra dependency)."""

from __future__ import annotations

import hashlib
import itertools
import re
from functools import lru_cache
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import PATH_OPS

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


@lru_cache(maxsize=256)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix for `text` (error correction level M): rows of dark (True) / light modules."""
    qr = _QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


class _QRCode(qrencoder.QRCode):
    """reportlab's encoder, choosing its mask with `lost_points` (the same scores, computed faster).

    Choosing the mask scores the code under each of the eight masks; reportlab's scoring walks
    the matrix cell by cell in Python and took most of the 4 ms a sheet code cost to encode.
    """

    def getBestMaskPattern(self) -> int:  # noqa: N802 - reportlab's name
        best = 0
        pattern = 0
        for i in range(8):
            self.makeImpl(True, i)
            lost = lost_points(self.modules)
            if i == 0 or best > lost:
                best = lost
                pattern = i
        return pattern

    def mapData(self, data: Any, maskPattern: int) -> None:  # noqa: N802, N803 - reportlab's names
        """reportlab's placement of the data bits, each masked, from positions and masks worked out once."""
        positions, masks = _placement(self.version, maskPattern)
        bits = list(self.dataBitIterator(data))
        bits += [False] * (len(positions) - len(bits))  # as reportlab pads the bits: light
        modules = self.modules
        for (col, row), dark, masked in zip(positions, bits, masks, strict=False):
            modules[row][col] = dark ^ masked


@lru_cache(maxsize=64)
def _placement(version: int, mask_pattern: int) -> tuple[tuple[tuple[int, int], ...], tuple[bool, ...]]:
    """Where a code of this version puts its data bits, in order, and the mask at each place."""
    code = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    code.moduleCount = version * 4 + 17
    positions = tuple(code.dataPosIterator())
    mask = qrencoder.QRUtil.getMask(mask_pattern)
    return positions, tuple(bool(mask(row, col)) for col, row in positions)


_FINDER = bytes((1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0))  # the one run reportlab's third rule looks for
_RUNS = re.compile(b"\x00{5,}|\x01{5,}")
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


def lost_points(modules: list[list[Any]]) -> int:
    """reportlab's `QRUtil.getLostPoint` for a matrix: the same four rules, the same total."""
    n = len(modules)
    rows = [bytes(row) for row in modules]  # 1 dark, 0 light
    score = 0
    # rule 1: every run of five or more modules of one colour, down the columns and along the rows
    lines = b"\x02".join((*(bytes(column) for column in zip(*rows, strict=True)), *rows))  # no run crosses a 2
    for run in _RUNS.finditer(lines):
        score += run.end() - run.start() - 2
    # rule 2: every 2 x 2 block of one colour, 3 each
    bits = [int(row.translate(_DIGITS)[::-1], 2) for row in rows]  # bit c is column c
    pairs = (1 << (n - 1)) - 1
    for upper, lower in itertools.pairwise(bits):
        same = ~(upper ^ lower)  # column c alike in both rows
        level = ~(upper ^ (upper >> 1))  # columns c and c + 1 alike in the upper row
        score += 3 * (same & (same >> 1) & level & pairs).bit_count()
    # rule 3: the finder-like run, 40 each, found left to right without overlap, starting before n - 11,
    # along the rows only (reportlab also looks down the columns, but compares each column, a tuple,
    # with its pattern, a list: never equal)
    last = n - len(_FINDER)
    for line in rows:
        j = line.find(_FINDER)
        while 0 <= j < last:
            score += 40
            j = line.find(_FINDER, j + len(_FINDER))
    # rule 4: how far the share of dark modules is from half
    dark = sum(row.count(1) for row in rows)
    return score + 10 * (abs(100 * dark // (n * n) - 50) // 5)


def draw_qr(canvas: Any, text: str, x: float, y: float, size: float) -> None:
    """Draw `text` as a QR code in the square (x, y, size), quiet zone included, in black.

    Each code is drawn once per document as a form and reused on its continuation pages.
    """
    name = "qr" + hashlib.sha1(f"{text}|{size:.2f}".encode()).hexdigest()[:16]
    if not canvas.hasForm(name):
        canvas.beginForm(name, lowerx=0, lowery=0, upperx=size, uppery=size)
        _draw_modules(canvas, qr_modules(text), size)
        canvas.endForm()
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(name)
    canvas.restoreState()


def _draw_modules(canvas: Any, modules: tuple[tuple[bool, ...], ...], size: float) -> None:
    n = len(modules)
    x = y = 0.0
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    # each run of dark modules is one filled rectangle: the very operators canvas.rect(..., stroke=0,
    # fill=1) writes, appended directly (a QR code has hundreds of them), from numbers formatted once
    xs, ys, widths, box = _grid(n, size)
    tail = f" {box} re {PATH_OPS[0, 1, canvas._fillMode]}"
    code = canvas._code
    for r, row in enumerate(modules):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                code.append(f"n {xs[start]} {ys[r]} {widths[c - start]}{tail}")
            else:
                c += 1
    canvas.restoreState()


@lru_cache(maxsize=8)
def _grid(n: int, size: float) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]:
    """The numbers a code of `n` modules a side drawn `size` wide writes, as `fp_str` formats them:
    each column's left edge, each row's bottom edge, each run length's width, and a module's side."""
    box = size / (n + 2 * QUIET_ZONE)
    x = y = 0.0
    xs = tuple(fp_str(x + (c + QUIET_ZONE) * box) for c in range(n))
    ys = tuple(fp_str(y + size - (r + QUIET_ZONE + 1) * box) for r in range(n))
    widths = tuple(fp_str(k * box) for k in range(n + 1))
    return xs, ys, widths, fp_str(box)

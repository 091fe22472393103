"""QR codes of sheet codes, encoded by reportlab's own QR encoder (no extra dependency)."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Any

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.canvas import PATH_OPS

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


@lru_cache(maxsize=256)
def qr_modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix for `text` (error correction level M): rows of dark (True) / light modules."""
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(text)
    qr.make()
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


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
